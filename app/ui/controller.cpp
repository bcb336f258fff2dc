// Applies the views' intents: drives the session engine and saves the record after every change,
// so there is never an unsaved state.
#include <cstdlib>

#include <fcntl.h>
#include <imgui.h>
#include <strings.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "markdown/links.h"
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
    return n ? n->title.get(s.language(), s.pack.guide->language) : node;
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

// Opens `url` with the desktop's handler (xdg-open). No shell: the URL is a single argument and
// cannot run anything. Forked twice, so the app neither waits for the browser nor leaves a zombie;
// a close-on-exec pipe tells whether xdg-open could be started. Returns "" or why it failed.
std::string openExternal(const std::string& url) {
    int fds[2];
    if (pipe2(fds, O_CLOEXEC) != 0) return std::strerror(errno);
    std::string program = "xdg-open", arg = url;  // argv is built before fork: the child only execs
    char* argv[] = {program.data(), arg.data(), nullptr};
    const pid_t child = fork();
    if (child < 0) {
        const int err = errno;
        close(fds[0]);
        close(fds[1]);
        return std::strerror(err);
    }
    if (child == 0) {
        const pid_t grandchild = fork();
        if (grandchild > 0) _exit(0);
        if (grandchild == 0) {
            setsid();
            // The browser gets none of the app's files or sockets (best effort: old kernels lack it).
            close_range(3, ~0U, CLOSE_RANGE_CLOEXEC);
            execvp(argv[0], argv);
        }
        const int err = errno;  // the second fork or exec failed
        if (write(fds[1], &err, sizeof err) < 0) _exit(126);
        _exit(127);
    }
    close(fds[1]);
    while (waitpid(child, nullptr, 0) < 0 && errno == EINTR) {
    }
    int err = 0;
    ssize_t n = 0;
    do n = read(fds[0], &err, sizeof err);
    while (n < 0 && errno == EINTR);
    close(fds[0]);
    return n == static_cast<ssize_t>(sizeof err) ? std::strerror(err) : "";
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
            begin(s, Session::start(s.pack.guide, in.id, s.language()));
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
            begin(s, Session::followUp(s.pack.guide, *r, s.language()));
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
            const auto path = session::exportPath(s.exportDir, *r, in.format, s.tr);
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
        case K::SetTheme:
        case K::SetZoom:
        case K::SetLanguage: {
            if (in.kind == K::SetTheme) s.settings.theme = static_cast<theme::ThemeId>(in.index);
            if (in.kind == K::SetZoom) s.settings.zoom = settings::clampZoom(static_cast<int>(in.index));
            if (in.kind == K::SetLanguage && (in.id == "nl" || in.id == "en") && in.id != s.language()) {
                s.settings.language = in.id;
                Diagnostics d;
                s.tr = i18n::Strings::load(s.uiDir, s.language(), d);
                if (d.hasErrors()) notify(s, Notice::Level::Error, d.items().front().message);
            }
            if (s.settingsPath)
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
