// SPDX-License-Identifier: EUPL-1.2
// The Markdown document model: each construct from Markdown input, nesting, smart punctuation,
// raw HTML kept as text, and soft versus hard breaks.
#include <catch2/catch.hpp>

#include "markdown/document.h"
#include "markdown/links.h"

using namespace hr::markdown;
using K = Block::Kind;

namespace {

Span text(std::string t) {
    Span s;
    s.text = std::move(t);
    return s;
}
Span strong(std::string t) {
    Span s = text(std::move(t));
    s.strong = true;
    return s;
}
Span emph(std::string t) {
    Span s = text(std::move(t));
    s.emphasis = true;
    return s;
}
Span code(std::string t) {
    Span s = text(std::move(t));
    s.code = true;
    return s;
}
Span link(std::string t, std::string target) {
    Span s = text(std::move(t));
    s.link = std::move(target);
    return s;
}
Span hardBreak() {
    Span s;
    s.kind = Span::Kind::HardBreak;
    return s;
}

// The only block of `md`, which must be of `kind`.
Block only(const std::string& md, K kind) {
    Document d = parse(md);
    REQUIRE(d.blocks.size() == 1);
    REQUIRE(d.blocks[0].kind == kind);
    return d.blocks[0];
}

}  // namespace

TEST_CASE("markdown headings keep levels one to three and deeper levels show as three") {
    const Document d = parse("# Een\n\n## Twee\n\n### Drie\n\n#### Vier\n\n###### Zes\n\nSetext\n======\n");
    REQUIRE(d.blocks.size() == 6);
    const int levels[] = {1, 2, 3, 3, 3, 1};
    for (std::size_t i = 0; i < d.blocks.size(); ++i) {
        CHECK(d.blocks[i].kind == K::Heading);
        CHECK(d.blocks[i].level == levels[i]);
    }
    CHECK(plainText(d.blocks[3].spans) == "Vier");
}

TEST_CASE("markdown a paragraph keeps strong and emphasis and code as styled spans") {
    const Block p = only("Een **vet** en *schuin* woord, ***beide*** en `code`.", K::Paragraph);
    Span both = strong("beide");
    both.emphasis = true;
    const std::vector<Span> expected{text("Een "), strong("vet"), text(" en "), emph("schuin"), text(" woord, "),
                                     both, text(" en "), code("code"), text(".")};
    CHECK(p.spans == expected);
}

TEST_CASE("markdown adjacent runs in one style are one span") {
    // cmark splits text at entities and smart quotes; the model joins them again.
    const Block p = only("Tom &amp; Jerry zeggen \"hoi\" tegen 'm.", K::Paragraph);
    REQUIRE(p.spans.size() == 1);
    CHECK(p.spans[0].text == "Tom & Jerry zeggen \u201choi\u201d tegen \u2019m.");
}

TEST_CASE("markdown links carry their target on every span of their text") {
    const Block p = only("Bel [Veilig Thuis](tel:08002000) of kijk op [de **website**](https://veiligthuis.nl).",
                         K::Paragraph);
    Span bold = link("website", "https://veiligthuis.nl");
    bold.strong = true;
    const std::vector<Span> expected{text("Bel "), link("Veilig Thuis", "tel:08002000"), text(" of kijk op "),
                                     link("de ", "https://veiligthuis.nl"), bold, text(".")};
    CHECK(p.spans == expected);
}

TEST_CASE("markdown reference links and autolinks resolve to their target") {
    const Block p = only("Zie [de site][vt] of <https://113.nl>.\n\n[vt]: https://veiligthuis.nl\n", K::Paragraph);
    const std::vector<Span> expected{text("Zie "), link("de site", "https://veiligthuis.nl"), text(" of "),
                                     link("https://113.nl", "https://113.nl"), text(".")};
    CHECK(p.spans == expected);
}

TEST_CASE("markdown images show their alt text") {
    const Block p = only("Voor ![een *mooi* plaatje](foto.png) na", K::Paragraph);
    const std::vector<Span> expected{text("Voor een "), emph("mooi"), text(" plaatje na")};
    CHECK(p.spans == expected);
}

TEST_CASE("markdown smart punctuation makes curly quotes and dashes and ellipses") {
    const Block p = only("\"Echt\" zei ze -- of 'niet' --- en dan... klaar. Zo'n dag.", K::Paragraph);
    CHECK(plainText(p.spans) ==
          "\u201c" "Echt" "\u201d zei ze \u2013 of \u2018niet\u2019 \u2014 en dan\u2026 klaar. Zo\u2019n dag.");
}

TEST_CASE("markdown soft breaks become spaces and hard breaks stay") {
    CHECK(only("een\ntwee", K::Paragraph).spans == std::vector<Span>{text("een twee")});
    const std::vector<Span> hard{text("een"), hardBreak(), text("twee"), hardBreak(), text("drie")};
    CHECK(only("een  \ntwee\\\ndrie", K::Paragraph).spans == hard);
    CHECK(plainText(hard) == "een\ntwee\ndrie");
    // A soft break inside emphasis is part of it.
    CHECK(only("*een\ntwee*", K::Paragraph).spans == std::vector<Span>{emph("een twee")});
}

TEST_CASE("markdown inline HTML is literal text") {
    const Block p = only("Een <b>vet</b> woord en <script>alert(1)</script>.", K::Paragraph);
    CHECK(p.spans == std::vector<Span>{text("Een <b>vet</b> woord en <script>alert(1)</script>.")});
}

