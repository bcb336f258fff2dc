// SPDX-License-Identifier: EUPL-1.2
// Overlay packs: each merge rule on the fixture base 'basis' (tests/fixtures/overlays), stacked
// overlays, finding a base by id through the XDG folders, snippets, the records' pins, and one
// fixture per error with its exact diagnostics (errors/<case>/expected.txt).
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <optional>
#include <sstream>

#include "content/pack.h"
#include "i18n/strings.h"
#include "session/change_notice.h"
#include "session/engine.h"
#include "session/record_io.h"
#include "test_support.h"

namespace fs = std::filesystem;
using namespace hr;

namespace {

fs::path overlays() { return test::fixturesDir() / "overlays"; }
fs::path bases() { return overlays() / "bases"; }

content::LoadedPack stack(const std::vector<fs::path>& dirs, const std::vector<fs::path>& search = {bases()}) {
    std::vector<content::PackSource> given;
    for (const auto& d : dirs) given.push_back({d, d.filename().string()});
    return content::loadAndValidate(given, search);
}

std::vector<std::string> ids(const std::vector<content::Track>& tracks) {
    std::vector<std::string> out;
    for (const auto& t : tracks) out.push_back(t.id);
    return out;
}

template <typename T>
std::vector<std::string> idsOf(const std::vector<T>& items) {
    std::vector<std::string> out;
    for (const auto& i : items) out.push_back(i.id);
    return out;
}


}  // namespace

TEST_CASE("an overlay changes its base item by item") {
    const auto pack = stack({bases() / "basis", overlays() / "lokaal"});
    INFO(pack.diags.str());
    REQUIRE(pack.usable());
    CHECK(pack.diags.empty());
    const auto& g = *pack.guide;
    CHECK(g.id == "basis");  // records belong to the base guide
    REQUIRE(g.layers.size() == 2);
    CHECK(g.layers[1].id == "lokaal");
    CHECK(g.layers[1].extends == "basis");
    CHECK(g.text(g.title, "nl") == "Basisgids, lokale versie");

    SECTION("a key given alone replaces only that key") {
        const auto* welkom = g.node("welkom");
        REQUIRE(welkom);
        CHECK(g.text(welkom->title, "nl") == "Welkom bij ons");
        CHECK(welkom->kind == content::NodeKind::Info);  // kept from the base
        CHECK(welkom->text.loc.file == "basis/stappen.yaml");
        CHECK(welkom->title.loc.file == "lokaal/lokale-stap.yaml");
    }
    SECTION("a local step is inserted by a new next") {
        CHECK(g.node("welkom")->next.id == "beleid");
        REQUIRE(g.node("beleid"));
        CHECK(g.node("beleid")->next.id == "keuze");
    }
    SECTION("choices merge by id: removed, added in place, kept") {
        const auto* keuze = g.node("keuze");
        REQUIRE(keuze);
        CHECK(idsOf(keuze->choices) == std::vector<std::string>{"werk", "team"});
        CHECK(keuze->choice("werk")->next.id == "stellingen");
        CHECK(g.text(keuze->title, "nl") == "Waar wil je het over hebben?");
    }
    SECTION("statements merge by id") {
        const auto* s = g.node("stellingen");
        REQUIRE(s->statements.size() == 2);
        CHECK(g.text(s->statements[0].text, "nl") == "Ik voel me gesteund.");
        CHECK(g.text(s->statements[1].text, "nl") == "Ik heb tijd genoeg voor mijn werk.");
    }
    SECTION("a list of plain ids is replaced whole") {
        const auto& suggest = g.node("afspraken")->suggest;
        REQUIRE(suggest.size() == 2);
        CHECK(suggest[0].id == "intervisie");
        CHECK(suggest[1].id == "coach");
    }
    SECTION("agreements are removed and added") {
        CHECK_FALSE(g.agreement("pauze"));
        REQUIRE(g.agreement("coach"));
        CHECK(g.agreement("coach")->owner.id == "leidinggevende");
        REQUIRE(g.removed.size() == 3);  // the track, the choice, the agreement
    }
    SECTION("tracks: removed, and a new one before a base track") {
        CHECK(ids(g.tracks) == std::vector<std::string>{"kort", "gesprek"});
    }
    SECTION("a snippet replaced by the overlay changes every text that uses it") {
        CHECK(g.text(g.page("contact")->text, "nl") ==
              "Bel onze vertrouwenspersoon Mila (06 11 22 33 44), of kijk op [de website](https://example.org).");
        CHECK(g.text(g.node("beleid")->text, "nl") ==
              "Bij ons kun je altijd terecht bij onze vertrouwenspersoon Mila (06 11 22 33 44).");
    }
}

