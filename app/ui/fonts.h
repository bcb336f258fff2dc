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

// Adds the fonts to `atlas` at `scale` (1 = 18 px body text). Falls back to ImGui's built-in font
// when fonts/ is not found, so the window always opens.
Fonts loadFonts(ImFontAtlas& atlas, const std::optional<std::filesystem::path>& fontDir, float scale);

}  // namespace hr::ui
