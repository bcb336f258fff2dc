// SPDX-License-Identifier: EUPL-1.2
// The styled Markdown layout in a headless ImGui context (no backend, no GL): wrapping never
// exceeds the width nor splits a word that fits, every fragment of a wrapped link is clickable,
// the caches re-wrap on a width change and do nothing on an unchanged frame; and the controller's
// handling of the link intents (clipboard, xdg-open without a shell).
#include <catch2/catch.hpp>

#include <imgui.h>

#include <chrono>
#include <cstdlib>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <thread>

#include "fonts.h"
#include "markdown_layout.h"
#include "test_support.h"
#include "controller.h"
#include "views.h"

using namespace hr;
using ui::md::Fragment;
using ui::md::Layout;

namespace {

// A Dutch paragraph with ĳ, curly quotes, a dash and an ellipsis, bold and italic words, a long
// link of many words, a tel: link whose text has no number, a long URL and a very long word.
const std::string kParagraph =
    "Het **ĳzersterke** verhaal van een collega is \"echt\" -- en *heel vertrouwelijk*... Lees er meer over "
    "op [de website van Veilig Thuis over huiselijk geweld en kindermishandeling](https://veiligthuis.nl/"
    "huiselijk-geweld) of bel [Veilig Thuis](tel:08002000). Wie ***twijfelt*** over de ĳverige aanpak, "
    "vraagt het gewoon: \"Wat heb je nodig?\" Zie ook <https://www.rijksoverheid.nl/onderwerpen/huiselijk-geweld/"
    "vraag-en-antwoord> en de kinderbeschermingsmaatregelenonderzoeksrapportage (**vet**, *schuin*).";

const std::string kLongLink = "https://veiligthuis.nl/huiselijk-geweld";

class Headless {
public:
    Headless() {
        ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.DisplaySize = ImVec2(1100, 800);
        io.DeltaTime = 1.0f / 60.0f;
        fonts = ui::loadFonts(*io.Fonts, test::sourceDir() / "fonts", 1.0f);
        unsigned char* pixels = nullptr;
        int w = 0, h = 0;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
        ui::applyStyle(1.0f);
    }
    ~Headless() { ImGui::DestroyContext(); }
    Headless(const Headless&) = delete;
    Headless& operator=(const Headless&) = delete;

    // One frame with `markdown` in a window whose text column is `width` wide; returns the intent.
    ui::Intent frame(const std::string& markdown, float width, ImVec2 mouse = ImVec2(-1, -1), bool down = false) {
        ImGuiIO& io = ImGui::GetIO();
        io.MousePos = mouse;
        io.MouseDown[0] = down;
        ImGui::NewFrame();
        const ImVec2 pad = ImGui::GetStyle().WindowPadding;
        ImGui::SetNextWindowPos(ImVec2(0, 0));
        ImGui::SetNextWindowSize(ImVec2(width + 2 * pad.x, 800));
        ImGui::Begin("md", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings);
        origin = ImGui::GetCursorScreenPos();
        avail = ImGui::GetContentRegionAvail().x;
        ui::Intent intent = ui::drawMarkdown(markdown, fonts);
        ImGui::End();
        ImGui::Render();
        return intent;
    }

    // Move, press, release at `at`: the intent of whichever frame produced one.
    ui::Intent click(const std::string& markdown, float width, ImVec2 at) {
        ui::Intent first;
        for (bool down : {false, true, false}) {
            ui::Intent i = frame(markdown, width, at, down);
            if (first.none()) first = i;
        }
        return first;
    }

