// SPDX-License-Identifier: EUPL-1.2
// The window's geometry file: read with the positioned YAML reader (so a damaged file names its
// line), written privately and atomically like every file the app writes.
#include "settings/window_state.h"

#include <yaml-cpp/emitter.h>
#include <yaml-cpp/emittermanip.h>

#include <algorithm>

#include "util/file_io.h"
#include "util/paths.h"
#include "util/private_file.h"
#include "yaml/yaml_reader.h"

namespace fs = std::filesystem;

namespace hr::settings {

namespace {

class GeometryReader : private yaml::Reader {
public:
    GeometryReader(Diagnostics& d, const yaml::Document& doc) : yaml::Reader(d, doc) {}

    void read(const yaml::Node& map, const Msg& what, WindowGeometry& g) {
        if (!expectMap(map, what)) return;
        checkKeys(map, what, {"x", "y", "width", "height"});
        // Ranges wide enough for any desktop of monitors side by side, narrow enough that a
        // typing slip never asks GLFW for a window of a million pixels.
        field(map, what, "x", g.x, -20000, 20000);
        field(map, what, "y", g.y, -20000, 20000);
        field(map, what, "width", g.width, 320, 16384);
        field(map, what, "height", g.height, 240, 16384);
    }

private:
    void field(const yaml::Node& map, const Msg& what, const char* key, std::optional<int>& out, int lo, int hi) {
        int v = 0;
        const yaml::Node* n = map.get(key);
        if (!integer(n, Msg("what.key", {{"what", what}, {"key", key}}), v)) return;
        if (v < lo || v > hi)
            d_.error(at(*n), Msg("settings.window", {{"key", key}}));
        else
            out = v;
    }
};

int overlap(int a, int aLength, int b, int bLength) { return std::max(0, std::min(a + aLength, b + bLength) - std::max(a, b)); }

}  // namespace

void readGeometry(Diagnostics& d, const yaml::Document& doc, const yaml::Node& map, const Msg& what, WindowGeometry& out) {
    GeometryReader(d, doc).read(map, what, out);
}

std::optional<fs::path> windowStatePath() {
    auto base = xdgDir("XDG_STATE_HOME", fs::path(".local") / "state");
    if (!base) return std::nullopt;
    return *base / "handreiking" / "window.yaml";
}

LoadedGeometry loadWindowState(const fs::path& file, const std::string& lang) {
    LoadedGeometry out;
    std::error_code ec;
    if (!fs::exists(file, ec) && !fs::is_symlink(file, ec)) return out;
    Diagnostics d;
    std::string text, error;
    WindowGeometry g;
    if (!readTextFile(file, kMaxTextFileBytes, text, error))
        d.error({file.string(), 1, 1}, Msg("file.unreadable", {{"why", error}}));
    else if (auto doc = yaml::parse(text, file.string(), d); doc && !d.hasErrors() && doc->root())
        readGeometry(d, *doc, *doc->root(), Msg("item.window_state"), g);
    if (!d.hasErrors()) {
        out.geometry = g;
        return out;
    }
    out.notice = formatDiagnostic(d.items().front(), lang) + " (" + render(Msg("state.window_default"), lang) + ")";
    return out;
}

Msg saveWindowState(const fs::path& file, const WindowGeometry& g) {
    std::error_code ec;
    createPrivateDirs(file.parent_path(), ec);
    if (ec) return Msg("write.cannot_create", {{"dir", file.parent_path().string()}, {"why", osReason(ec)}});
    YAML::Emitter out;
    out << YAML::Comment("handreiking: where the window was and how large; written by the app when it closes");
    out << YAML::BeginMap;
    if (g.x) out << YAML::Key << "x" << YAML::Value << *g.x;
    if (g.y) out << YAML::Key << "y" << YAML::Value << *g.y;
    if (g.width) out << YAML::Key << "width" << YAML::Value << *g.width;
    if (g.height) out << YAML::Key << "height" << YAML::Value << *g.height;
    out << YAML::EndMap;
    return writePrivateFile(file, std::string(out.c_str()) + "\n");
}

Rect placeOnScreen(const Rect& window, const std::vector<Rect>& areas) {
    if (areas.empty()) return window;
    // Enough to grab: a strip of the top edge (where the title bar is, just above the content)
    // at least this wide, and some height of the window below it, on one monitor.
    constexpr int kGrabWidth = 120, kGrabHeight = 40;
    for (const Rect& a : areas) {
        const bool topOnArea = window.y >= a.y && window.y < a.y + a.height;
        if (topOnArea && overlap(window.x, window.width, a.x, a.width) >= std::min(kGrabWidth, window.width) &&
            overlap(window.y, window.height, a.y, a.height) >= std::min(kGrabHeight, window.height))
            return window;
    }
    const Rect& a = areas.front();
    Rect r;
    r.width = std::min(window.width, a.width);
    r.height = std::min(window.height, a.height);
    r.x = a.x + (a.width - r.width) / 2;
    r.y = a.y + (a.height - r.height) / 2;
    return r;
}

}  // namespace hr::settings
