// SPDX-License-Identifier: EUPL-1.2
// Private steps keep their answers in memory only: the record on disk says that a private step
// was passed and nothing more, and a reopened conversation asks such a step again, then returns to
// where it stood. Uses the fixture pack tests/fixtures/packs/prive, whose private ids and labels
// are distinctive enough to grep for.
#include <catch2/catch.hpp>

#include "content/pack.h"
#include "session/engine.h"
#include "session/record_io.h"
#include "test_support.h"

using namespace hr;
using namespace hr::session;

namespace {

std::shared_ptr<const content::Guide> priveGuide() {
    static const auto pack = content::loadAndValidate(test::fixturesDir() / "packs" / "prive", "prive");
    REQUIRE(pack.usable());
    return pack.guide;
}

std::string at(const Session& s) { return s.currentNode() ? s.currentNode()->id : "(none)"; }

// Every string a private step of the pack could leave behind: ids, answers, labels, variables.
const std::vector<std::string> kSecrets = {"pv-veilig", "acuutgevaar", "rustig", "Label", "geheimgevaar", "pv-hulp",
                                           "pv-stemming", "geheimpunt", "Geheim", "Secret"};

void requireNoSecret(const std::string& text) {
    for (const auto& secret : kSecrets) {
        INFO("found '" << secret << "' in:\n" << text);
        CHECK(text.find(secret) == std::string::npos);
    }
}

// The calm branch: the private scale gets 1 point, which opens a later choice.
Session walkCalm() {
    Session s = Session::start(priveGuide(), "praten", "nl");
    REQUIRE(s.next().empty());
    REQUIRE(s.answer(Answer::ofChoice("rustig")).empty());
    s.setNote("pv-stemming", "Geheime notitie bij de stemming");
    REQUIRE(s.answer(Answer::ofScale({{"geheimpunt", 1}})).empty());
    REQUIRE(s.answer(Answer::ofChoice("extra-steun")).empty());
    s.setNote("pv-werk", "Gewone notitie");
    s.addFromTemplate("pv-check-in");
    s.setRecordId("2026-12-01-100000-praten");
    s.setTimes("2026-12-01T10:00:00+01:00", "2026-12-01T10:05:00+01:00");
    REQUIRE(at(s) == "pv-afspraken");
    return s;
}

Record reread(const Record& r) {
    Diagnostics d;
    auto back = readRecord(writeRecord(r), "r.yaml", d);
    INFO(d.str());
    REQUIRE(back);
    return *back;
}

}  // namespace

TEST_CASE("a record holds no answer, node id, note or variable of a private step") {
    SECTION("the calm branch, with a private scale") {
        const std::string text = writeRecord(walkCalm().record());
        requireNoSecret(text);
        CHECK(text.find("private: true") != std::string::npos);
        CHECK(text.find("choice: extra-steun") != std::string::npos);  // ordinary answers stay
        CHECK(text.find("Gewone notitie") != std::string::npos);
        CHECK(text.find("variables") == std::string::npos);
    }
    SECTION("the danger branch: private steps only, and an agreement made at one of them") {
        Session s = Session::start(priveGuide(), "praten", "nl");
        s.next();
        REQUIRE(s.answer(Answer::ofChoice("acuutgevaar")).empty());
        s.next();
        REQUIRE(at(s) == "pv-hulpafspraken");
        s.addFromTemplate("pv-rooster");
        s.setNote("pv-hulpafspraken", "Geheime notitie");
        s.next();
        REQUIRE(s.finished());
        s.setRecordId("2026-12-01-110000-praten");
        const std::string text = writeRecord(s.record());
        requireNoSecret(text);
        CHECK(text.find("Een ander rooster.") != std::string::npos);  // the agreement itself is kept
        CHECK(text.find("node: pv-hulpafspraken") == std::string::npos);
    }
}

TEST_CASE("a private step read back is passed, with no node and no answer") {
    const Record back = reread(walkCalm().record());
    REQUIRE(back.path.size() == 5);
    CHECK(back.path[0].node == "pv-welkom");
    CHECK(back.path[1].masked());
    CHECK_FALSE(back.path[1].answer.given());
    CHECK(back.path[2].masked());
    CHECK(back.path[3].node == "pv-werk");
    CHECK(back.notes.count("pv-stemming") == 0);
    CHECK(back.notes.at("pv-werk") == "Gewone notitie");
    Record again = walkCalm().record();
    again.calendarId = back.calendarId;  // each new conversation gets its own
    CHECK(writeRecord(back) == writeRecord(again));  // stable through a save
}

