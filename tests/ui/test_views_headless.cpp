// The views drawn in a headless ImGui context (no backend, no GL): a click on a track card opens
// the track, the node screen shows its way back, and a broken pack shows diagnostics, not tracks.
#include <catch2/catch.hpp>

#include <imgui.h>

#include "content/pack.h"
#include "fonts.h"
#include "test_support.h"
#include "views.h"

using namespace hr;

namespace {

class Headless {
public:
    Headless() {
        ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.DisplaySize = ImVec2(1000, 760);
        io.DeltaTime = 1.0f / 60.0f;
        fonts = ui::loadFonts(*io.Fonts, test::sourceDir() / "fonts", 1.0f);
        unsigned char* pixels = nullptr;
        int w = 0, h = 0;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
        ui::applyStyle(1.0f);
    }
    ~Headless() { ImGui::DestroyContext(); }

    // One frame with the mouse at `pos`, pressed or not; returns the view's intent.
    ui::Intent frame(const ui::AppState& state, ImVec2 pos = ImVec2(-1, -1), bool down = false) {
        ImGuiIO& io = ImGui::GetIO();
        io.MousePos = pos;
        io.MouseDown[0] = down;
        ImGui::NewFrame();
        ui::Intent intent = ui::drawApp(state, fonts);
        ImGui::Render();
        return intent;
    }

    // Clicks at `pos` (move, press, release) and returns the first intent any frame gave.
    ui::Intent click(const ui::AppState& state, ImVec2 pos) {
        for (bool down : {false, true, false}) {
            ui::Intent i = frame(state, pos, down);
            if (!i.none()) return i;
        }
        return {};
    }

    // Sweeps clicks down the middle of the window until one yields an intent of `kind`.
    ui::Intent findClick(const ui::AppState& state, ui::Intent::Kind kind, float x = 500) {
        for (float y = 5; y < 760; y += 6) {
            ui::Intent i = click(state, ImVec2(x, y));
            if (i.kind == kind) return i;
        }
        return {};
    }

    ui::Fonts fonts;
};

ui::AppState bundledState() {
    ui::AppState s;
    s.pack = content::loadAndValidate(test::sourceDir() / "content" / "ervaringskennis", "ervaringskennis");
    s.language = "nl";
    return s;
}

}  // namespace

TEST_CASE("the fonts cover Dutch letters and typographic punctuation") {
    Headless h;
    REQUIRE(h.fonts.body != nullptr);
    for (ImWchar c : {ImWchar(0x00EB), ImWchar(0x0133), ImWchar(0x201C), ImWchar(0x2013), ImWchar(0x2026), ImWchar(0x20AC)})
        CHECK(h.fonts.body->FindGlyphNoFallback(c) != nullptr);
}

TEST_CASE("clicking a track card opens that track and the way back returns to the start") {
    Headless h;
    ui::AppState state = bundledState();
    REQUIRE(state.pack.usable());
    h.frame(state);
    h.frame(state);
    const ui::Intent open = h.findClick(state, ui::Intent::Kind::OpenTrack);
    REQUIRE(open.kind == ui::Intent::Kind::OpenTrack);
    CHECK(open.id == state.pack.guide->tracks.front().id);
    ui::apply(state, open);
    CHECK(state.openTrack == open.id);

    h.frame(state);
    h.frame(state);
    const ui::Intent back = h.findClick(state, ui::Intent::Kind::BackToStart, 100);
    REQUIRE(back.kind == ui::Intent::Kind::BackToStart);
    ui::apply(state, back);
    CHECK(state.openTrack.empty());
}

TEST_CASE("the second track card opens the second track") {
    Headless h;
    ui::AppState state = bundledState();
    REQUIRE(state.pack.guide->tracks.size() >= 2);
    h.frame(state);
    std::vector<std::string> opened;
    for (float y = 5; y < 760; y += 6) {
        ui::Intent i = h.click(state, ImVec2(500, y));
        if (i.kind == ui::Intent::Kind::OpenTrack && (opened.empty() || opened.back() != i.id)) opened.push_back(i.id);
    }
    REQUIRE(opened.size() == state.pack.guide->tracks.size());
    for (std::size_t k = 0; k < opened.size(); ++k) CHECK(opened[k] == state.pack.guide->tracks[k].id);
}

TEST_CASE("a pack with errors offers no track to open") {
    Headless h;
    ui::AppState state;
    state.pack = content::loadAndValidate(test::fixturesDir() / "diagnostics" / "dead-end", "dead-end");
    REQUIRE_FALSE(state.pack.usable());
    h.frame(state);
    for (float y = 5; y < 760; y += 12) CHECK(h.click(state, ImVec2(500, y)).none());
    // Something is drawn: the diagnostics list.
    CHECK(ImGui::GetDrawData()->TotalVtxCount > 100);
}
