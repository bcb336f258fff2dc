// SPDX-License-Identifier: EUPL-1.2
// Where the app finds its bundled files (content packs, fonts): next to the binary in a build
// tree, or in the installation's share directory. Never the working directory.
#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>

namespace hr {

// The folder holding content/ and fonts/, or nullopt when neither location has them.
std::optional<std::filesystem::path> resourceDir();

// The bundled guide pack (content/ervaringskennis), or nullopt.
std::optional<std::filesystem::path> bundledPack();

// An XDG base folder: $VAR when it is an absolute path, else $HOME/`homeRelative`; nullopt when
// neither is set. Records, settings and exports all find their place this way.
std::optional<std::filesystem::path> xdgDir(const char* var, const std::filesystem::path& homeRelative);

// The app's cache: $XDG_CACHE_HOME/handreiking (~/.cache/handreiking); nullopt when neither is set.
// It holds only what can be made again from the app's own files (glyphs, parsed content).
std::optional<std::filesystem::path> cacheDir();
// Removes all but the `keep` files in `dir` named `prefix`...`extension` written (or touched) last.
void pruneCache(const std::filesystem::path& dir, const std::string& prefix, const std::string& extension,
                std::size_t keep);

// The folder `text` (a user-dirs.dirs file) gives for XDG_`name`_DIR, e.g. name "DOCUMENTS":
// "$HOME/Path" relative to `home`, or an absolute "/Path"; comments skipped, the last valid line
// wins. nullopt when no line names it in a valid form.
std::optional<std::filesystem::path> userDirFromText(const std::string& text, const std::string& name,
                                                     const std::filesystem::path& home);
// The user's folder `name` from $XDG_CONFIG_HOME/user-dirs.dirs (default ~/.config), as
// `xdg-user-dir` gives it; nullopt when there is none or it is the home folder itself (disabled).
std::optional<std::filesystem::path> userDir(const std::string& name);

// Where the window writes exports: a "handreiking" folder in the user's documents folder
// (userDir("DOCUMENTS")), or in the home folder when there is none.
std::filesystem::path exportDir();

}  // namespace hr
