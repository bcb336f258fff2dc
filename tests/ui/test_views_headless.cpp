// SPDX-License-Identifier: EUPL-1.2
// The views drawn in a headless ImGui context (no backend, no GL), with the real controller and a
// records folder in a temporary directory: clicks and keys become intents, intents change the
// session, and every change is on disk.
#include <catch2/catch.hpp>

#include <imgui.h>

#include <set>

#include "headless.h"

using namespace hr;

using namespace hr::test;

TEST_CASE("the fonts cover Dutch letters and typographic punctuation") {
    Headless h;
    REQUIRE(h.fonts.body != nullptr);
    for (ImWchar c : {ImWchar(0x00EB), ImWchar(0x0133), ImWchar(0x201C), ImWchar(0x2013), ImWchar(0x2026),
                      ImWchar(0x20AC), ImWchar(0x2039), ImWchar(0x203A), ImWchar(0x2007), ImWchar(0x2008)})
        CHECK(h.fonts.body->FindGlyphNoFallback(c) != nullptr);
}

TEST_CASE("clicking a track card starts a conversation that is saved at once") {
    Headless h;
    h.frame();
    const ui::Intent open = h.findClick(550);
    REQUIRE(open.is<ui::intent::OpenTrack>());
    CHECK(open.as<ui::intent::OpenTrack>()->track == "gesprek");
    REQUIRE(h.state.session);
    CHECK(at(h.state) == "welkom");
    const auto records = h.state.store->list();
    REQUIRE(records.size() == 1);
    REQUIRE(records[0].summary);
    CHECK(records[0].summary->track == "gesprek");
}

TEST_CASE("digits open tracks and pick choices and Enter confirms and Backspace goes back") {
    Headless h;
    h.frame();
    const ui::Intent typed = h.typeChar('2');
    REQUIRE(typed.is<ui::intent::OpenTrack>());
    CHECK(typed.as<ui::intent::OpenTrack>()->track == "plan");
    CHECK(h.state.session->record().track == "plan");
    h.frame();
    h.press(kBackspace);  // nothing to go back to: stays
    CHECK(at(h.state) == "onderwerpen");

    h.state.session.reset();
    h.typeChar('1');
    REQUIRE(at(h.state) == "welkom");
    CHECK(h.press(kEnter).is<ui::intent::Answer>());
    REQUIRE(at(h.state) == "veilig");
    CHECK(h.typeChar('2').none());  // picks "Ja"; nothing is answered yet
    CHECK(h.ui.highlighted == "ja");
    h.press(kEnter);
    CHECK(at(h.state) == "praten");
    CHECK(h.press(kBackspace).is<ui::intent::Back>());
    CHECK(at(h.state) == "veilig");
    CHECK(h.ui.highlighted == "ja");  // the earlier answer is shown

    // The record on disk follows every step.
    const auto records = h.state.store->list();
    const auto listed = std::find_if(records.begin(), records.end(), [](const session::Store::Entry& e) {
        return e.summary && e.summary->track == "gesprek";
    });
    REQUIRE(listed != records.end());
    Diagnostics d;
    const auto full = h.state.store->load(listed->path, d);
    REQUIRE(full);
    const session::Record& saved = *full;
    CHECK(saved.position == 1);
    CHECK(saved.path.at(1).answer.choice == "ja");
}

TEST_CASE("on a checklist a digit moves to an item, Space or Enter ticks it, Ctrl+Enter goes on") {
    Headless h;
    h.frame();
    h.typeChar('2');
    REQUIRE(at(h.state) == "onderwerpen");
    h.frame();
    h.typeChar('2');  // only moves there: nothing is ticked unseen
    CHECK(h.ui.ticked.empty());
    h.press(kSpace);
    CHECK(h.ui.ticked == std::vector<std::string>{"risico"});
    h.typeChar('1');
    h.press(kEnter);  // Enter acts on the focused item as Space does; it does not leave the step
    CHECK(at(h.state) == "onderwerpen");
    h.typeChar('2');
    h.press(kSpace);
    CHECK(h.ui.ticked == std::vector<std::string>{"kracht"});
    ImGui::GetIO().KeyCtrl = true;
    h.press(kEnter);
    ImGui::GetIO().KeyCtrl = false;
    CHECK(at(h.state) == "vragen-kracht");
}

TEST_CASE("Ctrl+N opens the agreement editor") {
    Headless h;
    h.frame();
    h.typeChar('1');
    ImGuiIO& io = ImGui::GetIO();
    io.KeyCtrl = true;
    h.press('N');
    io.KeyCtrl = false;
    CHECK(h.ui.editorOpen);
    h.frame();
    CHECK(ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId));
}

