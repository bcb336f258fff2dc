// SPDX-License-Identifier: EUPL-1.2
// The desktop's colour preference through the XDG desktop portal, end to end: a private session
// bus with a fake portal (tests/gui/with_fake_portal.sh), and the window's screenshot under Xvfb in
// the theme it chose. A theme in the settings or on the command line wins; without a bus the
// window starts in the light theme. And the window's language follows LANG like the command line.
#include <catch2/catch.hpp>

#include <map>

#include "test_support.h"
#include "theme/palette.h"

namespace fs = std::filesystem;
using namespace hr;

namespace {

// The colour most of the screen has: the window's background.
theme::Rgb background(const test::Image& img) {
    std::map<unsigned, int> count;
    for (std::size_t i = 0; i + 3 < img.rgba.size(); i += 4)
        ++count[(unsigned(img.rgba[i]) << 16) | (unsigned(img.rgba[i + 1]) << 8) | img.rgba[i + 2]];
    unsigned best = 0;
    int most = 0;
    for (auto [c, n] : count)
        if (n > most) best = c, most = n;
    return theme::Rgb{static_cast<unsigned char>(best >> 16), static_cast<unsigned char>(best >> 8),
                      static_cast<unsigned char>(best)};
}

class Home {
public:
    // The app's own home, config and state; a settings file when `settings` is not empty.
    explicit Home(const std::string& settings = "") {
        if (!settings.empty()) test::writeText(dir_.path() / "config" / "handreiking" / "settings.yaml", settings);
    }
    std::string env() const {
        const std::string d = dir_.path().string();
        return "env -u LC_ALL -u LC_MESSAGES LANG=C.UTF-8 HOME=" + test::shellQuote(d) + " XDG_CONFIG_HOME=" +
               test::shellQuote(d + "/config") + " XDG_STATE_HOME=" + test::shellQuote(d + "/state") +
               " XDG_DATA_HOME= XDG_DOCUMENTS_DIR= ";
    }
    fs::path png() const { return dir_.path() / "shot.png"; }
    fs::path path() const { return dir_.path(); }

private:
    test::TempDir dir_;
};

std::string portal(const std::string& args) {
    return "bash " + test::shellQuote((test::sourceDir() / "tests" / "gui" / "with_fake_portal.sh").string()) + " " +
           args + " -- ";
}

// The screenshot's background with the given portal answer (empty: no bus at all).
theme::Rgb shotBackground(const Home& home, const std::string& portalArgs, int display, const std::string& options = "") {
    const std::string app = home.env() + test::binaryCommand(true) + " --screenshot " +
                            test::shellQuote(home.png().string()) + " --size 800x600 " + options;
    const std::string xvfb = "xvfb-run -a -n " + std::to_string(display) + " ";
    const std::string command =
        portalArgs.empty()
            ? "env -u DBUS_SESSION_BUS_ADDRESS XDG_RUNTIME_DIR=" + test::shellQuote(home.path().string()) + " " + xvfb + app
            : portal(portalArgs) + xvfb + app;
    const auto r = test::run(command);
    INFO(command);
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    const auto img = test::readPng(home.png());
    REQUIRE(img.ok());
    return background(img);
}

const theme::Rgb& bg(theme::ThemeId id) { return theme::palette(id).background; }

}  // namespace

TEST_CASE("the three themes have backgrounds apart, so a screenshot tells which one is on screen") {
    CHECK(bg(theme::ThemeId::Light) != bg(theme::ThemeId::Dark));
    CHECK(bg(theme::ThemeId::Dark) != bg(theme::ThemeId::HighContrast));
    CHECK(bg(theme::ThemeId::Light) != bg(theme::ThemeId::HighContrast));
}

TEST_CASE("a desktop that prefers dark, through the portal, opens the window in the dark theme") {
    Home home;
    CHECK(shotBackground(home, "1", 411) == bg(theme::ThemeId::Dark));
    // Following the desktop is no choice of the user's: nothing is written.
    CHECK_FALSE(fs::exists(home.path() / "config" / "handreiking" / "settings.yaml"));
}

TEST_CASE("a desktop that asks for high contrast gets the high-contrast theme, also over dark") {
    Home home;
    CHECK(shotBackground(home, "1 1", 412) == bg(theme::ThemeId::HighContrast));
    CHECK(shotBackground(home, "0 1", 412) == bg(theme::ThemeId::HighContrast));
}

TEST_CASE("a desktop that prefers light, or has no preference, gets the light theme") {
    Home home;
    CHECK(shotBackground(home, "2", 413) == bg(theme::ThemeId::Light));
    CHECK(shotBackground(home, "0 0", 413) == bg(theme::ThemeId::Light));
}

TEST_CASE("a theme chosen in the settings or on the command line wins over the desktop's preference") {
    Home chosen("theme: light\n");
    CHECK(shotBackground(chosen, "1", 414) == bg(theme::ThemeId::Light));
    Home home;
    CHECK(shotBackground(home, "1", 414, "--theme high-contrast") == bg(theme::ThemeId::HighContrast));
    Home zoomOnly("zoom: 110\n");  // settings without a theme: the desktop still decides
    CHECK(shotBackground(zoomOnly, "1", 414) == bg(theme::ThemeId::Dark));
}

TEST_CASE("without a session bus the window starts in the light theme") {
    Home home;
    CHECK(shotBackground(home, "", 415) == bg(theme::ThemeId::Light));
}

TEST_CASE("with no language chosen the window follows LANG, as the command line does") {
    // The broken pack's diagnostics are printed in the window's language.
    const fs::path pack = test::fixturesDir() / "diagnostics" / "dead-end";
    auto lines = [&](const std::string& settings, const std::string& locale) {
        Home home(settings);
        const std::string command = home.env() + locale + " xvfb-run -a -n 416 " + test::binaryCommand(true) +
                                    " --content " + test::shellQuote(pack.string()) + " --screenshot " +
                                    test::shellQuote(home.png().string());
        return test::run(command).err;
    };
    const std::string dutch = "stap 'rondje' kom je nooit bij een einde";
    const std::string english = "no end can be reached from node 'rondje'";
    CHECK(lines("", "LANG=en_GB.UTF-8").find(english) != std::string::npos);
    CHECK(lines("", "LANG=nl_NL.UTF-8").find(dutch) != std::string::npos);
    CHECK(lines("", "LANG=C").find(dutch) != std::string::npos);
    CHECK(lines("", "LANG=de_DE.UTF-8 LC_MESSAGES=en_US.UTF-8").find(english) != std::string::npos);
    CHECK(lines("language: nl\n", "LANG=en_GB.UTF-8").find(dutch) != std::string::npos);
}
