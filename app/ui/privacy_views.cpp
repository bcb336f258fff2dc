// SPDX-License-Identifier: EUPL-1.2
// The screens that keep the app's promises about privacy and saving: the neutral screen that quick
// hide shows (no text of the guide or the conversation), the choice offered when a conversation
// cannot be saved (another folder, or on without saving), the passphrase screen of a protected
// records folder, and the dialog that turns protection on or off.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

#include "palette.h"
#include "session/vault.h"
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
        intent = intent::Unhide{};
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
    ImGui::PushStyleColor(ImGuiCol_Text, palette::fgVec(palette::Role::Error));
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
        intent = intent::UseFolder{ui.otherFolder};
    }
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::Spacing();
    ImGui::TextWrapped("%s", s.tr("save.unsaved_explain").c_str());
    if (ImGui::Button(s.tr("save.start_unsaved").c_str())) intent = intent::StartUnsaved{};
    ImGui::SameLine();
    if (ImGui::Button(s.tr("save.cancel").c_str())) intent = intent::CancelStart{};
    return intent;
}

}  // namespace hr::ui

namespace hr::ui {

namespace {

// A passphrase field: the characters are not shown, and Enter submits.
bool passphraseField(const char* id, std::string& text, bool& focus) {
    return textField(id, text, focus, ImGuiInputTextFlags_Password | ImGuiInputTextFlags_EnterReturnsTrue);
}

}  // namespace

Intent drawUnlock(const AppState& s, UiState& ui, const Fonts& fonts) {
    Intent intent;
    ImGui::PushFont(fonts.heading);
    ImGui::TextWrapped("%s", s.tr("unlock.title").c_str());
    ImGui::PopFont();
    ImGui::Spacing();
    ImGui::TextWrapped("%s", s.tr("unlock.explain").c_str());
    ImGui::Spacing();
    ImGui::TextUnformatted(s.tr("unlock.label").c_str());
    bool focus = !ImGui::IsAnyItemActive() && ui.passphrase.empty();
    const bool enter = passphraseField("##passphrase", ui.passphrase, focus);
    if (!s.unlockError.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, palette::fgVec(palette::Role::Error));
        ImGui::TextWrapped("%s", s.tr(s.unlockError).c_str());
        ImGui::PopStyleColor();
        if (!s.unlockDetail.empty()) ImGui::TextDisabled("%s", s.unlockDetail.c_str());
    }
    if (ImGui::Button(s.tr("unlock.open").c_str()) || (enter && !ui.passphrase.empty()))
        intent = intent::Unlock{};
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::Spacing();
    ImGui::TextWrapped("%s", s.tr("unlock.forgotten").c_str());
    if (ImGui::Button(s.tr("unlock.skip").c_str())) intent = intent::SkipUnlock{};
    return intent;
}

Intent drawProtectDialog(const AppState& s, UiState& ui) {
    Intent intent;
    if (!beginDialog("##protect", ui.protectDialog, 640.0f)) return intent;
    ImGui::PushTextWrapPos(0.0f);
    const bool on = s.store && s.store->unlocked();  // a dialog open here means the folder is not locked
    ImGui::TextWrapped("%s", s.tr(on ? "protect.off_title" : "protect.on_title").c_str());
    ImGui::Spacing();
    bool submit = false;
    if (!on) {
        ImGui::TextWrapped("%s", s.tr("protect.explain").c_str());
        ImGui::PushStyleColor(ImGuiCol_Text, palette::fgVec(palette::Role::WarningOnPanel));
        ImGui::TextWrapped("%s", s.tr("protect.forgotten").c_str());
        ImGui::PopStyleColor();
        ImGui::Spacing();
        ImGui::TextUnformatted(s.tr("protect.first").c_str());
        bool focus = ImGui::IsWindowAppearing();
        submit = passphraseField("##first", ui.passphrase, focus);
        ImGui::TextUnformatted(s.tr("protect.second").c_str());
        bool noFocus = false;
        submit = passphraseField("##second", ui.passphrase2, noFocus) || submit;
    } else {
        ImGui::TextWrapped("%s", s.tr("protect.off_explain").c_str());
    }
    if (!ui.protectError.empty()) ImGui::TextColored(palette::fgVec(palette::Role::ErrorOnPanel), "%s", s.tr(ui.protectError).c_str());
    ImGui::Spacing();
    if (ImGui::Button(s.tr(on ? "protect.off_button" : "protect.on_button").c_str()) || submit)
        intent = on ? Intent(intent::Unprotect{}) : Intent(intent::Protect{});
    ImGui::SameLine();
    if (ImGui::Button(s.tr("agreements.cancel").c_str()) || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) {
        session::wipe(ui.passphrase);
        session::wipe(ui.passphrase2);
        ui.protectError.clear();
        ui.protectDialog = false;
    }
    if (!ui.protectDialog) ImGui::CloseCurrentPopup();
    ImGui::PopTextWrapPos();
    ImGui::EndPopup();
    return intent;
}

}  // namespace hr::ui
