// SPDX-License-Identifier: EUPL-1.2
// The YAML tree (yaml::parse): any bytes give a tree or diagnostics, never a crash, a hang or a
// huge expansion, and every node's offset lies inside the source. Limits as for content files.
#include <cstddef>
#include <cstdint>
#include <string>

#include "yaml/yaml_tree.h"
#include "fuzz_common.h"

namespace {
void checkNode(const hr::yaml::Node* n, std::size_t size) {
    if (!n) return;
    HR_FUZZ_CHECK(n->offset <= size);
    HR_FUZZ_CHECK(n->line >= 1 && n->column >= 1);
    for (const auto* item : n->items) checkNode(item, size);
    for (const auto& [k, v] : n->entries) {
        checkNode(k, size);
        checkNode(v, size);
    }
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    hr::Diagnostics diags;
    auto doc = hr::yaml::parse(std::string(reinterpret_cast<const char*>(data), size), "fuzz.yaml", diags);
    if (doc) {
        checkNode(doc->root(), size);
        if (doc->root() && doc->root()->isScalar()) (void)doc->locInScalar(*doc->root(), size / 2);
    } else {
        HR_FUZZ_CHECK(diags.hasErrors());  // nullptr promises at least one error
    }
    hr::fuzz::checkDiagnostics(diags);
    return 0;
}
