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

    WindowGeometry oldWindow;

    void read(Settings& s) {
        const yaml::Node* root = doc_->root();
        if (!root) return;  // an empty file: defaults
        const Msg what("item.settings");
        if (!expectMap(*root, what)) return;
        checkKeys(*root, what, {"theme", "zoom", "language", "single-keys", "window"});
        auto quoted = [](const char* k) { return Msg("what.quoted", {{"key", k}}); };
        std::string text;
        if (const yaml::Node* t = root->get("theme"); scalar(t, quoted("theme"), text)) {
            if (theme::themeFromName(text, s.theme))
                s.themeChosen = true;
            else
                d_.error(at(*t), Msg("settings.theme", {{"value", text}}));
        }
        if (const yaml::Node* z = root->get("zoom"); integer(z, quoted("zoom"), s.zoom) && clampZoom(s.zoom) != s.zoom)
            d_.error(at(*z), Msg("settings.zoom", {{"min", kZoomMin}, {"max", kZoomMax}}));
        if (const yaml::Node* l = root->get("language"); scalar(l, quoted("language"), text)) {
            if (i18n::isLanguage(text)) {
                s.language = text;
                s.languageChosen = true;
            } else
                d_.error(at(*l), Msg("settings.language", {{"choice", i18n::languageChoiceMsg()}, {"value", text}}));
        }
        if (const yaml::Node* k = root->get("single-keys")) s.singleKeys = boolean(k, quoted("single-keys"));
        if (const yaml::Node* w = root->get("window")) readGeometry(d_, *doc_, *w, quoted("window"), oldWindow);
    }
};

class SystemReader : private yaml::Reader {
public:
    SystemReader(Diagnostics& d, const yaml::Document& doc) : yaml::Reader(d, doc) {}

    void read(SystemSettings& s) {
        const yaml::Node* root = doc_->root();
        const Msg what("item.system_settings");
        if (!root || !expectMap(*root, what)) return;
        checkKeys(*root, what, {"pack"});
        if (const yaml::Node* p = root->get("pack"); scalar(p, Msg("what.quoted", {{"key", "pack"}}), s.pack) && s.pack.empty())
            d_.error(at(*p), Msg("settings.pack"));
    }
};

}  // namespace

SystemSettings loadSystem(const std::string& lang) {
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
        if (!readTextFile(out.file, kMaxTextFileBytes, text, error)) d.error({out.file.string(), 1, 1}, Msg("file.unreadable", {{"why", error}}));
        else if (auto doc = yaml::parse(text, out.file.string(), d); doc && !d.hasErrors())
            SystemReader(d, *doc).read(out);
        if (d.hasErrors()) {
            out.pack.clear();
            out.notice = formatDiagnostic(d.items().front(), lang) + " (" + render(Msg("settings.system_ignored"), lang) + ")";
        }
        return out;
    }
    return out;
}

int clampZoom(int percent) { return std::clamp(percent, kZoomMin, kZoomMax); }

std::string desktopLanguage() {
    for (const char* var : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const char* v = std::getenv(var);
        if (!v || !*v) continue;
        const std::string value = v;
        const std::string lang = value.substr(0, value.find_first_of("_.@"));
        return i18n::isLanguage(lang) ? lang : i18n::kDefaultLanguage;
    }
    return i18n::kDefaultLanguage;
}

std::string chooseLanguage(const std::string& given, const std::optional<std::string>& chosen) {
    if (!given.empty()) return given;
    if (chosen) return *chosen;
    return desktopLanguage();
}

std::string messageLanguage(const std::string& given, const std::optional<fs::path>& settingsFile) {
    std::optional<std::string> chosen;
    std::error_code ec;
    std::string text, error;
    if (given.empty() && settingsFile && fs::exists(*settingsFile, ec) &&
        readTextFile(*settingsFile, kMaxTextFileBytes, text, error)) {
        Diagnostics ignored;
        if (auto doc = yaml::parse(text, settingsFile->string(), ignored); doc && doc->root() && doc->root()->isMap())
            if (const yaml::Node* l = doc->root()->get("language"); l && l->isScalar() && i18n::isLanguage(l->value))
                chosen = l->value;
    }
    return chooseLanguage(given, chosen);
}

std::optional<fs::path> defaultPath() {
    auto base = xdgDir("XDG_CONFIG_HOME", ".config");
    if (!base) return std::nullopt;
    return *base / "handreiking" / "settings.yaml";
}

Loaded load(const fs::path& file, const std::string& lang) {
    Loaded out;
    std::error_code ec;
    if (!fs::exists(file, ec)) return out;
    Diagnostics d;
    std::string text, error;
    if (readTextFile(file, kMaxTextFileBytes, text, error)) {
        if (auto doc = yaml::parse(text, file.string(), d); doc && !d.hasErrors()) {
            Settings s;
            SettingsReader reader(d, *doc);
            reader.read(s);
            if (!d.hasErrors()) {
                out.settings = s;
                out.oldWindow = reader.oldWindow;
                return out;
            }
        }
    } else {
        d.error({file.string(), 1, 1}, Msg("file.unreadable", {{"why", error}}));
    }
    // Broken: keep it for the user to look at, and start from defaults.
    fs::path bak = file;
    bak += ".bak";
    fs::rename(file, bak, ec);
    const auto& first = d.items().empty() ? Diagnostic{Severity::Error, {file.string(), 1, 1}, "unreadable", Msg("settings.unreadable")}
                                          : d.items().front();
    out.notice = formatDiagnostic(first, lang) +
                 (ec ? "" : " (" + render(Msg("settings.kept_as", {{"file", visibleText(bak.filename().string())}}), lang) + ")");
    return out;
}

Msg save(const fs::path& file, const Settings& s) {
    std::error_code ec;
    fs::create_directories(file.parent_path(), ec);
    if (ec) return Msg("write.cannot_create", {{"dir", file.parent_path().string()}, {"why", osReason(ec)}});
    YAML::Emitter out;
    out << YAML::Comment("handreiking settings; written by the app (a broken file is set aside as .bak)");
    out << YAML::BeginMap;
    if (s.themeChosen) out << YAML::Key << "theme" << YAML::Value << theme::themeName(s.theme);
    out << YAML::Key << "zoom" << YAML::Value << s.zoom;
    if (s.languageChosen) out << YAML::Key << "language" << YAML::Value << s.language;
    out << YAML::Key << "single-keys" << YAML::Value << (s.singleKeys ? "true" : "false");
    out << YAML::EndMap;
    return writePrivateFile(file, std::string(out.c_str()) + "\n");
}

}  // namespace hr::settings