    ui::Fonts fonts;
    ImVec2 origin;
    float avail = 0;
};

float measure(const ImFont* f, const std::string& s) {
    return f->CalcTextSizeA(f->FontSize, FLT_MAX, 0.0f, s.data(), s.data() + s.size()).x;
}

// A word as the layout shows it: its text, the line it is on, and its width in its fonts.
struct Word {
    std::string text;
    int line = 0;
    float width = 0;
};

// The words of a layout in reading order. Fragments that touch form one word ("vet" + ","); a
// gap between fragments or a space inside one separates words.
std::vector<Word> wordsOf(const Layout& l) {
    std::vector<const Fragment*> frags;
    for (const Fragment& f : l.fragments)
        if (f.role != ui::md::Role::Marker) frags.push_back(&f);
    std::stable_sort(frags.begin(), frags.end(), [](const Fragment* a, const Fragment* b) {
        return a->line != b->line ? a->line < b->line : a->pos.x < b->pos.x;
    });
    std::vector<Word> words;
    const Fragment* prev = nullptr;
    for (const Fragment* f : frags) {
        const bool joins = prev && prev->line == f->line && f->pos.x <= prev->pos.x + prev->width + 0.5f;
        std::size_t from = 0;
        bool first = true;
        for (;;) {
            const std::size_t sp = f->text.find(' ', from);
            const std::string part = f->text.substr(from, sp == std::string::npos ? std::string::npos : sp - from);
            if (first && joins && !words.empty()) {
                words.back().text += part;
                words.back().width += measure(f->font, part);
            } else if (!part.empty()) {
                words.push_back({part, f->line, measure(f->font, part)});
            }
            first = false;
            if (sp == std::string::npos) break;
            from = sp + 1;
        }
        prev = f;
    }
    return words;
}

const Fragment* fragmentWith(const Layout& l, const std::string& text) {
    for (const Fragment& f : l.fragments)
        if (f.text.find(text) != std::string::npos) return &f;
    return nullptr;
}

ImVec2 centre(const Headless& h, const Fragment& f) {
    return ImVec2(h.origin.x + (f.min().x + f.max().x) / 2, h.origin.y + (f.min().y + f.max().y) / 2);
}

}  // namespace

TEST_CASE("markdown layout of a mixed Dutch paragraph wraps within every width and splits only words too wide for a line") {
    Headless h;
    const markdown::Document& doc = ui::md::parsedDocument(kParagraph);
    const Layout wide = ui::md::layoutDocument(doc, h.fonts, 100000.0f);
    REQUIRE(wide.lines == 1);
    const std::vector<Word> reference = wordsOf(wide);
    std::string joined;
    for (const Word& w : reference) joined += (joined.empty() ? "" : " ") + w.text;
    CHECK(joined ==
          "Het ĳzersterke verhaal van een collega is \u201c" "echt\u201d \u2013 en heel vertrouwelijk\u2026 Lees er meer over op "
          "de website van Veilig Thuis over huiselijk geweld en kindermishandeling of bel Veilig Thuis\u00A0(08002000). "
          "Wie twijfelt over de ĳverige aanpak, vraagt het gewoon: \u201cWat heb je nodig?\u201d Zie ook "
          "https://www.rijksoverheid.nl/onderwerpen/huiselijk-geweld/vraag-en-antwoord en de "
          "kinderbeschermingsmaatregelenonderzoeksrapportage (vet, schuin).");

    const float space = measure(h.fonts.body, " ");
    int splitWords = 0;
    for (int width = 120; width <= 900; width += 7) {
        const float w = static_cast<float>(width);
        const Layout l = ui::md::layoutDocument(doc, h.fonts, w);
        INFO("width " << width);
        for (const Fragment& f : l.fragments) {
            INFO(f.text);
            CHECK(f.pos.x >= 0.0f);
            CHECK(f.pos.x + f.width <= w + 0.01f);
        }
        // Every word of the one-line layout is here, in order: whole, or split over consecutive
        // lines only when it is wider than a line.
        const std::vector<Word> words = wordsOf(l);
        std::size_t at = 0;
        for (const Word& ref : reference) {
            REQUIRE(at < words.size());
            std::string text = words[at].text;
            float wordWidth = words[at].width;
            int line = words[at].line;
            ++at;
            int pieces = 1;
            while (text != ref.text && text.size() < ref.text.size() && at < words.size()) {
                CHECK(words[at].line == line + 1);
                text += words[at].text;
                wordWidth += words[at].width;
                line = words[at].line;
                ++at;
                ++pieces;
            }
            INFO(ref.text);
            REQUIRE(text == ref.text);
            if (pieces > 1) {
                CHECK(wordWidth > w);
                ++splitWords;
            }
        }
        CHECK(at == words.size());
        // Greedy: a line ends only where the next word would not fit after it.
        for (std::size_t i = 0; i + 1 < words.size(); ++i) {
            if (words[i + 1].line == words[i].line) continue;
            float right = 0;
            for (const Fragment& f : l.fragments)
                if (f.line == words[i].line) right = std::max(right, f.pos.x + f.width);
            INFO(words[i].text << " | " << words[i + 1].text);
            // the next word's first piece (a split word only continues on a new line when needed)
            CHECK(right + space + words[i + 1].width > w - 1.0f);
        }
    }
    CHECK(splitWords > 0);  // the very long word and the URL do not fit the narrow widths
}

