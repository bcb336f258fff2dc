// SPDX-License-Identifier: EUPL-1.2
// The loader on a valid pack: what ends up in the model, the language fallback, includes, and
// the bundled guide loading without a single diagnostic.
#include <catch2/catch.hpp>

#include "content/pack.h"
#include "test_support.h"
#include "util/paths.h"

namespace fs = std::filesystem;
using namespace hr;
using namespace hr::content;

namespace {
const char* kGuide = R"(format: 1
id: proef
version: 2.1.0
language: nl
languages: [nl, en]
title: {nl: Proef, en: Trial}
followup: b
roles:
  - id: samen
    title: {nl: Samen, en: Together}
tracks:
  - id: a
    audience: {nl: iedereen, en: everyone}
    title: {nl: Route A, en: Track A}
    start: keuze
  - id: b
    audience: {nl: iedereen, en: everyone}
    title: {nl: Route B, en: Track B}
    start: schaal
    alone: true
include: [deel/knopen.yaml]
agreements:
  - id: check-in
    text: {nl: Elke maand een check-in., en: A monthly check-in.}
    owner: samen
    when: punt <= 2 or gekozen == 'ja'
)";

const char* kNodes = R"(nodes:
  - id: keuze
    kind: choice
    title: {nl: Keuze, en: Choice}
    choices:
      - id: ja
        label: {nl: Ja, en: Yes}
        set: {gekozen: ja, teller: 2, klaar: true}
        next: lijst
      - id: nee
        label: {nl: Nee, en: No}
        when: not klaar
        next: einde
  - id: lijst
    kind: checklist
    title: {nl: Lijst, en: List}
    choices:
      - id: een
        label: {nl: Een, en: One}
    next: schaal
  - id: schaal
    kind: scale
    title: {nl: Schaal, en: Scale}
    scale: {min: 0, max: 4, labels: {0: {nl: nooit, en: never}, 4: {nl: altijd, en: always}}}
    statements:
      - id: punt
        text: {nl: Een stelling., en: A statement.}
    next: afspraken
  - id: afspraken
    kind: agreements
    title: {nl: Afspraken, en: Agreements}
    suggest: [check-in]
    next: einde
  - id: einde
    kind: end
    title: {nl: Einde, en: End}
)";
}  // namespace

TEST_CASE("a valid pack loads completely into the model") {
    test::TempDir tmp;
    test::writeText(tmp.path() / "guide.yaml", kGuide);
    test::writeText(tmp.path() / "deel" / "knopen.yaml", kNodes);
    const auto pack = loadAndValidate(tmp.path(), "p");
    INFO(pack.diags.str());
    REQUIRE(pack.diags.empty());
    REQUIRE(pack.usable());
    const Guide& g = *pack.guide;
    CHECK(g.id == "proef");
    CHECK(g.version == "2.1.0");
    CHECK(g.languages == std::vector<std::string>{"nl", "en"});
    CHECK(g.followUp.id == "b");
    CHECK(g.files == std::vector<std::string>{"p/guide.yaml", "p/deel/knopen.yaml"});
    REQUIRE(g.nodes.size() == 5);

    const Node* keuze = g.node("keuze");
    REQUIRE(keuze);
    CHECK(keuze->kind == NodeKind::Choice);
    CHECK(keuze->loc.file == "p/deel/knopen.yaml");
    CHECK(keuze->loc.line == 2);
    REQUIRE(keuze->choices.size() == 2);
    const auto& sets = keuze->choices[0].sets;
    REQUIRE(sets.size() == 3);
    CHECK(sets[0].value == Value{std::string("ja")});
    CHECK(sets[1].value == Value{2.0});
    CHECK(sets[2].value == Value{true});
    CHECK(keuze->choices[1].when.condition.eval({{"klaar", Value{false}}}));
    CHECK_FALSE(keuze->choices[1].when.condition.eval({{"klaar", Value{true}}}));

    const Node* schaal = g.node("schaal");
    REQUIRE(schaal);
    CHECK(schaal->scale.min == 0);
    CHECK(schaal->scale.max == 4);
    CHECK(schaal->scale.labels.at(4).get("en", "nl") == "always");
    CHECK(schaal->statements.at(0).id == "punt");

    const Node* afspraken = g.node("afspraken");
    REQUIRE(afspraken);
    REQUIRE(afspraken->suggest.size() == 1);
    CHECK(g.agreement("check-in")->owner.id == "samen");
    CHECK(g.agreement("check-in")->when.condition.eval({{"punt", Value{1.0}}}));

    CHECK_FALSE(g.track("a")->alone);
    CHECK(g.track("b")->alone);

    const auto stats = trackStats(g);
    REQUIRE(stats.size() == 2);
    CHECK(stats[0].nodes == 5);
    CHECK(stats[0].ends == 1);
    CHECK(stats[1].nodes == 3);
}

