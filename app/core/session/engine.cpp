// SPDX-License-Identifier: EUPL-1.2
// The session engine.
//
// [SECTION] Starting and resuming
// [SECTION] Where the walk stands
// [SECTION] Answering and the path ahead
// [SECTION] Going back, breadcrumb, progress
// [SECTION] Agreements and the rest of the record
#include "session/engine.h"

#include <algorithm>
#include <atomic>
#include <map>
#include <optional>
#include <stdexcept>

#include "content/graph.h"

namespace hr::session {

using content::Node;
using content::NodeKind;

void applyAnswer(const Node& node, const Answer& a, Variables& vars) {
    auto applySets = [&](const content::Choice& c) {
        for (const auto& s : c.sets) vars[s.variable] = s.value;
    };
    switch (a.kind) {
        case Answer::Kind::Choice:
            if (const content::Choice* c = node.choice(a.choice)) applySets(*c);
            break;
        case Answer::Kind::Checklist:
            for (const auto& c : node.choices)
                if (std::find(a.checked.begin(), a.checked.end(), c.id) != a.checked.end()) applySets(c);
            break;
        case Answer::Kind::Scale:
            for (const auto& [statement, point] : a.scale) vars[statement] = Value{static_cast<double>(point)};
            break;
        default: break;
    }
}

// [SECTION] Starting and resuming

namespace {

Step stepAt(const Node& n) { return Step{n.id, {}, n.isPrivate}; }

// Where the look back on earlier agreements starts in `r`, as a position: right after the first
// review step that the walk has passed (its successor is on the path), or at 0 when the track has
// none (`first`). npos while the walk has not passed its review step (or never will).
std::size_t reviewBaseOf(const Record& r, const content::Guide& g, bool first) {
    if (first) return 0;
    for (std::size_t i = 0; i + 1 < r.path.size(); ++i)
        if (const Node* n = g.node(r.path[i].node); n && n->kind == NodeKind::Review) return i + 1;
    return std::string::npos;
}

// The index in r.path of `position` counted as "steps passed": a position among the reviews
// counts as standing just after the review step.
std::size_t pathStepsBefore(const Record& r, std::size_t base, std::size_t position) {
    if (base == std::string::npos || position < base) return position;
    if (position < base + r.reviews.size()) return base;
    return position - r.reviews.size();
}

}  // namespace

Session::Session(GuidePtr guide, const content::Track& track)
    : guide_(std::move(guide)), track_(&track), lengths_(std::make_shared<PathLengths>(*guide_)) {
    record_.packId = guide_->id;
    record_.packVersion = guide_->version;
    record_.packHash = guide_->layers.empty() ? guide_->contentHash : guide_->layers.front().hash;
    for (std::size_t i = 1; i < guide_->layers.size(); ++i)
        record_.overlays.push_back({guide_->layers[i].id, guide_->layers[i].version, guide_->layers[i].hash});
    record_.track = track.id;
    for (const auto& n : guide_->nodes)
        if (n.isPrivate) record_.privateNodes.insert(n.id);
    if (const Node* first = guide_->node(track.start.id)) {
        const auto reached = content::reachable(*guide_, {first});
        reviewsFirst_ = std::none_of(reached.begin(), reached.end(),
                                     [](const Node* n) { return n->kind == NodeKind::Review; });
    }
}

Session Session::start(GuidePtr guide, const std::string& trackId, const std::string& language) {
    const content::Track* track = guide->track(trackId);
    if (!track) throw std::invalid_argument("unknown track '" + trackId + "'");
    Session s(guide, *track);
    s.record_.language = language;
    s.record_.calendarId = newCalendarId();
    const Node* first = s.resolve(guide->node(track->start.id), {});
    if (first) s.record_.path.push_back(stepAt(*first));
    s.refresh();
    return s;
}

Session Session::followUp(GuidePtr guide, const Record& earlier, const std::string& language) {
    std::string trackId = guide->followUp.empty() ? earlier.track : guide->followUp.id;
    if (!guide->track(trackId)) trackId = guide->tracks.front().id;
    Session s = start(guide, trackId, language);
    s.record_.followUpOf = earlier.id;
    s.record_.participants = earlier.participants;
    for (const auto& a : earlier.agreements) s.record_.reviews.push_back({a, std::nullopt});
    s.refresh();
    return s;
}

bool Session::hasFollowUp(const content::Guide& guide, const std::string& earlierTrack) {
    const content::Track* t = guide.track(earlierTrack);
    return !(t && (t->alone || !t->followUp));
}

namespace {

// Why a saved answer no longer fits its step: a choice that is gone, or something else.
Dropped::Change misfit(const Node& node, const Answer& a) {
    if (a.kind == Answer::Kind::Choice && !node.choice(a.choice)) return Dropped::Change::ChoiceGone;
    if (a.kind == Answer::Kind::Checklist)
        for (const auto& c : a.checked)
            if (!node.choice(c)) return Dropped::Change::ChoiceGone;
    return Dropped::Change::NoLongerFits;
}

}  // namespace

Session::Resumed Session::resume(GuidePtr guide, const Record& saved) {
    const content::Track* track = guide->track(saved.track);
    std::vector<Dropped> problems;
    std::string trackId = saved.track;
    if (!track) {
        problems.push_back({"", "the track '" + saved.track + "' is no longer in the guide; starting at its first track",
                            Dropped::Change::TrackGone});
        trackId = guide->tracks.front().id;
    }
    Session s = start(guide, trackId, saved.language);
    Record& r = s.record_;
    // Everything but the walk itself is kept as saved.
    r.id = saved.id;
    r.created = saved.created;
    r.updated = saved.updated;
    r.calendarId = saved.calendarId;
    r.participants = saved.participants;
    r.followUpOf = saved.followUpOf;
    r.agreements = saved.agreements;
    r.nextConversation = saved.nextConversation;
    r.notes = saved.notes;
    r.reviews = saved.reviews;
    r.exports = saved.exports;
    r.position = s.reviewsFirst_ ? r.reviews.size() : 0;
    s.replay(saved, problems);
    return {std::move(s), std::move(problems)};
}

// Replays the saved answers in order while each still fits where the walk now stands. After a
// change of the guide only what changed is lost: the answer of a step that is gone, the steps the
// walk no longer passes, an answer whose choice is gone (asked again). At a step that is new to
// the walk (or asked again) the rest of the saved path stays ahead, so that answering it leads
// on over the answers that still fit, back to where the conversation stood.
void Session::replay(const Record& saved, std::vector<Dropped>& problems) {
    Record& r = record_;
    const auto& path = saved.path;
    std::map<std::string, std::vector<std::size_t>> at;  // node id -> its indexes in the saved path
    for (std::size_t i = 0; i < path.size(); ++i) at[path[i].node].push_back(i);
    auto nextIndexOf = [&](const std::string& id, std::size_t from) -> std::optional<std::size_t> {
        const auto it = at.find(id);
        if (it == at.end()) return std::nullopt;
        const auto k = std::lower_bound(it->second.begin(), it->second.end(), from);
        return k == it->second.end() ? std::nullopt : std::optional<std::size_t>(*k);
    };
    // The walk stops at the current step; the saved steps from `from` on stay ahead of it.
    // How many saved steps stood before the saved position (in the saved path's own terms).
    const std::size_t savedBefore = pathStepsBefore(saved, reviewBaseOf(saved, *guide_, reviewsFirst_), saved.position);
    auto keepAhead = [&](std::size_t from) {
        r.path.insert(r.path.end(), path.begin() + static_cast<long>(from), path.end());
        if (from < savedBefore) resumeTarget_ = saved.position;
        refresh();
        r.finished = false;
    };
    for (std::size_t i = 0; i < path.size(); ++i) {
        const Step& step = path[i];
        // Past a review step: its outcomes were kept, so the walk goes on over them.
        if (atReview()) {
            while (atReview() && r.position < saved.position) ++r.position;
            refresh();
        }
        const Node* here = currentNode();
        if (!here) break;
        if (step.masked() && here->isPrivate) {
            // The answer was never saved. A step that only shows text is passed again by itself;
            // one whose answer counts is asked again, and the saved steps after it are kept, so
            // that the same answer leads back to where the conversation stood.
            const bool passed = i < savedBefore;
            if (!content::takesAnswer(here->kind)) {
                if (passed && answer(Answer::confirmed()).empty() && here->kind != NodeKind::End) continue;
                break;
            }
            r.path.insert(r.path.end(), path.begin() + static_cast<long>(i) + 1, path.end());
            if (passed) resumeTarget_ = saved.position;
            refresh();
            const Node* last = guide_->node(r.path.back().node);
            r.finished = saved.finished && (r.path.back().masked() || (last && last->kind == NodeKind::End));
            return;
        }
        if (step.node != here->id) {
            if (!step.masked() && !guide_->node(step.node)) {  // the step is gone: only its answer goes
                if (step.answer.given())
                    problems.push_back({step.node, "the step '" + step.node + "' is no longer in the guide",
                                        Dropped::Change::StepGone});
                continue;
            }
            const auto later = here->isPrivate ? std::nullopt : nextIndexOf(here->id, i + 1);
            if (!later) {  // a step this walk did not pass before: it is asked, the rest stays ahead
                keepAhead(i);
                return;
            }
            for (std::size_t k = i; k < *later; ++k)
                if (path[k].answer.given() && !path[k].masked())
                    problems.push_back({path[k].node,
                                        "the path now goes to '" + here->id + "' instead of '" + path[k].node + "'",
                                        guide_->node(path[k].node) ? Dropped::Change::OffPath : Dropped::Change::StepGone});
            i = *later - 1;
            continue;
        }
        if (!step.answer.given()) break;
        if (const Msg why = check(*here, step.answer, vars_); !why.empty()) {
            problems.push_back({step.node, render(why, "en"), misfit(*here, step.answer)});
            keepAhead(i + 1);
            return;
        }
        const bool ended = here->kind == NodeKind::End;
        (void)answer(step.answer);  // check() above accepted it
        if (ended) break;
    }
    // Stand where the record stood, as far as the replay got.
    const std::size_t reachable = lastPosition();
    r.position = std::min(saved.position, reachable);
    if (problems.empty() && saved.position > reachable)
        problems.push_back({"", "the walk could not be restored to where it stood", Dropped::Change::NotRestored});
    refresh();
    const Node* last = r.path.empty() ? nullptr : guide_->node(r.path.back().node);
    r.finished = saved.finished && last && last->kind == NodeKind::End;
}

// [SECTION] Where the walk stands

std::size_t Session::reviewBase() const { return reviewBaseOf(record_, *guide_, reviewsFirst_); }

std::optional<std::size_t> Session::pathIndexAt(std::size_t position) const {
    const std::size_t base = reviewBase();
    if (base == std::string::npos || position < base) return position;
    if (position < base + record_.reviews.size()) return std::nullopt;
    return position - record_.reviews.size();
}

std::size_t Session::positionOf(std::size_t pathIdx) const {
    const std::size_t base = reviewBase();
    return base == std::string::npos || pathIdx < base ? pathIdx : pathIdx + record_.reviews.size();
}

std::size_t Session::pathIndex() const { return pathIndexAt(record_.position).value_or(record_.path.size()); }

bool Session::atReview() const { return !pathIndexAt(record_.position); }

std::size_t Session::reviewIndex() const { return atReview() ? record_.position - reviewBase() : 0; }

const Review* Session::currentReview() const { return atReview() ? &record_.reviews[reviewIndex()] : nullptr; }

const Node* Session::currentNode() const {
    if (atReview() || pathIndex() >= record_.path.size()) return nullptr;
    return guide_->node(record_.path[pathIndex()].node);
}

const Answer& Session::currentAnswer() const {
    static const Answer none;
    if (atReview() || pathIndex() >= record_.path.size()) return none;
    return record_.path[pathIndex()].answer;
}

bool Session::askedAgain() const {
    const Node* n = currentNode();
    return resumeTarget_ && n && n->isPrivate && !currentAnswer().given();
}

bool Session::finished() const {
    const Node* n = currentNode();
    return n && n->kind == NodeKind::End;
}

std::vector<const content::Choice*> Session::availableChoices() const {
    std::vector<const content::Choice*> out;
    if (const Node* n = currentNode())
        for (const auto& c : n->choices)
            if (c.when.condition.eval(vars_)) out.push_back(&c);
    return out;
}

std::vector<const content::AgreementTemplate*> Session::suggestions(bool keepAgreed) const {
    std::vector<const content::AgreementTemplate*> out;
    // The current step's own answers count too: a checklist ticked here suggests at once.
    Variables vars = vars_;
    const Node* n = currentNode();
    if (n) applyAnswer(*n, currentAnswer(), vars);
    auto agreed = [&](const std::string& id) {
        return std::any_of(record_.agreements.begin(), record_.agreements.end(),
                           [&](const Agreement& a) { return a.templateId == id; });
    };
    auto offer = [&](const content::AgreementTemplate& t, bool needCondition) {
        if ((!keepAgreed && agreed(t.id)) || (needCondition && t.when.condition.empty())) return;
        if (t.when.condition.eval(vars)) out.push_back(&t);
    };
    if (n && n->kind == NodeKind::Agreements) {
        if (n->suggest.empty())
            for (const auto& t : guide_->agreements) offer(t, false);
        for (const auto& ref : n->suggest)
            if (const auto* t = guide_->agreement(ref.id)) offer(*t, false);
    } else {
        for (const auto& t : guide_->agreements) offer(t, true);
    }
    return out;
}

// [SECTION] Answering and the path ahead

Variables Session::variablesBefore(std::size_t pathIdx) const {
    Variables vars;
    for (std::size_t i = 0; i < pathIdx && i < record_.path.size(); ++i)
        if (const Node* n = guide_->node(record_.path[i].node)) applyAnswer(*n, record_.path[i].answer, vars);
    return vars;
}

void Session::refresh(const Variables* before) {
    // During the look back, the answers before it count (none when it comes first).
    vars_ = atReview() ? variablesBefore(reviewBase()) : before ? *before : variablesBefore(pathIndex());
    record_.finished = record_.finished || finished();
}

const Node* Session::resolve(const Node* node, const Variables& vars) const {
    // A node whose condition does not hold is passed by; the validator guarantees it has a next.
    for (std::size_t guard = 0; node && guard <= guide_->nodes.size(); ++guard) {
        if (node->when.condition.eval(vars)) return node;
        node = guide_->node(node->next.id);
    }
    return nullptr;
}

const Node* Session::successor(const Node& node, const Answer& a, const Variables& vars) const {
    if (node.kind == NodeKind::End) return nullptr;
    std::string nextId = node.next.id;
    if (node.kind == NodeKind::Choice)
        if (const content::Choice* c = node.choice(a.choice); c && !c->next.empty()) nextId = c->next.id;
    return resolve(guide_->node(nextId), vars);
}

Msg Session::check(const Node& node, const Answer& a, const Variables& vars) const {
    switch (node.kind) {
        case NodeKind::Info:
        case NodeKind::Agreements:
        case NodeKind::End:
        case NodeKind::Review:
            if (a.kind != Answer::Kind::Confirmed) return Msg("engine.takes_no_answer", {{"id", node.id}});
            return {};
        case NodeKind::Choice: {
            if (a.kind != Answer::Kind::Choice) return Msg("engine.needs_choice", {{"id", node.id}});
            const auto* c = node.choice(a.choice);
            if (!c) return Msg("engine.not_a_choice", {{"choice", a.choice}, {"id", node.id}});
            if (!c->when.condition.eval(vars)) return Msg("engine.choice_not_offered", {{"choice", a.choice}});
            return {};
        }
        case NodeKind::Checklist: {
            if (a.kind != Answer::Kind::Checklist) return Msg("engine.needs_list", {{"id", node.id}});
            for (std::size_t i = 0; i < a.checked.size(); ++i) {
                const auto* c = node.choice(a.checked[i]);
                if (!c) return Msg("engine.not_an_item", {{"item", a.checked[i]}, {"id", node.id}});
                if (!c->when.condition.eval(vars)) return Msg("engine.item_not_offered", {{"item", a.checked[i]}});
                if (std::find(a.checked.begin(), a.checked.begin() + static_cast<long>(i), a.checked[i]) !=
                    a.checked.begin() + static_cast<long>(i))
                    return Msg("engine.item_twice", {{"item", a.checked[i]}});
            }
            return {};
        }
        case NodeKind::Scale: {
            if (a.kind != Answer::Kind::Scale) return Msg("engine.needs_points", {{"id", node.id}});
            for (const auto& entry : a.scale) {
                // Named, not a structured binding: C++17 lambdas cannot capture those (clang refuses).
                const std::string& id = entry.first;
                const int point = entry.second;
                const bool known = std::any_of(node.statements.begin(), node.statements.end(),
                                               [&](const content::Statement& s) { return s.id == id; });
                if (!known) return Msg("engine.not_a_statement", {{"statement", id}, {"id", node.id}});
                if (point < node.scale.min || point > node.scale.max)
                    return Msg("engine.point_outside",
                               {{"point", point}, {"statement", id}, {"min", node.scale.min}, {"max", node.scale.max}});
            }
            return {};
        }
    }
    return {};
}

std::string Session::answer(const Answer& given, std::vector<Dropped>* dropped, Msg* why) {
    touch();
    // The refusal in English for the callers that show it as it is, and as a message for those
    // that put it into the user's language.
    auto refuse = [why](Msg m) {
        std::string english = render(m, "en");
        if (why) *why = std::move(m);
        return english;
    };
    const Node* node = currentNode();
    if (!node) return refuse(atReview() ? Msg("engine.at_review") : Msg("engine.nowhere"));
    Answer a = given;
    if (a.kind == Answer::Kind::Checklist) {
        // Keep ticked items in the node's order, so equal answers compare equal.
        std::vector<std::string> ordered;
        for (const auto& c : node->choices)
            if (std::find(a.checked.begin(), a.checked.end(), c.id) != a.checked.end()) ordered.push_back(c.id);
        if (ordered.size() == a.checked.size()) a.checked = ordered;
    }
    if (Msg m = check(*node, a, vars_); !m.empty()) return refuse(std::move(m));
    const std::size_t idx = pathIndex();
    record_.path[idx].answer = a;
    if (node->kind == NodeKind::End) {
        record_.finished = true;
        refresh();
        return {};
    }

    // Rebuild the path ahead: later answers are kept while the walk still passes their step and
    // they still fit; the first step without a (fitting) answer becomes the frontier.
    std::vector<Step> old(record_.path.begin() + static_cast<long>(idx) + 1, record_.path.end());
    record_.path.resize(idx + 1);
    std::vector<bool> used(old.size(), false);
    // vars_ holds the variables before this step already: starting from it (not from the first
    // step) keeps a replay of a long record linear in its length.
    Variables vars = vars_;
    applyAnswer(*node, a, vars);
    const Variables afterThis = vars;
    const Node* cur = successor(*node, a, vars);
    std::vector<Dropped> lost;
    // A private step read back from disk has no node id: it stands for whichever private step
    // comes. One that only shows text counts as passed again; one whose answer counts is asked.
    auto matches = [&](const Step& st, const Node& n) { return st.node == n.id || (st.masked() && n.isPrivate); };
    while (cur) {
        record_.path.push_back(stepAt(*cur));
        std::size_t k = 0;
        while (k < old.size() && (used[k] || !matches(old[k], *cur))) ++k;
        if (k < old.size() && old[k].masked() && !content::takesAnswer(cur->kind)) old[k].answer = Answer::confirmed();
        if (k < old.size() && old[k].masked() && !old[k].answer.given()) {
            // Asked again: the steps after it stay ahead, for the same answer to lead back.
            for (std::size_t j = k; j < old.size(); ++j) used[j] = true;
            record_.path.insert(record_.path.end(), old.begin() + static_cast<long>(k) + 1, old.end());
            break;
        }
        if (k == old.size() || !old[k].answer.given()) break;
        used[k] = true;
        if (const Msg wrong = check(*cur, old[k].answer, vars); !wrong.empty()) {
            lost.push_back({cur->id, render(wrong, "en"), Dropped::Change::NoLongerFits});
            break;
        }
        record_.path.back().answer = old[k].answer;
        if (cur->kind == NodeKind::End) break;
        applyAnswer(*cur, old[k].answer, vars);
        cur = successor(*cur, old[k].answer, vars);
    }
    for (std::size_t k = 0; k < old.size(); ++k)
        if (!used[k] && old[k].answer.given()) lost.push_back({old[k].node, "no longer on the path after this change", Dropped::Change::OffPath});
    if (dropped) *dropped = std::move(lost);
    if (record_.path.size() > idx + 1) ++record_.position;
    returnToResumedPlace();
    refresh(!atReview() && record_.position == positionOf(idx + 1) ? &afterThis : nullptr);
    return {};
}

std::string Session::review(ReviewOutcome outcome, const std::string& adjusted) {
    touch();
    if (!atReview()) return "there is no earlier agreement to look back on here";
    Review& r = record_.reviews[reviewIndex()];
    if (outcome == ReviewOutcome::Adjust && adjusted.find_first_not_of(" \t\r\n") == std::string::npos)
        return "an adjusted agreement needs its new text";
    r.outcome = outcome;
    // The agreement that continues the earlier one: present for keep and adjust, gone otherwise.
    auto it = std::find_if(record_.agreements.begin(), record_.agreements.end(),
                           [&](const Agreement& a) { return a.reviewOf == r.earlier.id; });
    if (outcome == ReviewOutcome::Keep || outcome == ReviewOutcome::Adjust) {
        Agreement a = r.earlier;
        a.reviewOf = r.earlier.id;
        a.node.clear();
        if (outcome == ReviewOutcome::Adjust) a.text = adjusted;
        if (it == record_.agreements.end()) {
            a.id = nextAgreementId();
            record_.agreements.push_back(a);
        } else {
            a.id = it->id;
            *it = a;
        }
    } else if (it != record_.agreements.end()) {
        record_.agreements.erase(it);
    }
    ++record_.position;
    refresh();
    return {};
}

void Session::returnToResumedPlace() {
    if (!resumeTarget_) return;
    // After an answer that was asked again, go on over the kept answers to where the record
    // stood, or to the next step that needs an answer.
    // A look back that was done already is passed over too.
    while (record_.position < *resumeTarget_) {
        if (atReview() ? !currentReview()->outcome
                       : pathIndex() >= record_.path.size() || !currentAnswer().given() || finished())
            break;
        ++record_.position;
    }
    if (record_.position >= *resumeTarget_ || atReview() || pathIndex() >= record_.path.size() || !askedAgain())
        resumeTarget_.reset();
}

// [SECTION] Going back, breadcrumb, progress

void Session::back() {
    if (canGoBack()) (void)goTo(record_.position - 1);  // an earlier position always exists
}

bool Session::goTo(std::size_t position) {
    touch();
    if (record_.path.empty() || position > lastPosition()) return false;
    resumeTarget_.reset();  // the user chose where to go
    // Ahead of the current step only over answered steps (the kept path).
    for (std::size_t p = record_.position; p < position; ++p)
        if (const auto i = pathIndexAt(p); i && !record_.path[*i].answer.given()) return false;
    record_.position = position;
    refresh();
    return true;
}

std::vector<Crumb> Session::breadcrumb() const {
    std::vector<Crumb> out;
    const std::string& lang = record_.language;
    const std::size_t base = reviewBase();
    auto reviews = [&] {
        for (std::size_t i = 0; i < record_.reviews.size(); ++i)
            out.push_back({base + i, "", record_.reviews[i].earlier.text});
    };
    for (std::size_t i = 0; i < record_.path.size(); ++i) {
        if (i == base) reviews();
        const Node* n = guide_->node(record_.path[i].node);
        // A private step read back from disk has no node yet: an ellipsis, never its title.
        const std::string title = n ? guide_->text(n->title, lang) : record_.path[i].masked() ? "\u2026" : "";
        out.push_back({positionOf(i), record_.path[i].node, title});
    }
    return out;
}

Progress Session::progress() const {
    Progress p;
    p.done = record_.position;
    if (atReview()) {
        // From the step after the look back (the first step when it comes first).
        const std::size_t after = reviewBase();
        const auto start = lengths_->fromNode(after < record_.path.size() ? record_.path[after].node : "");
        const std::size_t reviewsLeft = record_.reviews.size() - reviewIndex();
        p.minLeft = reviewsLeft + start.min;
        p.maxLeft = reviewsLeft + start.max;
    } else if (const Node* n = currentNode()) {
        // From the answers given: a branch they have decided is counted as decided.
        const auto r = stepsLeft(*guide_, *n, vars_);
        p.minLeft = r.min;
        p.maxLeft = r.max;
        // A review step may lie ahead: its look back can add as many steps as there are reviews.
        if (!reviewsFirst_ && reviewBase() == std::string::npos) p.maxLeft += record_.reviews.size();
    }
    return p;
}

// [SECTION] Agreements and the rest of the record

std::string Session::nextAgreementId() const {
    std::size_t highest = 0;
    for (const auto& a : record_.agreements)
        if (a.id.size() > 1 && a.id[0] == 'a') {
            try {
                highest = std::max<std::size_t>(highest, std::stoul(a.id.substr(1)));
            } catch (const std::exception&) {
            }
        }
    return "a" + std::to_string(highest + 1);
}

std::string Session::addAgreement(Agreement a) {
    touch();
    a.id = nextAgreementId();
    if (a.node.empty())
        if (const Node* n = currentNode()) a.node = n->id;
    record_.agreements.push_back(a);
    return a.id;
}

std::string Session::addFromTemplate(const std::string& templateId) {
    const auto* t = guide_->agreement(templateId);
    if (!t) return {};
    Agreement a;
    a.templateId = t->id;
    a.text = guide_->text(t->text, record_.language);
    a.owner = t->owner.id;
    return addAgreement(a);
}

bool Session::updateAgreement(const Agreement& a) {
    touch();
    for (auto& existing : record_.agreements)
        if (existing.id == a.id) {
            existing = a;
            return true;
        }
    return false;
}

bool Session::removeAgreement(const std::string& id) {
    touch();
    const auto before = record_.agreements.size();
    record_.agreements.erase(std::remove_if(record_.agreements.begin(), record_.agreements.end(),
                                            [&](const Agreement& a) { return a.id == id; }),
                             record_.agreements.end());
    return record_.agreements.size() != before;
}

std::string Session::restoreAgreement(Agreement a, std::size_t at) {
    touch();
    auto& list = record_.agreements;
    if (a.id.empty() || std::any_of(list.begin(), list.end(), [&](const Agreement& x) { return x.id == a.id; }))
        a.id = nextAgreementId();
    list.insert(list.begin() + static_cast<long>(std::min(at, list.size())), a);
    return a.id;
}

std::uint64_t Session::nextRevision() {
    static std::atomic<std::uint64_t> last{0};
    return ++last;
}

bool markPrivateSteps(Record& r, const content::Guide& guide) {
    bool held = false;
    for (const auto& n : guide.nodes)
        if (n.isPrivate) r.privateNodes.insert(n.id);
    for (auto& step : r.path) {
        if (step.masked() || !r.privateNodes.count(step.node)) continue;
        held = true;
        step.isPrivate = true;
    }
    for (const auto& [node, note] : r.notes) held = held || r.privateNodes.count(node) > 0;
    for (const auto& a : r.agreements) held = held || r.privateNodes.count(a.node) > 0;
    return held;
}

void Session::noteExport(const std::string& path) {
    touch();
    if (std::find(record_.exports.begin(), record_.exports.end(), path) == record_.exports.end())
        record_.exports.push_back(path);
}

void Session::setNote(const std::string& node, const std::string& text) {
    touch();
    if (text.find_first_not_of(" \t\r\n") == std::string::npos)
        record_.notes.erase(node);
    else
        record_.notes[node] = text;
}

}  // namespace hr::session
