// SPDX-License-Identifier: EUPL-1.2
// The pack watcher (content/pack_watch.h) on a real folder: a save in place, a save by rename
// (as editors that write a temporary file do), a burst of writes taken as one change, an editor's
// scratch files ignored, a new sub-folder followed, and the stop signal; and the reload worker on
// an overlay stack (a save in the base and in the overlay).
#include <catch2/catch.hpp>

#include <sys/eventfd.h>
#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <optional>
#include <thread>

#include "content/pack_reload.h"
#include "content/pack_watch.h"
#include "test_support.h"

namespace fs = std::filesystem;
using hr::content::PackWatch;
using namespace std::chrono_literals;

namespace {

// Longer than the window's 30 ms, so that a test machine under load cannot split one burst in two;
// the coalescing is the same code.
constexpr auto kQuiet = 300ms;

bool has(const PackWatch::Change& c, const fs::path& p) {
    return std::find(c.files.begin(), c.files.end(), p) != c.files.end();
}

struct Folder {
    hr::test::TempDir tmp;
    fs::path dir = tmp.path() / "pack";
    PackWatch watch;
    Folder() {
        fs::create_directories(dir / "routes");
        hr::test::writeText(dir / "guide.yaml", "id: a\n");
        hr::test::writeText(dir / "routes" / "gesprek.yaml", "nodes: []\n");
        REQUIRE(watch.error().empty());
        watch.watch({dir});
        REQUIRE(watch.watchedFolders() == 2);
    }
};

}  // namespace

TEST_CASE("pack watch: a save in place is one change naming the file") {
    Folder f;
    std::ofstream(f.dir / "routes" / "gesprek.yaml", std::ios::trunc) << "nodes: [x]\n";
    PackWatch::Change c;
    REQUIRE(f.watch.wait(5s, c, -1, kQuiet) == PackWatch::Result::Changed);
    CHECK(c.files == std::vector<fs::path>{f.dir / "routes" / "gesprek.yaml"});
    CHECK(f.watch.wait(100ms, c, -1, kQuiet) == PackWatch::Result::TimedOut);  // nothing is left over
}

TEST_CASE("pack watch: a save by rename over the file is seen, its temporary file is not") {
    Folder f;
    // gedit, GLib and many others: a hidden temporary file, renamed over the old one.
    hr::test::writeText(f.dir / ".goutputstream-X1Y2", "id: b\n");
    fs::rename(f.dir / ".goutputstream-X1Y2", f.dir / "guide.yaml");
    PackWatch::Change c;
    REQUIRE(f.watch.wait(5s, c, -1, kQuiet) == PackWatch::Result::Changed);
    CHECK(c.files == std::vector<fs::path>{f.dir / "guide.yaml"});
    // vim: the old file moved aside to a backup, a new one written in its place.
    fs::rename(f.dir / "guide.yaml", f.dir / "guide.yaml~");
    hr::test::writeText(f.dir / "guide.yaml", "id: c\n");
    fs::remove(f.dir / "guide.yaml~");
    REQUIRE(f.watch.wait(5s, c, -1, kQuiet) == PackWatch::Result::Changed);
    CHECK(c.files == std::vector<fs::path>{f.dir / "guide.yaml"});
    CHECK(hr::test::readText(f.dir / "guide.yaml") == "id: c\n");
}

TEST_CASE("pack watch: a burst of writes to several files is one change") {
    Folder f;
    for (int i = 0; i < 30; ++i) {
        std::ofstream(f.dir / "guide.yaml", std::ios::app) << "# " << i << "\n";
        std::ofstream(f.dir / "routes" / "gesprek.yaml", std::ios::app) << "# " << i << "\n";
        hr::test::writeText(f.dir / "routes" / "nieuw.yaml", "nodes: []\n");
    }
    PackWatch::Change c;
    REQUIRE(f.watch.wait(5s, c, -1, kQuiet) == PackWatch::Result::Changed);
    CHECK(c.files.size() == 3);
    CHECK(has(c, f.dir / "guide.yaml"));
    CHECK(has(c, f.dir / "routes" / "nieuw.yaml"));
    CHECK(f.watch.wait(150ms, c, -1, kQuiet) == PackWatch::Result::TimedOut);
}

TEST_CASE("pack watch: a file being written counts only once it is closed") {
    Folder f;
    std::ofstream half(f.dir / "guide.yaml", std::ios::trunc);
    half << "id: hal" << std::flush;  // written, not yet closed: an editor halfway through a save
    PackWatch::Change c;
    CHECK(f.watch.wait(300ms, c, -1, kQuiet) == PackWatch::Result::TimedOut);
    half << "f\n";
    half.close();
    REQUIRE(f.watch.wait(5s, c, -1, kQuiet) == PackWatch::Result::Changed);
    CHECK(c.files == std::vector<fs::path>{f.dir / "guide.yaml"});
}

