// SPDX-License-Identifier: EUPL-1.2
// The map of the guide: which steps and ways it shows (mapGraph), the DOT text, and Graphviz's
// dot layout read back into boxes and curves, or rendered as SVG.
//
// [SECTION] The graph
// [SECTION] DOT
// [SECTION] Graphviz
#include "content/graph_layout.h"

#include <graphviz/gvc.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <set>

#include "content/graph.h"
#include "util/text_util.h"

namespace hr::content {

namespace {

const char* kindName(NodeKind k) {
    static const char* names[] = {"info", "choice", "checklist", "scale", "agreements", "end", "review"};
    static_assert(sizeof names / sizeof *names == static_cast<int>(NodeKind::Review) + 1, "a name for every kind");
    return names[static_cast<int>(k)];
}

std::vector<const Node*> trackStarts(const Guide& g) {
    std::vector<const Node*> starts;
    for (const auto& t : g.tracks)
        if (const Node* s = g.node(t.start.id)) starts.push_back(s);
    return starts;
}

// [SECTION] The graph

void addEdges(const Guide& g, const Node& n, std::size_t from, const std::map<const Node*, std::size_t>& index,
              const std::string& lang, std::vector<MapEdge>& edges) {
    auto add = [&](const Ref& to, std::string label, bool skip, bool conditional) {
        const Node* target = to.empty() ? nullptr : g.node(to.id);
        const auto it = target ? index.find(target) : index.end();
        if (it != index.end()) edges.push_back({from, it->second, std::move(label), skip, conditional});
    };
    if (n.kind != NodeKind::Choice) {
        add(n.next, "", false, false);
        return;
    }
    for (const auto& c : n.choices)
        add(c.next.empty() ? n.next : c.next, g.text(c.label, lang), false, !c.when.condition.empty());
    if (!n.when.condition.empty()) add(n.next, "", true, false);  // passed over when it does not hold
}

}  // namespace

MapGraph mapGraph(const Guide& g, const std::string& track, const std::string& lang) {
    MapGraph out;
    std::vector<const Track*> tracks;
    for (const auto& t : g.tracks)
        if (track.empty() || t.id == track) tracks.push_back(&t);
    std::vector<const Node*> starts;
    for (const Track* t : tracks)
        if (const Node* s = g.node(t->start.id)) starts.push_back(s);
    const auto shown = reachable(g, starts);
    const auto fromTracks = reachable(g, trackStarts(g));
    const Node* safetyStart = g.safety.empty() ? nullptr : g.node(g.safety.id);
    const auto safety = safetyStart ? reachable(g, {safetyStart}) : std::set<const Node*>{};
    std::vector<const Node*> ends;
    for (const auto& n : g.nodes)
        if (n.kind == NodeKind::End) ends.push_back(&n);
    const auto toEnd = stepsTo(g, ends);

    for (const Track* t : tracks) out.nodes.push_back({"track:" + t->id, nullptr, g.text(t->title, lang), "track"});
    std::map<const Node*, std::size_t> index;
    for (const auto& n : g.nodes) {
        if (!track.empty() && !shown.count(&n)) continue;
        if (g.node(n.id) != &n) continue;  // a duplicate id: the first one is the step
        index[&n] = out.nodes.size();
        MapNode m{n.id, &n, g.text(n.title, lang), kindName(n.kind)};
        m.isPrivate = n.isPrivate;
        m.conditional = !n.when.condition.empty();
        m.safety = safety.count(&n) > 0;
        m.unreachable = !fromTracks.count(&n);
        m.deadEnd = !toEnd.count(&n);
        out.nodes.push_back(std::move(m));
    }
    for (std::size_t i = 0; i < tracks.size(); ++i)
        if (const Node* s = g.node(tracks[i]->start.id); s && index.count(s))
            out.edges.push_back({i, index.at(s), "", false, false});
    std::vector<std::pair<std::size_t, const Node*>> inOrder;
    for (const auto& [node, i] : index) inOrder.emplace_back(i, node);
    std::sort(inOrder.begin(), inOrder.end());
    for (const auto& [i, node] : inOrder) addEdges(g, *node, i, index, lang, out.edges);
    return out;
}

namespace {

// [SECTION] DOT

// A title broken into lines of about `width` characters (code points), at spaces.
std::string wrap(const std::string& s, std::size_t width) {
    std::string out, line;
    std::size_t lineLen = 0;
    auto length = [](const std::string& w) {
        return static_cast<std::size_t>(std::count_if(w.begin(), w.end(), [](char c) { return (c & 0xC0) != 0x80; }));
    };
    std::size_t pos = 0;
    while (pos < s.size()) {
        std::size_t end = s.find(' ', pos);
        if (end == std::string::npos) end = s.size();
        const std::string word = s.substr(pos, end - pos);
        if (lineLen > 0 && lineLen + 1 + length(word) > width) {
            out += line + "\n";
            line.clear();
            lineLen = 0;
        }
        line += (lineLen ? " " : "") + word;
        lineLen += (lineLen ? 1 : 0) + length(word);
        pos = end + 1;
    }
    return out + line;
}

// A DOT quoted string; a newline becomes DOT's \n, so backslashes are doubled first.
std::string q(const std::string& s) {
    std::string out = "\"";
    for (char c : s) {
        if (c == '"' || c == '\\') out += '\\';
        if (c == '\n') {
            out += "\\n";
            continue;
        }
        if (static_cast<unsigned char>(c) < 0x20) continue;
        out += c;
    }
    return out + "\"";
}

std::string nodeLine(const MapNode& n) {
    const std::string label = mapLabel(n);
    std::vector<std::string> style = {n.kind == "track" ? "bold" : "rounded"};
    std::string attrs = "label=" + q(label);
    if (n.kind == "track") attrs += ", shape=oval";
    if (n.kind == "end") attrs += ", peripheries=2";
    if (n.conditional) style.push_back("dashed");
    if (n.isPrivate) {
        style.push_back("filled");
        attrs += ", fillcolor=\"#e4e4e4\"";
    }
    if (n.safety) attrs += ", color=\"#b00020\", penwidth=2";
    if (n.unreachable || n.deadEnd) attrs += ", fontcolor=\"#8a4b00\"";
    std::string joined;
    for (const auto& s : style) joined += (joined.empty() ? "" : ",") + s;
    return "  " + q(n.name) + " [" + attrs + ", style=" + q(joined) + "];\n";
}

}  // namespace

std::string mapLabel(const MapNode& n) {
    std::string label = wrap(n.title, 28) + "\n(" + n.kind + ")";
    if (n.unreachable && n.kind != "track") label += "\nonbereikbaar";
    if (n.deadEnd && n.kind != "track") label += "\ndoodlopend";
    return label;
}

std::string mapLabel(const MapEdge& e) {
    if (e.skip) return "als de voorwaarde\nniet klopt";
    return wrap(e.label, 22);
}

std::string toDot(const MapGraph& graph) {
    std::string out = "digraph map {\n";
    out += "  graph [rankdir=TB, nodesep=0.3, ranksep=0.4, fontname=\"Noto Sans\"];\n";
    out += "  node [shape=box, fontname=\"Noto Sans\", fontsize=11, margin=\"0.12,0.06\"];\n";
    out += "  edge [fontname=\"Noto Sans\", fontsize=9];\n";
    for (const auto& n : graph.nodes) out += nodeLine(n);
    for (std::size_t i = 0; i < graph.edges.size(); ++i) {
        const MapEdge& e = graph.edges[i];
        std::string attrs = "id=" + q("e" + std::to_string(i));
        if (!mapLabel(e).empty()) attrs += ", label=" + q(mapLabel(e));
        if (e.skip) attrs += ", style=dashed";
        if (e.conditional) attrs += ", style=dashed";
        if (graph.nodes[e.to].safety && !graph.nodes[e.from].safety) attrs += ", color=\"#b00020\"";
        out += "  " + q(graph.nodes[e.from].name) + " -> " + q(graph.nodes[e.to].name) + " [" + attrs + "];\n";
    }
    return out + "}\n";
}

int MapLayout::nodeAt(MapPoint p) const {
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        const PlacedNode& n = nodes[i];
        if (std::abs(p.x - n.x) <= n.width / 2 && std::abs(p.y - n.y) <= n.height / 2) return static_cast<int>(i);
    }
    return -1;
}

