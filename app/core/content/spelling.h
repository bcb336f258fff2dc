// SPDX-License-Identifier: EUPL-1.2
// Spelling of the guide's Dutch: every word people read, checked with Hunspell and hunspell-nl's
// dictionary, plus the pack's own word list (woorden.txt: names and jargon; each overlay's adds
// to its base's). Addresses, numbers, link targets and snippet names are not words to check.
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "content/model.h"
#include "util/diagnostics.h"

struct Hunhandle;

namespace hr::content {

class Speller {
public:
    static constexpr const char* kDefaultAff = "/usr/share/hunspell/nl.aff";
    static constexpr const char* kDefaultDic = "/usr/share/hunspell/nl.dic";
    // nullptr (and `error` set) when the dictionary cannot be read.
    static std::unique_ptr<Speller> load(const std::string& aff, const std::string& dic, Msg& error);
    ~Speller();
    Speller(const Speller&) = delete;
    Speller& operator=(const Speller&) = delete;

    void addWord(const std::string& word);
    bool known(const std::string& word);
    // Up to `max` suggestions, best first.
    std::vector<std::string> suggest(const std::string& word, std::size_t max = 3);

private:
    explicit Speller(Hunhandle* h) : h_(h) {}
    bool spell(const std::string& word) const;
    Hunhandle* h_;
    std::map<std::string, bool> cache_;  // a guide repeats its words: look each up once
    // The word lists' words as written: Hunspell's own add() does not take every form (a
    // capitalised adjective of a name, "ErvaringsWIJs").
    std::set<std::string> own_;
};

// The pack's word list: `woorden.txt` next to guide.yaml (one word per line, '#' starts a
// comment). Returns false when there is none. Problems (a line with two words) go to `diags`.
bool readWordList(const std::filesystem::path& dir, const std::string& displayDir, Speller& speller, Diagnostics& diags);

// The word lists of every layer of the guide, base first (a layer without one is fine).
void readWordLists(const Guide& g, Speller& speller, Diagnostics& diags);

struct Misspelling {
    SourceLoc loc;
    std::string word;
    std::vector<std::string> suggestions;
};

// Every unknown word of the texts people read in `lang`, in reading order. A snippet's words
// are checked where the snippet is written, not where it is filled in.
std::vector<Misspelling> checkSpelling(const Guide& g, const std::string& lang, Speller& speller);

}  // namespace hr::content
