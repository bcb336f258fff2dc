// SPDX-License-Identifier: EUPL-1.2
// The records' intents: listing the folder, exporting a record and opening the export through the
// desktop, deleting one (and, when asked, the exports it made).
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <utility>
#include <cstdint>
#include <cstdio>

#include "controller_parts.h"
#include "session/export.h"
#include "util/private_file.h"

namespace hr::ui {

namespace control {

namespace {

// Remembers where a record was exported, in the record itself: deleting it can then offer to
// delete its exports too.
void noteExport(AppState& s, const std::string& id, const std::string& path) {
    if (s.session && s.session->record().id == id) {
        s.session->noteExport(path);
        save(s);
        return;
    }
    if (!s.store || s.writesNothing) return;
    auto r = findRecord(s, id);
    if (!r || std::find(r->exports.begin(), r->exports.end(), path) != r->exports.end()) return;
    r->exports.push_back(path);
    if (Msg err = s.store->save(*r); !err.empty()) {
        notify(s, Notice::Level::Error, s.tr("notice.save_failed"), {renderSentence(err, s.language())});
        return;
    }
    for (auto& e : s.records)
        if (e.summary && e.summary->id == id) e.summary->exports = r->exports;
}

// A new export folder is private: others cannot even list the file names in it.
void makeExportDir(const std::filesystem::path& dir) {
    std::error_code ec;
    if (!std::filesystem::exists(dir, ec)) createPrivateDirs(dir, ec);
}

// What became of the record's exports, and that follow-up records still hold its agreements.
std::vector<std::string> afterDelete(AppState& s, const std::string& id, const std::vector<std::string>& exports,
                                     bool withExports) {
    std::vector<std::string> lines;
    std::error_code ec;
    for (const auto& path : exports) {
        if (!withExports)
            lines.push_back(s.tr.format("notice.export_kept", {{"path", path}}));
        else if (std::filesystem::remove(path, ec))
            lines.push_back(s.tr.format("notice.export_deleted", {{"path", path}}));
        else
            lines.push_back(s.tr.format("notice.export_not_deleted", {{"path", path}, {"why", ec.message()}}));
    }
    for (const auto& e : s.records)
        if (e.summary && e.summary->followUpOf == id) lines.push_back(s.tr("notice.follow_up_kept"));
    return lines;
}

Outcome deleteRecord(AppState& s, const std::string& id, bool withExports) {
    if (!s.store) return Outcome::Ignored;
    // Not from under a window that has it open (that window would save it again).
    const auto file = s.store->pathFor(id);
    auto lock = session::RecordLock::acquire(file);
    if (!lock) {
        notify(s, Notice::Level::Error, s.tr("notice.delete_failed"), {s.tr("save.elsewhere_delete")});
        return Outcome::Refused;
    }
    std::error_code ec;
    std::filesystem::remove(session::RecordLock::fileFor(file), ec);  // its name is the record's
    std::vector<std::string> exports;  // those still there and still this record's own
    if (const auto r = findRecord(s, id)) exports = session::existingExports(*r);
    if (Msg err = s.store->remove(id); !err.empty()) {
        notify(s, Notice::Level::Error, s.tr("notice.delete_failed"), {renderSentence(err, s.language())});
        return Outcome::Refused;
    }
    notify(s, Notice::Level::Info, s.tr("notice.deleted"), afterDelete(s, id, exports, withExports));
    return Outcome::Done;
}

}  // namespace

Outcome on(AppState& s, UiState&, const intent::Export& in) {
    const std::optional<session::Record> listed = in.record.empty() ? std::nullopt : findRecord(s, in.record);
    const session::Record* r = in.record.empty() ? (s.session ? &s.session->record() : nullptr) : listed ? &*listed : nullptr;
    if (!r || s.writesNothing) return Outcome::Ignored;
    const content::Guide* g = s.pack.guide && s.pack.guide->id == r->packId ? s.pack.guide.get() : nullptr;
    const std::string text = session::exportRecord(in.format, *r, g, s.tr, in.options);
    if (text.empty()) {
        notify(s, Notice::Level::Warning, s.tr("notice.no_next_date"));
        return Outcome::Refused;
    }
    makeExportDir(s.exportDir);
    const auto path = session::exportPath(s.exportDir, *r, in.format, s.tr);
    // Only this record's own export of the same name is written over (a newer version of it);
    // the notice says so, and anyone else's file gets a numbered name instead (exportPath).
    std::error_code ec;
    const bool replaced = std::filesystem::exists(std::filesystem::symlink_status(path, ec));
    if (Msg err = writePrivateFile(path, text); !err.empty()) {
        notify(s, Notice::Level::Error, s.tr("notice.export_failed"), {renderSentence(err, s.language())});
        return Outcome::Refused;
    }
    const std::string id = r->id;
    s.lastExport = LastExport{id, path, in.format, replaced};
    // The summary says it beside its buttons (summary_view.cpp); an export from elsewhere in a notice.
    if (!in.record.empty())
        notify(s, Notice::Level::Info, s.tr(replaced ? "notice.export_replaced" : "notice.exported"), {path.string()});
    noteExport(s, id, path.string());
    return Outcome::Done;
}

namespace {

// Opening failed: why, and the path, with a button that copies it (to open it by hand).
void openFailed(AppState& s, const std::string& why, const std::string& path) {
    notify(s, Notice{Notice::Level::Error, s.tr("notice.open_failed"), {why, path}, "notice.copy_path",
                     intent::CopyText{path, "notice.path_copied"}});
}

std::string notStarted(const AppState& s, const std::string& program, int err) {
    if (err == ENOENT) return s.tr.format("notice.open_missing", {{"program", program}});
    return s.tr.format("notice.open_not_started", {{"program", program}, {"why", std::strerror(err)}});
}

// Starts `argv` (or, when it cannot start, `fallback`); how it ends is taken in by pollLaunches.
void launch(AppState& s, std::vector<std::string> argv, std::vector<std::string> fallback, const std::string& path) {
    const std::uint64_t id = s.nextLaunch++;
    int err = s.launcher.start(id, argv);
    if (err != 0 && !fallback.empty()) {
        argv = std::exchange(fallback, {});
        err = s.launcher.start(id, argv);
    }
    if (err != 0) return openFailed(s, notStarted(s, argv.front(), err), path);
    s.launches.push_back(Launch{id, argv.front(), path, std::move(fallback)});
}

// The file manager shows the file selected (org.freedesktop.FileManager1, over the session bus:
// local IPC); without one that answers, xdg-open shows the folder.
void showInFolder(AppState& s, const std::filesystem::path& path) {
    launch(s,
           {"dbus-send", "--session", "--print-reply", "--reply-timeout=5000", "--dest=org.freedesktop.FileManager1",
            "--type=method_call", "/org/freedesktop/FileManager1", "org.freedesktop.FileManager1.ShowItems",
            "array:string:" + fileUri(path), "string:"},
           {"xdg-open", path.parent_path().string()}, path.string());
}

}  // namespace

Outcome on(AppState& s, UiState& ui, const intent::OpenExport& in) {
    if (!s.lastExport) return Outcome::Ignored;
    if (in.way == intent::OpenExport::Way::Print && s.lastExport->format != session::ExportFormat::Html) {
        const bool open = s.session && s.session->record().id == s.lastExport->record;
        const Outcome made = on(s, ui, intent::Export{open ? "" : s.lastExport->record, session::ExportFormat::Html, in.options});
        if (made != Outcome::Done) return made;
    }
    const std::filesystem::path path = s.lastExport->path;
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) {
        openFailed(s, s.tr("notice.open_gone"), path.string());
        return Outcome::Refused;
    }
    if (in.way == intent::OpenExport::Way::Folder) {
        showInFolder(s, path);
        return Outcome::Done;
    }
    launch(s, {"xdg-open", path.string()}, {}, path.string());
    if (in.way == intent::OpenExport::Way::Print) notify(s, Notice::Level::Info, s.tr("notice.print_hint"), {path.string()});
    return Outcome::Done;
}

Outcome on(AppState& s, UiState& ui, const intent::DeleteRecord& in) {
    const Outcome done = deleteRecord(s, in.record, in.withExports);
    if (s.session && s.session->record().id == in.record) s.session.reset();
    ui.confirmDelete.clear();
    refreshRecords(s);
    return done;
}

}  // namespace control

