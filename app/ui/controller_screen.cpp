// SPDX-License-Identifier: EUPL-1.2
// The screen's own intents: pages, notices, settings (theme, text size, language; saved at once),
// and handing links and numbers to the desktop.
#include "controller_parts.h"
#include "desktop.h"
#include "markdown/links.h"

namespace hr::ui::control {

namespace {

// Settings are saved as soon as they change (never in a run that writes nothing).
Outcome saveSettings(AppState& s) {
    if (!s.settingsPath || s.writesNothing) return Outcome::Done;
    if (Msg err = settings::save(*s.settingsPath, s.settings); !err.empty()) {
        notify(s, Notice::Level::Error, s.tr("notice.settings_failed"), {renderSentence(err, s.language())});
        return Outcome::Refused;
    }
    return Outcome::Done;
}

}  // namespace

Outcome on(AppState&, UiState&, const intent::None&) { return Outcome::Ignored; }

Outcome on(AppState& s, UiState&, const intent::ShowPage& in) {
    s.openPage = in.page;
    return Outcome::Done;
}

Outcome on(AppState& s, UiState&, const intent::ClosePage&) {
    s.openPage.clear();
    return Outcome::Done;
}

Outcome on(AppState& s, UiState& ui, const intent::ShowMap&) {
    if (!s.pack.guide) return Outcome::Ignored;
    if (s.mapOf != s.pack.guide.get() || !s.map) {
        auto layout = std::make_shared<content::MapLayout>();
        std::string error;
        if (!content::layoutMap(content::mapGraph(*s.pack.guide, "", s.language()), *layout, error)) {
            notify(s, Notice::Level::Error, s.tr("map.failed"), {error});
            return Outcome::Refused;
        }
        s.map = std::move(layout);
        s.mapOf = s.pack.guide.get();
        ui.map = UiState::MapView{};
    }
    ui.map.placed = false;  // scrolled anew to the current step
    s.mapOpen = true;
    return Outcome::Done;
}

Outcome on(AppState& s, UiState&, const intent::CloseMap&) {
    s.mapOpen = false;
    return Outcome::Done;
}

Outcome on(AppState& s, UiState&, const intent::DismissNotice& in) {
    if (in.index >= s.notices.size()) return Outcome::Ignored;
    s.notices.erase(s.notices.begin() + static_cast<long>(in.index));
    return Outcome::Done;
}

Outcome on(AppState& s, UiState&, const intent::SetTheme& in) {
    s.settings.theme = in.theme;
    s.settings.themeChosen = true;  // from now on the desktop's preference no longer decides
    return saveSettings(s);
}

Outcome on(AppState& s, UiState&, const intent::SetZoom& in) {
    s.settings.zoom = settings::clampZoom(in.percent);
    return saveSettings(s);
}

Outcome on(AppState& s, UiState&, const intent::SetLanguage& in) {
    if (!i18n::isLanguage(in.language)) return Outcome::Ignored;
    s.settings.languageChosen = true;  // also the language it already had: the desktop's no longer decides
    if (in.language != s.language()) {
        s.settings.language = in.language;
        Diagnostics d;
        s.tr = i18n::Strings::load(s.uiDir, s.language(), d, s.pack.parseCache);
        if (d.hasErrors()) notify(s, Notice::Level::Error, d.items().front().message);
    }
    return saveSettings(s);
}

Outcome on(AppState& s, UiState&, const intent::SetSingleKeys& in) {
    s.settings.singleKeys = in.on;
    return saveSettings(s);
}

Outcome on(AppState& s, UiState&, const intent::OpenLink& in) {
    // Only the targets content may use; tel: numbers are copied instead (CopyText).
    if (!markdown::isAllowedLinkTarget(in.url) || markdown::isPhoneLink(in.url))
        return Outcome::Ignored;
    if (std::string err = openExternal(in.url); !err.empty()) {
        notify(s, Notice::Level::Error, s.tr("notice.link_failed"), {in.url, err});
        return Outcome::Refused;
    }
    return Outcome::Done;
}

Outcome on(AppState& s, UiState&, const intent::CopyText& in) {
    copyToClipboard(in.text);
    notify(s, Notice::Level::Info, s.tr(in.notice), {in.text});
    return Outcome::Done;
}

}  // namespace hr::ui::control
