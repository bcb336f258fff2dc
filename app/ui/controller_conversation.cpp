// SPDX-License-Identifier: EUPL-1.2
// The conversation's intents: starting, resuming and leaving one, answering, going back, notes
// and participants. Every change is saved at once.
#include "controller_parts.h"

#include "session/change_notice.h"

namespace hr::ui::control {

namespace {

using session::Session;

// Another conversation: the widgets start from its record.
void forgetWidgets(AppState& s, UiState& ui) {
    s.removed.reset();
    ui.stepKey.clear();
    ui.nextDateSynced = false;
    ui.editorOpen = false;
}

void reportDropped(AppState& s, const std::vector<session::Dropped>& dropped, const std::string& title) {
    if (dropped.empty() || !s.pack.guide) return;
    notify(s, Notice::Level::Warning, title, session::describeDropped(dropped, *s.pack.guide, s.language(), s.tr));
}

// A change the engine may refuse (an answer that does not fit the step): said in a notice.
Outcome savedUnlessRefused(AppState& s, const std::string& err) {
    if (!err.empty()) {
        notify(s, Notice::Level::Error, s.tr("notice.answer_refused"), {err});
        return Outcome::Refused;
    }
    save(s);
    return Outcome::Done;
}

}  // namespace

Outcome on(AppState& s, UiState& ui, const intent::OpenTrack& in) {
    forgetWidgets(s, ui);
    if (!s.pack.usable() || !s.pack.guide->track(in.track)) return Outcome::Ignored;
    if (!readyToSave(s, in)) return Outcome::Waiting;
    begin(s, Session::start(s.pack.guide, in.track, s.language()));
    s.notices.clear();
    return Outcome::Done;
}

Outcome on(AppState& s, UiState& ui, const intent::BackToStart&) {
    forgetWidgets(s, ui);
    s.session.reset();
    s.lock.reset();
    s.writer.expect({});
    s.notices.clear();
    refreshRecords(s);
    return Outcome::Done;
}

Outcome on(AppState& s, UiState& ui, const intent::Resume& in) {
    forgetWidgets(s, ui);
    const auto r = findRecord(s, in.record);
    if (!r || !s.pack.usable()) return Outcome::Ignored;
    if (r->packId != s.pack.guide->id) {
        notify(s, Notice::Level::Error, s.tr("notice.other_guide"), {r->packId});
        return Outcome::Refused;
    }
    auto resumed = Session::resume(s.pack.guide, *r);
    s.session = std::move(resumed.session);
    s.saving = s.writesNothing ? Saving{Saving::State::Off, {}, {}} : Saving{};
    s.notices.clear();
    claim(s);
    reportDropped(s, resumed.problems, s.tr("notice.content_changed"));
    return Outcome::Done;
}

Outcome on(AppState& s, UiState& ui, const intent::FollowUp& in) {
    forgetWidgets(s, ui);
    const auto r = findRecord(s, in.record);
    if (!r || !s.pack.usable()) return Outcome::Ignored;
    // The start screen offers no follow-up of a route walked alone; a stray intent gets none either.
    if (!Session::hasFollowUp(*s.pack.guide, r->track)) return Outcome::Refused;
    if (!readyToSave(s, in)) return Outcome::Waiting;
    begin(s, Session::followUp(s.pack.guide, *r, s.language()));
    s.notices.clear();
    return Outcome::Done;
}

Outcome on(AppState& s, UiState&, const intent::Answer& in) {
    if (!s.session) return Outcome::Ignored;
    std::vector<session::Dropped> dropped;
    const std::string err = s.session->answer(in.answer, &dropped);
    if (err.empty()) reportDropped(s, dropped, s.tr("notice.dropped_title"));
    return savedUnlessRefused(s, err);
}

Outcome on(AppState& s, UiState&, const intent::Review& in) {
    if (!s.session) return Outcome::Ignored;
    return savedUnlessRefused(s, s.session->review(in.outcome, in.text));
}

Outcome on(AppState& s, UiState&, const intent::Back&) {
    if (!s.session || !s.session->canGoBack()) return Outcome::Ignored;
    s.session->back();
    save(s);
    return Outcome::Done;
}

Outcome on(AppState& s, UiState&, const intent::GoTo& in) {
    if (!s.session || !s.session->goTo(in.position)) return Outcome::Ignored;
    save(s);
    return Outcome::Done;
}

Outcome on(AppState& s, UiState&, const intent::SetNote& in) {
    if (!s.session) return Outcome::Ignored;
    s.session->setNote(in.node, in.text);
    save(s);
    return Outcome::Done;
}

Outcome on(AppState& s, UiState&, const intent::SetParticipants& in) {
    if (!s.session) return Outcome::Ignored;
    s.session->setParticipants(in.participants);
    save(s);
    return Outcome::Done;
}

}  // namespace hr::ui::control
