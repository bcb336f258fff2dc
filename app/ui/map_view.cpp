// SPDX-License-Identifier: EUPL-1.2
// The map of the guide (Kaart), for the people who write it: the layout Graphviz made
// (content/graph_layout.h) drawn with ImGui's draw list, over the screen. Drag or the arrows
// scroll, the wheel or + and - zoom, Tab goes from step to step, a click or Enter shows a step's
// file:line and its text. The current step is filled, steps nobody reaches or that lead to no
// end say so in their own colour.
//
// [SECTION] Drawing the map
// [SECTION] Moving around
// [SECTION] The map's dialog
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <sstream>

#include "palette.h"
#include "views.h"

namespace hr::ui {

namespace {

using palette::Role;

// Map points to screen pixels: the canvas's origin, the map point at it, and pixels per point.
struct View {
    ImVec2 origin;
    float panX = 0, panY = 0, scale = 1;
    ImVec2 screen(double x, double y) const {
        return ImVec2(origin.x + (static_cast<float>(x) - panX) * scale, origin.y + (static_cast<float>(y) - panY) * scale);
    }
    content::MapPoint map(ImVec2 p) const { return {panX + (p.x - origin.x) / scale, panY + (p.y - origin.y) / scale}; }
};

// [SECTION] Drawing the map

void dashedRect(ImDrawList* dl, ImVec2 a, ImVec2 b, ImU32 col, float thickness, float dash) {
    auto line = [&](ImVec2 p, ImVec2 q) {
        const float len = std::hypot(q.x - p.x, q.y - p.y);
        for (float t = 0; t < len; t += 2 * dash) {
            const float u = t / len, v = std::min(t + dash, len) / len;
            dl->AddLine(ImVec2(p.x + (q.x - p.x) * u, p.y + (q.y - p.y) * u), ImVec2(p.x + (q.x - p.x) * v, p.y + (q.y - p.y) * v),
                        col, thickness);
        }
    };
    line(a, ImVec2(b.x, a.y));
    line(ImVec2(b.x, a.y), b);
    line(b, ImVec2(a.x, b.y));
    line(ImVec2(a.x, b.y), a);
}

// Lines of text centred on `centre`; a line for which `colour` says so gets another colour.
template <class Colour>
void centredLines(ImDrawList* dl, ImFont* font, float size, ImVec2 centre, const std::string& text, Colour colour) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string l; std::getline(in, l);) lines.push_back(l);
    const float lh = size * 1.15f;
    float y = centre.y - lh * static_cast<float>(lines.size()) / 2;
    for (const auto& l : lines) {
        const float w = font->CalcTextSizeA(size, 1e9f, 0, l.c_str()).x;
        dl->AddText(font, size, ImVec2(centre.x - w / 2, y), colour(l), l.c_str());
        y += lh;
    }
}

void drawEdges(ImDrawList* dl, const content::MapLayout& m, const View& v, const Fonts& fonts) {
    const ImU32 col = palette::fg(Role::Muted);
    const float size = 9.0f * v.scale;
    for (std::size_t i = 0; i < m.edges.size(); ++i) {
        const auto& e = m.edges[i];
        for (std::size_t k = 0; k + 3 < e.curve.size(); k += 3)
            dl->AddBezierCubic(v.screen(e.curve[k].x, e.curve[k].y), v.screen(e.curve[k + 1].x, e.curve[k + 1].y),
                               v.screen(e.curve[k + 2].x, e.curve[k + 2].y), v.screen(e.curve[k + 3].x, e.curve[k + 3].y),
                               col, std::max(1.0f, v.scale));
        if (e.arrow && !e.curve.empty()) {
            const ImVec2 tip = v.screen(e.tip.x, e.tip.y), end = v.screen(e.curve.back().x, e.curve.back().y);
            const ImVec2 side((tip.y - end.y) * 0.5f, (end.x - tip.x) * 0.5f);
            dl->AddTriangleFilled(tip, ImVec2(end.x + side.x, end.y + side.y), ImVec2(end.x - side.x, end.y - side.y), col);
        }
        const std::string label = content::mapLabel(m.graph.edges[i]);
        if (!label.empty() && size >= 4)
            centredLines(dl, fonts.body, size, v.screen(e.labelAt.x, e.labelAt.y), label,
                         [](const std::string&) { return palette::fg(Role::Muted); });
    }
}

