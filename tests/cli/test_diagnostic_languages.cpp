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
