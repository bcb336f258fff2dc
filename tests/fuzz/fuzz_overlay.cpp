// SPDX-License-Identifier: EUPL-1.2
// An overlay merged into its base (content/overlay.h): the input is written as an overlay's
// guide.yaml and stacked on the fixture base 'basis' (tests/fixtures/overlays/bases), which is
// also the only place its base is looked for. Any text gives a guide or diagnostics, each one
// line without control characters (a tab aside); a usable guide walks at random and its record reads back.
#include <cstddef>
#include <cstdint>

#include "content/pack.h"
#include "fuzz_common.h"
#include "session/autowalk.h"
#include "session/record_io.h"

using namespace hr;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto dir = fuzz::tempDir() / "overlay";
    static const bool made = std::filesystem::create_directories(dir);
    (void)made;
    fuzz::writeFile(dir / "guide.yaml", reinterpret_cast<const char*>(data), size);
    const std::filesystem::path bases = HR_FUZZ_SOURCE_DIR "/tests/fixtures/overlays/bases";
    auto pack = content::loadAndValidate({{bases / "basis", "basis"}, {dir, "overlay"}}, {bases});
    fuzz::checkDiagnostics(pack.diags);
    if (pack.usable()) {
        for (const auto& track : pack.guide->tracks) {
            auto s = session::Session::start(pack.guide, track.id, pack.guide->language);
            (void)session::walkRandom(s, 1);
            Diagnostics d;
            HR_FUZZ_CHECK(session::readRecord(session::writeRecord(s.record()), "r.yaml", d).has_value());
        }
    }
    return 0;
}