TEST_CASE("a pack with errors offers no track to open") {
    Headless h("dead-end");
    REQUIRE_FALSE(h.state.pack.usable());
    h.frame();
    for (float y = 5; y < 800; y += 12) CHECK(h.click(ImVec2(550, y)).none());
    CHECK(h.typeChar('1').none());
    CHECK(ImGui::GetDrawData()->TotalVtxCount > 100);  // the diagnostics list is drawn
}

namespace {
// Every code point in a UTF-8 text.
void codepoints(const std::string& s, std::set<unsigned>& out) {
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        const std::size_t len = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
        unsigned cp = len == 1 ? c : len == 2 ? (c & 0x1Fu) : len == 3 ? (c & 0x0Fu) : (c & 0x07u);
        for (std::size_t k = 1; k < len && i + k < s.size(); ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3Fu);
        if (cp >= 0x20) out.insert(cp);
        i += len;
    }
}
}  // namespace

TEST_CASE("the fonts have a glyph for every character of the bundled guide and the interface") {
    Headless h;
    std::set<unsigned> used;
    for (const auto& dir : {test::sourceDir() / "content" / "ervaringskennis", test::sourceDir() / "content" / "ui"})
        for (const auto& e : std::filesystem::recursive_directory_iterator(dir))
            if (e.path().extension() == ".yaml") codepoints(test::readText(e.path()), used);
    // What the app adds itself: bullets, arrows in buttons, typographic punctuation from cmark.
    codepoints("\u2022\u2013\u2014\u2039\u203A\u201C\u201D\u2018\u2019\u2026\u00B7\u00A0", used);
    REQUIRE(used.size() > 80);
    for (ImFont* font : {h.fonts.body, h.fonts.bold, h.fonts.italic, h.fonts.boldItalic, h.fonts.heading, h.fonts.title})
        for (unsigned cp : used) {
            INFO("U+" << std::hex << cp);
            CHECK(font->FindGlyphNoFallback(static_cast<ImWchar>(cp)) != nullptr);
        }
}

TEST_CASE("Ctrl+= and Ctrl+- change the zoom in steps and Ctrl+0 resets it") {
    Headless h;
    ImGuiIO& io = ImGui::GetIO();
    h.frame();
    io.KeyCtrl = true;
    h.press('=');
    CHECK(h.state.settings.zoom == 110);
    h.press('=');
    CHECK(h.state.settings.zoom == 120);
    h.press('-');
    CHECK(h.state.settings.zoom == 110);
    h.press('0');
    CHECK(h.state.settings.zoom == 100);
    for (int i = 0; i < 20; ++i) h.press('-');
    CHECK(h.state.settings.zoom == 75);
    io.KeyCtrl = false;
}

TEST_CASE("a track walked alone does not ask who takes part") {
    Headless h("bundled");
    REQUIRE(h.state.pack.usable());
    const std::string who = h.state.tr("participants.title");
    h.frame();
    ui::apply(h.state, h.ui, ui::intent::OpenTrack{"gesprek"});
    h.frame();
    CHECK(h.screen().find(who) != std::string::npos);

    ui::apply(h.state, h.ui, ui::intent::OpenTrack{"zelfreflectie"});
    h.frame();
    const std::string alone = h.screen();
    CHECK(alone.find(h.state.session->currentNode()->title.get("nl", "nl")) != std::string::npos);
    CHECK(alone.find(h.state.tr("agreements.title")) != std::string::npos);
    CHECK(alone.find(who) == std::string::npos);
}

TEST_CASE("suggestions stay folded during the talk and open with their owner at the agreements step") {
    Headless h("bundled");
    h.frame();
    ui::apply(h.state, h.ui, ui::intent::OpenTrack{"gesprek"});
    for (const char* choice : {"", "veilig", "regulier", "", "alleen-werk"}) h.answer(choice);
    REQUIRE(at(h.state) == "gesprek-alleen-werk");
    auto offered = h.state.session->suggestions();
    REQUIRE(offered.size() > 1);
    h.frame();
    std::string text = h.screen();
    CHECK(text.find(h.state.tr("agreements.suggestions") + " (" + std::to_string(offered.size()) + ")") !=
          std::string::npos);
    CHECK(text.find(offered[0]->text.get("nl", "nl")) == std::string::npos);

    ui::apply(h.state, h.ui, ui::intent::Back{});
    h.answer("nee");
    h.answer("");
    REQUIRE(at(h.state) == "gesprek-kort-afspraken");
    offered = h.state.session->suggestions();
    REQUIRE_FALSE(offered.empty());
    h.frame();
    text = h.screen();
    const auto shown = text.find(offered[0]->text.get("nl", "nl"));
    REQUIRE(shown != std::string::npos);
    const std::string owner = h.state.tr("agreements.who_short") + " " +
                              h.state.pack.guide->role(offered[0]->owner.id)->title.get("nl", "nl");
    CHECK(text.find(owner, shown) != std::string::npos);
}

