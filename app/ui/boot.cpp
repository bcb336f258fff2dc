// SPDX-License-Identifier: EUPL-1.2
// Starting the app's state; shared by the window and the headless test harness, so tests start
// exactly as the window does.
#include "boot.h"

#include "controller.h"
#include "session/vault.h"
#include "startup_timings.h"

namespace hr::ui {

namespace {

// A screenshot run writes its PNG and nothing else: it uses the records folder only if it exists.
void openStore(AppState& state, const std::filesystem::path& dataDir) {
    auto store = std::make_unique<session::Store>(dataDir);
    std::error_code ec;
    if (state.writesNothing) {
        if (std::filesystem::is_directory(dataDir, ec)) state.store = std::move(store);
    } else if (Msg err = store->prepare(); err.empty()) {
        state.store = std::move(store);
    } else {
        state.notices.push_back(
            Notice{Notice::Level::Error, state.tr("notice.store_failed"), {renderSentence(err, state.language())}, {}, {}});
    }
}

// --track and --resume; with the folder still locked they wait for the passphrase.
void openAsked(AppState& state, UiState& ui, const std::string& track, const std::string& resume) {
    if (state.locked) {
        if (!track.empty()) state.afterUnlock = intent::OpenTrack{track};
        if (!resume.empty()) state.afterUnlock = intent::Resume{resume};
        return;
    }
    if (!track.empty()) apply(state, ui, intent::OpenTrack{track});
    // Resume says itself why it could not (e.g. a record of another guide); otherwise it is not there.
    if (!resume.empty() && apply(state, ui, intent::Resume{resume}) == Outcome::Ignored)
        state.notices.push_back(Notice{Notice::Level::Error, state.tr("notice.no_such_record"), {resume}, {}, {}});
}

}  // namespace

Diagnostics boot(AppState& state, UiState& ui, BootOptions options) {
    Diagnostics d;
    state.pack = std::move(options.pack);
    state.settings = options.settings;
    state.settingsPath = options.settingsPath;
    state.uiDir = options.uiDir;
    if (!state.uiDir.empty()) state.tr = i18n::Strings::load(state.uiDir, state.language(), d, state.pack.parseCache);
    timings::mark("interface strings");
    state.exportDir = options.exportDir;
    state.dataDir = options.dataDir;
    state.writesNothing = options.writesNothing;
    openStore(state, options.dataDir);
    // A protected folder stays locked, and lists nothing, until the passphrase opens it.
    // Asked of the vault header alone: protection() also counts the record files, which in a folder
    // of years of conversations is a walk of thousands of names before the first frame.
    state.locked = state.store && session::Vault::present(state.store->dir());
    if (state.locked && options.passphrase) {
        ui.passphrase = std::move(*options.passphrase);
        session::wipe(*options.passphrase);
        apply(state, ui, intent::Unlock{});
    }
    // A long list only a screenful for the first frame; the whole of it at the next frame.
    listFirstRecords(state);
    timings::mark("records list");
    if (!options.settingsNotice.empty())
        state.notices.push_back(
            Notice{Notice::Level::Warning, state.tr("notice.settings_broken"), {options.settingsNotice}, {}, {}});
    openAsked(state, ui, options.track, options.resume);
    timings::mark("track or record opened");
    return d;
}

}  // namespace hr::ui
