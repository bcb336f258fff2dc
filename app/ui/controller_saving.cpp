// SPDX-License-Identifier: EUPL-1.2
// The controller's shared ground: notices, saving the open conversation after every change (so
// there is never an unsaved state), holding its record's lock, and checking that a new one can be
// saved before it starts. Also the dispatch of every intent to its handler.
#include <algorithm>

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
// save succeeds again.
void save(AppState& s) {
    s.beforeReload.reset();  // the conversation changed (or was saved whole): the walk on screen is the one
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

// With the lock, this window saves; without it (another window has the record open) it runs
// read-only and says so.
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

const session::Record* findRecord(const AppState& s, const std::string& id) {
    for (const auto& e : s.records)
        if (e.record && e.record->id == id) return &*e.record;
    return nullptr;
}

Intent toIntent(const StartIntent& start) {
    return std::visit([](const auto& x) { return Intent(x); }, start);
}

}  // namespace control

Outcome apply(AppState& s, UiState& ui, const Intent& in) {
    return std::visit([&](const auto& x) { return control::on(s, ui, x); }, in.variant());
}

}  // namespace hr::ui
