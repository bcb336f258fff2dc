// SPDX-License-Identifier: EUPL-1.2
// Readability measured: syllables from libhyphen (points + 1 per word part), sentence and word
// counts from the prose reader, Douma's score, and the B1 verdict against ReadabilityLimits.
#include "content/readability.h"

#include <hyphen.h>

#include <cstdlib>

#include "util/text_util.h"

namespace hr::content {

namespace {

// The word in the patterns' encoding (hyphen-nl's are ISO 8859-1), in lower case: 'ĳ' as "ij",
// the typographic apostrophe as ', any other letter outside Latin-1 as a consonant stand-in.
std::string toLatin1Lower(std::string_view w) {
    std::string out;
    for (std::size_t i = 0; i < w.size();) {
        const auto lead = static_cast<unsigned char>(w[i]);
        const std::size_t len = std::min(utf8SequenceLength(lead), w.size() - i);
        char32_t cp = len == 1 ? lead : lead & (0xFF >> (len + 1));
        for (std::size_t k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(w[i + k]) & 0x3F);
        i += len;
        if (cp >= 'A' && cp <= 'Z') cp += 'a' - 'A';
        if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) cp += 0x20;
        if (cp == 0x132 || cp == 0x133)
            out += "ij";
        else if (cp == 0x2019)
            out += '\'';
        else
            out += cp <= 0xFF ? static_cast<char>(cp) : 'x';
    }
    return out;
}

bool hasVowel(const std::string& latin1) {
    for (char ch : latin1) {
        const auto c = static_cast<unsigned char>(ch);
        if (std::string("aeiouy").find(static_cast<char>(c)) != std::string::npos || (c >= 0xE0 && c != 0xF7))
            return true;
    }
    return false;
}

}  // namespace

std::unique_ptr<Syllables> Syllables::load(const std::string& path, Msg& error) {
    HyphenDict* d = hnj_hyphen_load(path.c_str());
    if (!d) {
        error = Msg("readability.no_patterns", {{"path", path}});
        return nullptr;
    }
    return std::unique_ptr<Syllables>(new Syllables(d));
}

Syllables::~Syllables() { hnj_hyphen_free(dict_); }

int Syllables::countPart(const std::string& part) const {
    // A part without a vowel ('n in "zo'n", the s of "'s avonds") adds no syllable.
    if (part.empty() || !hasVowel(part)) return 0;
    std::vector<char> hyphens(part.size() + 5, 0);
    char** rep = nullptr;
    int* pos = nullptr;
    int* cut = nullptr;
    const int size = static_cast<int>(part.size());
    if (hnj_hyphen_hyphenate2(dict_, part.c_str(), size, hyphens.data(), nullptr, &rep, &pos, &cut) != 0) return 1;
    int points = 0;
    for (int i = 0; i + 1 < size; ++i)
        if (hyphens[static_cast<std::size_t>(i)] & 1) ++points;
    if (rep) {
        for (int i = 0; i < size; ++i) std::free(rep[i]);
        std::free(rep);
    }
    std::free(pos);
    std::free(cut);
    return points + 1;
}

int Syllables::count(std::string_view word) const {
    const std::string w = toLatin1Lower(word);
    int n = 0;
    std::size_t from = 0;
    for (;;) {
        const std::size_t sep = w.find_first_of("-'", from);
        n += countPart(w.substr(from, sep == std::string::npos ? std::string::npos : sep - from));
        if (sep == std::string::npos) break;
        from = sep + 1;
    }
    return n > 0 ? n : 1;  // an abbreviation without vowels is still spoken
}

double fleschDouma(int words, int sentences, int syllables) {
    if (words == 0 || sentences == 0) return 0;
    return 206.84 - 0.77 * (100.0 * syllables / words) - 0.93 * (static_cast<double>(words) / sentences);
}

TextReadability measureText(const ProseText& t, const std::string& lang, const Syllables& syl,
                            const ReadabilityLimits& limits) {
    TextReadability r;
    r.what = t.what;
    r.loc = t.text->loc;
    const auto it = t.text->byLang.find(lang);
    const auto origin = t.text->origin.find(lang);
    if (it == t.text->byLang.end() || origin == t.text->origin.end()) return r;
    const Prose p = readProse(it->second, t.markdown);
    auto locOf = [&](const Token& tok) { return origin->second.locOf(p.source[tok.begin]); };
    for (const Sentence& s : p.sentences) {
        SentenceFinding f;
        f.loc = locOf(s.tokens.front());
        if (r.sentences == 0) r.loc = f.loc;
        for (const Token& tok : s.tokens) {
            // A number, address or phone number is read as one short word.
            const int n = tok.word ? syl.count(p.str(tok)) : 1;
            r.syllables += n;
            if (n >= limits.longWordSyllables) f.longWords.push_back(p.str(tok));
        }
        f.words = static_cast<int>(s.tokens.size());
        r.words += f.words;
        r.longWords += static_cast<int>(f.longWords.size());
        ++r.sentences;
        f.tooLong = f.words > limits.maxSentenceWords;
        f.tooManyLong = static_cast<int>(f.longWords.size()) > limits.maxLongWordsInSentence;
        if (f.tooLong || f.tooManyLong) r.findings.push_back(std::move(f));
    }
    if (r.words == 0) return r;
    r.wordsPerSentence = static_cast<double>(r.words) / r.sentences;
    r.longShare = static_cast<double>(r.longWords) / r.words;
    r.douma = fleschDouma(r.words, r.sentences, r.syllables);
    r.scored = r.words >= limits.minWordsForScore;
    r.b1 = r.findings.empty() && r.wordsPerSentence <= limits.maxMeanSentenceWords;
    // Share and score say little about a title of three words: they count only in running text.
    if (r.scored) r.b1 = r.b1 && r.longShare <= limits.maxLongWordShare && r.douma >= limits.minDouma;
    return r;
}

std::vector<TextReadability> measureGuide(const Guide& g, const std::string& lang, const Syllables& syl,
                                          const ReadabilityLimits& limits) {
    std::vector<TextReadability> out;
    for (const ProseText& t : proseTexts(g)) {
        if (t.snippet) continue;
        TextReadability r = measureText(t, lang, syl, limits);
        if (r.words > 0) out.push_back(std::move(r));
    }
    return out;
}

}  // namespace hr::content
