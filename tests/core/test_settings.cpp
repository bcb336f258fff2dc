// SPDX-License-Identifier: EUPL-1.2
// Settings: defaults without a file, a round trip, and a broken file giving defaults, one notice
// line with its position, and the file kept as .bak.
#include <catch2/catch.hpp>

#include "settings/settings.h"
#include "test_support.h"

namespace fs = std::filesystem;
using namespace hr;
using namespace hr::settings;

TEST_CASE("no settings file means defaults and no notice") {
    test::TempDir tmp;
    const auto l = load(tmp.path() / "settings.yaml");
    CHECK(l.notice.empty());
    CHECK(l.settings == Settings{});
}

TEST_CASE("settings survive saving and loading") {
    test::TempDir tmp;
    Settings s;
    s.theme = theme::ThemeId::HighContrast;
    s.zoom = 150;
    s.language = "en";
    s.singleKeys = false;
    s.x = 40;
    s.y = 30;
    s.width = 1280;
    s.height = 800;
    const fs::path file = tmp.path() / "config" / "handreiking" / "settings.yaml";
    REQUIRE(save(file, s).empty());
    CHECK((fs::status(file).permissions() & fs::perms::all) == (fs::perms::owner_read | fs::perms::owner_write));
    const auto l = load(file);
    CHECK(l.notice.empty());
    CHECK(l.settings == s);
}

TEST_CASE("a broken settings file gives defaults and a notice and is kept as .bak") {
    test::TempDir tmp;
    const fs::path file = tmp.path() / "settings.yaml";
    for (const std::string text : {"theme: [dark\n", "theme: neon\nzoom: 120\n", "zoom: 900\n", "\x01\x02\xff",
                                   "- a list\n", "zoom: groot\n", "thema: dark\n", "single-keys: soms\n"}) {
        test::writeText(file, text);
        const auto l = load(file);
        INFO(text);
        CHECK(l.settings == Settings{});
        CHECK(l.notice.rfind(file.string() + ":", 0) == 0);
        CHECK(l.notice.find("error:") != std::string::npos);
        CHECK(l.notice.find('\n') == std::string::npos);
        CHECK_FALSE(fs::exists(file));
        CHECK(test::readText(tmp.path() / "settings.yaml.bak") == text);
    }
}

TEST_CASE("zoom is kept between 75 and 200 percent") {
    CHECK(clampZoom(50) == 75);
    CHECK(clampZoom(120) == 120);
    CHECK(clampZoom(400) == 200);
}

// The notice is shown in a bar of one line, and quotes the bad value: a value with a line break
// or an escape sequence in it must not split or colour it (see formatDiagnostic).
TEST_CASE("a broken settings value with line breaks still gives a notice of one line") {
    test::TempDir tmp;
    const auto file = tmp.path() / "settings.yaml";
    test::writeText(file, "theme: \"dark\\nred\\r\\e[31m\"\n");
    const Loaded l = load(file);
    CHECK(l.settings == Settings{});
    CHECK(l.notice.find("not 'dark\\x0ared\\x0d\\x1b[31m'") != std::string::npos);
    for (char c : l.notice) CHECK(static_cast<unsigned char>(c) >= 0x20);
}
