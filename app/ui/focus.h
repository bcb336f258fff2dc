// SPDX-License-Identifier: EUPL-1.2
// Keyboard focus the user can see and predict, on top of ImGui 1.86's own navigation: a view asks
// for the focus to go to a named item (the new step's first control, the agreement just added),
// and that item takes it, with a visible ring, when it is next drawn. F6 moves between the parts
// of the screen (top bar, step, agreements panel, notices).
#pragma once

#include <string>

#include "ui_state.h"

namespace hr::ui {

// Names of the places focus can be sent to.
namespace focus {
inline constexpr const char* kStep = "step";              // the step's first control (or Verder)
inline constexpr const char* kTopBar = "top";             // the top bar's first button
inline constexpr const char* kAgreements = "agreements";  // the agreements panel's first control
inline constexpr const char* kAddAgreement = "add-agreement";
inline constexpr const char* kNotices = "notices";        // the first notice's first button
}  // namespace focus

// Sends the focus to the item named `key` when it is next drawn.
void requestFocus(UiState& ui, std::string key);
// Call right after drawing an item: it takes the focus if it was asked for by `key`, is scrolled
// into view, and shows the ring. Returns whether it did.
bool focusHere(UiState& ui, const std::string& key);
// Whether the last item drawn lies in sight with its window scrolled to the top (as a new step is
// shown), whatever the window's scroll is this frame.
bool lastItemInSightAtTop();
// Whether the last item drawn has the keyboard focus, shown (not hidden after a mouse click).
bool itemHasVisibleFocus();
// Whether an item had the keyboard focus, shown, as the frame began (an item that takes it while
// the frame is drawn does not take that frame's Enter from the step).
bool anyVisibleFocus();
// Whether Tab was pressed this frame on the last item drawn, a control with the visible keyboard
// focus that is not a text field. ImGui 1.86 sends such a Tab to the window's first text field;
// a control followed by a field of its own (a role and its initials) sends it there instead.
bool tabbedFromItem();
// The name of the window that has the keyboard focus ("" when none), e.g. "handreiking/walk_1234".
std::string focusedWindowName();
// Draws the focus ring around the last item when it has visible focus (for the app's own
// widgets; ImGui draws it for its own).
void drawFocusRing();

// At the start of a frame (after ImGui::NewFrame, before drawing): notes where the focus is, and
// lets Enter act on the focused button, checkbox or radio as Space does (ImGui 1.86 leaves Enter
// to text fields only).
void beginFrameFocus(UiState& ui);
// Takes the focus from wherever it is, unseen: for a screen that replaces another, so a focus left
// on an item of the earlier screen takes no keys.
void forgetFocus();

}  // namespace hr::ui
