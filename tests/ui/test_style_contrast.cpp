// SPDX-License-Identifier: EUPL-1.2
// The contrast of what ImGui will actually draw: the colours read back from the style that
// applyStyle() produces (alpha composited over what they sit on), and the vertices a button and
// the primary button emit in their resting, hovered and pressed states, in every theme.
#include <catch2/catch.hpp>

#include <imgui.h>

#include <algorithm>

#include "theme/roles.h"
#include "widgets.h"

using namespace hr;
using theme::Rgb;

namespace {

Rgb rgb(const ImVec4& c) {
    auto byte = [](float v) { return static_cast<unsigned char>(std::clamp(v, 0.0f, 1.0f) * 255.0f + 0.5f); };
    return Rgb{byte(c.x), byte(c.y), byte(c.z)};
}

// `top` (with its alpha, times `alpha`) drawn over the opaque `under`.
Rgb over(const ImVec4& top, Rgb under, float alpha = 1.0f) { return theme::blend(rgb(top), under, top.w * alpha); }

struct Context {
    Context() {
        ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.DisplaySize = ImVec2(800, 600);
        io.DeltaTime = 1.0f / 60.0f;
        io.Fonts->AddFontDefault();
        unsigned char* pixels = nullptr;
        int w = 0, h = 0;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
    }
    ~Context() { ImGui::DestroyContext(); }
};

void check(const char* what, Rgb fg, Rgb bg, double minimum) {
    const double ratio = theme::contrast(fg, bg);
    INFO(what << " = " << ratio << ":1, needs " << minimum);
    CHECK(ratio >= minimum);
}

}  // namespace

TEST_CASE("ImGui's own colour pairs meet WCAG AA in the style applyStyle produces") {
    Context context;
    for (theme::ThemeId id : theme::kThemes) {
        INFO(theme::themeName(id));
        ui::applyStyle(1.0f, id);
        const ImGuiStyle& s = ImGui::GetStyle();
        const ImVec4* c = s.Colors;
        const Rgb window = over(c[ImGuiCol_WindowBg], Rgb{});
        const Rgb child = over(c[ImGuiCol_ChildBg], window);
        const Rgb popup = over(c[ImGuiCol_PopupBg], window);
        // Frames, buttons and headers sit on the window, a child (the agreements panel) or a popup.
        for (auto [where, base] : {std::pair{"window", window}, {"child", child}, {"popup", popup}}) {
            INFO("on the " << where);
            check("Text on its background", over(c[ImGuiCol_Text], base), base, theme::kText);
            check("TextDisabled on its background", over(c[ImGuiCol_TextDisabled], base), base, theme::kText);
            for (ImGuiCol bg : {ImGuiCol_FrameBg, ImGuiCol_FrameBgHovered, ImGuiCol_FrameBgActive, ImGuiCol_Button,
                                ImGuiCol_ButtonHovered, ImGuiCol_ButtonActive, ImGuiCol_Header, ImGuiCol_HeaderHovered,
                                ImGuiCol_HeaderActive}) {
                INFO(ImGui::GetStyleColorName(bg));
                const Rgb under = over(c[bg], base);
                check("Text", over(c[ImGuiCol_Text], under), under, theme::kText);
                check("TextDisabled", over(c[ImGuiCol_TextDisabled], under), under, theme::kText);
            }
            // A disabled button: everything drawn at DisabledAlpha.
            const Rgb disabled = over(c[ImGuiCol_Button], base, s.DisabledAlpha);
            check("disabled button text", over(c[ImGuiCol_Text], disabled, s.DisabledAlpha), disabled, theme::kText);
            for (ImGuiCol frame : {ImGuiCol_FrameBg, ImGuiCol_FrameBgHovered, ImGuiCol_FrameBgActive}) {
                INFO(ImGui::GetStyleColorName(frame));
                const Rgb under = over(c[frame], base);
                check("CheckMark on the frame", over(c[ImGuiCol_CheckMark], under), under, theme::kGraphic);
                check("Border on the frame", over(c[ImGuiCol_Border], under), under, theme::kGraphic);
                const Rgb selected = over(c[ImGuiCol_TextSelectedBg], under);
                check("Text on TextSelectedBg", over(c[ImGuiCol_Text], selected), selected, theme::kText);
                check("PlotHistogram on the frame", over(c[ImGuiCol_PlotHistogram], under), under, theme::kGraphic);
            }
            check("Border", over(c[ImGuiCol_Border], base), base, theme::kGraphic);
            check("NavHighlight", over(c[ImGuiCol_NavHighlight], base), base, theme::kGraphic);
        }
        const Rgb track = over(c[ImGuiCol_ScrollbarBg], window);
        check("ScrollbarGrab on ScrollbarBg", over(c[ImGuiCol_ScrollbarGrab], track), track, theme::kGraphic);
    }
}

TEST_CASE("a button and the primary button stay readable resting, hovered and pressed") {
    Context context;
    for (theme::ThemeId id : theme::kThemes) {
        INFO(theme::themeName(id));
        ui::applyStyle(1.0f, id);
        for (bool primary : {false, true}) {
            INFO((primary ? "the primary button" : "a button"));
            ImVec2 centre(-1, -1);
            for (int state = 0; state < 3; ++state) {  // resting, hovered, pressed
                ImGuiIO& io = ImGui::GetIO();
                io.MousePos = state == 0 ? ImVec2(-1, -1) : centre;
                io.MouseDown[0] = state == 2;
                // Two frames per state: ImGui takes the hovered item from the frame before.
                for (int f = 0; f < 2; ++f) {
                    ImGui::NewFrame();
                    ImGui::SetNextWindowPos(ImVec2(0, 0));
                    ImGui::SetNextWindowSize(ImVec2(400, 200));
                    ImGui::Begin("test", nullptr, ImGuiWindowFlags_NoDecoration);
                    ImDrawList* dl = ImGui::GetWindowDrawList();
                    const int from = dl->VtxBuffer.Size;
                    if (primary)
                        ui::primaryButton("Verder");
                    else
                        ImGui::Button("Terug");
                    centre = ImVec2((ImGui::GetItemRectMin().x + ImGui::GetItemRectMax().x) / 2,
                                    (ImGui::GetItemRectMin().y + ImGui::GetItemRectMax().y) / 2);
                    const bool hovered = ImGui::IsItemHovered(), active = ImGui::IsItemActive();
                    // ImGui draws the fill first and the label last: their vertex colours.
                    const ImU32 fill = dl->VtxBuffer[from].col, text = dl->VtxBuffer[dl->VtxBuffer.Size - 1].col;
                    ImGui::End();
                    ImGui::EndFrame();
                    if (f == 1) {
                        CHECK(hovered == (state > 0));
                        CHECK(active == (state == 2));
                        const Rgb window = over(ImGui::GetStyle().Colors[ImGuiCol_WindowBg], Rgb{});
                        const Rgb face = over(ImGui::ColorConvertU32ToFloat4(fill), window);
                        INFO("state " << state);
                        check("label on the button", over(ImGui::ColorConvertU32ToFloat4(text), face), face, theme::kText);
                    }
                }
            }
            ImGui::GetIO().MouseDown[0] = false;
        }
    }
}
