// SPDX-License-Identifier: EUPL-1.2
// A cache of parsed content files, so the window does not run yaml-cpp over the whole guide at
// every start (about 85 % of loading the bundled pack). One file per parsed text, named and keyed
// by a BLAKE2b hash of the text, the parse limits and the parser (the tree builder's sources and
// yaml-cpp's version, hashed at build time), so an edited file or a new build parses again;
// written 0600 and atomically into a 0700 folder. Only a text that parsed without a single
// diagnostic is kept, so a file read from the cache says exactly what parsing it would say:
// nothing. It is for content (guides, interface strings), never for records or settings: it must
// never hold anything of a person. A damaged, stale or crafted file is checked (bounds, a checksum,
// no cycles, the node limit counting aliases as expanded, UTF-8) and, when anything is off, the
// text is parsed again.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "yaml/yaml_tree.h"

namespace hr::yaml {

// The cache's folder, and whether this run may add to it (a screenshot run writes nothing but its PNG).
struct TreeCache {
    std::filesystem::path dir;
    bool write = true;
};

// What a cached parse did, for tests and benchmarks.
enum class CacheUse { Parsed, ParsedAndStored, FromCache };

// Like parse(), but looks in the cache first and stores a clean parse there. Without a cache it
// is parse().
[[nodiscard]] std::unique_ptr<Document> parseCached(std::string text, const std::string& displayPath,
                                                    Diagnostics& diags, const Limits& limits,
                                                    const std::optional<TreeCache>& cache,
                                                    CacheUse* use = nullptr);

// The file's bytes for a document parsed from `text` under `limits` (exposed for tests and the fuzzer).
std::string encodeTree(const Document& doc, const Limits& limits);
// The document that `bytes` holds for `text`, or nullptr when the bytes are not a sound tree of
// exactly this text under these limits.
std::unique_ptr<Document> decodeTree(const std::string& bytes, std::string text, const std::string& displayPath,
                                     const Limits& limits);

// The cache file's name for `text` under `limits`.
std::string cacheFileName(const std::string& text, const Limits& limits);

}  // namespace hr::yaml
