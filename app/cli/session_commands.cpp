// SPDX-License-Identifier: EUPL-1.2
// `walk` and `export`: sessions without a window, for content editors, scripts and tests.
#include "cli/commands.h"

#include <unistd.h>

#include <iostream>

#include "cli/text_walk.h"
#include "content/pack.h"
#include "i18n/strings.h"
#include "session/autowalk.h"
#include "session/export.h"
#include "session/reopen.h"
#include "session/store.h"
#include "util/file_io.h"
#include "util/paths.h"
#include "util/write_check.h"
#include "util/private_file.h"
#include "util/timestamp.h"

namespace fs = std::filesystem;

namespace hr::cli {

std::string shownArg(const std::string& s) {
    if (!s.empty() && s.find_first_of(" \t'\"\\$`!*?;&|<>()[]{}~#") == std::string::npos) return s;
    std::string out = "'";
    for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

namespace {

i18n::Strings uiStrings(const std::string& lang) {
    Diagnostics d;
    auto res = resourceDir();
    auto s = i18n::Strings::load(res ? *res / "content" / "ui" : fs::path("content/ui"), lang, d);
    printDiagnostics(d, stderr);
    return s;
}

// Unlocks the data folder for a save, or protects it first with `--encrypt`. Returns the exit code.
int openForSaving(session::Store& store, const WalkArgs& a) {
    const bool isProtected = store.protection().isProtected;
    if (!a.passphrase) {
        if (!isProtected) return kExitOk;
        complain(Msg("cli.folder_protected", {{"dir", store.dir().string()}}));
        return kExitCannotRun;
    }
    if (isProtected) return unlockStore(store, *a.passphrase);
    if (!a.encrypt) {
        complain(Msg("cli.folder_not_protected", {{"dir", store.dir().string()}}));
        return kExitCannotRun;
    }
    const session::SwitchReport rep = store.enableEncryption(*a.passphrase);
    printLeftAlone(rep);
    if (!rep.status.ok()) complain(rep.status.msg);
    return exitFor(rep.status);
}

// Saves to `out` (a file path) or, when empty, as a new record in the data folder. Returns the exit code.
int saveRecord(session::Record& r, const WalkArgs& a, fs::path& savedTo) {
    fs::path dir;
    if (!a.out.empty()) {
        const fs::path target = fs::absolute(a.out);
        dir = target.parent_path();
        r.id = target.stem().string();
        if (target.extension() != ".yaml") {
            complain(Msg("cli.out_yaml", {{"value", a.out}}));
            return kExitCannotRun;
        }
        std::error_code ec;
        if (!fs::is_directory(dir, ec)) {
            const std::vector<MsgArg> args = {{"value", a.out}, {"dir", dir.string()}};
            complain(fs::exists(dir, ec) ? Msg("cli.out_not_folder", args) : Msg("cli.out_no_folder", args));
            return kExitCannotRun;
        }
        if (fs::exists(fs::symlink_status(target, ec)) && !a.force) {
            complain(Msg("cli.out_exists", {{"option", "--out"}, {"value", a.out}}));
            return kExitCannotRun;
        }
    } else {
        auto d = resolveDataDir(a.dataDir);
        if (!d) return kExitCannotRun;
        dir = *d;
    }
    session::Store store(dir);
    if (a.out.empty()) {
        if (Msg err = store.prepare(); !err.empty()) {
            complain(err);
            return kExitCannotRun;
        }
    }
    if (int rc = openForSaving(store, a); rc != kExitOk) return rc;
    if (a.out.empty()) r.id = store.newId(r.created, r.track);
    if (Msg err = store.save(r); !err.empty()) {
        complain(err);
        return kExitCannotRun;
    }
    savedTo = store.pathFor(r.id);
    return kExitOk;
}


// Which way of walking was asked for, and whether its options fit together. Returns the exit code.
int checkWalkModes(const WalkArgs& a) {
    const int sources = int{!a.answers.empty()} + int{a.seed.has_value()} + int{a.interactive};
    if (sources == 0) {
        complain(Msg("cli.walk_needs_source"));
        return kExitCannotRun;
    }
    if (sources > 1) {
        complain(Msg("cli.walk_one_source"));
        return kExitCannotRun;
    }
    const int starts = int{!a.track.empty()} + int{!a.resume.empty()} + int{!a.followUp.empty()};
    if (starts != 1) {
        complain(Msg("cli.walk_one_start"));
        return kExitCannotRun;
    }
    if (!a.interactive && a.track.empty()) {
        complain(Msg("cli.walk_resume_terminal"));
        return kExitCannotRun;
    }
    if (a.interactive && !a.out.empty()) {
        complain(Msg("cli.walk_out_terminal"));
        return kExitCannotRun;
    }
    if (a.interactive && !a.next.empty()) {
        complain(Msg("cli.walk_next_terminal"));
        return kExitCannotRun;
    }
    if (!a.next.empty() && !session::Date::parseTyped(a.next)) {
        complain(Msg("cli.next_date", {{"value", a.next}}));
        return kExitCannotRun;
    }
    return kExitOk;
}

// The options a later command needs to find the same guide, folder and passphrase.
std::string sameFolderOptions(const WalkArgs& a) {
    std::string out;
    for (const auto& dir : a.content) out += " --content " + shownArg(dir);
    if (!a.dataDir.empty()) out += " --data-dir " + shownArg(a.dataDir);
    if (!a.passphraseFile.empty()) out += " --passphrase-file " + shownArg(a.passphraseFile);
    return out;
}

// Reads the record `id` for --resume or --follow-up. Prints why not and returns nothing when it
// cannot (`rc` says with which exit code).
std::optional<session::Record> readRecord(const session::Store& store, const std::string& option, const std::string& id,
                                          int& rc) {
    rc = kExitCannotRun;
    if (id.empty() || id.find('/') != std::string::npos || id.front() == '.') {
        complain(Msg("cli.not_record_id", {{"option", option}, {"value", id}}));
        return std::nullopt;
    }
    std::error_code ec;
    if (!fs::is_regular_file(store.pathFor(id), ec)) {
        complain(Msg("cli.no_record", {{"option", option}, {"value", id}, {"dir", store.dir().string()}}));
        return std::nullopt;
    }
    Diagnostics d;
    auto r = store.loadById(id, d);
    printDiagnostics(d, stderr);
    if (!r) rc = kExitContentErrors;
    return r;
}

}  // namespace

int checkResumable(const fs::path& dataDir, const std::string& id, const std::string* passphrase) {
    // An id is a file name in the records folder, never a path that could point elsewhere.
    if (id.empty() || id.find('/') != std::string::npos || id.front() == '.') {
        complain(Msg("cli.not_record_id", {{"option", "--resume"}, {"value", id}}));
        return kExitCannotRun;
    }
    session::Store store(dataDir);
    if (store.protection().isProtected) {
        if (!passphrase) return kExitOk;  // the window asks for the passphrase first
        if (int rc = unlockStore(store, *passphrase); rc != kExitOk) return rc;
    }
    const fs::path file = store.pathFor(id);
    std::error_code ec;
    if (!fs::is_regular_file(file, ec)) {
        complain(Msg("cli.no_record", {{"option", "--resume"}, {"value", id}, {"dir", dataDir.string()}}));
        return kExitCannotRun;
    }
    Diagnostics d;
    if (!store.load(file, d)) {
        printDiagnostics(d, stderr);
        return kExitContentErrors;
    }
    return kExitOk;
}

int runWalk(const WalkArgs& a) {
    content::LoadedPack pack;
    if (!loadContent(a.content, pack)) return kExitCannotRun;
    if (int rc = checkWalkModes(a); rc != kExitOk) return rc;
    if (!pack.usable()) {
        printDiagnostics(pack.diags, stderr);
        return kExitContentErrors;
    }
    if (!a.track.empty() && !knownTrack(pack, a.track)) return kExitCannotRun;
    if (a.encrypt && !a.passphrase) {
        complain(Msg("cli.encrypt_needs_passphrase"));
        return kExitCannotRun;
    }
    if (a.interactive) return walkInTerminal(a, pack);
    if (a.passphrase && !a.out.empty()) {
        complain(Msg("cli.out_plain"));
        return kExitCannotRun;
    }
    auto s = session::Session::start(pack.guide, a.track, a.language);
    const std::string now = nowIso();
    s.setTimes(now, now);
    if (a.seed) {
        if (std::string err = session::walkRandom(s, *a.seed); !err.empty()) {
            complain(Msg("cli.random_walk", {{"seed", std::to_string(*a.seed)}, {"why", err}}));
            return kExitContentErrors;
        }
    } else {
        std::string text, error;
        if (!readTextFile(a.answers, kMaxTextFileBytes, text, error)) {
            complain(Msg("cli.answers_unreadable", {{"value", a.answers}, {"why", error}}));
            return kExitCannotRun;
        }
        Diagnostics d;
        session::AnswersFile answers;
        const bool ok = session::AnswersFile::read(text, a.answers, answers, d) && session::walkWithAnswers(s, answers, d);
        printDiagnostics(d, stderr);
        if (!ok) return kExitContentErrors;
    }
    if (!a.next.empty()) s.setNextConversation(session::Date::parseTyped(a.next));
    session::Record r = s.record();
    fs::path savedTo;
    if (int rc = saveRecord(r, a, savedTo); rc != kExitOk) return rc;
    std::printf("%s\n", savedTo.c_str());
    return kExitOk;
}

namespace {

// Why a record has no follow-up: its track is walked alone, or the guide's follow-up does not fit it.
void refuseFollowUp(const session::Record& rec, const content::Guide& guide, const std::string& language) {
    const content::Track* t = guide.track(rec.track);
    const Msg why(t->alone ? "walk.follow_up_alone" : "walk.follow_up_unfit",
                  {{"record", visibleText(rec.id)}, {"track", visibleText(guide.text(t->title, language))}});
    std::fprintf(stderr, "handreiking: %s\n", render(why, messageLanguage()).c_str());
}

// The session a terminal walk starts with: a new one, a reopened record, or a follow-up of one.
// Prints why not and returns nothing when it cannot.
std::optional<session::Session> startSession(const WalkArgs& a, const content::LoadedPack& pack,
                                             const session::Store& store, std::vector<session::Dropped>& problems,
                                             bool& heldPrivate, int& rc) {
    if (!a.track.empty()) return session::Session::start(pack.guide, a.track, a.language);
    const bool resume = !a.resume.empty();
    auto rec = readRecord(store, resume ? "--resume" : "--follow-up", resume ? a.resume : a.followUp, rc);
    if (!rec) return std::nullopt;
    if (rec->packId != pack.guide->id) {
        complain(Msg("cli.record_other_guide", {{"id", rec->id}, {"pack", rec->packId}, {"guide", pack.guide->id}}));
        rc = kExitContentErrors;
        return std::nullopt;
    }
    if (!resume && !session::Session::hasFollowUp(*pack.guide, rec->track)) {
        refuseFollowUp(*rec, *pack.guide, a.language);
        rc = kExitCannotRun;
        return std::nullopt;
    }
    if (!resume) return session::Session::followUp(pack.guide, *rec, a.language);
    auto reopened = session::reopen(pack.guide, std::move(*rec));
    problems = std::move(reopened.problems);
    heldPrivate = reopened.heldPrivate;
    return std::move(reopened.session);
}

}  // namespace

int walkInTerminal(const WalkArgs& a, const content::LoadedPack& pack) {
    auto dir = resolveDataDir(a.dataDir);
    if (!dir) return kExitCannotRun;
    session::Store store(*dir);
    // A folder that cannot be written does not stop the conversation: it goes on unsaved, and
    // says so at the start and at the stop, as the window does.
    const Msg prepared = store.prepare();
    const WriteCheck writable = checkWritable(*dir);
    if (store.protection().isProtected || a.passphrase)
        if (int rc = openForSaving(store, a); rc != kExitOk) return rc;
    std::vector<session::Dropped> problems;
    bool heldPrivate = false;
    int rc = kExitOk;
    auto s = startSession(a, pack, store, problems, heldPrivate, rc);
    if (!s) return rc;
    TextSaving saving;
    if (prepared.empty() && writable.ok()) {
        saving.store = &store;
    } else {
        saving.reasonKey = problemKey(writable.ok() ? WriteCheck::Problem::Other : writable.problem);
        saving.detail = prepared.empty() ? writable.detail : renderSentence(prepared, a.language);
    }
    saving.fresh = a.resume.empty();
    saving.saveAtOnce = heldPrivate;
    saving.resumeCommand = "handreiking walk --resume {id}" + sameFolderOptions(a);
    saving.exportCommand = "handreiking export {path} --format html" +
                           (a.passphraseFile.empty() ? "" : " --passphrase-file " + shownArg(a.passphraseFile));
    const i18n::Strings tr = uiStrings(a.language);
    TextWalk walk(std::move(*s), std::move(saving), tr, std::cin, std::cout, isatty(STDIN_FILENO) == 1);
    return walk.run(problems);
}

namespace {

// A sealed record opens with its folder's header and the passphrase. A plain one needs neither
// (and unlocking would seal a plain record left in a protected folder from under the export).
// Returns the exit code.
int openForExport(session::Store& store, const ExportArgs& a) {
    if (fs::path(a.record).extension() != session::Vault::kSealedExtension) return kExitOk;
    if (!store.protection().isProtected) {
        complain(Msg("cli.sealed_no_header", {{"path", a.record}, {"header", session::Vault::kHeaderFile}}));
        return kExitContentErrors;
    }
    if (a.passphrase) return unlockStore(store, *a.passphrase);
    complain(Msg("cli.sealed_needs_passphrase", {{"path", a.record}}));
    return kExitCannotRun;
}

// An export never replaces the record it is made of, and replaces another file only when asked.
int checkOutput(const ExportArgs& a) {
    std::error_code ec;
    if (fs::equivalent(a.out, a.record, ec)) {
        complain(Msg("cli.out_is_record", {{"value", a.out}}));
        return kExitCannotRun;
    }
    if (fs::exists(fs::symlink_status(a.out, ec)) && !a.force) {
        complain(Msg("cli.out_exists", {{"option", "-o"}, {"value", a.out}}));
        return kExitCannotRun;
    }
    return kExitOk;
}

}  // namespace

int runExport(const ExportArgs& a) {
    session::ExportFormat format;
    if (a.format == "md" || a.format == "markdown")
        format = session::ExportFormat::Markdown;
    else if (a.format == "html")
        format = session::ExportFormat::Html;
    else if (a.format == "ics")
        format = session::ExportFormat::Ics;
    else {
        complain(Msg("cli.export_format", {{"value", a.format}}));
        return kExitCannotRun;
    }
    if (a.includeAgreementDates && format != session::ExportFormat::Ics) {
        complain(Msg("cli.agreement_dates_ics"));
        return kExitCannotRun;
    }
    std::error_code ec;
    if (!fs::is_regular_file(a.record, ec)) {
        complain(Msg("cli.no_record_file", {{"path", a.record}}));
        return kExitCannotRun;
    }
    session::Store store(fs::absolute(a.record).parent_path());
    if (int rc = openForExport(store, a); rc != kExitOk) return rc;
    Diagnostics d;
    auto record = store.load(a.record, d);
    printDiagnostics(d, stderr);
    if (!record) return kExitContentErrors;

    // Titles come from the guide the record was made with, when it is at hand.
    content::LoadedPack pack;
    if (!loadContent(a.content, pack)) return kExitCannotRun;
    const content::Guide* guide = pack.usable() && pack.guide->id == record->packId ? pack.guide.get() : nullptr;
    if (!guide)
        complain(Msg("cli.export_no_guide", {{"id", record->packId}}));

    session::ExportOptions options;
    options.includeNotes = a.includeNotes;
    options.includeAnswers = a.includeAnswers;
    options.includeTitle = a.includeTitle;
    options.includeAgreementDates = a.includeAgreementDates;
    const std::string text = session::exportRecord(format, *record, guide, uiStrings(record->language), options);
    if (text.empty()) {
        complain(a.includeAgreementDates ? Msg("cli.ics_no_dates", {{"path", a.record}}) : Msg("cli.ics_no_next", {{"path", a.record}}));
        return kExitContentErrors;
    }
    if (a.out.empty() || a.out == "-") {
        std::fwrite(text.data(), 1, text.size(), stdout);
        return kExitOk;
    }
    if (int rc = checkOutput(a); rc != kExitOk) return rc;
    if (Msg err = writePrivateFile(a.out, text); !err.empty()) {
        complain(err);
        return kExitCannotRun;
    }
    return kExitOk;
}

}  // namespace hr::cli
