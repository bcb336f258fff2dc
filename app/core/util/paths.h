// SPDX-License-Identifier: EUPL-1.2
// Where the app finds its bundled files (content packs, fonts): next to the binary in a build
// tree, or in the installation's share directory. Never the working directory.
#pragma once

#include <filesystem>
#include <optional>

namespace hr {

// The folder holding content/ and fonts/, or nullopt when neither location has them.
std::optional<std::filesystem::path> resourceDir();

// The bundled guide pack (content/ervaringskennis), or nullopt.
std::optional<std::filesystem::path> bundledPack();

// An XDG base folder: $VAR when it is an absolute path, else $HOME/`homeRelative`; nullopt when
// neither is set. Records, settings and exports all find their place this way.
std::optional<std::filesystem::path> xdgDir(const char* var, const std::filesystem::path& homeRelative);

// Where the window writes exports: the user's documents folder (Documenten or Documents, or
// $XDG_DOCUMENTS_DIR) in a "handreiking" subfolder; the home folder when there is none.
std::filesystem::path exportDir();

}  // namespace hr
