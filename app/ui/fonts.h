// SPDX-License-Identifier: EUPL-1.2
// The app's fonts: Noto Sans from fonts/, with glyph ranges that cover Dutch text fully.
#pragma once

#include <filesystem>
#include <optional>

struct ImFont;
struct ImFontAtlas;

namespace hr::ui {

struct Fonts {
    ImFont* body = nullptr;
    ImFont* bold = nullptr;
    ImFont* heading = nullptr;  // node titles
    ImFont* title = nullptr;    // the guide's title
    ImFont* italic = nullptr;   // emphasis in body text
    ImFont* boldItalic = nullptr;
};

// The glyph ranges every font is built with: Latin-1, Latin Extended-A (ĳ), typographic
// punctuation (dashes, curly quotes, ellipsis, bullet) and the euro sign. Noto Sans has no
// arrows, so the views use ‹ and ›.
const unsigned short* glyphRanges();

// Where a built atlas is kept between starts (font_cache.h), and whether this run may write there
// (a --screenshot run writes nothing but its PNG, so it only reads).
struct AtlasCache {
    std::filesystem::path dir;
    bool write = true;
};

// Adds the fonts to `atlas` at `scale` (1 = 18 px body text). Falls back to ImGui's built-in font
// when fonts/ is not found, so the window always opens. With `cache`, the atlas is taken from it
// when it holds these fonts at this size, and otherwise built here and stored there; without, the
// atlas is built when first asked for (GetTexData*).
Fonts loadFonts(ImFontAtlas& atlas, const std::optional<std::filesystem::path>& fontDir, float scale,
                const std::optional<AtlasCache>& cache = std::nullopt);

}  // namespace hr::ui
