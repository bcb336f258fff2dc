// The start screen: the guide's title and the tracks to choose from, as large cards.
#include <imgui.h>

#include "palette.h"
#include "strings.h"
#include "views.h"

namespace hr::ui {

namespace {

// A full-width clickable card with a bold title, an audience line and a wrapped description.
bool trackCard(const content::Track& t, const std::string& lang, const std::string& fallback, const Fonts& fonts) {
    const float width = ImGui::GetContentRegionAvail().x;
    const ImVec2 pad = ImGui::GetStyle().FramePadding;
    const float inner = width - 2 * pad.x - 8;
    const std::string& title = t.title.get(lang, fallback);
    const std::string audience = t.audience.get(lang, fallback);
    const std::string& desc = t.description.get(lang, fallback);
    const float titleH = fonts.bold->FontSize;
    const float lineH = fonts.body->FontSize;
    const float descH = desc.empty() ? 0 : fonts.body->CalcTextSizeA(fonts.body->FontSize, FLT_MAX, inner, desc.c_str()).y;
    const float gap = lineH * 0.3f;
    const float height = pad.y * 2 + titleH + gap + lineH + (desc.empty() ? 0 : gap + descH) + 6;

    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImGui::PushID(t.id.c_str());
    const bool clicked = ImGui::InvisibleButton("track", ImVec2(width, height));
    const bool hovered = ImGui::IsItemHovered();
    ImGui::PopID();

    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float rounding = ImGui::GetStyle().ChildRounding;
    dl->AddRectFilled(p, ImVec2(p.x + width, p.y + height), hovered ? palette::cardHover() : palette::card(), rounding);
    dl->AddRect(p, ImVec2(p.x + width, p.y + height), hovered ? palette::accent() : palette::cardBorder(), rounding, 0,
                hovered ? 2.0f : 1.0f);
    dl->AddRectFilled(p, ImVec2(p.x + 6, p.y + height), palette::accent(), rounding, ImDrawFlags_RoundCornersLeft);
    float y = p.y + pad.y;
    const float x = p.x + pad.x + 8;
    dl->AddText(fonts.bold, fonts.bold->FontSize, ImVec2(x, y), palette::text(), title.c_str());
    y += titleH + gap;
    const std::string forWhom = std::string(S(Str::TrackFor)) + " " + audience;
    dl->AddText(fonts.body, fonts.body->FontSize, ImVec2(x, y), palette::muted(), forWhom.c_str());
    y += lineH;
    if (!desc.empty()) {
        y += gap;
        dl->AddText(fonts.body, fonts.body->FontSize, ImVec2(x, y), palette::text(), desc.c_str(), nullptr, inner);
    }
    return clicked;
}

}  // namespace

Intent drawStart(const content::Guide& guide, const std::string& lang, const Fonts& fonts) {
    Intent intent;
    const std::string& fb = guide.language;
    ImGui::PushFont(fonts.title);
    ImGui::TextWrapped("%s", guide.title.get(lang, fb).c_str());
    ImGui::PopFont();
    if (!guide.description.empty()) ImGui::TextWrapped("%s", guide.description.get(lang, fb).c_str());
    ImGui::Spacing();
    ImGui::Spacing();
    ImGui::PushFont(fonts.heading);
    ImGui::TextUnformatted(S(Str::ChooseTrack));
    ImGui::PopFont();
    ImGui::Spacing();
    for (const auto& track : guide.tracks) {
        if (trackCard(track, lang, fb, fonts)) intent = {Intent::Kind::OpenTrack, track.id};
        ImGui::Spacing();
    }
    return intent;
}

}  // namespace hr::ui
