// SPDX-License-Identifier: EUPL-1.2
// The guide as a graph of nodes, conditions ignored: where a walk can go from a node, what leads
// into it, what it can reach and how far it lies from a set of nodes. The validator checks the
// graph's shape with it; the progress estimate (session/path_lengths) measures paths with it.
#pragma once

#include <cstddef>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "content/model.h"

namespace hr::content {

// The nodes a walk can go to from `node` (its next and its choices' next), ignoring conditions.
std::vector<const Node*> successors(const Guide& guide, const Node& node);

// For each node, the nodes whose successors include it (nodes nothing leads to are not in the map).
std::map<const Node*, std::vector<const Node*>> predecessors(const Guide& guide);

// Breadth-first search backwards from `targets`: every node from which a walk can reach one of
// them, with the fewest steps it takes (0 for a target itself).
std::map<const Node*, std::size_t> stepsTo(const Guide& guide, const std::vector<const Node*>& targets);

// The nodes a walk can reach from `starts` (themselves included), ignoring conditions; with
// `avoid`, never through (nor into) that node.
std::set<const Node*> reachable(const Guide& guide, const std::vector<const Node*>& starts,
                                const Node* avoid = nullptr);

struct TrackStats {
    std::string id;
    int nodes = 0;  // reachable from the track's start
    int ends = 0;   // end nodes among them
};
std::vector<TrackStats> trackStats(const Guide& guide);

}  // namespace hr::content
