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
            complain(Msg("cli.no_bundled"));
            return false;
        }
        out = {*bundled, bundled->string()};
        return true;
    }
    std::error_code ec;
    if (!fs::exists(given, ec)) {
        complain(Msg("cli.no_folder", {{"path", given}}));
        return false;
    }
    if (!fs::is_directory(given, ec)) {
        complain(Msg("cli.not_pack_folder", {{"path", given}}));
        return false;
    }
    out = {given, given};
    return true;
}

bool loadContent(const std::vector<std::string>& dirs, content::LoadedPack& out, const content::ValidateOptions& options,
                 const std::optional<yaml::TreeCache>& parseCache) {
    std::vector<content::PackSource> sources;
    if (dirs.empty()) {
        // An institution's IT may name the guide that opens (its own overlay) for every user.
        const auto system = settings::loadSystem(messageLanguage());
        if (!system.notice.empty()) std::fprintf(stderr, "handreiking: %s\n", system.notice.c_str());
        if (!system.pack.empty()) {
            const auto found = content::findPack(system.pack, content::packSearchPath());
            if (!found) {
                complain(Msg("cli.system_pack_missing", {{"file", system.file.string()}, {"id", system.pack}}));
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
    out = content::loadAndValidate(sources, content::packSearchPath(), options, parseCache);
    return true;
}

std::optional<fs::path> resolveDataDir(const std::string& given) {
    if (!given.empty()) return fs::path(given);
    auto dir = session::Store::defaultDir();
    if (!dir) complain(Msg("cli.no_home"));
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

std::string say(const Msg& m) { return visibleText(renderSentence(m, messageLanguage())); }

// After "handreiking: " the message goes on in lower case, as a program's messages do, and a
// message that starts with a path keeps it as it is.
void complain(const Msg& m) { std::fprintf(stderr, "handreiking: %s\n", visibleText(render(m, messageLanguage())).c_str()); }

void printDiagnostics(const Diagnostics& d, std::FILE* to) {
    for (const auto& item : d.items()) std::fprintf(to, "%s\n", formatDiagnostic(item, messageLanguage()).c_str());
}

bool knownTrack(const content::LoadedPack& pack, const std::string& track) {
    if (pack.guide->track(track)) return true;
    std::string known;
    for (const auto& t : pack.guide->tracks) known += (known.empty() ? "" : ", ") + t.id;
    complain(Msg("cli.no_track", {{"value", track}, {"known", known}}));
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
            d.error({file, 1, 1}, Msg("file.unreadable", {{"why", error}}));
        else
            record = session::readRecord(text, file, d);
        if (record && record->packId != pack.guide->id)
            d.error({file, 1, 1}, Msg("against.other_guide", {{"pack", record->packId}, {"guide", pack.guide->id}}));
        else if (record)
            for (const auto& p : session::reopen(pack.guide, *record).problems)
                d.warning({file, 1, 1}, Msg("against.loses", {{"reason", p.reason}}));
        printDiagnostics(d, stdout);
        if (d.empty()) std::printf("%s: %s\n", file.c_str(), say(Msg("against.keeps")).c_str());
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
        complain(Msg("cli.against_one"));
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