TEST_CASE("without the overlay the base is as it was") {
    const auto pack = stack({bases() / "basis"});
    REQUIRE(pack.usable());
    const auto& g = *pack.guide;
    CHECK(ids(g.tracks) == std::vector<std::string>{"gesprek", "alleen"});
    CHECK(g.text(g.page("contact")->text, "nl") ==
          "Bel de vertrouwenspersoon (030 123 45 67), of kijk op [de website](https://example.org).");
    CHECK(g.layers.size() == 1);
    CHECK(g.contentHash == g.layers[0].hash);
}

TEST_CASE("overlays stack: an overlay found alone brings its regional base and that one's base") {
    const auto pack = stack({overlays() / "instelling"});
    INFO(pack.diags.str());
    REQUIRE(pack.usable());
    const auto& g = *pack.guide;
    REQUIRE(g.layers.size() == 3);
    CHECK(g.layers[0].id == "basis");
    CHECK(g.layers[1].id == "regio");
    CHECK(g.layers[2].id == "instelling");
    // The institution changes what the regional overlay added.
    REQUIRE(g.agreement("regio-overleg"));
    CHECK(g.text(g.agreement("regio-overleg")->text, "nl") == "We bespreken dit in ons eigen overleg.");
    CHECK(g.agreement("regio-overleg")->owner.id == "leidinggevende");
    CHECK(g.text(g.page("contact")->text, "nl").find("de regionale vertrouwenspersoon (0800 123)") != std::string::npos);
}

// An institution whose follow-up route does not fit its own talk can say so in an overlay, like
// any other key of a track; a wrong value is named in the overlay's own file.
TEST_CASE("an overlay sets a base track's follow-up key, and a wrong value names the overlay's file:line:col") {
    test::TempDir tmp;
    const fs::path dir = tmp.path() / "eigen";
    const std::string head = "format: 1\nid: eigen\nversion: '1'\nextends: basis\ntracks:\n  - id: gesprek\n";
    test::writeText(dir / "guide.yaml", head + "    follow-up: false\n");
    CHECK(stack({bases() / "basis"}).guide->track("gesprek")->followUp);
    const auto pack = stack({bases() / "basis", dir});
    INFO(pack.diags.str());
    REQUIRE(pack.usable());
    CHECK(pack.diags.empty());
    CHECK_FALSE(pack.guide->track("gesprek")->followUp);
    CHECK_FALSE(session::Session::hasFollowUp(*pack.guide, "gesprek"));
    CHECK(pack.guide->text(pack.guide->track("gesprek")->title, "nl") == "Gesprek");  // the rest kept

    test::writeText(dir / "guide.yaml", head + "    follow-up: 0\n");
    const auto bad = stack({bases() / "basis", dir});
    CHECK(bad.diags.str() ==
          "eigen/guide.yaml:7:16: error: track 'follow-up' must be true or false, not '0'\n"
          "basis/guide.yaml:20:5: note: the item the overlay changes is here\n");
}

TEST_CASE("a base is found through XDG_DATA_HOME and XDG_DATA_DIRS, in that order") {
    test::TempDir tmp;
    const fs::path home = tmp.path() / "home", sys = tmp.path() / "sys";
    fs::create_directories(home / "handreiking" / "packs");
    fs::create_directories(sys / "handreiking" / "packs");
    fs::copy(bases() / "basis", sys / "handreiking" / "packs" / "basis", fs::copy_options::recursive);
    test::EnvVar h("XDG_DATA_HOME", home.string());
    test::EnvVar d("XDG_DATA_DIRS", (tmp.path() / "nothing").string() + ":" + sys.string());
    const auto search = content::packSearchPath();
    REQUIRE(search.size() >= 3);
    CHECK(search[0] == home / "handreiking" / "packs");
    CHECK(search[1] == tmp.path() / "nothing" / "handreiking" / "packs");
    CHECK(search[2] == sys / "handreiking" / "packs");

    auto found = content::loadAndValidate({{overlays() / "lokaal", "lokaal"}}, search);
    INFO(found.diags.str());
    REQUIRE(found.usable());
    CHECK(found.guide->layers[0].displayDir == (sys / "handreiking" / "packs" / "basis").string());

    // A copy in the user's own folder comes first.
    fs::copy(bases() / "basis", home / "handreiking" / "packs" / "basis", fs::copy_options::recursive);
    found = content::loadAndValidate({{overlays() / "lokaal", "lokaal"}}, content::packSearchPath());
    REQUIRE(found.usable());
    CHECK(found.guide->layers[0].displayDir == (home / "handreiking" / "packs" / "basis").string());
}