void drawNode(ImDrawList* dl, const content::MapLayout& m, std::size_t i, const View& v, const Fonts& fonts, bool current,
              bool focused) {
    const auto& n = m.graph.nodes[i];
    const auto& p = m.nodes[i];
    const ImVec2 a = v.screen(p.x - p.width / 2, p.y - p.height / 2), b = v.screen(p.x + p.width / 2, p.y + p.height / 2);
    const Role fill = current ? Role::ChoiceSelected : n.isPrivate ? Role::Header : Role::Choice;
    const float rounding = (n.kind == "track" ? 0.5f * (b.y - a.y) : 4.0f * v.scale);
    dl->AddRectFilled(a, b, palette::bg(fill), rounding);
    const ImU32 border = palette::fg(n.safety ? Role::Error : current ? Role::CardBorderHovered : Role::FieldBorder);
    const float thick = (n.safety || current ? 2.0f : 1.0f) * std::max(1.0f, v.scale);
    if (n.conditional)
        dashedRect(dl, a, b, border, thick, 5.0f * v.scale);
    else
        dl->AddRect(a, b, border, rounding, 0, thick);
    if (n.kind == "end") dl->AddRect(ImVec2(a.x + 3 * v.scale, a.y + 3 * v.scale), ImVec2(b.x - 3 * v.scale, b.y - 3 * v.scale), border, rounding);
    if (focused)
        dl->AddRect(ImVec2(a.x - 4, a.y - 4), ImVec2(b.x + 4, b.y + 4), palette::fg(Role::FocusRing), rounding + 4, 0, 2.0f);
    const float size = 11.0f * v.scale;
    if (size < 4) return;  // too small to read: the boxes alone show the shape
    centredLines(dl, fonts.body, size, ImVec2((a.x + b.x) / 2, (a.y + b.y) / 2), content::mapLabel(n),
                 [&](const std::string& line) {
                     if (line == "onbereikbaar" || line == "doodlopend") return palette::fg(Role::Warning);
                     return palette::fg(fill);
                 });
}

// [SECTION] Moving around

void centreOn(UiState::MapView& mv, const content::MapLayout& m, int i, ImVec2 canvas, float scale) {
    if (i < 0) return;
    mv.panX = static_cast<float>(m.nodes[i].x) - canvas.x / scale / 2;
    mv.panY = static_cast<float>(m.nodes[i].y) - canvas.y / scale / 3;
}

bool typed(char c) {
    for (ImWchar w : ImGui::GetIO().InputQueueCharacters)
        if (w == static_cast<ImWchar>(c)) return true;
    return false;
}

// Drag and the arrows scroll, the wheel (about the pointer) and + and - zoom, a click picks the
// step under it, Tab moves the keyboard from step to step and Enter shows that one.
void moveAround(UiState::MapView& mv, const content::MapLayout& m, View& v, ImVec2 canvas, float base) {
    ImGuiIO& io = ImGui::GetIO();
    const bool hovered = ImGui::IsItemHovered();
    if (ImGui::IsItemActive() && ImGui::IsMouseDragging(ImGuiMouseButton_Left)) {
        mv.panX -= io.MouseDelta.x / v.scale;
        mv.panY -= io.MouseDelta.y / v.scale;
    }
    if (ImGui::IsItemClicked()) mv.selected = mv.focused = m.nodeAt(v.map(io.MousePos));
    const float step = 60.0f / v.scale;
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_LeftArrow))) mv.panX -= step;
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_RightArrow))) mv.panX += step;
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_UpArrow))) mv.panY -= step;
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_DownArrow))) mv.panY += step;
    float factor = 1;
    if (hovered && io.MouseWheel != 0) factor = std::pow(1.15f, io.MouseWheel);
    if (!io.KeyCtrl && (typed('+') || typed('='))) factor = 1.25f;
    if (!io.KeyCtrl && typed('-')) factor = 1 / 1.25f;
    if (factor != 1) {
        const ImVec2 about = hovered && io.MouseWheel != 0 ? io.MousePos : ImVec2(v.origin.x + canvas.x / 2, v.origin.y + canvas.y / 2);
        const content::MapPoint fixed = v.map(about);
        mv.zoom = std::clamp(mv.zoom * factor, 0.1f, 4.0f);
        v.scale = mv.zoom * base;
        mv.panX = static_cast<float>(fixed.x) - (about.x - v.origin.x) / v.scale;
        mv.panY = static_cast<float>(fixed.y) - (about.y - v.origin.y) / v.scale;
    }
    const int count = static_cast<int>(m.nodes.size());
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Tab)) && count > 0) {
        mv.focused = io.KeyShift ? (mv.focused <= 0 ? count - 1 : mv.focused - 1) : (mv.focused + 1) % count;
        centreOn(mv, m, mv.focused, canvas, v.scale);
    }
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter)) && mv.focused >= 0) mv.selected = mv.focused;
    v.panX = mv.panX;
    v.panY = mv.panY;
}

// [SECTION] The map's dialog

