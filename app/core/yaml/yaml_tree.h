// SPDX-License-Identifier: EUPL-1.2
// A YAML document read into a small tree in which every node keeps its position, built from
// yaml-cpp's event parser so that we control what the Node API does not: nesting depth, alias
// expansion (anchor bombs), duplicate keys, file size, and positions inside scalars.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "util/diagnostics.h"

namespace hr::yaml {

enum class Kind { Null, Scalar, Sequence, Map };

// How a scalar was written; only plain scalars are read as numbers or booleans.
enum class ScalarStyle { Plain, SingleQuoted, DoubleQuoted, Literal, Folded };

class Document;

struct Node {
    Kind kind = Kind::Null;
    ScalarStyle style = ScalarStyle::Plain;
    int line = 1;  // 1-based
    int column = 1;
    std::size_t offset = 0;  // byte offset of the node in the source
    std::string value;       // scalar text
    std::vector<const Node*> items;                             // sequence
    std::vector<std::pair<const Node*, const Node*>> entries;  // mapping, in file order
    std::size_t weight = 1;  // nodes in this subtree, counting alias expansions
    // The file it was written in: an overlay's merged items mix nodes of several files, and each
    // keeps its own place for messages.
    const Document* doc = nullptr;

    bool isNull() const { return kind == Kind::Null; }
    bool isScalar() const { return kind == Kind::Scalar; }
    bool isSequence() const { return kind == Kind::Sequence; }
    bool isMap() const { return kind == Kind::Map; }
    // The value for `key` in a mapping, or nullptr.
    const Node* get(const std::string& key) const;
};

// Whether two trees hold the same: every field a reader or a message uses (kind, style, place,
// value, weight), through the whole tree. For the tree cache's checks and tests.
bool sameTree(const Node& a, const Node& b);

struct Limits {
    std::size_t maxBytes = 4000000;      // a content file is text written by people
    std::size_t maxNodes = 250000;       // including nodes repeated through aliases
    int maxDepth = 64;                   // content never nests deeper than a handful of levels
};

[[nodiscard]] std::unique_ptr<Document> parse(std::string text, const std::string& displayPath, Diagnostics& diags,
                                              const Limits& limits);

class Document {
public:
    const std::string& path() const { return path_; }
    const Node* root() const { return root_; }  // nullptr for an empty document
    const std::string& source() const { return source_; }

    SourceLoc loc(const Node& n) const { return {path_, n.line, n.column}; }
    // Position of the byte at `index` inside a scalar's value: exact for one-line plain and quoted
    // scalars (without escapes) and for literal blocks, the scalar's start otherwise.
    SourceLoc locInScalar(const Node& n, std::size_t index) const;

private:
    friend class Builder;
    friend struct TreeCodec;  // the parsed-tree cache (yaml_cache.h)
    friend std::unique_ptr<Document> parse(std::string, const std::string&, Diagnostics&, const Limits&);
    std::string path_;
    std::string source_;
    const Node* root_ = nullptr;
    std::vector<std::unique_ptr<Node>> arena_;
};

// Parses `text` (the content of `displayPath`). Problems go to `diags`; returns nullptr when the
// file cannot be used at all (then at least one error was reported).
[[nodiscard]] inline std::unique_ptr<Document> parse(std::string text, const std::string& displayPath,
                                                     Diagnostics& diags) {
    return parse(std::move(text), displayPath, diags, Limits{});
}

}  // namespace hr::yaml
