// SPDX-License-Identifier: EUPL-1.2
// Spelling with Hunspell: the dictionary loaded once, each distinct word looked up once, word
// lists from every layer of a stack.
#include "content/spelling.h"

#include <hunspell/hunspell.h>

#include "content/prose.h"
#include "util/file_io.h"
#include "util/text_util.h"

namespace fs = std::filesystem;

namespace hr::content {

namespace {

// [SECTION] Messages
Msg msgOneWordPerLine(const std::string& line) { return Msg("spelling.one_word_per_line", {{"line", line}}); }
Msg msgCannotRead(const std::string& error) { return Msg("spelling.word_list_unreadable", {{"why", error}}); }

}  // namespace

std::unique_ptr<Speller> Speller::load(const std::string& aff, const std::string& dic, Msg& error) {
    std::error_code ec;
    if (!fs::is_regular_file(aff, ec) || !fs::is_regular_file(dic, ec)) {
        error = Msg("spelling.no_dictionary", {{"path", dic}});
        return nullptr;
    }
    Hunhandle* h = Hunspell_create(aff.c_str(), dic.c_str());
    if (!h) {
        error = Msg("spelling.bad_dictionary", {{"path", dic}});
        return nullptr;
    }
    return std::unique_ptr<Speller>(new Speller(h));
}

Speller::~Speller() { Hunspell_destroy(h_); }

void Speller::addWord(const std::string& word) {
    Hunspell_add(h_, word.c_str());
    own_.insert(word);
    cache_.clear();
}

bool Speller::spell(const std::string& word) const { return Hunspell_spell(h_, word.c_str()) != 0; }

bool Speller::known(const std::string& word) {
    if (const auto it = cache_.find(word); it != cache_.end()) return it->second;
    // A listed word, also with a capital at the start of a sentence.
    std::string lowered = word;
    if (!lowered.empty() && lowered[0] >= 'A' && lowered[0] <= 'Z') lowered[0] = static_cast<char>(lowered[0] - 'A' + 'a');
    bool ok = own_.count(word) || own_.count(lowered) || spell(word);
    // hunspell-nl does not split at hyphens (BREAK 0): "Veilig Thuis-medewerker" is right when
    // each part is.
    if (!ok && word.find('-') != std::string::npos) {
        ok = true;
        for (std::size_t from = 0, sep; ok; from = sep + 1) {
            sep = word.find('-', from);
            const std::string part = word.substr(from, sep == std::string::npos ? std::string::npos : sep - from);
            ok = !part.empty() && spell(part);
            if (sep == std::string::npos) break;
        }
    }
    cache_.emplace(word, ok);
    return ok;
}

std::vector<std::string> Speller::suggest(const std::string& word, std::size_t max) {
    char** list = nullptr;
    const int n = Hunspell_suggest(h_, &list, word.c_str());
    std::vector<std::string> out;
    for (int i = 0; i < n && out.size() < max; ++i) out.emplace_back(list[i]);
    if (list) Hunspell_free_list(h_, &list, n);
    return out;
}

bool readWordList(const fs::path& dir, const std::string& displayDir, Speller& speller, Diagnostics& diags) {
    const fs::path path = dir / "woorden.txt";
    const std::string shown = displayDir + "/woorden.txt";
    std::error_code ec;
    if (!fs::exists(path, ec)) return false;
    std::string text, error;
    if (!readTextFile(path, kMaxTextFileBytes, text, error)) {
        diags.error({shown, 1, 1}, msgCannotRead(error));
        return false;
    }
    int lineNo = 0;
    for (std::size_t from = 0; from <= text.size();) {
        std::size_t nl = text.find('\n', from);
        if (nl == std::string::npos) nl = text.size();
        std::string line = text.substr(from, nl - from);
        ++lineNo;
        from = nl + 1;
        if (const std::size_t hash = line.find('#'); hash != std::string::npos) line.erase(hash);
        const std::size_t b = line.find_first_not_of(" \t\r"), e = line.find_last_not_of(" \t\r");
        if (b == std::string::npos) continue;
        const std::string word = line.substr(b, e - b + 1);
        if (word.find_first_of(" \t") != std::string::npos) {
            diags.warning({shown, lineNo, codePoints(line, b) + 1}, msgOneWordPerLine(visibleText(word)));
            continue;
        }
        speller.addWord(word);
    }
    return true;
}

void readWordLists(const Guide& g, Speller& speller, Diagnostics& diags) {
    for (const auto& layer : g.layers) readWordList(layer.dir, layer.displayDir, speller, diags);
}

std::vector<Misspelling> checkSpelling(const Guide& g, const std::string& lang, Speller& speller) {
    std::vector<Misspelling> out;
    std::map<std::string, std::vector<std::string>> suggested;  // Hunspell's suggestions are slow
    for (const ProseText& t : proseTexts(g)) {
        const auto it = t.text->byLang.find(lang);
        const auto origin = t.text->origin.find(lang);
        if (it == t.text->byLang.end() || origin == t.text->origin.end()) continue;
        const Prose p = readProse(it->second, t.markdown);
        for (const Sentence& s : p.sentences)
            for (const Token& tok : s.tokens) {
                const std::size_t at = p.source[tok.begin];
                if (!tok.word || origin->second.fromSnippet(at)) continue;
                const std::string word = p.str(tok);
                if (speller.known(word)) continue;
                auto sug = suggested.find(word);
                if (sug == suggested.end()) sug = suggested.emplace(word, speller.suggest(word)).first;
                out.push_back({origin->second.locOf(at), word, sug->second});
            }
    }
    return out;
}

}  // namespace hr::content
