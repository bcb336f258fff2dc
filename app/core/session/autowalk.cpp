// SPDX-License-Identifier: EUPL-1.2
// Headless walks.
#include "session/autowalk.h"

#include <random>
#include <set>

#include "session/answer_yaml.h"

namespace hr::session {

namespace {
// Content may loop back; a walk this long has lost its way.
constexpr int kMaxSteps = 10000;
}  // namespace

bool AnswersFile::read(std::string text, const std::string& displayPath, AnswersFile& out, Diagnostics& diags) {
    out.doc = yaml::parse(std::move(text), displayPath, diags);
    if (!out.doc || diags.hasErrors()) return false;
    const yaml::Node* root = out.doc->root();
    if (!root) return true;  // no answers at all
    if (!root->isMap()) {
        diags.error(out.doc->loc(*root), "an answers file maps step ids to answers, not " + yaml::describe(*root));
        return false;
    }
    for (const auto& [k, v] : root->entries) {
        if (!k->isScalar()) {
            diags.error(out.doc->loc(*k), "a step id must be text, not " + yaml::describe(*k));
            continue;
        }
        out.entries[k->value] = {k, v};
    }
    return !diags.hasErrors();
}

namespace {

// One walk through an answers file: each step takes its answer from the file, read by the node's kind.
class AnswersWalk {
public:
    AnswersWalk(Session& s, const AnswersFile& answers, Diagnostics& diags)
        : s_(s), answers_(answers), doc_(*answers.doc), diags_(diags) {}

    bool run() {
        for (int steps = 0;; ++steps) {
            if (steps > kMaxSteps)
                return fail(doc_.root() ? *doc_.root() : yaml::Node{},
                            "no end reached after " + std::to_string(kMaxSteps) + " steps: do the answers go round in a loop?");
            if (s_.atReview()) {
                (void)s_.review(ReviewOutcome::Keep);  // cannot fail: a review takes any outcome
                continue;
            }
            const content::Node* node = s_.currentNode();
            if (!node) return fail(yaml::Node{}, "the walk stopped: the guide has nowhere to go from here");
            if (!step(*node)) return false;
            if (node->kind == content::NodeKind::End) break;
        }
        for (const auto& [id, kv] : answers_.entries)
            if (!used_.count(id))
                diags_.warning(doc_.loc(*kv.first), "the answer for '" + id + "' was not used: the walk did not pass this step");
        return true;
    }

private:
    Session& s_;
    const AnswersFile& answers_;
    const yaml::Document& doc_;
    Diagnostics& diags_;
    std::set<std::string> used_;

    bool fail(const yaml::Node& at, const std::string& message) {
        diags_.error(doc_.loc(at), message);
        return false;
    }

    // Answers the current step from the file; false (reported) when the file's answer does not fit.
    bool step(const content::Node& node) {
        auto it = answers_.entries.find(node.id);
        const yaml::Node* value = it == answers_.entries.end() ? nullptr : it->second.second;
        if (value) used_.insert(node.id);
        const std::string where = "step '" + node.id + "'";
        const bool given = value && !value->isNull();
        std::string error;
        switch (node.kind) {
            case content::NodeKind::Info:
            case content::NodeKind::Review:
            case content::NodeKind::End: error = s_.next(); break;
            case content::NodeKind::Choice:
                if (!value) return noChoice(where);
                if (!value->isScalar()) return fail(*value, where + " is a choice: give one choice id, not " + yaml::describe(*value));
                error = s_.answer(Answer::ofChoice(value->value));
                break;
            case content::NodeKind::Checklist: {
                if (given && !value->isSequence()) return fail(*value, where + " is a checklist: give a list of item ids");
                const int before = diags_.errorCount();
                const Answer a = given ? AnswerReader(diags_, doc_).checklist(*value, where, "a checklist item")
                                       : Answer::ofChecklist({});
                if (diags_.errorCount() > before) return false;
                error = s_.answer(a);
                break;
            }
            case content::NodeKind::Scale: {
                if (given && !value->isMap()) return fail(*value, where + " is a scale: give a mapping statement: point");
                const int before = diags_.errorCount();
                const Answer a = given ? AnswerReader(diags_, doc_).scale(*value, where) : Answer::ofScale({});
                if (diags_.errorCount() > before) return false;
                error = s_.answer(a);
                break;
            }
            case content::NodeKind::Agreements:
                if (given && !agreements(*value, where)) return false;
                error = s_.next();
                break;
        }
        if (!error.empty()) return fail(value ? *value : yaml::Node{}, error);
        return true;
    }