TEST_CASE("texts fall back from the asked language to the guide's default") {
    Text t;
    t.byLang = {{"nl", "Hallo"}, {"en", "Hello"}};
    CHECK(t.get("en", "nl") == "Hello");
    CHECK(t.get("de", "nl") == "Hallo");
    Text onlyNl;
    onlyNl.byLang = {{"nl", "Alleen Nederlands"}};
    CHECK(onlyNl.get("en", "nl") == "Alleen Nederlands");
    CHECK(Text().get("nl", "nl").empty());
}

TEST_CASE("plain strings belong to the guide's default language") {
    test::TempDir tmp;
    test::writeText(tmp.path() / "guide.yaml",
                    "id: x\nversion: '1'\nlanguage: en\nlanguages: [en, nl]\ntitle: {en: Hi, nl: Hoi}\n"
                    "tracks: [{id: a, audience: {en: all, nl: allen}, title: Only English, start: e}]\n"
                    "nodes: [{id: e, kind: end, title: {en: End, nl: Einde}}]\n");
    const auto pack = loadAndValidate(tmp.path(), "x");
    REQUIRE(pack.guide);
    CHECK(pack.guide->tracks.at(0).title.byLang.count("en") == 1);
    REQUIRE(pack.diags.warningCount() == 1);
    CHECK(pack.diags.items()[0].message == "text has no 'nl' version");
    CHECK(pack.diags.items()[0].loc.line == 6);
}

TEST_CASE("the bundled guide loads without any diagnostic") {
    const auto pack = loadAndValidate(test::sourceDir() / "content" / "ervaringskennis", "ervaringskennis");
    INFO(pack.diags.str());
    CHECK(pack.diags.empty());
    REQUIRE(pack.usable());
    CHECK(pack.guide->tracks.size() >= 2);
    for (const auto& s : trackStats(*pack.guide)) {
        CHECK(s.nodes > 1);
        CHECK(s.ends >= 1);
    }
}

// A pack can hold any bytes; diagnostics quote them (unknown keys, ids, paths) and go straight to
// the terminal, where an escape sequence would be obeyed and a line break would split a one-line
// notice. formatDiagnostic shows them as visible escapes instead.
TEST_CASE("diagnostics show control characters from a pack as escapes, never raw") {
    const Diagnostic d{Severity::Error, {"gids\x1b]0;titel\x07/guide.yaml", 3, 1},
                       "unknown key '\x1b[2Jweg'\r\nnieuwe regel \xc2\x9b" "31m en\tdit", Msg()};
    const std::string s = formatDiagnostic(d);
    CHECK(s == "gids\\x1b]0;titel\\x07/guide.yaml:3:1: error: unknown key '\\x1b[2Jweg'\\x0d\\x0anieuwe regel "
               "\\u009b31m en\tdit");

    test::TempDir tmp;
    test::writeText(tmp.path() / "guide.yaml", "format: 1\nid: x\n\"\x1b[31mrood\": 1\n");
    auto pack = loadAndValidate(tmp.path(), "pack");
    const std::string all = pack.diags.str();
    CHECK(all.find("\\x1b[31mrood") != std::string::npos);
    for (char c : all) CHECK((c == '\n' || static_cast<unsigned char>(c) >= 0x20));
}

