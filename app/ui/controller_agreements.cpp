// The agreements' intents: adding (own text or a suggestion), changing, removing, and the date of
// the next conversation. Every change is saved at once.
#include "controller_parts.h"

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

Outcome on(AppState& s, UiState&, const intent::AddTemplate& in) {
    if (!s.session) return Outcome::Ignored;
    s.session->addFromTemplate(in.templateId);
    return savedIf(s, true);
}

Outcome on(AppState& s, UiState&, const intent::UpdateAgreement& in) {
    return savedIf(s, s.session && s.session->updateAgreement(in.agreement));
}

Outcome on(AppState& s, UiState&, const intent::RemoveAgreement& in) {
    return savedIf(s, s.session && s.session->removeAgreement(in.id));
}

Outcome on(AppState& s, UiState&, const intent::SetNextDate& in) {
    if (!s.session) return Outcome::Ignored;
    s.session->setNextConversation(in.date);
    return savedIf(s, true);
}

}  // namespace hr::ui::control
