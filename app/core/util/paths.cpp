// SPDX-License-Identifier: EUPL-1.2
// Resource lookup relative to the running executable (/proc/self/exe), the XDG base folders, and
// the user's documents folder as the XDG user-dirs spec names it (for exports).
#include "util/paths.h"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string_view>
#include <utility>
#include <vector>

namespace fs = std::filesystem;

namespace hr {

std::optional<fs::path> resourceDir() {
    std::error_code ec;
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (ec) return std::nullopt;
    const fs::path bin = exe.parent_path();
    for (const fs::path& candidate : {bin, bin.parent_path() / "share" / "handreiking"}) {
        if (fs::is_directory(candidate / "content", ec)) return candidate;
    }
    return std::nullopt;
}

std::optional<fs::path> bundledPack() {
    auto dir = resourceDir();
    if (!dir) return std::nullopt;
    return *dir / "content" / "ervaringskennis";
}

std::optional<fs::path> cacheDir() {
    if (auto base = xdgDir("XDG_CACHE_HOME", ".cache")) return *base / "handreiking";
    return std::nullopt;
}

void pruneCache(const fs::path& dir, const std::string& prefix, const std::string& extension, std::size_t keep) {
    std::error_code ec;
    std::vector<std::pair<fs::file_time_type, fs::path>> files;
    for (const auto& e : fs::directory_iterator(dir, ec)) {
        if (e.path().filename().string().rfind(prefix, 0) == 0 && e.path().extension() == extension)
            files.emplace_back(fs::last_write_time(e.path(), ec), e.path());
    }
    if (files.size() <= keep) return;
    std::sort(files.begin(), files.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    for (std::size_t i = keep; i < files.size(); ++i) fs::remove(files[i].second, ec);
}

std::optional<fs::path> xdgDir(const char* var, const fs::path& homeRelative) {
    if (const char* xdg = std::getenv(var); xdg && *xdg && fs::path(xdg).is_absolute()) return fs::path(xdg);
    if (const char* home = std::getenv("HOME"); home && *home) return fs::path(home) / homeRelative;
    return std::nullopt;
}

namespace {

// The value of one line `XDG_NAME_DIR="$HOME/Path"` or `XDG_NAME_DIR="/Path"`, as the user-dirs
// spec allows it (the file is read by shells too: a backslash escapes the character after it).
// nullopt for any other form: a relative or unquoted value is not valid, so it names nothing.
std::optional<fs::path> userDirValue(std::string_view line, std::string_view key, const fs::path& home) {
    auto skipBlanks = [&] {
        while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
    };
    skipBlanks();
    if (line.substr(0, key.size()) != key) return std::nullopt;
    line.remove_prefix(key.size());
    skipBlanks();
    if (line.empty() || line.front() != '=') return std::nullopt;
    line.remove_prefix(1);
    skipBlanks();
    const std::size_t close = line.rfind('"');
    if (line.empty() || line.front() != '"' || close == 0) return std::nullopt;
    std::string_view quoted = line.substr(1, close - 1);
    fs::path base;
    if (quoted.substr(0, 5) == "$HOME" && (quoted.size() == 5 || quoted[5] == '/')) {
        base = home;
        quoted.remove_prefix(5);
    } else if (quoted.empty() || quoted.front() != '/') {
        return std::nullopt;
    }
    std::string rest;
    for (std::size_t i = 0; i < quoted.size(); ++i) rest += quoted[i] == '\\' && i + 1 < quoted.size() ? quoted[++i] : quoted[i];
    while (rest.size() > 1 && rest.back() == '/') rest.pop_back();
    if (base.empty()) return fs::path(rest);
    while (!rest.empty() && rest.front() == '/') rest.erase(0, 1);
    return rest.empty() ? home : home / rest;
}

}  // namespace

std::optional<fs::path> userDirFromText(const std::string& text, const std::string& name, const fs::path& home) {
    const std::string key = "XDG_" + name + "_DIR";
    std::optional<fs::path> found;
    std::size_t at = 0;
    while (at <= text.size()) {
        std::size_t end = text.find('\n', at);
        if (end == std::string::npos) end = text.size();
        const std::string_view line(text.data() + at, end - at);
        if (line.substr(0, 1) != "#")
            if (auto value = userDirValue(line, key, home)) found = value;  // the last one counts, as in a shell
        at = end + 1;
    }
    return found;
}

std::optional<fs::path> userDir(const std::string& name) {
    const char* home = std::getenv("HOME");
    const auto config = xdgDir("XDG_CONFIG_HOME", ".config");
    if (!home || !*home || !config) return std::nullopt;
    std::ifstream in(*config / "user-dirs.dirs", std::ios::binary);
    if (!in) return std::nullopt;
    std::string text;
    text.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    if (text.size() > 1 << 20) return std::nullopt;  // not a user-dirs file
    auto dir = userDirFromText(text, name, home);
    // Set to the home folder itself: the spec's way of saying the user has no such folder.
    std::error_code ec;
    if (dir && (dir->lexically_normal() == fs::path(home).lexically_normal() || fs::equivalent(*dir, home, ec)))
        return std::nullopt;
    return dir;
}

fs::path exportDir() {
    if (auto docs = userDir("DOCUMENTS")) return *docs / "handreiking";
    std::error_code ec;
    return xdgDir("HOME", {}).value_or(fs::temp_directory_path(ec)) / "handreiking";
}

}  // namespace hr
