// SPDX-License-Identifier: EUPL-1.2
// Diagnostics for people, from the outside: `check` in Dutch and in English on the fixtures of
// tests/fixtures/people/<case>/ (expected.nl.txt, expected.en.txt; HR_UPDATE_GOLDEN=1 rewrites
// them for review), the language chosen by --lang, the settings or the locale, and the issue's
// own case: one tab in the bundled guide's routes/gesprek.yaml gives one error, not 33.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <regex>

#include "test_support.h"

namespace fs = std::filesystem;
using namespace hr;

namespace {

// `check` with a clean locale and no settings, so only what the test gives decides the language.
test::CommandResult check(const std::string& args, const fs::path& cwd, const std::string& env = "") {
    test::TempDir config;
    return test::run("env -u LC_ALL -u LC_MESSAGES -u LANG XDG_CONFIG_HOME=" + test::shellQuote(config.path().string()) +
                         " " + env + " " + test::binaryCommand() + " check " + args,
                     cwd);
}

int count(const std::string& text, const std::string& what) {
    int n = 0;
    for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}

}  // namespace

TEST_CASE("each people fixture gives its expected diagnostics in Dutch and in English") {
    const fs::path root = test::fixturesDir() / "people";
    std::vector<std::string> cases;
    for (const auto& e : fs::directory_iterator(root))
        if (e.is_directory()) cases.push_back(e.path().filename().string());
    std::sort(cases.begin(), cases.end());
    REQUIRE(cases.size() >= 4);
    for (const auto& name : cases) {
        for (const std::string lang : {"nl", "en"}) {
            SECTION(name + " " + lang) {
                const auto r = check("--lang " + lang + " " + name, root);
                CHECK(r.exitCode == 1);
                const fs::path file = root / name / ("expected." + lang + ".txt");
                if (std::getenv("HR_UPDATE_GOLDEN")) test::writeText(file, r.out);
                const std::string expected = test::readText(file);
                REQUIRE_FALSE(expected.empty());
                CHECK(r.out == expected);
                // GCC's layout and English keywords in every language, for problem matchers.
                static const std::regex gcc("^[^:]+:[0-9]+:[0-9]+: (error|warning|note): .+$");
                std::istringstream lines(r.out);
                for (std::string line; std::getline(lines, line);)
                    if (line.find(": ") != std::string::npos && line.rfind(name + "/", 0) == 0) CHECK(std::regex_match(line, gcc));
            }
        }
    }
}

TEST_CASE("one tab in a file gives one error and one closing note, whatever points into that file") {
    const fs::path root = test::fixturesDir() / "people";
    const auto r = check("--lang nl tab", root);
    CHECK(count(r.out, ": error: ") == 1);
    CHECK(count(r.out, ": note: ") == 1);
    CHECK(r.out.find("tab/routes/gesprek.yaml:17:1: error: Hier staat een tab.") == 0);
}

TEST_CASE("the issue's case: a tab in the bundled guide's routes/gesprek.yaml gives exactly one error") {
    test::TempDir tmp;
    const fs::path pack = tmp.path() / "ervaringskennis";
    fs::copy(test::sourceDir() / "content" / "ervaringskennis", pack, fs::copy_options::recursive);
    const fs::path file = pack / "routes" / "gesprek.yaml";
    std::string text = test::readText(file);
    // The first step's 'kind:' line indented with a tab instead of its four spaces.
    const std::size_t at = text.find("\n    kind: ");
    REQUIRE(at != std::string::npos);
    text.replace(at + 1, 4, "\t");
    test::writeText(file, text);
    const int line = static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(at) + 1, '\n')) + 1;

    const auto nl = check("--lang nl ervaringskennis", tmp.path());
    INFO(nl.out);
    CHECK(nl.exitCode == 1);
    CHECK(count(nl.out, ": error: ") == 1);
    CHECK(nl.out.find("ervaringskennis/routes/gesprek.yaml:" + std::to_string(line) + ":1: error: Hier staat een tab. "
                      "YAML wil spaties: vervang de tab door spaties\n") == 0);
    CHECK(nl.out.find(": note: Verder mogelijk meer fouten door deze ene; herstel deze eerst\n") != std::string::npos);

    const auto en = check("--lang en ervaringskennis", tmp.path());
    CHECK(count(en.out, ": error: ") == 1);
    CHECK(en.out.find(": note: more errors may follow from this one; fix it first\n") != std::string::npos);
}

