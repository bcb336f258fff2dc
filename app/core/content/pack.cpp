// SPDX-License-Identifier: EUPL-1.2
// Loading a stack of packs: finding an overlay's base by id, checking `extends` and
// `base-version`, merging, then validating the whole.
#include "content/pack.h"

#include <algorithm>
#include <cstdlib>
#include <set>
#include <sstream>

#include "util/paths.h"
#include "util/text_util.h"

namespace fs = std::filesystem;

namespace hr::content {

namespace {

// Every pack folder under the search path: a folder that is itself a pack (the bundled one),
// or a folder of packs.
std::vector<fs::path> packFolders(const std::vector<fs::path>& search) {
    std::vector<fs::path> out;
    for (const auto& dir : search) {
        std::error_code ec;
        if (fs::is_regular_file(dir / "guide.yaml", ec)) {
            out.push_back(dir);
            continue;
        }
        std::vector<fs::path> inside;
        for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
            if (fs::is_regular_file(it->path() / "guide.yaml", ec)) inside.push_back(it->path());
        std::sort(inside.begin(), inside.end());  // the same order on every machine
        out.insert(out.end(), inside.begin(), inside.end());
    }
    return out;
}

class Stacker {
public:
    Stacker(const std::vector<fs::path>& search, Diagnostics& d, std::vector<fs::path>& dirs,
            const std::optional<yaml::TreeCache>& parseCache)
        : search_(search), d_(d), dirs_(dirs), cache_(parseCache) {}

    // The layers for `given`, base first; empty when they cannot form a stack (errors reported).
    std::vector<std::unique_ptr<PackTree>> layers(const std::vector<PackSource>& given) {
        std::vector<std::unique_ptr<PackTree>> out;
        for (const auto& g : given) {
            dirs_.push_back(g.dir);
            auto t = readPackTree(g.dir, g.shown, d_, {}, cache_);
            if (!t) return {};
            if (out.empty()) {
                std::vector<std::unique_ptr<PackTree>> bases;
                if (!findBases(*t, bases)) return {};
                for (auto it = bases.rbegin(); it != bases.rend(); ++it) out.push_back(std::move(*it));
            } else if (!t->isOverlay()) {
                d_.error({t->displayDir + "/guide.yaml", 1, 1}, Msg("pack.not_overlay"));
                return {};
            } else if (!checkBase(*t, out)) {
                return {};
            }
            out.push_back(std::move(t));
        }
        return out;
    }

private:
    const std::vector<fs::path>& search_;
    Diagnostics& d_;
    std::vector<fs::path>& dirs_;
    const std::optional<yaml::TreeCache>& cache_;

    // The bases of an overlay given first, nearest first, each found by id.
    bool findBases(const PackTree& top, std::vector<std::unique_ptr<PackTree>>& bases) {
        std::vector<std::string> chain = {top.id};
        const PackTree* cur = &top;
        while (cur->isOverlay()) {
            if (std::find(chain.begin(), chain.end(), cur->extends) != chain.end()) {
                chain.push_back(cur->extends);
                std::string cycle;
                for (const auto& id : chain) cycle += (cycle.empty() ? "" : " -> ") + id;
                d_.error(cur->extendsLoc, Msg("pack.extends_cycle", {{"cycle", cycle}}));
                return false;
            }
            chain.push_back(cur->extends);
            auto base = find(*cur);
            if (!base) return false;
            if (!versionFits(*cur, *base)) return false;
            bases.push_back(std::move(base));
            cur = bases.back().get();
        }
        return true;
    }

