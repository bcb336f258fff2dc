// SPDX-License-Identifier: EUPL-1.2
// The glyph atlas cache. The file is this machine's own (native byte order and struct layout,
// which the key pins through the ImGui version and the sizes of the structs it stores):
//   "HRATLAS1", key, texture size and UVs, custom rects, then per font its metrics and glyphs,
//   then the alpha texture.
#include "font_cache.h"

#include <imgui.h>
#include <sys/stat.h>

#include <algorithm>
#include <cstring>
#include <functional>

#include "util/file_io.h"
#include "util/paths.h"
#include "util/private_file.h"

namespace hr::ui::fontcache {

namespace {

constexpr char kMagic[] = "HRATLAS1";
constexpr std::size_t kMaxFile = 64u << 20;  // a 4096x4096 atlas is 16 MiB; anything far larger is not ours
constexpr std::size_t kKeep = 4;             // files kept: a few zoom levels

struct Writer {
    std::string out;
    template <class T>
    void put(const T& v) { out.append(reinterpret_cast<const char*>(&v), sizeof v); }
    void bytes(const void* p, std::size_t n) { out.append(static_cast<const char*>(p), n); }
    void str(const std::string& s) {
        put(static_cast<std::uint32_t>(s.size()));
        out += s;
    }
};

struct Reader {
    const std::string& in;
    std::size_t at = 0;
    bool ok = true;
    bool bytes(void* p, std::size_t n) {
        if (!ok || in.size() - at < n) return ok = false;
        std::memcpy(p, in.data() + at, n);
        at += n;
        return true;
    }
    template <class T>
    bool get(T& v) { return bytes(&v, sizeof v); }
    bool str(std::string& s) {
        std::uint32_t n = 0;
        if (!get(n) || in.size() - at < n) return ok = false;
        s.assign(in, at, n);
        at += n;
        return true;
    }
};

std::string fileName(const std::string& key) {
    char name[40];
    std::snprintf(name, sizeof name, "atlas-%016zx.bin", std::hash<std::string>{}(key));
    return name;
}

bool readFonts(Reader& r, ImFontAtlas& atlas) {
    for (ImFont* f : atlas.Fonts) {
        int glyphs = 0;
        r.get(f->FontSize), r.get(f->Ascent), r.get(f->Descent), r.get(f->FallbackChar), r.get(f->EllipsisChar);
        r.get(f->DotChar), r.get(f->MetricsTotalSurface);
        if (!r.get(glyphs) || glyphs <= 0 || glyphs > 0x110000) return false;
        f->Glyphs.resize(glyphs);
        if (!r.bytes(f->Glyphs.Data, sizeof(ImFontGlyph) * static_cast<std::size_t>(glyphs))) return false;
    }
    return r.ok;
}

bool readTexture(Reader& r, ImFontAtlas& atlas) {
    int rects = 0;
    r.get(atlas.TexWidth), r.get(atlas.TexHeight), r.get(atlas.TexUvScale), r.get(atlas.TexUvWhitePixel);
    r.get(atlas.TexUvLines), r.get(atlas.PackIdMouseCursors), r.get(atlas.PackIdLines);
    if (!r.get(rects) || rects < 0 || rects > 1024 || atlas.TexWidth <= 0 || atlas.TexHeight <= 0 ||
        atlas.TexWidth > 16384 || atlas.TexHeight > 16384)
        return false;
    atlas.CustomRects.resize(rects);
    if (!r.bytes(atlas.CustomRects.Data, sizeof(ImFontAtlasCustomRect) * static_cast<std::size_t>(rects))) return false;
    for (auto& rect : atlas.CustomRects) rect.Font = nullptr;
    if (!readFonts(r, atlas)) return false;
    const std::size_t size = static_cast<std::size_t>(atlas.TexWidth) * static_cast<std::size_t>(atlas.TexHeight);
    if (r.in.size() - r.at != size) return false;
    atlas.TexPixelsAlpha8 = static_cast<unsigned char*>(IM_ALLOC(size));
    return r.bytes(atlas.TexPixelsAlpha8, size);
}

}  // namespace

std::optional<std::string> key(const std::vector<Face>& faces, const ImFontConfig& cfg, const unsigned short* ranges,
                               const ImFontAtlas& atlas) {
    char buf[160];
    std::snprintf(buf, sizeof buf, "imgui %d glyph %zu rect %zu font %zu; over %d %d snap %d; atlas %d %d %d\n",
                  IMGUI_VERSION_NUM, sizeof(ImFontGlyph), sizeof(ImFontAtlasCustomRect), sizeof(ImFont),
                  cfg.OversampleH, cfg.OversampleV, cfg.PixelSnapH ? 1 : 0, atlas.Flags, atlas.TexDesiredWidth,
                  atlas.TexGlyphPadding);
    std::string k = buf;
    for (const unsigned short* r = ranges; *r; ++r) k += std::to_string(*r) + " ";
    for (const Face& f : faces) {
        struct stat st {};
        if (::stat(f.file.c_str(), &st) != 0) return std::nullopt;
        std::snprintf(buf, sizeof buf, "\n%.4f %lld %lld.%09ld ", static_cast<double>(f.pixels),
                      static_cast<long long>(st.st_size), static_cast<long long>(st.st_mtim.tv_sec), st.st_mtim.tv_nsec);
        k += buf + f.file.string();
    }
    return k;
}


bool load(ImFontAtlas& atlas, const std::vector<Face>& faces, const ImFontConfig& cfg, const std::filesystem::path& dir,
          const std::string& key) {
    const std::filesystem::path file = dir / fileName(key);
    std::string text, error;
    if (!readTextFile(file, kMaxFile, text, error)) return false;
    Reader r{text};
    char magic[sizeof kMagic] = {};
    std::string stored;
    if (!r.bytes(magic, sizeof magic) || std::memcmp(magic, kMagic, sizeof magic) != 0 || !r.str(stored) || stored != key)
        return false;
    // Each font is added as the builder would add it, with a stand-in for the TTF data, which is
    // never parsed: the atlas counts as built once its texture is there.
    static const unsigned char kNoData = 0;
    for (const Face& face : faces) {
        ImFontConfig c = cfg;
        c.FontData = const_cast<unsigned char*>(&kNoData);
        c.FontDataSize = 1;
        c.FontDataOwnedByAtlas = false;
        c.SizePixels = face.pixels;
        std::snprintf(c.Name, sizeof c.Name, "%s, %.0fpx", face.file.filename().c_str(), static_cast<double>(face.pixels));
        atlas.AddFont(&c);
    }
    if (!readTexture(r, atlas)) {
        atlas.Clear();
        return false;
    }
    for (int i = 0; i < atlas.Fonts.Size; ++i) {
        ImFont* f = atlas.Fonts[i];
        f->ContainerAtlas = &atlas;
        f->ConfigData = &atlas.ConfigData[i];
        f->ConfigDataCount = 1;
        f->BuildLookupTable();
    }
    atlas.TexReady = true;
    std::error_code ec;
    std::filesystem::last_write_time(file, std::filesystem::file_time_type::clock::now(), ec);  // used last: kept
    return true;
}

// The atlas's own refusals are the program's, never a person's to act on: kept as they are.
Msg save(const ImFontAtlas& atlas, const std::filesystem::path& dir, const std::string& key) {
    if (!atlas.TexReady || !atlas.TexPixelsAlpha8 || atlas.TexPixelsUseColors) return Msg("verbatim", {{"text", "the atlas is not built"}});
    for (const auto& rect : atlas.CustomRects)
        if (rect.Font) return Msg("verbatim", {{"text", "the atlas has glyphs of its own"}});
    Writer w;
    w.bytes(kMagic, sizeof kMagic);
    w.str(key);
    w.put(atlas.TexWidth), w.put(atlas.TexHeight), w.put(atlas.TexUvScale), w.put(atlas.TexUvWhitePixel);
    w.put(atlas.TexUvLines), w.put(atlas.PackIdMouseCursors), w.put(atlas.PackIdLines);
    w.put(atlas.CustomRects.Size);
    w.bytes(atlas.CustomRects.Data, sizeof(ImFontAtlasCustomRect) * static_cast<std::size_t>(atlas.CustomRects.Size));
    for (const ImFont* f : atlas.Fonts) {
        w.put(f->FontSize), w.put(f->Ascent), w.put(f->Descent), w.put(f->FallbackChar), w.put(f->EllipsisChar);
        w.put(f->DotChar), w.put(f->MetricsTotalSurface), w.put(f->Glyphs.Size);
        w.bytes(f->Glyphs.Data, sizeof(ImFontGlyph) * static_cast<std::size_t>(f->Glyphs.Size));
    }
    w.bytes(atlas.TexPixelsAlpha8, static_cast<std::size_t>(atlas.TexWidth) * static_cast<std::size_t>(atlas.TexHeight));
    std::error_code ec;
    createPrivateDirs(dir, ec);
    if (ec) return Msg("write.cannot_create", {{"dir", dir.string()}, {"why", osReason(ec)}});
    Msg err = writePrivateFile(dir / fileName(key), w.out);
    if (err.empty()) pruneCache(dir, "atlas-", ".bin", kKeep);  // a load touches its file: kept
    return err;
}

}  // namespace hr::ui::fontcache