TEST_CASE("a language added to a guide gives one warning per file with the count, or each one with verbose") {
    test::TempDir tmp;
    fs::copy(test::fixturesDir() / "overlays" / "bases" / "basis", tmp.path() / "basis", fs::copy_options::recursive);
    std::string guide = test::readText(tmp.path() / "basis" / "guide.yaml");
    guide.replace(guide.find("language: nl\n"), 13, "language: nl\nlanguages: [nl, en]\n");
    test::writeText(tmp.path() / "basis" / "guide.yaml", guide);

    const auto summed = loadAndValidate({{tmp.path() / "basis", "basis"}}, {});
    CHECK(summed.diags.errorCount() == 0);
    REQUIRE(summed.diags.warningCount() == 2);
    CHECK(summed.diags.str() ==
          "basis/guide.yaml:7:8: warning: this text and 10 more in this file have no 'en' version yet (check --verbose lists each)\n"
          "basis/stappen.yaml:4:12: warning: this text and 11 more in this file have no 'en' version yet (check --verbose lists each)\n");
    const auto each = loadAndValidate({{tmp.path() / "basis", "basis"}}, {}, ValidateOptions{true});
    CHECK(each.diags.warningCount() == 23);
    CHECK(each.diags.items().front().message == "text has no 'en' version");
}

// A control character in a text is invisible on screen and would travel on into records and
// exports; check names the file, line and character. Tabs and line breaks in a block are text.
TEST_CASE("a control character in a pack's text, id or version is an error at that character") {
    test::TempDir tmp;
    fs::copy(test::fixturesDir() / "overlays" / "bases" / "basis", tmp.path() / "basis", fs::copy_options::recursive);
    std::string guide = test::readText(tmp.path() / "basis" / "guide.yaml");
    const std::size_t line = std::count(guide.begin(), guide.begin() + guide.find("\nversion:"), '\n') + 2;
    guide.replace(guide.find("\nversion: 0.4.2\n"), 16, "\nversion: \"1.\\e[8m\"\ndescription: \"een\\x85twee\"\n");
    guide.replace(guide.find("title: Basisgids"), 16, "title: \"Basis\\tgids\"");
    test::writeText(tmp.path() / "basis" / "guide.yaml", guide);
    const auto pack = loadAndValidate({{tmp.path() / "basis", "basis"}}, {});
    const std::string all = pack.diags.str();
    INFO(all);
    const std::string at = "basis/guide.yaml:" + std::to_string(line) + ":";
    CHECK(all.find(at + "13: error: this text holds a control character (\\x1b)") != std::string::npos);
    CHECK(all.find("basis/guide.yaml:" + std::to_string(line + 1) + ":18: error: this text holds a control character (\\u0085)") !=
          std::string::npos);
    CHECK(all.find("(\\x09)") == std::string::npos);  // a tab is not reported as a control character
}

