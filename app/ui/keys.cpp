// SPDX-License-Identifier: EUPL-1.2
// Keyboard shortcuts shared by the views. Digits come from typed characters (backend-neutral).
// The step's keys act only when nothing else has them: never while a text field has the keyboard,
// and never behind an open dialog, menu or page.
#include <imgui.h>

#include "focus.h"
#include "widgets.h"

namespace hr::ui {

namespace {
bool g_singleKeys = true;

bool typing() { return ImGui::GetIO().WantTextInput; }
bool behindPopup() { return ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel); }
bool stepHasKeys() { return !typing() && !behindPopup(); }
bool pressed(ImGuiKey key) { return ImGui::IsKeyPressed(ImGui::GetKeyIndex(key), false); }
}  // namespace

void useSingleKeys(bool on) { g_singleKeys = on; }
bool singleKeys() { return g_singleKeys; }

int typedDigit() {
    if (!g_singleKeys || !stepHasKeys()) return 0;
    for (ImWchar c : ImGui::GetIO().InputQueueCharacters)
        if (c >= '1' && c <= '9') return static_cast<int>(c - '0');
    return 0;
}

bool enterPressed() {
    // A control with visible focus takes Enter itself (focus.h: beginFrameFocus).
    if (!stepHasKeys() || anyVisibleFocus()) return false;
    return pressed(ImGuiKey_Enter) || pressed(ImGuiKey_KeyPadEnter);
}

bool confirmPressed() {
    const ImGuiIO& io = ImGui::GetIO();
    return io.KeyCtrl && !behindPopup() && (pressed(ImGuiKey_Enter) || pressed(ImGuiKey_KeyPadEnter));
}

bool backPressed() {
    if (!stepHasKeys()) return false;
    const ImGuiIO& io = ImGui::GetIO();
    return (io.KeyAlt && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_LeftArrow))) ||
           (g_singleKeys && pressed(ImGuiKey_Backspace));
}

bool ctrlPressed(char key) {
    // ImGui 1.86 maps only a few keys. GLFW's key codes for letters, digits, '=' and '-' are their
    // ASCII codes; the backend's index for A tells whether the key map follows ASCII.
    const ImGuiIO& io = ImGui::GetIO();
    if (!io.KeyCtrl || typing() || ImGui::GetKeyIndex(ImGuiKey_A) != 'A') return false;
    if (key == '+') return ImGui::IsKeyPressed('=', false) || ImGui::IsKeyPressed(334, false);  // '=' or keypad +
    if (key == '-') return ImGui::IsKeyPressed('-', false) || ImGui::IsKeyPressed(333, false);  // '-' or keypad -
    // Zoom works everywhere; the rest (Ctrl+N, Ctrl+Z, Ctrl+E) not behind a dialog.
    if (key != '0' && behindPopup()) return false;
    return ImGui::IsKeyPressed(key, false);
}

bool f6Pressed(bool& backwards) {
    constexpr int kF6 = 295;  // GLFW_KEY_F6; ImGui 1.86 has no named key for it
    if (behindPopup() || ImGui::GetKeyIndex(ImGuiKey_A) != 'A' || !ImGui::IsKeyPressed(kF6, false)) return false;
    backwards = ImGui::GetIO().KeyShift;
    return true;
}

}  // namespace hr::ui
