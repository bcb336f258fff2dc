// The screens that keep the app's promises about privacy and saving: the neutral screen that quick
// hide shows (no text of the guide or the conversation), and the choice offered when a
// conversation cannot be saved (another folder, or on without saving).
#include <imgui.h>
#include <imgui_stdlib.h>

#include "palette.h"
#include "views.h"

namespace hr::ui {

Intent drawHidden(const AppState& s, const Fonts& fonts) {
    (void)s;
    (void)fonts;
    Intent intent;
    // Nothing from the guide or the conversation, and no word that says something is hidden: one
    // small neutral button in the middle. Enter or Space also comes back; Shift does not, so the
    // presses that hid the screen cannot bring it back.
    const ImVec2 size = ImGui::GetContentRegionAvail();
    const char* label = "\u2022\u2022\u2022";
    const ImVec2 button(ImGui::CalcTextSize(label).x + 4 * ImGui::GetStyle().FramePadding.x,
                        ImGui::GetFrameHeight() * 1.5f);
    ImGui::SetCursorPos(ImVec2((size.x - button.x) / 2, (size.y - button.y) / 2));
    const bool clicked = ImGui::Button(label, button);
    if (clicked || (!ImGui::GetIO().WantTextInput && (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter)) ||
                                                       ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Space)))))
        intent = Intent::of(Intent::Kind::Unhide);
    return intent;
}

Intent drawSavePrompt(const AppState& s, UiState& ui, const Fonts& fonts) {
    Intent intent;
    const PendingStart& p = *s.pendingStart;
    ImGui::PushFont(fonts.heading);
    ImGui::TextWrapped("%s", s.tr("save.cannot_title").c_str());
    ImGui::PopFont();
    ImGui::Spacing();
    ImGui::TextWrapped("%s", s.tr.format("save.cannot_folder", {{"dir", p.folder}}).c_str());
    ImGui::PushStyleColor(ImGuiCol_Text, palette::error());
    ImGui::TextWrapped("%s", s.tr(p.reason).c_str());
    ImGui::PopStyleColor();
    if (!p.detail.empty()) ImGui::TextDisabled("%s", p.detail.c_str());
    ImGui::Spacing();
    ImGui::TextWrapped("%s", s.tr("save.choose").c_str());
    ImGui::Spacing();

    ImGui::TextUnformatted(s.tr("save.other_folder").c_str());
    bool focus = false;
    const bool enter = textField("##folder", ui.otherFolder, focus, ImGuiInputTextFlags_EnterReturnsTrue);
    if (ImGui::Button(s.tr("save.use_folder").c_str()) || enter) {
        intent = Intent::of(Intent::Kind::UseFolder);
        intent.text = ui.otherFolder;
    }
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::Spacing();
    ImGui::TextWrapped("%s", s.tr("save.unsaved_explain").c_str());
    if (ImGui::Button(s.tr("save.start_unsaved").c_str())) intent = Intent::of(Intent::Kind::StartUnsaved);
    ImGui::SameLine();
    if (ImGui::Button(s.tr("save.cancel").c_str())) intent = Intent::of(Intent::Kind::CancelStart);
    return intent;
}

}  // namespace hr::ui
