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

std::string oneDecimal(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", v);
    return buf;
}

std::string msgTextMeasure(const content::TextReadability& r) {
    return r.what + ": " + std::to_string(r.words) + (r.words == 1 ? " word in " : " words in ") + std::to_string(r.sentences) + " sentence" +
           (r.sentences == 1 ? "" : "s") + ", " + oneDecimal(r.wordsPerSentence) + " words per sentence, " +
           percent(r.longShare) + " long words, Flesch-Douma " + std::to_string(static_cast<int>(std::lround(r.douma))) +
           (r.scored ? "" : " (too short to count)") + ": " + (r.b1 ? "B1" : "above B1");
}
std::string msgLongSentence(int words, int max) {
    return "sentence of " + std::to_string(words) + " words (B1: at most " + std::to_string(max) + "); split it";
}
std::string msgLongWords(const std::vector<std::string>& words, int max) {
    std::string list;
    for (const auto& w : words) list += (list.empty() ? "'" : ", '") + w + "'";
    return "sentence with " + std::to_string(words.size()) + " long words (" + list + "; B1: at most " +
           std::to_string(max) + "); use shorter, everyday words or explain them";
}
std::string msgReadabilitySummary(const std::string& where, int b1, int total) {
    return "readability " + where + ": " + std::to_string(b1) + " of " + std::to_string(total) +
           " texts at B1 or below (" + percent(total ? static_cast<double>(b1) / total : 1) + ")";
}
std::string msgUnknownWord(const std::string& word, const std::vector<std::string>& suggestions) {
    std::string s = "unknown word '" + word + "'";
    for (std::size_t i = 0; i < suggestions.size(); ++i)
        s += (i == 0 ? "; did you mean '" : i + 1 == suggestions.size() ? "' or '" : "', '") + suggestions[i];
    if (!suggestions.empty()) s += "'?";
    return s + " (a name or term: add it to woorden.txt)";
}
std::string msgSpellingSummary(int unknown, int distinct) {
    return "spelling: " + std::to_string(unknown) + " unknown word" + (unknown == 1 ? "" : "s") + " (" +
           std::to_string(distinct) + " different)";
}
std::string msgNoDutch() { return "handreiking: the guide has no Dutch ('nl') texts; --readability and --spelling check Dutch"; }
std::string msgCoverageQuestion(const std::string& id, const std::string& title) { return "question " + id + " " + title; }
std::string msgCovered(const char* kind, const std::string& id, const SourceLoc& loc) {
    return std::string("  ") + kind + " " + id + " " + loc.file + ":" + std::to_string(loc.line);
}
std::string msgNotCovered() { return "  (not covered)"; }
std::string msgNoQuestions() { return "the guide declares no 'questions'"; }

const std::string kDutch = "nl";

std::string locText(const SourceLoc& loc) {
    return visibleText(loc.file) + ":" + std::to_string(loc.line) + ":" + std::to_string(loc.column);
}

}  // namespace

// [SECTION] Readability

int reportReadability(const content::Guide& g) {
    std::string error;
    const auto syl = content::Syllables::load(content::Syllables::kDefaultPatterns, error);
    if (!syl) {
        std::fprintf(stderr, "handreiking: %s\n", error.c_str());
        return kExitCannotRun;
    }
    if (std::find(g.languages.begin(), g.languages.end(), kDutch) == g.languages.end()) {
        std::fprintf(stderr, "%s\n", msgNoDutch().c_str());
        return kExitCannotRun;
    }
    const content::ReadabilityLimits limits;
    std::vector<std::string> files;
    std::map<std::string, std::pair<int, int>> perFile;  // file -> (at B1, texts)
    int b1 = 0, total = 0;
    for (const auto& r : content::measureGuide(g, kDutch, *syl, limits)) {
        std::printf("%s: %s\n", locText(r.loc).c_str(), visibleText(msgTextMeasure(r)).c_str());
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
        std::printf("%s\n", visibleText(msgReadabilitySummary(f, perFile[f].first, perFile[f].second)).c_str());
    std::printf("%s\n", visibleText(msgReadabilitySummary("of the guide", b1, total)).c_str());
    return kExitOk;
}

// [SECTION] Spelling

int reportSpelling(const content::Guide& g, int& warnings) {
    std::string error;
    const auto speller = content::Speller::load(content::Speller::kDefaultAff, content::Speller::kDefaultDic, error);
    if (!speller) {
        std::fprintf(stderr, "handreiking: %s\n", error.c_str());
        return kExitCannotRun;
    }
    if (std::find(g.languages.begin(), g.languages.end(), kDutch) == g.languages.end()) {
        std::fprintf(stderr, "%s\n", msgNoDutch().c_str());
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
    std::printf("%s\n", msgSpellingSummary(static_cast<int>(found.size()), static_cast<int>(distinct.size())).c_str());
    return d.hasErrors() ? kExitContentErrors : kExitOk;
}

// [SECTION] Coverage

void printCoverage(const content::Guide& g) {
    if (g.questions.empty()) std::printf("%s\n", msgNoQuestions().c_str());
    for (const auto& q : g.questions) {
        std::printf("%s\n", visibleText(msgCoverageQuestion(q.id, g.text(q.title, g.language))).c_str());
        bool any = false;
        auto covers = [&](const std::vector<content::Ref>& refs) {
            return std::any_of(refs.begin(), refs.end(), [&](const content::Ref& r) { return r.id == q.id; });
        };
        for (const auto& n : g.nodes)
            if (covers(n.covers)) {
                std::printf("%s\n", visibleText(msgCovered("node", n.id, n.loc)).c_str());
                any = true;
            }
        for (const auto& p : g.pages)
            if (covers(p.covers)) {
                std::printf("%s\n", visibleText(msgCovered("page", p.id, p.loc)).c_str());
                any = true;
            }
        if (!any) std::printf("%s\n", msgNotCovered().c_str());
    }
}

}  // namespace hr::cli
