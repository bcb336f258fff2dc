// SPDX-License-Identifier: EUPL-1.2
// The privacy intents: opening a protected records folder, turning protection on or off, quick
// hide, and the choice when a conversation cannot be saved (another folder, or on without saving).
#include "controller_parts.h"
#include "session/vault.h"
#include "util/write_check.h"

namespace hr::ui::control {

namespace {

// The interface string for why a protected folder did not open.
std::string unlockProblemKey(session::VaultStatus::Code code) {
    using C = session::VaultStatus::Code;
    switch (code) {
        case C::WrongPassphrase: return "unlock.wrong";
        case C::DamagedHeader: return "unlock.damaged";
        default: return "unlock.cannot";
    }
}

// The files an unlock or a switch could not read, each as "FILE:LINE:COL: error: why".
std::vector<std::string> leftAloneLines(const AppState& s, const session::SwitchReport& rep) {
    std::vector<std::string> lines;
    for (const Diagnostic& d : rep.leftAlone) lines.push_back(formatDiagnostic(d, s.language()));
    return lines;
}

// Every record is rewritten, one by one; the passphrases are wiped whatever happens.
Outcome protect(AppState& s, UiState& ui, bool on) {
    if (!s.store) return Outcome::Ignored;
    if (on && (ui.passphrase.empty() || ui.passphrase != ui.passphrase2)) {
        ui.protectError = ui.passphrase.empty() ? "protect.empty" : "protect.mismatch";
        session::wipe(ui.passphrase2);
        return Outcome::Refused;
    }
    const session::SwitchReport rep = on ? s.store->enableEncryption(ui.passphrase) : s.store->disableEncryption();
    session::wipe(ui.passphrase);
    session::wipe(ui.passphrase2);
    ui.protectDialog = false;
    ui.protectError.clear();
    std::vector<std::string> lines = leftAloneLines(s, rep);
    if (!rep.status.ok()) {
        lines.insert(lines.begin(), renderSentence(rep.status.msg, s.language()));
        notify(s, Notice::Level::Error, s.tr(on ? "notice.protect_failed" : "notice.unprotect_failed"), lines);
    } else {
        notify(s, Notice::Level::Info,
               s.tr.format(on ? "notice.protected" : "notice.unprotected", {{"n", std::to_string(rep.converted.size())}}),
               lines);
    }
    refreshRecords(s);
    claim(s);  // the record has another file now
    save(s);   // the open conversation, in the folder's new form
    return rep.status.ok() ? Outcome::Done : Outcome::Refused;
}

}  // namespace

// Opens the protected records with the passphrase typed, and wipes it. A conversation asked for
// at start waits until now.
Outcome on(AppState& s, UiState& ui, const intent::Unlock&) {
    if (!s.store) return Outcome::Ignored;
    const session::SwitchReport rep = s.store->unlock(ui.passphrase);
    session::wipe(ui.passphrase);
    if (!rep.status.ok()) {
        s.unlockError = unlockProblemKey(rep.status.code);
        s.unlockDetail = renderSentence(rep.status.msg, s.language());
        return Outcome::Refused;
    }
    s.locked = false;
    s.unlockError.clear();
    s.unlockDetail.clear();
    refreshRecords(s);
    if (!rep.leftAlone.empty()) notify(s, Notice::Level::Warning, s.tr("notice.switch_left_alone"), leftAloneLines(s, rep));
    if (s.afterUnlock) {
        const StartIntent next = *s.afterUnlock;
        s.afterUnlock.reset();
        apply(s, ui, toIntent(next));
    }
    return Outcome::Done;
}

Outcome on(AppState& s, UiState& ui, const intent::SkipUnlock&) {
    session::wipe(ui.passphrase);
    s.unlockSkipped = true;
    return Outcome::Done;
}

Outcome on(AppState& s, UiState& ui, const intent::Protect&) { return protect(s, ui, true); }
Outcome on(AppState& s, UiState& ui, const intent::Unprotect&) { return protect(s, ui, false); }

Outcome on(AppState& s, UiState&, const intent::Hide&) {
    // Everything typed is already in the session (fields apply as they change); save it before
    // the screen goes blank.
    save(s);
    s.hidden = true;
    return Outcome::Done;
}

Outcome on(AppState& s, UiState&, const intent::Unhide&) {
    s.hidden = false;
    return Outcome::Done;
}

// Another records folder, typed on the "cannot save" screen: used when it works, and the waiting
// conversation starts; otherwise the screen says why not.
Outcome on(AppState& s, UiState& ui, const intent::UseFolder& in) {
    const std::string& typed = in.folder;
    if (!s.pendingStart || typed.find_first_not_of(" \t") == std::string::npos) return Outcome::Ignored;
    const std::filesystem::path dir = typed.substr(typed.find_first_not_of(" \t"));
    auto store = std::make_unique<session::Store>(dir);
    const Msg err = store->prepare();
    const WriteCheck c = checkWritable(dir);
    if (!err.empty() || !c.ok()) {
        s.pendingStart->folder = dir.string();
        s.pendingStart->reason = problemKey(c.ok() ? WriteCheck::Problem::Other : c.problem);
        s.pendingStart->detail = err.empty() ? c.detail : renderSentence(err, s.language());
        return Outcome::Refused;
    }
    s.store = std::move(store);
    s.dataDir = dir;
    refreshRecords(s);
    const StartIntent start = s.pendingStart->start;
    s.pendingStart.reset();
    return apply(s, ui, toIntent(start));
}

Outcome on(AppState& s, UiState&, const intent::StartUnsaved&) {
    if (!s.pendingStart) return Outcome::Ignored;
    const StartIntent start = s.pendingStart->start;
    s.pendingStart.reset();
    if (!s.pack.usable()) return Outcome::Ignored;
    if (const auto* open = std::get_if<intent::OpenTrack>(&start); open && s.pack.guide->track(open->track)) {
        begin(s, session::Session::start(s.pack.guide, open->track, s.language()), false);
        return Outcome::Done;
    }
    const auto* follow = std::get_if<intent::FollowUp>(&start);
    const auto r = follow ? findRecord(s, follow->record) : std::nullopt;
    if (!r) return Outcome::Ignored;
    begin(s, session::Session::followUp(s.pack.guide, *r, s.language()), false);
    return Outcome::Done;
}

Outcome on(AppState& s, UiState&, const intent::CancelStart&) {
    s.pendingStart.reset();
    return Outcome::Done;
}

}  // namespace hr::ui::control
