// SPDX-License-Identifier: EUPL-1.2
// Markdown (markdown::parse): never fails, and whatever the input, the model's text is valid
// UTF-8 (the views hand it to ImGui, which must not get broken sequences).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_common.h"
#include "markdown/document.h"
#include "util/text_util.h"

namespace {
void checkBlocks(const std::vector<hr::markdown::Block>& blocks, int depth) {
    HR_FUZZ_CHECK(depth < 100000);
    for (const auto& b : blocks) {
        for (const auto& s : b.spans) HR_FUZZ_CHECK(hr::findInvalidUtf8(s.text) == std::string_view::npos);
        HR_FUZZ_CHECK(hr::findInvalidUtf8(b.literal) == std::string_view::npos);
        checkBlocks(b.children, depth + 1);
    }
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto doc = hr::markdown::parse(std::string_view(reinterpret_cast<const char*>(data), size));
    checkBlocks(doc.blocks, 0);
    return 0;
}