void pollLaunches(AppState& s) {
    for (const Launcher::Ended& e : s.launcher.takeEnded()) {
        auto it = std::find_if(s.launches.begin(), s.launches.end(), [&](const Launch& l) { return l.id == e.id; });
        if (it == s.launches.end()) continue;
        Launch l = std::move(*it);
        s.launches.erase(it);
        if (e.status == 0) continue;
        if (!l.fallback.empty()) {
            control::launch(s, std::move(l.fallback), {}, l.path);
            continue;
        }
        control::openFailed(s, s.tr.format("notice.open_exit", {{"program", l.program}, {"code", std::to_string(e.status)}}), l.path);
    }
}

namespace {

// What the one-time check looks for: this guide's private steps. Records indexed under another
// guide, or before its private steps changed, are all read (and checked) once again.
std::string privateStepsKey(const content::Guide& g) {
    std::uint64_t h = 14695981039346656037ull;  // FNV-1a, over the ids each ended by a 0 byte
    auto mix = [&h](const std::string& text) {
        for (unsigned char c : text + '\0') h = (h ^ c) * 1099511628211ull;
    };
    mix(g.id);
    for (const auto& n : g.nodes)
        if (n.isPrivate) mix(n.id);
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(h));
    return std::string("private-steps ") + hex;
}

}  // namespace

void refreshRecords(AppState& s) {
    // A locked folder lists nothing: not even how many conversations it holds.
    if (s.locked) s.records.clear();
    if (!s.store || s.locked) return;
    session::Store::ListOptions o;
    o.writeIndex = !s.writesNothing;
    // A record written by an older version may still hold answers to private steps: rewritten
    // without them when it is read (the open conversation's own record is the session's to save).
    // Either way it is read again next time, so the index never vouches for such a file.
    if (s.pack.usable() && !s.writesNothing) {
        const content::Guide& guide = *s.pack.guide;
        o.checkKey = privateStepsKey(guide);
        o.check = [&s, &guide](session::Record& r) {
            if (r.packId != guide.id || !session::markPrivateSteps(r, guide)) return false;
            if (!(s.session && s.session->record().id == r.id))
                if (Msg err = s.store->save(r); !err.empty())
                    control::notify(s, Notice::Level::Error, s.tr("notice.save_failed"), {renderSentence(err, s.language())});
            return true;
        };
    }
    s.records = s.store->list(o);
    s.recordsPartial = s.partialDrawn = false;
}

namespace {
// A screenful of rows on the tallest screen at the smallest zoom, with some to spare.
constexpr std::size_t kFirstRows = 64;
}  // namespace

void listFirstRecords(AppState& s) {
    if (s.store && !s.locked)
        if (auto first = s.store->listFirst(kFirstRows)) {
            s.records = std::move(*first);
            s.recordsPartial = true;
            s.partialDrawn = false;
            return;
        }
    refreshRecords(s);
}

void completeRecords(AppState& s) {
    if (s.recordsPartial) refreshRecords(s);
}

}  // namespace hr::ui
