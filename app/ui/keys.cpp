// Keyboard shortcuts shared by the views. Digits come from typed characters (backend-neutral);
// none of them fire while a text field has the keyboard.
#include <imgui.h>

#include "views.h"

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

bool ctrlPressed(char letter) {
    // ImGui 1.86 maps only a few letters; GLFW (and so the backend's key for A) uses ASCII codes
    // for letters, so any letter is A's index plus its distance from 'A'.
    const ImGuiIO& io = ImGui::GetIO();
    const int a = ImGui::GetKeyIndex(ImGuiKey_A);
    if (!io.KeyCtrl || typing() || a < 0 || letter < 'A' || letter > 'Z') return false;
    return ImGui::IsKeyPressed(a + (letter - 'A'), false);
}

}  // namespace hr::ui
