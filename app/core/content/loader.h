// Loading a guide pack (a folder with guide.yaml and the files it includes) into the content
// model, reporting every problem with its file, line and column.
#pragma once

#include <filesystem>
#include <memory>
#include <string>

#include "content/model.h"
#include "yaml/yaml_tree.h"
#include "util/diagnostics.h"

namespace hr::content {

// The newest content format this build reads (`format:` in guide.yaml).
constexpr int kContentFormat = 1;

// Reads the pack in `dir`. Diagnostic paths start with `displayDir` (the folder as the user wrote
// it). Returns nullptr only when guide.yaml itself cannot be read; otherwise a model that may be
// incomplete where errors were reported. Does not check references or the graph: see validate().
[[nodiscard]] std::unique_ptr<Guide> loadPack(const std::filesystem::path& dir, const std::string& displayDir,
                                              Diagnostics& diags, const yaml::Limits& limits = {});

}  // namespace hr::content
