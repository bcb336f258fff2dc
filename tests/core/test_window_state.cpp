// SPDX-License-Identifier: EUPL-1.2
// The window's geometry in the state folder: its place, a round trip written privately, a damaged
// file giving a notice with its position and no geometry, and a window off every monitor put back.
#include <catch2/catch.hpp>

#include <sys/stat.h>

#include "settings/window_state.h"
#include "test_support.h"

namespace fs = std::filesystem;
using namespace hr;
using namespace hr::settings;

TEST_CASE("the window's state file is under XDG_STATE_HOME, else ~/.local/state") {
    const char* oldState = std::getenv("XDG_STATE_HOME");
    const std::string keep = oldState ? oldState : "";
    setenv("XDG_STATE_HOME", "/tmp/state-here", 1);
    CHECK(windowStatePath() == fs::path("/tmp/state-here/handreiking/window.yaml"));
    setenv("XDG_STATE_HOME", "relative/not/allowed", 1);  // the spec: a relative path is ignored
    const char* home = std::getenv("HOME");
    REQUIRE(home);
    CHECK(windowStatePath() == fs::path(home) / ".local" / "state" / "handreiking" / "window.yaml");
    if (oldState)
        setenv("XDG_STATE_HOME", keep.c_str(), 1);
    else
        unsetenv("XDG_STATE_HOME");
}

TEST_CASE("the window's geometry survives saving and loading, in a private file and folder") {
    test::TempDir tmp;
    const fs::path file = tmp.path() / "state" / "handreiking" / "window.yaml";
    const WindowGeometry g{-200, 30, 1280, 800};
    REQUIRE(saveWindowState(file, g).empty());
    CHECK((fs::status(file).permissions() & fs::perms::all) == (fs::perms::owner_read | fs::perms::owner_write));
    CHECK((fs::status(file.parent_path()).permissions() & fs::perms::all) == fs::perms::owner_all);
    CHECK((fs::status(file.parent_path().parent_path()).permissions() & fs::perms::all) == fs::perms::owner_all);
    const auto l = loadWindowState(file, "en");
    CHECK(l.notice.empty());
    CHECK(l.geometry == g);
    // Written again over itself: atomically, no temporary file left beside it.
    REQUIRE(saveWindowState(file, WindowGeometry{10, 20, 900, 700}).empty());
    CHECK(loadWindowState(file, "en").geometry == WindowGeometry{10, 20, 900, 700});
    int entries = 0;
    for ([[maybe_unused]] const auto& e : fs::directory_iterator(file.parent_path())) ++entries;
    CHECK(entries == 1);
}

TEST_CASE("no state file, or an empty one, is no geometry and no notice") {
    test::TempDir tmp;
    const fs::path file = tmp.path() / "window.yaml";
    auto l = loadWindowState(file, "nl");
    CHECK(l.notice.empty());
    CHECK(l.geometry.empty());
    test::writeText(file, "# nothing yet\n");
    l = loadWindowState(file, "nl");
    CHECK(l.notice.empty());
    CHECK(l.geometry.empty());
}

TEST_CASE("a damaged state file gives a notice naming file:line:col, no geometry, and is left as it is") {
    test::TempDir tmp;
    const fs::path file = tmp.path() / "window.yaml";
    const std::pair<std::string, std::string> cases[] = {
        {"x: [1\n", ":2:1:"},  // the flow list is still open at the end
        {"x: 10\nwidth: 5\n", ":2:8:"},
        {"x: 10\nbreedte: 900\n", ":2:1:"},
        {"- 1\n- 2\n", ":1:1:"},
        {"y: links\n", ":1:4:"},
        {"\x01\x02\xff", ":1:"},
    };
    for (const auto& [text, where] : cases) {
        INFO(text);
        test::writeText(file, text);
        const auto l = loadWindowState(file, "en");
        CHECK(l.geometry.empty());
        CHECK(l.notice.rfind(file.string() + where, 0) == 0);
        CHECK(l.notice.find("error:") != std::string::npos);
        CHECK(l.notice.find("the window opens at its usual place and size") != std::string::npos);
        CHECK(l.notice.find('\n') == std::string::npos);
        CHECK(test::readText(file) == text);
    }
    test::writeText(file, "width: 5\n");
    CHECK(loadWindowState(file, "nl").notice.find("het venster opent op de gewone plek") != std::string::npos);
}

TEST_CASE("a state file that is a folder or cannot be read gives a notice, not a crash") {
    test::TempDir tmp;
    const fs::path dir = tmp.path() / "window.yaml";
    fs::create_directories(dir);
    const auto l = loadWindowState(dir, "en");
    CHECK(l.geometry.empty());
    CHECK(l.notice.rfind(dir.string() + ":1:1:", 0) == 0);
}

TEST_CASE("a window on a monitor stays where it was, and one off every monitor is put back on the first") {
    const std::vector<Rect> two = {{0, 0, 1920, 1040}, {1920, 0, 1280, 1024}};
    CHECK(placeOnScreen({100, 80, 1100, 760}, two) == Rect{100, 80, 1100, 760});
    CHECK(placeOnScreen({2000, 100, 1100, 760}, two) == Rect{2000, 100, 1100, 760});  // on the second
    CHECK(placeOnScreen({-900, 100, 1100, 760}, two) == Rect{-900, 100, 1100, 760});  // partly off, 200 px show
    // The second monitor unplugged since: back on the first, centred.
    const std::vector<Rect> one = {{0, 0, 1920, 1040}};
    CHECK(placeOnScreen({2000, 100, 1100, 760}, one) == Rect{410, 140, 1100, 760});
    // Only a sliver shows (less than can be grabbed), or the top edge is above the screen.
    CHECK(placeOnScreen({1900, 100, 1100, 760}, one) == Rect{410, 140, 1100, 760});
    CHECK(placeOnScreen({100, -500, 1100, 760}, one) == Rect{410, 140, 1100, 760});
    CHECK(placeOnScreen({100, 1030, 1100, 760}, one) == Rect{410, 140, 1100, 760});
    // Larger than the monitor it is put back on: made to fit.
    CHECK(placeOnScreen({5000, 5000, 2560, 1440}, {{0, 0, 1280, 1000}}) == Rect{0, 0, 1280, 1000});
    // A monitor that does not start at 0,0.
    CHECK(placeOnScreen({0, 0, 400, 300}, {{1000, 500, 800, 600}}) == Rect{1200, 650, 400, 300});
    // No monitors known: nothing to go by.
    CHECK(placeOnScreen({5000, 5000, 400, 300}, {}) == Rect{5000, 5000, 400, 300});
}
