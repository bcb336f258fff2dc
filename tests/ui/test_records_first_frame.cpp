// SPDX-License-Identifier: EUPL-1.2
// The start screen over a long records folder: the first frame lists only the first screenful
// from the index, the next frame the whole list, and nothing on the first frame says what only the
// whole list can (that there are no shared conversations, the self-reflections, a delete's
// follow-ups); an intent applied before the whole list is there finds the record it names.
#include <catch2/catch.hpp>

#include <chrono>
#include <thread>

#include "headless.h"
#include "session/engine.h"
#include "session/store.h"

using namespace hr;
using namespace hr::test;
namespace fs = std::filesystem;

namespace {

bool has(const std::string& screen, const std::string& text) { return screen.find(text) != std::string::npos; }

// `alone` records of the track walked alone, newest, then `shared` older ones of a shared track,
// and the index a start of the app wrote for them.
std::function<void(const fs::path&)> records(int alone, int shared) {
    return [=](const fs::path& dir) {
        const auto pack = content::loadAndValidate(fixturesDir() / "packs" / "prive", "prive");
        REQUIRE(pack.usable());
        session::Store store(dir);
        REQUIRE(store.prepare().empty());
        for (int n = 0; n < alone + shared; ++n) {
            const bool isAlone = n < alone;
            session::Record r = session::Session::start(pack.guide, isAlone ? "alleen" : "praten", "nl").record();
            char id[64], created[64];
            const int minute = 59 - n % 60, hour = 20 - n / 60;
            std::snprintf(created, sizeof created, "2026-11-20T%02d:%02d:00+01:00", hour, minute);
            std::snprintf(id, sizeof id, "2026-11-20-%02d%02d00-%s", hour, minute, r.track.c_str());
            r.id = id;
            r.created = r.updated = created;
            REQUIRE(store.save(r).empty());
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(150));  // not changed a moment ago
        REQUIRE(store.list().size() == static_cast<std::size_t>(alone + shared));  // writes the index
    };
}

}  // namespace

TEST_CASE("the first frame lists the first screenful, the next one the whole list") {
    Headless h("prive", records(0, 100));
    REQUIRE(h.state.recordsPartial);
    const std::size_t first = h.state.records.size();
    CHECK(first < 100);
    const std::string newest = h.state.records.front().summary->id;
    const std::string screen = h.screen();
    CHECK(has(screen, h.state.tr("start.resume")));
    CHECK_FALSE(has(screen, h.state.tr("start.no_records")));
    CHECK(h.state.records.size() == first);  // the first frame drew the partial list
    h.frame();
    CHECK_FALSE(h.state.recordsPartial);
    REQUIRE(h.state.records.size() == 100);
    CHECK(h.state.records.front().summary->id == newest);
}

TEST_CASE("while only the first screenful is listed, the start screen waits with what needs the whole list") {
    SECTION("no shared conversation among the first, the self-reflections folded") {
        Headless h("prive", records(80, 5));
        REQUIRE(h.state.recordsPartial);
        std::string screen = h.screen();
        CHECK_FALSE(has(screen, h.state.tr("start.no_records")));  // there are shared ones, further on
        CHECK_FALSE(has(screen, h.state.tr("start.alone")));       // its rows are not all there yet
        screen = h.screen();
        REQUIRE(h.state.records.size() == 85);
        CHECK_FALSE(has(screen, h.state.tr("start.no_records")));
        CHECK(has(screen, h.state.tr("start.alone")));
        CHECK(has(screen, h.state.tr("start.resume")));  // the five shared rows
    }
    SECTION("a delete's confirmation") {
        Headless h("prive", records(0, 100));
        REQUIRE(h.state.recordsPartial);
        h.ui.confirmDelete = h.state.records.front().summary->id;  // as clicking Verwijderen does
        CHECK_FALSE(has(h.screen(), h.state.tr("start.delete_confirm")));
        CHECK(has(h.screen(), h.state.tr("start.delete_confirm")));
        CHECK(h.state.records.size() == 100);
    }
}

TEST_CASE("an intent applied before the whole list is there finds the record it names") {
    Headless h("prive", records(0, 100));
    REQUIRE(h.state.recordsPartial);
    h.frame();  // the first frame: the whole list comes at the start of the next
    REQUIRE(h.state.recordsPartial);
    const std::string last = "2026-11-20-192000-praten";  // the oldest: not among the first screenful
    REQUIRE(ui::apply(h.state, h.ui, ui::intent::Resume{last}) == ui::Outcome::Done);
    REQUIRE(h.state.session);
    CHECK(h.state.session->record().id == last);
}
