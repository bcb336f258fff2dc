// SPDX-License-Identifier: EUPL-1.2
// The map of a guide (content/graph_layout.h) on tests/fixtures/map: what it marks (private,
// conditional, safety, unreachable, dead ends), its DOT against a golden file (HR_UPDATE_GOLDEN=1
// writes it anew, for a person to review in the diff), and Graphviz's layout read back.
#include <catch2/catch.hpp>

#include <cstdlib>

#include "content/graph_layout.h"
#include "content/pack.h"
#include "test_support.h"

using namespace hr;

namespace {

content::LoadedPack fixture() {
    return content::loadAndValidate(test::fixturesDir() / "map", "tests/fixtures/map");
}

const content::MapNode& named(const content::MapGraph& g, const std::string& name) {
    for (const auto& n : g.nodes)
        if (n.name == name) return n;
    FAIL("no node " << name);
    return g.nodes.front();
}

}  // namespace

TEST_CASE("map: steps are marked by what they are", "[map]") {
    const auto pack = fixture();
    REQUIRE(pack.guide);
    const auto g = content::mapGraph(*pack.guide, "", "nl");
    CHECK(g.nodes.front().name == "track:route");
    CHECK(named(g, "veilig").isPrivate);
    CHECK_FALSE(named(g, "welkom").isPrivate);
    CHECK(named(g, "werk").conditional);
    CHECK(named(g, "veilig-nu").safety);
    CHECK(named(g, "veilig-einde").safety);
    CHECK_FALSE(named(g, "einde").safety);
    CHECK(named(g, "los").unreachable);
    CHECK_FALSE(named(g, "einde").unreachable);
    CHECK(named(g, "kring-a").deadEnd);
    CHECK(named(g, "kring-b").deadEnd);
    CHECK_FALSE(named(g, "werk").deadEnd);
}

TEST_CASE("map: --track keeps only the steps that track reaches", "[map]") {
    const auto pack = fixture();
    REQUIRE(pack.guide);
    const auto g = content::mapGraph(*pack.guide, "kort", "nl");
    REQUIRE(g.nodes.size() == 2);
    CHECK(g.nodes[0].name == "track:kort");
    CHECK(g.nodes[1].name == "einde");
    REQUIRE(g.edges.size() == 1);
}

TEST_CASE("map: the DOT of the fixture is its golden file, and the same each time", "[map]") {
    const auto pack = fixture();
    REQUIRE(pack.guide);
    const std::string dot = content::toDot(content::mapGraph(*pack.guide, "", "nl"));
    CHECK(dot == content::toDot(content::mapGraph(*pack.guide, "", "nl")));
    const auto file = test::fixturesDir() / "map" / "expected.dot";
    if (std::getenv("HR_UPDATE_GOLDEN")) test::writeText(file, dot);
    CHECK(dot == test::readText(file));
}

TEST_CASE("map: Graphviz lays it out, every step in a box of its own, every way a curve", "[map]") {
    const auto pack = fixture();
    REQUIRE(pack.guide);
    content::MapLayout layout;
    std::string error;
    REQUIRE(content::layoutMap(content::mapGraph(*pack.guide, "", "nl"), layout, error));
    CHECK(error.empty());
    REQUIRE(layout.nodes.size() == layout.graph.nodes.size());
    CHECK(layout.width > 0);
    CHECK(layout.height > 0);
    for (std::size_t i = 0; i < layout.nodes.size(); ++i) {
        const auto& n = layout.nodes[i];
        INFO(layout.graph.nodes[i].name);
        CHECK(n.width > 0);
        CHECK(n.x >= 0);
        CHECK(n.y <= layout.height);
        CHECK(layout.nodeAt({n.x, n.y}) == static_cast<int>(i));  // the box at its centre is its own
    }
    for (const auto& e : layout.edges) CHECK(e.curve.size() >= 4);
    // Top to bottom: the track's entry lies above its first step, y growing downwards.
    CHECK(layout.nodes[layout.find("track:route")].y < layout.nodes[layout.find("welkom")].y);
    CHECK(layout.nodeAt({-100, -100}) == -1);
}
