// SPDX-License-Identifier: EUPL-1.2
// Values quoted in messages are shown escaped, for every reader: a record, the settings, the
// interface strings, an answers file and a pack each get a hostile value (an escape sequence, a
// carriage return and a C1 control inside a YAML string), and what the binary prints about it must
// be one line per message with no control character in it, the value visible as \x1b...
#include <catch2/catch.hpp>

#include <filesystem>

#include "i18n/strings.h"
#include "test_support.h"
#include "util/diagnostics.h"
#include "util/text_util.h"

namespace fs = std::filesystem;
using namespace hr;

namespace {

// In YAML double quotes: ESC [31m (red), a carriage return, and CSI as the C1 control U+009B.
const std::string kHostileYaml = R"("\e[31ma\rb\x9b")";
// The same value as a message must show it.
const std::string kShown = "\\x1b[31ma\\x0db\\u009b";

std::string bin() { return test::binaryCommand(); }
std::string q(const fs::path& p) { return test::shellQuote(p.string()); }
std::string proef() { return q(test::fixturesDir() / "packs" / "proef"); }

// The first control character in `text` that a terminal would act on (newline and tab aside), or
// an empty string.
std::string firstControl(const std::string& text) {
    const std::size_t at = firstControlCharacter(text);
    if (at == std::string::npos) return {};
    return "control " + visibleText(text.substr(at, controlCharacterLength(text, at))) + " at " + std::to_string(at);
}

std::size_t lineCount(const std::string& text) {
    std::size_t n = 0;
    for (char c : text) n += c == '\n';
    return n;
}

// Every line of `printed` is clean, and the line that quotes the value shows it escaped.
void requireShownEscaped(const std::string& printed) {
    INFO("printed:\n" << printed);
    CHECK(firstControl(printed).empty());
    CHECK(printed.find(kShown) != std::string::npos);
}

// A record as `walk --out` writes it, with one line replaced.
fs::path writeRecord(const test::TempDir& tmp, const std::string& from, const std::string& to) {
    const fs::path record = tmp.path() / "r.yaml";
    REQUIRE(
        test::run(bin() + " walk --content " + proef() + " --track gesprek --random 1 --out " + q(record)).exitCode ==
        0);
    std::string text = test::readText(record);
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    text.replace(at, from.size(), to);
    test::writeText(record, text);
    return record;
}

}  // namespace

TEST_CASE("escaped messages: a record's pack id in export's message") {
    test::TempDir tmp;
    const fs::path record = writeRecord(tmp, "  id: proef\n", "  id: " + kHostileYaml + "\n");
    const auto r = test::run(bin() + " --content " + proef() + " export " + q(record) + " --format md");
    REQUIRE(r.exitCode == 0);  // exported with ids for titles; the message says why
    requireShownEscaped(r.err);
    CHECK(r.err == "handreiking: the guide '" + kShown + "' is not at hand; the export uses ids for titles\n");
}

TEST_CASE("escaped messages: a record's unknown key in the diagnostic of export") {
    test::TempDir tmp;
    const fs::path record = writeRecord(tmp, "track: gesprek\n", "track: gesprek\n" + kHostileYaml + ": 1\n");
    const auto r = test::run(bin() + " --content " + proef() + " export " + q(record) + " --format md");
    CHECK(r.exitCode == 1);
    requireShownEscaped(r.err);
    CHECK(lineCount(r.err) == 1);
}

TEST_CASE("escaped messages: a record's step the guide does not have, resumed in the terminal, is not named") {
    test::TempDir tmp;
    const fs::path data = tmp.path() / "data";
    fs::create_directories(data);
    writeRecord(tmp, "  - node: afspraken\n", "  - node: " + kHostileYaml + "\n");
    // The record read from the records folder: resuming it says a step is gone, in words, and
    // never quotes the id it read.
    std::string text = test::readText(tmp.path() / "r.yaml");
    text.replace(text.find("finished: true"), 14, "finished: false");
    test::writeText(data / "r.yaml", text);
    fs::permissions(data, fs::perms::owner_all);
    const auto r =
        test::run("printf 'stop\\n' | " + bin() + " walk --content " + proef() + " --resume r --data-dir " + q(data));
    INFO(r.out << r.err);
    CHECK(firstControl(r.out + r.err).empty());
    CHECK((r.out + r.err).find(kShown) == std::string::npos);
    CHECK(r.out.find("- Een stap uit dit gesprek bestaat niet meer. Het antwoord daarop is") != std::string::npos);
}

TEST_CASE("escaped messages: a settings value in the settings notice on the terminal") {
    test::TempDir tmp;
    test::writeText(tmp.path() / "config" / "handreiking" / "settings.yaml", "theme: " + kHostileYaml + "\n");
    // An unknown track stops before the window opens, after the settings were read and reported.
    const auto r = test::run("XDG_CONFIG_HOME=" + q(tmp.path() / "config") + " " + bin() + " --content " + proef() +
                             " --track geen-spoor");
    CHECK(r.exitCode == 2);
    requireShownEscaped(r.err);
    const std::string first = r.err.substr(0, r.err.find('\n') + 1);
    CHECK(first.rfind("handreiking: settings: ", 0) == 0);
    CHECK(first.find(kShown) != std::string::npos);
}

TEST_CASE("escaped messages: an interface strings file's key in its diagnostic") {
    test::TempDir tmp;
    test::writeText(tmp.path() / "nl.yaml", "titel: Handreiking\n" + kHostileYaml + ": [geen, tekst]\n");
    std::map<std::string, std::string> strings;
    Diagnostics d;
    (void)i18n::readStringsFile(tmp.path() / "nl.yaml", strings, d);
    REQUIRE(d.errorCount() == 1);
    const std::string printed = d.str();
    requireShownEscaped(printed);
    CHECK(lineCount(printed) == 1);
}

TEST_CASE("escaped messages: an answers file's step id and answer in walk's diagnostics") {
    test::TempDir tmp;
    test::writeText(tmp.path() / "answers.yaml",
                    "welkom: true\nveilig: " + kHostileYaml + "\n" + kHostileYaml + ": ja\n");
    const auto r = test::run(
        bin() + " walk --content " + proef() + " --track gesprek --answers answers.yaml --out r.yaml", tmp.path());
    CHECK(r.exitCode == 1);
    requireShownEscaped(r.err);
    CHECK(!fs::exists(tmp.path() / "r.yaml"));
}

TEST_CASE("escaped messages: a pack's key and its version in check's and info's diagnostics") {
    test::TempDir tmp;
    const fs::path pack = tmp.path() / "pack";
    fs::copy(test::fixturesDir() / "packs" / "proef", pack, fs::copy_options::recursive);
    std::string guide = test::readText(pack / "guide.yaml");
    guide.replace(guide.find("version: 1.0.0\n"), 15, "version: " + kHostileYaml + "\n" + kHostileYaml + ": 1\n");
    test::writeText(pack / "guide.yaml", guide);
    const auto check = test::run(bin() + " check " + q(pack));
    CHECK(check.exitCode != 0);
    requireShownEscaped(check.err + check.out);
    // Without the unknown key the version alone is refused too (a control character in a pack is
    // an error at the character), and info's message shows it escaped.
    guide.erase(guide.find(kHostileYaml + ": 1\n"), kHostileYaml.size() + 4);
    test::writeText(pack / "guide.yaml", guide);
    const auto info = test::run(bin() + " info " + q(pack));
    CHECK(info.exitCode != 0);
    INFO(info.err + info.out);
    CHECK(firstControl(info.err + info.out).empty());
    CHECK((info.err + info.out).find("guide.yaml:5:11: error: this text holds a control character (\\x1b)") !=
          std::string::npos);
}

TEST_CASE("escaped messages: a pack's title with a control character stops the conversation before it starts") {
    // The terminal walk prints the guide's texts; a pack whose text holds a control character is
    // refused with the message escaped, so nothing reaches the terminal raw.
    test::TempDir tmp;
    const fs::path pack = tmp.path() / "pack";
    fs::copy(test::fixturesDir() / "packs" / "proef", pack, fs::copy_options::recursive);
    std::string guide = test::readText(pack / "guide.yaml");
    const std::string title = "title: {nl: Gesprek, en: Conversation}";
    REQUIRE(guide.find(title) != std::string::npos);
    guide.replace(guide.find(title), title.size(), "title: {nl: " + kHostileYaml + ", en: Conversation}");
    test::writeText(pack / "guide.yaml", guide);
    const auto r = test::run("printf 'stop\\n' | " + bin() + " walk --content " + q(pack) +
                             " --track gesprek --interactive --data-dir " + q(tmp.path() / "data"));
    CHECK(r.exitCode != 0);
    INFO(r.err + r.out);
    CHECK(firstControl(r.err + r.out).empty());
    CHECK(r.err.find("guide.yaml:22:18: error: this text holds a control character (\\x1b)") != std::string::npos);
    CHECK(!fs::exists(tmp.path() / "data"));
}
