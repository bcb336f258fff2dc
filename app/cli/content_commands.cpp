// SPDX-License-Identifier: EUPL-1.2
// `check` and `info`: validating packs for the people who edit them.
#include "cli/commands.h"

#include "content/pack.h"
#include "session/record_io.h"
#include "session/reopen.h"
#include "util/file_io.h"
#include "settings/settings.h"
#include "session/store.h"
#include "util/paths.h"

namespace fs = std::filesystem;

namespace hr::cli {

bool resolvePack(const std::string& given, PackArg& out) {
    if (given.empty()) {
        auto bundled = bundledPack();
        if (!bundled) {
            std::fprintf(stderr,
                         "handreiking: the bundled guide is not next to the program or in its share folder; "
                         "name a pack with --content DIR\n");
            return false;
        }
        out = {*bundled, bundled->string()};
        return true;
    }
    std::error_code ec;
    if (!fs::exists(given, ec)) {
        std::fprintf(stderr, "handreiking: %s: no such folder\n", visibleText(given).c_str());
        return false;
    }
    if (!fs::is_directory(given, ec)) {
        std::fprintf(stderr, "handreiking: %s: not a folder (a pack is a folder with guide.yaml)\n",
                     visibleText(given).c_str());
        return false;
    }
    out = {given, given};
    return true;
}

bool loadContent(const std::vector<std::string>& dirs, content::LoadedPack& out, const content::ValidateOptions& options) {
    std::vector<content::PackSource> sources;
    if (dirs.empty()) {
        // An institution's IT may name the guide that opens (its own overlay) for every user.
        const auto system = settings::loadSystem();
        if (!system.notice.empty()) std::fprintf(stderr, "handreiking: %s\n", system.notice.c_str());
        if (!system.pack.empty()) {
            const auto found = content::findPack(system.pack, content::packSearchPath());
            if (!found) {
                std::fprintf(stderr,
                             "handreiking: %s names the guide '%s', but it is not installed in "
                             "$XDG_DATA_DIRS/handreiking/packs or $XDG_DATA_HOME/handreiking/packs; "
                             "install it or name a pack with --content DIR\n",
                             system.file.c_str(), system.pack.c_str());
                return false;
            }
            sources.push_back({*found, found->string()});
        }
    }
    for (const auto& dir : dirs.empty() && sources.empty() ? std::vector<std::string>{""} : dirs) {
        PackArg p;
        if (!resolvePack(dir, p)) return false;
        sources.push_back({p.dir, p.shown});
    }
    out = content::loadAndValidate(sources, content::packSearchPath(), options);
    return true;
}

std::optional<fs::path> resolveDataDir(const std::string& given) {
    if (!given.empty()) return fs::path(given);
    auto dir = session::Store::defaultDir();
    if (!dir) std::fprintf(stderr, "handreiking: HOME is not set: name a folder for the records with --data-dir DIR\n");
    return dir;
}

namespace {
std::string& currentLanguage() {
    static std::string lang = i18n::kDefaultLanguage;
    return lang;
}
}  // namespace

void setMessageLanguage(const std::string& lang) { currentLanguage() = lang; }

std::string checkSummary(int errors, int warnings, bool werror) {
    const Msg e(errors == 1 ? "check.one_error" : "check.errors", {{"n", errors}});
    const Msg w(warnings == 1 ? "check.one_warning" : "check.warnings", {{"n", warnings}});
    return render(Msg(werror && warnings > 0 ? "check.summary_werror" : "check.summary", {{"errors", e}, {"warnings", w}}),
                  messageLanguage());
}
const std::string& messageLanguage() { return currentLanguage(); }

void printDiagnostics(const Diagnostics& d, std::FILE* to) {
    for (const auto& item : d.items()) std::fprintf(to, "%s\n", formatDiagnostic(item, messageLanguage()).c_str());
}

bool knownTrack(const content::LoadedPack& pack, const std::string& track) {
    if (pack.guide->track(track)) return true;
    std::string known;
    for (const auto& t : pack.guide->tracks) known += (known.empty() ? "" : ", ") + t.id;
    std::fprintf(stderr, "handreiking: --track %s: no such track in this guide (tracks: %s)\n",
                 visibleText(track).c_str(), visibleText(known).c_str());
    return false;
}

namespace {

// `check --against RECORD...`: which saved conversations would lose answers on this guide. Each
// loss is a warning at the record (so --werror stops a roll-out); an unreadable record an error.
void checkRecords(const content::LoadedPack& pack, const std::vector<std::string>& records, int& errors,
                  int& warnings) {
    for (const auto& file : records) {
        Diagnostics d;
        std::string text, error;
        std::optional<session::Record> record;
        if (!readTextFile(file, kMaxTextFileBytes, text, error))
            d.error({file, 1, 1}, error);
        else
            record = session::readRecord(text, file, d);
        if (record && record->packId != pack.guide->id)
            d.error({file, 1, 1}, "the record belongs to the guide '" + visibleText(record->packId) + "', not to '" +
                                      pack.guide->id + "'");
        else if (record)
            for (const auto& p : session::reopen(pack.guide, *record).problems)
                d.warning({file, 1, 1}, "would lose an answer: " + p.reason);
        printDiagnostics(d, stdout);
        if (d.empty()) std::printf("%s: keeps every answer\n", file.c_str());
        errors += d.errorCount();
        warnings += d.warningCount();
    }
}

}  // namespace

int runCheck(const CheckArgs& a) {
    const auto& dirs = a.dirs;
    const auto& against = a.against;
    const bool werror = a.werror;
    // Each DIR on its own; without DIR, the --content folders as one stack.
    std::vector<std::vector<std::string>> stacks;
    for (const auto& dir : dirs) stacks.push_back({dir});
    if (dirs.empty()) stacks.push_back(a.content);
    if (!against.empty() && stacks.size() > 1) {
        std::fprintf(stderr, "handreiking: check --against takes one guide (give it as DIR or with --content)\n");
        return kExitCannotRun;
    }
    std::vector<content::LoadedPack> packs(stacks.size());
    for (std::size_t i = 0; i < stacks.size(); ++i)
        if (!loadContent(stacks[i], packs[i], content::ValidateOptions{a.verbose})) return kExitCannotRun;
    int errors = 0, warnings = 0;
    for (const auto& pack : packs) {
        printDiagnostics(pack.diags, stdout);
        errors += pack.diags.errorCount();
        warnings += pack.diags.warningCount();
    }
    if (!against.empty() && packs.front().usable()) checkRecords(packs.front(), against, errors, warnings);
    for (const auto& pack : packs) {
        if (!pack.guide) continue;
        if (a.readability)
            if (const int rc = reportReadability(*pack.guide); rc == kExitCannotRun) return rc;
        if (a.spelling) {
            const int rc = reportSpelling(*pack.guide, warnings);
            if (rc == kExitCannotRun) return rc;
            if (rc != kExitOk) ++errors;
        }
    }
    std::fflush(stdout);
    if (errors + warnings > 0)
        std::fprintf(stderr, "%s\n", checkSummary(errors, warnings, werror).c_str());
    return errors > 0 || (werror && warnings > 0) ? kExitContentErrors : kExitOk;
}

int runInfo(const std::vector<std::string>& contentDirs, bool coverage) {
    content::LoadedPack pack;
    if (!loadContent(contentDirs, pack)) return kExitCannotRun;
    if (!pack.usable()) {
        printDiagnostics(pack.diags, stderr);
        return kExitContentErrors;
    }
    const auto& g = *pack.guide;
    if (coverage) {
        printCoverage(g);
        return kExitOk;
    }
    for (const auto& t : content::trackStats(g))
        std::printf("track %s nodes=%d ends=%d\n", visibleText(t.id).c_str(), t.nodes, t.ends);
    std::printf("pack %s version=%s nodes=%zu agreements=%zu\n", visibleText(g.id).c_str(),
                visibleText(g.version).c_str(), g.nodes.size(), g.agreements.size());
    for (std::size_t i = 1; i < g.layers.size(); ++i)
        std::printf("overlay %s extends %s version=%s\n", visibleText(g.layers[i].id).c_str(),
                    visibleText(g.layers[i].extends).c_str(), visibleText(g.layers[i].version).c_str());
    return kExitOk;
}

}  // namespace hr::cli