TEST_CASE("a record pins the base and each overlay, and reads back the same") {
    const auto pack = stack({overlays() / "instelling"});
    REQUIRE(pack.usable());
    auto s = session::Session::start(pack.guide, "gesprek", "nl");
    const auto& r = s.record();
    CHECK(r.packId == "basis");
    CHECK(r.packHash == pack.guide->layers[0].hash);
    REQUIRE(r.overlays.size() == 2);
    CHECK(r.overlays[0].id == "regio");
    CHECK(r.overlays[0].version == "2.1");
    CHECK(r.overlays[1].hash == pack.guide->layers[2].hash);
    const std::string text = session::writeRecord(r);
    Diagnostics d;
    const auto back = session::readRecord(text, "r.yaml", d);
    INFO(d.str() << text);
    REQUIRE(back);
    CHECK(back->overlays == r.overlays);
    CHECK(session::writeRecord(*back) == text);
}

TEST_CASE("every overlay error fixture gives exactly its expected diagnostics") {
    const fs::path root = overlays() / "errors";
    std::vector<fs::path> cases;
    for (const auto& e : fs::directory_iterator(root))
        if (e.is_directory()) cases.push_back(e.path());
    std::sort(cases.begin(), cases.end());
    REQUIRE(cases.size() >= 10);
    const std::vector<fs::path> search = {bases(), overlays() / "loops"};
    for (const auto& dir : cases) {
        const std::string name = dir.filename().string();
        SECTION(name) {
            // A case of several folders lists them in stack.txt (BASES/ for the fixture bases).
            std::vector<content::PackSource> given;
            if (fs::exists(dir / "stack.txt")) {
                std::istringstream lines(test::readText(dir / "stack.txt"));
                for (std::string line; std::getline(lines, line);) {
                    if (line.rfind("BASES/", 0) == 0)
                        given.push_back({bases() / line.substr(6), line});
                    else
                        given.push_back({dir / line, name + "/" + line});
                }
            } else {
                given.push_back({dir, name});
            }
            const auto pack = content::loadAndValidate(given, search);
            std::string got = pack.diags.str();
            for (const auto& [from, to] : {std::pair{bases().string(), std::string("BASES")},
                                           std::pair{(overlays() / "loops").string(), std::string("LOOPS")}})
                for (std::size_t at; (at = got.find(from)) != std::string::npos;) got.replace(at, from.size(), to);
            // HR_UPDATE_GOLDEN=1 writes what is got, for a person to review in the diff.
            if (std::getenv("HR_UPDATE_GOLDEN")) test::writeText(dir / "expected.txt", got);
            const std::string expected = test::readText(dir / "expected.txt");
            REQUIRE_FALSE(expected.empty());
            CHECK(got == expected);
            CHECK_FALSE(pack.usable());
        }
    }
}

namespace {

// A conversation on the base 'basis', walked to its end: welkom, keuze (rust), stellingen,
// afspraken (pauze), einde.
session::Record walkedOnBase() {
    const auto base = stack({bases() / "basis"});
    REQUIRE(base.usable());
    auto s = session::Session::start(base.guide, "gesprek", "nl");
    REQUIRE(s.next().empty());
    REQUIRE(s.answer(session::Answer::ofChoice("rust")).empty());
    REQUIRE(s.answer(session::Answer::ofScale({{"steun", 4}, {"tijd", 2}})).empty());
    REQUIRE_FALSE(s.addFromTemplate("pauze").empty());
    REQUIRE(s.next().empty());
    REQUIRE(s.next().empty());
    REQUIRE(s.finished());
    return s.record();
}

std::vector<std::string> nodesOf(const session::Record& r) {
    std::vector<std::string> out;
    for (const auto& st : r.path) out.push_back(st.node);
    return out;
}

i18n::Strings dutch() {
    Diagnostics d;
    return i18n::Strings::load(test::sourceDir() / "content" / "ui", "nl", d);
}

}  // namespace

