// SPDX-License-Identifier: EUPL-1.2
// The interface strings file (readStringsFile, as content/ui/<lang>.yaml): the input is written to
// a file in a private folder. Any text gives strings or diagnostics; formatting a read string with
// placeholders never crashes.
#include <cstddef>
#include <cstdint>
#include <map>
#include <string>

#include "fuzz_common.h"
#include "i18n/strings.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto file = hr::fuzz::tempDir() / "nl.yaml";
    hr::fuzz::writeFile(file, reinterpret_cast<const char*>(data), size);
    hr::Diagnostics diags;
    std::map<std::string, std::string> out;
    if (!hr::i18n::readStringsFile(file, out, diags)) HR_FUZZ_CHECK(diags.hasErrors());
    // Through Strings::load too, the way the window reads them (with a fallback file).
    hr::Diagnostics d2;
    auto strings = hr::i18n::Strings::load(hr::fuzz::tempDir(), "nl", d2);
    for (const auto& [key, text] : strings.own()) (void)strings.format(key, {{"n", "3"}, {"left", "{n}"}});
    return 0;
}