TEST_CASE("each line of a literal block is placed at its own line and indentation in the file") {
    test::TempDir tmp;
    std::string guide = kGuide;
    guide.replace(guide.find("include: [deel/knopen.yaml]"), 27, "include: [deel/knopen.yaml, deel/tekst.yaml]");
    test::writeText(tmp.path() / "guide.yaml", guide);
    std::string nodes = kNodes;
    nodes.replace(nodes.find("    next: einde\n  - id: einde"), 15, "    next: lezen");
    test::writeText(tmp.path() / "deel" / "knopen.yaml", nodes);
    test::writeText(tmp.path() / "deel" / "tekst.yaml", "nodes:\n"
                                                        "  - id: lezen\n"
                                                        "    kind: info\n"
                                                        "    title: {nl: Lezen, en: Read}\n"
                                                        "    text:\n"
                                                        "      nl: |\n"
                                                        "          Eerste regel.\n"
                                                        "\n"
                                                        "          Derde regel, met é erin.\n"
                                                        "          Vierde.\n"
                                                        "      en: Only one line.\n"
                                                        "    next: einde\n");
    const auto pack = loadAndValidate(tmp.path(), "p");
    INFO(pack.diags.str());
    REQUIRE(pack.usable());
    const Node* lezen = pack.guide->node("lezen");
    REQUIRE(lezen);
    const TextOrigin& o = lezen->text.origin.at("nl");
    const std::string& raw = o.raw;
    REQUIRE(o.lines.size() == 4);
    auto at = [&](const std::string& word) { return o.locOf(raw.find(word)); };
    CHECK(at("Eerste").file == "p/deel/tekst.yaml");
    CHECK(at("Eerste").line == 7);
    CHECK(at("Eerste").column == 11);
    CHECK(at("regel.").column == 18);
    CHECK(at("Derde").line == 9);
    CHECK(at("met").line == 9);
    CHECK(at("met").column == 24);
    CHECK(at("erin").column == 30);  // counted in characters: é is two bytes
    CHECK(at("Vierde").line == 10);
    CHECK(at("Vierde").column == 11);
}

// The guide's follow-up is written for one kind of talk: a track it does not fit says so with
// `follow-up: false`. Without the key a track has one; a wrong value is named where it stands.
TEST_CASE("a track's follow-up key is read, defaults to true, and a wrong value names file:line:col") {
    const std::string head =
        "id: x\nversion: '1'\nlanguage: nl\ntitle: X\n"
        "nodes: [{id: e, kind: end, title: Einde}]\ntracks:\n";
    test::TempDir tmp;
    test::writeText(tmp.path() / "guide.yaml",
                    head +
                        "  - {id: gesprek, audience: twee, title: Gesprek, start: e}\n"
                        "  - {id: team, audience: team, title: Team, start: e, follow-up: false}\n"
                        "  - {id: ja, audience: twee, title: Ja, start: e, follow-up: true}\n");
    const auto pack = loadAndValidate(tmp.path(), "x");
    INFO(pack.diags.str());
    REQUIRE(pack.diags.empty());
    CHECK(pack.guide->track("gesprek")->followUp);
    CHECK_FALSE(pack.guide->track("team")->followUp);
    CHECK(pack.guide->track("ja")->followUp);

    SECTION("a value that is not true or false") {
        test::writeText(tmp.path() / "guide.yaml",
                        head + "  - id: team\n    audience: team\n    title: Team\n    start: e\n    follow-up: nee\n");
        const auto bad = loadAndValidate(tmp.path(), "x");
        CHECK(bad.diags.str() == "x/guide.yaml:11:16: error: track 'follow-up' must be true or false, not 'nee'\n");
    }
    SECTION("a list") {
        test::writeText(tmp.path() / "guide.yaml",
                        head + "  - {id: team, audience: team, title: Team, start: e, follow-up: [false]}\n");
        const auto bad = loadAndValidate(tmp.path(), "x");
        REQUIRE(bad.diags.errorCount() == 1);
        CHECK(bad.diags.items()[0].loc.file == "x/guide.yaml");
        CHECK(bad.diags.items()[0].loc.line == 7);
        CHECK(bad.diags.items()[0].loc.column == 66);
    }
    SECTION("follow-up: true on a track walked alone, which never has one") {
        test::writeText(tmp.path() / "guide.yaml",
                        head + "  - {id: zelf, audience: een, title: Zelf, start: e, alone: true, follow-up: true}\n");
        const auto bad = loadAndValidate(tmp.path(), "x");
        REQUIRE(bad.diags.errorCount() == 1);
        CHECK(bad.diags.str().rfind("x/guide.yaml:7:78: error: track 'zelf' is walked alone", 0) == 0);
    }
}
