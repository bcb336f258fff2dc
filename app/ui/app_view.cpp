// SPDX-License-Identifier: EUPL-1.2
// The window's one full-size ImGui window: a top bar (the way home, and the reference pages that
// are reachable from every screen), the screen for the state, and the notices in a strip at its foot.
#include <imgui.h>
#include <imgui_internal.h>  // the window's content region, shortened for the notice strip

#include <algorithm>
#include <functional>

#include "content/builtin_help.h"
#include "focus.h"
#include "palette.h"
#include "views.h"

namespace hr::ui {

namespace {

// A language by its own name, as a speaker of it looks for it in a list.
const char* languageName(const std::string& code) {
    if (code == "nl") return "Nederlands";
    if (code == "en") return "English";
    return code.c_str();
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
            intent = intent::SetTheme{id};
    ImGui::Separator();
    ImGui::TextUnformatted(s.tr("settings.zoom").c_str());
    const int zoom = s.settings.zoom;
    if (ImGui::Button("\u2013")) intent = intent::SetZoom{zoom - settings::kZoomStep};
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::Text("%d%%", zoom);
    ImGui::SameLine();
    if (ImGui::Button("+")) intent = intent::SetZoom{zoom + settings::kZoomStep};
    ImGui::SameLine();
    if (ImGui::Button(s.tr("settings.zoom_reset").c_str())) intent = intent::SetZoom{100};
    ImGui::TextDisabled("%s", s.tr("settings.zoom_keys").c_str());
    ImGui::Separator();
    ImGui::TextUnformatted(s.tr("settings.language").c_str());
    for (const std::string& lang : i18n::languages())
        if (ImGui::RadioButton(languageName(lang), s.language() == lang)) intent = intent::SetLanguage{lang};
    ImGui::Separator();
    bool single = s.settings.singleKeys;
    if (ImGui::Checkbox(s.tr("settings.single_keys").c_str(), &single)) intent = intent::SetSingleKeys{single};
    if (s.pack.guide) {
        ImGui::Separator();
        if (ImGui::Button(s.tr("map.open").c_str())) {
            intent = intent::ShowMap{};
            ImGui::CloseCurrentPopup();
        }
    }
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
    // "Saved" only once the writer says it is on disk; a write waiting or on its way says so.
    if (sv.state == Saving::State::On)
        return {s.tr(sv.pending ? "top.saving" : "top.saved"), ImGui::GetStyle().Colors[ImGuiCol_TextDisabled], false};
    if (sv.state == Saving::State::Off)
        return {s.tr("top.not_saved") + (sv.reason.empty() ? "" : " " + s.tr(sv.reason)), palette::fgVec(palette::Role::Warning), true};
    return {s.tr("top.save_failed") + " " + s.tr(sv.reason), palette::fgVec(palette::Role::Error), true};
}

constexpr const char* kHideButton = "##hide";
constexpr const char* kSettings = "";

float buttonWidth(const std::string& label) {
    return ImGui::CalcTextSize(label.c_str()).x + 2 * ImGui::GetStyle().FramePadding.x + ImGui::GetStyle().ItemSpacing.x;
}

// The left of the top bar: the way home, the track's title, and what is true about saving, in
// the room left before `right`. The title gives way first. A warning about saving is never left
// out: when it has no room beside the way home, it returns true and goes on a line of its own
// under the bar.
struct BarLeft {
    Intent intent;
    bool savingBelow = false;
};
BarLeft topBarLeft(const AppState& s, UiState& ui, const Fonts& fonts, float right) {
    BarLeft out;
    auto fits = [&](const std::string& text) {
        return ImGui::GetCursorPosX() + ImGui::CalcTextSize(text.c_str()).x + ImGui::GetStyle().ItemSpacing.x < right;
    };
    if (!s.session) {
        ImGui::AlignTextToFramePadding();
        if (fits(s.tr("app.title"))) ImGui::TextDisabled("%s", s.tr("app.title").c_str());
        return out;
    }
    if (ImGui::Button(s.tr("top.home").c_str())) out.intent = intent::BackToStart{};
    focusHere(ui, focus::kTopBar);
    const std::string title = s.pack.guide->text(s.session->track().title, s.language());
    const SavingText saving = savingText(s);
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::PushFont(fonts.bold);
    if (fits(title + "    " + saving.text)) {
        ImGui::TextUnformatted(title.c_str());
        ImGui::SameLine();
    }
    ImGui::PopFont();
    if (fits(saving.text)) {
        ImGui::PushStyleColor(ImGuiCol_Text, saving.colour);
        ImGui::TextUnformatted(saving.text.c_str());
        ImGui::PopStyleColor();
    } else {
        out.savingBelow = saving.warning;
        ImGui::Dummy(ImVec2(0, 0));
    }
    return out;
}

// The warning about saving on a line of its own, full width (it wraps).
void savingLine(const AppState& s) {
    const SavingText saving = savingText(s);
    ImGui::PushStyleColor(ImGuiCol_Text, saving.colour);
    ImGui::TextWrapped("%s", saving.text.c_str());
    ImGui::PopStyleColor();
}

// The reference pages folded into one menu, for a window too narrow for them side by side.
Intent pagesMenu(const std::vector<std::pair<std::string, std::string>>& buttons) {
    Intent intent;
    if (!ImGui::BeginPopup("##menu")) return intent;
    for (const auto& [label, page] : buttons) {
        ImGui::PushID(page.c_str());
        if (ImGui::Selectable(label.c_str())) {
            if (page == kSettings)
                ImGui::OpenPopup("##settings");  // opened from here, it stays after this menu closes
            else
                intent = intent::ShowPage{page};
        }
        ImGui::PopID();
    }
    ImGui::EndPopup();
    return intent;
}

// One top-bar button for a page, the settings or quick hide.
// `first`: the bar's first control (no way home on the start screen), where F6 sends the focus.
Intent barButton(UiState& ui, const std::string& label, const std::string& page, bool first) {
    ImGui::PushID(page.c_str());
    const bool clicked = ImGui::Button(label.c_str());
    if (first) focusHere(ui, focus::kTopBar);
    ImGui::PopID();
    if (!clicked) return {};
    if (page == kSettings) {
        ImGui::OpenPopup("##settings");
        return {};
    }
    if (page == kHideButton) return intent::Hide{};
    return intent::ShowPage{page};
}

// Right-aligned: the reference pages, in the pack's order (or the built-in help page when the pack
// cannot be used), the settings, and quick hide. When they do not fit beside the left side, the
// pages and the settings fold into a menu; quick hide always stays on the bar, in reach.
Intent topBar(const AppState& s, UiState& ui, const Fonts& fonts) {
    Intent intent;
    auto take = [&](Intent i) {
        if (!i.none()) intent = std::move(i);
    };
    std::vector<std::pair<std::string, std::string>> buttons;  // label, page id (kSettings: the settings)
    if (s.pack.usable())
        for (const auto& p : s.pack.guide->pages) buttons.emplace_back(s.pack.guide->text(p.title, s.language()), p.id);
    else
        buttons.emplace_back(content::builtinHelpPage().title.get(s.language(), "nl"), kBuiltinHelpPage);
    buttons.emplace_back(s.tr("settings.button"), kSettings);
    const std::string hide = s.tr("top.hide"), menu = s.tr("top.menu");
    float all = buttonWidth(hide);
    for (const auto& b : buttons) all += buttonWidth(b.first);
    const float edge = ImGui::GetWindowContentRegionMax().x;
    const float leftNeeds = s.session ? buttonWidth(s.tr("top.home")) + ImGui::CalcTextSize(savingText(s).text.c_str()).x
                                      : ImGui::CalcTextSize(s.tr("app.title").c_str()).x;
    const bool folded = ImGui::GetCursorPosX() + leftNeeds + all > edge;
    const float width = folded ? buttonWidth(menu) + buttonWidth(hide) : all;
    const bool homeFirst = s.session.has_value();
    const BarLeft left = topBarLeft(s, ui, fonts, edge - width);
    take(left.intent);
    // The buttons on the same line when there is room, else right-aligned on the next.
    const float start = edge - width + ImGui::GetStyle().ItemSpacing.x;
    ImGui::SameLine();
    if (ImGui::GetCursorPosX() > start) ImGui::NewLine();
    ImGui::SameLine(std::max(ImGui::GetStyle().WindowPadding.x, start));
    if (folded) {
        if (ImGui::Button(menu.c_str())) ImGui::OpenPopup("##menu");
        if (!homeFirst) focusHere(ui, focus::kTopBar);
        take(pagesMenu(buttons));
    } else {
        for (std::size_t i = 0; i < buttons.size(); ++i) {
            if (i > 0) ImGui::SameLine();
            take(barButton(ui, buttons[i].first, buttons[i].second, i == 0 && !homeFirst));
        }
    }
    ImGui::SameLine();
    take(barButton(ui, hide, kHideButton, false));
    if (left.savingBelow) savingLine(s);
    take(settingsPopup(s, ui));
    ImGui::Separator();
    return intent;
}

// `ui`: given in the strip at the window's foot, where F6 sends the focus to the first notice's
// first button.
Intent notice(const AppState& s, std::size_t index, UiState* ui) {
    Intent intent;
    const Notice& n = s.notices[index];
    const ImVec4 col = n.level == Notice::Level::Error     ? palette::fgVec(palette::Role::Error)
                       : n.level == Notice::Level::Warning ? palette::fgVec(palette::Role::Warning)
                                                           : palette::fgVec(palette::Role::Info);
    ImGui::PushID(static_cast<int>(index));
    ImGui::PushStyleColor(ImGuiCol_Text, col);
    ImGui::TextWrapped("%s", n.title.c_str());
    ImGui::PopStyleColor();
    for (const auto& line : n.lines) {  // wrapped: a long path stays readable at a large text size
        ImGui::Bullet();
        ImGui::TextWrapped("%s", line.c_str());
    }
    bool first = ui != nullptr && index == 0;
    if (!n.actionKey.empty()) {
        if (ImGui::SmallButton(s.tr(n.actionKey).c_str())) intent = n.action;
        if (first) focusHere(*ui, focus::kNotices);
        first = false;
        ImGui::SameLine();
    }
    if (ImGui::SmallButton(s.tr("notice.dismiss").c_str())) intent = intent::DismissNotice{index};
    if (first) focusHere(*ui, focus::kNotices);
    ImGui::PopID();
    ImGui::Separator();
    return intent;
}

// Whether the notices are in their strip at the window's foot (not inside a page or dialog).
bool noticesInStrip(const AppState& s, const UiState& ui) {
    return !s.notices.empty() && !ui.protectDialog && !s.mapOpen && s.openPage.empty();
}

// F6 (Shift+F6 backwards) moves the focus to the next part of the screen: the top bar, the step,
// the agreements panel; on the start screen the top bar and the list of tracks; then the notices'
// strip while it is there. Which part has it now is read off ImGui's focused window.
void movePart(const AppState& s, UiState& ui) {
    bool backwards = false;
    if (!f6Pressed(backwards)) return;
    std::vector<const char*> parts{focus::kTopBar};
    if (s.session) {
        parts.push_back(focus::kStep);
        parts.push_back(focus::kAgreements);
    } else if (s.pack.usable() && !s.pendingStart && !(s.locked && !s.unlockSkipped)) {
        parts.push_back(focus::kStep);  // the start screen's tracks and earlier conversations
    }
    if (noticesInStrip(s, ui)) parts.push_back(focus::kNotices);
    const std::string in = focusedWindowName();
    // Under each other, the step and the panel share one window: the part F6 went to last tells.
    std::size_t at = 0;
    if (in.find("/walk") != std::string::npos) at = ui.panelBelow ? ui.part : 1;
    if (in.find("/column") != std::string::npos) at = 1;
    if (in.find("/agreements") != std::string::npos) at = 2;
    if (in.find("/notices") != std::string::npos) at = parts.size() - 1;
    at = std::min(at, parts.size() - 1);
    const std::size_t next = (at + (backwards ? parts.size() - 1 : 1)) % parts.size();
    ui.part = next;
    requestFocus(ui, parts[next]);
}

// A column of readable width for one screen (start, unlock, the save prompt): a wide window gets
// margins, not very long lines.
template <class Draw>
Intent column(const Fonts& fonts, bool centred, Draw draw) {
    const float avail = ImGui::GetContentRegionAvail().x;
    const float maxWidth = 52.0f * fonts.body->FontSize;
    if (centred && avail > maxWidth) ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (avail - maxWidth) / 2);
    ImGui::BeginChild("column", ImVec2(std::min(avail, maxWidth), 0), false);
    ImGui::PushTextWrapPos(0.0f);
    Intent intent = draw();
    ImGui::PopTextWrapPos();
    ImGui::EndChild();
    return intent;
}

// The open conversation: the walk (or summary) and the agreements panel, side by side, each
// scrolling on its own; or, narrow for the text size (a small window or a large zoom), one column
// with the panel under the step.
Intent conversation(const AppState& s, UiState& ui, const Fonts& fonts) {
    Intent intent;
    auto take = [&](Intent i) {
        if (!i.none()) intent = std::move(i);
    };
    const float avail = ImGui::GetContentRegionAvail().x;
    ui.panelBelow = avail < 48.0f * fonts.body->FontSize;
    auto step = [&] { return s.session->finished() ? drawSummary(s, ui, fonts) : drawWalk(s, ui, fonts); };
    if (ui.panelBelow) {
        ImGui::BeginChild("walk", ImVec2(0, 0), false);
        ImGui::PushTextWrapPos(0.0f);
        take(step());
        ImGui::Spacing();
        ImGui::Separator();
        ImGui::BeginGroup();
        take(drawAgreements(s, ui, fonts));
        ImGui::EndGroup();
        ImGui::PopTextWrapPos();
        ImGui::EndChild();
        return intent;
    }
    const float panel = std::clamp(avail * 0.36f, 280.0f, 30.0f * fonts.body->FontSize);
    ImGui::BeginChild("walk", ImVec2(avail - panel - ImGui::GetStyle().ItemSpacing.x, 0), false);
    ImGui::PushTextWrapPos(0.0f);
    take(step());
    ImGui::PopTextWrapPos();
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::PushStyleColor(ImGuiCol_ChildBg, palette::bgVec(palette::Role::Panel));
    ImGui::BeginChild("agreements", ImVec2(0, 0), true);
    ImGui::PushTextWrapPos(0.0f);
    take(drawAgreements(s, ui, fonts));
    ImGui::PopTextWrapPos();
    ImGui::EndChild();
    ImGui::PopStyleColor();
    return intent;
}

// The notices' strip at the window's foot, as high as they need (as measured in the last frame) up
// to 40% of the window, scrolling beyond. The screen above ends where the strip begins: top
// down, nothing on it moves when a notice comes or goes; only its foot scrolls. A page or dialog
// over the screen shows the notices itself, at its top.
float noticeStrip(const AppState& s, const UiState& ui) {
    if (!noticesInStrip(s, ui)) return 0;
    const ImGuiStyle& st = ImGui::GetStyle();
    // Before it was measured: a title, a line and the buttons for each notice.
    const float guess = static_cast<float>(s.notices.size()) * (3 * ImGui::GetFrameHeightWithSpacing()) + 2 * st.WindowPadding.y;
    const float want = ui.noticeHeight > 0 ? ui.noticeHeight : guess;
    return std::min(want, ImGui::GetMainViewport()->WorkSize.y * 0.4f);
}

// How long a strip whose notices changed takes no clicks: it covers the foot of the screen above, and a
// click meant for a control that was there must not land on a notice's button (its "Ongedaan
// maken" or "Sluiten"). The keyboard reaches it at once (F6).
constexpr double kNoticeGuardSeconds = 0.5;

// Notes when the strip's notices changed (one came, or one took another's place); returns whether
// it takes clicks now.
bool noticeStripTakesClicks(const AppState& s, UiState& ui) {
    std::string text;
    for (const Notice& n : s.notices) {
        text += n.title + '\n';
        for (const auto& line : n.lines) text += line + '\n';
    }
    const std::size_t key = std::hash<std::string>{}(text);
    const double now = ImGui::GetTime();
    if (key != ui.noticeStripShown) ui.noticeGuardUntil = now + kNoticeGuardSeconds;
    ui.noticeStripShown = key;
    return now >= ui.noticeGuardUntil;
}

Intent drawNoticeStrip(const AppState& s, UiState& ui, float height) {
    Intent intent;
    ImGuiWindow* w = ImGui::GetCurrentWindow();
    ImGui::SetCursorScreenPos(ImVec2(w->ContentRegionRect.Min.x, w->ContentRegionRect.Max.y + ImGui::GetStyle().ItemSpacing.y));
    ImGui::PushStyleColor(ImGuiCol_ChildBg, palette::bgVec(palette::Role::Panel));
    const ImGuiWindowFlags flags = noticeStripTakesClicks(s, ui) ? 0 : ImGuiWindowFlags_NoMouseInputs;
    ImGui::BeginChild("notices", ImVec2(w->ContentRegionRect.GetWidth(), height - ImGui::GetStyle().ItemSpacing.y), true,
                      flags);
    ImGui::PushTextWrapPos(0.0f);
    intent = drawNotices(s, &ui);
    ImGui::PopTextWrapPos();
    ui.noticeHeight = ImGui::GetCursorPosY() + ImGui::GetStyle().WindowPadding.y + ImGui::GetStyle().ItemSpacing.y;
    ImGui::EndChild();
    ImGui::PopStyleColor();
    return intent;
}

// What lies over the screen: the protection dialog, or a page.
Intent overlays(const AppState& s, UiState& ui, const Fonts& fonts) {
    if (ui.protectDialog) return drawProtectDialog(s, ui);
    if (s.mapOpen) return drawMap(s, ui, fonts);
    if (s.openPage == kBuiltinHelpPage) return drawPage(s, content::builtinHelpPage(), fonts);
    if (!s.openPage.empty() && s.pack.usable())
        if (const content::Page* page = s.pack.guide->page(s.openPage)) return drawPage(s, *page, fonts);
    return {};
}

}  // namespace

