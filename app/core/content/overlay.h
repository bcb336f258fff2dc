// SPDX-License-Identifier: EUPL-1.2
// Overlay packs: a pack whose guide.yaml says `extends: BASE-ID` changes its base by id. Merging
// happens on the YAML trees, so every key keeps the file, line and column it was written at and
// the item reader reports problems where the editor wrote them.
#pragma once

#include <memory>
#include <set>
#include <string>
#include <vector>

#include "content/model.h"
#include "content/pack_files.h"

namespace hr::content {

// The base and its overlays, merged: what the item reader reads.
struct MergedTree {
    std::vector<std::unique_ptr<PackTree>> layers;  // base first, then each overlay in order
    const yaml::Node* meta = nullptr;
    std::map<std::string, std::vector<const yaml::Node*>> items;
    std::vector<Removal> removed;
    // A merged item -> where the base item it changes was written (for a note under its errors).
    std::map<const yaml::Node*, SourceLoc> changes;

    std::map<const yaml::Node*, std::size_t> origin;  // item -> the layer that added it
    std::vector<std::unique_ptr<yaml::Node>> arena;   // the merged mappings and lists
};

// Starts a merge from a whole guide.
MergedTree startMerge(std::unique_ptr<PackTree> base);

// Merges `overlay` on top of what `tree` holds. Its `extends` must name a layer already in the
// tree; items of layers outside its chain (a sibling overlay's) may not be changed.
void mergeOverlay(MergedTree& tree, std::unique_ptr<PackTree> overlay, Diagnostics& diags);

// Whether `version` lies in `range` ("1.2", ">=0.3 <1", "=1.0"); `error` is set when the range
// cannot be read.
bool versionInRange(const std::string& version, const std::string& range, Msg& error);

}  // namespace hr::content
