// SPDX-License-Identifier: EUPL-1.2
// The panel shown while the pack's files have errors after a save (live reload): the last good
// guide stays below it, and each diagnostic has a button that copies its file:line:col, for
// the editor's "go to line". It goes away by itself when a later save is sound.
#include <imgui.h>

#include <algorithm>

#include "palette.h"
#include "views.h"

namespace hr::ui {

namespace {

std::string location(const SourceLoc& loc) {
    return loc.file + ":" + std::to_string(loc.line) + ":" + std::to_string(loc.column);
}

ImVec4 severityColour(Severity s) {
    return s == Severity::Error     ? palette::fgVec(palette::Role::Error)
           : s == Severity::Warning ? palette::fgVec(palette::Role::Warning)
                                    : palette::fgVec(palette::Role::Muted);
}

}  // namespace

Intent drawReloadPanel(const AppState& s, const Fonts& fonts) {
    Intent intent;
    if (!s.reloadFailed) return intent;
    const ReloadProblem& p = *s.reloadFailed;
    ImGui::PushFont(fonts.heading);
    ImGui::PushStyleColor(ImGuiCol_Text, palette::fgVec(palette::Role::Error));
    ImGui::TextWrapped("%s", s.tr("reload.failed_title").c_str());
    ImGui::PopStyleColor();
    ImGui::PopFont();
    ImGui::TextWrapped("%s", s.tr("reload.failed_help").c_str());
    // As high as the list, but never more than a third of the window: the guide stays in view.
    const float line = ImGui::GetFrameHeightWithSpacing();
    const float want = line * static_cast<float>(p.diags.items().size()) + ImGui::GetStyle().WindowPadding.y * 2;
    const float height = std::min(want, ImGui::GetMainViewport()->WorkSize.y / 3);
    ImGui::BeginChild("reload-diagnostics", ImVec2(0, height), true);
    std::size_t i = 0;
    for (const auto& d : p.diags.items()) {
        ImGui::PushID(static_cast<int>(i++));
        if (ImGui::SmallButton(s.tr("reload.copy_location").c_str()))
            intent = intent::CopyText{location(d.loc), "notice.location_copied"};
        ImGui::SameLine();
        ImGui::PushStyleColor(ImGuiCol_Text, severityColour(d.severity));
        ImGui::TextWrapped("%s", formatDiagnostic(d).c_str());
        ImGui::PopStyleColor();
        ImGui::PopID();
    }
    ImGui::EndChild();
    ImGui::Separator();
    return intent;
}

}  // namespace hr::ui
