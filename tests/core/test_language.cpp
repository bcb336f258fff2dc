// SPDX-License-Identifier: EUPL-1.2
// Readability and spelling of Dutch texts: syllables from the real hyphenation patterns, the B1
// verdict on texts whose level is known, positions of the findings, the word lists of a stack,
// and the research-question coverage that overlays can add to.
#include <catch2/catch.hpp>

#include "content/pack.h"
#include "content/prose.h"
#include "content/readability.h"
#include "content/spelling.h"
#include "test_support.h"

namespace fs = std::filesystem;
using namespace hr;

namespace {

const content::Syllables& syllables() {
    static const auto s = [] {
        Msg error;
        auto loaded = content::Syllables::load(content::Syllables::kDefaultPatterns, error);
        INFO(render(error, "en"));
        REQUIRE(loaded);
        return loaded;
    }();
    return *s;
}

content::LoadedPack taalPack(bool withOverlay = false) {
    std::vector<content::PackSource> given = {{test::fixturesDir() / "packs/taal", "taal"}};
    if (withOverlay) given.push_back({test::fixturesDir() / "packs/taal-overlay", "taal-overlay"});
    return content::loadAndValidate(given, {});
}

content::TextReadability measureNode(const content::Guide& g, const std::string& id) {
    const content::Node* n = g.node(id);
    REQUIRE(n);
    return content::measureText({Msg("verbatim", {{"text", "t"}}), &n->text, true, false}, "nl", syllables());
}

}  // namespace

TEST_CASE("syllables are counted with the Dutch hyphenation patterns") {
    const auto& s = syllables();
    CHECK(s.count("kind") == 1);
    CHECK(s.count("praten") == 2);
    CHECK(s.count("leidinggevende") == 5);
    CHECK(s.count("ervaringsdeskundigheid") == 7);
    CHECK(s.count("Één") == 1);     // upper case and accents reach the Latin-1 patterns
    CHECK(s.count("cliënten") == 3);
    CHECK(s.count("zo'n") == 1);    // 'n adds no syllable
    CHECK(s.count("e-mail") == 2);  // parts counted apart
}

TEST_CASE("Flesch-Douma follows Douma's formula") {
    CHECK(content::fleschDouma(100, 10, 150) == Approx(206.84 - 0.77 * 150 - 0.93 * 10));
    CHECK(content::fleschDouma(0, 0, 0) == 0);
}

TEST_CASE("prose keeps the words a reader sees, without link targets, and splits sentences") {
    const auto p = content::readProse("Lees [de site](https://example.org/lang-adres) nu. Bijv. de tekst.\n\n- een punt\n- nog één", true);
    std::vector<std::vector<std::string>> sentences;
    for (const auto& s : p.sentences) {
        sentences.emplace_back();
        for (const auto& t : s.tokens) sentences.back().push_back(p.str(t));
    }
    CHECK(sentences == std::vector<std::vector<std::string>>{
                           {"Lees", "de", "site", "nu"}, {"Bijv", "de", "tekst"}, {"een", "punt"}, {"nog", "één"}});
    const auto q = content::readProse("Mail info@voorbeeld.nl of bel 0800-2000, zie www.voorbeeld.nl.", false);
    REQUIRE(q.sentences.size() == 1);
    std::vector<std::string> notWords;
    for (const auto& t : q.sentences[0].tokens)
        if (!t.word) notWords.push_back(q.str(t));
    CHECK(notWords == std::vector<std::string>{"info@voorbeeld.nl", "0800-2000", "www.voorbeeld.nl"});
}

TEST_CASE("short simple sentences are B1, a long nominal sentence with jargon is flagged where it is") {
    const auto pack = taalPack();
    REQUIRE(pack.guide);
    const auto easy = measureNode(*pack.guide, "kort");
    CHECK(easy.b1);
    CHECK(easy.scored);
    CHECK(easy.findings.empty());
    CHECK(easy.sentences == 8);
    CHECK(easy.wordsPerSentence < 8);
    CHECK(easy.douma > 80);

    const auto hard = measureNode(*pack.guide, "moeilijk");
    CHECK_FALSE(hard.b1);
    REQUIRE(hard.findings.size() == 1);
    const auto& f = hard.findings[0];
    CHECK(f.tooLong);
    CHECK(f.tooManyLong);
    CHECK(f.words == 28);
    CHECK(std::find(f.longWords.begin(), f.longWords.end(), "ervaringsdeskundigheid") != f.longWords.end());
    CHECK(f.loc.file == "taal/guide.yaml");
    CHECK(f.loc.line == 37);  // the second paragraph of the literal block
    CHECK(f.loc.column == 7);
    CHECK(hard.douma < 30);
}

TEST_CASE("spelling: a typo with suggestions at its place, names from the word list and non-words pass") {
    Msg error;
    auto speller = content::Speller::load(content::Speller::kDefaultAff, content::Speller::kDefaultDic, error);
    INFO(render(error, "en"));
    REQUIRE(speller);
    const auto pack = taalPack();
    REQUIRE(pack.guide);
    Diagnostics d;
    content::readWordLists(*pack.guide, *speller, d);
    REQUIRE(d.items().size() == 1);  // "Veilig Thuis" is two words on one line
    CHECK(d.items()[0].severity == Severity::Warning);
    CHECK(d.items()[0].loc.line == 5);
    const auto found = content::checkSpelling(*pack.guide, "nl", *speller);
    REQUIRE(found.size() == 1);
    CHECK(found[0].word == "prathen");
    CHECK(found[0].loc.line == 43);
    CHECK(found[0].loc.column == 44);
    CHECK(std::find(found[0].suggestions.begin(), found[0].suggestions.end(), "praten") != found[0].suggestions.end());
    CHECK(found[0].suggestions.size() <= 3);
}

TEST_CASE("an overlay adds to its base: its word list, its questions and covers") {
    Msg error;
    auto speller = content::Speller::load(content::Speller::kDefaultAff, content::Speller::kDefaultDic, error);
    REQUIRE(speller);
    const auto pack = taalPack(true);
    REQUIRE(pack.guide);
    INFO(pack.diags.str());
    CHECK_FALSE(pack.diags.hasErrors());
    Diagnostics d;
    content::readWordLists(*pack.guide, *speller, d);
    std::vector<std::string> unknown;
    for (const auto& m : content::checkSpelling(*pack.guide, "nl", *speller)) unknown.push_back(m.word);
    // Lindeborg (the overlay's list) and Zonnehof (the base's) pass; the made-up name does not.
    CHECK(unknown == std::vector<std::string>{"prathen", "Wlobbert"});
    REQUIRE(pack.guide->questions.size() == 2);
    CHECK(pack.guide->questions[1].id == "organisatie");
    const content::Node* local = pack.guide->node("lokaal");
    REQUIRE(local);
    REQUIRE(local->covers.size() == 1);
    CHECK(local->covers[0].id == "organisatie");
    CHECK(local->covers[0].loc.file == "taal-overlay/guide.yaml");
}
