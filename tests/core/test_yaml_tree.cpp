// SPDX-License-Identifier: EUPL-1.2
// The positioned YAML tree: positions, scalar styles, positions inside scalars, and the limits.
#include <catch2/catch.hpp>

#include "yaml/yaml_tree.h"

using namespace hr;

TEST_CASE("nodes keep 1-based lines and columns") {
    Diagnostics d;
    auto doc = yaml::parse("a: 1\nlist:\n  - x\n  - {k: v}\n", "f.yaml", d);
    REQUIRE(doc);
    REQUIRE(d.empty());
    const auto* root = doc->root();
    REQUIRE(root->isMap());
    const auto* list = root->get("list");
    REQUIRE(list->isSequence());
    CHECK(list->items[0]->line == 3);
    CHECK(list->items[0]->column == 5);
    CHECK(list->items[1]->get("k")->value == "v");
    CHECK(list->items[1]->get("k")->line == 4);
    CHECK(doc->loc(*root->get("a")).column == 4);
}

TEST_CASE("scalar styles are recorded so quoted text is never read as a number") {
    Diagnostics d;
    auto doc = yaml::parse("a: 12\nb: '12'\nc: \"x\"\nd: |\n  lit\ne: >\n  fold\n", "f.yaml", d);
    REQUIRE(doc);
    CHECK(doc->root()->get("a")->style == yaml::ScalarStyle::Plain);
    CHECK(doc->root()->get("b")->style == yaml::ScalarStyle::SingleQuoted);
    CHECK(doc->root()->get("c")->style == yaml::ScalarStyle::DoubleQuoted);
    CHECK(doc->root()->get("d")->style == yaml::ScalarStyle::Literal);
    CHECK(doc->root()->get("e")->style == yaml::ScalarStyle::Folded);
}

TEST_CASE("positions inside one-line and literal-block scalars") {
    Diagnostics d;
    auto doc = yaml::parse("when: a and b\nq: \"x y\"\ntext: |\n    first\n    second line\n", "f.yaml", d);
    REQUIRE(doc);
    const SourceLoc w = doc->locInScalar(*doc->root()->get("when"), 6);
    CHECK(w.line == 1);
    CHECK(w.column == 13);
    const SourceLoc q = doc->locInScalar(*doc->root()->get("q"), 2);
    CHECK(q.column == 7);
    const auto* text = doc->root()->get("text");
    const SourceLoc t = doc->locInScalar(*text, text->value.find("line"));
    CHECK(t.line == 5);
    CHECK(t.column == 12);
}

TEST_CASE("duplicate keys are an error with a note at the first") {
    Diagnostics d;
    auto doc = yaml::parse("a: 1\nb: 2\na: 3\n", "f.yaml", d);
    CHECK(doc);
    REQUIRE(d.items().size() == 2);
    CHECK(formatDiagnostic(d.items()[0]) == "f.yaml:3:1: error: duplicate key 'a' in this mapping");
    CHECK(formatDiagnostic(d.items()[1]) == "f.yaml:1:1: note: 'a' was first given here");
}

TEST_CASE("aliases share nodes and count against the node limit") {
    Diagnostics d;
    auto doc = yaml::parse("a: &x [1, 2]\nb: *x\n", "f.yaml", d);
    REQUIRE(doc);
    CHECK(doc->root()->get("b") == doc->root()->get("a"));

    yaml::Limits small;
    small.maxNodes = 50;
    Diagnostics d2;
    std::string bomb = "a: &a [1, 1, 1, 1]\nb: &b [*a, *a, *a, *a]\nc: &c [*b, *b, *b, *b]\n";
    CHECK_FALSE(yaml::parse(bomb, "f.yaml", d2, small));
    REQUIRE(d2.errorCount() == 1);
    CHECK(d2.items()[0].loc.line == 3);
}

TEST_CASE("nesting deeper than the limit is refused at its position") {
    Diagnostics d;
    std::string deep = "a: " + std::string(100, '[') + std::string(100, ']') + "\n";
    CHECK_FALSE(yaml::parse(deep, "f.yaml", d));
    REQUIRE(d.errorCount() == 1);
    CHECK(d.items()[0].message.find("nested more than 64 levels") != std::string::npos);
    CHECK(d.items()[0].loc.line == 1);
}

TEST_CASE("a byte order mark is a warning and is not part of the text") {
    Diagnostics d;
    auto doc = yaml::parse("\xEF\xBB\xBFid: x\n", "f.yaml", d);
    REQUIRE(doc);
    CHECK(d.errorCount() == 0);
    CHECK(d.warningCount() == 1);
    CHECK(doc->root()->get("id")->value == "x");
    CHECK(doc->root()->get("id")->column == 5);
}

TEST_CASE("files over the size limit are refused before parsing") {
    Diagnostics d;
    yaml::Limits limits;
    limits.maxBytes = 10;
    CHECK_FALSE(yaml::parse("a: 1234567890\n", "f.yaml", d, limits));
    CHECK(d.items().at(0).message.find("too large") != std::string::npos);
}

TEST_CASE("an empty document has no root and no error") {
    Diagnostics d;
    auto doc = yaml::parse("# only a comment\n", "f.yaml", d);
    REQUIRE(doc);
    CHECK(doc->root() == nullptr);
    CHECK(d.empty());
}

TEST_CASE("sameTree tells trees apart by value, place and style, and finds a tree the same as itself") {
    Diagnostics d;
    auto a = yaml::parse("a: [x, 'y']\n", "f.yaml", d);
    auto same = yaml::parse("a: [x, 'y']\n", "g.yaml", d);
    auto value = yaml::parse("a: [x, 'z']\n", "f.yaml", d);
    auto place = yaml::parse("a:  [x, 'y']\n", "f.yaml", d);
    auto style = yaml::parse("a: [x, \"y\"]\n", "f.yaml", d);
    REQUIRE((a && same && value && place && style));
    CHECK(yaml::sameTree(*a->root(), *same->root()));
    CHECK_FALSE(yaml::sameTree(*a->root(), *value->root()));
    CHECK_FALSE(yaml::sameTree(*a->root(), *place->root()));
    CHECK_FALSE(yaml::sameTree(*a->root(), *style->root()));
}
