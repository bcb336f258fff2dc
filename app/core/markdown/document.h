// SPDX-License-Identifier: EUPL-1.2
// A Markdown text as a small document model: blocks (headings, paragraphs, lists, quotes, rules,
// code) holding styled inline spans. Parsed once with cmark (smart punctuation on), so the views
// lay out this model and never see cmark. Raw HTML is kept as literal text, never interpreted.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace hr::markdown {

// A run of inline text in one style, or a hard line break. Soft breaks are already spaces.
struct Span {
    enum class Kind { Text, HardBreak } kind = Kind::Text;
    std::string text;  // UTF-8; empty for a hard break
    bool strong = false;
    bool emphasis = false;
    bool code = false;
    std::string link;  // the link target, empty when the span is not part of a link

    bool sameStyle(const Span& o) const {
        return strong == o.strong && emphasis == o.emphasis && code == o.code && link == o.link;
    }
    bool operator==(const Span& o) const { return kind == o.kind && text == o.text && sameStyle(o); }
    bool operator!=(const Span& o) const { return !(*this == o); }
};

struct Block {
    enum class Kind {
        Heading,    // level, spans
        Paragraph,  // spans (also raw HTML blocks, as literal text)
        List,       // ordered, start, tight; children are the items
        Item,       // children: the item's blocks (may be empty)
        Quote,      // children: the quoted blocks
        Rule,       // a thematic break
        Code,       // literal: the lines, without the final newline
    } kind = Kind::Paragraph;
    int level = 0;        // Heading: 1-3 (deeper levels are shown as 3)
    std::vector<Span> spans;
    std::string literal;
    bool ordered = false;
    int start = 1;        // List: the number of the first item of an ordered list
    bool tight = true;    // List: no blank lines between the items
    std::vector<Block> children;
};

struct Document {
    std::vector<Block> blocks;
};

// Parses CommonMark with smart punctuation ("quotes" -> “quotes”, -- -> –, ... -> …). Never
// fails: text that is not Markdown is a paragraph. Invalid UTF-8 becomes U+FFFD.
Document parse(std::string_view markdown);

// The spans' text with hard breaks as '\n' (for tests and plain-text uses).
std::string plainText(const std::vector<Span>& spans);

}  // namespace hr::markdown
