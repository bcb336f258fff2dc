// The node screen: where a track starts, with the node's title, text and what it asks.
#include <imgui.h>

#include "palette.h"
#include "strings.h"
#include "views.h"

namespace hr::ui {

Intent drawNode(const content::Guide& guide, const content::Track& track, const content::Node& node,
                const std::string& lang, const Fonts& fonts) {
    Intent intent;
    const std::string& fb = guide.language;
    if (ImGui::Button(S(Str::BackToStart))) intent = {Intent::Kind::BackToStart, {}};
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled("%s", track.title.get(lang, fb).c_str());
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::Spacing();

    ImGui::PushFont(fonts.heading);
    ImGui::TextWrapped("%s", node.title.get(lang, fb).c_str());
    ImGui::PopFont();
    ImGui::Spacing();
    if (!node.text.empty()) ImGui::TextWrapped("%s", node.text.get(lang, fb).c_str());
    ImGui::Spacing();

    for (const auto& c : node.choices) ImGui::BulletText("%s", c.label.get(lang, fb).c_str());
    for (const auto& s : node.statements) ImGui::BulletText("%s", s.text.get(lang, fb).c_str());
    return intent;
}

}  // namespace hr::ui
