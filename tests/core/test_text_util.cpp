// SPDX-License-Identifier: EUPL-1.2
// Text helpers: UTF-8 validation, edit distance and suggestions, line/column arithmetic.
#include <catch2/catch.hpp>

#include "util/diagnostics.h"
#include "util/text_util.h"
#include "yaml/yaml_tree.h"

using namespace hr;

TEST_CASE("findInvalidUtf8 accepts Dutch text and rejects malformed sequences") {
    CHECK(findInvalidUtf8("Café, ĳs, “aanhalingstekens” – en … €") == std::string::npos);
    CHECK(findInvalidUtf8("abc\xC3") == 3);              // truncated two-byte sequence
    CHECK(findInvalidUtf8("ab\xE9z") == 2);              // Latin-1 é
    CHECK(findInvalidUtf8("\xC0\xAF") == 0);             // overlong '/'
    CHECK(findInvalidUtf8("x\xED\xA0\x80") == 1);        // UTF-16 surrogate
    CHECK(findInvalidUtf8("\xF4\x90\x80\x80") == 0);     // past U+10FFFF
    CHECK(findInvalidUtf8("ok \xF0\x9F\x99\x82") == std::string::npos);  // emoji is fine
}

TEST_CASE("editDistance counts a transposition as one edit and stops at the cap") {
    CHECK(editDistance("chioces", "choices") == 1);
    CHECK(editDistance("titel", "title") == 1);
    CHECK(editDistance("kind", "kind") == 0);
    CHECK(editDistance("next", "nxt") == 1);
    CHECK(editDistance("abcdefgh", "zzzzzzzz", 3) == 4);
}

TEST_CASE("closestMatch suggests near misses only") {
    const std::vector<std::string> keys = {"id", "kind", "title", "text", "next", "choices"};
    CHECK(closestMatch("chioces", keys) == "choices");
    CHECK(closestMatch("tittle", keys) == "title");
    CHECK(closestMatch("colour", keys).empty());
    CHECK(closestMatch("xy", keys).empty());
}

TEST_CASE("lineColAt counts lines and byte columns from 1") {
    const std::string text = "ab\ncd\n\nef";
    CHECK(lineColAt(text, 0).line == 1);
    CHECK(lineColAt(text, 0).column == 1);
    CHECK(lineColAt(text, 4).line == 2);
    CHECK(lineColAt(text, 4).column == 2);
    CHECK(lineColAt(text, 7).line == 4);
    CHECK(lineColAt(text, 7).column == 1);
}

TEST_CASE("quotedList reads naturally") {
    CHECK(render(quotedList({"a"}), "en") == "'a'");
    CHECK(render(quotedList({"a", "b"}), "en") == "'a' or 'b'");
    CHECK(render(quotedList({"a", "b", "c"}), "en") == "'a', 'b' or 'c'");
    CHECK(render(quotedList({"a", "b", "c"}), "nl") == "'a', 'b' of 'c'");
}

TEST_CASE("columns count characters, not bytes, so editors land on the right character") {
    const std::string text = "title: \"één\"\n  next: één-x";
    CHECK(lineColAt(text, text.find("\"\n") ).column == 12);  // the closing quote: 11 characters before it
    CHECK(columnAt(text, text.find("\"\n")) == 12);
    CHECK(columnAt(text, text.rfind("-x")) == 12);  // on the second line
    CHECK(lineColAt(text, text.rfind("-x")).line == 2);
    CHECK(codePoints("één", 6) == 3);
    CHECK(columnAt(text, 0) == 1);
}

TEST_CASE("a diagnostic after a word with accents names the character's own column") {
    Diagnostics d;
    auto doc = yaml::parse("a: \"één\"\nb: [x, één, {c: d}]\n", "f.yaml", d);
    REQUIRE(doc);
    const yaml::Node* b = doc->root()->get("b");
    REQUIRE(b);
    CHECK(doc->loc(*b->items[2]).column == 13);  // the brace after "b: [x, één, ": 12 characters
}

TEST_CASE("firstControlCharacter finds ASCII controls, DEL and C1 controls, never a tab or a letter") {
    CHECK(firstControlCharacter("Café één\tkolom") == std::string::npos);
    CHECK(firstControlCharacter("ab\x1b[31m") == 2);
    CHECK(firstControlCharacter("ab\rc") == 2);
    CHECK(firstControlCharacter("x\x7f") == 1);
    CHECK(firstControlCharacter("é\xC2\x9b") == 2);            // CSI as U+009B, after a two-byte é
    CHECK(firstControlCharacter("\xC2\xA0no-break") == std::string::npos);  // U+00A0 is a character
    CHECK(firstControlCharacter("a\xC2") == std::string::npos);  // a cut-off lead byte is not a control
    // A line break counts only when asked.
    CHECK(firstControlCharacter("a\nb") == std::string::npos);
    CHECK(firstControlCharacter("a\nb", 0, false) == 1);
    // From an offset on, so a caller can walk every one.
    CHECK(firstControlCharacter("\x01-\x02", 1) == 2);
    CHECK(firstControlCharacter("\x01", 1) == std::string::npos);
    CHECK(controlCharacterLength("\xC2\x85", 0) == 2);
    CHECK(controlCharacterLength("\x1b", 0) == 1);
}

TEST_CASE("visibleText escapes each control character firstControlCharacter finds, and keeps the rest") {
    CHECK(visibleText("a\x1b[31mb\rc\xC2\x9b\x7f\té") == "a\\x1b[31mb\\x0dc\\u009b\\x7f\té");
    CHECK(visibleText("één\nregel") == "één\\x0aregel");
    CHECK(visibleText("één\nregel", true) == "één\nregel");
}
