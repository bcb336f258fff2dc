// Applies the views' intents: drives the session engine and saves the record after every change,
// so there is never an unsaved state.
#include <imgui.h>
#include <strings.h>

#include <algorithm>

#include "desktop.h"
#include "session/vault.h"
#include "markdown/links.h"
#include "util/private_file.h"
#include "util/timestamp.h"
#include "util/write_check.h"
#include "views.h"

namespace hr::ui {

namespace {

using session::Session;

void notify(AppState& s, Notice::Level level, const std::string& title, std::vector<std::string> lines = {}) {
    constexpr std::size_t kMaxNotices = 4;  // beyond this the oldest goes: the screen stays usable
    auto& n = s.notices;
    n.erase(std::remove_if(n.begin(), n.end(), [&](const Notice& x) { return x.title == title; }), n.end());
    if (n.size() >= kMaxNotices) n.erase(n.begin());
    n.push_back(Notice{level, title, std::move(lines)});
}

void claim(AppState& s);

// Saves the open conversation, unless it runs unsaved by choice. A failure turns the top bar into
// a lasting warning with the reason in plain words, until a save succeeds again.
void save(AppState& s) {
    if (!s.session || s.saving.state == Saving::State::Off) return;
    std::string err = "no records folder";
    if (s.store) {
        const auto file = s.store->pathFor(s.session->record().id);
        // Written elsewhere since this window last saved it (by hand, or another program): kept.
        // (A file that is gone, or a folder that went, is for the save itself to report.)
        const std::string now = session::fileStamp(file);
        if (!s.savedStamp.empty() && !now.empty() && now != s.savedStamp) {
            s.saving = Saving{Saving::State::Failed, "save.problem_changed", file.string()};
            notify(s, Notice::Level::Error, s.tr("notice.save_failed"), {s.tr(s.saving.reason), file.string()});
            return;
        }
        s.session->setTimes(s.session->record().created, nowIso());
        err = s.store->save(s.session->record());
        if (err.empty()) s.savedStamp = session::fileStamp(file);
    }
    if (err.empty()) {
        s.saving = Saving{};
        return;
    }
    const WriteCheck c = checkWritable(s.store ? s.store->dir() : s.dataDir);
    s.saving = Saving{Saving::State::Failed, c.ok() ? problemKey(WriteCheck::Problem::Other) : problemKey(c.problem), err};
    notify(s, Notice::Level::Error, s.tr("notice.save_failed"), {s.tr(s.saving.reason), err});
}

// Whether a conversation started now can be saved. If not, it waits (pendingStart) for the user
// to choose another folder or to go on without saving; nothing says "saved" in the meantime.
bool readyToSave(AppState& s, const Intent& start) {
    if (s.writesNothing) {
        // A screenshot run creates nothing, so it asks the nearest folder that exists whether the
        // records folder could be made and written there: the picture shows what a real run would.
        std::filesystem::path probe = s.dataDir;
        std::error_code ec;
        while (!probe.empty() && probe != probe.root_path() && !std::filesystem::exists(probe, ec))
            probe = probe.parent_path();
        const WriteCheck c = checkWritable(probe.empty() ? std::filesystem::path(".") : probe);
        if (c.ok()) return true;
        s.pendingStart = PendingStart{start, s.dataDir.string(), problemKey(c.problem), c.detail};
        return false;
    }
    if (!s.store) {
        auto retry = std::make_unique<session::Store>(s.dataDir);
        if (retry->prepare().empty()) s.store = std::move(retry);
    }
    const WriteCheck c = checkWritable(s.store ? s.store->dir() : s.dataDir);
    if (s.store && c.ok() && !s.locked) return true;
    const std::string reason = s.locked && c.ok() ? "save.problem_locked"
                                                  : problemKey(c.ok() ? WriteCheck::Problem::Other : c.problem);
    s.pendingStart = PendingStart{start, s.dataDir.string(), reason, c.detail};
    return false;
}

// The interface string for why a protected folder did not open.
std::string unlockProblemKey(session::VaultStatus::Code code) {
    using C = session::VaultStatus::Code;
    switch (code) {
        case C::WrongPassphrase: return "unlock.wrong";
        case C::DamagedHeader: return "unlock.damaged";
        default: return "unlock.cannot";
    }
}

// Opens the protected records with the passphrase typed, and wipes it. A conversation asked for
// at start waits until now.
void unlock(AppState& s, UiState& ui) {
    if (!s.store) return;
    const session::SwitchReport rep = s.store->unlock(ui.passphrase);
    session::wipe(ui.passphrase);
    if (!rep.status.ok()) {
        s.unlockError = unlockProblemKey(rep.status.code);
        s.unlockDetail = rep.status.message;
        return;
    }
    s.locked = false;
    s.unlockError.clear();
    s.unlockDetail.clear();
    refreshRecords(s);
    if (!rep.leftAlone.empty()) notify(s, Notice::Level::Warning, s.tr("notice.switch_left_alone"), rep.leftAlone);
    if (s.afterUnlock) {
        const Intent next = *s.afterUnlock;
        s.afterUnlock.reset();
        apply(s, ui, next);
    }
}

// Turns protection on (the passphrase typed twice) or off; every record is rewritten, one by one.
void protect(AppState& s, UiState& ui, bool on) {
    if (!s.store) return;
    if (on && (ui.passphrase.empty() || ui.passphrase != ui.passphrase2)) {
        ui.protectError = ui.passphrase.empty() ? "protect.empty" : "protect.mismatch";
        session::wipe(ui.passphrase2);
        return;
    }
    const session::SwitchReport rep = on ? s.store->enableEncryption(ui.passphrase) : s.store->disableEncryption();
    session::wipe(ui.passphrase);
    session::wipe(ui.passphrase2);
    ui.protectDialog = false;
    ui.protectError.clear();
    std::vector<std::string> lines = rep.leftAlone;
    if (!rep.status.ok()) {
        lines.insert(lines.begin(), rep.status.message);
        notify(s, Notice::Level::Error, s.tr(on ? "notice.protect_failed" : "notice.unprotect_failed"), lines);
    } else {
        notify(s, Notice::Level::Info,
               s.tr.format(on ? "notice.protected" : "notice.unprotected", {{"n", std::to_string(rep.converted.size())}}),
               lines);
    }
    refreshRecords(s);
    claim(s);  // the record has another file now
    save(s);   // the open conversation, in the folder's new form
}

std::string stepTitle(const AppState& s, const std::string& node) {
    const content::Node* n = s.pack.guide ? s.pack.guide->node(node) : nullptr;
    return n ? s.pack.guide->text(n->title, s.language()) : node;
}

void reportDropped(AppState& s, const std::vector<session::Dropped>& dropped, const std::string& title) {
    if (dropped.empty()) return;
    std::vector<std::string> lines;
    for (const auto& d : dropped) {
        if (d.node.empty())
            lines.push_back(d.reason);
        else
            lines.push_back(stepTitle(s, d.node) + ": " +
                            s.tr(d.offPath ? "notice.dropped_off_path" : "notice.dropped_no_longer_fits"));
    }
    notify(s, Notice::Level::Warning, title, lines);
}

const session::Record* findRecord(const AppState& s, const std::string& id) {
    for (const auto& e : s.records)
        if (e.record && e.record->id == id) return &*e.record;
    return nullptr;
}

// Takes the open conversation's record for this window: with the lock, it saves; without it
// (another window has the record open) it runs read-only and says so.
void claim(AppState& s) {
    s.lock.reset();
    s.savedStamp.clear();
    if (!s.session || !s.store || s.saving.state == Saving::State::Off) return;
    const auto file = s.store->pathFor(s.session->record().id);
    s.lock = session::RecordLock::acquire(file);
    s.savedStamp = session::fileStamp(file);
    if (s.lock) return;
    s.saving = Saving{Saving::State::Off, "save.elsewhere", {}};
    notify(s, Notice::Level::Warning, s.tr("save.elsewhere"));
}

void begin(AppState& s, Session session, bool saved = true) {
    const std::string now = nowIso();
    session.setRecordId(s.store ? s.store->newId(now, session.record().track) : "");
    session.setTimes(now, now);
    s.session = std::move(session);
    s.saving = saved && !s.writesNothing ? Saving{} : Saving{Saving::State::Off, {}, {}};
    claim(s);
    save(s);
}

// Another records folder, typed on the "cannot save" screen: used when it works, and the waiting
// conversation starts; otherwise the screen says why not.
void useFolder(AppState& s, UiState& ui, const std::string& typed) {
    if (!s.pendingStart || typed.find_first_not_of(" \t") == std::string::npos) return;
    const std::filesystem::path dir = typed.substr(typed.find_first_not_of(" \t"));
    auto store = std::make_unique<session::Store>(dir);
    const std::string err = store->prepare();
    const WriteCheck c = checkWritable(dir);
    if (!err.empty() || !c.ok()) {
        s.pendingStart->folder = dir.string();
        s.pendingStart->reason = problemKey(c.ok() ? WriteCheck::Problem::Other : c.problem);
        s.pendingStart->detail = err.empty() ? c.detail : err;
        return;
    }
    s.store = std::move(store);
    s.dataDir = dir;
    refreshRecords(s);
    const Intent start = s.pendingStart->start;
    s.pendingStart.reset();
    apply(s, ui, start);
}

// Remembers where a record was exported, in the record itself: deleting it can then offer to
// delete its exports too.
void noteExport(AppState& s, const std::string& id, const std::string& path) {
    if (s.session && s.session->record().id == id) {
        s.session->noteExport(path);
        save(s);
        return;
    }
    if (!s.store || s.writesNothing) return;
    for (auto& e : s.records)
        if (e.record && e.record->id == id &&
            std::find(e.record->exports.begin(), e.record->exports.end(), path) == e.record->exports.end()) {
            e.record->exports.push_back(path);
            if (std::string err = s.store->save(*e.record); !err.empty())
                notify(s, Notice::Level::Error, s.tr("notice.save_failed"), {err});
        }
}

// Deletes a record and, when asked, the exports it made; says what else still holds its
// agreements (follow-up records copy them).
void deleteRecord(AppState& s, const std::string& id, bool withExports) {
    if (!s.store) return;
    // Not from under a window that has it open (that window would save it again).
    const auto file = s.store->pathFor(id);
    auto lock = session::RecordLock::acquire(file);
    if (!lock) {
        notify(s, Notice::Level::Error, s.tr("notice.delete_failed"), {s.tr("save.elsewhere_delete")});
        return;
    }
    std::error_code ec;
    std::filesystem::remove(session::RecordLock::fileFor(file), ec);  // its name is the record's
    std::vector<std::string> exports;  // those still there and still this record's own
    if (const session::Record* r = findRecord(s, id)) exports = session::existingExports(*r);
    if (std::string err = s.store->remove(id); !err.empty()) {
        notify(s, Notice::Level::Error, s.tr("notice.delete_failed"), {err});
        return;
    }
    std::vector<std::string> lines;
    for (const auto& path : exports) {
        if (!withExports)
            lines.push_back(s.tr.format("notice.export_kept", {{"path", path}}));
        else if (std::filesystem::remove(path, ec))
            lines.push_back(s.tr.format("notice.export_deleted", {{"path", path}}));
        else
            lines.push_back(s.tr.format("notice.export_not_deleted", {{"path", path}, {"why", ec.message()}}));
    }
    for (const auto& e : s.records)
        if (e.record && e.record->followUpOf == id) lines.push_back(s.tr("notice.follow_up_kept"));
    notify(s, Notice::Level::Info, s.tr("notice.deleted"), lines);
}

}  // namespace

void refreshRecords(AppState& s) {
    // A locked folder lists nothing: not even how many conversations it holds.
    if (s.store && !s.locked) s.records = s.store->list();
    if (s.locked) s.records.clear();
    // A record written by an older version may still hold answers to private steps: rewritten
    // at once without them (the open conversation's own record is the session's to save).
    if (!s.pack.usable() || !s.store || s.writesNothing) return;
    for (auto& e : s.records)
        if (e.record && e.record->packId == s.pack.guide->id && session::markPrivateSteps(*e.record, *s.pack.guide) &&
            !(s.session && s.session->record().id == e.record->id))
            if (std::string err = s.store->save(*e.record); !err.empty())
                notify(s, Notice::Level::Error, s.tr("notice.save_failed"), {err});
}

void apply(AppState& s, UiState& ui, const Intent& in) {
    using K = Intent::Kind;
    auto& sess = s.session;
    if (in.kind == K::OpenTrack || in.kind == K::BackToStart || in.kind == K::Resume || in.kind == K::FollowUp) {
        // Another conversation: the widgets start from its record.
        ui.stepKey.clear();
        ui.nextDateSynced = false;
        ui.editorOpen = false;
    }
    switch (in.kind) {
        case K::None: return;
        case K::OpenTrack:
            if (!s.pack.usable() || !s.pack.guide->track(in.id) || !readyToSave(s, in)) return;
            begin(s, Session::start(s.pack.guide, in.id, s.language()));
            s.notices.clear();
            break;
        case K::BackToStart:
            sess.reset();
            s.lock.reset();
            s.savedStamp.clear();
            s.notices.clear();
            refreshRecords(s);
            break;
        case K::Answer: {
            if (!sess) return;
            std::vector<session::Dropped> dropped;
            if (std::string err = sess->answer(in.answer, &dropped); !err.empty()) {
                notify(s, Notice::Level::Error, s.tr("notice.answer_refused"), {err});
                return;
            }
            reportDropped(s, dropped, s.tr("notice.dropped_title"));
            save(s);
            break;
        }
        case K::Review:
            if (!sess) return;
            if (std::string err = sess->review(in.outcome, in.text); !err.empty()) {
                notify(s, Notice::Level::Error, s.tr("notice.answer_refused"), {err});
                return;
            }
            save(s);
            break;
        case K::Back:
            if (sess && sess->canGoBack()) {
                sess->back();
                save(s);
            }
            break;
        case K::GoTo:
            if (sess && sess->goTo(in.index)) save(s);
            break;
        case K::AddAgreement: {
            if (!sess) return;
            const std::string id = sess->addAgreement(in.agreement);
            if (ui.editorOpen) {
                // The editor goes on updating the agreement it just added.
                ui.editing.id = id;
                if (ui.editSent) ui.editSent->id = id;
            }
            save(s);
            break;
        }
        case K::AddTemplate:
            if (!sess) return;
            sess->addFromTemplate(in.id);
            save(s);
            break;
        case K::UpdateAgreement:
            if (sess && sess->updateAgreement(in.agreement)) save(s);
            break;
        case K::RemoveAgreement:
            if (sess && sess->removeAgreement(in.id)) save(s);
            break;
        case K::SetNextDate:
            if (!sess) return;
            sess->setNextConversation(in.date);
            save(s);
            break;
        case K::SetNote:
            if (!sess) return;
            sess->setNote(in.id, in.text);
            save(s);
            break;
        case K::SetParticipants:
            if (!sess) return;
            sess->setParticipants(in.participants);
            save(s);
            break;
        case K::Resume: {
            const session::Record* r = findRecord(s, in.id);
            if (!r || !s.pack.usable()) return;
            if (r->packId != s.pack.guide->id) {
                notify(s, Notice::Level::Error, s.tr("notice.other_guide"), {r->packId});
                return;
            }
            auto resumed = Session::resume(s.pack.guide, *r);
            s.session = std::move(resumed.session);
            s.saving = s.writesNothing ? Saving{Saving::State::Off, {}, {}} : Saving{};
            s.notices.clear();
            claim(s);
            reportDropped(s, resumed.problems, s.tr("notice.content_changed"));
            break;
        }
        case K::FollowUp: {
            const session::Record* r = findRecord(s, in.id);
            if (!r || !s.pack.usable() || !readyToSave(s, in)) return;
            begin(s, Session::followUp(s.pack.guide, *r, s.language()));
            s.notices.clear();
            break;
        }
        case K::UseFolder: useFolder(s, ui, in.text); break;
        case K::StartUnsaved: {
            if (!s.pendingStart) return;
            const Intent start = s.pendingStart->start;
            s.pendingStart.reset();
            const session::Record* r = start.kind == K::FollowUp ? findRecord(s, start.id) : nullptr;
            if (start.kind == K::OpenTrack && s.pack.usable() && s.pack.guide->track(start.id))
                begin(s, Session::start(s.pack.guide, start.id, s.language()), false);
            else if (r && s.pack.usable())
                begin(s, Session::followUp(s.pack.guide, *r, s.language()), false);
            break;
        }
        case K::CancelStart: s.pendingStart.reset(); break;
        case K::Unlock: unlock(s, ui); break;
        case K::SkipUnlock:
            session::wipe(ui.passphrase);
            s.unlockSkipped = true;
            break;
        case K::Protect: protect(s, ui, true); break;
        case K::Unprotect: protect(s, ui, false); break;
        case K::Hide:
            // Everything typed is already in the session (fields apply as they change); save it
            // before the screen goes blank.
            save(s);
            s.hidden = true;
            break;
        case K::Unhide: s.hidden = false; break;
        case K::Export: {
            const session::Record* r = in.id.empty() ? (sess ? &sess->record() : nullptr) : findRecord(s, in.id);
            if (!r) return;
            const content::Guide* g = s.pack.guide && s.pack.guide->id == r->packId ? s.pack.guide.get() : nullptr;
            if (s.writesNothing) return;
            const std::string text = session::exportRecord(in.format, *r, g, s.tr, in.exportOptions);
            if (text.empty()) {
                notify(s, Notice::Level::Warning, s.tr("notice.no_next_date"));
                return;
            }
            std::error_code ec;
            // A new export folder is private: others cannot even list the file names in it.
            if (!std::filesystem::exists(s.exportDir, ec) && std::filesystem::create_directories(s.exportDir, ec))
                std::filesystem::permissions(s.exportDir, std::filesystem::perms::owner_all,
                                             std::filesystem::perm_options::replace, ec);
            const auto path = session::exportPath(s.exportDir, *r, in.format, s.tr);
            if (std::string err = writePrivateFile(path, text); !err.empty()) {
                notify(s, Notice::Level::Error, s.tr("notice.export_failed"), {err});
                return;
            }
            ui.lastExport = path.string();
            const std::string id = r->id;
            notify(s, Notice::Level::Info, s.tr("notice.exported"), {path.string()});
            noteExport(s, id, path.string());
            break;
        }
        case K::DeleteRecord:
            deleteRecord(s, in.id, in.index == 1);
            if (sess && sess->record().id == in.id) sess.reset();
            ui.confirmDelete.clear();
            refreshRecords(s);
            break;
        case K::ShowPage: s.openPage = in.id; break;
        case K::ClosePage: s.openPage.clear(); break;
        case K::DismissNotice:
            if (in.index < s.notices.size()) s.notices.erase(s.notices.begin() + static_cast<long>(in.index));
            break;
        case K::SetTheme:
        case K::SetZoom:
        case K::SetLanguage: {
            if (in.kind == K::SetTheme) s.settings.theme = static_cast<theme::ThemeId>(in.index);
            if (in.kind == K::SetZoom) s.settings.zoom = settings::clampZoom(static_cast<int>(in.index));
            if (in.kind == K::SetLanguage && i18n::isLanguage(in.id) && in.id != s.language()) {
                s.settings.language = in.id;
                Diagnostics d;
                s.tr = i18n::Strings::load(s.uiDir, s.language(), d);
                if (d.hasErrors()) notify(s, Notice::Level::Error, d.items().front().message);
            }
            if (s.settingsPath && !s.writesNothing)
                if (std::string err = settings::save(*s.settingsPath, s.settings); !err.empty())
                    notify(s, Notice::Level::Error, s.tr("notice.settings_failed"), {err});
            break;
        }
        case K::OpenLink:
            // Only the targets content may use; tel: numbers are copied instead (CopyText).
            if (!markdown::isAllowedLinkTarget(in.text) || strncasecmp(in.text.c_str(), "tel:", 4) == 0) return;
            if (std::string err = openExternal(in.text); !err.empty())
                notify(s, Notice::Level::Error, s.tr("notice.link_failed"), {in.text, err});
            break;
        case K::CopyText:
            ImGui::SetClipboardText(in.text.c_str());
            notify(s, Notice::Level::Info, s.tr("notice.number_copied"), {in.text});
            break;
    }
}

}  // namespace hr::ui