TEST_CASE("a reopened conversation asks a private step again, then returns to where it stood") {
    const Record saved = reread(walkCalm().record());
    auto resumed = Session::resume(priveGuide(), saved);
    Session& s = resumed.session;
    CHECK(resumed.problems.empty());
    CHECK(at(s) == "pv-veilig");
    CHECK(s.askedAgain());
    REQUIRE(s.answer(Answer::ofChoice("rustig")).empty());
    // The private scale is the next step whose answer counts: asked again too.
    CHECK(at(s) == "pv-stemming");
    CHECK(s.askedAgain());
    std::vector<Dropped> dropped;
    REQUIRE(s.answer(Answer::ofScale({{"geheimpunt", 2}}), &dropped).empty());
    CHECK(dropped.empty());
    // Back where the record stood, with the ordinary answer kept.
    CHECK(at(s) == "pv-afspraken");
    CHECK_FALSE(s.askedAgain());
    CHECK(s.record().position == saved.position);
    CHECK(s.record().path[3].answer == Answer::ofChoice("extra-steun"));
    CHECK(s.record().agreements.size() == 1);
}

TEST_CASE("a different answer to a private step asked again drops what no longer fits") {
    auto resumed = Session::resume(priveGuide(), reread(walkCalm().record()));
    Session& s = resumed.session;
    s.answer(Answer::ofChoice("rustig"));
    std::vector<Dropped> dropped;
    // 4 points: the choice "extra-steun" is no longer offered.
    REQUIRE(s.answer(Answer::ofScale({{"geheimpunt", 4}}), &dropped).empty());
    REQUIRE(dropped.size() == 1);
    CHECK(dropped[0].node == "pv-werk");
    CHECK(at(s) == "pv-werk");
    CHECK_FALSE(s.askedAgain());
}

TEST_CASE("a reopened record that stood on a private step stands there, not past it") {
    Session s = Session::start(priveGuide(), "praten", "nl");
    s.next();
    s.answer(Answer::ofChoice("acuutgevaar"));
    REQUIRE(at(s) == "pv-hulp");  // the help text is on screen when the app stops
    s.setRecordId("2026-12-01-120000-praten");
    auto resumed = Session::resume(priveGuide(), reread(s.record()));
    CHECK(at(resumed.session) == "pv-veilig");
    // The question was answered before (the record stood past it), so it is asked again.
    CHECK(resumed.session.askedAgain());
    resumed.session.answer(Answer::ofChoice("acuutgevaar"));
    CHECK(at(resumed.session) == "pv-hulp");
    CHECK_FALSE(resumed.session.askedAgain());
}

TEST_CASE("a record written before private steps were masked is read, and cleaned at the next save") {
    // Format 1 wrote every answer and the variables.
    const std::string old = test::readText(test::fixturesDir() / "records" / "prive-format-1.yaml");
    Diagnostics d;
    auto r = readRecord(old, "old.yaml", d);
    INFO(d.str());
    REQUIRE(r);
    auto resumed = Session::resume(priveGuide(), *r);
    CHECK(resumed.problems.empty());
    CHECK(at(resumed.session) == "pv-werk");  // the answers were there: nothing to ask again
    requireNoSecret(writeRecord(resumed.session.record()));
}

TEST_CASE("a private step in a record holds nothing else") {
    Diagnostics d;
    std::string text = writeRecord(walkCalm().record());
    text.replace(text.find("- private: true"), 15, "- {private: true, choice: rustig}");
    CHECK_FALSE(readRecord(text, "r.yaml", d));
    CHECK(d.str().find("a private step holds nothing but 'private: true'") != std::string::npos);
}

TEST_CASE("the breadcrumb of a reopened record shows a private step ahead as an ellipsis") {
    auto resumed = Session::resume(priveGuide(), reread(walkCalm().record()));
    const auto crumbs = resumed.session.breadcrumb();
    REQUIRE(crumbs.size() == 5);
    CHECK(crumbs[1].title == "Geheime veiligheidsvraag");  // asked again: on screen anyway
    CHECK(crumbs[2].title == "\u2026");                    // not yet walked again
    CHECK(crumbs[3].title == "Over het werk");
}