TEST_CASE("a summary without topics says so instead of showing an empty list") {
    Headless h("bundled");
    h.frame();
    ui::apply(h.state, h.ui, ui::intent::OpenTrack{"voorbereiden"});
    for (const char* choice : {"", "stoppen", "", ""}) h.answer(choice);
    REQUIRE(at(h.state) == "voorb-einde");
    h.frame();
    CHECK(h.screen().find(h.state.tr("export.no_topics")) != std::string::npos);

    ui::apply(h.state, h.ui, ui::intent::OpenTrack{"voorbereiden"});
    for (const char* choice : {"", "veilig", ""}) h.answer(choice);
    REQUIRE(at(h.state) == "voorb-initiatief");
    h.answer("medewerker");
    REQUIRE(at(h.state) == "voorb-onderwerpen");
    ui::apply(h.state, h.ui, ui::intent::Answer{session::Answer::ofChecklist({})});
    for (int i = 0; i < 50 && h.state.session->currentNode()->kind != content::NodeKind::End; ++i) h.answer("");
    REQUIRE(at(h.state) == "voorb-einde");
    h.frame();
    const std::string plan = h.screen();
    CHECK(plan.find(h.state.tr("export.no_topics")) == std::string::npos);
    CHECK(plan.find(h.state.pack.guide->node("voorb-vrijwillig")->title.get("nl", "nl")) != std::string::npos);
}

TEST_CASE("adjusting an earlier agreement edits its text instead of replacing it on the first key") {
    Headless h;
    h.frame();
    ui::apply(h.state, h.ui, ui::intent::OpenTrack{"gesprek"});
    ui::apply(h.state, h.ui, ui::intent::AddTemplate{"check-in"});
    const std::string earlierId = h.state.session->record().id;
    const std::string earlierText = h.state.session->record().agreements.at(0).text;
    ui::refreshRecords(h.state);
    ui::apply(h.state, h.ui, ui::intent::FollowUp{earlierId});
    REQUIRE(h.state.session->atReview());
    h.frame();
    h.typeChar('2');  // moves to "Aanpassen" and picks it; nothing is recorded yet
    CHECK(h.ui.highlighted == "adjust");
    CHECK_FALSE(h.state.session->record().reviews[0].outcome);
    h.press(kEnter);  // acts on it: the text field opens with the agreement in it
    for (int i = 0; i < 3; ++i) h.frame();
    h.typeChar('!');
    CHECK(h.ui.adjustText == earlierText + "!");
    h.press(kEnter);  // in the field: moves on to Verder, records nothing yet
    CHECK_FALSE(h.state.session->record().reviews[0].outcome);
    h.press(kEnter);  // Verder
    REQUIRE(h.state.session->record().reviews.size() == 1);
    CHECK(h.state.session->record().reviews[0].outcome == session::ReviewOutcome::Adjust);
    REQUIRE_FALSE(h.state.session->record().agreements.empty());
    CHECK(h.state.session->record().agreements.back().text == earlierText + "!");
}

TEST_CASE("earlier conversations on the start screen show their time and who took part") {
    Headless h;
    h.frame();
    ui::apply(h.state, h.ui, ui::intent::OpenTrack{"gesprek"});
    ui::apply(h.state, h.ui, ui::intent::SetParticipants{{{h.state.pack.guide->roles.front().id, "AB"}}});
    const std::string created = h.state.session->record().created;
    ui::apply(h.state, h.ui, ui::intent::BackToStart{});
    REQUIRE_FALSE(h.state.session);
    h.frame();
    const std::string text = h.screen();
    CHECK(text.find(h.state.pack.guide->roles.front().title.get("nl", "nl") + " (AB)") != std::string::npos);
    CHECK(text.find(", " + created.substr(11, 5)) != std::string::npos);
}

