// SPDX-License-Identifier: EUPL-1.2
// Starting the app: the state the window (and the headless test harness) begins from. Interface
// strings, the records folder (made private, or left alone in a run that writes nothing), the
// passphrase given at start, notices about broken settings, and --track/--resume.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "app_state.h"
#include "content/pack.h"
#include "settings/settings.h"
#include "ui_state.h"
#include "util/diagnostics.h"

namespace hr::ui {

struct BootOptions {
    content::LoadedPack pack;
    settings::Settings settings;
    std::optional<std::filesystem::path> settingsPath;
    std::string settingsNotice;        // a broken settings file, said once in the window
    std::filesystem::path uiDir;       // content/ui: the interface strings
    std::filesystem::path dataDir;     // where records are kept
    std::filesystem::path exportDir;   // where exports are written
    bool writesNothing = false;        // a --screenshot run: no folder made, no record, no settings
    std::string track;                 // open this track at once
    std::string resume;                // or resume this record
    // Unlocks a protected records folder without asking; wiped here once used.
    std::optional<std::string> passphrase;
};

// Fills `state` and `ui` from `options`. Returns what was wrong with the interface strings (the
// caller says it where it can be read: stderr for the window).
[[nodiscard]] Diagnostics boot(AppState& state, UiState& ui, BootOptions options);

}  // namespace hr::ui
