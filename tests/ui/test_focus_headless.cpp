// SPDX-License-Identifier: EUPL-1.2
// Where the keyboard focus goes, drawn headless with the real controller (issue #10): on the look
// back of a follow-up (each review step starts on its first outcome; Vorige and Verder are reached
// with the arrows), in the protection dialog (the passphrase field has the keys when it opens, and
// the focus goes back to what opened it when it closes), on the summary, after Ctrl+Enter from a
// text field, and Tab from a role to its initials. Each is checked by what the next key then does.
#include <catch2/catch.hpp>

#include <imgui.h>
#include <imgui_internal.h>

#include "headless.h"

using namespace hr;
using namespace hr::test;

namespace {

// A Gesprek with two agreements, then a follow-up of it: two review steps to walk.
void toReview(Headless& h) {
    ui::apply(h.state, h.ui, ui::intent::OpenTrack{"gesprek"});
    ui::apply(h.state, h.ui, ui::intent::AddTemplate{"check-in"});
    ui::apply(h.state, h.ui, ui::intent::AddTemplate{"intervisie"});
    const std::string earlier = h.state.session->record().id;
    ui::refreshRecords(h.state);
    ui::apply(h.state, h.ui, ui::intent::FollowUp{earlier});
    REQUIRE(h.state.session->atReview());
    REQUIRE(h.state.session->record().reviews.size() == 2);
    h.frame();
    h.frame();
}

ui::Intent pressWithCtrl(Headless& h, int key) {
    ImGuiIO& io = ImGui::GetIO();
    io.KeyCtrl = true;
    ui::Intent i = h.press(key);
    io.KeyCtrl = false;
    return i;
}

}  // namespace

TEST_CASE("each review step of a follow-up starts with the focus on its first outcome") {
    Headless h;
    toReview(h);
    // Nothing is picked yet: only the focused outcome can take Enter, and it is the first (keep).
    ui::Intent i = h.press(kEnter);
    REQUIRE(i.is<ui::intent::Review>());
    CHECK(i.as<ui::intent::Review>()->outcome == session::ReviewOutcome::Keep);
    REQUIRE(h.state.session->atReview());
    CHECK(h.state.session->record().position == 1);
    h.frame();
    i = h.press(kEnter);  // the next review step: again on its first outcome
    REQUIRE(i.is<ui::intent::Review>());
    CHECK(i.as<ui::intent::Review>()->outcome == session::ReviewOutcome::Keep);
    REQUIRE_FALSE(h.state.session->atReview());
    h.frame();
    CHECK(h.press(kEnter).is<ui::intent::Answer>());  // the track's first step: Verder has it
}

TEST_CASE("on a review step the arrows reach Vorige and Verder, and Verder records the outcome picked") {
    Headless h;
    toReview(h);
    h.press(kEnter);  // the first one kept: the second has a way back
    h.frame();
    REQUIRE(h.state.session->record().position == 1);
    h.typeChar('3');  // to "done", picked; nothing recorded yet
    CHECK(h.ui.highlighted == "done");
    CHECK_FALSE(h.state.session->record().reviews[1].outcome);
    h.press(kDown);  // the fourth outcome
    h.press(kDown);  // the footer: Vorige
    ui::Intent i = h.press(kSpace);
    CHECK(i.is<ui::intent::Back>());
    REQUIRE(h.state.session->record().position == 0);
    h.frame();
    h.press(kEnter);  // keep the first again
    h.frame();
    h.typeChar('3');
    for (int k = 0; k < 2; ++k) h.press(kDown);
    h.press(kRight);  // Verder, beside Vorige
    i = h.press(kSpace);
    REQUIRE(i.is<ui::intent::Review>());
    CHECK(i.as<ui::intent::Review>()->outcome == session::ReviewOutcome::Done);
}

TEST_CASE("the protection dialog takes the keys in its passphrase field, and gives the focus back when it closes") {
    Headless h;
    h.frame();
    h.frame();
    // By keyboard: F6 to the list of tracks, F6 again to the top bar, the arrows to Instellingen,
    // Enter opens them.
    h.press(kF6);
    h.press(kF6);
    h.frame();
    for (int k = 0; k < 8 && !ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId); ++k) {
        h.press(kRight);
        h.press(kEnter);
    }
    REQUIRE(ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId));  // the settings
    // Up from the first control wraps round to the last one, "Beveiligen..."; Enter opens the dialog.
    h.press(kUp);
    h.press(kEnter);
    REQUIRE(h.ui.protectDialog);
    for (int k = 0; k < 3; ++k) h.frame();
    for (char c : std::string("geheim")) h.typeChar(c);
    CHECK(h.ui.passphrase == "geheim");  // typed into the first passphrase field, unasked
    h.press(kEscape);
    REQUIRE_FALSE(h.ui.protectDialog);
    CHECK(h.ui.passphrase.empty());  // wiped
    for (int k = 0; k < 3; ++k) h.frame();
    REQUIRE_FALSE(ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId));
    // The focus is back on Instellingen, shown: Enter opens them again.
    h.press(kEnter);
    h.frame();
    CHECK(ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId));
    CHECK_FALSE(h.ui.protectDialog);
}