TEST_CASE("the message language: --lang, then the settings, then the locale, else Dutch") {
    const fs::path root = test::fixturesDir() / "people";
    const std::string dutch = "Er is geen gedeelde tekst", english = "unknown snippet";
    CHECK(check("een-column", root).out.find(dutch) != std::string::npos);  // nothing says: Dutch
    CHECK(check("een-column", root, "LANG=en_GB.UTF-8").out.find(english) != std::string::npos);
    CHECK(check("een-column", root, "LANG=nl_NL.UTF-8").out.find(dutch) != std::string::npos);
    CHECK(check("een-column", root, "LANG=en_GB.UTF-8 LC_ALL=nl_BE.UTF-8").out.find(dutch) != std::string::npos);
    CHECK(check("een-column", root, "LANG=de_DE.UTF-8").out.find(dutch) != std::string::npos);  // no German: Dutch
    CHECK(check("--lang en een-column", root, "LANG=nl_NL.UTF-8").out.find(english) != std::string::npos);

    test::TempDir config;
    test::writeText(config.path() / "handreiking" / "settings.yaml", "language: en\n");
    const auto r = test::run("env -u LC_ALL -u LC_MESSAGES LANG=nl_NL.UTF-8 XDG_CONFIG_HOME=" +
                                 test::shellQuote(config.path().string()) + " " + test::binaryCommand() + " check een-column",
                             root);
    CHECK(r.out.find(english) != std::string::npos);
    // Reading the settings for the language leaves the file as it was.
    CHECK(test::readText(config.path() / "handreiking" / "settings.yaml") == "language: en\n");
}

namespace {

// Any command with a clean locale and no settings, in the language `--lang` gives.
test::CommandResult clean(const std::string& args, const fs::path& cwd = {}, const std::string& env = "") {
    test::TempDir config;
    return test::run("env -u LC_ALL -u LC_MESSAGES -u LANG XDG_CONFIG_HOME=" + test::shellQuote(config.path().string()) +
                         " " + env + " " + test::binaryCommand() + " " + args,
                     cwd);
}

bool has(const std::string& out, const std::string& what) { return out.find(what) != std::string::npos; }

}  // namespace

TEST_CASE("check --readability speaks Dutch under --lang nl and English under --lang en") {
    const auto nl = clean("check --lang nl --readability packs/taal", test::fixturesDir());
    INFO(nl.out << nl.err);
    CHECK(nl.exitCode == 0);
    CHECK(has(nl.out, "packs/taal/guide.yaml:27:7: Tekst van stap 'kort': 39 woorden in 8 zinnen, 4,9 woorden per zin, "));
    CHECK(has(nl.out, "packs/taal/guide.yaml:37:7: note: Deze zin heeft 28 woorden (voor B1 hoogstens 20). "
                      "Maak er twee of meer zinnen van\n"));
    CHECK(has(nl.out, "packs/taal/guide.yaml:37:7: note: In deze zin staan "));
    CHECK(has(nl.out, ": boven B1\n"));
    CHECK(has(nl.out, "\nLeesbaarheid packs/taal/guide.yaml: "));
    CHECK(has(nl.out, "\nLeesbaarheid van de hele gids: "));
    CHECK_FALSE(has(nl.out, " words"));
    CHECK_FALSE(has(nl.out, "readability"));

    const auto en = clean("check --lang en --readability packs/taal", test::fixturesDir());
    CHECK(has(en.out, "packs/taal/guide.yaml:27:7: node 'kort' text: 39 words in 8 sentences, 4.9 words per sentence, "));
    CHECK(has(en.out, "packs/taal/guide.yaml:37:7: note: sentence of 28 words (B1: at most 20); split it\n"));
    CHECK(has(en.out, "\nreadability of the guide: "));
    CHECK_FALSE(has(en.out, "woorden"));
}

