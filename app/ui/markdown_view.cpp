// Markdown laid out with ImGui: headings, paragraphs, lists and quotes, each wrapped to the
// column. Each text is parsed once (cached), not per frame. Inline styles show as plain text for
// now; the styled layout comes with the reading-comfort work.
#include <cmark.h>
#include <imgui.h>

#include <string>
#include <unordered_map>
#include <vector>

#include "palette.h"
#include "views.h"

namespace hr::ui {

namespace {

struct Block {
    enum class Kind { Heading, Paragraph, Item, Quote, Rule } kind;
    int depth = 0;       // list nesting
    std::string marker;  // list bullet or number
    std::string text;
};

std::string inlineText(cmark_node* n) {
    std::string out;
    for (cmark_node* c = cmark_node_first_child(n); c; c = cmark_node_next(c)) {
        switch (cmark_node_get_type(c)) {
            case CMARK_NODE_TEXT:
            case CMARK_NODE_CODE:
            case CMARK_NODE_HTML_INLINE: out += cmark_node_get_literal(c); break;
            case CMARK_NODE_SOFTBREAK: out += ' '; break;
            case CMARK_NODE_LINEBREAK: out += '\n'; break;
            default: out += inlineText(c); break;
        }
    }
    return out;
}

void collect(cmark_node* n, int depth, bool quote, std::vector<Block>& out) {
    for (cmark_node* c = cmark_node_first_child(n); c; c = cmark_node_next(c)) {
        switch (cmark_node_get_type(c)) {
            case CMARK_NODE_HEADING: out.push_back({Block::Kind::Heading, depth, {}, inlineText(c)}); break;
            case CMARK_NODE_PARAGRAPH:
                out.push_back({quote ? Block::Kind::Quote : Block::Kind::Paragraph, depth, {}, inlineText(c)});
                break;
            case CMARK_NODE_LIST: {
                const bool ordered = cmark_node_get_list_type(c) == CMARK_ORDERED_LIST;
                int number = cmark_node_get_list_start(c);
                for (cmark_node* item = cmark_node_first_child(c); item; item = cmark_node_next(item)) {
                    // The item's first paragraph carries the marker; further blocks follow indented.
                    std::vector<Block> inner;
                    collect(item, depth + 1, quote, inner);
                    std::string marker = ordered ? std::to_string(number++) + "." : "\u2022";
                    if (!inner.empty() && inner.front().kind != Block::Kind::Item) {
                        inner.front().kind = Block::Kind::Item;
                        inner.front().marker = marker;
                    } else {
                        out.push_back({Block::Kind::Item, depth + 1, marker, ""});
                    }
                    out.insert(out.end(), inner.begin(), inner.end());
                }
                break;
            }
            case CMARK_NODE_BLOCK_QUOTE: collect(c, depth, true, out); break;
            case CMARK_NODE_CODE_BLOCK:
            case CMARK_NODE_HTML_BLOCK:
                out.push_back({Block::Kind::Paragraph, depth, {}, cmark_node_get_literal(c)});
                break;
            case CMARK_NODE_THEMATIC_BREAK: out.push_back({Block::Kind::Rule, depth, {}, {}}); break;
            default: collect(c, depth, quote, out); break;
        }
    }
}

const std::vector<Block>& parsed(const std::string& markdown) {
    static std::unordered_map<std::string, std::vector<Block>> cache;
    auto it = cache.find(markdown);
    if (it != cache.end()) return it->second;
    if (cache.size() > 512) cache.clear();  // a guide has far fewer texts; this only bounds memory
    std::vector<Block> blocks;
    if (cmark_node* doc = cmark_parse_document(markdown.data(), markdown.size(), CMARK_OPT_SMART)) {
        collect(doc, 0, false, blocks);
        cmark_node_free(doc);
    }
    return cache.emplace(markdown, std::move(blocks)).first->second;
}

}  // namespace

void drawMarkdown(const std::string& markdown, const Fonts& fonts) {
    const float indent = fonts.body->FontSize * 1.3f;
    for (const Block& b : parsed(markdown)) {
        const float x = ImGui::GetCursorPosX();
        switch (b.kind) {
            case Block::Kind::Heading:
                ImGui::Spacing();
                ImGui::PushFont(fonts.bold);
                ImGui::TextWrapped("%s", b.text.c_str());
                ImGui::PopFont();
                break;
            case Block::Kind::Paragraph:
                ImGui::SetCursorPosX(x + indent * static_cast<float>(b.depth));
                ImGui::TextWrapped("%s", b.text.c_str());
                ImGui::SetCursorPosX(x);
                if (b.depth == 0) ImGui::Spacing();
                break;
            case Block::Kind::Item:
                // Hanging indent: the marker in the margin, the text wrapped at the indent.
                ImGui::SetCursorPosX(x + indent * static_cast<float>(b.depth - 1));
                ImGui::TextUnformatted(b.marker.c_str());
                ImGui::SameLine(x + indent * static_cast<float>(b.depth));
                ImGui::TextWrapped("%s", b.text.c_str());
                ImGui::SetCursorPosX(x);
                break;
            case Block::Kind::Quote: {
                const ImVec2 p = ImGui::GetCursorScreenPos();
                ImGui::SetCursorPosX(x + indent);
                ImGui::TextWrapped("%s", b.text.c_str());
                const float bottom = ImGui::GetItemRectMax().y;
                ImGui::GetWindowDrawList()->AddRectFilled(p, ImVec2(p.x + 4, bottom), palette::accent());
                ImGui::SetCursorPosX(x);
                ImGui::Spacing();
                break;
            }
            case Block::Kind::Rule: ImGui::Separator(); break;
        }
    }
}

}  // namespace hr::ui
