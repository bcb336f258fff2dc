// SPDX-License-Identifier: EUPL-1.2
// Settings: defaults without a file, a round trip, and a broken file giving defaults, one notice
// line with its position, and the file kept as .bak; a theme or language the user did not choose is
// not written; the geometry of older files is read once and dropped; the language's precedence.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <optional>
#include <vector>

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
    s.themeChosen = true;
    s.zoom = 150;
    s.language = "en";
    s.languageChosen = true;
    s.singleKeys = false;
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

TEST_CASE("a theme and language the user did not choose are not written, so they keep following the desktop") {
    test::TempDir tmp;
    const fs::path file = tmp.path() / "settings.yaml";
    Settings s;
    s.theme = theme::ThemeId::Dark;  // from the desktop's portal
    s.language = "en";               // from LANG
    s.zoom = 120;
    REQUIRE(save(file, s).empty());
    const std::string text = test::readText(file);
    CHECK(text.find("theme") == std::string::npos);
    CHECK(text.find("language") == std::string::npos);
    const auto l = load(file);
    CHECK(l.settings.zoom == 120);
    CHECK_FALSE(l.settings.themeChosen);
    CHECK_FALSE(l.settings.languageChosen);
    CHECK(l.settings.theme == theme::ThemeId::Light);
}

TEST_CASE("an older settings file's window geometry is read, and left out when the settings are saved") {
    test::TempDir tmp;
    const fs::path file = tmp.path() / "settings.yaml";
    test::writeText(file, "theme: dark\nzoom: 110\nwindow:\n  x: 40\n  y: 30\n  width: 1280\n  height: 800\n");
    const auto l = load(file);
    REQUIRE(l.notice.empty());
    CHECK(l.oldWindow == WindowGeometry{40, 30, 1280, 800});
    CHECK(l.settings.theme == theme::ThemeId::Dark);
    CHECK(l.settings.themeChosen);
    REQUIRE(save(file, l.settings).empty());
    const std::string text = test::readText(file);
    CHECK(text.find("window") == std::string::npos);
    CHECK(text.find("width") == std::string::npos);
    CHECK(text.find("theme: dark") != std::string::npos);
    CHECK(load(file).oldWindow.empty());
}

TEST_CASE("an older settings file with a window out of range is set aside like any broken one") {
    test::TempDir tmp;
    const fs::path file = tmp.path() / "settings.yaml";
    test::writeText(file, "window:\n  width: 99999\n");
    const auto l = load(file);
    CHECK(l.notice.rfind(file.string() + ":2:10:", 0) == 0);
    CHECK(l.oldWindow.empty());
    CHECK(fs::exists(tmp.path() / "settings.yaml.bak"));
}

namespace {
// Sets the locale variables for one check and puts the old ones back.
class Locale {
public:
    Locale(const char* all, const char* messages, const char* lang) {
        for (const char* v : kVars) {
            const char* old = std::getenv(v);
            saved_.emplace_back(old ? std::optional<std::string>(old) : std::nullopt);
        }
        set("LC_ALL", all);
        set("LC_MESSAGES", messages);
        set("LANG", lang);
    }
    ~Locale() {
        for (std::size_t i = 0; i < 3; ++i) set(kVars[i], saved_[i] ? saved_[i]->c_str() : nullptr);
    }

private:
    static constexpr const char* kVars[3] = {"LC_ALL", "LC_MESSAGES", "LANG"};
    static void set(const char* var, const char* value) {
        if (value)
            setenv(var, value, 1);
        else
            unsetenv(var);
    }
    std::vector<std::optional<std::string>> saved_;
};
}  // namespace

TEST_CASE("the desktop's language: LC_ALL over LC_MESSAGES over LANG, Dutch for anything the app has not") {
    {
        Locale l(nullptr, nullptr, "nl_NL.UTF-8");
        CHECK(desktopLanguage() == "nl");
    }
    {
        Locale l(nullptr, nullptr, "en_GB");
        CHECK(desktopLanguage() == "en");
    }
    {
        Locale l(nullptr, "en_US.UTF-8", "nl_NL.UTF-8");
        CHECK(desktopLanguage() == "en");
    }
    {
        Locale l("nl_BE.UTF-8", "en_US.UTF-8", "en_GB.UTF-8");
        CHECK(desktopLanguage() == "nl");
    }
    {
        Locale l("", "", "en_IE@euro");  // empty counts as not set
        CHECK(desktopLanguage() == "en");
    }
    for (const char* other : {"de_DE.UTF-8", "C", "POSIX", "C.UTF-8", "fr"}) {
        Locale l(nullptr, nullptr, other);
        INFO(other);
        CHECK(desktopLanguage() == "nl");
    }
    {
        Locale l(nullptr, nullptr, nullptr);
        CHECK(desktopLanguage() == "nl");
    }
}

TEST_CASE("the language: --lang over the settings' choice over the desktop's") {
    Locale l(nullptr, nullptr, "en_GB.UTF-8");
    CHECK(chooseLanguage("", std::nullopt) == "en");
    CHECK(chooseLanguage("", std::string("nl")) == "nl");
    CHECK(chooseLanguage("nl", std::nullopt) == "nl");
    CHECK(chooseLanguage("en", std::string("nl")) == "en");
    // The command line's messages follow the same rule through the settings file.
    test::TempDir tmp;
    const fs::path file = tmp.path() / "settings.yaml";
    CHECK(messageLanguage("", file) == "en");  // no file
    test::writeText(file, "zoom: 120\n");
    CHECK(messageLanguage("", file) == "en");  // no language chosen
    test::writeText(file, "language: nl\n");
    CHECK(messageLanguage("", file) == "nl");
    CHECK(messageLanguage("en", file) == "en");
}
