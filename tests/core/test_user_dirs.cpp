// SPDX-License-Identifier: EUPL-1.2
// The documents folder for exports, read from user-dirs.dirs as the XDG user-dirs spec says:
// "$HOME/Path" or "/Path", comments and invalid lines skipped, "$HOME" itself meaning none.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <optional>

#include "test_support.h"
#include "util/paths.h"

namespace fs = std::filesystem;

namespace {

std::optional<fs::path> docs(const std::string& text) { return hr::userDirFromText(text, "DOCUMENTS", "/home/an"); }

}  // namespace

TEST_CASE("user-dirs.dirs lines give the documents folder as the spec allows them") {
    CHECK(docs("XDG_DOCUMENTS_DIR=\"$HOME/Documenten\"\n") == fs::path("/home/an/Documenten"));
    CHECK(docs("XDG_DOCUMENTS_DIR=\"/srv/docs/an/\"") == fs::path("/srv/docs/an"));  // no newline at the end
    CHECK(docs("  XDG_DOCUMENTS_DIR = \"$HOME/Mijn documenten\"\n") == fs::path("/home/an/Mijn documenten"));
    // Written by xdg-user-dirs-update for a shell: a backslash escapes the next character.
    CHECK(docs("XDG_DOCUMENTS_DIR=\"$HOME/Een \\\"map\\\" met \\$\"\n") == fs::path("/home/an/Een \"map\" met $"));
    // Another folder's line, a comment, and values the spec does not allow name nothing.
    CHECK_FALSE(docs("XDG_DOWNLOAD_DIR=\"$HOME/Downloads\"\n"));
    CHECK_FALSE(docs("# XDG_DOCUMENTS_DIR=\"$HOME/Oud\"\n"));
    CHECK_FALSE(docs("XDG_DOCUMENTS_DIR=\"Documenten\"\n"));
    CHECK_FALSE(docs("XDG_DOCUMENTS_DIR=$HOME/Documenten\n"));
    CHECK_FALSE(docs("XDG_DOCUMENTS_DIR=\"$HOMEDIR/x\"\n"));
    CHECK_FALSE(docs("XDG_DOCUMENTS_DIR=\"$HOME/open\n"));
    CHECK_FALSE(docs("XDG_DOCUMENTS_DIRECTORY=\"$HOME/x\"\n"));
    // The last valid line counts, as when a shell reads the file; an invalid one changes nothing.
    CHECK(docs("XDG_DOCUMENTS_DIR=\"$HOME/Een\"\nXDG_DOCUMENTS_DIR=\"$HOME/Twee\"\nXDG_DOCUMENTS_DIR=twee\n") ==
          fs::path("/home/an/Twee"));
    CHECK(docs("XDG_DOCUMENTS_DIR=\"$HOME\"\n") == fs::path("/home/an"));
    CHECK(docs("XDG_DOCUMENTS_DIR=\"$HOME/\"\n") == fs::path("/home/an"));
}

TEST_CASE("exports go to a handreiking folder in the documents folder of a temporary user-dirs.dirs") {
    hr::test::TempDir tmp;
    const fs::path home = tmp.path() / "home", config = tmp.path() / "config";
    fs::create_directories(home / "Documents");  // a folder named so is not enough: the file decides
    fs::create_directories(config);
    hr::test::EnvVar h("HOME", home.string());
    hr::test::EnvVar c("XDG_CONFIG_HOME", config.string());
    hr::test::EnvVar d("XDG_DOCUMENTS_DIR", "/tmp/not-read");  // an environment variable is not the spec's way

    CHECK(hr::exportDir() == home / "handreiking");  // no user-dirs.dirs
    hr::test::writeText(config / "user-dirs.dirs",
                        "# This file is written by xdg-user-dirs-update\nXDG_DESKTOP_DIR=\"$HOME/Bureaublad\"\n"
                        "XDG_DOCUMENTS_DIR=\"$HOME/Documenten\"\n");
    CHECK(hr::userDir("DOCUMENTS") == home / "Documenten");
    CHECK(hr::exportDir() == home / "Documenten" / "handreiking");
    hr::test::writeText(config / "user-dirs.dirs", "XDG_DOCUMENTS_DIR=\"" + (tmp.path() / "elders").string() + "\"\n");
    CHECK(hr::exportDir() == tmp.path() / "elders" / "handreiking");
    // Set to the home folder: disabled, so the home folder itself holds the export folder.
    hr::test::writeText(config / "user-dirs.dirs", "XDG_DOCUMENTS_DIR=\"$HOME/\"\n");
    CHECK_FALSE(hr::userDir("DOCUMENTS"));
    CHECK(hr::exportDir() == home / "handreiking");
    // Without XDG_CONFIG_HOME, ~/.config/user-dirs.dirs.
    hr::test::EnvVar c2("XDG_CONFIG_HOME", "");
    fs::create_directories(home / ".config");
    hr::test::writeText(home / ".config" / "user-dirs.dirs", "XDG_DOCUMENTS_DIR=\"$HOME/Docs\"\n");
    CHECK(hr::exportDir() == home / "Docs" / "handreiking");
}
