// SPDX-License-Identifier: EUPL-1.2
// What the window holds: the guide, the records folder, the open conversation, the notices and
// the truth about saving. The controller changes it; the views only read it.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "content/graph_layout.h"
#include "content/pack.h"
#include "desktop.h"
#include "i18n/strings.h"
#include "intents.h"
#include "session/engine.h"
#include "session/record_lock.h"
#include "session/record_writer.h"
#include "session/store.h"
#include "settings/settings.h"

namespace hr::ui {

// A message shown above the current screen until dismissed.
struct Notice {
    enum class Level { Info, Warning, Error } level = Level::Info;
    std::string title;
    std::vector<std::string> lines;
    // A button on the notice (e.g. "Ongedaan maken"): its label (an interface string key) and what it does.
    std::string actionKey;
    Intent action;
};

// The agreement removed last, and where it stood, for undo.
struct Removed {
    session::Agreement agreement;
    std::size_t position = 0;
};

// Whether the open conversation is being saved: the top bar says exactly this.
struct Saving {
    enum class State { On, Off, Failed } state = State::On;  // Off: chosen, or a run that writes nothing
    std::string reason;  // why not: the problem in plain words (an interface string key); may be empty for Off
    std::string detail;  // Failed: the system's words
    // A write asked for is waiting or on its way (the record writer's thread): the screen says
    // so until it is on disk, and says "saved" only then.
    bool pending = false;
};

// A conversation asked for while its record could not be saved: it waits for the user's choice
// (another folder, or on without saving).
struct PendingStart {
    StartIntent start;
    std::string folder;    // the folder that could not be used
    std::string reason;    // an interface string key
    std::string detail;
};

// A reload of the pack (after a save in its folder) that found errors: the last good guide stays
// on screen, and a panel lists these until a later save fixes them.
struct ReloadProblem {
    Diagnostics diags;
    std::string displayDir;
};

// The export made last, for the summary's Openen, Afdrukken and Map tonen.
struct LastExport {
    std::string record;  // the record's id
    std::filesystem::path path;
    session::ExportFormat format = session::ExportFormat::Html;
    bool replaced = false;  // it wrote over this record's own earlier export of the same name
};

// A program the desktop was asked to open a file with, still running (Launcher), and what to try
// next when it fails: showing an export's folder falls back from the file manager to xdg-open.
struct Launch {
    std::uint64_t id = 0;
    std::string program;
    std::string path;                   // what it opens: said, and offered to copy, if it fails
    std::vector<std::string> fallback;  // argv to try when this one fails
};

// What the app holds: the guide, the records folder, the open conversation.
struct AppState {
    content::LoadedPack pack;
    i18n::Strings tr;
    std::unique_ptr<session::Store> store;    // null when the records folder cannot be used
    std::filesystem::path dataDir;            // the records folder asked for (also when it cannot be used)
    std::vector<session::Store::Entry> records;  // as last listed
    // The first frame shows only the first screenful of a long list (Store::listFirst); the whole
    // list is read at the start of the frame after it, or before an intent is applied. While it is
    // partial, the start screen says nothing that needs the rest (see start_view.cpp).
    bool recordsPartial = false;
    bool partialDrawn = false;  // a frame has drawn the partial list
    std::optional<session::Session> session;   // the open conversation
    std::optional<session::RecordLock> lock;   // held while the open conversation is saved here
    // Notices above the screen, oldest first; several at once, so a later one never hides an
    // earlier one (a notice with the same title replaces that one).
    std::vector<Notice> notices;
    std::optional<Removed> removed;  // the agreement removed last (undo puts it back)
    std::string openPage;           // a reference page shown over the screen
    // The map of the guide (Kaart), over the screen while mapOpen; laid out once per guide.
    bool mapOpen = false;
    std::shared_ptr<const content::MapLayout> map;
    const content::Guide* mapOf = nullptr;  // the guide `map` was laid out from
    std::filesystem::path exportDir;  // where exports are written
    std::optional<LastExport> lastExport;
    Launcher launcher;             // opening exports through the desktop
    std::vector<Launch> launches;  // started, not yet ended
    std::uint64_t nextLaunch = 1;
    std::filesystem::path uiDir;      // content/ui, for switching the language
    settings::Settings settings;      // as chosen; the window applies theme and zoom

    // The interface and content language: the settings hold it, nothing else does.
    const std::string& language() const { return settings.language; }
    std::optional<std::filesystem::path> settingsPath;  // where they are saved (none: not saved)
    Saving saving;
    std::optional<PendingStart> pendingStart;
    bool hidden = false;      // quick hide: a neutral screen until the user comes back
    // A records folder protected with a passphrase is locked until unlocked: nothing of it is
    // listed, and a conversation asked for at start (--track, --resume) waits.
    bool locked = false;
    bool unlockSkipped = false;
    std::string unlockError;  // an interface string key, after a failed unlock
    std::string unlockDetail;
    std::optional<StartIntent> afterUnlock;  // --track or --resume, waiting for the passphrase
    bool writesNothing = false;  // a --screenshot run: no record, no export, no settings
    std::optional<ReloadProblem> reloadFailed;  // the pack's files now have errors (live reload)
    // The open conversation as it stood before a reload dropped some of its answers: the record
    // on disk still holds them, and the next reload replays this one, so that an edit undone
    // (a step put back) brings them back. Gone as soon as the conversation itself changes.
    std::optional<session::Record> beforeReload;
    // The window writes in the background and goes on drawing; elsewhere (the headless tests) a
    // save waits for its write, through the same writer, so a test sees the file at once.
    bool saveInBackground = false;
    // Last: destroyed first, so it writes what is pending while the store and the lock are there.
    session::RecordWriter writer;
};

}  // namespace hr::ui
