// SPDX-License-Identifier: EUPL-1.2
// A pack loaded and validated in one step: what the CLI and the window both start from. A pack
// may be a stack: a whole guide and the overlays that change it, found by id where not given.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "content/loader.h"
#include "content/validator.h"
#include "yaml/yaml_cache.h"

namespace hr::content {

struct PackSource {
    std::filesystem::path dir;
    std::string shown;  // as the user wrote it, for messages
};

struct LoadedPack {
    std::string displayDir;               // the (last) folder as the user named it
    std::shared_ptr<const Guide> guide;   // nullptr when guide.yaml could not be read
    Diagnostics diags;
    // How it was loaded, so that it can be loaded again the same way (live reload), and every
    // folder that was read for it (the ones given and the bases found by id).
    std::vector<PackSource> given;
    std::vector<std::filesystem::path> search;
    std::vector<std::filesystem::path> dirs;
    // Where its files' parsed trees are kept between starts (yaml_cache.h), if anywhere.
    std::optional<yaml::TreeCache> parseCache;

    // A guide can be walked only when it loaded without errors (references and graph are sound).
    bool usable() const { return guide && !diags.hasErrors(); }
};

// Where an overlay's base is looked for by id, after the folders given before it:
// $XDG_DATA_HOME/handreiking/packs, each $XDG_DATA_DIRS/handreiking/packs (each holding one
// folder per pack), then the bundled pack.
std::vector<std::filesystem::path> packSearchPath();

// The folder of the pack with `id` in `search` (see packSearchPath), or nullopt.
std::optional<std::filesystem::path> findPack(const std::string& id, const std::vector<std::filesystem::path>& search);

// Loads `given` in order: the first a whole guide or an overlay (whose base is then found by id
// in `search`), each later one an overlay of what comes before it.
// With `parseCache`, each file's parsed tree is looked for there and kept there (the window's start;
// `check` parses every file afresh, as an editor expects of it).
[[nodiscard]] LoadedPack loadAndValidate(const std::vector<PackSource>& given,
                                         const std::vector<std::filesystem::path>& search,
                                         const ValidateOptions& options = {},
                                         const std::optional<yaml::TreeCache>& parseCache = std::nullopt);

[[nodiscard]] inline LoadedPack loadAndValidate(const std::filesystem::path& dir, const std::string& displayDir) {
    return loadAndValidate({{dir, displayDir}}, packSearchPath());
}

}  // namespace hr::content
