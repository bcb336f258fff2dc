// Keyboard shortcuts shared by the views. Digits come from typed characters (backend-neutral);
// none of them fire while a text field has the keyboard.
#include <imgui.h>

#include "widgets.h"

namespace hr::ui {

namespace {
bool typing() { return ImGui::GetIO().WantTextInput; }
}  // namespace

int typedDigit() {
    if (typing()) return 0;
    for (ImWchar c : ImGui::GetIO().InputQueueCharacters)
        if (c >= '1' && c <= '9') return static_cast<int>(c - '0');
    return 0;
}

bool enterPressed() {
    if (typing()) return false;
    return ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false) ||
           ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_KeyPadEnter), false);
}

bool backPressed() {
    if (typing()) return false;
    const ImGuiIO& io = ImGui::GetIO();
    return (io.KeyAlt && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_LeftArrow))) ||
           ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Backspace));
}

bool ctrlPressed(char key) {
    // ImGui 1.86 maps only a few keys. GLFW's key codes for letters, digits, '=' and '-' are their
    // ASCII codes; the backend's index for A tells whether the key map follows ASCII.
    const ImGuiIO& io = ImGui::GetIO();
    if (!io.KeyCtrl || typing() || ImGui::GetKeyIndex(ImGuiKey_A) != 'A') return false;
    if (key == '+') return ImGui::IsKeyPressed('=', false) || ImGui::IsKeyPressed(334, false);  // '=' or keypad +
    if (key == '-') return ImGui::IsKeyPressed('-', false) || ImGui::IsKeyPressed(333, false);  // '-' or keypad -
    return ImGui::IsKeyPressed(key, false);
}

}  // namespace hr::ui