TEST_CASE("the summary's export has a neutral file name, asks for the title, and leaves others' files alone") {
    Headless h;
    h.frame();
    ui::apply(h.state, h.ui, ui::intent::OpenTrack{"gesprek"});
    for (const char* choice : {"", "ja", "nee", ""}) h.answer(choice);
    REQUIRE(h.state.session->finished());
    const session::Record& r = h.state.session->record();
    const auto first = h.state.exportDir / session::exportFileName(r, session::ExportFormat::Html, h.state.tr);
    CHECK(first.filename().string().find(r.track) == std::string::npos);
    std::filesystem::create_directories(h.state.exportDir);
    test::writeText(first, "Van iemand anders.\n");

    h.frame();
    CHECK(h.screen().find(h.state.tr("summary.include_title")) != std::string::npos);
    h.ui.includeTitle = true;  // as the checkbox sets it
    ImGuiIO& io = ImGui::GetIO();
    io.KeyCtrl = true;
    const ui::Intent exported = h.press('E');
    io.KeyCtrl = false;
    REQUIRE(exported.is<ui::intent::Export>());
    CHECK(exported.as<ui::intent::Export>()->options.includeTitle);
    CHECK(test::readText(first) == "Van iemand anders.\n");  // not overwritten
    const std::string second = first.parent_path() / (first.stem().string() + "-2.html");
    CHECK(h.state.session->record().exports.back() == second);
    const std::string html = test::readText(second);
    CHECK(html.find("<dd>" + h.state.pack.guide->track("gesprek")->title.get("nl", "nl") + "</dd>") != std::string::npos);

    // Exported again: the same file, its own, is written over.
    h.ui.includeTitle = false;
    io.KeyCtrl = true;
    h.press('E');
    io.KeyCtrl = false;
    CHECK(h.state.session->record().exports == std::vector<std::string>{second});
    CHECK(test::readText(second).find("<dd>" + h.state.pack.guide->track("gesprek")->title.get("nl", "nl") + "</dd>") ==
          std::string::npos);
}

// Walks the proef guide's Gesprek to its agreements step.
static void toAgreements(Headless& h) {
    ui::apply(h.state, h.ui, ui::intent::OpenTrack{"gesprek"});
    h.answer("");
    h.answer("ja");
    h.answer("ja");
    ui::apply(h.state, h.ui, ui::intent::Answer{session::Answer::ofChecklist({"meldcode", "casus"})});
    h.answer("");
    ui::apply(h.state, h.ui, ui::intent::Answer{session::Answer::ofScale({{"steun", 4}, {"rust", 3}})});
    h.answer("door");
    REQUIRE(at(h.state) == "afspraken");  // suggested: check-in, intervisie, meldcode-collega
    h.frame();
    h.frame();
}

TEST_CASE("on the agreements step a typed date adds nothing, and a digit moves to a suggestion that Enter adds") {
    Headless h;
    toAgreements(h);
    for (char c : std::string("1-3-2027")) h.typeChar(c);
    CHECK(h.state.session->record().agreements.empty());
    CHECK(at(h.state) == "afspraken");
    h.typeChar('2');
    CHECK(h.state.session->record().agreements.empty());
    h.press(kEnter);
    REQUIRE(h.state.session->record().agreements.size() == 1);
    CHECK(h.state.session->record().agreements[0].templateId == "intervisie");
    CHECK(at(h.state) == "afspraken");  // Enter acted on the suggestion, not on the step
    // The added suggestion keeps its place: 3 is still the third.
    h.typeChar('3');
    h.press(kSpace);
    REQUIRE(h.state.session->record().agreements.size() == 2);
    CHECK(h.state.session->record().agreements[1].templateId == "meldcode-collega");
}

TEST_CASE("a removed agreement comes back with undo, in its place") {
    Headless h;
    toAgreements(h);
    for (const char* t : {"check-in", "intervisie", "steun-zoeken"}) ui::apply(h.state, h.ui, ui::intent::AddTemplate{t});
    const auto before = h.state.session->record().agreements;
    ui::apply(h.state, h.ui, ui::intent::RemoveAgreement{before[1].id});
    REQUIRE(h.state.session->record().agreements.size() == 2);
    const std::string screen = h.screen();
    CHECK(screen.find(h.state.tr("notice.undo")) != std::string::npos);
    ImGuiIO& io = ImGui::GetIO();
    io.KeyCtrl = true;
    h.press('Z');
    io.KeyCtrl = false;
    const auto& after = h.state.session->record().agreements;
    REQUIRE(after.size() == 3);
    CHECK(after[1].id == before[1].id);
    CHECK(after[1].text == before[1].text);
    // Saved at once, and the notice is gone.
    CHECK(test::readText(h.state.store->pathFor(h.state.session->record().id)).find(before[1].text) != std::string::npos);
    CHECK(h.screen().find(h.state.tr("notice.undo")) == std::string::npos);
}

