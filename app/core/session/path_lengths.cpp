// SPDX-License-Identifier: EUPL-1.2
// Path lengths: breadth-first search backwards from the ends (content/graph) for the shortest, a
// depth-first search with memo for the longest.
#include "session/path_lengths.h"

#include <algorithm>
#include <functional>
#include <set>

#include "content/graph.h"

namespace hr::session {

PathLengths::PathLengths(const content::Guide& g) {
    using content::Node;
    // Shortest: breadth-first backwards from every end node (an end counts itself: 1).
    std::vector<const Node*> ends;
    for (const auto& n : g.nodes)
        if (n.kind == content::NodeKind::End) ends.push_back(&n);
    const std::map<const Node*, std::size_t> toEnd = content::stepsTo(g, ends);
    // Longest: DFS; an edge to a node still on the stack (a loop) is skipped.
    std::map<const Node*, std::size_t> longest;
    std::set<const Node*> onStack;
    std::function<std::size_t(const Node*)> visit = [&](const Node* n) -> std::size_t {
        if (auto it = longest.find(n); it != longest.end()) return it->second;
        onStack.insert(n);
        std::size_t best = 0;
        for (const Node* s : content::successors(g, *n))
            if (!onStack.count(s)) best = std::max(best, visit(s));
        onStack.erase(n);
        return longest[n] = best + 1;
    };
    for (const auto& n : g.nodes) {
        Range r;
        const auto it = toEnd.find(&n);
        r.min = it != toEnd.end() ? it->second + 1 : 1;
        r.max = std::max(r.min, visit(&n));
        ranges_[n.id] = r;
    }
}

namespace {

enum class Holds { Yes, No, Open };

Holds holds(const content::When& when, const Variables& vars) {
    const Condition& c = when.condition;
    if (c.empty()) return Holds::Yes;
    for (const auto& use : c.names())
        if (!vars.count(use.name)) return Holds::Open;
    return c.eval(vars) ? Holds::Yes : Holds::No;
}

// Depth-first with a memo; an edge back to a node on the way (a loop) is not followed.
class StepsLeft {
public:
    StepsLeft(const content::Guide& g, const Variables& vars) : g_(g), vars_(vars) {}

    PathLengths::Range from(const content::Node* n) {
        if (!n) return {0, 0};
        if (auto it = memo_.find(n); it != memo_.end()) return it->second;
        if (onWay_.count(n)) return {kFar, 0};
        onWay_.insert(n);
        const PathLengths::Range r = visit(*n);
        onWay_.erase(n);
        return memo_[n] = r;
    }

private:
    static constexpr std::size_t kFar = static_cast<std::size_t>(-1) / 4;

    PathLengths::Range visit(const content::Node& n) {
        const Holds self = holds(n.when, vars_);
        if (n.kind == content::NodeKind::End) return {1, 1};
        PathLengths::Range next{kFar, 0};
        auto join = [&](const content::Node* s) {
            const PathLengths::Range r = from(s);
            next.min = std::min(next.min, r.min);
            next.max = std::max(next.max, r.max);
        };
        // A step that is passed by leads on to its next; so does one whose condition is open.
        if (self != Holds::Yes || n.kind != content::NodeKind::Choice) join(g_.node(n.next.id));
        if (self != Holds::No && n.kind == content::NodeKind::Choice)
            for (const auto& c : n.choices)
                if (holds(c.when, vars_) != Holds::No) join(g_.node(c.next.empty() ? n.next.id : c.next.id));
        if (next.min == kFar) next.min = next.max;
        const std::size_t counts = self == Holds::No ? 0 : 1, maybe = self == Holds::Open ? 0 : counts;
        return {maybe + next.min, counts + next.max};
    }

    const content::Guide& g_;
    const Variables& vars_;
    std::map<const content::Node*, PathLengths::Range> memo_;
    std::set<const content::Node*> onWay_;
};

}  // namespace

PathLengths::Range stepsLeft(const content::Guide& guide, const content::Node& from, const Variables& vars) {
    // The step the walk stands on counts, whatever its condition: it is on screen.
    content::Node here = from;
    here.when = {};
    StepsLeft walk(guide, vars);
    PathLengths::Range r = walk.from(&here);
    r.max = std::max(r.max, r.min);
    return r;
}

PathLengths::Range PathLengths::fromNode(const std::string& id) const {
    auto it = ranges_.find(id);
    return it == ranges_.end() ? Range{1, 1} : it->second;
}

}  // namespace hr::session
