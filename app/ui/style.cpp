// The app's look: a calm light style with generous spacing. Themes and contrast checks follow
// with the reading-comfort work; the colours here are chosen for AA contrast on white.
#include <imgui.h>

#include "views.h"

namespace hr::ui {

namespace {
ImVec4 rgb(unsigned hex, float a = 1.0f) {
    auto channel = [hex](int shift) { return static_cast<float>((hex >> shift) & 0xFFu) / 255.0f; };
    return ImVec4(channel(16), channel(8), channel(0), a);
}
}  // namespace

void applyStyle(float scale) {
    ImGuiStyle& s = ImGui::GetStyle();
    s = ImGuiStyle();
    ImGui::StyleColorsLight(&s);
    s.WindowPadding = ImVec2(32, 24);
    s.FramePadding = ImVec2(14, 8);
    s.ItemSpacing = ImVec2(12, 10);
    s.ItemInnerSpacing = ImVec2(8, 6);
    s.ScrollbarSize = 16;
    s.FrameRounding = 6;
    s.ChildRounding = 8;
    s.GrabRounding = 6;
    s.WindowRounding = 0;
    s.WindowBorderSize = 0;
    s.FrameBorderSize = 1;
    ImVec4* c = s.Colors;
    c[ImGuiCol_Text] = rgb(0x1F2328);
    c[ImGuiCol_TextDisabled] = rgb(0x59606A);
    c[ImGuiCol_WindowBg] = rgb(0xF7F5F0);
    c[ImGuiCol_ChildBg] = rgb(0xFFFFFF);
    c[ImGuiCol_Border] = rgb(0xCFCAC0);
    c[ImGuiCol_FrameBg] = rgb(0xFFFFFF);
    c[ImGuiCol_Button] = rgb(0xFFFFFF);
    c[ImGuiCol_ButtonHovered] = rgb(0xE3EEEC);
    c[ImGuiCol_ButtonActive] = rgb(0xC9DEDA);
    c[ImGuiCol_Header] = rgb(0xE3EEEC);
    c[ImGuiCol_HeaderHovered] = rgb(0xD5E6E3);
    c[ImGuiCol_HeaderActive] = rgb(0xC9DEDA);
    c[ImGuiCol_NavHighlight] = rgb(0x2F5D62);
    c[ImGuiCol_Separator] = rgb(0xCFCAC0);
    s.ScaleAllSizes(scale);
}

}  // namespace hr::ui
