// SPDX-License-Identifier: EUPL-1.2
// Loading a guide pack (a folder with guide.yaml and the files it includes), or a base with its
// overlays merged, into the content model, reporting every problem with its file, line and column.
#pragma once

#include <filesystem>
#include <memory>
#include <string>

#include "content/model.h"
#include "content/overlay.h"
#include "yaml/yaml_tree.h"
#include "util/diagnostics.h"

namespace hr::content {

// Reads the pack in `dir`. Diagnostic paths start with `displayDir` (the folder as the user wrote
// it). Returns nullptr only when guide.yaml itself cannot be read; otherwise a model that may be
// incomplete where errors were reported. Does not check references or the graph: see validate().
[[nodiscard]] std::unique_ptr<Guide> loadPack(const std::filesystem::path& dir, const std::string& displayDir,
                                              Diagnostics& diags, const yaml::Limits& limits = {});

// Reads the items of a base with its overlays merged (see overlay.h) into one guide.
[[nodiscard]] std::unique_ptr<Guide> readGuide(const MergedTree& tree, Diagnostics& diags);

}  // namespace hr::content
