// Applies the views' intents: drives the session engine and saves the record after every change,
// so there is never an unsaved state.
#include <cstdlib>

#include "views.h"

namespace hr::ui {

namespace {

using session::Session;

void notify(AppState& s, Notice::Level level, const std::string& title, std::vector<std::string> lines = {}) {
    s.notice = Notice{level, title, std::move(lines)};
}

void save(AppState& s) {
    if (!s.session || !s.store) return;
    s.session->setTimes(s.session->record().created, session::nowIso());
    if (std::string err = s.store->save(s.session->record()); !err.empty())
        notify(s, Notice::Level::Error, s.tr("notice.save_failed"), {err});
}

std::string stepTitle(const AppState& s, const std::string& node) {
    const content::Node* n = s.pack.guide ? s.pack.guide->node(node) : nullptr;
    return n ? n->title.get(s.language, s.pack.guide->language) : node;
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

void begin(AppState& s, Session session) {
    const std::string now = session::nowIso();
    session.setRecordId(s.store ? s.store->newId(now, session.record().track) : "");
    session.setTimes(now, now);
    s.session = std::move(session);
    save(s);
}

}  // namespace

void refreshRecords(AppState& s) {
    if (s.store) s.records = s.store->list();
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
            if (!s.pack.usable() || !s.pack.guide->track(in.id)) return;
            begin(s, Session::start(s.pack.guide, in.id, s.language));
            s.notice.reset();
            break;
        case K::BackToStart:
            sess.reset();
            s.notice.reset();
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
        case K::AddAgreement:
            if (!sess) return;
            sess->addAgreement(in.agreement);
            save(s);
            break;
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
            s.notice.reset();
            reportDropped(s, resumed.problems, s.tr("notice.content_changed"));
            break;
        }
        case K::FollowUp: {
            const session::Record* r = findRecord(s, in.id);
            if (!r || !s.pack.usable()) return;
            begin(s, Session::followUp(s.pack.guide, *r, s.language));
            s.notice.reset();
            break;
        }
        case K::Export: {
            const session::Record* r = in.id.empty() ? (sess ? &sess->record() : nullptr) : findRecord(s, in.id);
            if (!r) return;
            const content::Guide* g = s.pack.guide && s.pack.guide->id == r->packId ? s.pack.guide.get() : nullptr;
            const std::string text = session::exportRecord(in.format, *r, g, s.tr, in.exportOptions);
            if (text.empty()) {
                notify(s, Notice::Level::Warning, s.tr("notice.no_next_date"));
                return;
            }
            std::error_code ec;
            std::filesystem::create_directories(s.exportDir, ec);
            const auto path = s.exportDir / (r->id + "." + session::extensionFor(in.format));
            if (std::string err = session::writePrivateFile(path, text); !err.empty()) {
                notify(s, Notice::Level::Error, s.tr("notice.export_failed"), {err});
                return;
            }
            ui.lastExport = path.string();
            notify(s, Notice::Level::Info, s.tr("notice.exported"), {path.string()});
            break;
        }
        case K::DeleteRecord:
            if (!s.store) return;
            if (std::string err = s.store->remove(in.id); !err.empty())
                notify(s, Notice::Level::Error, s.tr("notice.delete_failed"), {err});
            if (sess && sess->record().id == in.id) sess.reset();
            ui.confirmDelete.clear();
            refreshRecords(s);
            break;
        case K::ShowPage: s.openPage = in.id; break;
        case K::ClosePage: s.openPage.clear(); break;
        case K::DismissNotice: s.notice.reset(); break;
    }
}

}  // namespace hr::ui
