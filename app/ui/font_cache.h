// SPDX-License-Identifier: EUPL-1.2
// A cache of the built glyph atlas, so a start does not rasterise four faces at three sizes with
// stb_truetype again (about 20 ms of CPU, and the TTF files read into memory). One file per key in
// $XDG_CACHE_HOME/handreiking (~/.cache/handreiking), written 0600 and atomically; the key names
// the ImGui version, each font file (path, size, modification time), pixel size, oversampling, the
// glyph ranges and the atlas settings, so any change builds afresh. A missing, stale or damaged file
// is simply built again: it holds only glyphs, nothing of the user.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "util/message.h"

struct ImFontAtlas;
struct ImFontConfig;

namespace hr::ui::fontcache {

// One face as the atlas is asked to hold it.
struct Face {
    std::filesystem::path file;
    float pixels = 0;  // the size in the atlas (scale already applied)
};

// The key for `faces` with `cfg`'s oversampling and `ranges`; nullopt when a file cannot be
// looked at (then nothing is cached).
std::optional<std::string> key(const std::vector<Face>& faces, const ImFontConfig& cfg, const unsigned short* ranges,
                               const ImFontAtlas& atlas);

// Fills the (cleared) `atlas` with the fonts and texture stored under `key` in `dir`: one font per
// face, in order, as if built. Returns false, with `atlas` cleared again, when there is no usable file.
[[nodiscard]] bool load(ImFontAtlas& atlas, const std::vector<Face>& faces, const ImFontConfig& cfg,
                        const std::filesystem::path& dir, const std::string& key);

// Stores the built `atlas` (one font per face) under `key` in `dir` (made 0700), keeping the few
// files used last. Returns an error (unused but by tests: a cache that cannot be written is
// rebuilt next time), empty on success.
[[nodiscard]] Msg save(const ImFontAtlas& atlas, const std::filesystem::path& dir, const std::string& key);

}  // namespace hr::ui::fontcache
