// `walk` and `export`: sessions without a window, for content editors, scripts and tests.
#include "cli/commands.h"
#include "content/pack.h"
#include "i18n/strings.h"
#include "session/autowalk.h"
#include "session/export.h"
#include "session/store.h"
#include "util/file_io.h"
#include "util/paths.h"
#include "util/private_file.h"
#include "util/timestamp.h"

namespace fs = std::filesystem;

namespace hr::cli {

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
        std::fprintf(stderr, "handreiking: %s is protected with a passphrase: give --passphrase-file FILE\n",
                     store.dir().c_str());
        return kExitCannotRun;
    }
    if (isProtected) return unlockStore(store, *a.passphrase);
    if (!a.encrypt) {
        std::fprintf(stderr, "handreiking: %s is not protected with a passphrase; add --encrypt to protect it\n",
                     store.dir().c_str());
        return kExitCannotRun;
    }
    const session::SwitchReport rep = store.enableEncryption(*a.passphrase);
    printLeftAlone(rep);
    if (!rep.status.ok()) std::fprintf(stderr, "handreiking: %s\n", rep.status.message.c_str());
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
            std::fprintf(stderr, "handreiking: --out %s: a record file ends in .yaml\n", a.out.c_str());
            return kExitCannotRun;
        }
        std::error_code ec;
        if (!fs::is_directory(dir, ec)) {
            std::fprintf(stderr, "handreiking: --out %s: no such folder %s\n", a.out.c_str(), dir.c_str());
            return kExitCannotRun;
        }
        if (fs::exists(fs::symlink_status(target, ec)) && !a.force) {
            std::fprintf(stderr, "handreiking: --out %s: the file exists; give --force to replace it\n", a.out.c_str());
            return kExitCannotRun;
        }
    } else {
        auto d = resolveDataDir(a.dataDir);
        if (!d) return kExitCannotRun;
        dir = *d;
    }
    session::Store store(dir);
    if (a.out.empty()) {
        if (std::string err = store.prepare(); !err.empty()) {
            std::fprintf(stderr, "handreiking: %s\n", err.c_str());
            return kExitCannotRun;
        }
    }
    if (int rc = openForSaving(store, a); rc != kExitOk) return rc;
    if (a.out.empty()) r.id = store.newId(r.created, r.track);
    if (std::string err = store.save(r); !err.empty()) {
        std::fprintf(stderr, "handreiking: %s\n", err.c_str());
        return kExitCannotRun;
    }
    savedTo = store.pathFor(r.id);
    return kExitOk;
}

}  // namespace

