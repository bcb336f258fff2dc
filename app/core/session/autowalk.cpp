// Headless walks.
#include "session/autowalk.h"

#include <random>
#include <stdexcept>
#include <set>

#include "yaml/yaml_reader.h"

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

bool walkWithAnswers(Session& s, const AnswersFile& answers, Diagnostics& diags) {
    const yaml::Document& doc = *answers.doc;
    std::set<std::string> used;
    auto fail = [&](const yaml::Node& at, const std::string& message) {
        diags.error(doc.loc(at), message);
        return false;
    };
    for (int steps = 0;; ++steps) {
        if (steps > kMaxSteps)
            return fail(doc.root() ? *doc.root() : yaml::Node{}, "no end reached after " + std::to_string(kMaxSteps) +
                                                                      " steps: do the answers go round in a loop?");
        if (s.atReview()) {
            s.review(ReviewOutcome::Keep);
            continue;
        }
        const content::Node* node = s.currentNode();
        if (!node) return fail(yaml::Node{}, "the walk stopped: the guide has nowhere to go from here");
        auto it = answers.entries.find(node->id);
        const yaml::Node* value = it == answers.entries.end() ? nullptr : it->second.second;
        if (value) used.insert(node->id);
        const std::string where = "step '" + node->id + "'";
        std::string error;
        switch (node->kind) {
            case content::NodeKind::Info:
            case content::NodeKind::End: error = s.next(); break;
            case content::NodeKind::Choice: {
                if (!value) {
                    std::string ids;
                    for (const auto* c : s.availableChoices()) ids += (ids.empty() ? "" : ", ") + c->id;
                    diags.error({doc.path(), 1, 1}, "no answer for " + where + "; it is a choice: one of " + ids);
                    return false;
                }
                if (!value->isScalar()) return fail(*value, where + " is a choice: give one choice id, not " + yaml::describe(*value));
                error = s.answer(Answer::ofChoice(value->value));
                break;
            }
            case content::NodeKind::Checklist: {
                std::vector<std::string> ids;
                if (value && !value->isNull()) {
                    if (!value->isSequence()) return fail(*value, where + " is a checklist: give a list of item ids");
                    for (const yaml::Node* item : value->items) {
                        if (!item->isScalar()) return fail(*item, "a checklist item must be an id");
                        ids.push_back(item->value);
                    }
                }
                error = s.answer(Answer::ofChecklist(ids));
                break;
            }
            case content::NodeKind::Scale: {
                std::map<std::string, int> points;
                if (value && !value->isNull()) {
                    if (!value->isMap()) return fail(*value, where + " is a scale: give a mapping statement: point");
                    for (const auto& [k, v] : value->entries) {
                        int p = 0;
                        try {
                            std::size_t consumed = 0;
                            p = std::stoi(v->value, &consumed);
                            if (!v->isScalar() || consumed != v->value.size()) throw std::invalid_argument("");
                        } catch (const std::exception&) {
                            return fail(*v, "the point for '" + k->value + "' must be a whole number");
                        }
                        points[k->value] = p;
                    }
                }
                error = s.answer(Answer::ofScale(points));
                break;
            }
            case content::NodeKind::Agreements: {
                if (value && !value->isNull()) {
                    if (!value->isSequence())
                        return fail(*value, where + " is for agreements: give a list of agreement ids and texts");
                    for (const yaml::Node* item : value->items) {
                        if (!item->isScalar()) return fail(*item, "an agreement must be an id or a text");
                        if (s.guide().agreement(item->value)) {
                            bool offered = false;
                            for (const auto* t : s.suggestions()) offered = offered || t->id == item->value;
                            if (!offered)
                                return fail(*item, "agreement '" + item->value +
                                                       "' is not offered here (its condition does not hold, or it was already made)");
                            s.addFromTemplate(item->value);
                        } else {
                            Agreement a;
                            a.text = item->value;
                            s.addAgreement(a);
                        }
                    }
                }
                error = s.next();
                break;
            }
        }
        if (!error.empty()) return fail(value ? *value : yaml::Node{}, error);
        if (node->kind == content::NodeKind::End) break;
    }
    for (const auto& [id, kv] : answers.entries)
        if (!used.count(id))
            diags.warning(doc.loc(*kv.first), "the answer for '" + id + "' was not used: the walk did not pass this step");
    return true;
}

std::string walkRandom(Session& s, std::uint64_t seed) {
    std::mt19937_64 rng(seed);
    auto coin = [&] { return (rng() & 1u) != 0; };
    for (int steps = 0; steps <= kMaxSteps; ++steps) {
        if (s.atReview()) {
            const ReviewOutcome outcomes[] = {ReviewOutcome::Keep, ReviewOutcome::Adjust, ReviewOutcome::Done,
                                              ReviewOutcome::Stop};
            const ReviewOutcome o = outcomes[rng() % 4];
            s.review(o, o == ReviewOutcome::Adjust ? s.currentReview()->earlier.text + " (aangepast)" : "");
            continue;
        }
        const content::Node* node = s.currentNode();
        if (!node) return "the walk stopped: the guide has nowhere to go from here";
        std::string error;
        switch (node->kind) {
            case content::NodeKind::Info: error = s.next(); break;
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
