// A pack loaded and validated in one step: what the CLI and the window both start from.
#pragma once

#include <filesystem>
#include <memory>
#include <string>

#include "content/loader.h"
#include "content/validator.h"

namespace hr::content {

struct LoadedPack {
    std::string displayDir;               // the folder as the user named it
    std::shared_ptr<const Guide> guide;   // nullptr when guide.yaml could not be read
    Diagnostics diags;

    // A guide can be walked only when it loaded without errors (references and graph are sound).
    bool usable() const { return guide && !diags.hasErrors(); }
};

[[nodiscard]] LoadedPack loadAndValidate(const std::filesystem::path& dir, const std::string& displayDir);

}  // namespace hr::content
