// SPDX-License-Identifier: EUPL-1.2
// The user's settings (theme, zoom, language, single-key shortcuts) in
// $XDG_CONFIG_HOME/handreiking/settings.yaml. The window's size and place are state, kept apart
// (settings/window_state.h). A missing file means defaults; a broken one means
// defaults plus a one-line notice, and the broken file is kept as settings.yaml.bak.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "i18n/strings.h"
#include "settings/window_state.h"
#include "theme/palette.h"

namespace hr::settings {

constexpr int kZoomMin = 75, kZoomMax = 200, kZoomStep = 10;

struct Settings {
    // The theme and language on screen. Only one the user chose (the settings file holds it, or the
    // window's settings set it) is written to the file: until then they follow the desktop (its
    // dark or high-contrast preference, its LANG), also when the desktop changes.
    theme::ThemeId theme = theme::ThemeId::Light;
    bool themeChosen = false;
    int zoom = 100;  // percent, kZoomMin..kZoomMax
    std::string language = i18n::kDefaultLanguage;
    bool languageChosen = false;
    bool singleKeys = true;  // digits and Backspace act on the step (off: only Enter, Space, arrows, Ctrl+...)

    bool operator==(const Settings& o) const {
        return theme == o.theme && themeChosen == o.themeChosen && zoom == o.zoom && language == o.language &&
               languageChosen == o.languageChosen && singleKeys == o.singleKeys;
    }
};

// $XDG_CONFIG_HOME/handreiking/settings.yaml, or ~/.config/handreiking/settings.yaml.
std::optional<std::filesystem::path> defaultPath();

struct Loaded {
    Settings settings;
    std::string notice;  // empty, or one line: what was wrong and that defaults are used
    // The 'window' key of a settings file from before the geometry moved to the state folder: used
    // when there is no state file yet, and left out when the settings are next saved.
    WindowGeometry oldWindow;
};
// The notice is in `lang` (the message language, "nl" or "en"), the GCC layout kept.
[[nodiscard]] Loaded load(const std::filesystem::path& file, const std::string& lang = "en");

// Writes the settings atomically (mode 0600), creating the folder. Returns an error, or none.
[[nodiscard]] Msg save(const std::filesystem::path& file, const Settings& s);

int clampZoom(int percent);

// The desktop's language: the first of LC_ALL, LC_MESSAGES and LANG that is set (POSIX order)
// decides; a language the app has ("nl_NL.UTF-8" nl, "en_GB" en), else Dutch, the guide's own
// (also for C and POSIX). Dutch when none is set.
std::string desktopLanguage();
// The one rule for the language of the window and of the command line: `given` (--lang) when
// set; else `chosen` (the settings file's 'language'); else desktopLanguage().
std::string chooseLanguage(const std::string& given, const std::optional<std::string>& chosen);
// chooseLanguage with the 'language' the settings file holds, for the command line's messages.
// Reads the settings file without changing it (a broken one is left for the window to set aside).
std::string messageLanguage(const std::string& given, const std::optional<std::filesystem::path>& settingsFile);

// What an institution's IT sets for every user, read only:
// $XDG_CONFIG_DIRS/handreiking/settings.yaml (by default /etc/xdg), the first one that exists.
struct SystemSettings {
    std::string pack;         // the id of the guide that opens when no --content is given
    std::filesystem::path file;  // where it was read; empty when there is none
    std::string notice;       // one line (file:line:col) when the file is broken; it is then ignored
};
// The notice is in `lang`, as for load().
[[nodiscard]] SystemSettings loadSystem(const std::string& lang = "en");

}  // namespace hr::settings
