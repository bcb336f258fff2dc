// SPDX-License-Identifier: EUPL-1.2
// Shown instead of the tracks when the pack has errors: every diagnostic, coloured by severity,
// so a content editor sees exactly what `handreiking check` would print; and the way to the map of
// the guide, which shows where a way ends nowhere.
#include <imgui.h>

#include "palette.h"
#include "views.h"

namespace hr::ui {

Intent drawDiagnostics(const AppState& s, const Fonts& fonts) {
    Intent intent;
    ImGui::PushFont(fonts.heading);
    ImGui::TextWrapped("%s", s.tr("diagnostics.title").c_str());
    ImGui::PopFont();
    ImGui::TextWrapped("%s", s.tr("diagnostics.help").c_str());
    ImGui::TextDisabled("%s", s.pack.displayDir.c_str());
    if (s.pack.guide && ImGui::Button(s.tr("map.open").c_str())) intent = intent::ShowMap{};
    ImGui::Spacing();
    ImGui::BeginChild("diagnostics", ImVec2(0, 0), true);
    for (const auto& d : s.pack.diags.items()) {
        const ImVec4 col = d.severity == Severity::Error     ? palette::fgVec(palette::Role::Error)
                           : d.severity == Severity::Warning ? palette::fgVec(palette::Role::Warning)
                                                             : palette::fgVec(palette::Role::Muted);
        ImGui::PushStyleColor(ImGuiCol_Text, col);
        ImGui::TextWrapped("%s", formatDiagnostic(d, s.language()).c_str());
        ImGui::PopStyleColor();
    }
    ImGui::EndChild();
    return intent;
}

}  // namespace hr::ui
