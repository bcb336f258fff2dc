// The app's look: calm spacing and the colours of the chosen theme (light, dark or high contrast;
// their contrast is checked in tests/core/test_contrast.cpp).
#include <imgui.h>

#include <algorithm>
#include <imgui_stdlib.h>

#include "palette.h"
#include "widgets.h"

namespace hr::ui {

namespace {
theme::ThemeId g_theme = theme::ThemeId::Light;
}  // namespace

namespace palette {
const theme::Palette& colours() { return theme::palette(g_theme); }
void use(theme::ThemeId id) { g_theme = id; }
}  // namespace palette

void applyStyle(float scale, theme::ThemeId id) {
    palette::use(id);
    const theme::Palette& p = palette::colours();
    ImGuiStyle& s = ImGui::GetStyle();
    s = ImGuiStyle();
    if (id == theme::ThemeId::Light)
        ImGui::StyleColorsLight(&s);
    else
        ImGui::StyleColorsDark(&s);
    s.WindowPadding = ImVec2(32, 24);
    s.FramePadding = ImVec2(14, 8);
    s.ItemSpacing = ImVec2(12, 10);
    s.ItemInnerSpacing = ImVec2(8, 6);
    s.ScrollbarSize = 16;
    s.FrameRounding = 6;
    s.ChildRounding = 8;
    s.PopupRounding = 8;
    s.GrabRounding = 6;
    s.WindowRounding = 0;
    s.WindowBorderSize = 0;
    s.FrameBorderSize = 1;
    s.PopupBorderSize = 1;
    using palette::vec;
    ImVec4* c = s.Colors;
    c[ImGuiCol_Text] = vec(p.text);
    c[ImGuiCol_TextDisabled] = vec(p.muted);
    c[ImGuiCol_WindowBg] = vec(p.background);
    c[ImGuiCol_ChildBg] = vec(p.panel);
    c[ImGuiCol_PopupBg] = vec(p.panel);
    c[ImGuiCol_Border] = vec(p.border);
    c[ImGuiCol_FrameBg] = vec(p.panel);
    c[ImGuiCol_FrameBgHovered] = vec(p.hover);
    c[ImGuiCol_FrameBgActive] = vec(p.hover);
    c[ImGuiCol_Button] = vec(p.panel);
    c[ImGuiCol_ButtonHovered] = vec(p.hover);
    c[ImGuiCol_ButtonActive] = vec(p.quote);
    c[ImGuiCol_Header] = vec(p.hover);
    c[ImGuiCol_HeaderHovered] = vec(p.hover);
    c[ImGuiCol_HeaderActive] = vec(p.quote);
    c[ImGuiCol_CheckMark] = vec(p.accent);
    c[ImGuiCol_SliderGrab] = vec(p.accent);
    c[ImGuiCol_NavHighlight] = vec(p.accent);
    c[ImGuiCol_Separator] = vec(p.border);
    c[ImGuiCol_PlotHistogram] = vec(p.accent);
    c[ImGuiCol_ScrollbarBg] = vec(p.background);
    c[ImGuiCol_ScrollbarGrab] = vec(p.border);
    c[ImGuiCol_TextSelectedBg] = vec(p.accent, 0.35f);
    c[ImGuiCol_ModalWindowDimBg] = vec(p.background, 0.7f);
    c[ImGuiCol_TitleBg] = c[ImGuiCol_TitleBgActive] = vec(p.panel);
    s.ScaleAllSizes(scale);
}

bool foldingHeader(const char* label, int flags) {
    const ImVec2 pad = ImGui::GetStyle().FramePadding;
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(pad.x * 0.4f, pad.y));
    const bool open = ImGui::CollapsingHeader(label, flags);
    ImGui::PopStyleVar();
    return open;
}

bool textField(const char* id, std::string& text, bool& focus, int flags) {
    // Only one field takes the focus at a time, so one pending flag is enough.
    static bool cursorToEnd = false;
    ImGui::SetNextItemWidth(-1);
    if (focus) {
        ImGui::SetKeyboardFocusHere();
        focus = false;
        cursorToEnd = true;
    }
    auto toEnd = [](ImGuiInputTextCallbackData* data) {
        bool* pending = static_cast<bool*>(data->UserData);
        if (*pending) {
            data->CursorPos = data->SelectionStart = data->SelectionEnd = data->BufTextLen;
            *pending = false;
        }
        return 0;
    };
    const std::string before = text;
    const bool result = ImGui::InputText(id, &text, flags | ImGuiInputTextFlags_CallbackAlways, toEnd, &cursorToEnd);
    keepTextOnEscape(text, before);
    return result;
}

void keepTextOnEscape(std::string& text, const std::string& before) {
    if (ImGui::IsItemDeactivated() && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false)) text = before;
}

bool beginDialog(const char* id, bool open, float maxWidth) {
    if (open && !ImGui::IsPopupOpen(id)) ImGui::OpenPopup(id);
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowSize(ImVec2(std::min(maxWidth, vp->WorkSize.x * 0.9f), 0));
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x / 2, vp->WorkPos.y + vp->WorkSize.y / 3),
                            ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    return ImGui::BeginPopupModal(id, nullptr, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_AlwaysAutoResize);
}

}  // namespace hr::ui