TEST_CASE("check --spelling speaks Dutch under --lang nl and English under --lang en") {
    const auto nl = clean("check --lang nl --spelling packs/taal", test::fixturesDir());
    INFO(nl.out << nl.err);
    CHECK(nl.exitCode == 0);
    CHECK(has(nl.out, "packs/taal/guide.yaml:43:44: note: Het woord 'prathen' staat niet in het woordenboek. Bedoel je '"));
    CHECK(has(nl.out, "? Is het een naam of een vakwoord, zet het dan in woorden.txt\n"));
    CHECK(has(nl.out, "packs/taal/woorden.txt:5:1: warning: 'Veilig Thuis' is meer dan één woord. "
                      "Zet in woorden.txt één woord op elke regel\n"));
    CHECK(has(nl.out, "\nSpelling: 1 onbekend woord (1 verschillend)\n"));
    CHECK(has(nl.err, "1 waarschuwing"));

    const auto en = clean("check --lang en --spelling packs/taal", test::fixturesDir());
    CHECK(has(en.out, "packs/taal/guide.yaml:43:44: note: unknown word 'prathen'; did you mean '"));
    CHECK(has(en.out, "? (a name or term: add it to woorden.txt)\n"));
    CHECK(has(en.out, "packs/taal/woorden.txt:5:1: warning: 'Veilig Thuis' is more than one word; "
                      "woorden.txt holds one word per line\n"));
    CHECK(has(en.out, "\nspelling: 1 unknown word (1 different)\n"));
}

TEST_CASE("info --coverage speaks Dutch under --lang nl and English under --lang en") {
    const std::string packs = " --content packs/taal --content packs/taal-overlay";
    const auto nl = clean("info --lang nl --coverage" + packs, test::fixturesDir());
    INFO(nl.out << nl.err);
    CHECK(nl.exitCode == 0);
    CHECK(nl.out == "Onderzoeksvraag 1 Hoe werkt ervaring door in het werk?\n"
                    "  Stap kort packs/taal/guide.yaml:22\n"
                    "Onderzoeksvraag organisatie Wat kan de organisatie doen?\n"
                    "  Stap lokaal packs/taal-overlay/guide.yaml:12\n");
    const auto en = clean("info --lang en --coverage" + packs, test::fixturesDir());
    CHECK(en.out == "question 1 Hoe werkt ervaring door in het werk?\n"
                    "  node kort packs/taal/guide.yaml:22\n"
                    "question organisatie Wat kan de organisatie doen?\n"
                    "  node lokaal packs/taal-overlay/guide.yaml:12\n");
    // A guide without questions says so in each language.
    CHECK(clean("info --lang nl --coverage --content packs/proef", test::fixturesDir()).out ==
          "De gids noemt geen onderzoeksvragen onder 'questions'\n");
    CHECK(clean("info --lang en --coverage --content packs/proef", test::fixturesDir()).out ==
          "the guide declares no 'questions'\n");
}

TEST_CASE("a malformed record is reported in Dutch or English, at its file:line:col") {
    test::TempDir tmp;
    // No 'track', a 'finished' that is not true or false, and a due date people would say.
    test::writeText(tmp.path() / "kapot.yaml", "format: 1\n"
                                               "id: kapot\n"
                                               "pack:\n"
                                               "  id: proef\n"
                                               "finished: misschien\n"
                                               "path: []\n"
                                               "position: 0\n"
                                               "agreements:\n"
                                               "  - id: a1\n"
                                               "    text: Samen koffie drinken\n"
                                               "    due: morgen\n");
    const std::string args = " --format md -o uit.md kapot.yaml";
    const auto nl = clean("export --lang nl" + args, tmp.path());
    INFO(nl.err);
    CHECK(nl.exitCode == 1);
    CHECK(has(nl.err, "kapot.yaml:1:1: error: Bij het bestand van het gesprek ontbreekt 'track'. Die is nodig: voeg 'track:' toe\n"));
    CHECK(has(nl.err, "kapot.yaml:5:11: error: 'finished' moet true (ja) of false (nee) zijn, niet 'misschien'\n"));
    CHECK(has(nl.err, "kapot.yaml:11:10: error: 'due' bij een afspraak moet een datum zijn, geschreven als JJJJ-MM-DD, "
                      "niet 'morgen'\n"));
    const auto en = clean("export --lang en" + args, tmp.path());
    CHECK(en.exitCode == 1);
    CHECK(has(en.err, "kapot.yaml:1:1: error: the record has no 'track' (it is required)\n"));
    CHECK(has(en.err, "kapot.yaml:5:11: error: 'finished' must be true or false, not 'misschien'\n"));
    CHECK(has(en.err, "kapot.yaml:11:10: error: agreement 'due' must be a date written as YYYY-MM-DD, not 'morgen'\n"));
    CHECK_FALSE(fs::exists(tmp.path() / "uit.md"));

    // A record that is a list, and one that is empty.
    test::writeText(tmp.path() / "lijst.yaml", "- format: 1\n");
    CHECK(has(clean("export --lang nl --format md lijst.yaml", tmp.path()).err,
              "lijst.yaml:1:1: error: Het bestand van een gesprek moet een groep regels met 'naam: waarde' zijn, "
              "maar hier staat een lijst\n"));
    CHECK(has(clean("export --lang en --format md lijst.yaml", tmp.path()).err,
              "lijst.yaml:1:1: error: a record must be a mapping (key: value), not a list\n"));
    test::writeText(tmp.path() / "leeg.yaml", "");
    CHECK(has(clean("export --lang nl --format md leeg.yaml", tmp.path()).err,
              "leeg.yaml:1:1: error: Het bestand van dit gesprek is leeg\n"));
    CHECK(has(clean("export --lang en --format md leeg.yaml", tmp.path()).err, "leeg.yaml:1:1: error: the record is empty\n"));
}

