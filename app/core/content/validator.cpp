// SPDX-License-Identifier: EUPL-1.2
// Whole-guide validation. The loader has checked each item on its own; this checks how they fit.
#include "content/validator.h"

#include <algorithm>
#include <functional>
#include <map>
#include <set>

#include "util/text_util.h"

namespace hr::content {

namespace {

template <typename T>
void duplicates(const std::vector<T>& items, const std::string& what, Diagnostics& d) {
    std::map<std::string, const T*> seen;
    for (const auto& item : items) {
        if (item.id.empty()) continue;
        auto [it, inserted] = seen.emplace(item.id, &item);
        if (!inserted) {
            d.error(item.loc, Msg("id.duplicate", {{"what", itemKind(what)}, {"id", item.id}}));
            d.note(it->second->loc, Msg("id.first_defined", {{"id", item.id}}));
        }
    }
}

template <typename T>
std::vector<std::string> idsOf(const std::vector<T>& items) {
    std::vector<std::string> ids;
    for (const auto& i : items) ids.push_back(i.id);
    return ids;
}

void unknown(const Guide& g, const Ref& r, const std::string& what, const std::vector<std::string>& known,
             Diagnostics& d) {
    for (const auto& gone : g.removed)
        if (gone.kind == what && gone.id == r.id) {
            d.error(r.loc, Msg("ref.removed", {{"what", itemKind(what)}, {"id", r.id}}));
            d.note(gone.loc, Msg("ref.removed_here", {{"id", r.id}}));
            return;
        }
    // The target may have been in a file that could not be read: that one error says it all.
    if (d.mayBeFollowOn(r.id)) return;
    const std::string guess = closestMatch(r.id, known);
    d.error(r.loc, guess.empty() ? Msg("ref.unknown", {{"what", itemKind(what)}, {"id", r.id}})
                                 : Msg("ref.unknown_guess", {{"what", itemKind(what)}, {"id", r.id}, {"guess", guess}}));
}

void forEachText(const Guide& g, const std::function<void(const Text&)>& f) {
    f(g.title);
    f(g.description);
    for (const auto& r : g.roles) f(r.title);
    for (const auto& t : g.tracks) {
        f(t.audience);
        f(t.title);
        f(t.description);
        for (const Text* w : {&t.exportWords.title, &t.exportWords.topics, &t.exportWords.agreements, &t.exportWords.next}) f(*w);
    }
    for (const auto& n : g.nodes) {
        f(n.title);
        f(n.text);
        for (const auto& c : n.choices) f(c.label);
        for (const auto& s : n.statements) f(s.text);
        for (const auto& [point, label] : n.scale.labels) f(label);
    }
    for (const auto& a : g.agreements) f(a.text);
    for (const auto& s : g.snippets) f(s.text);
    for (const auto& p : g.pages) {
        f(p.title);
        f(p.text);
    }
    for (const auto& q : g.questions) f(q.title);
}

void forEachWhen(const Guide& g, const std::function<void(const When&)>& f) {
    for (const auto& n : g.nodes) {
        f(n.when);
        for (const auto& c : n.choices) f(c.when);
    }
    for (const auto& a : g.agreements) f(a.when);
}

// A record keeps the ids of ordinary steps. An ordinary step that only one answer to a private
// choice leads to would tell, by its id in a saved record, that this answer was given (say, a
// forgotten end of the safety route). The branch that holds the most of the guide is taken for the
// ordinary way on, so that the rest of a conversation after "it is safe now" is not flagged.
void warnRevealingSteps(const Guide& g, Diagnostics& d) {
    std::set<std::pair<const Node*, const Node*>> warned;  // a node shared by tracks is told once
    for (const auto& t : g.tracks) {
        const Node* start = g.node(t.start.id);
        if (!start) continue;
        const std::set<const Node*> inTrack = reachable(g, {start});
        for (const auto& p : g.nodes) {
            if (!p.isPrivate || p.kind != NodeKind::Choice || !inTrack.count(&p)) continue;
            const std::set<const Node*> around = reachable(g, {start}, &p);
            std::vector<std::set<const Node*>> branches;
            for (const auto& c : p.choices)
                if (const Node* n = g.node(c.next.empty() ? p.next.id : c.next.id))
                    branches.push_back(reachable(g, {n}, &p));
            if (branches.size() < 2) continue;
            const auto main = std::max_element(branches.begin(), branches.end(),
                                               [](const auto& a, const auto& b) { return a.size() < b.size(); });
            for (const auto& n : g.nodes) {
                if (n.isPrivate || around.count(&n) || main->count(&n)) continue;
                const auto leads =
                    std::count_if(branches.begin(), branches.end(), [&](const auto& r) { return r.count(&n) > 0; });
                if (leads != 1 || !warned.insert({&p, &n}).second) continue;
                d.warning(n.loc, Msg("private.reveals", {{"id", n.id}, {"private", p.id}}));
                d.note(p.loc, Msg("private.here", {{"private", p.id}}));
            }
        }
    }
}

}  // namespace

namespace {

// Every reference by id points at an item that exists.
void checkReferences(const Guide& g, Diagnostics& d) {
    const auto nodeIds = idsOf(g.nodes), agreementIds = idsOf(g.agreements), roleIds = idsOf(g.roles);
    auto checkNode = [&](const Ref& r) {
        if (!r.empty() && !g.node(r.id)) unknown(g, r, "node", nodeIds, d);
    };
    for (const auto& t : g.tracks) checkNode(t.start);
    checkNode(g.safety);
    if (!g.followUp.empty() && !g.track(g.followUp.id)) unknown(g, g.followUp, "track", idsOf(g.tracks), d);
    for (const auto& n : g.nodes) {
        checkNode(n.next);
        for (const auto& c : n.choices) checkNode(c.next);
        for (const auto& s : n.suggest)
            if (!s.empty() && !g.agreement(s.id)) unknown(g, s, "agreement", agreementIds, d);
        if (n.kind == NodeKind::Choice && n.next.empty() && !n.choices.empty() &&
            std::all_of(n.choices.begin(), n.choices.end(), [](const Choice& c) { return !c.when.condition.empty(); }))
            d.warning(n.loc, Msg("choice.all_conditional", {{"id", n.id}}));
    }
    for (const auto& a : g.agreements)
        if (!a.owner.empty() && !g.role(a.owner.id)) unknown(g, a.owner, "role", roleIds, d);
    for (const auto& t : g.tracks)
        for (const auto& r : t.roles)
            if (!r.empty() && !g.role(r.id)) unknown(g, r, "role", roleIds, d);
}

// Texts without a version in a declared language: each one, or one line per file and language
// at the first of them, with the count.
void checkTranslations(const Guide& g, Diagnostics& d, bool each) {
    std::map<std::pair<std::string, std::string>, std::pair<SourceLoc, int>> missing;  // (file, lang)
    std::vector<std::pair<std::string, std::string>> order;
    forEachText(g, [&](const Text& t) {
        if (t.empty()) return;
        for (const auto& lang : g.languages) {
            if (t.byLang.count(lang)) continue;
            if (each) {
                d.warning(t.loc, Msg("translation.missing", {{"lang", lang}}));
                continue;
            }
            auto [it, isNew] = missing.emplace(std::make_pair(t.loc.file, lang), std::make_pair(t.loc, 0));
            if (isNew) order.push_back(it->first);
            ++it->second.second;
        }
    });
    for (const auto& key : order) {
        const auto& [loc, n] = missing.at(key);
        d.warning(loc, n == 1 ? Msg("translation.missing", {{"lang", key.second}})
                              : Msg("translation.missing_more", {{"lang", key.second}, {"more", n - 1}}));
    }
}

// Variables: set by choices ('set') and by scale statements (the statement id); every one a
// condition uses must be set somewhere.
void checkVariables(const Guide& g, Diagnostics& d) {
    std::set<std::string> setVars;
    for (const auto& n : g.nodes) {
        for (const auto& c : n.choices)
            for (const auto& s : c.sets) setVars.insert(s.variable);
        for (const auto& s : n.statements) setVars.insert(s.id);
    }
    const std::vector<std::string> varList(setVars.begin(), setVars.end());
    forEachWhen(g, [&](const When& w) {
        for (const auto& [name, loc] : w.names) {
            if (setVars.count(name) || d.mayBeFollowOn(name)) continue;
            const std::string guess = closestMatch(name, varList);
            d.error(loc, guess.empty() ? Msg("var.never_set", {{"name", name}})
                                       : Msg("var.never_set_guess", {{"name", name}, {"guess", guess}}));
        }
    });
}

// A review step only does something in a follow-up: the look back on the earlier agreements
// happens there. One the follow-up track cannot reach is a mistake (or a leftover).
void warnStrayReviews(const Guide& g, Diagnostics& d) {
    const Track* follow = g.followUp.empty() ? nullptr : g.track(g.followUp.id);
    if (!follow) return;  // without a follow-up track, a follow-up walks the earlier track
    const Node* start = g.node(follow->start.id);
    if (!start) return;
    const std::set<const Node*> reached = reachable(g, {start});
    for (const auto& n : g.nodes)
        if (n.kind == NodeKind::Review && !reached.count(&n))
            d.warning(n.loc, Msg("review.unreachable", {{"id", n.id}, {"track", follow->id}}));
}

// Graph: every node reachable from a track's start, and able to reach an end. A node whose
// exits are already reported as missing or unknown counts as able to end, and reachability
// waits until the pack has no errors, so one mistake does not bury the output in follow-ons.
void checkGraph(const Guide& g, Diagnostics& d) {
    auto broken = [&](const Node& n) {
        if (n.kind == NodeKind::End) return false;
        auto bad = [&](const Ref& r) { return !r.empty() && !g.node(r.id); };
        if (bad(n.next) || successors(g, n).empty()) return true;
        if (n.kind == NodeKind::Choice)
            for (const auto& c : n.choices)
                if (bad(c.next) || (c.next.empty() && n.next.empty())) return true;
        return n.kind != NodeKind::Choice && n.next.empty();
    };
    std::vector<const Node*> ends;
    for (const auto& n : g.nodes)
        if (n.kind == NodeKind::End || broken(n)) ends.push_back(&n);
    const auto canEnd = stepsTo(g, ends);
    for (const auto& n : g.nodes) {
        if (n.id.empty() || g.node(n.id) != &n) continue;  // duplicates are reported above
        if (!canEnd.count(&n))
            d.error(n.loc, Msg("graph.dead_end", {{"id", n.id}}));
    }
    if (d.hasErrors()) return;
    std::vector<const Node*> starts;
    for (const auto& t : g.tracks)
        if (const Node* s = g.node(t.start.id)) starts.push_back(s);
    const std::set<const Node*> reached = reachable(g, starts);
    for (const auto& n : g.nodes)
        if (!reached.count(&n))
            d.warning(n.loc, Msg("graph.unreachable", {{"id", n.id}}));
    warnStrayReviews(g, d);
    warnRevealingSteps(g, d);
}

// Every id in `covers` is a declared question, and every declared question is covered somewhere.
void checkCoverage(const Guide& g, Diagnostics& d) {
    std::set<std::string> declared, covered;
    for (const auto& q : g.questions) declared.insert(q.id);
    const auto questionIds = idsOf(g.questions);
    auto check = [&](const std::vector<Ref>& covers) {
        for (const auto& r : covers) {
            if (declared.count(r.id))
                covered.insert(r.id);
            else if (questionIds.empty())
                d.error(r.loc, Msg("question.none_declared", {{"id", r.id}}));
            else
                unknown(g, r, "question", questionIds, d);
        }
    };
    for (const auto& n : g.nodes) check(n.covers);
    for (const auto& p : g.pages) check(p.covers);
    for (const auto& q : g.questions)
        if (!q.id.empty() && !covered.count(q.id))
            d.warning(q.loc, Msg("question.not_covered", {{"id", q.id}}));
}

}  // namespace

void validate(const Guide& g, Diagnostics& d, const ValidateOptions& options) {
    // A guide is read by people, one step at a time: even ten times the largest one written by
    // hand is far below this. The limit is there so that a generated or runaway pack is refused
    // with a reason instead of filling memory and the window's lists (checking stays linear:
    // 50,000 nodes are checked in well under a second, see tests/bench/packs_bench.cpp).
    constexpr std::size_t kMaxNodes = 100000;
    if (g.nodes.size() > kMaxNodes) {
        d.error(g.nodes[kMaxNodes].loc, Msg("guide.too_many_nodes", {{"max", static_cast<int>(kMaxNodes)}, {"count", static_cast<int>(g.nodes.size())}}));
        return;
    }
    if (g.tracks.empty() && !d.hasUnreadableFile()) d.error(g.loc, Msg("guide.no_tracks"));
    duplicates(g.nodes, "node", d);
    duplicates(g.tracks, "track", d);
    duplicates(g.agreements, "agreement", d);
    duplicates(g.roles, "role", d);
    duplicates(g.pages, "page", d);
    duplicates(g.snippets, "snippet", d);
    duplicates(g.questions, "question", d);
    for (const auto& n : g.nodes) {
        duplicates(n.choices, "choice", d);
        duplicates(n.statements, "statement", d);
    }
    checkReferences(g, d);
    checkVariables(g, d);
    checkCoverage(g, d);
    checkTranslations(g, d, options.eachTranslation);
    checkGraph(g, d);
}

}  // namespace hr::content
