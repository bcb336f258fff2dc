// SPDX-License-Identifier: EUPL-1.2
// Finding where a YAML mistake really is, once yaml-cpp has failed. yaml-cpp 0.7 gives up where
// the damage shows, not where it was done: an unclosed quote runs on to the next quote, lines
// below, and a line indented one space off is reported as "illegal map value" or "end of map not
// found" somewhere after it. This small scanner reads the raw text line by line (indentation,
// quotes, block scalars, flow brackets) and names the first line that is off.
#pragma once

#include <cstddef>
#include <string>

namespace hr::yaml {

struct SyntaxProblem {
    enum class Kind { None, Tab, UnclosedQuote, BadIndent };
    Kind kind = Kind::None;
    std::size_t offset = 0;  // byte offset of the tab, the opening quote, or the line's first character
    char quote = '"';        // UnclosedQuote: which quote
    int found = 0;           // BadIndent: the line's indentation (spaces)
    int expected = 0;        // BadIndent: the indentation the lines around it use
};

// The first problem the scanner sees in `text` at or before `failOffset` (where yaml-cpp stopped;
// for an unclosed quote, the quote that runs on to there). Kind::None when it sees nothing wrong.
SyntaxProblem findSyntaxProblem(const std::string& text, std::size_t failOffset);

}  // namespace hr::yaml
