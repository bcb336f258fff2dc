// SPDX-License-Identifier: EUPL-1.2
// The parsed-tree cache. A file is, in this machine's byte order (the folder is this user's on
// this machine):
//   "HRYTREE1", key (32 bytes), node count, root index (or none), then per node in the document's
//   order: kind, style, line, column, offset, value, item indices, entry index pairs; then a
//   BLAKE2b checksum of all that.
// Weights are not stored but counted again from the structure while checking it.
#include "yaml/yaml_cache.h"

#include <sodium.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <unordered_map>
#include <utility>
#include <vector>

#include "util/file_io.h"
#include "util/paths.h"
#include "util/private_file.h"
#include "util/text_util.h"

namespace fs = std::filesystem;

namespace hr::yaml {

namespace {

constexpr char kMagic[8] = {'H', 'R', 'Y', 'T', 'R', 'E', 'E', '1'};
constexpr std::size_t kHash = crypto_generichash_BYTES;  // 32
constexpr std::uint32_t kNone = 0xFFFFFFFFu;
constexpr std::size_t kKeep = 128;  // files kept: a few packs and languages, and an editor's recent saves

using Key = std::array<unsigned char, kHash>;

Key keyOf(const std::string& text, const Limits& limits) {
    // The parser that made it and the limits are part of the key: a tree that another build made,
    // or that was within one set of limits, may not be what this one would make.
    const std::string head = "hr yaml tree 1 " HR_TREE_BUILDER "\n" + std::to_string(limits.maxBytes) + " " + std::to_string(limits.maxNodes) +
                             " " + std::to_string(limits.maxDepth) + "\n";
    Key k{};
    crypto_generichash_state st;
    crypto_generichash_init(&st, nullptr, 0, k.size());
    crypto_generichash_update(&st, reinterpret_cast<const unsigned char*>(head.data()), head.size());
    crypto_generichash_update(&st, reinterpret_cast<const unsigned char*>(text.data()), text.size());
    crypto_generichash_final(&st, k.data(), k.size());
    return k;
}

Key checksum(const char* data, std::size_t n) {
    Key k{};
    crypto_generichash(k.data(), k.size(), reinterpret_cast<const unsigned char*>(data), n, nullptr, 0);
    return k;
}

struct Writer {
    std::string out;
    template <class T>
    void put(T v) { out.append(reinterpret_cast<const char*>(&v), sizeof v); }
    void bytes(const void* p, std::size_t n) { out.append(static_cast<const char*>(p), n); }
};

struct Reader {
    const std::string& in;
    std::size_t at = 0;
    std::size_t end = 0;  // where the checksum starts
    bool ok = true;
    bool bytes(void* p, std::size_t n) {
        if (!ok || end - at < n) return ok = false;
        std::memcpy(p, in.data() + at, n);
        at += n;
        return true;
    }
    template <class T>
    bool get(T& v) { return bytes(&v, sizeof v); }
    // A count of things each at least `each` bytes long, so a damaged count cannot ask for more
    // memory than the file could fill.
    bool count(std::uint32_t& n, std::size_t each) {
        if (get(n) && (end - at) / each >= n) return true;
        return ok = false;
    }
};

// A node as read, its children as indices into the file's nodes.
struct Raw {
    std::uint8_t kind = 0, style = 0;
    std::uint32_t line = 0, column = 0, items = 0, entries = 0;
    std::uint64_t offset = 0;
    std::size_t firstKid = 0;  // in the shared list of children: items, then entries' keys and values
    std::string value;
};

// Whether the nodes form a tree (a DAG through aliases) from `root` within the limits: no cycle,
// no more nodes (aliases counted as expanded) than the parser would take. Fills each node's
// weight. Iterative, so a crafted file cannot exhaust the stack.
bool sound(const std::vector<Raw>& raw, const std::vector<std::uint32_t>& kids, std::uint32_t root, const Limits& limits,
           std::vector<std::size_t>& weight) {
    enum : unsigned char { White, Grey, Black };
    std::vector<unsigned char> colour(raw.size(), White);
    weight.assign(raw.size(), 0);
    std::vector<std::pair<std::uint32_t, std::size_t>> stack{{root, 0}};
    colour[root] = Grey;
    while (!stack.empty()) {
        const std::uint32_t i = stack.back().first;
        const Raw& n = raw[i];
        const std::size_t count = n.items + 2 * std::size_t{n.entries};
        if (const std::size_t k = stack.back().second++; k < count) {
            const std::uint32_t c = kids[n.firstKid + k];
            if (colour[c] == Grey) return false;
            if (colour[c] == White) {
                colour[c] = Grey;
                stack.emplace_back(c, 0);
            }
            continue;
        }
        std::size_t w = 1;
        for (std::size_t k = 0; k < count; ++k) w = std::min(w + weight[kids[n.firstKid + k]], limits.maxNodes + 1);
        if (w > limits.maxNodes) return false;
        weight[i] = w;
        colour[i] = Black;
        stack.pop_back();
    }
    return true;
}

bool readNode(Reader& r, Raw& n, std::vector<std::uint32_t>& kids, std::uint32_t count, std::size_t textSize) {
    std::uint32_t len = 0;
    if (!r.get(n.kind) || !r.get(n.style) || !r.get(n.line) || !r.get(n.column) || !r.get(n.offset) || !r.count(len, 1))
        return false;
    if (n.kind > static_cast<std::uint8_t>(Kind::Map) || n.style > static_cast<std::uint8_t>(ScalarStyle::Folded) ||
        n.line < 1 || n.column < 1 || n.line > INT32_MAX || n.column > INT32_MAX || n.offset > textSize)
        return false;
    n.value.resize(len);
    if (!r.bytes(n.value.data(), len) || findInvalidUtf8(n.value) != std::string::npos) return false;
    n.firstKid = kids.size();
    auto node = [&] {
        std::uint32_t i = 0;
        if (!r.get(i) || i >= count) return false;
        kids.push_back(i);
        return true;
    };
    if (!r.count(n.items, 4)) return false;
    for (std::uint32_t k = 0; k < n.items; ++k)
        if (!node()) return false;
    if (!r.count(n.entries, 8)) return false;
    for (std::uint32_t k = 0; k < 2 * n.entries; ++k)
        if (!node()) return false;
    // Only collections have children: a consumer looks at items or entries by kind alone.
    return (n.kind == static_cast<std::uint8_t>(Kind::Sequence) || n.items == 0) &&
           (n.kind == static_cast<std::uint8_t>(Kind::Map) || n.entries == 0);
}

}  // namespace

struct TreeCodec {
    static std::string encode(const Document& doc, const Key& key) {
        std::unordered_map<const Node*, std::uint32_t> index;
        index.reserve(doc.arena_.size());
        for (std::uint32_t i = 0; i < doc.arena_.size(); ++i) index.emplace(doc.arena_[i].get(), i);
        Writer w;
        w.bytes(kMagic, sizeof kMagic);
        w.bytes(key.data(), key.size());
        w.put(static_cast<std::uint32_t>(doc.arena_.size()));
        w.put(doc.root_ ? index.at(doc.root_) : kNone);
        for (const auto& n : doc.arena_) {
            w.put(static_cast<std::uint8_t>(n->kind));
            w.put(static_cast<std::uint8_t>(n->style));
            w.put(static_cast<std::uint32_t>(n->line));
            w.put(static_cast<std::uint32_t>(n->column));
            w.put(static_cast<std::uint64_t>(n->offset));
            w.put(static_cast<std::uint32_t>(n->value.size()));
            w.bytes(n->value.data(), n->value.size());
            w.put(static_cast<std::uint32_t>(n->items.size()));
            for (const Node* c : n->items) w.put(index.at(c));
            w.put(static_cast<std::uint32_t>(n->entries.size()));
            for (const auto& [k, v] : n->entries) {
                w.put(index.at(k));
                w.put(index.at(v));
            }
        }
        const Key sum = checksum(w.out.data(), w.out.size());
        w.bytes(sum.data(), sum.size());
        return std::move(w.out);
    }

