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

}  // namespace hr
