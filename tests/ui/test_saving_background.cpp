// SPDX-License-Identifier: EUPL-1.2
// Saving in the background, drawn headless with the real controller on a slow disk (every fsync
// 100 ms through the private-file hook): typing does not wait for the disk, the top bar says
// "being saved" until the writer reports the record on disk and only then "saved", and leaving
// the record (quick hide, home, export) first waits until it is on disk.
#include <catch2/catch.hpp>

#include <chrono>
#include <thread>

#include "headless.h"
#include "session/record_io.h"
#include "util/private_file.h"

using namespace hr;
using namespace hr::test;
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

void slowSync() { std::this_thread::sleep_for(std::chrono::milliseconds(100)); }
struct SlowDisk {
    SlowDisk() { setSyncHook(&slowSync); }
    ~SlowDisk() { setSyncHook(nullptr); }
};

bool has(const std::string& screen, const std::string& text) { return screen.find(text) != std::string::npos; }

std::string noteOnDisk(const Headless& h, const std::string& node) {
    Diagnostics d;
    const auto r = h.state.store->loadById(h.state.session ? h.state.session->record().id : "", d);
    if (!r) return "";
    const auto it = r->notes.find(node);
    return it == r->notes.end() ? "" : it->second;
}

// Types `text` into the note of the current step, one key per frame as the window would.
double typeNote(Headless& h, const std::string& node, const std::string& text) {
    double worst = 0;
    for (std::size_t k = 1; k <= text.size(); ++k) {
        const auto start = Clock::now();
        ui::apply(h.state, h.ui, ui::intent::SetNote{node, text.substr(0, k)});
        h.frame();
        worst = std::max(worst, std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    }
    return worst;
}

}  // namespace

TEST_CASE("typing on a slow disk does not wait for it, and the top bar says saved only once it is on disk") {
    Headless h;
    ui::apply(h.state, h.ui, ui::intent::OpenTrack{"gesprek"});
    REQUIRE(h.state.session);
    const std::string node = at(h.state);
    CHECK(has(h.screen(), h.state.tr("top.saved")));
    h.state.saveInBackground = true;
    SlowDisk slow;
    const double worst = typeNote(h, node, "samen terugkijken");
    CHECK(worst < 100);  // a frame never holds a 100 ms fsync (each write makes two)
    std::string screen = h.screen();
    CHECK(h.state.saving.pending);
    CHECK(has(screen, h.state.tr("top.saving")));
    CHECK_FALSE(has(screen, h.state.tr("top.saved")));

    SECTION("frames go on; once the writer is done the top bar says saved, and it is on disk") {
        const auto deadline = Clock::now() + std::chrono::seconds(10);
        while (h.state.saving.pending && Clock::now() < deadline) {
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
            h.frame();
        }
        screen = h.screen();
        CHECK(has(screen, h.state.tr("top.saved")));
        CHECK_FALSE(has(screen, h.state.tr("top.saving")));
        CHECK(noteOnDisk(h, node) == "samen terugkijken");
    }
    SECTION("quick hide waits until the record is on disk") {
        ui::apply(h.state, h.ui, ui::intent::Hide{});
        CHECK_FALSE(h.state.saving.pending);
        CHECK(noteOnDisk(h, node) == "samen terugkijken");
    }
    SECTION("going home lists the record as it is now") {
        const std::string id = h.state.session->record().id;
        ui::apply(h.state, h.ui, ui::intent::BackToStart{});
        std::optional<session::Record> r;
        Diagnostics d;
        for (const auto& e : h.state.records)
            if (e.summary && e.summary->id == id) r = h.state.store->load(e.path, d);
        REQUIRE(r);
        CHECK(r->notes.at(node) == "samen terugkijken");
    }
}

TEST_CASE("a save that fails in the background still turns the top bar into a lasting warning") {
    Headless h;
    ui::apply(h.state, h.ui, ui::intent::OpenTrack{"gesprek"});
    REQUIRE(h.state.session);
    h.state.saveInBackground = true;
    const std::string node = at(h.state);
    // The records folder disappears and a file takes its place.
    fs::remove_all(h.state.dataDir);
    writeText(h.state.dataDir, "x");
    typeNote(h, node, "x");
    ui::flushSaving(h.state);
    std::string screen = h.screen();
    CHECK(has(screen, h.state.tr("top.save_failed")));
    CHECK_FALSE(has(screen, h.state.tr("top.saved")));
    CHECK_FALSE(has(screen, h.state.tr("top.saving")));
    // Another key while it still fails: the warning stays, also while that write is on its way.
    typeNote(h, node, "xy");
    CHECK(has(h.screen(), h.state.tr("top.save_failed")));
    ui::flushSaving(h.state);
    CHECK(has(h.screen(), h.state.tr("top.save_failed")));
    fs::remove(h.state.dataDir);
    fs::create_directory(h.state.dataDir);
    typeNote(h, node, "xyz");
    ui::flushSaving(h.state);
    CHECK(has(h.screen(), h.state.tr("top.saved")));
    CHECK(noteOnDisk(h, node) == "xyz");
}
