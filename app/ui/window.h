// SPDX-License-Identifier: EUPL-1.2
// The desktop window: GLFW + OpenGL 3, an event-driven loop, and PNG screenshots.
#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <string>

#include "content/pack.h"
#include "settings/settings.h"

namespace hr::ui {

struct WindowOptions {
    content::LoadedPack pack;
    settings::Settings settings;  // theme, zoom, language (from the settings file)
    std::optional<std::filesystem::path> settingsPath;
    // No theme chosen in the settings or on the command line: the desktop's preference decides
    // (the portal's color-scheme and contrast, desktop_portal.h), else the light theme.
    bool followDesktopTheme = false;
    settings::WindowGeometry geometry;                 // where the window was left
    std::optional<std::filesystem::path> statePath;  // where it is written when it closes (none: not)
    std::string settingsNotice;   // a broken settings file, said once in the window
    std::string track;                      // open this track at once (empty: the start screen)
    std::string resume;                     // or resume this record
    std::filesystem::path dataDir;          // where records are kept
    std::filesystem::path exportDir;        // where exports are written
    std::optional<std::string> screenshot;  // render the first screen to this PNG and exit
    // From --passphrase-file: unlock a protected records folder without asking. Wipe it
    // (session::wipe) once used; it is never written anywhere.
    std::optional<std::string> passphrase;
    int width = 1100;
    int height = 760;
};

// Fills in what the window shows (the guide, the checked --track and --resume) and returns 0 to
// open the window, or the exit code to stop with (having said why).
using PrepareWindow = std::function<int(WindowOptions&)>;

// Runs the window until it is closed. Returns the process exit code: 0, or 2 when no window can
// be opened (no display), or 1 when a screenshot cannot be written, or what `prepare` returned.
// `prepare` runs on a thread of its own while the window and its OpenGL context are made, hidden
// until it is done: together they are most of a start, and a run that `prepare` stops (an unknown
// track, a damaged record) never shows a window. It may set only pack, track, resume and passphrase.
int runWindow(WindowOptions options, const PrepareWindow& prepare = {});

}  // namespace hr::ui