TEST_CASE("markdown every fragment of a wrapped link is clickable") {
    Headless h;
    for (float width : {190.0f, 333.0f, 517.0f}) {
        INFO("width " << width);
        h.frame(kParagraph, width);
        h.frame(kParagraph, width);
        const Layout& l = ui::md::cachedLayout(kParagraph, h.fonts, h.avail);
        REQUIRE(l.links.size() == 3);
        int longLinkFragments = 0;
        for (const Fragment& f : l.fragments) {
            if (f.link < 0) continue;
            const std::string& target = l.links[static_cast<std::size_t>(f.link)];
            INFO(f.text << " -> " << target);
            const ui::Intent i = h.click(kParagraph, width, centre(h, f));
            if (target.rfind("tel:", 0) == 0) {
                REQUIRE(i.is<ui::intent::CopyText>());
                CHECK(i.as<ui::intent::CopyText>()->text == "08002000");
            } else {
                REQUIRE(i.is<ui::intent::OpenLink>());
                CHECK(i.as<ui::intent::OpenLink>()->url == target);
            }
            // Hovering shows the hand.
            h.frame(kParagraph, width, centre(h, f));
            CHECK(ImGui::GetMouseCursor() == ImGuiMouseCursor_Hand);
            if (target == kLongLink) ++longLinkFragments;
        }
        CHECK(longLinkFragments >= 2);
        // Plain words are not links.
        const Fragment* plain = fragmentWith(l, "verhaal");
        REQUIRE(plain);
        CHECK(h.click(kParagraph, width, centre(h, *plain)).none());
        h.frame(kParagraph, width, centre(h, *plain));
        CHECK(ImGui::GetMouseCursor() == ImGuiMouseCursor_Arrow);
    }
}

TEST_CASE("markdown a width change re-wraps and an unchanged frame reuses the cached layout") {
    Headless h;
    const std::string text = "Een **eigen** tekst voor deze test, lang genoeg om bij een smalle kolom over " \
                             "meerdere regels te lopen, met [een link](https://example.org).";
    const auto before = ui::md::cacheStats();
    h.frame(text, 600);
    const auto first = ui::md::cacheStats();
    CHECK(first.parses == before.parses + 1);
    CHECK(first.layouts == before.layouts + 1);
    const Layout* wide = &ui::md::cachedLayout(text, h.fonts, h.avail);

    for (int i = 0; i < 5; ++i) h.frame(text, 600, ImVec2(30, 30));
    const auto same = ui::md::cacheStats();
    CHECK(same.parses == first.parses);
    CHECK(same.layouts == first.layouts);
    CHECK(&ui::md::cachedLayout(text, h.fonts, h.avail) == wide);

    h.frame(text, 200);
    const auto narrow = ui::md::cacheStats();
    CHECK(narrow.parses == first.parses);
    CHECK(narrow.layouts == first.layouts + 1);
    const Layout* small = &ui::md::cachedLayout(text, h.fonts, h.avail);
    CHECK(small != wide);
    CHECK(small->lines > wide->lines);
    CHECK(small->height > wide->height);

    // Back to the first width: that layout is still kept. A fraction of a pixel is no change.
    h.frame(text, 600);
    CHECK(ui::md::cacheStats().layouts == narrow.layouts);
    CHECK(&ui::md::cachedLayout(text, h.fonts, h.avail) == wide);
    CHECK(&ui::md::cachedLayout(text, h.fonts, h.avail + 0.4f) == wide);
    CHECK(ui::md::cacheStats().parses == first.parses);
}

