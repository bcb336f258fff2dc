// SPDX-License-Identifier: EUPL-1.2
// `check` and `info`: validating packs for the people who edit them.
#include "cli/commands.h"

#include "content/pack.h"
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
        std::fprintf(stderr, "handreiking: %s: no such folder\n", given.c_str());
        return false;
    }
    if (!fs::is_directory(given, ec)) {
        std::fprintf(stderr, "handreiking: %s: not a folder (a pack is a folder with guide.yaml)\n", given.c_str());
        return false;
    }
    out = {given, given};
    return true;
}

std::optional<fs::path> resolveDataDir(const std::string& given) {
    if (!given.empty()) return fs::path(given);
    auto dir = session::Store::defaultDir();
    if (!dir) std::fprintf(stderr, "handreiking: HOME is not set: name a folder for the records with --data-dir DIR\n");
    return dir;
}

void printDiagnostics(const Diagnostics& d, std::FILE* to) {
    for (const auto& item : d.items()) std::fprintf(to, "%s\n", formatDiagnostic(item).c_str());
}

bool knownTrack(const content::LoadedPack& pack, const std::string& track) {
    if (pack.guide->track(track)) return true;
    std::string known;
    for (const auto& t : pack.guide->tracks) known += (known.empty() ? "" : ", ") + t.id;
    std::fprintf(stderr, "handreiking: --track %s: no such track in this guide (tracks: %s)\n", track.c_str(), known.c_str());
    return false;
}

int runCheck(const std::vector<std::string>& dirs, bool werror) {
    std::vector<PackArg> packs;
    for (const auto& dir : dirs.empty() ? std::vector<std::string>{""} : dirs) {
        PackArg p;
        if (!resolvePack(dir, p)) return kExitCannotRun;
        packs.push_back(p);
    }
    int errors = 0, warnings = 0;
    for (const auto& p : packs) {
        const auto pack = content::loadAndValidate(p.dir, p.shown);
        printDiagnostics(pack.diags, stdout);
        errors += pack.diags.errorCount();
        warnings += pack.diags.warningCount();
    }
    std::fflush(stdout);
    if (errors + warnings > 0)
        std::fprintf(stderr, "%d error%s, %d warning%s%s\n", errors, errors == 1 ? "" : "s", warnings,
                     warnings == 1 ? "" : "s", werror && warnings > 0 ? " (warnings count as errors: --werror)" : "");
    return errors > 0 || (werror && warnings > 0) ? kExitContentErrors : kExitOk;
}

int runInfo(const std::string& dir) {
    PackArg p;
    if (!resolvePack(dir, p)) return kExitCannotRun;
    const auto pack = content::loadAndValidate(p.dir, p.shown);
    if (!pack.usable()) {
        printDiagnostics(pack.diags, stderr);
        return kExitContentErrors;
    }
    const auto& g = *pack.guide;
    for (const auto& t : content::trackStats(g)) std::printf("track %s nodes=%d ends=%d\n", t.id.c_str(), t.nodes, t.ends);
    std::printf("pack %s version=%s nodes=%zu agreements=%zu\n", g.id.c_str(), g.version.c_str(), g.nodes.size(),
                g.agreements.size());
    return kExitOk;
}

}  // namespace hr::cli