TEST_CASE("markdown an HTML block is a paragraph of its literal lines") {
    const Document d = parse("<div class=\"x\">\n<b>hallo</b>\n</div>\n\nNa afloop.");
    REQUIRE(d.blocks.size() == 2);
    REQUIRE(d.blocks[0].kind == K::Paragraph);
    CHECK(plainText(d.blocks[0].spans) == "<div class=\"x\">\n<b>hallo</b>\n</div>");
    CHECK(d.blocks[0].spans[1].kind == Span::Kind::HardBreak);
    CHECK(plainText(d.blocks[1].spans) == "Na afloop.");
}

TEST_CASE("markdown bullet lists hold items of blocks and know if they are tight") {
    const Block tight = only("- een\n- **twee**\n-\n", K::List);
    CHECK_FALSE(tight.ordered);
    CHECK(tight.tight);
    REQUIRE(tight.children.size() == 3);
    for (const Block& item : tight.children) CHECK(item.kind == K::Item);
    REQUIRE(tight.children[1].children.size() == 1);
    CHECK(tight.children[1].children[0].spans == std::vector<Span>{strong("twee")});
    CHECK(tight.children[2].children.empty());  // an empty item

    const Block loose = only("* een\n\n* twee\n\n  nog een alinea\n", K::List);
    CHECK_FALSE(loose.tight);
    REQUIRE(loose.children.size() == 2);
    CHECK(loose.children[1].children.size() == 2);
}

TEST_CASE("markdown numbered lists keep their start number") {
    const Block l = only("3. drie\n4. vier\n", K::List);
    CHECK(l.ordered);
    CHECK(l.start == 3);
    CHECK(l.children.size() == 2);
    CHECK(only("1) een\n", K::List).start == 1);
}

TEST_CASE("markdown a list inside a list is a block of the item") {
    const Block l = only("1. een\n   - a\n   - b\n     1. diep\n2. twee\n", K::List);
    REQUIRE(l.children.size() == 2);
    const Block& first = l.children[0];
    REQUIRE(first.children.size() == 2);
    CHECK(first.children[0].kind == K::Paragraph);
    const Block& inner = first.children[1];
    REQUIRE(inner.kind == K::List);
    CHECK_FALSE(inner.ordered);
    REQUIRE(inner.children.size() == 2);
    const Block& deepest = inner.children[1].children.at(1);
    CHECK(deepest.kind == K::List);
    CHECK(deepest.ordered);
    CHECK(plainText(deepest.children.at(0).children.at(0).spans) == "diep");
}

TEST_CASE("markdown block quotes contain blocks including lists") {
    const Block q = only("> ## Let op\n>\n> Een zin.\n>\n> - een\n> - twee\n>\n> > binnenin\n", K::Quote);
    REQUIRE(q.children.size() == 4);
    CHECK(q.children[0].kind == K::Heading);
    CHECK(q.children[0].level == 2);
    CHECK(q.children[1].kind == K::Paragraph);
    REQUIRE(q.children[2].kind == K::List);
    CHECK(q.children[2].children.size() == 2);
    REQUIRE(q.children[3].kind == K::Quote);
    CHECK(plainText(q.children[3].children.at(0).spans) == "binnenin");

    // A quote inside a list item.
    const Block l = only("- punt\n\n  > citaat\n", K::List);
    CHECK(l.children.at(0).children.at(1).kind == K::Quote);
}

TEST_CASE("markdown thematic breaks and code blocks") {
    const Document d = parse("Boven\n\n---\n\n```\nregel 1\n  ingesprongen \"niet slim\" -- ...\n```\n\n    ingesprongen code\n\n***\n");
    REQUIRE(d.blocks.size() == 5);
    CHECK(d.blocks[1].kind == K::Rule);
    REQUIRE(d.blocks[2].kind == K::Code);
    // Code is literal: no smart punctuation, the indentation kept, no final newline.
    CHECK(d.blocks[2].literal == "regel 1\n  ingesprongen \"niet slim\" -- ...");
    REQUIRE(d.blocks[3].kind == K::Code);
    CHECK(d.blocks[3].literal == "ingesprongen code");
    CHECK(d.blocks[4].kind == K::Rule);
    // Code spans are literal too.
    CHECK(only("`\"a\" -- b`", K::Paragraph).spans == std::vector<Span>{code("\"a\" -- b")});
}

TEST_CASE("markdown empty and odd input never fails") {
    CHECK(parse("").blocks.empty());
    CHECK(parse("\n\n   \n").blocks.empty());
    const Block p = only("kapot \xff\xfe einde", K::Paragraph);
    CHECK(plainText(p.spans) == "kapot \uFFFD\uFFFD einde");
    CHECK(only("ĳs en € – “citaat”", K::Paragraph).spans == std::vector<Span>{text("ĳs en € – “citaat”")});
}

TEST_CASE("findLinks finds inline and reference links, images and autolinks, and nothing in plain text") {
    using hr::markdown::findLinks;
    const auto inline_ = findLinks("Zie [de site](https://voorbeeld.nl) en ![logo](logo.png).");
    REQUIRE(inline_.size() == 2);
    CHECK(inline_[0].target == "https://voorbeeld.nl");
    CHECK(inline_[1].image);
    const auto reference = findLinks("Lees [dit][bron].\n\n[bron]: https://bron.nl\n");
    REQUIRE(reference.size() == 1);
    CHECK(reference[0].target == "https://bron.nl");
    // An autolink has no '[' at all.
    const auto autolink = findLinks("Mail <mailto:hulp@voorbeeld.nl> of bel.");
    REQUIRE(autolink.size() == 1);
    CHECK(autolink[0].target == "mailto:hulp@voorbeeld.nl");
    CHECK(findLinks("Gewone tekst, *nadruk* en een https://adres.nl zonder haken.").empty());
}
