// SPDX-License-Identifier: EUPL-1.2
// Inside the controller: what its parts share (notices, saving, claiming a record) and one handler
// per kind of intent, grouped by family in controller_*.cpp. Only the controller includes this.
#pragma once

#include <string>
#include <vector>

#include "controller.h"

namespace hr::ui::control {

// Shows a notice; one with the same title replaces that one, and at most a few stay.
void notify(AppState& s, Notice::Level level, const std::string& title, std::vector<std::string> lines = {});
// The same, with a button on the notice that does `action`.
void notify(AppState& s, Notice notice);
// Saves the open conversation (unless it runs unsaved by choice); a failure shows in the top bar.
void save(AppState& s);
// Takes the open conversation's record for this window (the lock), or runs read-only and says so.
void claim(AppState& s);
// Whether a conversation started now can be saved; if not, it waits as pendingStart.
bool readyToSave(AppState& s, const StartIntent& start);
// Starts a new conversation's record: id, times, lock, first save.
void begin(AppState& s, session::Session session, bool saved = true);
// The listed record `id`, read in full from its file (the list holds summaries only). One that
// cannot be read now gets a notice saying why.
std::optional<session::Record> findRecord(AppState& s, const std::string& id);
Intent toIntent(const StartIntent& start);

// controller_conversation.cpp
Outcome on(AppState&, UiState&, const intent::OpenTrack&);
Outcome on(AppState&, UiState&, const intent::BackToStart&);
Outcome on(AppState&, UiState&, const intent::Resume&);
Outcome on(AppState&, UiState&, const intent::FollowUp&);
Outcome on(AppState&, UiState&, const intent::Answer&);
Outcome on(AppState&, UiState&, const intent::Review&);
Outcome on(AppState&, UiState&, const intent::Back&);
Outcome on(AppState&, UiState&, const intent::GoTo&);
Outcome on(AppState&, UiState&, const intent::SetNote&);
Outcome on(AppState&, UiState&, const intent::SetParticipants&);
// controller_agreements.cpp
Outcome on(AppState&, UiState&, const intent::AddAgreement&);
Outcome on(AppState&, UiState&, const intent::AddTemplate&);
Outcome on(AppState&, UiState&, const intent::UpdateAgreement&);
Outcome on(AppState&, UiState&, const intent::RemoveAgreement&);
Outcome on(AppState&, UiState&, const intent::UndoRemove&);
Outcome on(AppState&, UiState&, const intent::SetNextDate&);
// controller_records.cpp
Outcome on(AppState&, UiState&, const intent::Export&);
Outcome on(AppState&, UiState&, const intent::OpenExport&);
Outcome on(AppState&, UiState&, const intent::DeleteRecord&);
// controller_privacy.cpp
Outcome on(AppState&, UiState&, const intent::Unlock&);
Outcome on(AppState&, UiState&, const intent::SkipUnlock&);
Outcome on(AppState&, UiState&, const intent::Protect&);
Outcome on(AppState&, UiState&, const intent::Unprotect&);
Outcome on(AppState&, UiState&, const intent::Hide&);
Outcome on(AppState&, UiState&, const intent::Unhide&);
Outcome on(AppState&, UiState&, const intent::UseFolder&);
Outcome on(AppState&, UiState&, const intent::StartUnsaved&);
Outcome on(AppState&, UiState&, const intent::CancelStart&);
// controller_screen.cpp
Outcome on(AppState&, UiState&, const intent::None&);
Outcome on(AppState&, UiState&, const intent::ShowPage&);
Outcome on(AppState&, UiState&, const intent::ClosePage&);
Outcome on(AppState&, UiState&, const intent::ShowMap&);
Outcome on(AppState&, UiState&, const intent::CloseMap&);
Outcome on(AppState&, UiState&, const intent::DismissNotice&);
Outcome on(AppState&, UiState&, const intent::SetTheme&);
Outcome on(AppState&, UiState&, const intent::SetZoom&);
Outcome on(AppState&, UiState&, const intent::SetLanguage&);
Outcome on(AppState&, UiState&, const intent::SetSingleKeys&);
Outcome on(AppState&, UiState&, const intent::OpenLink&);
Outcome on(AppState&, UiState&, const intent::CopyText&);

}  // namespace hr::ui::control
