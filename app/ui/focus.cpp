// SPDX-License-Identifier: EUPL-1.2
// Focus on top of ImGui 1.86's navigation, through its internal API (SetFocusID, the nav
// highlight flags): the public API of 1.86 can move the keyboard focus only to text fields.
#include "focus.h"

#include <imgui.h>
#include <imgui_internal.h>

#include "palette.h"

namespace hr::ui {

namespace {
bool g_focusAtStart = false;

// For a few frames after a new step: when the focus lies out of sight (a long text or breadcrumb
// at 200 %), scrolls just far enough to show it, for a focus nobody can see is no focus (WCAG
// 2.4.7). Uses the last frame's layout, so it waits until the step's own layout is known.
void scrollFocusIntoSight(UiState& ui) {
    if (ui.revealFocus <= 0) return;
    --ui.revealFocus;
    ImGuiContext& g = *GImGui;
    ImGuiWindow* w = g.NavWindow;
    if (!w || g.NavId == 0 || g.NavDisableHighlight || w->ScrollTarget.y != FLT_MAX) return;
    ImRect r = w->NavRectRel[0];  // relative to where the content starts, scrolled
    r.Translate(w->DC.CursorStartPos);
    if (r.Max.y > w->InnerClipRect.Max.y || r.Min.y < w->InnerClipRect.Min.y) ImGui::ScrollToBringRectIntoView(w, r);
}

}  // namespace

void requestFocus(UiState& ui, std::string key) {
    // A new step's layout (and its scroll back to the top) settles over the next frames: its
    // focus is brought into sight during them (scrollFocusIntoSight).
    if (key == focus::kStep) ui.revealFocus = 4;
    ui.focusRequest = std::move(key);
}

bool focusHere(UiState& ui, const std::string& key) {
    if (ui.focusRequest.empty() || ui.focusRequest != key) return false;
    ImGuiContext& g = *GImGui;
    // Asked again each frame until it holds: a window that appears in the same frame may give
    // the focus to its own first item (ImGui's nav init) after this.
    ImGuiWindow* window = g.CurrentWindow;
    // A new step is read from the top: its first control takes the focus without scrolling,
    // unless it lies out of sight (a long text at 200 %): then the view scrolls just far enough
    // to show it, for a focus nobody can see is no focus (WCAG 2.4.7). Checked again once the
    // focus holds, when the new step's height is known.
    const ImRect& item = g.LastItemData.Rect;
    const bool outOfSight = item.Max.y > window->InnerClipRect.Max.y || item.Min.y < window->InnerClipRect.Min.y;
    if (g.NavId == g.LastItemData.ID && !g.NavDisableHighlight) {
        if (outOfSight) ImGui::ScrollToBringRectIntoView(window, item);
        ui.focusRequest.clear();
        return true;
    }
    // Never taken from what the user is in: a field being typed in, or a dialog over this window.
    const bool inPopup = (window->RootWindow->Flags & ImGuiWindowFlags_Popup) != 0;
    const bool typing = g.ActiveId != 0 && g.ActiveId == g.InputTextState.ID;
    if ((typing && g.ActiveId != g.LastItemData.ID) ||
        (!inPopup && ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel))) {
        ui.focusRequest.clear();
        return false;
    }
    ImGui::SetFocusID(g.LastItemData.ID, window);
    ImGui::FocusWindow(window);
    g.NavInitRequest = false;
    if (key != focus::kStep || outOfSight) ImGui::ScrollToBringRectIntoView(window, item);
    // Shown as the keyboard's focus: the ring appears, and the mouse's hover does not take over.
    g.NavDisableHighlight = false;
    g.NavDisableMouseHover = true;
    return true;
}

bool lastItemInSightAtTop() {
    const ImGuiContext& g = *GImGui;
    const ImGuiWindow* w = g.CurrentWindow;
    return g.LastItemData.Rect.Max.y + w->Scroll.y <= w->InnerClipRect.Max.y;
}

bool itemHasVisibleFocus() {
    const ImGuiContext& g = *GImGui;
    return !g.NavDisableHighlight && g.NavId != 0 && g.NavId == g.LastItemData.ID;
}


bool anyVisibleFocus() { return g_focusAtStart; }

bool tabbedFromItem() {
    const ImGuiContext& g = *GImGui;
    return itemHasVisibleFocus() && g.ActiveId == 0 && !g.IO.KeyShift && !g.IO.KeyCtrl &&
           ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Tab));
}

void forgetFocus() {
    ImGuiContext& g = *GImGui;
    g.NavId = 0;
    g.NavDisableHighlight = true;
}

std::string focusedWindowName() {
    const ImGuiContext& g = *GImGui;
    return g.NavWindow && g.NavWindow->Name ? g.NavWindow->Name : "";
}

void drawFocusRing() {
    if (!itemHasVisibleFocus()) return;
    const ImRect r = GImGui->LastItemData.Rect;
    const float t = 2.0f;  // at least 2 px, outside the item so it never hides its text
    ImGui::GetWindowDrawList()->AddRect(ImVec2(r.Min.x - t - 1, r.Min.y - t - 1), ImVec2(r.Max.x + t + 1, r.Max.y + t + 1),
                                        ImGui::GetColorU32(ImGuiCol_NavHighlight), ImGui::GetStyle().FrameRounding + t,
                                        0, t);
}

void beginFrameFocus(UiState& ui) {
    scrollFocusIntoSight(ui);
    ImGuiContext& g = *GImGui;
    g_focusAtStart = !g.NavDisableHighlight && g.NavId != 0;
    if (!g_focusAtStart || g.ActiveId != 0 || g.IO.WantTextInput) return;
    const bool enter = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false) ||
                       ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_KeyPadEnter), false);
    if (!enter) return;
    if (g.IO.KeyCtrl) {
        // Ctrl+Enter is the step's Verder, not for the focused item: ImGui's own navigation would
        // also open a focused text field for typing (Enter is its "input" key, Ctrl or not), and
        // the keys after it would land there, on the next screen.
        g.NavActivateInputId = 0;
        g.NavActivateFlags = ImGuiActivateFlags_None;
        return;
    }
    // A text field would take Enter itself; given this as well, it opens for typing just the same.
    g.NavActivateId = g.NavActivateDownId = g.NavActivatePressedId = g.NavId;
    g.NavActivateFlags = ImGuiActivateFlags_PreferTweak;
}

}  // namespace hr::ui
