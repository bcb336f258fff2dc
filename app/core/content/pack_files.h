// SPDX-License-Identifier: EUPL-1.2
// A pack's files read and parsed (guide.yaml and everything it includes, with the safety checks a
// hand-edited folder needs), with its items gathered by kind but not yet read into the model: the
// stage at which an overlay is merged into its base.
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "util/diagnostics.h"
#include "yaml/yaml_cache.h"
#include "yaml/yaml_tree.h"

namespace hr::content {

// The newest content format this build reads (`format:` in guide.yaml).
constexpr int kContentFormat = 1;

// The lists of items with ids a pack holds, in the order they are read into the model.
inline const std::vector<std::string>& itemLists() {
    static const std::vector<std::string> lists = {"snippets", "roles", "tracks", "nodes", "agreements", "pages", "questions"};
    return lists;
}

struct PackTree {
    std::string displayDir;
    std::string dir;  // the folder itself (for files beside the YAML, such as woorden.txt)
    std::vector<std::unique_ptr<yaml::Document>> docs;  // keep every node below alive
    const yaml::Node* meta = nullptr;                    // guide.yaml's mapping
    std::map<std::string, std::vector<const yaml::Node*>> items;  // "nodes" -> item mappings, in file order

    // From guide.yaml, read here because stacking packs needs them before anything else.
    int format = 1;
    std::string id, version;
    std::string extends;  // the base's id; empty for a whole guide
    SourceLoc extendsLoc;
    std::string baseVersion;  // a range such as ">=0.3 <1"; empty for any
    SourceLoc baseVersionLoc;

    std::vector<std::string> files;  // display paths, guide.yaml first
    std::string hash;                // of every file's path and bytes

    bool isOverlay() const { return !extends.empty(); }
};

// Reads the pack in `dir`; diagnostic paths start with `displayDir`. Returns nullptr only when
// guide.yaml itself cannot be used.
// With `parseCache`, parsed trees are looked for and kept there (yaml_cache.h).
[[nodiscard]] std::unique_ptr<PackTree> readPackTree(const std::filesystem::path& dir, const std::string& displayDir,
                                                     Diagnostics& diags, const yaml::Limits& limits = {},
                                                     const std::optional<yaml::TreeCache>& parseCache = std::nullopt);

// The `id` and `extends` of the pack in `dir`, read quietly (for finding a base by id); empty
// strings when guide.yaml cannot be read.
struct PackHeader {
    std::string id, version, extends;
};
PackHeader peekPack(const std::filesystem::path& dir);

bool isItemId(const std::string& s);

}  // namespace hr::content
