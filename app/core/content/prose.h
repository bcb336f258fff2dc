// SPDX-License-Identifier: EUPL-1.2
// The guide's texts as prose: which texts people read (in one language), their words as a reader
// meets them (Markdown read by cmark, link targets and code left out), split into sentences and
// words that keep where they were written. What the readability and spelling checks work on.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "content/model.h"
#include "util/message.h"

namespace hr::content {

// One text people read, with what it is for messages ("node 'start' text"), a phrase of the
// catalogue so that it reads right in the message language.
struct ProseText {
    Msg what;
    const Text* text = nullptr;
    bool markdown = false;
    bool snippet = false;  // a snippet's own text (filled into others, checked where it is written)
};

// Every text of the guide in reading order: guide, roles, tracks, nodes (title, text, choices,
// statements, scale labels), agreements, pages, questions, snippets. Empty texts are left out.
std::vector<ProseText> proseTexts(const Guide& g);

// A word or other token of a text: bytes [begin, end) of Prose::plain.
struct Token {
    std::size_t begin = 0, end = 0;
    bool word = true;  // false: an address, e-mail, phone number or other number (not a Dutch word)
};

struct Sentence {
    std::vector<Token> tokens;
};

struct Prose {
    std::string plain;                // the words as read; blocks end with "\n\n"
    std::vector<std::size_t> source;  // per byte of plain: its byte in the text, as read
    std::vector<Sentence> sentences;

    std::string str(const Token& t) const { return plain.substr(t.begin, t.end - t.begin); }
};

// `text` (Markdown when `markdown`) as prose. Sentences end at '.', '!', '?' or '…' followed by a
// space and no lowercase letter, and at the end of each paragraph, heading and list item.
Prose readProse(const std::string& text, bool markdown);

}  // namespace hr::content
