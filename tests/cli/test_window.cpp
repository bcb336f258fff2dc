// The real window under Xvfb: screenshots of the start screen and of a broken pack, the message
// without a display, and an idle window that does not keep drawing.
#include <catch2/catch.hpp>

#include <sstream>

#include "test_support.h"

namespace fs = std::filesystem;
using namespace hr;

namespace {
// The app writes records and exports under HOME: give it a home of its own.
std::string bin() {
    static test::TempDir home;
    return "env HOME=" + test::shellQuote(home.path().string()) + " XDG_DATA_HOME= XDG_DOCUMENTS_DIR= " +
           test::binaryCommand(true);
}
}  // namespace

TEST_CASE("the screenshot option under Xvfb writes a PNG of the start screen at the asked size") {
    test::TempDir tmp;
    const fs::path png = tmp.path() / "start.png";
    const auto r = test::run("xvfb-run -a " + bin() + " --screenshot " + test::shellQuote(png.string()) + " --size 900x700");
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    const auto img = test::readPng(png);
    REQUIRE(img.ok());
    CHECK(img.width == 900);
    CHECK(img.height == 700);
    // Text is anti-aliased: a drawn screen has many shades; an empty or failed one has one or two.
    CHECK(img.distinctColours() > 20);
}

TEST_CASE("the track option opens a track's first node") {
    test::TempDir tmp;
    const fs::path start = tmp.path() / "start.png", track = tmp.path() / "track.png";
    REQUIRE(test::run("xvfb-run -a " + bin() + " --screenshot " + test::shellQuote(start.string())).exitCode == 0);
    REQUIRE(test::run("xvfb-run -a " + bin() + " --track zelfreflectie --screenshot " + test::shellQuote(track.string()))
                .exitCode == 0);
    const auto a = test::readPng(start), b = test::readPng(track);
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    CHECK(b.distinctColours() > 20);
    CHECK(a.rgba != b.rgba);  // a different screen
}

TEST_CASE("a pack with errors still opens and shows its diagnostics") {
    test::TempDir tmp;
    const fs::path png = tmp.path() / "broken.png";
    const fs::path pack = test::fixturesDir() / "diagnostics" / "dead-end";
    const auto r = test::run("xvfb-run -a " + bin() + " --content " + test::shellQuote(pack.string()) +
                             " --screenshot " + test::shellQuote(png.string()));
    CHECK(r.exitCode == 0);
    CHECK(r.err.find("error: no end can be reached from node 'rondje'") != std::string::npos);
    const auto img = test::readPng(png);
    REQUIRE(img.ok());
    CHECK(img.distinctColours() > 20);
}

TEST_CASE("without a display the app says so in one line and exits 2") {
    const auto r = test::run("env -u DISPLAY -u WAYLAND_DISPLAY " + bin());
    CHECK(r.exitCode == 2);
    CHECK(r.err.find("no display") != std::string::npos);
    CHECK(r.err.find("xvfb-run") != std::string::npos);
    CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
}

TEST_CASE("an idle window sleeps instead of drawing frames") {
    // CPU time (clock ticks) the app uses between 2 s and 4 s after start, with no input at all.
    // A loop that polls and draws would use nearly all of those 200 ticks.
    const std::string script =
        bin() + " & pid=$!; sleep 2; a=$(awk '{print $14+$15}' /proc/$pid/stat); sleep 2; "
                "b=$(awk '{print $14+$15}' /proc/$pid/stat); kill $pid; wait $pid; echo $((b-a))";
    const auto r = test::run("xvfb-run -a sh -c " + test::shellQuote(script));
    INFO(r.err);
    REQUIRE_FALSE(r.out.empty());
    const int ticks = std::stoi(r.out);
    CHECK(ticks >= 0);
    CHECK(ticks < 20);
}
