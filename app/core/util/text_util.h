// SPDX-License-Identifier: EUPL-1.2
// Small text helpers shared by the loader and validator: UTF-8 checks, edit distance for
// "did you mean" suggestions, and line/column arithmetic.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "util/message.h"

namespace hr {

// Bytes in the UTF-8 sequence that starts with `lead`: 1 for ASCII and for a stray continuation byte.
inline std::size_t utf8SequenceLength(unsigned char lead) { return lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1; }
// A byte inside a UTF-8 sequence (10xxxxxx), never the first of one.
inline bool isUtf8Continuation(unsigned char b) { return (b & 0xC0u) == 0x80u; }

// Byte offset of the first byte that is not part of well-formed UTF-8, or npos when all is valid.
std::size_t findInvalidUtf8(std::string_view text);

// Levenshtein distance, capped: returns `cap + 1` as soon as the distance is known to exceed `cap`.
std::size_t editDistance(std::string_view a, std::string_view b, std::size_t cap = 3);

// The closest candidate within a small distance (scaled to the word's length), or "" when none fits.
std::string closestMatch(std::string_view word, const std::vector<std::string>& candidates);

// 1-based line and column (in bytes) of a byte offset in `text`.
struct LineCol {
    int line = 1;
    int column = 1;
};
// Lines and columns count characters (code points), not bytes: editors and their problem
// matchers (VS Code's $gcc) land on the right character after "één".
LineCol lineColAt(std::string_view text, std::size_t offset);
// The column of the byte at `offset` in its line (1-based, in code points).
int columnAt(std::string_view text, std::size_t offset);
// How many code points the first `bytes` bytes of `text` hold.
int codePoints(std::string_view text, std::size_t bytes);

// Control characters a terminal would obey or that nobody sees on screen: ASCII controls, DEL,
// and the C1 controls U+0080-U+009F in UTF-8 (0xC2 0x80-0x9F). A tab never counts (it is
// harmless); a line break counts unless `lineBreaksAllowed`. Returns the byte offset of the first
// one at or after `from`, or npos. One scan for the pack reader (a control in a text is an
// error), visibleText (each one is shown escaped) and the tests that check printed output.
std::size_t firstControlCharacter(std::string_view text, std::size_t from = 0, bool lineBreaksAllowed = true);
// Bytes of the control character that firstControlCharacter found at `offset`: 2 for a C1
// control, 1 for the others.
inline std::size_t controlCharacterLength(std::string_view text, std::size_t offset) {
    return static_cast<unsigned char>(text[offset]) == 0xC2 ? 2 : 1;
}

// "'a'", "'a' or 'b'", "'a', 'b' or 'c'": a readable list of quoted keys for messages, as a
// phrase so that its last word ("or", "of") is in the message's own language.
Msg quotedList(const std::vector<std::string>& words);

}  // namespace hr
