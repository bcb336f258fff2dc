// Path lengths: breadth-first search backwards from the ends for the shortest, a depth-first
// search with memo for the longest.
#include "session/path_lengths.h"

#include <deque>
#include <functional>
#include <set>

#include "content/validator.h"

namespace hr::session {

PathLengths::PathLengths(const content::Guide& g) {
    using content::Node;
    // Shortest: BFS over reversed edges from every end node.
    std::map<const Node*, std::vector<const Node*>> preds;
    for (const auto& n : g.nodes)
        for (const Node* s : content::successors(g, n)) preds[s].push_back(&n);
    std::map<const Node*, std::size_t> shortest;
    std::deque<const Node*> queue;
    for (const auto& n : g.nodes)
        if (n.kind == content::NodeKind::End) {
            shortest[&n] = 1;
            queue.push_back(&n);
        }
    while (!queue.empty()) {
        const Node* n = queue.front();
        queue.pop_front();
        for (const Node* p : preds[n])
            if (!shortest.count(p)) {
                shortest[p] = shortest[n] + 1;
                queue.push_back(p);
            }
    }
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
        r.min = shortest.count(&n) ? shortest[&n] : 1;
        r.max = std::max(r.min, visit(&n));
        ranges_[n.id] = r;
    }
}

PathLengths::Range PathLengths::fromNode(const std::string& id) const {
    auto it = ranges_.find(id);
    return it == ranges_.end() ? Range{1, 1} : it->second;
}

}  // namespace hr::session