// The undo button of the notice at the window's foot, found from the bottom up once the strip
// takes clicks (a second of frames later); clicking it undoes the removal.
static ImVec2 findUndo(Headless& h, float x) {
    for (int i = 0; i < 60; ++i) h.frame();
    for (float y = 795; y > 400; y -= 4)
        if (h.click(ImVec2(x, y)).is<ui::intent::UndoRemove>()) return ImVec2(x, y);
    return ImVec2(-1, -1);
}

TEST_CASE("a notice that has just come takes no click for half a second, so a click meant for the screen under it misses") {
    Headless h;
    toAgreements(h);
    for (const char* t : {"check-in", "intervisie", "steun-zoeken"}) ui::apply(h.state, h.ui, ui::intent::AddTemplate{t});
    const std::string id = h.state.session->record().agreements[1].id;
    ui::apply(h.state, h.ui, ui::intent::RemoveAgreement{id});
    h.frame();
    ImVec2 undo(-1, -1);
    for (float x = 40; x < 200 && undo.x < 0; x += 20) undo = findUndo(h, x);
    REQUIRE(undo.x > 0);
    REQUIRE(h.state.session->record().agreements.size() == 3);  // that click undid it
    h.frame();  // the screen without the notice
    // Removed again: the same notice in the same place. A click there at once does nothing.
    ui::apply(h.state, h.ui, ui::intent::RemoveAgreement{id});
    h.frame();
    CHECK(h.click(undo).none());
    CHECK(h.state.session->record().agreements.size() == 2);
    // Half a second on (30 frames of 1/60 s), the same click undoes it.
    for (int i = 0; i < 30; ++i) h.frame();
    CHECK(h.click(undo).is<ui::intent::UndoRemove>());
    CHECK(h.state.session->record().agreements.size() == 3);
}

TEST_CASE("with single-key shortcuts off a digit does nothing") {
    Headless h;
    h.state.settings.singleKeys = false;
    h.frame();
    CHECK(h.typeChar('1').none());
    CHECK_FALSE(h.state.session);
    h.state.settings.singleKeys = true;
}

// Where the focus goes after each kind of intent, checked by what Enter then does.
TEST_CASE("after a step, Enter acts on the new step's first control") {
    Headless h;
    ui::apply(h.state, h.ui, ui::intent::OpenTrack{"gesprek"});
    h.frame();
    h.frame();
    CHECK(h.press(kEnter).is<ui::intent::Answer>());  // welkom: Verder has the focus
    REQUIRE(at(h.state) == "veilig");
    h.frame();
    // Nothing is picked yet, so only a focused choice can take Enter: the first one has it.
    const ui::Intent i = h.press(kEnter);
    REQUIRE(i.is<ui::intent::Answer>());
    CHECK(i.as<ui::intent::Answer>()->answer.choice == "gevaar");
}

TEST_CASE("after adding or removing an agreement the focus is on the list, and Enter opens what has it") {
    Headless h;
    toAgreements(h);
    ui::apply(h.state, h.ui, ui::intent::AddTemplate{"check-in"});
    ui::apply(h.state, h.ui, ui::intent::AddTemplate{"intervisie"});
    const auto list = h.state.session->record().agreements;
    h.frame();
    h.frame();
    h.press(kEnter);  // the one just added
    REQUIRE(h.ui.editorOpen);
    CHECK(h.ui.editing.id == list[1].id);
    h.press(kEscape);  // nothing typed: closes at once, the focus goes back to it
    REQUIRE_FALSE(h.ui.editorOpen);
    h.frame();
    h.press(kEnter);
    REQUIRE(h.ui.editorOpen);
    CHECK(h.ui.editing.id == list[1].id);
    h.press(kEscape);
    ui::apply(h.state, h.ui, ui::intent::RemoveAgreement{list[0].id});  // the focus goes to the one in its place
    h.frame();
    h.frame();
    h.press(kEnter);
    REQUIRE(h.ui.editorOpen);
    CHECK(h.ui.editing.id == list[1].id);
    h.press(kEscape);
    ui::apply(h.state, h.ui, ui::intent::RemoveAgreement{list[1].id});  // none left: "Afspraak toevoegen"
    h.frame();
    h.frame();
    h.press(kEnter);
    REQUIRE(h.ui.editorOpen);
    CHECK(h.ui.editing.id.empty());
}

