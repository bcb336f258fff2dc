// SPDX-License-Identifier: EUPL-1.2
// The interface strings: every key the code uses exists in Dutch (the default), English has no
// keys Dutch lacks, placeholders match between the two, and no escape was left unprocessed.
// Keys missing in English are listed (they fall back to Dutch).
#include <catch2/catch.hpp>

#include <fstream>
#include <regex>
#include <set>

#include "i18n/strings.h"
#include "test_support.h"

namespace fs = std::filesystem;
using namespace hr;

namespace {

std::map<std::string, std::string> load(const std::string& lang) {
    std::map<std::string, std::string> out;
    Diagnostics d;
    REQUIRE(i18n::readStringsFile(test::sourceDir() / "content" / "ui" / (lang + ".yaml"), out, d));
    INFO(d.str());
    REQUIRE(d.empty());
    return out;
}

// Keys written literally in the code: tr("key") and tr.format("key", ...).
std::set<std::string> keysInCode() {
    std::set<std::string> keys;
    const std::regex call(R"re(tr(?:\.format)?\("([a-z_]+\.[a-z_.0-9]+)")re");
    for (const auto& e : fs::recursive_directory_iterator(test::sourceDir() / "app")) {
        if (e.path().extension() != ".cpp" && e.path().extension() != ".h") continue;
        const std::string text = test::readText(e.path());
        for (std::sregex_iterator it(text.begin(), text.end(), call), end; it != end; ++it) keys.insert((*it)[1]);
    }
    return keys;
}

std::set<std::string> placeholders(const std::string& s) {
    std::set<std::string> out;
    const std::regex p(R"(\{([a-z_]+)\})");
    for (std::sregex_iterator it(s.begin(), s.end(), p), end; it != end; ++it) out.insert((*it)[1]);
    return out;
}

}  // namespace

TEST_CASE("every key the code uses exists in Dutch") {
    const auto nl = load("nl");
    const auto used = keysInCode();
    REQUIRE(used.size() > 50);
    for (const auto& key : used) {
        INFO(key);
        CHECK(nl.count(key) == 1);
    }
    // Keys the code builds from parts.
    for (int m = 1; m <= 12; ++m) CHECK(nl.count("month." + std::to_string(m)) == 1);
    for (const char* o : {"keep", "adjust", "done", "stop"}) {
        CHECK(nl.count(std::string("review.") + o) == 1);
        CHECK(nl.count(std::string("review.ask_") + o) == 1);
    }
}

TEST_CASE("English has no keys Dutch lacks and the same placeholders") {
    const auto nl = load("nl"), en = load("en");
    std::vector<std::string> missing;
    for (const auto& [key, text] : nl) {
        auto it = en.find(key);
        if (it == en.end()) {
            missing.push_back(key);
            continue;
        }
        INFO(key);
        CHECK(placeholders(it->second) == placeholders(text));
    }
    for (const auto& [key, text] : en) {
        INFO(key);
        CHECK(nl.count(key) == 1);
    }
    std::string list;
    for (const auto& k : missing) list += " " + k;
    if (!missing.empty()) WARN("keys missing in English (Dutch is shown):" << list);
}

TEST_CASE("no string holds an unprocessed escape or is empty") {
    for (const char* lang : {"nl", "en"})
        for (const auto& [key, text] : load(lang)) {
            INFO(lang << " " << key << ": " << text);
            CHECK(text.find("\\u") == std::string::npos);
            CHECK(text.find_first_not_of(" ") != std::string::npos);
        }
}

TEST_CASE("a key missing in the asked language falls back to Dutch and then to itself") {
    test::TempDir tmp;
    test::writeText(tmp.path() / "nl.yaml", "a.een: Een\na.twee: Twee {n}\n");
    test::writeText(tmp.path() / "en.yaml", "a.een: One\n");
    Diagnostics d;
    const auto s = i18n::Strings::load(tmp.path(), "en", d);
    CHECK(d.empty());
    CHECK(s("a.een") == "One");
    CHECK(s("a.twee") == "Twee {n}");
    CHECK(s.format("a.twee", {{"n", "2"}}) == "Twee 2");
    CHECK(s("a.drie") == "a.drie");
    Diagnostics d2;
    const auto fr = i18n::Strings::load(tmp.path(), "fr", d2);
    CHECK(d2.warningCount() == 1);
    CHECK(fr("a.een") == "Een");
}

// Found by tests/fuzz/fuzz_strings: an empty file was refused without a word, so the notice about
// a broken strings file had nothing to say.
TEST_CASE("an empty strings file is refused with an error at its start") {
    test::TempDir tmp;
    test::writeText(tmp.path() / "nl.yaml", "");
    std::map<std::string, std::string> out;
    Diagnostics d;
    CHECK_FALSE(i18n::readStringsFile(tmp.path() / "nl.yaml", out, d));
    REQUIRE(d.errorCount() == 1);
    CHECK(d.items()[0].loc.line == 1);
    CHECK(d.items()[0].message.find("empty") != std::string::npos);
}
