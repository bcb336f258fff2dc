// SPDX-License-Identifier: EUPL-1.2
// Font loading for the ImGui atlas.
#include "fonts.h"

#include "markdown_layout.h"

#include <imgui.h>

namespace hr::ui {

const ImWchar* glyphRanges() {
    static const ImWchar ranges[] = {
        0x0020, 0x00FF,  // Basic Latin + Latin-1 Supplement (é, ë, ï, ö, ü ...)
        0x0100, 0x017F,  // Latin Extended-A (ĳ, Ĳ)
        0x2007, 0x2008,  // figure and punctuation space (aligning numbered lists)
        0x2010, 0x2027,  // dashes, curly quotes, bullet, ellipsis
        0x2030, 0x203A,  // per mille, angle quotes
        0x20AC, 0x20AC,  // euro sign
        0,
    };
    return ranges;
}

Fonts loadFonts(ImFontAtlas& atlas, const std::optional<std::filesystem::path>& fontDir, float scale) {
    Fonts f;
    md::forgetLayouts();  // they point at the fonts cleared here
    atlas.Clear();
    auto load = [&](const char* file, float px) -> ImFont* {
        if (!fontDir) return nullptr;
        const auto path = (*fontDir / file).string();
        std::error_code ec;
        if (!std::filesystem::is_regular_file(path, ec)) return nullptr;
        ImFontConfig cfg;
        cfg.OversampleH = 2;
        cfg.OversampleV = 1;
        return atlas.AddFontFromFileTTF(path.c_str(), px * scale, &cfg, glyphRanges());
    };
    f.body = load("NotoSans-Regular.ttf", 18.0f);
    f.bold = load("NotoSans-Bold.ttf", 18.0f);
    f.heading = load("NotoSans-Bold.ttf", 25.0f);
    f.title = load("NotoSans-Bold.ttf", 32.0f);
    f.italic = load("NotoSans-Italic.ttf", 18.0f);
    f.boldItalic = load("NotoSans-BoldItalic.ttf", 18.0f);
    if (!f.body) {
        ImFontConfig cfg;
        cfg.SizePixels = 13.0f * scale;
        f.body = atlas.AddFontDefault(&cfg);
    }
    if (!f.bold) f.bold = f.body;
    if (!f.heading) f.heading = f.bold;
    if (!f.title) f.title = f.heading;
    if (!f.italic) f.italic = f.body;
    if (!f.boldItalic) f.boldItalic = f.bold;
    return f;
}

}  // namespace hr::ui
