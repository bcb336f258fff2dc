// SPDX-License-Identifier: EUPL-1.2
// cmark's node tree turned into the document model, in one walk.
#include "markdown/document.h"

#include <cmark.h>

#include <algorithm>

namespace hr::markdown {

namespace {

std::string literalOf(cmark_node* n) {
    const char* s = cmark_node_get_literal(n);
    return s ? s : "";
}

// Adjacent runs in the same style become one span: cmark splits text at every smart quote and
// entity, and the layout measures fewer, longer runs.
void append(std::vector<Span>& out, Span span) {
    if (span.kind == Span::Kind::Text) {
        if (span.text.empty()) return;
        if (!out.empty() && out.back().kind == Span::Kind::Text && out.back().sameStyle(span)) {
            out.back().text += span.text;
            return;
        }
    }
    out.push_back(std::move(span));
}

void appendText(std::vector<Span>& out, const Span& style, std::string text) {
    Span s = style;
    s.kind = Span::Kind::Text;
    s.text = std::move(text);
    append(out, std::move(s));
}

// Lines of literal text (raw HTML) as text spans with hard breaks between them.
void appendLines(std::vector<Span>& out, const Span& style, const std::string& text) {
    std::size_t from = 0;
    while (from <= text.size()) {
        const std::size_t nl = text.find('\n', from);
        appendText(out, style, text.substr(from, nl == std::string::npos ? std::string::npos : nl - from));
        if (nl == std::string::npos) break;
        Span br;
        br.kind = Span::Kind::HardBreak;
        out.push_back(br);
        from = nl + 1;
    }
}

void collectInlines(cmark_node* parent, const Span& style, std::vector<Span>& out) {
    for (cmark_node* n = cmark_node_first_child(parent); n; n = cmark_node_next(n)) {
        switch (cmark_node_get_type(n)) {
            case CMARK_NODE_TEXT:
            case CMARK_NODE_HTML_INLINE:  // shown as written, never interpreted
                appendText(out, style, literalOf(n));
                break;
            case CMARK_NODE_CODE: {
                Span code = style;
                code.code = true;
                appendText(out, code, literalOf(n));
                break;
            }
            case CMARK_NODE_SOFTBREAK: appendText(out, style, " "); break;
            case CMARK_NODE_LINEBREAK: {
                Span br;
                br.kind = Span::Kind::HardBreak;
                out.push_back(br);
                break;
            }
            case CMARK_NODE_EMPH: {
                Span inner = style;
                inner.emphasis = true;
                collectInlines(n, inner, out);
                break;
            }
            case CMARK_NODE_STRONG: {
                Span inner = style;
                inner.strong = true;
                collectInlines(n, inner, out);
                break;
            }
            case CMARK_NODE_LINK: {
                Span inner = style;
                const char* url = cmark_node_get_url(n);
                inner.link = url ? url : "";
                collectInlines(n, inner, out);
                break;
            }
            default:  // images: their alt text, which cmark keeps as the children
                collectInlines(n, style, out);
                break;
        }
    }
}

std::vector<Span> inlinesOf(cmark_node* n) {
    std::vector<Span> out;
    collectInlines(n, Span{}, out);
    // A trailing hard break draws nothing; cmark only makes one from a backslash at the very end.
    while (!out.empty() && out.back().kind == Span::Kind::HardBreak) out.pop_back();
    return out;
}

void collectBlocks(cmark_node* parent, std::vector<Block>& out) {
    for (cmark_node* n = cmark_node_first_child(parent); n; n = cmark_node_next(n)) {
        Block b;
        switch (cmark_node_get_type(n)) {
            case CMARK_NODE_HEADING:
                b.kind = Block::Kind::Heading;
                b.level = std::clamp(cmark_node_get_heading_level(n), 1, 3);
                b.spans = inlinesOf(n);
                break;
            case CMARK_NODE_PARAGRAPH:
                b.kind = Block::Kind::Paragraph;
                b.spans = inlinesOf(n);
                break;
            case CMARK_NODE_LIST:
                b.kind = Block::Kind::List;
                b.ordered = cmark_node_get_list_type(n) == CMARK_ORDERED_LIST;
                b.start = b.ordered ? cmark_node_get_list_start(n) : 1;
                b.tight = cmark_node_get_list_tight(n) != 0;
                collectBlocks(n, b.children);
                break;
            case CMARK_NODE_ITEM:
                b.kind = Block::Kind::Item;
                collectBlocks(n, b.children);
                break;
            case CMARK_NODE_BLOCK_QUOTE:
                b.kind = Block::Kind::Quote;
                collectBlocks(n, b.children);
                break;
            case CMARK_NODE_THEMATIC_BREAK: b.kind = Block::Kind::Rule; break;
            case CMARK_NODE_CODE_BLOCK:
                b.kind = Block::Kind::Code;
                b.literal = literalOf(n);
                if (!b.literal.empty() && b.literal.back() == '\n') b.literal.pop_back();
                break;
            case CMARK_NODE_HTML_BLOCK: {
                // Raw HTML shows as the text that was written.
                b.kind = Block::Kind::Paragraph;
                std::string text = literalOf(n);
                while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.pop_back();
                appendLines(b.spans, Span{}, text);
                break;
            }
            default:  // custom blocks (never made by the parser): their contents
                collectBlocks(n, out);
                continue;
        }
        out.push_back(std::move(b));
    }
}

}  // namespace

Document parse(std::string_view markdown) {
    Document doc;
    cmark_node* root = cmark_parse_document(markdown.data(), markdown.size(), CMARK_OPT_SMART | CMARK_OPT_VALIDATE_UTF8);
    if (!root) return doc;
    collectBlocks(root, doc.blocks);
    cmark_node_free(root);
    return doc;
}

std::string plainText(const std::vector<Span>& spans) {
    std::string out;
    for (const Span& s : spans) out += s.kind == Span::Kind::HardBreak ? std::string("\n") : s.text;
    return out;
}

}  // namespace hr::markdown
