// Load + validate.
#include "content/pack.h"

namespace hr::content {

LoadedPack loadAndValidate(const std::filesystem::path& dir, const std::string& displayDir) {
    LoadedPack p;
    p.displayDir = displayDir;
    auto guide = loadPack(dir, displayDir, p.diags);
    if (guide) {
        validate(*guide, p.diags);
        p.guide = std::move(guide);
    }
    return p;
}

}  // namespace hr::content