int MapLayout::find(const std::string& name) const {
    for (std::size_t i = 0; i < graph.nodes.size(); ++i)
        if (graph.nodes[i].name == name) return static_cast<int>(i);
    return -1;
}

namespace {

// [SECTION] Graphviz

// Graphviz reports through one global callback; the messages of the call in progress land here.
std::string* gvMessages = nullptr;
int collect(char* message) {
    if (gvMessages && message) *gvMessages += message;
    return 0;
}

// A laid-out graph, freed however the caller returns.
class Laid {
public:
    Laid(const std::string& dot, std::string& error) : ctx_(gvContext()) {
        gvMessages = &error;
        agseterr(AGERR);
        agseterrf(collect);
        g_ = agmemread(dot.c_str());
        if (g_ && gvLayout(ctx_, g_, "dot") == 0) laid_ = true;
        if (!laid_ && error.empty()) error = "Graphviz could not lay out the map";
    }
    ~Laid() {
        if (g_ && laid_) gvFreeLayout(ctx_, g_);
        if (g_) agclose(g_);
        gvFreeContext(ctx_);
        agseterrf(nullptr);
        gvMessages = nullptr;
    }
    Laid(const Laid&) = delete;
    Laid& operator=(const Laid&) = delete;
    bool ok() const { return laid_; }
    GVC_t* context() const { return ctx_; }
    Agraph_t* graph() const { return g_; }

private:
    GVC_t* ctx_;
    Agraph_t* g_ = nullptr;
    bool laid_ = false;
};

}  // namespace

