// SPDX-License-Identifier: EUPL-1.2
// The trial pack (tests/fixtures/packs/proef) loaded once for the session tests.
#pragma once

#include <catch2/catch.hpp>

#include "content/pack.h"
#include "session/engine.h"
#include "test_support.h"

namespace hr::test {

inline std::shared_ptr<const content::Guide> proefGuide() {
    static const auto pack = content::loadAndValidate(fixturesDir() / "packs" / "proef", "proef");
    REQUIRE(pack.usable());
    return pack.guide;
}

inline const std::string& at(const session::Session& s) {
    static const std::string review = "(review)";
    return s.currentNode() ? s.currentNode()->id : review;
}

// A record with every kind of answer, agreements with dates, a note, participants and a next
// date, at fixed times: the record and export tests start from it.
inline session::Record sampleRecord() {
    using namespace session;
    Session s = Session::start(proefGuide(), "gesprek", "nl");
    s.next();
    s.answer(Answer::ofChoice("ja"));
    s.answer(Answer::ofChoice("ja"));
    s.answer(Answer::ofChecklist({"casus", "meldcode"}));
    s.next();
    s.answer(Answer::ofScale({{"steun", 2}, {"rust", 5}}));
    s.back();
    Agreement a;
    a.text = "Regel één:\nen regel twee met \"quotes\" en: dubbele punten";
    a.owner = "professional";
    a.due = Date::parse("2026-12-31");
    a.evaluate = Date::parse("2027-02-01");
    s.addAgreement(a);
    s.addFromTemplate("check-in");
    s.setNextConversation(Date::parse("2027-01-10"));
    s.setNote("thema", "Alleen werkafspraken.");
    s.setParticipants({{"leidinggevende", "AB"}, {"professional", ""}});
    s.setRecordId("2026-11-29-143205-gesprek");
    s.setTimes("2026-11-29T14:32:05+01:00", "2026-11-29T15:01:00+01:00");
    Record r = s.record();
    r.calendarId = "0123456789abcdef0123456789abcdef";  // a new session's is random
    return r;
}

}  // namespace hr::test