TEST_CASE("markdown headings and styles use their fonts and code and tel links show as such") {
    Headless h;
    const std::string text = "# Titel\n\n## Kop\n\n### Klein *schuin*\n\nTekst met *schuin*, **vet**, ***beide*** en `code`. "
                             "Bel [Veilig Thuis](tel:08002000) of [0800-2000](tel:08002000).";
    const Layout l = ui::md::layoutDocument(ui::md::parsedDocument(text), h.fonts, 700);
    CHECK(fragmentWith(l, "Titel")->font == h.fonts.title);
    CHECK(fragmentWith(l, "Kop")->font == h.fonts.heading);
    CHECK(fragmentWith(l, "Klein")->font == h.fonts.bold);
    CHECK(l.fragments[3].text == "schuin");
    CHECK(l.fragments[3].font == h.fonts.boldItalic);
    CHECK(fragmentWith(l, "Tekst met")->font == h.fonts.body);
    const Fragment* italic = nullptr;
    for (const Fragment& f : l.fragments)
        if (f.text == "schuin" && f.line > 2) italic = &f;
    REQUIRE(italic);
    CHECK(italic->font == h.fonts.italic);
    CHECK(fragmentWith(l, "vet")->font == h.fonts.bold);
    CHECK(fragmentWith(l, "beide")->font == h.fonts.boldItalic);
    const Fragment* code = fragmentWith(l, "code");
    REQUIRE(code);
    CHECK(code->code);
    CHECK(code->role == ui::md::Role::Code);
    // Headings are taller than body lines, and further apart from what follows.
    CHECK(fragmentWith(l, "Titel")->lineBottom - fragmentWith(l, "Titel")->lineTop >
          fragmentWith(l, "Tekst met")->lineBottom - fragmentWith(l, "Tekst met")->lineTop);
    // The number shows after a tel: link's text, not twice when the text already shows it.
    const Fragment* tel = fragmentWith(l, "Thuis");
    REQUIRE(tel);
    CHECK(tel->text == "Veilig Thuis\u00A0(08002000)");
    CHECK(tel->role == ui::md::Role::Link);
    const Fragment* number = fragmentWith(l, "0800-2000");
    REQUIRE(number);
    CHECK(number->text == "0800-2000");
    CHECK(l.links == std::vector<std::string>{"tel:08002000", "tel:08002000"});
}

TEST_CASE("markdown links the app does not open are plain text") {
    Headless h;
    const Layout l = ui::md::layoutDocument(
        ui::md::parsedDocument("[pagina](andere.md) en [script](javascript:alert(1)) en [web](https://example.org)"), h.fonts,
        700);
    CHECK(l.links == std::vector<std::string>{"https://example.org"});
    CHECK(fragmentWith(l, "pagina")->link == -1);
    CHECK(fragmentWith(l, "pagina")->role == ui::md::Role::Text);
}