bool layoutMap(MapGraph graph, MapLayout& out, std::string& error) {
    const Laid laid(toDot(graph), error);
    if (!laid.ok()) return false;
    Agraph_t* g = laid.graph();
    const boxf bb = GD_bb(g);
    out = MapLayout{};
    out.width = bb.UR.x - bb.LL.x;
    out.height = bb.UR.y - bb.LL.y;
    auto flip = [&](pointf p) { return MapPoint{p.x - bb.LL.x, bb.UR.y - p.y}; };
    std::map<std::string, std::size_t> edgeIndex;
    for (std::size_t i = 0; i < graph.edges.size(); ++i) edgeIndex["e" + std::to_string(i)] = i;
    out.nodes.resize(graph.nodes.size());
    out.edges.resize(graph.edges.size());
    for (std::size_t i = 0; i < graph.nodes.size(); ++i) {
        Agnode_t* n = agnode(g, const_cast<char*>(graph.nodes[i].name.c_str()), 0);
        if (!n) continue;
        const MapPoint c = flip(ND_coord(n));
        out.nodes[i] = {c.x, c.y, ND_width(n) * 72.0, ND_height(n) * 72.0};
        for (Agedge_t* e = agfstout(g, n); e; e = agnxtout(g, e)) {
            const auto it = edgeIndex.find(agget(e, const_cast<char*>("id")));
            if (it == edgeIndex.end() || !ED_spl(e) || ED_spl(e)->size < 1) continue;
            PlacedEdge& pe = out.edges[it->second];
            const bezier& b = ED_spl(e)->list[0];
            for (int k = 0; k < b.size; ++k) pe.curve.push_back(flip(b.list[k]));
            pe.arrow = b.eflag != 0;
            if (pe.arrow) pe.tip = flip(b.ep);
            if (ED_label(e)) pe.labelAt = flip(ED_label(e)->pos);
        }
    }
    out.graph = std::move(graph);
    return true;
}

bool renderSvg(const MapGraph& graph, std::string& svg, std::string& error) {
    const Laid laid(toDot(graph), error);
    if (!laid.ok()) return false;
    char* data = nullptr;
    unsigned int length = 0;
    if (gvRenderData(laid.context(), laid.graph(), "svg", &data, &length) != 0 || !data) {
        if (error.empty()) error = "Graphviz could not render the map as SVG";
        return false;
    }
    svg.assign(data, length);
    gvFreeRenderData(data);
    return true;
}

}  // namespace hr::content
