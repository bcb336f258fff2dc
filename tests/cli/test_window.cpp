// SPDX-License-Identifier: EUPL-1.2
// The real window under Xvfb: screenshots of the start screen and of a broken pack, the message
// without a display, and an idle window that does not keep drawing.
#include <catch2/catch.hpp>

#include <map>
#include <sstream>

#include "test_support.h"

namespace fs = std::filesystem;
using namespace hr;

namespace {
// The app writes records and exports under HOME: give it a home of its own.
std::string bin() {
    static test::TempDir home;
    // Dutch, the window's language when neither the settings nor the desktop (LANG) say otherwise.
    return "env -u LC_ALL -u LC_MESSAGES LANG=C.UTF-8 HOME=" + test::shellQuote(home.path().string()) +
           " XDG_DATA_HOME= XDG_DOCUMENTS_DIR= XDG_CONFIG_HOME= XDG_STATE_HOME= " +
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
    // The window's language (Dutch by default) is also that of the lines it prints for whoever started it.
    CHECK(r.err.find("error: Vanaf stap 'rondje' kom je nooit bij een einde") != std::string::npos);
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

TEST_CASE("a page with every Markdown construct renders in light and high contrast at 75 100 and 200 percent") {
    test::TempDir tmp;
    const std::string pack = test::shellQuote((test::fixturesDir() / "packs" / "opmaak").string());
    std::map<std::string, test::Image> shots;
    for (const char* theme : {"light", "high-contrast"})
        for (const char* zoom : {"75", "100", "200"}) {
            const std::string name = std::string(theme) + "-" + zoom;
            const fs::path png = tmp.path() / (name + ".png");
            const auto r = test::run("xvfb-run -a " + bin() + " --content " + pack + " --track opmaak --theme " + theme +
                                     " --zoom " + zoom + " --size 1000x800 --screenshot " + test::shellQuote(png.string()));
            INFO(name << ": " << r.err);
            REQUIRE(r.exitCode == 0);
            shots[name] = test::readPng(png);
            REQUIRE(shots[name].ok());
            CHECK(shots[name].distinctColours() > 20);
        }
    // The themes differ where it matters: light has a light background, high contrast a black one.
    auto corner = [](const test::Image& img) {
        const std::size_t at = (static_cast<std::size_t>(img.height - 2) * img.width + 2) * 4;
        return img.rgba[at] + img.rgba[at + 1] + img.rgba[at + 2];
    };
    CHECK(corner(shots["light-100"]) > 600);
    CHECK(corner(shots["high-contrast-100"]) < 30);
    // Each size is drawn anew, not scaled: no two pictures are the same.
    for (const auto& [a, ia] : shots)
        for (const auto& [b, ib] : shots)
            if (a < b) {
                INFO(a << " vs " << b);
                CHECK(ia.rgba != ib.rgba);
            }
}

TEST_CASE("a damaged settings file gives the defaults and a notice and is kept") {
    test::TempDir home;
    const fs::path config = home.path() / ".config" / "handreiking";
    fs::create_directories(config);
    test::writeText(config / "settings.yaml", "theme: neon\n");
    const fs::path png = home.path() / "s.png";
    const auto r = test::run("env HOME=" + test::shellQuote(home.path().string()) + " XDG_CONFIG_HOME= xvfb-run -a " +
                             test::binaryCommand(true) + " --screenshot " + test::shellQuote(png.string()));
    CHECK(r.exitCode == 0);
    CHECK(r.err.find("settings.yaml:1:8: error: 'theme' must be light, dark or high-contrast, not 'neon'") !=
          std::string::npos);
    CHECK(test::readText(config / "settings.yaml.bak") == "theme: neon\n");
    CHECK(test::readPng(png).ok());
}

TEST_CASE("the resume option reopens an earlier conversation where it stood") {
    test::TempDir tmp;
    const std::string pack = test::shellQuote((test::fixturesDir() / "packs" / "proef").string());
    const std::string data = test::shellQuote((tmp.path() / "data").string());
    const auto walked = test::run(bin() + " walk --content " + pack + " --track gesprek --random 2 --data-dir " + data);
    REQUIRE(walked.exitCode == 0);
    const std::string id = fs::path(walked.out.substr(0, walked.out.size() - 1)).stem().string();
    const fs::path resumed = tmp.path() / "resumed.png", start = tmp.path() / "start.png", missing = tmp.path() / "m.png";
    auto shot = [&](const std::string& extra, const fs::path& png) {
        return test::run("xvfb-run -a " + bin() + " --content " + pack + " --data-dir " + data + extra + " --screenshot " +
                         test::shellQuote(png.string()));
    };
    REQUIRE(shot("", start).exitCode == 0);
    REQUIRE(shot(" --resume " + id, resumed).exitCode == 0);
    const auto a = test::readPng(start), b = test::readPng(resumed);
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    CHECK(a.rgba != b.rgba);  // the summary, not the start screen

    // A bad --resume is refused before any window opens, like a bad --track, in the window's
    // language (Dutch by default).
    // Refused before any window opens, so no display is needed: run without one (an xvfb-run
    // around a run this short sometimes fails its own clean-up and exits 5).
    auto refused = [&](const std::string& extra) {
        return test::run("env -u DISPLAY -u WAYLAND_DISPLAY " + bin() + " --content " + pack + " --data-dir " + data +
                         extra + " --screenshot " + test::shellQuote(missing.string()));
    };
    const auto none = refused(" --resume bestaat-niet");
    CHECK(none.exitCode == 2);
    CHECK(none.err.find("--resume bestaat-niet: dit gesprek staat niet in ") != std::string::npos);
    const auto outside = refused(" --resume ../data/" + id);
    CHECK(outside.exitCode == 2);
    CHECK(outside.err.find("dit is geen naam van een gesprek") != std::string::npos);
    const fs::path file = tmp.path() / "data" / (id + ".yaml");
    const std::string good = test::readText(file);
    test::writeText(file, good.substr(0, good.find("\nposition:")) + "position: [\n");
    const auto damaged = refused(" --resume " + id);
    CHECK(damaged.exitCode == 1);
    CHECK(damaged.err.find(file.string() + ":") != std::string::npos);
    CHECK(test::readText(file) == good.substr(0, good.find("\nposition:")) + "position: [\n");  // left as it was
    CHECK_FALSE(fs::exists(missing));
}

TEST_CASE("with a records folder that cannot be written, a track waits for a choice and nothing is written") {
    test::TempDir tmp;
    test::writeText(tmp.path() / "a-file", "x");
    const fs::path blocked = tmp.path() / "a-file" / "sessions";
    const fs::path good = tmp.path() / "data";
    const fs::path prompt = tmp.path() / "prompt.png", walk = tmp.path() / "walk.png";
    auto shot = [&](const fs::path& data, const fs::path& png) {
        return test::run("xvfb-run -a " + bin() + " --track gesprek --data-dir " + test::shellQuote(data.string()) +
                         " --screenshot " + test::shellQuote(png.string()));
    };
    REQUIRE(shot(blocked, prompt).exitCode == 0);
    REQUIRE(shot(good, walk).exitCode == 0);
    const auto a = test::readPng(prompt), b = test::readPng(walk);
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    CHECK(a.distinctColours() > 20);
    CHECK(a.rgba != b.rgba);  // the "cannot be saved" screen, not the track's first step
    CHECK(test::readText(tmp.path() / "a-file") == "x");
    CHECK_FALSE(fs::exists(good));  // a screenshot run creates no folder and no record
}

TEST_CASE("the window starts from parsed content it kept, and a screenshot run or check adds nothing to it") {
    test::TempDir tmp;
    const fs::path cache = tmp.path() / "cache", kept = cache / "handreiking" / "content";
    const fs::path timings = tmp.path() / "timings.txt", before = tmp.path() / "before.png", after = tmp.path() / "after.png";
    const std::string env = "env XDG_CACHE_HOME=" + test::shellQuote(cache.string()) + " ";
    auto files = [&] {
        std::error_code ec;
        return std::distance(fs::directory_iterator(kept, ec), fs::directory_iterator());
    };
    REQUIRE(test::run(env + bin() + " check").exitCode == 0);
    REQUIRE(test::run("xvfb-run -a " + env + bin() + " --screenshot " + test::shellQuote(before.string())).exitCode == 0);
    CHECK(files() == 0);

    // A normal start keeps every file of the guide and the interface strings it read, by its first frame.
    const std::string start = env + "HANDREIKING_TIMINGS=" + test::shellQuote(timings.string()) + " " + bin() +
                              " & pid=$!; for i in $(seq 150); do grep -q pss_kib " + test::shellQuote(timings.string()) +
                              " 2>/dev/null && break; sleep 0.1; done; kill $pid; wait $pid";
    (void)test::run("xvfb-run -a sh -c " + test::shellQuote(start));
    long guideFiles = 0;
    for (const auto& e : fs::recursive_directory_iterator(test::sourceDir() / "content" / "ervaringskennis"))
        guideFiles += e.path().extension() == ".yaml";
    CHECK(files() == guideFiles + 1);  // and content/ui/nl.yaml

    // Started from the cache, the screen is the same to the pixel.
    REQUIRE(test::run("xvfb-run -a " + env + bin() + " --screenshot " + test::shellQuote(after.string())).exitCode == 0);
    const auto a = test::readPng(before), b = test::readPng(after);
    REQUIRE(a.ok());
    CHECK(a.rgba == b.rgba);
    CHECK(files() == guideFiles + 1);
}
