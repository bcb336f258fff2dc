// SPDX-License-Identifier: EUPL-1.2
// The settings file (settings::load): the input is written as settings.yaml in a private folder.
// Any text gives settings in range or the defaults with a notice of one line (the window shows
// it in a single-line bar); settings that load save and load back equal.
#include <cstddef>
#include <cstdint>

#include "fuzz_common.h"
#include "settings/settings.h"

using namespace hr::settings;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto file = hr::fuzz::tempDir() / "settings.yaml";
    hr::fuzz::writeFile(file, reinterpret_cast<const char*>(data), size);
    const Loaded loaded = load(file);
    HR_FUZZ_CHECK(loaded.settings.zoom >= kZoomMin && loaded.settings.zoom <= kZoomMax);
    HR_FUZZ_CHECK(loaded.notice.find('\n') == std::string::npos);
    HR_FUZZ_CHECK(loaded.notice.find('\r') == std::string::npos);
    if (loaded.notice.empty()) {
        HR_FUZZ_CHECK(save(file, loaded.settings).empty());
        const Loaded again = load(file);
        HR_FUZZ_CHECK(again.notice.empty() && again.settings == loaded.settings);
    }
    return 0;
}
