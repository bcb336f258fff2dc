// SPDX-License-Identifier: EUPL-1.2
// The raw-text scanner that puts a YAML syntax error where the mistake is (yaml/yaml_scan.h):
// an unclosed quote at its opening quote, a line indented wrongly at that line, a tab at the tab;
// and nothing blamed in text that is right (a plain text over lines, a | block, an apostrophe).
#include <catch2/catch.hpp>

#include "util/diagnostics.h"
#include "yaml/yaml_scan.h"
#include "yaml/yaml_tree.h"

using namespace hr;
using hr::yaml::SyntaxProblem;

namespace {

// The one error yaml::parse reports for `text`, in English, without the file name.
std::string parseError(const std::string& text) {
    Diagnostics d;
    auto doc = yaml::parse(text, "f.yaml", d);
    CHECK(doc == nullptr);
    REQUIRE(d.errorCount() == 1);
    const auto& e = d.items()[0];
    return std::to_string(e.loc.line) + ":" + std::to_string(e.loc.column) + ": " + e.message;
}

}  // namespace

TEST_CASE("an unclosed quote is reported at its opening quote, not where yaml-cpp gives up") {
    const std::string text =
        "nodes:\n"
        "  - id: a\n"
        "    title: \"Welkom\n"  // line 3: the quote at column 12 is never closed on its line
        "    kind: info\n"
        "    next: b\n"
        "  - id: b\n"
        "    title: \"Einde\"\n"
        "    kind: end\n";
    CHECK(parseError(text) == "3:12: YAML syntax: the quote (\") that opens here is not closed; add a closing \" at "
                              "the end of the text");
}

TEST_CASE("an unclosed single quote is found too") {
    CHECK(parseError("id: a\ntitle: 'Hallo\nkind: info\nnext: 'b'\n").rfind("2:8: YAML syntax: the quote (')", 0) == 0);
}

TEST_CASE("a line indented one space too far is reported at that line, with the column expected") {
    const std::string text =
        "nodes:\n"
        "  - id: a\n"
        "    kind: info\n"
        "     title: Welkom\n"  // line 4: five spaces, the lines around it four
        "    next: b\n";
    CHECK(parseError(text) == "4:6: YAML syntax: this line is indented wrongly: it starts at column 6, but should "
                              "start at column 5, like the lines it belongs with");
}

TEST_CASE("a line indented too little is reported at that line") {
    const std::string text =
        "nodes:\n"
        "  - id: a\n"
        "    kind: info\n"
        "   title: Welkom\n"  // line 4: three spaces
        "    next: b\n";
    CHECK(parseError(text).rfind("4:4: YAML syntax: this line is indented wrongly: it starts at column 4, but should "
                                 "start at column 5",
                                 0) == 0);
}

TEST_CASE("a tab is reported at the tab") {
    CHECK(parseError("nodes:\n  - id: a\n\t  kind: info\n").rfind("3:1: YAML syntax: a tab indents this line", 0) == 0);
}

TEST_CASE("the scanner blames nothing in text that is right") {
    const std::string good =
        "# a comment: with a colon\n"
        "nodes:\n"
        "  - id: a\n"
        "    title: Dat is 't begin\n"       // an apostrophe in plain text is no quote
        "    text: Een lange zin die\n"
        "      verder gaat op de volgende regel\n"  // a plain text over two lines
        "    body: |\n"
        "      Een blok:   met   alles\n"
        "        erin, \"ook\" dit\n"
        "    choices: [{id: x, label: \"X, y\"}, {id: z,\n"
        "               label: 'Z'}]\n"
        "    note: \"een tekst\n"
        "      over twee regels\"\n"
        "  - id: b\n";
    Diagnostics d;
    REQUIRE(yaml::parse(good, "g.yaml", d) != nullptr);
    CHECK(d.empty());
    CHECK(yaml::findSyntaxProblem(good, good.size()).kind == SyntaxProblem::Kind::None);
}

TEST_CASE("where the scanner sees nothing, yaml-cpp's own message is given") {
    CHECK(parseError("a: [1, 2\nb: 3\n").find("YAML syntax: end of sequence flow not found") != std::string::npos);
}