TEST_CASE("after a page closes the focus is where it was") {
    Headless h("bundled");
    ui::apply(h.state, h.ui, ui::intent::OpenTrack{"gesprek"});
    h.answer("");
    h.frame();
    h.frame();
    h.typeChar('2');  // the second choice has the focus
    const std::string chosen = h.ui.highlighted;
    ui::apply(h.state, h.ui, ui::intent::ShowPage{h.state.pack.guide->pages.front().id});
    h.frame();
    h.press(kEscape);
    REQUIRE(h.state.openPage.empty());
    h.frame();
    // Space acts only on a focused control (Enter alone would also confirm the picked choice).
    const ui::Intent i = h.press(kSpace);
    REQUIRE(i.is<ui::intent::Answer>());
    CHECK(i.as<ui::intent::Answer>()->answer.choice == chosen);
}

// The follow-up of the bundled guide is written for a personal talk: the start screen offers it on
// a Gesprek, and not on a team talk (`follow-up: false`), whose row keeps its other buttons. The
// window is made tall enough to show every track card and the records below them.
namespace {
std::size_t count(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}
}  // namespace

TEST_CASE("the start screen offers no follow-up of a team talk, and does of a personal talk") {
    Headless h("bundled");
    ImGui::GetIO().DisplaySize = ImVec2(1100, 8000);
    const std::string button = h.state.tr("start.follow_up");
    const std::string none = h.screen();
    REQUIRE(none.find(h.state.tr("start.no_records")) != std::string::npos);
    const std::size_t cards = count(none, button);  // the follow-up's own card names it too

    ui::apply(h.state, h.ui, ui::intent::OpenTrack{"teamgesprek"});
    const std::string team = h.state.session->record().id;
    ui::apply(h.state, h.ui, ui::intent::BackToStart{});
    REQUIRE(h.state.records.size() == 1);
    h.frame();
    std::string screen = h.screen();
    CHECK(screen.find(h.state.tr("start.resume")) != std::string::npos);
    CHECK(screen.find(h.state.tr("start.export")) != std::string::npos);
    CHECK(count(screen, button) == cards);
    // A stray intent for it is refused too.
    CHECK(ui::apply(h.state, h.ui, ui::intent::FollowUp{team}) == ui::Outcome::Refused);
    CHECK_FALSE(h.state.session);

    ui::apply(h.state, h.ui, ui::intent::OpenTrack{"gesprek"});
    ui::apply(h.state, h.ui, ui::intent::BackToStart{});
    REQUIRE(h.state.records.size() == 2);
    h.frame();
    screen = h.screen();
    CHECK(count(screen, button) == cards + 1);
}

// The follow-up's review step says what comes after it: one agreement is "de afspraak" on "het
// volgende scherm", two are "de 2 afspraken" on "de volgende schermen".
TEST_CASE("the follow-up's review step names one earlier agreement in the singular and two in the plural") {
    for (const std::size_t n : {std::size_t(1), std::size_t(2)}) {
        DYNAMIC_SECTION(n << " agreements") {
            Headless h("bundled");
            ui::apply(h.state, h.ui, ui::intent::OpenTrack{"gesprek"});
            for (const char* id : {"intervisie-casussen", "meldcode-vaste-collega"})
                if (h.state.session->record().agreements.size() < n)
                    ui::apply(h.state, h.ui, ui::intent::AddTemplate{id});
            REQUIRE(h.state.session->record().agreements.size() == n);
            const std::string earlier = h.state.session->record().id;
            ui::apply(h.state, h.ui, ui::intent::BackToStart{});
            REQUIRE(ui::apply(h.state, h.ui, ui::intent::FollowUp{earlier}) == ui::Outcome::Done);
            for (const char* choice : {"", "veilig", "leiding", "ja"}) h.answer(choice);
            REQUIRE(at(h.state) == "vervolg-eerdere-afspraken");
            h.frame();
            const std::string screen = h.screen();
            const std::string one = h.state.tr("review.node_one");
            const std::string some = h.state.tr.format("review.node_some", {{"n", std::to_string(n)}});
            CHECK(one == "Op het volgende scherm lopen jullie de afspraak van het vorige gesprek langs.");
            CHECK((screen.find(one) != std::string::npos) == (n == 1));
            CHECK((screen.find(some) != std::string::npos) == (n == 2));
        }
    }
}
