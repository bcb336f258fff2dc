// The window's one full-size ImGui window: a top bar (the way home, and the reference pages that
// are reachable from every screen), a notice when there is one, and the screen for the state.
#include <imgui.h>

#include <algorithm>

#include "content/builtin_help.h"
#include "palette.h"
#include "views.h"

namespace hr::ui {

namespace {

Intent withIndex(Intent::Kind kind, std::size_t index) {
    Intent i = Intent::of(kind);
    i.index = index;
    return i;
}

// Theme, text size and language; every choice is saved at once. And protection with a passphrase,
// which opens its own dialog.
Intent settingsPopup(const AppState& s, UiState& ui) {
    Intent intent;
    if (!ImGui::BeginPopup("##settings")) return intent;
    ImGui::TextUnformatted(s.tr("settings.theme").c_str());
    const std::pair<theme::ThemeId, const char*> themes[] = {{theme::ThemeId::Light, "settings.theme_light"},
                                                             {theme::ThemeId::Dark, "settings.theme_dark"},
                                                             {theme::ThemeId::HighContrast, "settings.theme_high"}};
    for (const auto& [id, key] : themes)
        if (ImGui::RadioButton(s.tr(key).c_str(), s.settings.theme == id))
            intent = withIndex(Intent::Kind::SetTheme, static_cast<std::size_t>(id));
    ImGui::Separator();
    ImGui::TextUnformatted(s.tr("settings.zoom").c_str());
    const int zoom = s.settings.zoom;
    if (ImGui::Button("\u2013")) intent = withIndex(Intent::Kind::SetZoom, static_cast<std::size_t>(zoom - settings::kZoomStep));
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::Text("%d%%", zoom);
    ImGui::SameLine();
    if (ImGui::Button("+")) intent = withIndex(Intent::Kind::SetZoom, static_cast<std::size_t>(zoom + settings::kZoomStep));
    ImGui::SameLine();
    if (ImGui::Button(s.tr("settings.zoom_reset").c_str())) intent = withIndex(Intent::Kind::SetZoom, 100);
    ImGui::TextDisabled("%s", s.tr("settings.zoom_keys").c_str());
    ImGui::Separator();
    ImGui::TextUnformatted(s.tr("settings.language").c_str());
    if (ImGui::RadioButton("Nederlands", s.language() == "nl")) intent = Intent::of(Intent::Kind::SetLanguage, "nl");
    if (ImGui::RadioButton("English", s.language() == "en")) intent = Intent::of(Intent::Kind::SetLanguage, "en");
    if (s.store && !s.locked && !s.writesNothing) {
        ImGui::Separator();
        const bool on = s.store->unlocked();
        ImGui::TextUnformatted(s.tr(on ? "protect.is_on" : "protect.is_off").c_str());
        if (ImGui::Button(s.tr(on ? "protect.turn_off" : "protect.turn_on").c_str())) {
            ui.protectDialog = true;
            ui.protectError.clear();
            ImGui::CloseCurrentPopup();
        }
    }
    ImGui::EndPopup();
    return intent;
}

// What the top bar says about saving: exactly what is true for the open conversation. A warning
// is never left out for lack of room.
struct SavingText {
    std::string text;
    ImVec4 colour;
    bool warning = false;
};

SavingText savingText(const AppState& s) {
    const Saving& sv = s.saving;
    if (sv.state == Saving::State::On) return {s.tr("top.saved"), ImGui::GetStyle().Colors[ImGuiCol_TextDisabled], false};
    if (sv.state == Saving::State::Off)
        return {s.tr("top.not_saved") + (sv.reason.empty() ? "" : " " + s.tr(sv.reason)), palette::warning(), true};
    return {s.tr("top.save_failed") + " " + s.tr(sv.reason), palette::error(), true};
}

constexpr const char* kHideButton = "##hide";

Intent topBar(const AppState& s, UiState& ui, const Fonts& fonts) {
    Intent intent;
    // Right-aligned: the reference pages, in the pack's order (or the built-in help page when the
    // pack cannot be used), the settings, and quick hide. Measured first, so the left side can
    // leave out its hint when a large text size leaves no room.
    std::vector<std::pair<std::string, std::string>> buttons;  // label, page id ("" = settings)
    if (s.pack.usable())
        for (const auto& p : s.pack.guide->pages) buttons.emplace_back(s.pack.guide->text(p.title, s.language()), p.id);
    else
        buttons.emplace_back(content::builtinHelpPage().title.get(s.language(), "nl"), kBuiltinHelpPage);
    buttons.emplace_back(s.tr("settings.button"), "");
    const std::string hide = s.tr("top.hide");
    float width = ImGui::CalcTextSize(hide.c_str()).x + 2 * ImGui::GetStyle().FramePadding.x + ImGui::GetStyle().ItemSpacing.x;
    for (const auto& b : buttons)
        width += ImGui::CalcTextSize(b.first.c_str()).x + 2 * ImGui::GetStyle().FramePadding.x + ImGui::GetStyle().ItemSpacing.x;
    const float right = ImGui::GetWindowContentRegionMax().x - width;
    auto fits = [&](const std::string& text) {
        return ImGui::GetCursorPosX() + ImGui::CalcTextSize(text.c_str()).x + ImGui::GetStyle().ItemSpacing.x < right;
    };
    if (s.session) {
        if (ImGui::Button(s.tr("top.home").c_str())) intent = Intent::of(Intent::Kind::BackToStart);
        ImGui::SameLine();
        ImGui::AlignTextToFramePadding();
        const std::string title = s.pack.guide->text(s.session->track().title, s.language());
        const SavingText saving = savingText(s);
        // The track's title gives way first; a warning about saving never does (it may wrap).
        ImGui::PushFont(fonts.bold);
        if (fits(title + "    " + saving.text)) {
            ImGui::TextUnformatted(title.c_str());
            ImGui::SameLine();
        }
        ImGui::PopFont();
        if (saving.warning || fits(saving.text)) {
            ImGui::PushStyleColor(ImGuiCol_Text, saving.colour);
            ImGui::PushTextWrapPos(right - ImGui::GetStyle().ItemSpacing.x);
            ImGui::TextWrapped("%s", saving.text.c_str());
            ImGui::PopTextWrapPos();
            ImGui::PopStyleColor();
        }
    } else {
        ImGui::AlignTextToFramePadding();
        ImGui::TextDisabled("%s", s.tr("app.title").c_str());
    }
    // When the text is large for the window, the buttons wrap onto more lines rather than run off
    // the edge: every one of them (quick hide above all) stays in reach.
    buttons.emplace_back(hide, kHideButton);
    const float edge = ImGui::GetWindowContentRegionMax().x;
    ImGui::SameLine(std::max(ImGui::GetCursorPosX(), right));
    for (std::size_t i = 0; i < buttons.size(); ++i) {
        const auto& [label, page] = buttons[i];
        const float w = ImGui::CalcTextSize(label.c_str()).x + 2 * ImGui::GetStyle().FramePadding.x;
        if (i > 0) ImGui::SameLine();
        if (ImGui::GetCursorPosX() + w > edge + 1) ImGui::NewLine();
        ImGui::PushID(page.c_str());
        if (ImGui::Button(label.c_str())) {
            if (page.empty())
                ImGui::OpenPopup("##settings");
            else if (page == kHideButton)
                intent = Intent::of(Intent::Kind::Hide);
            else
                intent = Intent::of(Intent::Kind::ShowPage, page);
        }
        ImGui::PopID();
    }
    if (Intent set = settingsPopup(s, ui); !set.none()) intent = set;
    ImGui::Separator();
    return intent;
}

Intent notice(const AppState& s, std::size_t index) {
    Intent intent;
    const Notice& n = s.notices[index];
    const ImVec4 col = n.level == Notice::Level::Error     ? palette::error()
                       : n.level == Notice::Level::Warning ? palette::warning()
                                                           : ImGui::ColorConvertU32ToFloat4(palette::accent());
    ImGui::PushID(static_cast<int>(index));
    ImGui::PushStyleColor(ImGuiCol_Text, col);
    ImGui::TextWrapped("%s", n.title.c_str());
    ImGui::PopStyleColor();
    for (const auto& line : n.lines) ImGui::BulletText("%s", line.c_str());
    if (ImGui::SmallButton(s.tr("notice.dismiss").c_str())) {
        intent = Intent::of(Intent::Kind::DismissNotice);
        intent.index = index;
    }
    ImGui::PopID();
    ImGui::Separator();
    return intent;
}

}  // namespace

Intent drawApp(const AppState& s, UiState& ui, const Fonts& fonts) {
    Intent intent;
    auto take = [&](Intent i) {
        if (!i.none()) intent = std::move(i);
    };
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->WorkPos);
    ImGui::SetNextWindowSize(vp->WorkSize);
    ImGui::Begin("handreiking", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus);
    if (s.hidden) {
        // Quick hide: this screen and nothing else, not even an open page or dialog.
        take(drawHidden(s, fonts));
        ImGui::End();
        return intent;
    }
    take(topBar(s, ui, fonts));
    // Text size: Ctrl+= (or +) larger, Ctrl+- smaller, Ctrl+0 back to 100%.
    const int zoom = s.settings.zoom;
    if (ctrlPressed('+')) take(withIndex(Intent::Kind::SetZoom, static_cast<std::size_t>(zoom + settings::kZoomStep)));
    if (ctrlPressed('-')) take(withIndex(Intent::Kind::SetZoom, static_cast<std::size_t>(zoom - settings::kZoomStep)));
    if (ctrlPressed('0')) take(withIndex(Intent::Kind::SetZoom, 100));
    for (std::size_t i = 0; i < s.notices.size(); ++i) take(notice(s, i));

