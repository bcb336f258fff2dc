// SPDX-License-Identifier: EUPL-1.2
// Where the window was and how large: state, not a setting, so it lives in
// $XDG_STATE_HOME/handreiking/window.yaml (the XDG base-dir spec's place for state that may be
// lost), apart from the settings a user or an institution's IT may copy. Also: putting a window
// that would open off every monitor back on screen (a monitor unplugged since it was saved).
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "util/diagnostics.h"

namespace hr::yaml {
class Document;
struct Node;
}  // namespace hr::yaml

namespace hr::settings {

struct WindowGeometry {
    std::optional<int> x, y;           // position of the window's content on the desktop
    std::optional<int> width, height;  // size

    bool operator==(const WindowGeometry& o) const { return x == o.x && y == o.y && width == o.width && height == o.height; }
    bool hasSize() const { return width && height; }
    bool hasPosition() const { return x && y; }
    bool empty() const { return !x && !y && !width && !height; }
};

// $XDG_STATE_HOME/handreiking/window.yaml, or ~/.local/state/handreiking/window.yaml.
std::optional<std::filesystem::path> windowStatePath();

struct LoadedGeometry {
    WindowGeometry geometry;
    std::string notice;  // empty, or one line (file:line:col) saying what was wrong; then no geometry
};
// A missing file is no geometry and no notice. A damaged one is no geometry and a notice; the file
// is left as it is (the next close writes a good one over it).
// The notice is in `lang` (nl or en).
[[nodiscard]] LoadedGeometry loadWindowState(const std::filesystem::path& file, const std::string& lang);
// Writes the geometry atomically (0600), creating the folders (0700). Returns an error, or none.
[[nodiscard]] Msg saveWindowState(const std::filesystem::path& file, const WindowGeometry& g);

// Reads the keys x, y, width and height of `map` into `out`, each in its range, errors into `d`.
// Shared by the state file and the settings files of older versions, which held them under 'window'.
void readGeometry(Diagnostics& d, const yaml::Document& doc, const yaml::Node& map, const Msg& what, WindowGeometry& out);

struct Rect {
    int x = 0, y = 0, width = 0, height = 0;
    bool operator==(const Rect& o) const { return x == o.x && y == o.y && width == o.width && height == o.height; }
};
// `window` as it is when enough of it shows on one of `areas` (the monitors' work areas, the
// first the primary one) to grab and move it; otherwise centred on the first area, made smaller
// where it is larger than that area. With no areas known, `window` as it is.
Rect placeOnScreen(const Rect& window, const std::vector<Rect>& areas);

}  // namespace hr::settings