TEST_CASE("on the summary the focus is on the export, and Enter exports") {
    Headless h("bundled");
    ui::apply(h.state, h.ui, ui::intent::OpenTrack{"voorbereiden"});
    for (const char* choice : {"", "stoppen", "", ""}) h.answer(choice);
    REQUIRE(at(h.state) == "voorb-einde");
    REQUIRE(h.state.session->finished());
    h.frame();
    h.frame();
    const ui::Intent i = h.press(kEnter);
    REQUIRE(i.is<ui::intent::Export>());
    CHECK(i.as<ui::intent::Export>()->format == session::ExportFormat::Html);
}

TEST_CASE("Ctrl+Enter with the focus on a text field moves on and leaves the field closed") {
    Headless h;
    ui::apply(h.state, h.ui, ui::intent::OpenTrack{"gesprek"});
    h.frame();
    h.frame();
    h.press(kF6);  // from the step to the agreements panel: "Afspraak toevoegen"
    h.press(kTab);  // into the next conversation's date field, typing
    h.frame();
    REQUIRE(ImGui::GetIO().WantTextInput);
    h.press(kEnter);  // leaves it; the focus stays on it
    h.frame();
    REQUIRE_FALSE(ImGui::GetIO().WantTextInput);
    const ui::Intent i = pressWithCtrl(h, kEnter);
    CHECK(i.is<ui::intent::Answer>());
    h.frame();
    CHECK_FALSE(ImGui::GetIO().WantTextInput);  // the field did not open for typing as well
    h.typeChar('1');
    CHECK(h.ui.nextDate.empty());
}

TEST_CASE("Tab from a role's box goes to that role's initials, not back to the date field") {
    Headless h;
    ui::apply(h.state, h.ui, ui::intent::OpenTrack{"gesprek"});
    h.frame();
    h.frame();
    h.press(kF6);  // the agreements panel: "Afspraak toevoegen"
    h.press(kDown);  // the next conversation's date field
    h.press(kDown);  // "Wie doen er mee?"
    h.press(kSpace);  // opens it
    h.press(kDown);  // the first role
    h.press(kSpace);  // takes part: its initials field appears beside it
    REQUIRE(h.state.session->record().participants.size() == 1);
    h.press(kTab);
    h.frame();
    REQUIRE(ImGui::GetIO().WantTextInput);
    for (char c : std::string("AB")) h.typeChar(c);
    CHECK(h.state.session->record().participants.at(0).initials == "AB");
    CHECK(h.ui.nextDate.empty());
}

TEST_CASE("a step without controls whose Verder lies below the window is shown from its top, and Enter still goes on") {
    Headless h;
    ImGui::GetIO().DisplaySize = ImVec2(1100, 170);  // too low for the welcome's text and Verder
    ui::apply(h.state, h.ui, ui::intent::OpenTrack{"gesprek"});
    // Back from the next step, whose choice had the focus: that focus must not stay behind.
    h.answer("");
    for (int i = 0; i < 4; ++i) h.frame();
    REQUIRE(at(h.state) == "veilig");
    h.press(kDown);
    REQUIRE_FALSE(GImGui->NavDisableHighlight);
    ui::apply(h.state, h.ui, ui::intent::Back{});
    for (int i = 0; i < 4; ++i) h.frame();
    REQUIRE(at(h.state) == "welkom");
    // No focus was given to the Verder out of sight, so nothing scrolled the step away from its title.
    const ImGuiContext& g = *GImGui;
    INFO("focus in " << (g.NavWindow ? g.NavWindow->Name : "no window"));
    CHECK((g.NavId == 0 || g.NavDisableHighlight));
    int walks = 0;
    for (ImGuiWindow* w : g.Windows)
        if (std::string(w->Name).find("/walk") != std::string::npos) {
            ++walks;
            CHECK(w->Scroll.y == 0.0f);
            CHECK(w->ScrollMax.y > 0.0f);  // there is more below: the window is too low for the step
        }
    CHECK(walks == 1);
    h.press(kEnter);
    CHECK(at(h.state) == "veilig");
}

TEST_CASE("in a window tall enough, Verder of a step without controls has the focus") {
    Headless h;
    ui::apply(h.state, h.ui, ui::intent::OpenTrack{"gesprek"});
    for (int i = 0; i < 4; ++i) h.frame();
    REQUIRE(at(h.state) == "welkom");
    CHECK(GImGui->NavId != 0);
    CHECK_FALSE(GImGui->NavDisableHighlight);
}
