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
        diags.error(out.doc->loc(*root), Msg("answers.not_map", {{"kind", yaml::describeMsg(*root)}}));
        return false;
    }
    for (const auto& [k, v] : root->entries) {
        if (!k->isScalar()) {
            diags.error(out.doc->loc(*k), Msg("answers.step_id_text", {{"kind", yaml::describeMsg(*k)}}));
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
                            Msg("answers.no_end", {{"max", kMaxSteps}}));
            if (s_.atReview()) {
                (void)s_.review(ReviewOutcome::Keep);  // cannot fail: a review takes any outcome
                continue;
            }
            const content::Node* node = s_.currentNode();
            if (!node) return fail(yaml::Node{}, Msg("answers.stopped"));
            if (!step(*node)) return false;
            if (node->kind == content::NodeKind::End) break;
        }
        for (const auto& [id, kv] : answers_.entries)
            if (!used_.count(id))
                diags_.warning(doc_.loc(*kv.first), Msg("answers.unused", {{"id", id}}));
        return true;
    }

private:
    Session& s_;
    const AnswersFile& answers_;
    const yaml::Document& doc_;
    Diagnostics& diags_;
    std::set<std::string> used_;

    bool fail(const yaml::Node& at, Msg message) {
        diags_.error(doc_.loc(at), std::move(message));
        return false;
    }

    // Answers the current step from the file; false (reported) when the file's answer does not fit.
    bool step(const content::Node& node) {
        auto it = answers_.entries.find(node.id);
        const yaml::Node* value = it == answers_.entries.end() ? nullptr : it->second.second;
        if (value) used_.insert(node.id);
        const Msg where("answers.step", {{"id", node.id}});
        const bool given = value && !value->isNull();
        std::string error;
        Msg why;  // the engine's refusal, in the message language
        switch (node.kind) {
            case content::NodeKind::Info:
            case content::NodeKind::Review:
            case content::NodeKind::End: error = s_.next(nullptr, &why); break;
            case content::NodeKind::Choice:
                if (!value) return noChoice(where);
                if (!value->isScalar()) return fail(*value, Msg("answers.choice", {{"where", where}, {"kind", yaml::describeMsg(*value)}}));
                error = s_.answer(Answer::ofChoice(value->value), nullptr, &why);
                break;
            case content::NodeKind::Checklist: {
                if (given && !value->isSequence()) return fail(*value, Msg("answers.checklist", {{"where", where}}));
                const int before = diags_.errorCount();
                const Answer a = given ? AnswerReader(diags_, doc_).checklist(*value, where, Msg("item.a_checklist_item"))
                                       : Answer::ofChecklist({});
                if (diags_.errorCount() > before) return false;
                error = s_.answer(a, nullptr, &why);
                break;
            }
            case content::NodeKind::Scale: {
                if (given && !value->isMap()) return fail(*value, Msg("answers.scale", {{"where", where}}));
                const int before = diags_.errorCount();
                const Answer a = given ? AnswerReader(diags_, doc_).scale(*value, where) : Answer::ofScale({});
                if (diags_.errorCount() > before) return false;
                error = s_.answer(a, nullptr, &why);
                break;
            }
            case content::NodeKind::Agreements:
                if (given && !agreements(*value, where)) return false;
                error = s_.next(nullptr, &why);
                break;
        }
        if (!error.empty())
            return fail(value ? *value : yaml::Node{}, why.empty() ? Msg("verbatim", {{"text", error}}) : why);
        return true;
    }

    bool noChoice(const Msg& where) {
        std::string ids;
        for (const auto* c : s_.availableChoices()) ids += (ids.empty() ? "" : ", ") + c->id;
        diags_.error({doc_.path(), 1, 1}, Msg("answers.no_choice", {{"where", where}, {"ids", ids}}));
        return false;
    }

    // The agreements an agreements step makes: catalogue ids (offered here) and free texts.
    bool agreements(const yaml::Node& value, const Msg& where) {
        if (!value.isSequence()) return fail(value, Msg("answers.agreements", {{"where", where}}));
        for (const yaml::Node* item : value.items) {
            if (!item->isScalar()) return fail(*item, Msg("answers.agreement_kind"));
            if (!s_.guide().agreement(item->value)) {
                Agreement a;
                a.text = item->value;
                s_.addAgreement(a);
                continue;
            }
            bool offered = false;
            for (const auto* t : s_.suggestions()) offered = offered || t->id == item->value;
            if (!offered)
                return fail(*item, Msg("answers.not_offered", {{"id", item->value}}));
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
