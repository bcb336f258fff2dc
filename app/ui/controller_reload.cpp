// SPDX-License-Identifier: EUPL-1.2
// Live reload in the controller: a sound pack replaces the guide and the open conversation is
// replayed on it (the rules of resuming after a content change); a pack with errors leaves the
// last good guide on screen with a panel of its diagnostics.
//
// The record and its pin (packVersion/packHash, overlays): the conversation is walked on the
// texts on screen, so after a reload that keeps every answer the record is saved at once, pinned
// to the new version (as any change is saved at once). A reload that drops answers does not
// write: the record on disk keeps them, pinned to the version they were given on, a notice says
// which, and the next reload starts again from the conversation as it stood before (so putting a
// step back brings its answer back). The first change the person makes saves the new walk.
#include "controller_parts.h"

#include "session/change_notice.h"

namespace hr::ui {

namespace {

using session::Session;

// Replays the open conversation on `guide`: saved when every answer still fits, else said.
void rebase(AppState& s, const std::shared_ptr<const content::Guide>& oldGuide,
            const std::shared_ptr<const content::Guide>& guide) {
    const session::Record from = s.beforeReload ? *s.beforeReload : s.session->record();
    auto resumed = Session::resume(guide, from);
    s.session = std::move(resumed.session);
    if (resumed.problems.empty()) {
        control::save(s);  // also ends beforeReload: the conversation is whole on the new texts
        return;
    }
    s.beforeReload = from;
    // A step that is gone has its title in the old guide only.
    auto lines = session::describeDropped(resumed.problems, *oldGuide, s.language(), s.tr);
    lines.push_back(s.tr("reload.dropped_kept"));
    control::notify(s, Notice::Level::Warning, s.tr("reload.dropped_title"), std::move(lines));
}

}  // namespace

void applyReload(AppState& s, UiState&, content::LoadedPack fresh) {
    if (!fresh.usable() && s.pack.usable()) {
        s.reloadFailed = ReloadProblem{fresh.diags, fresh.displayDir};
        return;
    }
    s.reloadFailed.reset();
    if (s.session && fresh.guide && fresh.guide->id != s.session->record().packId) {
        // Another guide now: the conversation cannot go on in it, so it stays on the one it has.
        control::notify(s, Notice::Level::Error, s.tr("reload.other_guide"), {fresh.guide->id});
        return;
    }
    if (s.session && fresh.usable()) rebase(s, s.pack.guide, fresh.guide);
    s.pack = std::move(fresh);
}

}  // namespace hr::ui