TEST_CASE("markdown list items hang their text at one indent and continuation lines align with it") {
    Headless h;
    const std::string text =
        "9. Het negende punt is lang genoeg om in een smalle kolom over meer dan twee regels door te lopen.\n"
        "10. Tien\n"
        "    - een punt binnen het tiende punt dat ook over meerdere regels doorloopt in de kolom\n";
    const Layout l = ui::md::layoutDocument(ui::md::parsedDocument(text), h.fonts, 260);
    std::vector<const Fragment*> markers;
    for (const Fragment& f : l.fragments)
        if (f.role == ui::md::Role::Marker) markers.push_back(&f);
    std::sort(markers.begin(), markers.end(), [](const Fragment* a, const Fragment* b) { return a->line < b->line; });
    REQUIRE(markers.size() == 3);
    CHECK(markers[0]->text == "9.");
    CHECK(markers[1]->text == "10.");
    CHECK(markers[2]->text == "\u2013");  // a list inside a list
    // The numbers end at the same x, before the text; every line of an item starts at its indent.
    CHECK(markers[0]->pos.x + markers[0]->width == Approx(markers[1]->pos.x + markers[1]->width));
    const float textX = fragmentWith(l, "Het negende")->pos.x;
    CHECK(textX > markers[1]->pos.x + markers[1]->width);
    float nestedX = 0;
    int lines = 0;
    for (const Fragment& f : l.fragments) {
        if (f.role == ui::md::Role::Marker) continue;
        if (f.line < markers[1]->line) {
            CHECK(f.pos.x == Approx(textX));  // one fragment per line: the start of the line
            ++lines;
        } else if (f.line == markers[1]->line) {
            CHECK(f.pos.x == Approx(textX));
        } else {
            if (nestedX == 0) nestedX = f.pos.x;
            CHECK(f.pos.x == Approx(nestedX));
        }
        CHECK(f.pos.x + f.width <= 260.0f);
    }
    CHECK(lines >= 3);
    CHECK(nestedX > textX);
    CHECK(markers[2]->pos.x > textX - 1.0f);
    CHECK(markers[2]->pos.x + markers[2]->width < nestedX);
    // Each marker sits on the baseline of its item's first line.
    CHECK(markers[0]->line == fragmentWith(l, "Het negende")->line);
    CHECK(markers[0]->pos.y == Approx(fragmentWith(l, "Het negende")->pos.y));
}

TEST_CASE("markdown a block quote is a tinted callout with an accent bar around its blocks") {
    Headless h;
    const std::string text = "Voor.\n\n> Een citaat dat over meer regels loopt in deze smalle kolom.\n>\n> - met een lijst\n\nNa.";
    const Layout l = ui::md::layoutDocument(ui::md::parsedDocument(text), h.fonts, 300);
    REQUIRE(l.shapes.size() == 2);
    const ui::md::Shape& box = l.shapes[0];
    const ui::md::Shape& bar = l.shapes[1];
    CHECK(box.kind == ui::md::Shape::Kind::QuoteBackground);
    CHECK(bar.kind == ui::md::Shape::Kind::QuoteBar);
    CHECK(box.min.x == 0.0f);
    CHECK(box.max.x == 300.0f);
    CHECK(bar.max.y == box.max.y);
    for (const Fragment& f : l.fragments) {
        const bool inside = f.text.find("Voor") == std::string::npos && f.text.find("Na.") == std::string::npos;
        INFO(f.text);
        if (inside) {
            CHECK(f.pos.x > bar.max.x);
            CHECK(f.pos.x + f.width < box.max.x);
            CHECK(f.lineTop > box.min.y);
            CHECK(f.lineBottom < box.max.y);
        } else {
            CHECK((f.lineBottom <= box.min.y || f.lineTop >= box.max.y));
        }
    }
}

TEST_CASE("markdown rules and code blocks draw shapes and keep code lines") {
    Headless h;
    const Layout l = ui::md::layoutDocument(ui::md::parsedDocument("Boven\n\n---\n\n```\neen\n  twee\n```\n"), h.fonts, 400);
    REQUIRE(l.shapes.size() == 2);
    CHECK(l.shapes[0].kind == ui::md::Shape::Kind::Rule);
    CHECK(l.shapes[1].kind == ui::md::Shape::Kind::CodeBackground);
    const Fragment* een = fragmentWith(l, "een");
    const Fragment* twee = fragmentWith(l, "twee");
    REQUIRE(een);
    REQUIRE(twee);
    CHECK(twee->line == een->line + 1);
    CHECK(twee->pos.x > een->pos.x);  // the indentation stays
    CHECK(een->role == ui::md::Role::CodeBlock);
}

