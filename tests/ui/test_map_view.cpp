// SPDX-License-Identifier: EUPL-1.2
// The map of the guide (map_view.cpp) drawn headless on the bundled guide: a click lands on the step
// drawn there and shows its file:line, a click beside every box picks nothing, the wheel zooms about
// the pointer, Tab and Enter pick a step by keyboard, Esc closes; and the diagnostics list opens it.
#include <catch2/catch.hpp>

#include <imgui.h>

#include "headless.h"

using namespace hr;
using namespace hr::test;

namespace {

// The screen point of map point (x, y), as the map was last drawn.
ImVec2 onScreen(const ui::UiState& u, double x, double y) {
    return ImVec2(u.map.originX + (static_cast<float>(x) - u.map.panX) * u.map.scale,
                  u.map.originY + (static_cast<float>(y) - u.map.panY) * u.map.scale);
}

void openMap(Headless& h) {
    ui::apply(h.state, h.ui, ui::intent::ShowMap{});
    REQUIRE(h.state.mapOpen);
    REQUIRE(h.state.map);
    for (int i = 0; i < 3; ++i) h.frame();
}

}  // namespace

TEST_CASE("map: a click on a step shows where it is written, a click beside the boxes picks nothing", "[map]") {
    Headless h("bundled");
    ui::apply(h.state, h.ui, ui::intent::OpenTrack{"gesprek"});
    REQUIRE(h.state.session);
    openMap(h);
    const auto& m = *h.state.map;
    // Opened on the current step, in the middle of the canvas.
    const int current = m.find(at(h.state));
    REQUIRE(current >= 0);
    const ImVec2 c = onScreen(h.ui, m.nodes[current].x, m.nodes[current].y);
    CHECK(c.x > 100);
    CHECK(c.x < 1000);

    const int target = m.find("gesprek-veiligheid");
    REQUIRE(target >= 0);
    const auto& box = m.nodes[target];
    // Just inside the box's corner, so a wrong offset or scale would miss it.
    const ImVec2 p = onScreen(h.ui, box.x - box.width / 2 + 3, box.y - box.height / 2 + 3);
    REQUIRE(p.x > 0);
    REQUIRE(p.y > 0);
    REQUIRE(p.x < 1100);
    REQUIRE(p.y < 800);
    h.click(p);
    CHECK(h.ui.map.selected == target);
    const std::string screen = h.screen();
    const auto& loc = m.graph.nodes[target].node->loc;
    CHECK(screen.find(loc.file + ":" + std::to_string(loc.line) + ":") != std::string::npos);
    CHECK(loc.file.find("routes/gesprek.yaml") != std::string::npos);

    // Above the box's top edge: outside every box (boxes never touch).
    h.click(onScreen(h.ui, box.x, box.y - box.height / 2 - 4));
    CHECK(h.ui.map.selected == -1);
}

TEST_CASE("map: the wheel zooms about the pointer, Tab and Enter pick a step, Esc closes", "[map]") {
    Headless h("bundled");
    openMap(h);
    const auto& m = *h.state.map;
    const ImVec2 pointer(500, 400);
    const float before = h.ui.map.zoom;
    const double mapX = h.ui.map.panX + (pointer.x - h.ui.map.originX) / h.ui.map.scale;
    ImGui::GetIO().MouseWheel = 2;
    h.frame(pointer);
    ImGui::GetIO().MouseWheel = 0;
    h.frame(pointer);
    CHECK(h.ui.map.zoom > before);
    CHECK(h.ui.map.panX + (pointer.x - h.ui.map.originX) / h.ui.map.scale == Approx(mapX).margin(0.5));

    h.press(kTab);
    h.press(kTab);
    CHECK(h.ui.map.focused == 1);
    CHECK(h.ui.map.selected == -1);
    h.press(kEnter);
    CHECK(h.ui.map.selected == 1);
    CHECK(h.screen().find(m.graph.nodes[1].title) != std::string::npos);

    const float panY = h.ui.map.panY;
    h.press(kDown);
    CHECK(h.ui.map.panY > panY);

    const ui::Intent closed = h.press(kEscape);
    CHECK(closed.is<ui::intent::CloseMap>());
    CHECK_FALSE(h.state.mapOpen);
}

TEST_CASE("map: the list of problems opens the map", "[map]") {
    Headless h("dead-end");
    REQUIRE_FALSE(h.state.pack.usable());
    REQUIRE(h.state.pack.guide);
    h.frame();
    ui::Intent open;
    for (float y = 5; y < 400 && !open.is<ui::intent::ShowMap>(); y += 4) open = h.click(ImVec2(60, y));
    CHECK(open.is<ui::intent::ShowMap>());
    CHECK(h.state.mapOpen);
    h.frame();
    const auto& m = *h.state.map;
    bool deadEnd = false;
    for (const auto& n : m.graph.nodes) deadEnd = deadEnd || n.deadEnd;
    CHECK(deadEnd);
}