    // Takes `text` only when it returns a document.
    static std::unique_ptr<Document> decode(const std::string& bytes, const Key& key, std::string& text,
                                            const std::string& displayPath, const Limits& limits) {
        if (bytes.size() < sizeof kMagic + 2 * kHash + 8 || std::memcmp(bytes.data(), kMagic, sizeof kMagic) != 0)
            return nullptr;
        const std::size_t end = bytes.size() - kHash;
        if (checksum(bytes.data(), end) != readKey(bytes, end)) return nullptr;
        if (key != readKey(bytes, sizeof kMagic)) return nullptr;
        Reader r{bytes, sizeof kMagic + kHash, end};
        std::uint32_t count = 0, root = 0;
        if (!r.count(count, 26) || !r.get(root) || count > limits.maxNodes) return nullptr;  // 26: a node's least size
        std::vector<Raw> raw(count);
        std::vector<std::uint32_t> kids;
        for (Raw& n : raw)
            if (!readNode(r, n, kids, count, text.size())) return nullptr;
        std::vector<std::size_t> weight;
        if (r.at != end || (root != kNone && (root >= count || !sound(raw, kids, root, limits, weight)))) return nullptr;
        return build(raw, kids, weight, root, std::move(text), displayPath);
    }

private:
    // The checked nodes as a Document. A node no path from the root reaches is kept but never
    // looked at; its weight stays 1.
    static std::unique_ptr<Document> build(std::vector<Raw>& raw, const std::vector<std::uint32_t>& kids,
                                           const std::vector<std::size_t>& weight, std::uint32_t root, std::string text,
                                           const std::string& displayPath) {
        auto doc = std::make_unique<Document>();
        doc->path_ = displayPath;
        doc->source_ = std::move(text);
        doc->arena_.reserve(raw.size());
        for (std::size_t i = 0; i < raw.size(); ++i) doc->arena_.push_back(std::make_unique<Node>());
        auto at = [&](std::size_t k) -> const Node* { return doc->arena_[kids[k]].get(); };
        for (std::size_t i = 0; i < raw.size(); ++i) {
            Raw& r = raw[i];
            Node& n = *doc->arena_[i];
            n.kind = static_cast<Kind>(r.kind);
            n.style = static_cast<ScalarStyle>(r.style);
            n.line = static_cast<int>(r.line);
            n.column = static_cast<int>(r.column);
            n.offset = static_cast<std::size_t>(r.offset);
            n.value = std::move(r.value);
            n.weight = weight.empty() || weight[i] == 0 ? 1 : weight[i];
            n.doc = doc.get();
            n.items.reserve(r.items);
            for (std::size_t k = 0; k < r.items; ++k) n.items.push_back(at(r.firstKid + k));
            n.entries.reserve(r.entries);
            for (std::size_t k = r.firstKid + r.items; k < r.firstKid + r.items + 2 * std::size_t{r.entries}; k += 2)
                n.entries.emplace_back(at(k), at(k + 1));
        }
        if (root != kNone) doc->root_ = doc->arena_[root].get();
        return doc;
    }

