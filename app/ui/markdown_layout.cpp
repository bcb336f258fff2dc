// SPDX-License-Identifier: EUPL-1.2
// Markdown layout: runs of styled text wrapped into lines, blocks stacked with their spacing,
// the caches that keep both from being redone per frame, and drawing.
//
// [SECTION] Runs: spans in their fonts and roles
// [SECTION] Lines: word wrap across style changes
// [SECTION] Blocks: headings, paragraphs, lists, quotes, code, rules
// [SECTION] Cache
// [SECTION] Drawing
#include "markdown_layout.h"

#include <algorithm>
#include <cctype>
#include <cfloat>
#include <cmath>
#include <memory>
#include <string_view>
#include <unordered_map>

#include "markdown/links.h"
#include "palette.h"
#include "util/text_util.h"

namespace hr::ui::md {

namespace {

using markdown::Block;
using markdown::Span;

// Colours that only Markdown uses; the text colour itself comes from the style.
// Theme colours (contrast checked in tests/core/test_contrast.cpp).
ImU32 codeText() { return palette::fg(palette::Role::Code); }
ImU32 codeBox() { return palette::bg(palette::Role::Code); }
ImU32 quoteBox() { return palette::bg(palette::Role::Quote); }
ImU32 linkHover() { return palette::fg(palette::Role::LinkHovered); }

bool isSpace(char ch) { return ch == ' ' || ch == '\t'; }

// Bytes in the UTF-8 sequence that starts with `lead` (1 for a stray continuation byte).
float advance(const ImFont* font, const char* b, const char* e) {
    return font->CalcTextSizeA(font->FontSize, FLT_MAX, 0.0f, b, e).x;
}

ImFont* either(ImFont* f, ImFont* fallback) { return f ? f : fallback; }

// ---------------------------------------------------------------------------------------------
// [SECTION] Runs: spans in their fonts and roles
// ---------------------------------------------------------------------------------------------

struct Run {
    std::string text;
    ImFont* font = nullptr;
    Role role = Role::Text;
    int link = -1;
    bool code = false;
    bool hardBreak = false;
};

// The font family a block's text starts from: body text can be bold and italic; small headings
// are bold and can be italic; large headings have one font.
enum class Base { Body, Bold, Single };

ImFont* fontFor(const Fonts& f, Base base, ImFont* single, bool strong, bool emphasis) {
    switch (base) {
        case Base::Single: return single;
        case Base::Bold: return emphasis ? either(f.boldItalic, f.bold) : f.bold;
        case Base::Body: break;
    }
    if (strong && emphasis) return either(f.boldItalic, f.bold);
    if (strong) return f.bold;
    if (emphasis) return either(f.italic, f.body);
    return f.body;
}

std::string digitsOf(std::string_view s) {
    std::string out;
    for (char ch : s)
        if ((ch >= '0' && ch <= '9') || ch == '+') out += ch;
    return out;
}

std::vector<Run> runsFor(const std::vector<Span>& spans, const Fonts& fonts, Base base, ImFont* single, Role role,
                         Layout& out) {
    std::vector<Run> runs;
    std::string groupText;  // the visible text of the link being read, to see if a number shows
    for (std::size_t i = 0; i < spans.size(); ++i) {
        const Span& s = spans[i];
        Run r;
        if (s.kind == Span::Kind::HardBreak) {
            r.hardBreak = true;
            runs.push_back(std::move(r));
            continue;
        }
        r.text = s.text;
        // Inline HTML keeps the newlines it was written with; they are spaces here.
        std::replace_if(r.text.begin(), r.text.end(), [](char ch) { return ch == '\n' || ch == '\r'; }, ' ');
        r.font = fontFor(fonts, base, single, s.strong, s.emphasis);
        r.role = s.code ? Role::Code : role;
        r.code = s.code;
        const bool openable = !s.link.empty() && markdown::isAllowedLinkTarget(s.link);
        if (openable) {
            // One link index per run of spans with the same target (a link can mix styles).
            const bool continues = i > 0 && spans[i - 1].kind == Span::Kind::Text && spans[i - 1].link == s.link;
            if (!continues) {
                out.links.push_back(s.link);
                groupText.clear();
            }
            r.link = static_cast<int>(out.links.size()) - 1;
            r.role = Role::Link;
            groupText += r.text;
        }
        const bool groupEnds = openable && (i + 1 == spans.size() || spans[i + 1].kind != Span::Kind::Text ||
                                            spans[i + 1].link != s.link);
        // A desktop cannot dial: a tel: link shows its number, after the text when the text
        // does not already show it ("[Veilig Thuis](tel:08002000)").
        if (groupEnds && markdown::isPhoneLink(s.link)) {
            const std::string number = s.link.substr(4);
            const std::string digits = digitsOf(number);
            if (!digits.empty() && digitsOf(groupText).find(digits) == std::string::npos)
                r.text += "\u00A0(" + number + ")";  // a no-break space: kept with the last word
        }
        runs.push_back(std::move(r));
    }
    return runs;
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Lines: word wrap across style changes
// ---------------------------------------------------------------------------------------------

// Collects the fragments of one line, then places the line when it is complete: its height
// comes from the largest font on it, and every fragment sits on the same baseline.
class LineBuilder {
public:
    LineBuilder(Layout& out, const std::vector<Run>& runs, ImFont* base, float x0, float y, float factor)
        : out_(out), runs_(runs), base_(base), x0_(x0), y_(y), factor_(factor) {}

    float x() const { return x_; }
    float y() const { return y_; }

    // Text of run `ri` at the current position. Text of the same run right after the previous
    // piece extends that fragment; a space in another run only moves the position on.
    void put(int ri, const char* b, const char* e, float w, bool space) {
        const Run& r = runs_[static_cast<std::size_t>(ri)];
        if (openRun_ == ri) {
            line_.back().text.append(b, e);
            line_.back().width += w;
        } else if (space) {
            openRun_ = -1;
        } else {
            Fragment f;
            f.text.assign(b, e);
            f.font = r.font;
            f.pos.x = x0_ + x_;
            f.width = w;
            f.role = r.role;
            f.link = r.link;
            f.code = r.code;
            line_.push_back(std::move(f));
            openRun_ = ri;
        }
        x_ += w;
    }

    void newLine() {
        float size = base_->FontSize, ascent = base_->Ascent;
        for (Fragment& f : line_) {
            // A fragment followed by another style may end in the space between them.
            while (!f.text.empty() && isSpace(f.text.back())) {
                f.width -= advance(f.font, f.text.data() + f.text.size() - 1, f.text.data() + f.text.size());
                f.text.pop_back();
            }
            size = std::max(size, f.font->FontSize);
            ascent = std::max(ascent, f.font->Ascent);
        }
        const float height = std::round(size * factor_);
        const float top = y_ + std::floor((height - size) * 0.5f);
        for (Fragment& f : line_) {
            if (f.text.empty()) continue;
            f.lineTop = y_;
            f.lineBottom = y_ + height;
            f.pos.y = top + (ascent - f.font->Ascent);
            f.line = out_.lines;
            out_.fragments.push_back(std::move(f));
        }
        line_.clear();
        ++out_.lines;
        y_ += height;
        x_ = 0;
        openRun_ = -1;
    }

private:
    Layout& out_;
    const std::vector<Run>& runs_;
    ImFont* base_;
    float x0_, x_ = 0, y_, factor_;
    std::vector<Fragment> line_;
    int openRun_ = -1;
};

// Places `runs` in lines from (x0, y) within `width`: breaks at spaces, never between two pieces
// of text that touch (a bold word and the comma after it stay together), and breaks a word only
// when it is wider than a whole line. Spaces at a wrap disappear; spaces at the start of a line
// after a hard break stay (indentation in code). Returns the bottom of the last line.
// It is longer than the app's other functions on purpose: the tokens, the line being filled and
// the break rules read best together in one place; split up, each piece would need all the others.
float layoutRuns(Layout& out, const std::vector<Run>& runs, ImFont* base, float x0, float width, float y, float factor) {
    struct Token {
        int run;
        const char* b;
        const char* e;
        float w;
        bool space, hardBreak;
    };
    std::vector<Token> tokens;
    for (std::size_t ri = 0; ri < runs.size(); ++ri) {
        const Run& r = runs[ri];
        const int idx = static_cast<int>(ri);
        if (r.hardBreak) {
            tokens.push_back({idx, nullptr, nullptr, 0, false, true});
            continue;
        }
        const char* p = r.text.data();
        const char* end = p + r.text.size();
        while (p < end) {
            const bool space = isSpace(*p);
            const char* q = p;
            while (q < end && isSpace(*q) == space) ++q;
            tokens.push_back({idx, p, q, advance(r.font, p, q), space, false});
            p = q;
        }
    }

    LineBuilder line(out, runs, base, x0, y, factor);
    bool hasWord = false;      // a word is on the current line
    bool wrapped = false;      // the current line began by wrapping
    std::vector<std::size_t> gaps;  // spaces since the last word
    std::size_t i = 0;
    while (i < tokens.size()) {
        const Token& t = tokens[i];
        if (t.hardBreak) {
            line.newLine();
            hasWord = wrapped = false;
            gaps.clear();
            ++i;
            continue;
        }
        if (t.space) {
            gaps.push_back(i++);
            continue;
        }
        std::size_t k = i;
        float wordWidth = 0;
        while (k < tokens.size() && !tokens[k].space && !tokens[k].hardBreak) wordWidth += tokens[k++].w;
        float gapWidth = 0;
        for (std::size_t g : gaps) gapWidth += tokens[g].w;

        if (hasWord && line.x() + gapWidth + wordWidth > width) {
            line.newLine();
            hasWord = false;
            wrapped = true;
            gaps.clear();
        }
        if (hasWord || !wrapped)
            for (std::size_t g : gaps) line.put(tokens[g].run, tokens[g].b, tokens[g].e, tokens[g].w, true);
        gaps.clear();

        if (line.x() + wordWidth <= width) {
            for (std::size_t j = i; j < k; ++j) line.put(tokens[j].run, tokens[j].b, tokens[j].e, tokens[j].w, false);
        } else {
            // Wider than the line: break between characters, at least one per line.
            for (std::size_t j = i; j < k; ++j) {
                const Token& w = tokens[j];
                const ImFont* font = runs[static_cast<std::size_t>(w.run)].font;
                const char* chunk = w.b;
                float chunkWidth = 0;
                for (const char* p = w.b; p < w.e;) {
                    const char* q = std::min(p + static_cast<std::ptrdiff_t>(utf8SequenceLength(static_cast<unsigned char>(*p))), w.e);
                    const float cw = advance(font, p, q);
                    if (line.x() + chunkWidth + cw > width && line.x() + chunkWidth > 0) {
                        if (chunk < p) line.put(w.run, chunk, p, chunkWidth, false);
                        line.newLine();
                        wrapped = true;
                        chunk = p;
                        chunkWidth = 0;
                    }
                    chunkWidth += cw;
                    p = q;
                }
                if (chunk < w.e) line.put(w.run, chunk, w.e, chunkWidth, false);
            }
        }
        hasWord = true;
        i = k;
    }
    if (hasWord) line.newLine();
    return line.y();
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Blocks: headings, paragraphs, lists, quotes, code, rules
// ---------------------------------------------------------------------------------------------

constexpr float kBodyLine = 1.2f;     // line height as a factor of the font size, for reading
constexpr float kHeadingLine = 1.05f;

struct Ctx {
    const Fonts& fonts;
    Layout& out;
    float em;  // the body font size: every distance is a multiple of it
};

float layoutBlocks(Ctx& c, const std::vector<Block>& blocks, float x, float width, float y, bool tight, int depth);

void insertShape(Layout& out, std::size_t at, Shape::Kind kind, ImVec2 min, ImVec2 max) {
    Shape s;
    s.kind = kind;
    s.min = min;
    s.max = max;
    out.shapes.insert(out.shapes.begin() + static_cast<std::ptrdiff_t>(at), s);
}

float layoutList(Ctx& c, const Block& list, float x, float width, float y, int depth) {
    const Fonts& f = c.fonts;
    const auto markerOf = [&](std::size_t index) -> std::string {
        if (list.ordered) return std::to_string(static_cast<long long>(list.start) + static_cast<long long>(index)) + ".";
        return depth % 2 == 0 ? "\u2022" : "\u2013";  // •, then – for a list inside a list
    };
    // The text of every item starts at the same indent, wide enough for the widest number.
    const float gap = std::round(c.em * 0.45f);
    float indent = std::round(c.em * 1.5f);
    for (std::size_t i = 0; i < list.children.size(); ++i) {
        const std::string m = markerOf(i);
        indent = std::max(indent, std::ceil(advance(f.body, m.data(), m.data() + m.size())) + gap);
    }
    const float inner = std::max(width - indent, c.em);
    for (std::size_t i = 0; i < list.children.size(); ++i) {
        if (i > 0) y += std::round(c.em * (list.tight ? 0.3f : 0.7f));
        const Block& item = list.children[i];
        const std::size_t first = c.out.fragments.size();
        float bottom = layoutBlocks(c, item.children, x + indent, inner, y, list.tight, depth + 1);

        // The marker hangs in the indent, on the baseline of the item's first line.
        Fragment m;
        m.text = markerOf(i);
        m.font = f.body;
        m.width = advance(m.font, m.text.data(), m.text.data() + m.text.size());
        m.pos.x = x + indent - gap - m.width;
        m.role = Role::Marker;
        if (c.out.fragments.size() > first) {
            const Fragment& top = c.out.fragments[first];
            m.pos.y = top.pos.y + top.font->Ascent - m.font->Ascent;
            m.lineTop = top.lineTop;
            m.lineBottom = top.lineBottom;
            m.line = top.line;
        } else {  // an empty item: the marker on a line of its own
            m.lineTop = y;
            m.lineBottom = bottom = y + std::round(f.body->FontSize * kBodyLine);
            m.pos.y = y + std::floor((m.lineBottom - y - f.body->FontSize) * 0.5f);
            m.line = c.out.lines++;
        }
        c.out.fragments.push_back(std::move(m));
        y = bottom;
    }
    return y;
}

float layoutBlock(Ctx& c, const Block& b, float x, float width, float y, int depth) {
    const Fonts& f = c.fonts;
    switch (b.kind) {
        case Block::Kind::Heading: {
            ImFont* font = b.level == 1 ? f.title : b.level == 2 ? f.heading : f.bold;
            const Base base = b.level == 3 ? Base::Bold : Base::Single;
            return layoutRuns(c.out, runsFor(b.spans, f, base, font, Role::Text, c.out), font, x, width, y, kHeadingLine);
        }
        case Block::Kind::Paragraph:
            return layoutRuns(c.out, runsFor(b.spans, f, Base::Body, nullptr, Role::Text, c.out), f.body, x, width, y,
                              kBodyLine);
        case Block::Kind::List: return layoutList(c, b, x, width, y, depth);
        case Block::Kind::Item: return layoutBlocks(c, b.children, x, width, y, true, depth);
        case Block::Kind::Quote: {
            // A calm callout: a tinted box with an accent bar along its left side.
            const float bar = std::max(3.0f, std::round(c.em * 0.22f));
            const float pad = std::round(c.em * 0.7f);
            const std::size_t at = c.out.shapes.size();
            const float inner = std::max(width - bar - 2 * pad, c.em);
            const float bottom = layoutBlocks(c, b.children, x + bar + pad, inner, y + pad * 0.75f, false, depth) + pad * 0.75f;
            insertShape(c.out, at, Shape::Kind::QuoteBar, ImVec2(x, y), ImVec2(x + bar, bottom));
            insertShape(c.out, at, Shape::Kind::QuoteBackground, ImVec2(x, y), ImVec2(x + width, bottom));
            return bottom;
        }
        case Block::Kind::Rule: {
            const float mid = y + std::round(c.em * 0.6f);
            insertShape(c.out, c.out.shapes.size(), Shape::Kind::Rule, ImVec2(x, mid), ImVec2(x + width, mid + 1.0f));
            return mid + 1.0f + std::round(c.em * 0.6f);
        }
        case Block::Kind::Code: {
            const float pad = std::round(c.em * 0.6f);
            const std::size_t at = c.out.shapes.size();
            std::vector<Span> lines;
            std::size_t from = 0;
            for (;;) {
                const std::size_t nl = b.literal.find('\n', from);
                Span s;
                s.text = b.literal.substr(from, nl == std::string::npos ? std::string::npos : nl - from);
                lines.push_back(std::move(s));
                if (nl == std::string::npos) break;
                Span br;
                br.kind = Span::Kind::HardBreak;
                lines.push_back(br);
                from = nl + 1;
            }
            const float inner = std::max(width - 2 * pad, c.em);
            float bottom = layoutRuns(c.out, runsFor(lines, f, Base::Body, nullptr, Role::CodeBlock, c.out), f.body, x + pad,
                                      inner, y + pad, kBodyLine);
            bottom = std::max(bottom, y + pad) + pad;
            insertShape(c.out, at, Shape::Kind::CodeBackground, ImVec2(x, y), ImVec2(x + width, bottom));
            return bottom;
        }
    }
    return y;
}

float spacingBefore(const Block& prev, const Block& next, bool tight, float em) {
    if (prev.kind == Block::Kind::Heading) return std::round(em * 0.35f);
    if (next.kind == Block::Kind::Heading) return std::round(em * 0.9f);
    return std::round(em * (tight ? 0.3f : 0.7f));
}

float layoutBlocks(Ctx& c, const std::vector<Block>& blocks, float x, float width, float y, bool tight, int depth) {
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        if (i > 0) y += spacingBefore(blocks[i - 1], blocks[i], tight, c.em);
        y = layoutBlock(c, blocks[i], x, width, y, depth);
    }
    return y;
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Cache
// ---------------------------------------------------------------------------------------------

struct Entry {
    markdown::Document doc;
    std::vector<std::unique_ptr<Layout>> layouts;  // the most recently used last
};

constexpr std::size_t kMaxTexts = 512;  // a guide has far fewer texts; this only bounds memory
constexpr std::size_t kWidthsPerText = 4;

std::unordered_map<std::string, Entry>& cache() {
    static std::unordered_map<std::string, Entry> c;
    return c;
}

CacheStats& stats() {
    static CacheStats s;
    return s;
}

Entry& entryFor(const std::string& markdown) {
    auto& c = cache();
    if (auto it = c.find(markdown); it != c.end()) return it->second;
    if (c.size() >= kMaxTexts) c.clear();
    ++stats().parses;
    return c.emplace(markdown, Entry{markdown::parse(markdown), {}}).first->second;
}

}  // namespace

Layout layoutDocument(const markdown::Document& doc, const Fonts& fonts, float width) {
    Layout out;
    out.width = width;
    out.source = &doc;
    out.font = fonts.body;
    out.fontSize = fonts.body->FontSize;
    Ctx c{fonts, out, fonts.body->FontSize};
    out.height = layoutBlocks(c, doc.blocks, 0, width, 0, false, 0);
    return out;
}

const markdown::Document& parsedDocument(const std::string& markdown) { return entryFor(markdown).doc; }

const Layout& cachedLayout(const std::string& markdown, const Fonts& fonts, float width) {
    // Whole pixels: a fraction of a pixel changes no line, and must not make a new layout.
    const float w = std::max(1.0f, std::floor(width));
    Entry& e = entryFor(markdown);
    auto& ls = e.layouts;
    for (auto it = ls.begin(); it != ls.end(); ++it) {
        const Layout& l = **it;
        if (l.width == w && l.font == fonts.body && l.fontSize == fonts.body->FontSize) {
            std::rotate(it, it + 1, ls.end());
            return *ls.back();
        }
    }
    if (ls.size() >= kWidthsPerText) ls.erase(ls.begin());
    ls.push_back(std::make_unique<Layout>(layoutDocument(e.doc, fonts, w)));
    ++stats().layouts;
    return *ls.back();
}

void forgetLayouts() {
    for (auto& [text, entry] : cache()) entry.layouts.clear();
}

CacheStats cacheStats() { return stats(); }

// ---------------------------------------------------------------------------------------------
// [SECTION] Drawing
// ---------------------------------------------------------------------------------------------

std::string drawLayout(const Layout& l) {
    if (l.fragments.empty() && l.shapes.empty()) return {};
    const ImVec2 o = ImGui::GetCursorScreenPos();
    const auto at = [&o](ImVec2 p) { return ImVec2(o.x + p.x, o.y + p.y); };

    // Links first: each fragment is a button, so the hovered link can be drawn as hovered.
    std::string clicked;
    int hovered = -1;
    if (!l.links.empty()) {
        ImGui::PushID(l.source);
        for (std::size_t i = 0; i < l.fragments.size(); ++i) {
            const Fragment& f = l.fragments[i];
            if (f.link < 0 || f.width <= 0) continue;
            ImGui::SetCursorScreenPos(at(f.min()));
            ImGui::PushID(static_cast<int>(i));
            if (ImGui::InvisibleButton("link", ImVec2(f.width, f.lineBottom - f.lineTop)))
                clicked = l.links[static_cast<std::size_t>(f.link)];
            if (ImGui::IsItemHovered()) hovered = f.link;
            ImGui::PopID();
        }
        ImGui::PopID();
        ImGui::SetCursorScreenPos(o);
    }
    if (hovered >= 0) {
        const std::string& target = l.links[static_cast<std::size_t>(hovered)];
        ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        ImGui::SetTooltip("%s", markdown::isPhoneLink(target) ? target.c_str() + 4 : target.c_str());
    }

    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float rounding = std::round(l.fontSize * 0.3f);
    for (const Shape& s : l.shapes) {
        switch (s.kind) {
            case Shape::Kind::QuoteBackground: dl->AddRectFilled(at(s.min), at(s.max), quoteBox(), rounding); break;
            case Shape::Kind::QuoteBar:
                dl->AddRectFilled(at(s.min), at(s.max), palette::fg(palette::Role::CardStripe), rounding, ImDrawFlags_RoundCornersLeft);
                break;
            case Shape::Kind::CodeBackground: dl->AddRectFilled(at(s.min), at(s.max), codeBox(), rounding); break;
            case Shape::Kind::Rule: dl->AddRectFilled(at(s.min), at(s.max), ImGui::GetColorU32(ImGuiCol_Separator)); break;
        }
    }
    const ImU32 text = ImGui::GetColorU32(ImGuiCol_Text);
    for (const Fragment& f : l.fragments) {
        const ImVec2 min = at(f.min()), max = at(f.max());
        if (!ImGui::IsRectVisible(min, max)) continue;
        const ImVec2 p = at(f.pos);
        const float size = f.font->FontSize;
        if (f.code)
            dl->AddRectFilled(ImVec2(p.x - 3, p.y), ImVec2(p.x + f.width + 3, p.y + size), codeBox(), 3.0f);
        ImU32 colour = text;
        if (f.role == Role::Code) colour = codeText();
        if (f.role == Role::Link) colour = f.link == hovered ? linkHover() : palette::fg(palette::Role::Link);
        dl->AddText(f.font, size, p, colour, f.text.data(), f.text.data() + f.text.size());
        if (f.role == Role::Link) {
            const float y = std::floor(p.y + f.font->Ascent) + 2.0f;
            const float thickness = f.link == hovered ? 2.0f : 1.0f;
            dl->AddRectFilled(ImVec2(p.x, y), ImVec2(p.x + f.width, y + thickness), colour);
        }
    }
    ImGui::Dummy(ImVec2(l.width, l.height));
    return clicked;
}

}  // namespace hr::ui::md
