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

}  // namespace

void requestFocus(UiState& ui, std::string key) { ui.focusRequest = std::move(key); }

bool focusHere(UiState& ui, const std::string& key) {
    if (ui.focusRequest.empty() || ui.focusRequest != key) return false;
    ImGuiContext& g = *GImGui;
    // Asked again each frame until it holds: a window that appears in the same frame may give
    // the focus to its own first item (ImGui's nav init) after this.
    if (g.NavId == g.LastItemData.ID && !g.NavDisableHighlight) {
        ui.focusRequest.clear();
        return true;
    }
    ImGuiWindow* window = g.CurrentWindow;
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
    // A new step's first control takes the focus without scrolling: the step is read from the top.
    if (key != focus::kStep) ImGui::ScrollToBringRectIntoView(window, g.LastItemData.Rect);
    // Shown as the keyboard's focus: the ring appears, and the mouse's hover does not take over.
    g.NavDisableHighlight = false;
    g.NavDisableMouseHover = true;
    return true;
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

void beginFrameFocus() {
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