int checkResumable(const fs::path& dataDir, const std::string& id, const std::string* passphrase) {
    // An id is a file name in the records folder, never a path that could point elsewhere.
    if (id.empty() || id.find('/') != std::string::npos || id.front() == '.') {
        std::fprintf(stderr, "handreiking: --resume %s: not a record id (the file name without .yaml)\n", id.c_str());
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
        std::fprintf(stderr, "handreiking: --resume %s: no such record in %s\n", id.c_str(), dataDir.c_str());
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
    PackArg p;
    if (!resolvePack(a.content, p)) return kExitCannotRun;
    if (a.answers.empty() == !a.seed.has_value()) {
        std::fprintf(stderr, "handreiking: walk needs either --answers FILE or --random SEED\n");
        return kExitCannotRun;
    }
    const auto pack = content::loadAndValidate(p.dir, p.shown);
    if (!pack.usable()) {
        printDiagnostics(pack.diags, stderr);
        return kExitContentErrors;
    }
    if (!knownTrack(pack, a.track)) return kExitCannotRun;
    if (a.encrypt && !a.passphrase) {
        std::fprintf(stderr, "handreiking: --encrypt needs --passphrase-file FILE\n");
        return kExitCannotRun;
    }
    if (a.passphrase && !a.out.empty()) {
        std::fprintf(stderr, "handreiking: --out writes a plain file; a sealed record is saved in the data folder "
                             "(--data-dir) under a neutral name\n");
        return kExitCannotRun;
    }
    auto s = session::Session::start(pack.guide, a.track, a.language);
    const std::string now = nowIso();
    s.setTimes(now, now);
    if (a.seed) {
        if (std::string err = session::walkRandom(s, *a.seed); !err.empty()) {
            std::fprintf(stderr, "handreiking: random walk (seed %llu): %s\n", *a.seed, err.c_str());
            return kExitContentErrors;
        }
    } else {
        std::string text, error;
        if (!readTextFile(a.answers, kMaxTextFileBytes, text, error)) {
            std::fprintf(stderr, "handreiking: --answers %s: %s\n", a.answers.c_str(), error.c_str());
            return kExitCannotRun;
        }
        Diagnostics d;
        session::AnswersFile answers;
        const bool ok = session::AnswersFile::read(text, a.answers, answers, d) && session::walkWithAnswers(s, answers, d);
        printDiagnostics(d, stderr);
        if (!ok) return kExitContentErrors;
    }
    session::Record r = s.record();
    fs::path savedTo;
    if (int rc = saveRecord(r, a, savedTo); rc != kExitOk) return rc;
    std::printf("%s\n", savedTo.c_str());
    return kExitOk;
}

namespace {

// A sealed record opens with its folder's header and the passphrase. A plain one needs neither
// (and unlocking would seal a plain record left in a protected folder from under the export).
// Returns the exit code.
int openForExport(session::Store& store, const ExportArgs& a) {
    if (fs::path(a.record).extension() != session::Vault::kSealedExtension) return kExitOk;
    if (!store.protection().isProtected) {
        std::fprintf(stderr, "handreiking: %s: its folder has no %s header, so it cannot be opened\n",
                     a.record.c_str(), session::Vault::kHeaderFile);
        return kExitContentErrors;
    }
    if (a.passphrase) return unlockStore(store, *a.passphrase);
    std::fprintf(stderr, "handreiking: %s is sealed: give --passphrase-file FILE\n", a.record.c_str());
    return kExitCannotRun;
}

// An export never replaces the record it is made of, and replaces another file only when asked.
int checkOutput(const ExportArgs& a) {
    std::error_code ec;
    if (fs::equivalent(a.out, a.record, ec)) {
        std::fprintf(stderr, "handreiking: -o %s: that is the record itself; choose another file\n", a.out.c_str());
        return kExitCannotRun;
    }
    if (fs::exists(fs::symlink_status(a.out, ec)) && !a.force) {
        std::fprintf(stderr, "handreiking: -o %s: the file exists; give --force to replace it\n", a.out.c_str());
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
        std::fprintf(stderr, "handreiking: --format %s: choose md, html or ics\n", a.format.c_str());
        return kExitCannotRun;
    }
    std::error_code ec;
    if (!fs::is_regular_file(a.record, ec)) {
        std::fprintf(stderr, "handreiking: %s: no such record file\n", a.record.c_str());
        return kExitCannotRun;
    }
    session::Store store(fs::absolute(a.record).parent_path());
    if (int rc = openForExport(store, a); rc != kExitOk) return rc;
    Diagnostics d;
    auto record = store.load(a.record, d);
    printDiagnostics(d, stderr);
    if (!record) return kExitContentErrors;

    // Titles come from the guide the record was made with, when it is at hand.
    PackArg p;
    if (!resolvePack(a.content, p)) return kExitCannotRun;
    const auto pack = content::loadAndValidate(p.dir, p.shown);
    const content::Guide* guide = pack.usable() && pack.guide->id == record->packId ? pack.guide.get() : nullptr;
    if (!guide)
        std::fprintf(stderr, "handreiking: the guide '%s' is not at hand; the export uses ids for titles\n",
                     record->packId.c_str());

    session::ExportOptions options;
    options.includeNotes = a.includeNotes;
    options.includeAnswers = a.includeAnswers;
    options.includeTitle = a.includeTitle;
    const std::string text = session::exportRecord(format, *record, guide, uiStrings(record->language), options);
    if (text.empty()) {
        std::fprintf(stderr, "handreiking: %s has no date for a next conversation, so there is no calendar event\n",
                     a.record.c_str());
        return kExitContentErrors;
    }
    if (a.out.empty() || a.out == "-") {
        std::fwrite(text.data(), 1, text.size(), stdout);
        return kExitOk;
    }
    if (int rc = checkOutput(a); rc != kExitOk) return rc;
    if (std::string err = writePrivateFile(a.out, text); !err.empty()) {
        std::fprintf(stderr, "handreiking: %s\n", err.c_str());
        return kExitCannotRun;
    }
    return kExitOk;
}

}  // namespace hr::cli
