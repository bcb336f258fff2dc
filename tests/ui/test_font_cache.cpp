// SPDX-License-Identifier: EUPL-1.2
// The glyph atlas cache (app/ui/font_cache.h): an atlas taken from the cache is the one the fonts
// build (texture, glyphs, metrics, text widths), without reading the TTF files; the file is
// private; another size, a damaged file or a changed font builds afresh; a run that writes
// nothing leaves no file.
#include <catch2/catch.hpp>

#include <imgui.h>
#include <sys/stat.h>

#include <cstring>
#include <fstream>
#include <vector>

#include "fonts.h"
#include "test_support.h"

namespace fs = std::filesystem;
using namespace hr;

namespace {

struct Snapshot {
    int width = 0, height = 0;
    std::vector<unsigned char> pixels;
    std::vector<std::vector<float>> glyphs;  // per font: codepoint, advance, corners and UVs
    std::vector<float> metrics;              // per font: size, ascent, descent, width of a Dutch line
};

Snapshot snapshot(ImFontAtlas& atlas) {
    Snapshot s;
    unsigned char* px = nullptr;
    atlas.GetTexDataAsAlpha8(&px, &s.width, &s.height);
    s.pixels.assign(px, px + static_cast<std::size_t>(s.width) * static_cast<std::size_t>(s.height));
    const char* line = "Wij zijn \xC3\xA9\xC3\xA9n team \xE2\x80\x94 \xE2\x80\x9C\xC4\xB3verig\xE2\x80\x9D, \xE2\x82\xAC 12,50\xE2\x80\xA6";
    for (const ImFont* f : atlas.Fonts) {
        std::vector<float> g;
        for (const ImFontGlyph& glyph : f->Glyphs)
            g.insert(g.end(), {static_cast<float>(glyph.Codepoint), glyph.AdvanceX, glyph.X0, glyph.Y0, glyph.X1, glyph.Y1,
                               glyph.U0, glyph.V0, glyph.U1, glyph.V1});
        s.glyphs.push_back(g);
        s.metrics.insert(s.metrics.end(), {f->FontSize, f->Ascent, f->Descent, f->CalcTextSizeA(f->FontSize, 1e9f, 0, line).x});
    }
    return s;
}

bool same(const Snapshot& a, const Snapshot& b) {
    return a.width == b.width && a.height == b.height && a.pixels == b.pixels && a.glyphs == b.glyphs &&
           a.metrics == b.metrics;
}

std::vector<fs::path> cacheFiles(const fs::path& dir) {
    std::vector<fs::path> files;
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(dir, ec)) files.push_back(e.path());
    return files;
}

bool readFromTtf(const ImFontAtlas& atlas) { return atlas.ConfigData.Size > 0 && atlas.ConfigData[0].FontDataSize > 1; }

}  // namespace

TEST_CASE("an atlas from the cache is the atlas the fonts build, and its file is private") {
    test::TempDir tmp;
    const fs::path dir = tmp.path() / "cache" / "handreiking";
    const fs::path fonts = test::sourceDir() / "fonts";
    ImFontAtlas reference;
    ui::loadFonts(reference, fonts, 1.0f);  // no cache: built from the TTF files
    const Snapshot built = snapshot(reference);
    REQUIRE(built.glyphs.size() == 6);

    ImFontAtlas first;
    ui::loadFonts(first, fonts, 1.0f, ui::AtlasCache{dir, true});
    CHECK(readFromTtf(first));
    CHECK(same(snapshot(first), built));
    const auto files = cacheFiles(dir);
    REQUIRE(files.size() == 1);
    struct stat st {};
    REQUIRE(::stat(files[0].c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);
    REQUIRE(::stat(dir.c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0700);

    ImFontAtlas cached;
    const ui::Fonts f = ui::loadFonts(cached, fonts, 1.0f, ui::AtlasCache{dir, true});
    CHECK_FALSE(readFromTtf(cached));  // the TTF files were not read
    CHECK(cached.IsBuilt());
    CHECK(same(snapshot(cached), built));
    CHECK(f.title == cached.Fonts[3]);
    CHECK(f.title->FontSize == 32.0f);
    CHECK(f.boldItalic == cached.Fonts[5]);
    CHECK(f.body->FindGlyphNoFallback(0x0133) != nullptr);  // ĳ
}

TEST_CASE("another size, a damaged cache file or a changed font builds the atlas afresh") {
    test::TempDir tmp;
    const fs::path dir = tmp.path() / "cache";
    const fs::path fonts = tmp.path() / "fonts";
    fs::create_directories(fonts);
    for (const auto& e : fs::directory_iterator(test::sourceDir() / "fonts")) fs::copy_file(e.path(), fonts / e.path().filename());
    ImFontAtlas reference;
    ui::loadFonts(reference, fonts, 1.0f);
    const Snapshot built = snapshot(reference);
    {
        ImFontAtlas a;
        ui::loadFonts(a, fonts, 1.0f, ui::AtlasCache{dir, true});
    }
    REQUIRE(cacheFiles(dir).size() == 1);
    const fs::path file = cacheFiles(dir)[0];
    const auto fullSize = fs::file_size(file);

    SECTION("another size is another file") {
        ImFontAtlas a;
        ui::loadFonts(a, fonts, 1.5f, ui::AtlasCache{dir, true});
        CHECK(readFromTtf(a));
        CHECK(a.Fonts[0]->FontSize == 27.0f);
        CHECK(cacheFiles(dir).size() == 2);
    }
    SECTION("a damaged file") {
        const char* damage = GENERATE("truncated", "garbage");
        if (std::strcmp(damage, "truncated") == 0)
            fs::resize_file(file, fullSize / 2);
        else
            std::ofstream(file, std::ios::binary | std::ios::trunc) << "HRATLAS1 but nothing after it";
        ImFontAtlas a;
        ui::loadFonts(a, fonts, 1.0f, ui::AtlasCache{dir, true});
        CHECK(readFromTtf(a));
        CHECK(same(snapshot(a), built));
        CHECK(fs::file_size(file) == fullSize);  // written again
    }
    SECTION("a font file that changed") {
        fs::last_write_time(fonts / "NotoSans-Bold.ttf", fs::last_write_time(fonts / "NotoSans-Bold.ttf") + std::chrono::seconds(5));
        ImFontAtlas a;
        ui::loadFonts(a, fonts, 1.0f, ui::AtlasCache{dir, true});
        CHECK(readFromTtf(a));
        CHECK(cacheFiles(dir).size() == 2);
    }
}

TEST_CASE("a run that writes nothing reads the atlas cache but leaves no file") {
    test::TempDir tmp;
    const fs::path dir = tmp.path() / "cache";
    ImFontAtlas a;
    ui::loadFonts(a, test::sourceDir() / "fonts", 1.0f, ui::AtlasCache{dir, false});
    CHECK(readFromTtf(a));
    unsigned char* px = nullptr;
    int w = 0, h = 0;
    a.GetTexDataAsAlpha8(&px, &w, &h);
    CHECK(w > 0);
    CHECK_FALSE(fs::exists(dir));
}