    std::unique_ptr<PackTree> find(const PackTree& overlay) {
        std::vector<std::string> ids;
        for (const auto& dir : packFolders(search_)) {
            const PackHeader h = peekPack(dir);
            if (h.id.empty()) continue;
            ids.push_back(h.id);
            if (h.id != overlay.extends) continue;
            dirs_.push_back(dir);
            return readPackTree(dir, dir.string(), d_, {}, cache_);
        }
        std::string where;
        for (const auto& dir : search_) where += (where.empty() ? "" : ", ") + dir.string();
        const std::string guess = closestMatch(overlay.extends, ids);
        if (where.empty()) where = "$XDG_DATA_HOME/handreiking/packs";
        d_.error(overlay.extendsLoc, guess.empty() ? Msg("pack.no_base", {{"id", overlay.extends}, {"where", where}})
                                                   : Msg("pack.no_base_guess", {{"id", overlay.extends}, {"guess", guess}, {"where", where}}));
        return nullptr;
    }

    bool versionFits(const PackTree& overlay, const PackTree& base) {
        if (overlay.baseVersion.empty()) return true;
        Msg error;
        if (versionInRange(base.version, overlay.baseVersion, error)) return true;
        if (!error.empty())
            d_.error(overlay.baseVersionLoc, error);
        else
            d_.error(overlay.baseVersionLoc, Msg("pack.base_version", {{"base", overlay.extends}, {"range", overlay.baseVersion},
                                                                       {"version", base.version}}));
        d_.note({base.displayDir + "/guide.yaml", 1, 1}, Msg("pack.base_here", {{"id", base.id}, {"version", base.version}}));
        return false;
    }

    // A later overlay extends a layer already in the stack.
    bool checkBase(const PackTree& t, const std::vector<std::unique_ptr<PackTree>>& stack) {
        const auto it = std::find_if(stack.begin(), stack.end(), [&](const auto& l) { return l->id == t.extends; });
        if (it == stack.end()) {
            std::vector<std::string> ids;
            for (const auto& l : stack) ids.push_back(l->id);
            d_.error(t.extendsLoc, Msg("pack.base_not_before", {{"id", t.extends}, {"known", quotedList(ids)}}));
            return false;
        }
        for (const auto& l : stack)
            if (l->id == t.id) {
                d_.error({t.displayDir + "/guide.yaml", 1, 1}, Msg("pack.id_twice", {{"id", t.id}}));
                return false;
            }
        return versionFits(t, **it);
    }
};

}  // namespace

std::vector<fs::path> packSearchPath() {
    std::vector<fs::path> out;
    if (auto home = xdgDir("XDG_DATA_HOME", ".local/share")) out.push_back(*home / "handreiking" / "packs");
    const char* dirs = std::getenv("XDG_DATA_DIRS");
    std::istringstream list(dirs && *dirs ? dirs : "/usr/local/share:/usr/share");
    for (std::string d; std::getline(list, d, ':');)
        if (!d.empty() && fs::path(d).is_absolute()) out.push_back(fs::path(d) / "handreiking" / "packs");
    if (auto bundled = bundledPack()) out.push_back(*bundled);
    return out;
}

std::optional<fs::path> findPack(const std::string& id, const std::vector<fs::path>& search) {
    for (const auto& dir : packFolders(search))
        if (peekPack(dir).id == id) return dir;
    return std::nullopt;
}

LoadedPack loadAndValidate(const std::vector<PackSource>& given, const std::vector<fs::path>& search,
                           const ValidateOptions& options, const std::optional<yaml::TreeCache>& parseCache) {
    LoadedPack p;
    p.given = given;
    p.search = search;
    p.parseCache = parseCache;
    if (given.empty()) return p;
    p.displayDir = given.back().shown;
    auto layers = Stacker(search, p.diags, p.dirs, parseCache).layers(given);
    if (layers.empty()) {
        p.diags.finish();
        return p;
    }
    MergedTree tree = startMerge(std::move(layers.front()));
    for (std::size_t i = 1; i < layers.size(); ++i) mergeOverlay(tree, std::move(layers[i]), p.diags);
    auto guide = readGuide(tree, p.diags);
    if (guide) {
        validate(*guide, p.diags, options);
        p.guide = std::move(guide);
    }
    p.diags.finish();
    return p;
}

}  // namespace hr::content
