// SPDX-License-Identifier: EUPL-1.2
// The agreements' intents: adding (own text or a suggestion), changing, removing, and the date of
// the next conversation. Every change is saved at once.
#include <algorithm>

#include "controller_parts.h"
#include "focus.h"

namespace hr::ui::control {

namespace {

// Saves after a change the session made; nothing happened when it did not.
Outcome savedIf(AppState& s, bool changed) {
    if (!changed) return Outcome::Ignored;
    save(s);
    return Outcome::Done;
}

}  // namespace

Outcome on(AppState& s, UiState& ui, const intent::AddAgreement& in) {
    if (!s.session) return Outcome::Ignored;
    const std::string id = s.session->addAgreement(in.agreement);
    if (ui.editorOpen) {
        // The editor goes on updating the agreement it just added.
        ui.editing.id = id;
        if (ui.editSent) ui.editSent->id = id;
    }
    return savedIf(s, true);
}

Outcome on(AppState& s, UiState& ui, const intent::AddTemplate& in) {
    if (!s.session) return Outcome::Ignored;
    const std::string id = s.session->addFromTemplate(in.templateId);
    if (id.empty()) return Outcome::Ignored;
    requestFocus(ui, "agreement:" + id);
    return savedIf(s, true);
}

Outcome on(AppState& s, UiState&, const intent::UpdateAgreement& in) {
    return savedIf(s, s.session && s.session->updateAgreement(in.agreement));
}

// A removal can be undone (the notice's button, or Ctrl+Z); the focus goes to the agreement that
// now stands in its place, or to "Afspraak toevoegen".
Outcome on(AppState& s, UiState& ui, const intent::RemoveAgreement& in) {
    if (!s.session) return Outcome::Ignored;
    const auto& list = s.session->record().agreements;
    const auto it = std::find_if(list.begin(), list.end(), [&](const session::Agreement& a) { return a.id == in.id; });
    if (it == list.end()) return Outcome::Ignored;
    const Removed removed{*it, static_cast<std::size_t>(it - list.begin())};
    if (!s.session->removeAgreement(in.id)) return Outcome::Ignored;
    if (!in.undoable) return savedIf(s, true);
    s.removed = removed;
    const auto& after = s.session->record().agreements;
    requestFocus(ui, removed.position < after.size() ? "agreement:" + after[removed.position].id : focus::kAddAgreement);
    notify(s, Notice{Notice::Level::Info, s.tr("notice.agreement_removed"), {removed.agreement.text}, "notice.undo",
                     intent::UndoRemove{}});
    return savedIf(s, true);
}

Outcome on(AppState& s, UiState& ui, const intent::UndoRemove&) {
    if (!s.session || !s.removed) return Outcome::Ignored;
    const std::string id = s.session->restoreAgreement(s.removed->agreement, s.removed->position);
    s.removed.reset();
    const std::string title = s.tr("notice.agreement_removed");
    s.notices.erase(std::remove_if(s.notices.begin(), s.notices.end(), [&](const Notice& n) { return n.title == title; }),
                    s.notices.end());
    requestFocus(ui, "agreement:" + id);
    return savedIf(s, true);
}

Outcome on(AppState& s, UiState&, const intent::SetNextDate& in) {
    if (!s.session) return Outcome::Ignored;
    s.session->setNextConversation(in.date);
    return savedIf(s, true);
}

}  // namespace hr::ui::control
