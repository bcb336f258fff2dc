// SPDX-License-Identifier: EUPL-1.2
// The app's look: calm spacing and the colours of the chosen theme (light, dark or high contrast).
// Every colour ImGui draws with comes from a colour role (app/core/theme/roles.h), whose contrast
// tests/core/test_contrast.cpp checks; tests/ui/test_style_contrast.cpp checks the style this
// produces, as ImGui will draw it.
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
void use(theme::ThemeId id) { g_theme = id; }
theme::ThemeId current() { return g_theme; }
theme::RoleColours role(Role r) { return theme::colours(theme::palette(g_theme), r); }
}  // namespace palette

void applyStyle(float scale, theme::ThemeId id) {
    palette::use(id);
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
    s.DisabledAlpha = theme::kDisabledAlpha;
    using palette::bgVec;
    using palette::fgVec;
    using R = palette::Role;
    ImVec4* c = s.Colors;
    c[ImGuiCol_Text] = fgVec(R::Text);
    c[ImGuiCol_TextDisabled] = fgVec(R::Muted);
    c[ImGuiCol_WindowBg] = bgVec(R::Text);
    c[ImGuiCol_ChildBg] = bgVec(R::Panel);
    c[ImGuiCol_PopupBg] = bgVec(R::Panel);
    c[ImGuiCol_TitleBg] = c[ImGuiCol_TitleBgActive] = c[ImGuiCol_TitleBgCollapsed] = bgVec(R::Panel);
    c[ImGuiCol_Border] = fgVec(R::FieldBorder);
    c[ImGuiCol_BorderShadow] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_FrameBg] = bgVec(R::Field);
    c[ImGuiCol_FrameBgHovered] = bgVec(R::FieldHovered);
    c[ImGuiCol_FrameBgActive] = bgVec(R::FieldActive);
    c[ImGuiCol_Button] = bgVec(R::Button);
    c[ImGuiCol_ButtonHovered] = bgVec(R::ButtonHovered);
    c[ImGuiCol_ButtonActive] = bgVec(R::ButtonPressed);
    c[ImGuiCol_Header] = bgVec(R::Header);
    c[ImGuiCol_HeaderHovered] = bgVec(R::HeaderHovered);
    c[ImGuiCol_HeaderActive] = bgVec(R::HeaderActive);
    c[ImGuiCol_CheckMark] = fgVec(R::CheckMark);
    c[ImGuiCol_SliderGrab] = fgVec(R::CheckMark);
    c[ImGuiCol_SliderGrabActive] = bgVec(R::PrimaryButtonPressed);
    c[ImGuiCol_NavHighlight] = fgVec(R::FocusRing);
    c[ImGuiCol_PlotHistogram] = c[ImGuiCol_PlotHistogramHovered] = fgVec(R::Progress);
    c[ImGuiCol_ScrollbarBg] = bgVec(R::Scrollbar);
    c[ImGuiCol_ScrollbarGrab] = fgVec(R::Scrollbar);
    c[ImGuiCol_ScrollbarGrabHovered] = fgVec(R::Muted);
    c[ImGuiCol_ScrollbarGrabActive] = fgVec(R::Text);
    c[ImGuiCol_TextSelectedBg] = bgVec(R::Selection);
    // Lines and shades that carry no information (WCAG 1.4.11 asks nothing of them) keep the
    // theme's softer border and background.
    const theme::Palette& p = theme::palette(id);
    c[ImGuiCol_Separator] = c[ImGuiCol_SeparatorHovered] = c[ImGuiCol_SeparatorActive] = palette::vec(p.border);
    c[ImGuiCol_ModalWindowDimBg] = palette::vec(p.background, 0.7f);
    s.ScaleAllSizes(scale);
}

void sameLineIfFits(const char* label) {
    const ImGuiStyle& st = ImGui::GetStyle();
    const float width = ImGui::CalcTextSize(label, nullptr, true).x + st.FramePadding.x * 2;
    const float lineEnd = ImGui::GetItemRectMax().x + st.ItemSpacing.x + width;
    if (lineEnd <= ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x) ImGui::SameLine();
}

bool primaryButton(const char* label) {
    // Its own hovered and pressed colours: ImGui's would replace the accent behind the text on
    // the accent, and keyboard focus draws a button as hovered. One text colour for all states,
    // as ImGui draws it (the roles' test holds them to one foreground).
    ImGui::PushStyleColor(ImGuiCol_Button, palette::bgVec(palette::Role::PrimaryButton));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, palette::bgVec(palette::Role::PrimaryButtonHovered));
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, palette::bgVec(palette::Role::PrimaryButtonPressed));
    ImGui::PushStyleColor(ImGuiCol_Text, palette::fgVec(palette::Role::PrimaryButton));
    const bool clicked = ImGui::Button(label);
    ImGui::PopStyleColor(4);
    return clicked;
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
