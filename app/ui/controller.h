// SPDX-License-Identifier: EUPL-1.2
// Applies the views' intents to the app's state: drives the session engine, saves the record after
// every change, lists records, changes settings. The only code that changes AppState.
#pragma once

#include "app_state.h"
#include "intents.h"
#include "ui_state.h"

namespace hr::ui {

// What applying an intent came to, for a caller that must know (the boot's --resume, tests).
enum class Outcome {
    Ignored,  // nothing to do (no such record or track, nothing open, a screenshot run)
    Done,     // applied
    Refused,  // not applied; a notice or the screen says why
    Waiting,  // a conversation waits for a passphrase or a folder that can be saved in
};

// Applies an intent: drives the session, saves the record, lists records again.
Outcome apply(AppState& state, UiState& ui, const Intent& intent);

// Takes what the record writer finished into the saving state (each frame, before drawing): the
// top bar says "saved" only for what is on disk.
void pollSaving(AppState& state);
// Takes in how the programs opening exports ended (each frame, before drawing): one that failed
// tries its fallback, or says why in a notice that offers to copy the path.
void pollLaunches(AppState& state);
// Waits until the open record is on disk (before quitting), then the same.
void flushSaving(AppState& state);
// Takes in the pack loaded again after a save in its folder (live reload). A pack without errors
// replaces the guide, and the open conversation goes on where it stood on the new texts (answers
// that no longer fit are said in a notice); one with errors leaves the last good guide on screen
// and shows its diagnostics (AppState::reloadFailed) until a later reload is sound again.
void applyReload(AppState& state, UiState& ui, content::LoadedPack fresh);

// Opens the records folder and lists its records (called at start and after changes).
void refreshRecords(AppState& state);
// Lists only the first screenful when the folder's index can say it alone (at start, for the first
// frame); otherwise the same as refreshRecords. The whole list follows (completeRecords).
void listFirstRecords(AppState& state);
// Lists the whole folder if only the first screenful is listed.
void completeRecords(AppState& state);

}  // namespace hr::ui