    const float avail = ImGui::GetContentRegionAvail().x;
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ImVec4(0, 0, 0, 0));
    if (!s.pack.usable()) {
        drawDiagnostics(s, fonts);
    } else if (s.locked && !s.unlockSkipped && !s.session) {
        ImGui::BeginChild("column", ImVec2(std::min(avail, 52.0f * fonts.body->FontSize), 0), false);
        ImGui::PushTextWrapPos(0.0f);
        take(drawUnlock(s, ui, fonts));
        ImGui::PopTextWrapPos();
        ImGui::EndChild();
    } else if (s.pendingStart) {
        ImGui::BeginChild("column", ImVec2(std::min(avail, 52.0f * fonts.body->FontSize), 0), false);
        ImGui::PushTextWrapPos(0.0f);
        take(drawSavePrompt(s, ui, fonts));
        ImGui::PopTextWrapPos();
        ImGui::EndChild();
    } else if (s.session && avail < 48.0f * fonts.body->FontSize) {
        // Narrow for the text size (a small window or a large zoom): one column, the agreements
        // panel under the step.
        ImGui::BeginChild("walk", ImVec2(0, 0), false);
        ImGui::PushTextWrapPos(0.0f);
        take(s.session->finished() ? drawSummary(s, ui, fonts) : drawWalk(s, ui, fonts));
        ImGui::Spacing();
        ImGui::Separator();
        take(drawAgreements(s, ui, fonts));
        ImGui::PopTextWrapPos();
        ImGui::EndChild();
    } else if (s.session) {
        // Two columns: the walk (or summary) and the agreements panel, each scrolling on its own.
        const float panel = std::clamp(avail * 0.36f, 280.0f, 30.0f * fonts.body->FontSize);
        ImGui::BeginChild("walk", ImVec2(avail - panel - ImGui::GetStyle().ItemSpacing.x, 0), false);
        ImGui::PushTextWrapPos(0.0f);
        take(s.session->finished() ? drawSummary(s, ui, fonts) : drawWalk(s, ui, fonts));
        ImGui::PopTextWrapPos();
        ImGui::EndChild();
        ImGui::SameLine();
        ImGui::PushStyleColor(ImGuiCol_ChildBg, palette::vec(palette::colours().panel));
        ImGui::BeginChild("agreements", ImVec2(0, 0), true);
        ImGui::PushTextWrapPos(0.0f);
        take(drawAgreements(s, ui, fonts));
        ImGui::PopTextWrapPos();
        ImGui::EndChild();
        ImGui::PopStyleColor();
    } else {
        // Readable line length: a wide window gets margins, not very long lines.
        const float maxWidth = 52.0f * fonts.body->FontSize;
        if (avail > maxWidth) ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (avail - maxWidth) / 2);
        ImGui::BeginChild("column", ImVec2(std::min(avail, maxWidth), 0), false);
        ImGui::PushTextWrapPos(0.0f);
        take(drawStart(s, ui, fonts));
        ImGui::PopTextWrapPos();
        ImGui::EndChild();
    }
    ImGui::PopStyleColor();
    if (ui.protectDialog) take(drawProtectDialog(s, ui));
    if (s.openPage == kBuiltinHelpPage)
        take(drawPage(s, content::builtinHelpPage(), fonts));
    else if (!s.openPage.empty() && s.pack.usable())
        if (const content::Page* page = s.pack.guide->page(s.openPage)) take(drawPage(s, *page, fonts));
    ImGui::End();
    return intent;
}

}  // namespace hr::ui
