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

PathLengths::Range PathLengths::fromNode(const std::string& id) const {
    auto it = ranges_.find(id);
    return it == ranges_.end() ? Range{1, 1} : it->second;
}

}  // namespace hr::session
