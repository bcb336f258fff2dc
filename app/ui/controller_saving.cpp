// SPDX-License-Identifier: EUPL-1.2
// The controller's shared ground: notices, saving the open conversation after every change (so
// there is never an unsaved state; written on the record writer's thread, see record_writer.h),
// holding its record's lock, and checking that a new one can be
// saved before it starts. Also the dispatch of every intent to its handler.
#include <algorithm>
#include <type_traits>

#include "controller_parts.h"
#include "util/timestamp.h"
#include "util/write_check.h"

namespace hr::ui {

namespace control {

void notify(AppState& s, Notice notice) {
    constexpr std::size_t kMaxNotices = 4;  // beyond this the oldest goes: the screen stays usable
    auto& n = s.notices;
    n.erase(std::remove_if(n.begin(), n.end(), [&](const Notice& x) { return x.title == notice.title; }), n.end());
    if (n.size() >= kMaxNotices) n.erase(n.begin());
    n.push_back(std::move(notice));
}

void notify(AppState& s, Notice::Level level, const std::string& title, std::vector<std::string> lines) {
    notify(s, Notice{level, title, std::move(lines), {}, {}});
}

// A failure turns the top bar into a lasting warning with the reason in plain words, until a
// save succeeds again. Only what the writer reports as on disk is ever called saved.
void take(AppState& s, const session::RecordWriter::Outcome& o) {
    if (s.saving.state == Saving::State::Off) return;
    if (o.written()) {
        s.saving = Saving{};
        return;
    }
    if (o.changedElsewhere) {
        s.saving = Saving{Saving::State::Failed, "save.problem_changed", o.file.string()};
        notify(s, Notice::Level::Error, s.tr("notice.save_failed"), {s.tr(s.saving.reason), o.file.string()});
        return;
    }
    const std::string why = renderSentence(o.error, s.language());
    s.saving = Saving{Saving::State::Failed, problemKey(o.check.ok() ? WriteCheck::Problem::Other : o.check.problem), why};
    notify(s, Notice::Level::Error, s.tr("notice.save_failed"), {s.tr(s.saving.reason), why});
}

// The record goes to the writer's thread; the window draws on while it is written (the top bar
// says it is being saved), the headless tests wait for it.
void save(AppState& s) {
    s.beforeReload.reset();  // the conversation changed (or was saved whole): the walk on screen is the one
    if (!s.session || s.saving.state == Saving::State::Off) return;
    if (!s.store) {
        session::RecordWriter::Outcome none;
        none.error = Msg("store.no_folder");
        none.check = checkWritable(s.dataDir);
        take(s, none);
        return;
    }
    s.session->setTimes(s.session->record().created, nowIso());
    s.writer.submit(*s.store, s.session->record());
    s.saving.pending = true;
    if (!s.saveInBackground) ui::flushSaving(s);
}

// With the lock, this window saves; without it (another window has the record open) it runs
// read-only and says so.
void claim(AppState& s) {
    ui::flushSaving(s);  // the record open until now is on disk before its lock goes
    s.lock.reset();
    s.writer.expect({});
    if (!s.session || !s.store || s.saving.state == Saving::State::Off) return;
    const auto file = s.store->pathFor(s.session->record().id);
    s.lock = session::RecordLock::acquire(file);
    s.writer.expect(session::fileStamp(file));
    if (s.lock) return;
    s.saving = Saving{Saving::State::Off, "save.elsewhere", {}};
    notify(s, Notice::Level::Warning, s.tr("save.elsewhere"));
}

// If it cannot be saved, the conversation waits for the user to choose another folder or to go on
// without saving; nothing says "saved" in the meantime.
bool readyToSave(AppState& s, const StartIntent& start) {
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

void begin(AppState& s, session::Session session, bool saved) {
    const std::string now = nowIso();
    session.setRecordId(s.store ? s.store->newId(now, session.record().track) : "");
    session.setTimes(now, now);
    s.session = std::move(session);
    s.saving = saved && !s.writesNothing ? Saving{} : Saving{Saving::State::Off, {}, {}};
    claim(s);
    save(s);
}

std::optional<session::Record> findRecord(AppState& s, const std::string& id) {
    if (!s.store) return std::nullopt;
    for (const auto& e : s.records) {
        if (!e.summary || e.summary->id != id) continue;
        Diagnostics diags;
        auto r = s.store->load(e.path, diags);
        std::vector<std::string> lines;
        for (const auto& d : diags.items()) lines.push_back(formatDiagnostic(d, s.language()));
        if (!r) notify(s, Notice::Level::Error, s.tr("start.record_unreadable"), std::move(lines));
        return r;
    }
    return std::nullopt;
}

Intent toIntent(const StartIntent& start) {
    return std::visit([](const auto& x) { return Intent(x); }, start);
}

// Whether an intent must find the open record on disk first, and leave it on disk: it leaves the
// record (home, another record, quick hide), reads or writes the folder (list, export, delete,
// protection), or changes the store. Typing and walking on do not wait.
template <typename T>
constexpr bool waitsForSave() {
    using namespace intent;
    return std::is_same_v<T, OpenTrack> || std::is_same_v<T, BackToStart> || std::is_same_v<T, Resume> ||
           std::is_same_v<T, FollowUp> || std::is_same_v<T, Export> || std::is_same_v<T, DeleteRecord> ||
           std::is_same_v<T, Unlock> || std::is_same_v<T, SkipUnlock> || std::is_same_v<T, Protect> ||
           std::is_same_v<T, Unprotect> || std::is_same_v<T, Hide> || std::is_same_v<T, UseFolder> ||
           std::is_same_v<T, StartUnsaved> || std::is_same_v<T, CancelStart>;
}

}  // namespace control

void pollSaving(AppState& s) {
    session::RecordWriter::Progress p = s.writer.poll();
    for (const auto& o : p.finished) control::take(s, o);
    s.saving.pending = !p.idle;
}

void flushSaving(AppState& s) {
    s.writer.flush();
    pollSaving(s);
}

Outcome apply(AppState& s, UiState& ui, const Intent& in) {
    // An intent names records by id and may count on the list (a follow-up, a delete): never a
    // list of only the first screenful.
    if (!in.none()) completeRecords(s);
    return std::visit(
        [&](const auto& x) {
            if constexpr (!control::waitsForSave<std::decay_t<decltype(x)>>()) {
                return control::on(s, ui, x);
            } else {
                ui::flushSaving(s);
                const Outcome o = control::on(s, ui, x);
                ui::flushSaving(s);  // and what it saved itself (quick hide, the export noted in the record)
                return o;
            }
        },
        in.variant());
}

}  // namespace hr::ui
