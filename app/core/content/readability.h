// SPDX-License-Identifier: EUPL-1.2
// How readable the guide's Dutch is, measured: per text its sentence length, share of long words
// and Flesch-Douma reading score, with syllables counted by libhyphen's Dutch patterns, and a
// B1 verdict; sentences past the thresholds are pointed out. What the numbers mean and where the
// thresholds come from: content/README.md, "Leesbaarheid".
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "content/model.h"
#include "content/prose.h"

struct _HyphenDict;

namespace hr::content {

// The thresholds, in one place (content/README.md explains each).
struct ReadabilityLimits {
    int maxSentenceWords = 20;        // a sentence longer than this gets a note
    double maxMeanSentenceWords = 15;  // a text's mean, for B1
    int longWordSyllables = 4;         // a word of this many syllables or more is long
    int maxLongWordsInSentence = 3;    // a sentence with more long words than this gets a note
    double maxLongWordShare = 0.15;    // a text's share of long words, for B1
    double minDouma = 60;              // Douma's "normal" text and easier, for B1
    int minWordsForScore = 30;         // the reading score counts only in a text this long
};

// Dutch syllables from hyphenation points: libhyphen with hyphen-nl's patterns, loaded once.
class Syllables {
public:
    static constexpr const char* kDefaultPatterns = "/usr/share/hyphen/hyph_nl_NL.dic";
    // nullptr (and `error` set) when the patterns cannot be read.
    static std::unique_ptr<Syllables> load(const std::string& path, Msg& error);
    ~Syllables();
    Syllables(const Syllables&) = delete;
    Syllables& operator=(const Syllables&) = delete;

    // The syllables of one word (UTF-8, any case; parts joined by '-' or an apostrophe count apart).
    int count(std::string_view word) const;

private:
    explicit Syllables(_HyphenDict* d) : dict_(d) {}
    int countPart(const std::string& latin1) const;
    _HyphenDict* dict_;
};

struct SentenceFinding {
    SourceLoc loc;  // of the sentence's first word
    int words = 0;
    std::vector<std::string> longWords;
    bool tooLong = false;     // more than maxSentenceWords
    bool tooManyLong = false;  // more than maxLongWordsInSentence long words
};

struct TextReadability {
    Msg what;
    SourceLoc loc;  // of the text's first word
    int words = 0, sentences = 0, syllables = 0, longWords = 0;
    double wordsPerSentence = 0, longShare = 0, douma = 0;
    bool scored = false;  // long enough for the reading score to count
    bool b1 = true;
    std::vector<SentenceFinding> findings;
};

// Douma's adaptation of Flesch to Dutch: 206.84 - 0.77 * syllables per 100 words - 0.93 * words
// per sentence.
double fleschDouma(int words, int sentences, int syllables);

// One text (in `lang`) measured.
TextReadability measureText(const ProseText& t, const std::string& lang, const Syllables& syl,
                            const ReadabilityLimits& limits = {});

// Every text of the guide that people read in `lang` (snippets are measured where they are used).
std::vector<TextReadability> measureGuide(const Guide& g, const std::string& lang, const Syllables& syl,
                                          const ReadabilityLimits& limits = {});

}  // namespace hr::content