// Where the picked step (or track) is written and what it says.
Intent details(const AppState& s, const content::MapNode& n, const Fonts& fonts) {
    Intent intent;
    const content::Guide& g = *s.pack.guide;
    const content::Track* track = n.node ? nullptr : g.track(n.name.substr(6));
    const SourceLoc& loc = n.node ? n.node->loc : track ? track->loc : g.loc;
    const std::string where = loc.file + ":" + std::to_string(loc.line) + ":" + std::to_string(loc.column);
    ImGui::PushFont(fonts.bold);
    ImGui::TextUnformatted((n.title + "  (" + n.kind + ")").c_str());
    ImGui::PopFont();
    ImGui::TextUnformatted(where.c_str());
    ImGui::SameLine();
    if (ImGui::SmallButton(s.tr("map.copy_place").c_str())) intent = intent::CopyText{where};
    if (n.unreachable && n.node) ImGui::TextColored(palette::fgVec(Role::Warning), "%s", s.tr("map.unreachable").c_str());
    if (n.deadEnd && n.node) ImGui::TextColored(palette::fgVec(Role::Warning), "%s", s.tr("map.dead_end").c_str());
    const std::string text = n.node ? g.text(n.node->text, s.language()) : track ? g.text(track->description, s.language()) : "";
    if (!text.empty())
        if (Intent link = drawMarkdown(text, fonts); !link.none()) intent = link;
    return intent;
}

}  // namespace

Intent drawMap(const AppState& s, UiState& ui, const Fonts& fonts) {
    Intent intent;
    if (!s.map || !s.pack.guide) return intent::CloseMap{};
    const content::MapLayout& m = *s.map;
    const char* id = "##map";
    if (!ImGui::IsPopupOpen(id)) ImGui::OpenPopup(id);
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowSize(ImVec2(vp->WorkSize.x * 0.96f, vp->WorkSize.y * 0.94f), ImGuiCond_Always);
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x / 2, vp->WorkPos.y + vp->WorkSize.y / 2), ImGuiCond_Always,
                            ImVec2(0.5f, 0.5f));
    if (!ImGui::BeginPopupModal(id, nullptr, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize)) return intent;
    ImGui::PushFont(fonts.heading);
    ImGui::TextUnformatted(s.tr("map.title").c_str());
    ImGui::PopFont();
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - ImGui::CalcTextSize(s.tr("page.close").c_str()).x - 28);
    const bool close = ImGui::Button(s.tr("page.close").c_str()) || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape));
    ImGui::TextWrapped("%s", s.tr("map.help").c_str());
    if (!s.notices.empty()) intent = drawNotices(s);

    UiState::MapView& mv = ui.map;
    const bool picked = mv.selected >= 0 && mv.selected < static_cast<int>(m.nodes.size());
    const float detailsHeight = picked ? 9.0f * ImGui::GetTextLineHeightWithSpacing() : 0;
    ImGui::BeginChild("map-canvas", ImVec2(0, -detailsHeight), true, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    const ImVec2 canvas = ImGui::GetContentRegionAvail();
    const float base = fonts.body->FontSize / 11.0f;  // a box's text as large as the body text at zoom 1
    View v{ImGui::GetCursorScreenPos(), mv.panX, mv.panY, mv.zoom * base};
    const content::Node* here = s.session ? s.session->currentNode() : nullptr;
    const int current = here ? m.find(here->id) : -1;
    if (!mv.placed) {
        centreOn(mv, m, current >= 0 ? current : 0, canvas, v.scale);
        v.panX = mv.panX;
        v.panY = mv.panY;
        mv.placed = true;
    }
    ImGui::InvisibleButton("map", ImVec2(std::max(canvas.x, 1.0f), std::max(canvas.y, 1.0f)));
    moveAround(mv, m, v, canvas, base);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->PushClipRect(v.origin, ImVec2(v.origin.x + canvas.x, v.origin.y + canvas.y), true);
    drawEdges(dl, m, v, fonts);
    for (std::size_t i = 0; i < m.nodes.size(); ++i)
        drawNode(dl, m, i, v, fonts, static_cast<int>(i) == current, static_cast<int>(i) == mv.focused);
    dl->PopClipRect();
    mv.originX = v.origin.x;
    mv.originY = v.origin.y;
    mv.scale = v.scale;
    ImGui::EndChild();
    if (mv.selected >= 0 && mv.selected < static_cast<int>(m.nodes.size())) {
        ImGui::BeginChild("map-details", ImVec2(0, 0), false);
        ImGui::PushTextWrapPos(0.0f);
        if (Intent d = details(s, m.graph.nodes[mv.selected], fonts); !d.none()) intent = d;
        ImGui::PopTextWrapPos();
        ImGui::EndChild();
    }
    if (close) {
        intent = intent::CloseMap{};
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
    return intent;
}

}  // namespace hr::ui
