// SPDX-License-Identifier: EUPL-1.2
// The styled layout of a Markdown document: every piece of text placed on a line, in its font and
// role, plus the shapes behind it (quote callouts, code boxes, rules). A layout is pure data made
// once per (document, wrap width, font) and drawn each frame without measuring anything again.
// drawMarkdown (widgets.h) is the entry point for the views; the pieces here are public for tests.
#pragma once

#include <imgui.h>

#include <cstddef>
#include <string>
#include <vector>

#include "fonts.h"
#include "markdown/document.h"

namespace hr::ui::md {

// What a piece of text is, so the colours are chosen when drawing (and follow the style).
enum class Role { Text, Link, Code, CodeBlock, Marker };

// Text on one line in one style. Positions are relative to the layout's top-left corner.
struct Fragment {
    std::string text;
    ImFont* font = nullptr;
    ImVec2 pos;                         // top-left of the glyph box, where the text is drawn
    float width = 0;                    // advance width of `text`
    float lineTop = 0, lineBottom = 0;  // the line box: the height a link is clickable in
    Role role = Role::Text;
    int link = -1;                      // index into Layout::links; -1 when not a link
    bool code = false;                  // a code span: drawn on a subtle box
    int line = 0;                       // which line of the layout it is on, counted from 0

    ImVec2 min() const { return ImVec2(pos.x, lineTop); }
    ImVec2 max() const { return ImVec2(pos.x + width, lineBottom); }
};

// A shape drawn behind the text.
struct Shape {
    enum class Kind { QuoteBackground, QuoteBar, CodeBackground, Rule } kind = Kind::Rule;
    ImVec2 min, max;
};

struct Layout {
    float width = 0;   // the wrap width it was made for
    float height = 0;  // from the top of the first line to the bottom of the last
    int lines = 0;
    std::vector<Shape> shapes;        // in drawing order (outer quotes before inner ones)
    std::vector<Fragment> fragments;
    std::vector<std::string> links;   // link targets, as written
    const void* source = nullptr;     // the document it was made from (the ID of its links)
    // The cache key besides the document: the body font and its size.
    const ImFont* font = nullptr;
    float fontSize = 0;
};

// Lays `doc` out at `width` pixels with `fonts` (which must be built; no frame is needed). Words
// wrap at spaces across style changes; a word longer than a line is broken where it must be.
// Links whose target the app will not open (see markdown::isAllowedLinkTarget) are plain text; a
// tel: link whose text does not show the number gets the number after it.
Layout layoutDocument(const markdown::Document& doc, const Fonts& fonts, float width);

// The cached steps: a text is parsed once; a layout is made once per (document, whole-pixel
// width, body font and size) and kept for the last few widths of each text.
const markdown::Document& parsedDocument(const std::string& markdown);
const Layout& cachedLayout(const std::string& markdown, const Fonts& fonts, float width);
// Drops every layout: they point at fonts, and a rebuilt atlas (another zoom, another ImGui
// context) may put a new font at a freed font's address. loadFonts() calls it.
void forgetLayouts();

// Counts since start, so tests can see that an unchanged frame does no work.
struct CacheStats {
    std::size_t parses = 0;
    std::size_t layouts = 0;
};
CacheStats cacheStats();

// Draws `layout` at the cursor (an ImGui window must be open) and moves the cursor below it.
// Links are clickable on each fragment, show a hand cursor and their target as a tooltip (the
// number for tel:). Returns the target of the link clicked this frame, or "".
std::string drawLayout(const Layout& layout);

}  // namespace hr::ui::md
