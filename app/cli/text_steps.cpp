// SPDX-License-Identifier: EUPL-1.2
// Each kind of step in the terminal: printed (title, text, numbered options) and answered with
// numbers. A wrong answer gets one line that says what is wrong, then the same question again.
#include <algorithm>
#include <cctype>
#include <ostream>
#include <sstream>

#include "cli/text_walk.h"
#include "session/export.h"

namespace hr::cli {

using content::NodeKind;
using session::Answer;

namespace {

std::string range(const i18n::Strings& tr, int min, int max) {
    return tr.format("tty.range", {{"min", std::to_string(min)}, {"max", std::to_string(max)}});
}

std::string trimmedNumber(const std::string& s) {
    const std::size_t from = s.find_first_not_of(' ');
    return from == std::string::npos ? std::string() : s.substr(from);
}

// A whole number as typed (digits only, not absurdly long); nothing for anything else.
std::optional<int> wholeNumber(const std::string& w) {
    const bool digits =
        !w.empty() && w.size() <= 6 && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (!digits) return std::nullopt;
    return std::stoi(w);
}

std::string joined(const std::vector<std::string>& items, const std::string& sep) {
    std::string out;
    for (const auto& s : items) out += (out.empty() ? "" : sep) + s;
    return out;
}

}  // namespace

// [SECTION] Printing a step

void TextWalk::printStep() {
    line();
    if (s_.atReview()) return printReview();
    const content::Node* node = s_.currentNode();
    if (!node) return;
    if (node->kind != NodeKind::End) {
        const session::Progress p = s_.progress();
        const std::string left = p.minLeft == p.maxLeft
                                     ? std::to_string(p.minLeft)
                                     : range(tr, static_cast<int>(p.minLeft), static_cast<int>(p.maxLeft));
        line(tr.format("tty.progress", {{"n", std::to_string(p.done + 1)}, {"left", left}}));
    }
    if (s_.askedAgain()) line(tr("walk.asked_again"));
    line(text(node->title));
    paragraph(text(node->text));
    line();
    if (node->isPrivate && content::takesAnswer(node->kind)) line(tr("walk.private_hint"));
    const Answer& earlier = s_.currentAnswer();
    switch (node->kind) {
        case NodeKind::Choice: printOptions(s_.availableChoices()); break;
        case NodeKind::Checklist: {
            const auto choices = s_.availableChoices();
            printOptions(choices);
            std::vector<std::string> ticked;
            for (std::size_t i = 0; i < choices.size(); ++i)
                if (std::count(earlier.checked.begin(), earlier.checked.end(), choices[i]->id))
                    ticked.push_back(std::to_string(i + 1));
            if (!ticked.empty()) line(tr.format("tty.checked_before", {{"list", joined(ticked, " ")}}));
            break;
        }
        case NodeKind::Scale:
            line(tr.format("tty.scale_intro", {{"range", range(tr, node->scale.min, node->scale.max)}}));
            for (const auto& [point, label] : node->scale.labels) line(std::to_string(point) + ": " + text(label));
            break;
        case NodeKind::Agreements: printAgreements(); break;
        case NodeKind::Review: line(reviewCount()); break;
        default: break;
    }
}

// At a review step: what the look back after it holds.
std::string TextWalk::reviewCount() const {
    const std::size_t n = s_.record().reviews.size();
    if (n == 0) return tr("review.node_none");
    return n == 1 ? tr("review.node_one") : tr.format("review.node_some", {{"n", std::to_string(n)}});
}

void TextWalk::printOptions(const std::vector<const content::Choice*>& choices) {
    for (std::size_t i = 0; i < choices.size(); ++i) line(std::to_string(i + 1) + ". " + text(choices[i]->label));
}

// [SECTION] Answering

TextWalk::Flow TextWalk::askStep() {
    const content::Node* node = s_.currentNode();
    if (!node) {
        line(tr("tty.nowhere"));
        return Flow::Stop;
    }
    switch (node->kind) {
        case NodeKind::Choice: return askChoice();
        case NodeKind::Checklist: return askChecklist();
        case NodeKind::Scale: return askScale(*node);
        case NodeKind::Agreements: return askAgreements();
        case NodeKind::Info:
        case NodeKind::Review:
        case NodeKind::End: return askInfo();
    }
    return askInfo();
}

// A command that leaves the question, as the step's flow; nothing for a line of text.
std::optional<TextWalk::Flow> TextWalk::leaving(const Reply& r) {
    switch (r.kind) {
        case Reply::Kind::Text: return std::nullopt;
        case Reply::Kind::Back: return Flow::Back;
        case Reply::Kind::Stop: return Flow::Stop;
        case Reply::Kind::Repeat: return Flow::Repeat;
    }
    return std::nullopt;
}

// Gives the answer to the engine, and says which later answers no longer apply.
TextWalk::Flow TextWalk::give(const Answer& a) {
    std::vector<session::Dropped> dropped;
    if (std::string err = s_.answer(a, &dropped); !err.empty()) {
        line(errorFor(err));
        return Flow::Repeat;
    }
    reportDropped(dropped, "notice.dropped_title");
    return Flow::Answered;
}

TextWalk::Flow TextWalk::askChoice() {
    const auto choices = s_.availableChoices();
    const int max = static_cast<int>(choices.size());
    std::string earlier;
    for (std::size_t i = 0; i < choices.size(); ++i)
        if (s_.currentAnswer().choice == choices[i]->id) earlier = std::to_string(i + 1);
    if (!earlier.empty()) line(tr.format("tty.choice_before", {{"n", earlier}}));
    for (;;) {
        const Reply r = ask(tr.format("tty.choose", {{"range", range(tr, 1, max)}}));
        if (const auto left = leaving(r)) return *left;
        const std::string typed = r.text.empty() ? earlier : r.text;
        if (typed.empty()) {
            line(tr.format("tty.bad_empty", {{"range", range(tr, 1, max)}}));
            continue;
        }
        const auto n = oneNumber(typed, max);
        if (!n) continue;
        line(tr.format("tty.chosen", {{"label", text(choices[static_cast<std::size_t>(*n - 1)]->label)}}));
        return give(Answer::ofChoice(choices[static_cast<std::size_t>(*n - 1)]->id));
    }
}

TextWalk::Flow TextWalk::askChecklist() {
    const auto choices = s_.availableChoices();
    for (;;) {
        const Reply r = ask(tr("tty.check"));
        if (const auto left = leaving(r)) return *left;
        const auto picked = numbers(r.text, static_cast<int>(choices.size()));
        if (!picked) continue;
        std::vector<std::string> ids, labels;
        for (int n : *picked) {
            ids.push_back(choices[static_cast<std::size_t>(n - 1)]->id);
            labels.push_back(text(choices[static_cast<std::size_t>(n - 1)]->label));
        }
        line(labels.empty() ? tr("tty.ticked_none") : tr.format("tty.ticked", {{"list", joined(labels, "; ")}}));
        return give(Answer::ofChecklist(ids));
    }
}

// One statement at a time: the statement is read out right before its point is asked, so nobody
// has to keep a row of statements and their order in mind to type "3 4 2", and each point is
// checked at once. `terug` goes to the statement before (at the first: the step before).
TextWalk::Flow TextWalk::askScale(const content::Node& node) {
    std::map<std::string, int> points = s_.currentAnswer().scale;
    const int count = static_cast<int>(node.statements.size());
    for (int i = 0; i < count;) {
        const content::Statement& st = node.statements[static_cast<std::size_t>(i)];
        line(tr.format("tty.statement",
                       {{"i", std::to_string(i + 1)}, {"n", std::to_string(count)}, {"text", text(st.text)}}));
        if (auto it = points.find(st.id); it != points.end())
            line(tr.format("tty.point_before", {{"n", std::to_string(it->second)}}));
        const Reply r = ask(tr.format("tty.point", {{"range", range(tr, node.scale.min, node.scale.max)}}));
        if (r.kind == Reply::Kind::Back && i > 0) {
            --i;
            continue;
        }
        if (const auto left = leaving(r)) return *left;
        if (r.text.empty()) {
            points.erase(st.id);
            ++i;
            continue;
        }
        const auto n = wholeNumber(r.text);
        if (!n || *n < node.scale.min || *n > node.scale.max) {
            line(tr.format("tty.bad_point", {{"range", range(tr, node.scale.min, node.scale.max)}}));
            continue;
        }
        points[st.id] = *n;
        ++i;
    }
    return give(Answer::ofScale(points));
}

TextWalk::Flow TextWalk::askInfo() {
    for (;;) {
        const Reply r = ask(tr("tty.info"));
        if (const auto left = leaving(r)) return *left;
        if (r.text.empty()) return give(Answer::confirmed());
        line(tr("tty.bad_info"));
    }
}

// [SECTION] Agreements

void TextWalk::printAgreements() {
    const auto& agreed = s_.record().agreements;
    line(tr("tty.agreed"));
    if (agreed.empty()) line(tr("agreements.none"));
    for (std::size_t i = 0; i < agreed.size(); ++i) line(std::to_string(i + 1) + ". " + agreementLine(agreed[i]));
    const auto suggestions = s_.suggestions();
    if (!suggestions.empty()) {
        line();
        line(tr("tty.suggestions"));
    }
    for (std::size_t i = 0; i < suggestions.size(); ++i) {
        session::Agreement a;
        a.text = text(suggestions[i]->text);
        a.owner = suggestions[i]->owner.id;
        line(std::to_string(i + 1) + ". " + agreementLine(a));
    }
    line();
    line(tr("tty.agreements_more"));
}

// A number adds that suggestion, `nieuw` asks for one's own, `weg N` removes agreement N,
// `datum` sets the next conversation's date; an empty line goes on.
TextWalk::Flow TextWalk::askAgreements() {
    for (;;) {
        const auto suggestions = s_.suggestions();
        const Reply r =
            ask(suggestions.empty() ? tr("tty.agreements_prompt_none")
                                    : tr.format("tty.agreements_prompt",
                                                {{"range", range(tr, 1, static_cast<int>(suggestions.size()))}}));
        if (const auto left = leaving(r)) return *left;
        std::string word = r.text.substr(0, r.text.find(' '));
        for (char& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        Flow flow = Flow::Repeat;
        if (r.text.empty()) return give(Answer::confirmed());
        if (word == "nieuw" || word == "new") {
            flow = newAgreement();
        } else if (word == "weg" || word == "remove") {
            removeAgreement(trimmedNumber(r.text.substr(word.size())));
            continue;
        } else if (word == "datum" || word == "date") {
            std::optional<session::Date> date = s_.record().nextConversation;
            flow = askDate("tty.next_date", date);
            if (flow == Flow::Answered) s_.setNextConversation(date);
            if (flow == Flow::Answered)
                line(tr("export.next_conversation") + ": " +
                     (date ? session::longDate(*date, tr) : tr("export.no_next")));
        } else if (suggestions.empty()) {
            line(tr("tty.bad_agreement"));
            continue;
        } else if (const auto n = oneNumber(r.text, static_cast<int>(suggestions.size()))) {
            s_.addFromTemplate(suggestions[static_cast<std::size_t>(*n - 1)]->id);
            line(tr.format("tty.added", {{"text", agreementLine(s_.record().agreements.back())}}));
            flow = Flow::Answered;
        } else {
            continue;
        }
        if (flow == Flow::Stop) return flow;
        if (flow == Flow::Answered) save();
        line();
        printAgreements();
    }
}

// Text, then who and when, each of those two skipped with an empty line. `terug` cancels.
TextWalk::Flow TextWalk::newAgreement() {
    Reply r = ask(tr("tty.new_text"));
    if (r.kind == Reply::Kind::Stop) return Flow::Stop;
    if (r.kind != Reply::Kind::Text || r.text.empty()) {
        line(tr("tty.not_added"));
        return Flow::Repeat;
    }
    session::Agreement a;
    a.text = r.text;
    const auto& roles = s_.guide().roles;
    if (!roles.empty()) {
        for (std::size_t i = 0; i < roles.size(); ++i) line(std::to_string(i + 1) + ". " + text(roles[i].title));
        for (;;) {
            r = ask(tr.format("tty.new_who", {{"range", range(tr, 1, static_cast<int>(roles.size()))}}));
            if (r.kind == Reply::Kind::Stop) return Flow::Stop;
            if (r.kind != Reply::Kind::Text || r.text.empty()) break;
            if (const auto n = oneNumber(r.text, static_cast<int>(roles.size()))) {
                a.owner = roles[static_cast<std::size_t>(*n - 1)].id;
                break;
            }
        }
    }
    if (askDate("tty.new_due", a.due) == Flow::Stop) return Flow::Stop;
    s_.addAgreement(a);
    line(tr.format("tty.added", {{"text", agreementLine(s_.record().agreements.back())}}));
    return Flow::Answered;
}

// A date as people type it (15-1-2027 or 2027-01-15); an empty line or `terug` leaves `out` as
// it was. Answered when a date was given.
TextWalk::Flow TextWalk::askDate(const std::string& promptKey, std::optional<session::Date>& out) {
    for (;;) {
        const Reply r = ask(tr(promptKey));
        if (r.kind == Reply::Kind::Stop) return Flow::Stop;
        if (r.kind != Reply::Kind::Text || r.text.empty()) return Flow::Repeat;
        if (auto d = session::Date::parseTyped(r.text)) {
            out = d;
            return Flow::Answered;
        }
        line(tr("date.invalid"));
    }
}

void TextWalk::removeAgreement(const std::string& number) {
    const auto& agreed = s_.record().agreements;
    if (agreed.empty()) {
        line(tr("agreements.none"));
        return;
    }
    const auto n = oneNumber(number, static_cast<int>(agreed.size()));
    if (!n) return;
    const session::Agreement a = agreed[static_cast<std::size_t>(*n - 1)];
    if (!s_.removeAgreement(a.id)) return;
    save();
    line(tr.format("tty.removed", {{"text", a.text}}));
    line();
    printAgreements();
}

// [SECTION] The look back on an earlier agreement (a follow-up)

namespace {
const session::ReviewOutcome kOutcomes[] = {session::ReviewOutcome::Keep, session::ReviewOutcome::Adjust,
                                            session::ReviewOutcome::Done, session::ReviewOutcome::Stop};
}  // namespace

void TextWalk::printReview() {
    const auto& rec = s_.record();
    const session::Review& rv = *s_.currentReview();
    line(tr("review.title"));
    if (s_.reviewIndex() == 0) line(tr("review.intro"));
    line(tr.format("tty.review_of",
                   {{"i", std::to_string(s_.reviewIndex() + 1)}, {"n", std::to_string(rec.reviews.size())}}));
    line(agreementLine(rv.earlier));
    line();
    for (int i = 0; i < 4; ++i)
        line(std::to_string(i + 1) + ". " + tr(std::string("review.ask_") + session::outcomeName(kOutcomes[i])));
    if (rv.outcome) line(tr.format("tty.choice_before", {{"n", std::to_string(static_cast<int>(*rv.outcome) + 1)}}));
}

TextWalk::Flow TextWalk::askReview() {
    const session::Review& rv = *s_.currentReview();
    for (;;) {
        const Reply r = ask(tr.format("tty.choose", {{"range", range(tr, 1, 4)}}));
        if (const auto left = leaving(r)) return *left;
        const std::string typed =
            r.text.empty() && rv.outcome ? std::to_string(static_cast<int>(*rv.outcome) + 1) : r.text;
        if (typed.empty()) {
            line(tr.format("tty.bad_empty", {{"range", range(tr, 1, 4)}}));
            continue;
        }
        const auto n = oneNumber(typed, 4);
        if (!n) continue;
        const session::ReviewOutcome o = kOutcomes[*n - 1];
        std::string adjusted;
        if (o == session::ReviewOutcome::Adjust) {
            const Reply t = ask(tr("tty.adjust"));
            if (t.kind == Reply::Kind::Stop) return Flow::Stop;
            if (t.kind != Reply::Kind::Text || t.text.empty()) continue;
            adjusted = t.text;
        }
        if (std::string err = s_.review(o, adjusted); !err.empty()) {
            line(errorFor(err));
            continue;
        }
        return Flow::Answered;
    }
}

// [SECTION] Reading numbers

// One whole number from 1 to `max`; otherwise one line that says what is wrong.
std::optional<int> TextWalk::oneNumber(const std::string& typed, int max) {
    const auto all = numbers(typed, max);
    if (!all) return std::nullopt;
    if (all->size() != 1) {
        line(tr.format(all->empty() ? "tty.bad_empty" : "tty.bad_one", {{"range", range(tr, 1, max)}}));
        return std::nullopt;
    }
    return all->front();
}

// Whole numbers from 1 to `max`, apart by spaces or commas, each at most once.
std::optional<std::vector<int>> TextWalk::numbers(const std::string& typed, int max) {
    std::string spaced = typed;
    std::replace(spaced.begin(), spaced.end(), ',', ' ');
    std::istringstream words(spaced);
    std::vector<int> out;
    for (std::string w; words >> w;) {
        const auto whole = wholeNumber(w);
        if (!whole) {
            line(tr.format("tty.bad_number", {{"text", w}, {"range", range(tr, 1, max)}}));
            return std::nullopt;
        }
        const int n = *whole;
        if (n < 1 || n > max) {
            line(tr.format("tty.bad_range", {{"n", w}, {"range", range(tr, 1, max)}}));
            return std::nullopt;
        }
        if (std::find(out.begin(), out.end(), n) != out.end()) {
            line(tr.format("tty.bad_twice", {{"n", w}}));
            return std::nullopt;
        }
        out.push_back(n);
    }
    return out;
}

}  // namespace hr::cli
