// SPDX-License-Identifier: EUPL-1.2
// The checks for the people who write a guide's Dutch: `check --readability`, `check --spelling`
// and `info --coverage` (which research question which steps and pages answer).
//
// [SECTION] Messages
// [SECTION] Readability
// [SECTION] Spelling
// [SECTION] Coverage
#include "cli/commands.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "content/readability.h"
#include "content/spelling.h"

namespace hr::cli {

namespace {

// [SECTION] Messages: every line these checks print, in one place.

std::string percent(double share) { return std::to_string(static_cast<int>(std::lround(share * 100))) + "%"; }

// One decimal, with the decimal comma in Dutch.
std::string oneDecimal(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", v);
    std::string s = buf;
    if (messageLanguage() == "nl") std::replace(s.begin(), s.end(), '.', ',');
    return s;
}

// "'a'", "'a' or 'b'", "'a', 'b' or 'c'", the "or" in the message language.
Msg quotedOr(const std::vector<std::string>& words) {
    std::string first;
    for (std::size_t i = 0; i + 1 < words.size(); ++i) first += (i == 0 ? "'" : ", '") + words[i] + "'";
    const std::string last = "'" + words.back() + "'";
    if (words.size() == 1) return Msg("verbatim", {{"text", last}});
    return Msg("list.or", {{"first", first}, {"last", last}});
}

Msg msgTextMeasure(const content::TextReadability& r) {
    return Msg("readability.measure",
               {{"what", r.what},
                {"words", r.words == 1 ? Msg("readability.one_word") : Msg("readability.words", {{"n", r.words}})},
                {"sentences", r.sentences == 1 ? Msg("readability.one_sentence") : Msg("readability.sentences", {{"n", r.sentences}})},
                {"per_sentence", oneDecimal(r.wordsPerSentence)},
                {"long", percent(r.longShare)},
                {"score", static_cast<int>(std::lround(r.douma))},
                {"short", r.scored ? Msg("verbatim", {{"text", ""}}) : Msg("readability.too_short")},
                {"verdict", r.b1 ? Msg("readability.b1") : Msg("readability.above_b1")}});
}
Msg msgLongSentence(int words, int max) { return Msg("readability.long_sentence", {{"words", words}, {"max", max}}); }
Msg msgLongWords(const std::vector<std::string>& words, int max) {
    std::string list;
    for (const auto& w : words) list += (list.empty() ? "'" : ", '") + w + "'";
    return Msg("readability.long_words", {{"count", static_cast<int>(words.size())}, {"list", list}, {"max", max}});
}
// For one file, or for the whole guide when `file` is empty.
Msg msgReadabilitySummary(const std::string& file, int b1, int total) {
    std::vector<MsgArg> args = {{"file", file}, {"b1", b1}, {"total", total}, {"share", percent(total ? static_cast<double>(b1) / total : 1)}};
    return file.empty() ? Msg("readability.summary_guide", args) : Msg("readability.summary_file", args);
}
Msg msgUnknownWord(const std::string& word, const std::vector<std::string>& suggestions) {
    if (suggestions.empty()) return Msg("spelling.unknown", {{"word", word}});
    return Msg("spelling.unknown_guess", {{"word", word}, {"suggestions", quotedOr(suggestions)}});
}
Msg msgSpellingSummary(int unknown, int distinct) {
    return Msg("spelling.summary", {{"unknown", unknown == 1 ? Msg("spelling.one_unknown") : Msg("spelling.unknowns", {{"n", unknown}})},
                                    {"distinct", distinct}});
}
Msg msgNoDutch() { return Msg("language.no_dutch"); }
Msg msgCoverageQuestion(const std::string& id, const std::string& title) {
    return Msg("coverage.question", {{"id", id}, {"title", title}});
}
Msg msgCovered(bool page, const std::string& id, const SourceLoc& loc) {
    std::vector<MsgArg> args = {{"id", id}, {"where", loc.file + ":" + std::to_string(loc.line)}};
    return page ? Msg("coverage.page", args) : Msg("coverage.node", args);
}
Msg msgNotCovered() { return Msg("coverage.none"); }
Msg msgNoQuestions() { return Msg("coverage.no_questions"); }

const std::string kDutch = "nl";

std::string locText(const SourceLoc& loc) {
    return visibleText(loc.file) + ":" + std::to_string(loc.line) + ":" + std::to_string(loc.column);
}

}  // namespace

// [SECTION] Readability

int reportReadability(const content::Guide& g) {
    Msg error;
    const auto syl = content::Syllables::load(content::Syllables::kDefaultPatterns, error);
    if (!syl) {
        complain(error);
        return kExitCannotRun;
    }
    if (std::find(g.languages.begin(), g.languages.end(), kDutch) == g.languages.end()) {
        complain(msgNoDutch());
        return kExitCannotRun;
    }
    const content::ReadabilityLimits limits;
    std::vector<std::string> files;
    std::map<std::string, std::pair<int, int>> perFile;  // file -> (at B1, texts)
    int b1 = 0, total = 0;
    for (const auto& r : content::measureGuide(g, kDutch, *syl, limits)) {
        std::printf("%s: %s\n", locText(r.loc).c_str(), say(msgTextMeasure(r)).c_str());
        Diagnostics notes;
        for (const auto& f : r.findings) {
            if (f.tooLong) notes.note(f.loc, msgLongSentence(f.words, limits.maxSentenceWords));
            if (f.tooManyLong) notes.note(f.loc, msgLongWords(f.longWords, limits.maxLongWordsInSentence));
        }
        printDiagnostics(notes, stdout);
        auto [it, isNew] = perFile.emplace(r.loc.file, std::make_pair(0, 0));
        if (isNew) files.push_back(r.loc.file);
        it->second.first += r.b1;
        ++it->second.second;
        b1 += r.b1;
        ++total;
    }
    for (const auto& f : files)
        std::printf("%s\n", say(msgReadabilitySummary(f, perFile[f].first, perFile[f].second)).c_str());
    std::printf("%s\n", say(msgReadabilitySummary("", b1, total)).c_str());
    return kExitOk;
}

// [SECTION] Spelling

int reportSpelling(const content::Guide& g, int& warnings) {
    Msg error;
    const auto speller = content::Speller::load(content::Speller::kDefaultAff, content::Speller::kDefaultDic, error);
    if (!speller) {
        complain(error);
        return kExitCannotRun;
    }
    if (std::find(g.languages.begin(), g.languages.end(), kDutch) == g.languages.end()) {
        complain(msgNoDutch());
        return kExitCannotRun;
    }
    Diagnostics d;
    content::readWordLists(g, *speller, d);
    std::set<std::string> distinct;
    const auto found = content::checkSpelling(g, kDutch, *speller);
    for (const auto& m : found) {
        d.note(m.loc, msgUnknownWord(m.word, m.suggestions));
        distinct.insert(m.word);
    }
    printDiagnostics(d, stdout);
    warnings += d.warningCount();
    std::printf("%s\n", say(msgSpellingSummary(static_cast<int>(found.size()), static_cast<int>(distinct.size()))).c_str());
    return d.hasErrors() ? kExitContentErrors : kExitOk;
}

// [SECTION] Coverage

void printCoverage(const content::Guide& g) {
    if (g.questions.empty()) std::printf("%s\n", say(msgNoQuestions()).c_str());
    for (const auto& q : g.questions) {
        std::printf("%s\n", say(msgCoverageQuestion(q.id, g.text(q.title, g.language))).c_str());
        bool any = false;
        auto covers = [&](const std::vector<content::Ref>& refs) {
            return std::any_of(refs.begin(), refs.end(), [&](const content::Ref& r) { return r.id == q.id; });
        };
        for (const auto& n : g.nodes)
            if (covers(n.covers)) {
                std::printf("  %s\n", say(msgCovered(false, n.id, n.loc)).c_str());
                any = true;
            }
        for (const auto& p : g.pages)
            if (covers(p.covers)) {
                std::printf("  %s\n", say(msgCovered(true, p.id, p.loc)).c_str());
                any = true;
            }
        if (!any) std::printf("  %s\n", say(msgNotCovered()).c_str());
    }
}

}  // namespace hr::cli