TEST_CASE("pack watch: an editor's swap and backup files alone are no change") {
    Folder f;
    hr::test::writeText(f.dir / ".guide.yaml.swp", "x");
    hr::test::writeText(f.dir / "4913", "");
    hr::test::writeText(f.dir / "guide.yaml~", "x");
    hr::test::writeText(f.dir / "#guide.yaml#", "x");
    PackWatch::Change c;
    CHECK(f.watch.wait(300ms, c, -1, kQuiet) == PackWatch::Result::TimedOut);
    CHECK(c.files.empty());
}

TEST_CASE("pack watch: a folder made after the start is watched too") {
    Folder f;
    fs::create_directories(f.dir / "pages");
    PackWatch::Change c;
    REQUIRE(f.watch.wait(5s, c, -1, kQuiet) == PackWatch::Result::Changed);
    CHECK(has(c, f.dir / "pages"));
    hr::test::writeText(f.dir / "pages" / "hulp.yaml", "pages: []\n");
    REQUIRE(f.watch.wait(5s, c, -1, kQuiet) == PackWatch::Result::Changed);
    CHECK(has(c, f.dir / "pages" / "hulp.yaml"));
}

TEST_CASE("pack watch: watching again lets go of folders no longer used") {
    Folder f;
    hr::test::TempDir other;
    f.watch.watch({other.path()});
    CHECK(f.watch.watchedFolders() == 1);
    hr::test::writeText(f.dir / "guide.yaml", "id: z\n");
    PackWatch::Change c;
    CHECK(f.watch.wait(200ms, c, -1, kQuiet) == PackWatch::Result::TimedOut);
    hr::test::writeText(other.path() / "guide.yaml", "id: y\n");
    CHECK(f.watch.wait(5s, c, -1, kQuiet) == PackWatch::Result::Changed);
}

TEST_CASE("pack watch: the stop signal ends a wait at once") {
    Folder f;
    const int stop = eventfd(0, EFD_CLOEXEC);
    REQUIRE(stop >= 0);
    const std::uint64_t one = 1;
    REQUIRE(write(stop, &one, sizeof one) == static_cast<ssize_t>(sizeof one));
    PackWatch::Change c;
    CHECK(f.watch.wait(30s, c, stop) == PackWatch::Result::Stopped);
    close(stop);
}

namespace {

// The worker's next result, or nothing within 20 s.
std::optional<hr::content::PackReloader::Result> next(hr::content::PackReloader& r) {
    for (int i = 0; i < 4000; ++i) {
        if (auto got = r.take()) return got;
        std::this_thread::sleep_for(5ms);
    }
    return std::nullopt;
}

}  // namespace

TEST_CASE("pack reloader: a save in the base or in the overlay of a stack is reloaded, the stack whole") {
    hr::test::TempDir tmp;
    const fs::path fixtures = hr::test::fixturesDir() / "overlays";
    fs::create_directories(tmp.path() / "bases");
    fs::copy(fixtures / "bases" / "basis", tmp.path() / "bases" / "basis", fs::copy_options::recursive);
    fs::copy(fixtures / "lokaal", tmp.path() / "lokaal", fs::copy_options::recursive);
    const auto pack = hr::content::loadAndValidate({{tmp.path() / "lokaal", "lokaal"}}, {tmp.path() / "bases"});
    INFO(pack.diags.str());
    REQUIRE(pack.usable());
    // Both folders are followed: the one given and the base found by id.
    CHECK(pack.dirs == std::vector<fs::path>{tmp.path() / "lokaal", tmp.path() / "bases" / "basis"});
    hr::content::PackReloader reloader(pack, nullptr);
    REQUIRE(reloader.error().empty());

    const fs::path base = tmp.path() / "bases" / "basis" / "guide.yaml";
    hr::test::writeText(base, hr::test::readText(base) + "# changed\n");
    auto r = next(reloader);
    REQUIRE(r);
    INFO(r->pack.diags.str());
    REQUIRE(r->pack.usable());
    CHECK(r->pack.guide->layers.size() == 2);
    CHECK(r->pack.guide->layers[0].hash != pack.guide->layers[0].hash);
    CHECK(r->pack.guide->layers[1].hash == pack.guide->layers[1].hash);

    // A write split in two bursts (a loaded machine) gives a second result of the same file: not
    // to be mistaken for the next save's.
    std::this_thread::sleep_for(300ms);
    (void)reloader.take();
    const fs::path step = tmp.path() / "lokaal" / "lokale-stap.yaml";
    hr::test::writeText(step, hr::test::readText(step) + "  - {id: kapot\n");
    r = next(reloader);
    REQUIRE(r);
    CHECK_FALSE(r->pack.usable());
    REQUIRE(r->pack.diags.hasErrors());
    CHECK(r->pack.diags.items().front().loc.file == "lokaal/lokale-stap.yaml");
}
