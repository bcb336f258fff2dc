// SPDX-License-Identifier: EUPL-1.2
// Font loading for the ImGui atlas.
#include "fonts.h"

#include "font_cache.h"
#include "markdown_layout.h"

#include <imgui.h>

#include <vector>

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

namespace {

struct FaceFile {
    const char* file;
    float px;
};
// In the order of Fonts' members body, bold, heading, title, italic, boldItalic.
constexpr FaceFile kFaces[] = {{"NotoSans-Regular.ttf", 18.0f}, {"NotoSans-Bold.ttf", 18.0f},
                               {"NotoSans-Bold.ttf", 25.0f},    {"NotoSans-Bold.ttf", 32.0f},
                               {"NotoSans-Italic.ttf", 18.0f},  {"NotoSans-BoldItalic.ttf", 18.0f}};

ImFontConfig faceConfig() {
    ImFontConfig cfg;
    cfg.OversampleH = 2;
    cfg.OversampleV = 1;
    return cfg;
}

Fonts withFallbacks(Fonts f, ImFontAtlas& atlas, float scale) {
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

Fonts fromAtlas(const ImFontAtlas& atlas) {
    ImFont* const* a = atlas.Fonts.Data;
    return Fonts{a[0], a[1], a[2], a[3], a[4], a[5]};
}

// All six faces from the cache, or built and stored there. False when a file is missing.
bool loadCached(ImFontAtlas& atlas, const std::filesystem::path& fontDir, float scale, const AtlasCache& cache,
                Fonts& out) {
    std::vector<fontcache::Face> faces;
    std::error_code ec;
    for (const FaceFile& f : kFaces) {
        faces.push_back(fontcache::Face{fontDir / f.file, f.px * scale});
        if (!std::filesystem::is_regular_file(faces.back().file, ec)) return false;
    }
    const ImFontConfig cfg = faceConfig();
    const std::optional<std::string> key = fontcache::key(faces, cfg, glyphRanges(), atlas);
    if (!key) return false;
    if (fontcache::load(atlas, faces, cfg, cache.dir, *key)) {
        out = fromAtlas(atlas);
        return true;
    }
    for (const auto& face : faces) {
        ImFontConfig c = cfg;
        if (!atlas.AddFontFromFileTTF(face.file.c_str(), face.pixels, &c, glyphRanges())) {
            atlas.Clear();
            return false;
        }
    }
    out = fromAtlas(atlas);
    // A cache that cannot be written (a read-only home folder) only means the next start builds
    // the atlas again; nothing the user has is at stake, so it is not worth a message.
    if (cache.write && atlas.Build()) (void)fontcache::save(atlas, cache.dir, *key);
    return true;
}

}  // namespace

Fonts loadFonts(ImFontAtlas& atlas, const std::optional<std::filesystem::path>& fontDir, float scale,
                const std::optional<AtlasCache>& cache) {
    Fonts f;
    md::forgetLayouts();  // they point at the fonts cleared here
    atlas.Clear();
    // As high as the glyphs need, not rounded up to a power of two: a smaller texture to turn into
    // RGBA and upload before the first frame (OpenGL 3 takes any size). Part of the cache's key.
    atlas.Flags |= ImFontAtlasFlags_NoPowerOfTwoHeight;
    if (fontDir && cache && loadCached(atlas, *fontDir, scale, *cache, f)) return f;
    auto load = [&](const FaceFile& face) -> ImFont* {
        if (!fontDir) return nullptr;
        const auto path = (*fontDir / face.file).string();
        std::error_code ec;
        if (!std::filesystem::is_regular_file(path, ec)) return nullptr;
        ImFontConfig cfg = faceConfig();
        return atlas.AddFontFromFileTTF(path.c_str(), face.px * scale, &cfg, glyphRanges());
    };
    f.body = load(kFaces[0]);
    f.bold = load(kFaces[1]);
    f.heading = load(kFaces[2]);
    f.title = load(kFaces[3]);
    f.italic = load(kFaces[4]);
    f.boldItalic = load(kFaces[5]);
    return withFallbacks(f, atlas, scale);
}

}  // namespace hr::ui
