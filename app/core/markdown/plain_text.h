// SPDX-License-Identifier: EUPL-1.2
// A Markdown text (the parsed Document) as plain lines for a terminal, a screen reader and a
// braille display: headings on a line of their own, lists as "- item" and "1. item", links as
// "text (address)", emphasis dropped. No escape codes and no wrapping: the terminal or the
// braille display wraps, at its own width.
#pragma once

#include <string>
#include <string_view>

#include "markdown/document.h"

namespace hr::markdown {

// Blocks are separated by one empty line; the text ends without a newline. The lines after an
// item's first line (a nested list, a second paragraph) are indented to line up with its text.
std::string toPlainText(const Document& doc);
std::string toPlainText(std::string_view markdown);

// The inline spans of one block on one line (hard breaks as '\n'), links as "text (address)".
std::string spansToPlainText(const std::vector<Span>& spans);

}  // namespace hr::markdown