Intent drawNotices(const AppState& s, UiState* ui) {
    Intent intent;
    for (std::size_t i = 0; i < s.notices.size(); ++i)
        if (Intent n = notice(s, i, ui); !n.none()) intent = n;
    return intent;
}

Intent drawApp(const AppState& s, UiState& ui, const Fonts& fonts) {
    Intent intent;
    auto take = [&](Intent i) {
        if (!i.none()) intent = std::move(i);
    };
    useSingleKeys(s.settings.singleKeys);
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
    // Another screen (the start, another conversation, the summary): the old focus goes.
    const std::string screen = !s.session ? "start" : s.session->record().id + (s.session->finished() ? ":end" : "");
    if (screen != ui.screenKey) {
        ui.screenKey = screen;
        forgetFocus();
        // The summary has no step of its own to send the focus there (walk_view does that for a step).
        if (s.session && s.session->finished()) requestFocus(ui, focus::kStep);
    }
    movePart(s, ui);
    take(topBar(s, ui, fonts));
    // Text size: Ctrl+= (or +) larger, Ctrl+- smaller, Ctrl+0 back to 100%.
    const int zoom = s.settings.zoom;
    if (ctrlPressed('+')) take(intent::SetZoom{zoom + settings::kZoomStep});
    if (ctrlPressed('-')) take(intent::SetZoom{zoom - settings::kZoomStep});
    if (ctrlPressed('0')) take(intent::SetZoom{100});
    const float strip = noticeStrip(s, ui);
    if (strip == 0) {  // the next notices are measured afresh
        ui.noticeHeight = 0;
        ui.noticeStripShown = 0;
    }
    ImGui::GetCurrentWindow()->ContentRegionRect.Max.y -= strip;
    take(drawReloadPanel(s, fonts));
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ImVec4(0, 0, 0, 0));
    if (!s.pack.usable())
        take(drawDiagnostics(s, fonts));
    else if (s.locked && !s.unlockSkipped && !s.session)
        take(column(fonts, false, [&] { return drawUnlock(s, ui, fonts); }));
    else if (s.pendingStart)
        take(column(fonts, false, [&] { return drawSavePrompt(s, ui, fonts); }));
    else if (s.session)
        take(conversation(s, ui, fonts));
    else
        take(column(fonts, true, [&] { return drawStart(s, ui, fonts); }));
    ImGui::PopStyleColor();
    if (strip > 0) take(drawNoticeStrip(s, ui, strip));
    take(overlays(s, ui, fonts));
    ImGui::End();
    return intent;
}

}  // namespace hr::ui
