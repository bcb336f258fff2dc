// SPDX-License-Identifier: EUPL-1.2
// The message catalogue (util/message_catalogue.cpp) cannot drift between its languages: every id
// has an English and a Dutch text with the same {placeholders}, ids are unique, and every id the
// code names is in it. Rendering fills placeholders once, in the asked language.
#include <catch2/catch.hpp>

#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "test_support.h"
#include "util/diagnostics.h"
#include "util/message.h"

namespace fs = std::filesystem;
using namespace hr;

namespace {

std::set<std::string> placeholders(const std::string& s) {
    std::set<std::string> out;
    static const std::regex re("\\{([a-z_]+)\\}");
    for (auto it = std::sregex_iterator(s.begin(), s.end(), re); it != std::sregex_iterator(); ++it)
        out.insert((*it)[1].str());
    return out;
}

}  // namespace

TEST_CASE("every message has English and Dutch words with the same placeholders") {
    std::set<std::string> ids;
    REQUIRE(messageCatalogue().size() > 150);
    for (const auto& e : messageCatalogue()) {
        INFO(e.id);
        CHECK(ids.insert(e.id).second);
        CHECK(std::string(e.en).size() > 0);
        CHECK(std::string(e.nl).size() > 0);
        CHECK(placeholders(e.en) == placeholders(e.nl));
        // A Dutch text that is the English one was not translated (phrases of names excepted).
        if (placeholders(e.en).size() < 2 && std::string(e.en).find(' ') != std::string::npos)
            CHECK(std::string(e.en) != std::string(e.nl));
    }
}

TEST_CASE("every message id the code names is in the catalogue") {
    std::set<std::string> known;
    for (const auto& e : messageCatalogue()) known.insert(e.id);
    // Msg("id" ...) and the phrase ids written as strings ("item.role", "noun.node").
    static const std::regex use("Msg\\(\\s*\"([a-z_]+(\\.[a-z_]+)?)\"|\"((item|noun|what|kind)\\.[a-z_]+)\"");
    int uses = 0;
    for (const auto& e : fs::recursive_directory_iterator(test::sourceDir() / "app")) {
        if (e.path().extension() != ".cpp" && e.path().extension() != ".h") continue;
        // The catalogue itself, and message.h whose comment shows how a message is written.
        if (e.path().filename() == "message_catalogue.cpp" || e.path().filename() == "message.h") continue;
        std::ifstream in(e.path());
        std::stringstream ss;
        ss << in.rdbuf();
        const std::string text = ss.str();
        for (auto it = std::sregex_iterator(text.begin(), text.end(), use); it != std::sregex_iterator(); ++it) {
            const std::string id = (*it)[1].matched ? (*it)[1].str() : (*it)[3].str();
            INFO(e.path().string() << ": " << id);
            CHECK(known.count(id) == 1);
            ++uses;
        }
    }
    CHECK(uses > 150);
}

TEST_CASE("a message is put into words in the asked language, placeholders filled once") {
    const Msg m("ref.unknown_guess", {{"what", Msg("noun.node")}, {"id", "{guess}"}, {"guess", "welkom"}});
    CHECK(render(m, "en") == "unknown node '{guess}'; did you mean 'welkom'?");
    CHECK(render(m, "nl") == "er is geen stap met de naam '{guess}'. Bedoel je 'welkom'?");
    // Other languages get English, the code's own.
    CHECK(render(m, "de") == render(m, "en"));
    // An id that is not in the catalogue still shows what it had.
    CHECK(render(Msg("no.such", {{"id", "x"}}), "nl") == "no.such id=x");
}

TEST_CASE("a diagnostic keeps GCC's layout and English keywords in Dutch, with a capital") {
    Diagnostics d;
    d.error({"routes/gesprek.yaml", 3, 5}, Msg("yaml.tab"));
    d.warning({"a.yaml", 1, 1}, Msg("translation.missing", {{"lang", "en"}}));
    CHECK(d.str("nl") ==
          "routes/gesprek.yaml:3:5: error: Hier staat een tab. YAML wil spaties: vervang de tab door spaties\n"
          "a.yaml:1:1: warning: Deze tekst heeft nog geen 'en'-versie\n");
    CHECK(d.str("en") ==
          "routes/gesprek.yaml:3:5: error: YAML syntax: a tab indents this line; YAML needs spaces: replace the tab with spaces\n"
          "a.yaml:1:1: warning: text has no 'en' version\n");
    CHECK(d.items()[1].message == "text has no 'en' version");  // the English words stay at hand
}

TEST_CASE("findings about ids a file that could not be read mentions are follow-ons") {
    Diagnostics d;
    CHECK_FALSE(d.mayBeFollowOn("gesprek-start"));
    d.unreadableFile({"routes/gesprek.yaml", 4, 1}, "nodes:\n  - id: gesprek-start\n    next: gesprek-einde\n");
    CHECK(d.mayBeFollowOn("gesprek-start"));
    CHECK(d.mayBeFollowOn("gesprek-einde"));
    CHECK_FALSE(d.mayBeFollowOn("alleen-start"));
    d.finish();
    d.finish();  // once only
    REQUIRE(d.items().size() == 1);
    CHECK(formatDiagnostic(d.items()[0], "nl") ==
          "routes/gesprek.yaml:4:1: note: Verder mogelijk meer fouten door deze ene; herstel deze eerst");
}