TEST_CASE("markdown links in the controller: it copies a tel number and opens web links with xdg-open as one argument") {
    Headless h;
    ui::AppState state;
    ui::UiState uiState;
    Diagnostics d;
    state.tr = i18n::Strings::load(test::sourceDir() / "content" / "ui", "nl", d);
    REQUIRE(d.empty());

    ui::apply(state, uiState, ui::intent::CopyText{"08002000"});
    CHECK(std::string(ImGui::GetClipboardText()) == "08002000");
    REQUIRE_FALSE(state.notices.empty());
    CHECK(state.notices.back().title == state.tr("notice.number_copied"));
    CHECK(state.notices.back().lines == std::vector<std::string>{"08002000"});
    state.notices.clear();

    // A stand-in xdg-open on PATH records its arguments (the URL arrives as one argument,
    // untouched by any shell) and the files it has open (none of the app's).
    test::TempDir tmp;
    const auto out = tmp.path() / "args";
    const auto fds = tmp.path() / "fds";
    test::writeText(tmp.path() / "xdg-open",
                    "#!/bin/sh\nprintf '%s\\n' \"$#\" \"$1\" > '" + out.string() + ".tmp'\n"
                    "for f in /proc/$$/fd/*; do readlink \"$f\"; done > '" + fds.string() + "'\n"
                    "mv '" + out.string() + ".tmp' '" + out.string() + "'\n");
    REQUIRE(chmod((tmp.path() / "xdg-open").c_str(), 0755) == 0);
    const char* oldPath = std::getenv("PATH");
    const std::string savedPath = oldPath ? oldPath : "";
    setenv("PATH", (tmp.path().string() + ":" + savedPath).c_str(), 1);

    const auto appFile = tmp.path() / "open-in-the-app";
    test::writeText(appFile, "x");
    const int appFd = ::open(appFile.c_str(), O_RDONLY);  // not close-on-exec
    REQUIRE(appFd >= 0);

    ui::intent::OpenLink open;
    const auto danger = tmp.path() / "gevaar";
    open.url = "https://example.org/a b?x=1&y=$(touch " + danger.string() + ");echo 'hoi' > " + danger.string();
    ui::apply(state, uiState, open);
    CHECK(state.notices.empty());
    for (int i = 0; i < 100 && !std::filesystem::exists(out); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(50));
    CHECK(test::readText(out) == "1\n" + open.url + "\n");
    CHECK_FALSE(std::filesystem::exists(danger));
    const std::string openFiles = test::readText(fds);
    CHECK(openFiles.find(appFile.string()) == std::string::npos);
    close(appFd);
    std::filesystem::remove(out);

    // Targets the app does not open, and tel: (copied, never opened), run nothing.
    for (const char* target : {"javascript:alert(1)", "file:///etc/passwd", "tel:112", "andere.md"}) {
        open.url = target;
        ui::apply(state, uiState, open);
        CHECK(state.notices.empty());
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    CHECK_FALSE(std::filesystem::exists(out));

    // Without xdg-open the user is told.
    setenv("PATH", tmp.path().string().c_str(), 1);
    std::filesystem::remove(tmp.path() / "xdg-open");
    open.url = "https://example.org";
    ui::apply(state, uiState, open);
    setenv("PATH", savedPath.c_str(), 1);
    REQUIRE_FALSE(state.notices.empty());
    CHECK(state.notices.back().level == ui::Notice::Level::Error);
    CHECK(state.notices.back().title == state.tr("notice.link_failed"));
}