TEST_CASE("after an update, resume drops only what changed and says so in words") {
    const session::Record saved = walkedOnBase();
    const auto tr = dutch();

    SECTION("unchanged: everything is back, nothing is said") {
        const auto again = stack({bases() / "basis"});
        auto r = session::Session::resume(again.guide, saved);
        CHECK(r.problems.empty());
        CHECK(r.session.finished());
        CHECK(nodesOf(r.session.record()) == nodesOf(saved));
    }
    SECTION("a removed step: only its answer is dropped, the later answers are kept") {
        const auto pack = stack({bases() / "basis", overlays() / "changes" / "zonder-stap"});
        REQUIRE(pack.usable());
        auto r = session::Session::resume(pack.guide, saved);
        REQUIRE(r.problems.size() == 1);
        CHECK(r.problems[0].change == session::Dropped::Change::StepGone);
        CHECK(nodesOf(r.session.record()) == std::vector<std::string>{"welkom", "keuze", "afspraken", "einde"});
        CHECK(r.session.record().path[1].answer.choice == "rust");
        CHECK(r.session.finished());
        const auto lines = session::describeDropped(r.problems, *pack.guide, "nl", tr);
        REQUIRE(lines.size() == 1);
        CHECK(lines[0] == "Een stap uit dit gesprek bestaat niet meer. Het antwoord daarop is weggehaald.");
        CHECK(lines[0].find("stellingen") == std::string::npos);  // never an internal id
    }
    SECTION("a removed choice: that step is asked again, and answering it leads back over the kept answers") {
        const auto pack = stack({bases() / "basis", overlays() / "changes" / "zonder-keuze"});
        REQUIRE(pack.usable());
        auto r = session::Session::resume(pack.guide, saved);
        REQUIRE(r.problems.size() == 1);
        CHECK(r.problems[0].change == session::Dropped::Change::ChoiceGone);
        auto& s = r.session;
        REQUIRE(s.currentNode());
        CHECK(s.currentNode()->id == "keuze");
        CHECK_FALSE(s.finished());
        CHECK(session::describeDropped(r.problems, *pack.guide, "nl", tr) ==
              std::vector<std::string>{"Waar wil je het over hebben?: het gekozen antwoord bestaat niet meer. Kies opnieuw."});
        std::vector<session::Dropped> dropped;
        REQUIRE(s.answer(session::Answer::ofChoice("team"), &dropped).empty());
        CHECK(dropped.empty());
        // The scale's points were kept, and the walk is back at the end where it stood.
        CHECK(s.record().path[2].node == "stellingen");
        CHECK(s.record().path[2].answer.scale.at("steun") == 4);
        REQUIRE(s.currentNode());
        CHECK(s.currentNode()->id == "einde");
    }
    SECTION("an inserted step: it is asked, and the answers after it stay") {
        const auto pack = stack({bases() / "basis", overlays() / "lokaal"});
        REQUIRE(pack.usable());
        auto r = session::Session::resume(pack.guide, saved);
        auto& s = r.session;
        REQUIRE(s.currentNode());
        CHECK(s.currentNode()->id == "beleid");
        CHECK(r.problems.empty());  // nothing was lost yet: a new step only
        REQUIRE(s.next().empty());
        // lokaal also removed the choice 'rust': that is asked next, then the walk goes on.
        REQUIRE(s.currentNode());
        CHECK(s.currentNode()->id == "keuze");
    }
}

TEST_CASE("an overlay on an overlay may change a track the lower one placed before a base track") {
    const auto pack = stack({bases() / "basis", overlays() / "lokaal", overlays() / "op-lokaal"});
    INFO(pack.diags.str());
    REQUIRE(pack.usable());
    CHECK(ids(pack.guide->tracks) == std::vector<std::string>{"kort", "gesprek"});
    CHECK(pack.guide->text(pack.guide->track("kort")->title, "nl") == "Een kort gesprek");
    CHECK(pack.guide->track("kort")->start.id == "keuze");  // kept from 'lokaal'
}

TEST_CASE("a changed item keeps its place unless before or after says otherwise") {
    const auto pack = stack({bases() / "basis", overlays() / "lokaal"});
    REQUIRE(pack.usable());
    // 'keuze' was changed (a choice removed, one added after 'werk'); 'werk' stays first.
    CHECK(pack.guide->node("keuze")->choices.front().id == "werk");
    // 'welkom' was changed (title, next) and is still the first node of its file's list.
    CHECK(pack.guide->nodes.front().id == "welkom");
}
