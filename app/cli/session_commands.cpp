// `walk` and `export`: sessions without a window, for content editors, scripts and tests.
#include "cli/commands.h"
#include "content/pack.h"
#include "i18n/strings.h"
#include "session/autowalk.h"
#include "session/export.h"
#include "session/store.h"
#include "util/file_io.h"
#include "util/paths.h"

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

// Saves to `out` (a file path) or, when empty, as a new record in the data folder.
bool saveRecord(session::Record& r, const std::string& out, const std::string& dataDir, fs::path& savedTo) {
    fs::path dir;
    if (!out.empty()) {
        const fs::path target = fs::absolute(out);
        dir = target.parent_path();
        r.id = target.stem().string();
        if (target.extension() != ".yaml") {
            std::fprintf(stderr, "handreiking: --out %s: a record file ends in .yaml\n", out.c_str());
            return false;
        }
        std::error_code ec;
        if (!fs::is_directory(dir, ec)) {
            std::fprintf(stderr, "handreiking: --out %s: no such folder %s\n", out.c_str(), dir.c_str());
            return false;
        }
    } else {
        auto d = resolveDataDir(dataDir);
        if (!d) return false;
        dir = *d;
    }
    session::Store store(dir);
    if (out.empty()) {
        if (std::string err = store.prepare(); !err.empty()) {
            std::fprintf(stderr, "handreiking: %s\n", err.c_str());
            return false;
        }
        r.id = store.newId(r.created, r.track);
    }
    if (std::string err = store.save(r); !err.empty()) {
        std::fprintf(stderr, "handreiking: %s\n", err.c_str());
        return false;
    }
    savedTo = store.pathFor(r.id);
    return true;
}

}  // namespace

int checkResumable(const fs::path& dataDir, const std::string& id) {
    // An id is a file name in the records folder, never a path that could point elsewhere.
    if (id.empty() || id.find('/') != std::string::npos || id.front() == '.') {
        std::fprintf(stderr, "handreiking: --resume %s: not a record id (the file name without .yaml)\n", id.c_str());
        return kExitCannotRun;
    }
    const session::Store store(dataDir);
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
    auto s = session::Session::start(pack.guide, a.track, a.language);
    const std::string now = session::nowIso();
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
    if (!saveRecord(r, a.out, a.dataDir, savedTo)) return kExitCannotRun;
    std::printf("%s\n", savedTo.c_str());
    return kExitOk;
}

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
    Diagnostics d;
    session::Store store(fs::absolute(a.record).parent_path());
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
    if (std::string err = session::writePrivateFile(a.out, text); !err.empty()) {
        std::fprintf(stderr, "handreiking: %s\n", err.c_str());
        return kExitCannotRun;
    }
    return kExitOk;
}

}  // namespace hr::cli