    bool noChoice(const std::string& where) {
        std::string ids;
        for (const auto* c : s_.availableChoices()) ids += (ids.empty() ? "" : ", ") + c->id;
        diags_.error({doc_.path(), 1, 1}, "no answer for " + where + "; it is a choice: one of " + ids);
        return false;
    }

    // The agreements an agreements step makes: catalogue ids (offered here) and free texts.
    bool agreements(const yaml::Node& value, const std::string& where) {
        if (!value.isSequence()) return fail(value, where + " is for agreements: give a list of agreement ids and texts");
        for (const yaml::Node* item : value.items) {
            if (!item->isScalar()) return fail(*item, "an agreement must be an id or a text");
            if (!s_.guide().agreement(item->value)) {
                Agreement a;
                a.text = item->value;
                s_.addAgreement(a);
                continue;
            }
            bool offered = false;
            for (const auto* t : s_.suggestions()) offered = offered || t->id == item->value;
            if (!offered)
                return fail(*item, "agreement '" + item->value +
                                       "' is not offered here (its condition does not hold, or it was already made)");
            s_.addFromTemplate(item->value);
        }
        return true;
    }
};

}  // namespace

bool walkWithAnswers(Session& s, const AnswersFile& answers, Diagnostics& diags) {
    return AnswersWalk(s, answers, diags).run();
}

std::string walkRandom(Session& s, std::uint64_t seed) {
    std::mt19937_64 rng(seed);
    auto coin = [&] { return (rng() & 1u) != 0; };
    for (int steps = 0; steps <= kMaxSteps; ++steps) {
        if (s.atReview()) {
            const ReviewOutcome outcomes[] = {ReviewOutcome::Keep, ReviewOutcome::Adjust, ReviewOutcome::Done,
                                              ReviewOutcome::Stop};
            const ReviewOutcome o = outcomes[rng() % 4];
            (void)s.review(o, o == ReviewOutcome::Adjust ? s.currentReview()->earlier.text + " (aangepast)" : "");
            continue;
        }
        const content::Node* node = s.currentNode();
        if (!node) return "the walk stopped: the guide has nowhere to go from here";
        std::string error;
        switch (node->kind) {
            case content::NodeKind::Info:
            case content::NodeKind::Review: error = s.next(); break;
            case content::NodeKind::End: return s.next();
            case content::NodeKind::Choice: {
                const auto choices = s.availableChoices();
                if (choices.empty()) return "no choice is offered at step '" + node->id + "'";
                error = s.answer(Answer::ofChoice(choices[rng() % choices.size()]->id));
                break;
            }
            case content::NodeKind::Checklist: {
                std::vector<std::string> ids;
                for (const auto* c : s.availableChoices())
                    if (coin()) ids.push_back(c->id);
                error = s.answer(Answer::ofChecklist(ids));
                break;
            }
            case content::NodeKind::Scale: {
                std::map<std::string, int> points;
                const int span = node->scale.max - node->scale.min + 1;
                for (const auto& st : node->statements)
                    if (rng() % 8 != 0)  // now and then a statement is left open
                        points[st.id] = node->scale.min + static_cast<int>(rng() % static_cast<unsigned>(span));
                error = s.answer(Answer::ofScale(points));
                break;
            }
            case content::NodeKind::Agreements: {
                for (const auto* t : s.suggestions())
                    if (coin()) s.addFromTemplate(t->id);
                error = s.next();
                break;
            }
        }
        if (!error.empty()) return "at step '" + node->id + "': " + error;
    }
    return "no end reached after " + std::to_string(kMaxSteps) + " steps";
}

}  // namespace hr::session
