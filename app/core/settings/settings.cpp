// SPDX-License-Identifier: EUPL-1.2
// Settings: read with the positioned YAML reader (so a broken file names its line), written
// atomically.
#include "settings/settings.h"

#include <yaml-cpp/emitter.h>
#include <yaml-cpp/emittermanip.h>

#include <algorithm>
#include <cstdlib>

#include "i18n/strings.h"
#include "yaml/yaml_reader.h"
#include "util/file_io.h"
#include "util/paths.h"
#include "util/private_file.h"

namespace fs = std::filesystem;

namespace hr::settings {

namespace {

class SettingsReader : private yaml::Reader {
public:
    SettingsReader(Diagnostics& d, const yaml::Document& doc) : yaml::Reader(d, doc) {}

    void read(Settings& s) {
        const yaml::Node* root = doc_->root();
        if (!root) return;  // an empty file: defaults
        if (!expectMap(*root, "the settings")) return;
        checkKeys(*root, "the settings", {"theme", "zoom", "language", "single-keys", "window"});
        std::string text;
        if (const yaml::Node* t = root->get("theme"); scalar(t, "'theme'", text) && !theme::themeFromName(text, s.theme))
            d_.error(at(*t), "'theme' must be light, dark or high-contrast, not '" + text + "'");
        if (const yaml::Node* z = root->get("zoom"); integer(z, "'zoom'", s.zoom) && clampZoom(s.zoom) != s.zoom)
            d_.error(at(*z), "'zoom' must be between " + std::to_string(kZoomMin) + " and " + std::to_string(kZoomMax));
        if (const yaml::Node* l = root->get("language"); scalar(l, "'language'", text)) {
            if (i18n::isLanguage(text))
                s.language = text;
            else
                d_.error(at(*l), "'language' must be " + i18n::languageChoice() + ", not '" + text + "'");
        }
        if (const yaml::Node* k = root->get("single-keys")) s.singleKeys = boolean(k, "'single-keys'");
        if (const yaml::Node* w = root->get("window"); w && expectMap(*w, "'window'")) {
            checkKeys(*w, "'window'", {"x", "y", "width", "height"});
            auto field = [&](const char* key, std::optional<int>& out, int lo, int hi) {
                int v = 0;
                if (const yaml::Node* n = w->get(key); integer(n, std::string("window '") + key + "'", v)) {
                    if (v < lo || v > hi)
                        d_.error(at(*n), std::string("window '") + key + "' is out of range");
                    else
                        out = v;
                }
            };
            field("x", s.x, -20000, 20000);
            field("y", s.y, -20000, 20000);
            field("width", s.width, 320, 16384);
            field("height", s.height, 240, 16384);
        }
    }
};

class SystemReader : private yaml::Reader {
public:
    SystemReader(Diagnostics& d, const yaml::Document& doc) : yaml::Reader(d, doc) {}

    void read(SystemSettings& s) {
        const yaml::Node* root = doc_->root();
        if (!root || !expectMap(*root, "the system settings")) return;
        checkKeys(*root, "the system settings", {"pack"});
        if (const yaml::Node* p = root->get("pack"); scalar(p, "'pack'", s.pack) && s.pack.empty())
            d_.error(at(*p), "'pack' names the id of a guide, such as 'ervaringskennis'");
    }
};

}  // namespace

SystemSettings loadSystem() {
    const char* dirs = std::getenv("XDG_CONFIG_DIRS");
    std::string list = dirs && *dirs ? dirs : "/etc/xdg";
    SystemSettings out;
    for (std::size_t start = 0; start <= list.size();) {
        const std::size_t end = std::min(list.find(':', start), list.size());
        const fs::path dir = list.substr(start, end - start);
        start = end + 1;
        std::error_code ec;
        if (!dir.is_absolute() || !fs::exists(dir / "handreiking" / "settings.yaml", ec)) continue;
        out.file = dir / "handreiking" / "settings.yaml";
        Diagnostics d;
        std::string text, error;
        if (!readTextFile(out.file, kMaxTextFileBytes, text, error)) d.error({out.file.string(), 1, 1}, error);
        else if (auto doc = yaml::parse(text, out.file.string(), d); doc && !d.hasErrors())
            SystemReader(d, *doc).read(out);
        if (d.hasErrors()) {
            out.pack.clear();
            out.notice = formatDiagnostic(d.items().front()) + " (the system settings are ignored)";
        }
        return out;
    }
    return out;
}

int clampZoom(int percent) { return std::clamp(percent, kZoomMin, kZoomMax); }

std::optional<fs::path> defaultPath() {
    auto base = xdgDir("XDG_CONFIG_HOME", ".config");
    if (!base) return std::nullopt;
    return *base / "handreiking" / "settings.yaml";
}

Loaded load(const fs::path& file) {
    Loaded out;
    std::error_code ec;
    if (!fs::exists(file, ec)) return out;
    Diagnostics d;
    std::string text, error;
    if (readTextFile(file, kMaxTextFileBytes, text, error)) {
        if (auto doc = yaml::parse(text, file.string(), d); doc && !d.hasErrors()) {
            Settings s;
            SettingsReader(d, *doc).read(s);
            if (!d.hasErrors()) {
                out.settings = s;
                return out;
            }
        }
    } else {
        d.error({file.string(), 1, 1}, error);
    }
    // Broken: keep it for the user to look at, and start from defaults.
    fs::path bak = file;
    bak += ".bak";
    fs::rename(file, bak, ec);
    const auto& first = d.items().empty() ? Diagnostic{Severity::Error, {file.string(), 1, 1}, "unreadable"} : d.items().front();
    out.notice = formatDiagnostic(first) +
                 (ec ? "" : " (kept as " + visibleText(bak.filename().string()) + "; defaults are used)");
    return out;
}

std::string save(const fs::path& file, const Settings& s) {
    std::error_code ec;
    fs::create_directories(file.parent_path(), ec);
    if (ec) return "cannot create " + file.parent_path().string() + ": " + ec.message();
    YAML::Emitter out;
    out << YAML::Comment("handreiking settings; written by the app (a broken file is set aside as .bak)");
    out << YAML::BeginMap;
    out << YAML::Key << "theme" << YAML::Value << theme::themeName(s.theme);
    out << YAML::Key << "zoom" << YAML::Value << s.zoom;
    out << YAML::Key << "language" << YAML::Value << s.language;
    out << YAML::Key << "single-keys" << YAML::Value << (s.singleKeys ? "true" : "false");
    if (s.x || s.width) {
        out << YAML::Key << "window" << YAML::Value << YAML::BeginMap;
        if (s.x) out << YAML::Key << "x" << YAML::Value << *s.x;
        if (s.y) out << YAML::Key << "y" << YAML::Value << *s.y;
        if (s.width) out << YAML::Key << "width" << YAML::Value << *s.width;
        if (s.height) out << YAML::Key << "height" << YAML::Value << *s.height;
        out << YAML::EndMap;
    }
    out << YAML::EndMap;
    return writePrivateFile(file, std::string(out.c_str()) + "\n");
}

}  // namespace hr::settings
