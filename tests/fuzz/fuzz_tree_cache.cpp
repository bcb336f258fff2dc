// SPDX-License-Identifier: EUPL-1.2
// The parsed-tree cache's reader (yaml::decodeTree). Its checksum turns away random bytes, so the
// input is made to pass it: the input's first byte picks
//   - even: the rest is YAML; a clean parse kept and read back is the same tree;
//   - odd: the rest is a tree file's body for a fixed text, given the right key and checksum, as a
//     crafted file would be: it is refused, or it is a tree a reader can walk (no cycle, offsets
//     inside the text, no more nodes than the limits).
#include <sodium.h>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>

#include "fuzz_common.h"
#include "yaml/yaml_cache.h"

namespace {

using hr::yaml::Node;

// Visits every node reachable from `n`, aliases expanded; counts them into `seen`.
void walk(const Node* n, std::size_t textSize, std::size_t& seen, std::size_t limit) {
    HR_FUZZ_CHECK(++seen <= limit);
    HR_FUZZ_CHECK(n->offset <= textSize && n->line >= 1 && n->column >= 1);
    for (const Node* c : n->items) walk(c, textSize, seen, limit);
    for (const auto& [k, v] : n->entries) {
        walk(k, textSize, seen, limit);
        walk(v, textSize, seen, limit);
    }
}

hr::yaml::Limits limits() {
    hr::yaml::Limits l;
    l.maxNodes = 2000;  // small, so a crafted expansion is cut off early
    return l;
}

void roundTrip(const std::string& text) {
    hr::Diagnostics d;
    auto doc = hr::yaml::parse(text, "fuzz.yaml", d, limits());
    if (!doc || !d.empty()) return;
    auto back = hr::yaml::decodeTree(hr::yaml::encodeTree(*doc, limits()), text, "fuzz.yaml", limits());
    HR_FUZZ_CHECK(back);
    HR_FUZZ_CHECK((doc->root() == nullptr) == (back->root() == nullptr));
    if (doc->root()) HR_FUZZ_CHECK(hr::yaml::sameTree(*doc->root(), *back->root()));
}

void crafted(const std::string& body) {
    static const std::string text = "a: &x [1, 2]\nb: *x\nc: {d: e}\n";
    hr::Diagnostics d;
    auto doc = hr::yaml::parse(text, "fuzz.yaml", d, limits());
    HR_FUZZ_CHECK(doc);
    // The real file's magic and key, the input as the body, then the checksum the reader expects.
    std::string bytes = hr::yaml::encodeTree(*doc, limits()).substr(0, 8 + crypto_generichash_BYTES) + body;
    unsigned char sum[crypto_generichash_BYTES];
    crypto_generichash(sum, sizeof sum, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(), nullptr, 0);
    bytes.append(reinterpret_cast<const char*>(sum), sizeof sum);
    auto back = hr::yaml::decodeTree(bytes, text, "fuzz.yaml", limits());
    if (!back || !back->root()) return;
    std::size_t seen = 0;
    walk(back->root(), text.size(), seen, limits().maxNodes);
    HR_FUZZ_CHECK(seen == back->root()->weight);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const std::string rest(reinterpret_cast<const char*>(data) + 1, size - 1);
    if (data[0] % 2 == 0)
        roundTrip(rest);
    else
        crafted(rest);
    return 0;
}
