// Checks a loaded guide as a whole: unique ids, references, variables used in conditions,
// translations, and the shape of the graph (every node reachable, every path able to end).
#pragma once

#include <set>
#include <string>
#include <vector>

#include "content/model.h"
#include "util/diagnostics.h"

namespace hr::content {

void validate(const Guide& guide, Diagnostics& diags);

// The nodes a walk can go to from `node` (its next and its choices' next), ignoring conditions.
std::vector<const Node*> successors(const Guide& guide, const Node& node);

// The nodes a walk can reach from `starts` (themselves included), ignoring conditions.
std::set<const Node*> reachable(const Guide& guide, const std::vector<const Node*>& starts);

struct TrackStats {
    std::string id;
    int nodes = 0;  // reachable from the track's start
    int ends = 0;   // end nodes among them
};
std::vector<TrackStats> trackStats(const Guide& guide);

}  // namespace hr::content