    static Key readKey(const std::string& bytes, std::size_t at) {
        Key k{};
        std::memcpy(k.data(), bytes.data() + at, k.size());
        return k;
    }
};

namespace {

std::string nameOf(const Key& k) {
    static const char hex[] = "0123456789abcdef";
    std::string name = "tree-";
    for (std::size_t i = 0; i < 16; ++i) {
        name += hex[k[i] >> 4];
        name += hex[k[i] & 15];
    }
    return name + ".bin";
}

}  // namespace

std::string encodeTree(const Document& doc, const Limits& limits) {
    return TreeCodec::encode(doc, keyOf(doc.source(), limits));
}

std::unique_ptr<Document> decodeTree(const std::string& bytes, std::string text, const std::string& displayPath,
                                     const Limits& limits) {
    return TreeCodec::decode(bytes, keyOf(text, limits), text, displayPath, limits);
}

std::string cacheFileName(const std::string& text, const Limits& limits) { return nameOf(keyOf(text, limits)); }

std::unique_ptr<Document> parseCached(std::string text, const std::string& displayPath, Diagnostics& diags,
                                      const Limits& limits, const std::optional<TreeCache>& cache, CacheUse* use) {
    if (use) *use = CacheUse::Parsed;
    if (!cache || text.size() > limits.maxBytes) return parse(std::move(text), displayPath, diags, limits);
    const Key key = keyOf(text, limits);
    const fs::path file = cache->dir / nameOf(key);
    std::string bytes, error;
    // A tree file is a few times the size of its text.
    if (readTextFile(file, 16 * limits.maxBytes + 4096, bytes, error))
        if (auto doc = TreeCodec::decode(bytes, key, text, displayPath, limits)) {
            if (use) *use = CacheUse::FromCache;
            return doc;
        }
    const std::size_t before = diags.items().size();
    auto doc = parse(std::move(text), displayPath, diags, limits);
    if (!doc || diags.items().size() != before || !cache->write) return doc;
    // Not being able to keep it costs the next start a parse, nothing else: not worth a message.
    std::error_code ec;
    createPrivateDirs(cache->dir, ec);
    if (!ec && writePrivateFile(file, TreeCodec::encode(*doc, key)).empty()) {
        pruneCache(cache->dir, "tree-", ".bin", kKeep);
        if (use) *use = CacheUse::ParsedAndStored;
    }
    return doc;
}

}  // namespace hr::yaml
