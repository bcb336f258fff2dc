// SPDX-License-Identifier: EUPL-1.2
// Graph walks over the guide's nodes: breadth-first, forwards and backwards.
#include "content/graph.h"

#include <algorithm>
#include <deque>

namespace hr::content {

std::vector<const Node*> successors(const Guide& g, const Node& n) {
    std::vector<const Node*> out;
    auto add = [&](const Ref& r) {
        if (r.empty()) return;
        if (const Node* t = g.node(r.id); t && std::find(out.begin(), out.end(), t) == out.end()) out.push_back(t);
    };
    add(n.next);
    if (n.kind == NodeKind::Choice)
        for (const auto& c : n.choices) add(c.next);
    return out;
}

std::map<const Node*, std::vector<const Node*>> predecessors(const Guide& g) {
    std::map<const Node*, std::vector<const Node*>> preds;
    for (const auto& n : g.nodes)
        for (const Node* s : successors(g, n)) preds[s].push_back(&n);
    return preds;
}

std::map<const Node*, std::size_t> stepsTo(const Guide& g, const std::vector<const Node*>& targets) {
    const auto preds = predecessors(g);
    std::map<const Node*, std::size_t> steps;
    std::deque<const Node*> queue;
    for (const Node* t : targets)
        if (steps.emplace(t, 0).second) queue.push_back(t);
    while (!queue.empty()) {
        const Node* n = queue.front();
        queue.pop_front();
        const auto it = preds.find(n);
        if (it == preds.end()) continue;
        for (const Node* p : it->second)
            if (steps.emplace(p, steps[n] + 1).second) queue.push_back(p);
    }
    return steps;
}

std::set<const Node*> reachable(const Guide& g, const std::vector<const Node*>& starts, const Node* avoid) {
    std::set<const Node*> seen;
    std::deque<const Node*> queue;
    for (const Node* s : starts)
        if (s != avoid && seen.insert(s).second) queue.push_back(s);
    while (!queue.empty()) {
        const Node* n = queue.front();
        queue.pop_front();
        for (const Node* s : successors(g, *n))
            if (s != avoid && seen.insert(s).second) queue.push_back(s);
    }
    return seen;
}

std::vector<TrackStats> trackStats(const Guide& g) {
    std::vector<TrackStats> out;
    for (const auto& t : g.tracks) {
        TrackStats s;
        s.id = t.id;
        const Node* start = g.node(t.start.id);
        for (const Node* n : start ? reachable(g, {start}) : std::set<const Node*>{}) {
            ++s.nodes;
            if (n->kind == NodeKind::End) ++s.ends;
        }
        out.push_back(s);
    }
    return out;
}

}  // namespace hr::content
