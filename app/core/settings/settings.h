// SPDX-License-Identifier: EUPL-1.2
// The user's settings (theme, zoom, language, single-key shortcuts, window size and position) in
// $XDG_CONFIG_HOME/handreiking/settings.yaml. A missing file means defaults; a broken one means
// defaults plus a one-line notice, and the broken file is kept as settings.yaml.bak.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "i18n/strings.h"
#include "theme/palette.h"

namespace hr::settings {

constexpr int kZoomMin = 75, kZoomMax = 200, kZoomStep = 10;

struct Settings {
    theme::ThemeId theme = theme::ThemeId::Light;
    int zoom = 100;  // percent, kZoomMin..kZoomMax
    std::string language = i18n::kDefaultLanguage;
    bool singleKeys = true;  // digits and Backspace act on the step (off: only Enter, Space, arrows, Ctrl+...)
    std::optional<int> x, y;          // window position
    std::optional<int> width, height;  // window size

    bool operator==(const Settings& o) const {
        return theme == o.theme && zoom == o.zoom && language == o.language && singleKeys == o.singleKeys && x == o.x && y == o.y &&
               width == o.width && height == o.height;
    }
};

// $XDG_CONFIG_HOME/handreiking/settings.yaml, or ~/.config/handreiking/settings.yaml.
std::optional<std::filesystem::path> defaultPath();

struct Loaded {
    Settings settings;
    std::string notice;  // empty, or one line: what was wrong and that defaults are used
};
// The notice is in `lang` (the message language, "nl" or "en"), the GCC layout kept.
[[nodiscard]] Loaded load(const std::filesystem::path& file, const std::string& lang = "en");

// Writes the settings atomically (mode 0600), creating the folder. Returns an error, or "".
[[nodiscard]] std::string save(const std::filesystem::path& file, const Settings& s);

int clampZoom(int percent);

// The language of the messages on the command line, the same as the window's words would be:
// `given` (--lang) when set; else the 'language' the settings file holds; else the first of
// LC_ALL, LC_MESSAGES and LANG that is set, when it names a language the app has ("nl_NL.UTF-8",
// "en_GB"); else Dutch, the app's default. Reads the settings file without changing it (a broken
// one is left for the window to set aside).
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
