// SPDX-License-Identifier: EUPL-1.2
// A whole pack (loadAndValidate): the input is written as guide.yaml in a private folder (the
// loader reads from a folder and has no in-memory entry) and loaded and validated like
// `handreiking check`. Any text gives a guide or diagnostics, each one line without control
// characters; a usable guide walks at random.
// Includes point at files that do not exist there, which the loader must report, not follow.
#include <cstddef>
#include <cstdint>

#include "content/pack.h"
#include "fuzz_common.h"
#include "session/autowalk.h"
#include "session/record_io.h"

using namespace hr;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto dir = fuzz::tempDir() / "pack";
    static const bool made = std::filesystem::create_directories(dir);
    (void)made;
    fuzz::writeFile(dir / "guide.yaml", reinterpret_cast<const char*>(data), size);
    auto pack = content::loadAndValidate(dir, "pack");
    fuzz::checkDiagnostics(pack.diags);
    if (pack.usable()) {
        for (const auto& track : pack.guide->tracks) {
            auto s = session::Session::start(pack.guide, track.id, pack.guide->languages.empty() ? "nl" : pack.guide->languages.front());
            (void)session::walkRandom(s, 1);
            (void)session::writeRecord(s.record());
        }
    }
    return 0;
}
