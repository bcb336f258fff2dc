// SPDX-License-Identifier: EUPL-1.2
// Resource lookup relative to the running executable (/proc/self/exe).
#include "util/paths.h"

#include <cstdlib>

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

std::optional<fs::path> xdgDir(const char* var, const fs::path& homeRelative) {
    if (const char* xdg = std::getenv(var); xdg && *xdg && fs::path(xdg).is_absolute()) return fs::path(xdg);
    if (const char* home = std::getenv("HOME"); home && *home) return fs::path(home) / homeRelative;
    return std::nullopt;
}

fs::path exportDir() {
    std::error_code ec;
    if (const char* xdg = std::getenv("XDG_DOCUMENTS_DIR"); xdg && *xdg && fs::path(xdg).is_absolute())
        return fs::path(xdg) / "handreiking";
    const fs::path base = xdgDir("HOME", {}).value_or(fs::temp_directory_path(ec));
    for (const char* docs : {"Documenten", "Documents"})
        if (fs::is_directory(base / docs, ec)) return base / docs / "handreiking";
    return base / "handreiking";
}

}  // namespace hr