TEST_CASE("a malformed settings file is reported in Dutch or English, and set aside") {
    for (const std::string lang : {"nl", "en"}) {
        SECTION(lang) {
            test::TempDir tmp;
            const fs::path file = tmp.path() / "config" / "handreiking" / "settings.yaml";
            test::writeText(file, "zoom: 100\ntheme: neon\n");
            // An unknown track stops before the window opens, after the settings were read and reported.
            const auto r = test::run("env -u LC_ALL -u LC_MESSAGES -u LANG XDG_CONFIG_HOME=" +
                                         test::shellQuote((tmp.path() / "config").string()) + " " + test::binaryCommand() +
                                         " --lang " + lang + " --content " +
                                         test::shellQuote((test::fixturesDir() / "packs" / "proef").string()) +
                                         " --track geen-spoor",
                                     {});
            INFO(r.err);
            CHECK(r.exitCode == 2);
            const std::string where = "handreiking: " + std::string(lang == "nl" ? "instellingen: " : "settings: ") +
                                      file.string() + ":2:8: error: ";
            if (lang == "nl") {
                CHECK(has(r.err, where + "'theme' moet light, dark of high-contrast zijn, niet 'neon' "
                                         "(bewaard als settings.yaml.bak; nu gelden de gewone instellingen)\n"));
                CHECK(has(r.err, "handreiking: --track geen-spoor: deze route staat niet in de gids (routes: "));
            } else {
                CHECK(has(r.err, where + "'theme' must be light, dark or high-contrast, not 'neon' "
                                         "(kept as settings.yaml.bak; defaults are used)\n"));
                CHECK(has(r.err, "handreiking: --track geen-spoor: no such track in this guide (tracks: "));
            }
            CHECK(test::readText(fs::path(file.string() + ".bak")) == "zoom: 100\ntheme: neon\n");
        }
    }
}

TEST_CASE("a wrong option is told in the language of the settings or the locale") {
    CHECK(has(clean("--zoom 5 info", {}, "LANG=nl_NL.UTF-8").err, "handreiking: --zoom 5: kies een grootte van 75 tot 200\n"));
    CHECK(has(clean("--zoom 5 info", {}, "LANG=en_GB.UTF-8").err, "handreiking: --zoom 5: choose a size from 75 to 200\n"));
    CHECK(has(clean("--lang de info", {}, "LANG=nl_NL.UTF-8").err, "handreiking: --lang de: kies nl of en\n"));
    CHECK(has(clean("--lang de info", {}, "LANG=en_GB.UTF-8").err, "handreiking: --lang de: choose nl or en\n"));
    CHECK(has(clean("--geen-optie", {}, "LANG=nl_NL.UTF-8").err, "\nMet 'handreiking --help' zie je welke opties er zijn.\n"));
}
