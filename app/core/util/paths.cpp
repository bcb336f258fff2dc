// Resource lookup relative to the running executable (/proc/self/exe).
#include "util/paths.h"

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

}  // namespace hr
