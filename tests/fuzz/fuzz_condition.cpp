// SPDX-License-Identifier: EUPL-1.2
// The condition language (Condition::parse): any text parses or gives an error inside the text;
// a parsed condition evaluates without a crash, with its names unset and set to a few values.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "content/condition.h"
#include "fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    auto parsed = hr::Condition::parse(text);
    if (auto* err = std::get_if<hr::Condition::Error>(&parsed)) {
        HR_FUZZ_CHECK(err->offset <= size);
        HR_FUZZ_CHECK(!err->message.empty());
        return 0;
    }
    const auto& c = std::get<hr::Condition>(parsed);
    hr::Variables vars;
    (void)c.eval(vars);
    for (const auto& use : c.names()) {
        HR_FUZZ_CHECK(use.offset <= size);
        vars[use.name] = hr::Value{1.0};
    }
    (void)c.eval(vars);
    for (auto& [name, v] : vars) v = hr::Value{std::string("ja")};
    (void)c.eval(vars);
    for (auto& [name, v] : vars) v = hr::Value{true};
    (void)c.eval(vars);
    return 0;
}
