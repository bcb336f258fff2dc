// SPDX-License-Identifier: EUPL-1.2
// Markdown as plain lines for the terminal (walk --interactive): headings, lists, links,
// emphasis, quotes and breaks, and the real guide's pages: never an escape code or a Markdown
// marker left over.
#include <catch2/catch.hpp>

#include "content/builtin_help.h"
#include "content/pack.h"
#include "markdown/plain_text.h"
#include "test_support.h"

using hr::markdown::toPlainText;

TEST_CASE("plain text: headings and paragraphs are lines of their own, an empty line between blocks") {
    CHECK(toPlainText("## Waar het op steunt\n\nEen alinea\nover twee regels.\n\nNog een.") ==
          "Waar het op steunt\n\nEen alinea over twee regels.\n\nNog een.");
    CHECK(toPlainText("") == "");
    CHECK(toPlainText("Regel een  \nregel twee") == "Regel een\nregel twee");  // a hard break
}

TEST_CASE("plain text: emphasis and code marks are dropped, smart punctuation kept") {
    CHECK(toPlainText("Dit is **vet**, *schuin* en `code`.") == "Dit is vet, schuin en code.");
    CHECK(toPlainText("\"Voelsprieten\" -- zo heet het...") == "\u201CVoelsprieten\u201D \u2013 zo heet het\u2026");
}

TEST_CASE("plain text: lists as '- item' and '1. item', nested ones lined up under their item") {
    CHECK(toPlainText("- een\n- twee\n") == "- een\n- twee");
    CHECK(toPlainText("3. drie\n4. vier\n") == "3. drie\n4. vier");
    CHECK(toPlainText("1. Vraag een\n   - a. deel\n   - b. deel\n2. Vraag twee\n") ==
          "1. Vraag een\n   - a. deel\n   - b. deel\n2. Vraag twee");
    // A loose list keeps its empty lines; an item's second paragraph lines up with its text.
    CHECK(toPlainText("- een\n\n  meer\n\n- twee\n") == "- een\n\n  meer\n\n- twee");
}

TEST_CASE("plain text: links read as 'text (address)', a number or address only once") {
    CHECK(toPlainText("Chat via [113.nl](https://www.113.nl).") == "Chat via 113.nl (https://www.113.nl).");
    CHECK(toPlainText("Bel [0800-2000](tel:08002000).") == "Bel 0800-2000.");
    CHECK(toPlainText("Bel [Veilig Thuis](tel:08002000).") == "Bel Veilig Thuis (08002000).");
    CHECK(toPlainText("Mail [ons](mailto:a@b.nl) of <https://x.nl>.") == "Mail ons (a@b.nl) of https://x.nl.");
    CHECK(toPlainText("Zie [de **site**](https://x.nl/a).") == "Zie de site (https://x.nl/a).");
}

TEST_CASE("plain text: quotes, rules and code blocks") {
    CHECK(toPlainText("> **Voor de leidinggevende:** lees dit.\n\n---\n\nVerder.") ==
          "Voor de leidinggevende: lees dit.\n\nVerder.");
    CHECK(toPlainText("```\nregel 1\n  regel 2\n```") == "regel 1\n  regel 2");
    CHECK(toPlainText("Tekst met <b>html</b>.") == "Tekst met <b>html</b>.");  // shown as written
}

TEST_CASE("plain text: the bundled guide's texts and the built-in help leave no Markdown marker") {
    const auto pack = hr::content::loadAndValidate(hr::test::sourceDir() / "content" / "ervaringskennis", "pack");
    REQUIRE(pack.usable());
    std::vector<std::string> texts = {hr::content::builtinHelpPage().text.get("nl", "nl")};
    for (const auto& p : pack.guide->pages) texts.push_back(p.text.get("nl", "nl"));
    for (const auto& n : pack.guide->nodes) texts.push_back(n.text.get("nl", "nl"));
    for (const auto& md : texts) {
        const std::string plain = toPlainText(md);
        INFO(plain);
        CHECK(plain.find("**") == std::string::npos);
        CHECK(plain.find("](") == std::string::npos);
        CHECK(plain.find("\n#") == std::string::npos);
        CHECK(plain.find("\x1b") == std::string::npos);
        CHECK(plain.find("\n\n\n") == std::string::npos);
    }
    const std::string help = toPlainText(hr::content::builtinHelpPage().text.get("nl", "nl"));
    CHECK(help.rfind("- Direct gevaar? Bel 112.\n", 0) == 0);
}
