// SPDX-License-Identifier: EUPL-1.2
// A map of the guide: its steps and where they lead, as DOT text for Graphviz, as SVG, and laid
// out (by Graphviz's dot layout) into boxes and curves that the window draws itself. Graphviz stays
// behind this header: the window never sees its types.
#pragma once

#include <string>
#include <vector>

#include "content/model.h"

namespace hr::content {

// One step (or a track's entry) on the map, with what the map marks it by.
struct MapNode {
    std::string name;                  // the node id, or "track:ID" for a track's entry
    const Node* node = nullptr;        // nullptr for a track's entry
    std::string title, kind;           // in the map's language; kind as in YAML ("info", ..., "track")
    bool isPrivate = false, conditional = false, safety = false;
    bool unreachable = false, deadEnd = false;  // from no track's start; from here no end
};

struct MapEdge {
    std::size_t from = 0, to = 0;  // indexes into MapGraph::nodes
    std::string label;             // the choice's label, "" for a plain next
    bool skip = false;             // a conditional step's way past it (when its condition fails)
    bool conditional = false;      // a choice with a `when`
};

struct MapGraph {
    std::vector<MapNode> nodes;  // track entries first, then steps in the guide's order
    std::vector<MapEdge> edges;  // in the order of their source, each source's in file order
};

// The guide's steps (with `track`: only those the track reaches) and their ways on. Texts in
// `lang` (else the guide's default language).
MapGraph mapGraph(const Guide& guide, const std::string& track, const std::string& lang);

// The lines a node's box holds (its title wrapped, its kind, what is wrong with it) and an edge's
// label, wrapped: the DOT names them, and the window draws the same lines in the boxes Graphviz made.
std::string mapLabel(const MapNode& node);
std::string mapLabel(const MapEdge& edge);

// The graph as DOT: the same input gives the same bytes.
std::string toDot(const MapGraph& graph);

struct MapPoint {
    double x = 0, y = 0;  // points, y down (as a screen is drawn)
};
struct PlacedNode {
    double x = 0, y = 0, width = 0, height = 0;  // centre and size in points
};
struct PlacedEdge {
    std::vector<MapPoint> curve;  // cubic Bézier control points: p0, then three per segment
    MapPoint labelAt;             // centre of the label (when the edge has one)
    MapPoint tip;                 // the arrow's point; the arrowhead runs from the curve's end to it
    bool arrow = false;
};
struct MapLayout {
    MapGraph graph;
    std::vector<PlacedNode> nodes;  // parallel to graph.nodes
    std::vector<PlacedEdge> edges;  // parallel to graph.edges
    double width = 0, height = 0;   // of the whole map, in points

    // The node whose box holds `p` (map points), or -1.
    int nodeAt(MapPoint p) const;
    // The index of the node named `name`, or -1.
    int find(const std::string& name) const;
};

// Lays the graph out with Graphviz's dot. Returns false, with Graphviz's message, when it cannot.
[[nodiscard]] bool layoutMap(MapGraph graph, MapLayout& out, std::string& error);
// Renders the graph as SVG with Graphviz. Returns false, with its message, when it cannot.
[[nodiscard]] bool renderSvg(const MapGraph& graph, std::string& svg, std::string& error);

}  // namespace hr::content
