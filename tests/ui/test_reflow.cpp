// SPDX-License-Identifier: EUPL-1.2
// Reflow (WCAG 1.4.4, 1.4.10): at every window size from 800x600 up and every zoom from 75 to
// 200 %, nothing the screens draw runs past the right edge of the part it is drawn in. Checked
// headless on the draw data: a vertex right of its draw command's clip rectangle is something cut
// off. (Running past the bottom is fine: every part scrolls.)
#include <imgui.h>
#include <imgui_internal.h>

#include <sstream>

#include "headless.h"

using namespace hr;
using namespace hr::test;

namespace {

// What is cut off in the frame just drawn: one line per draw list that has a vertex beyond its
// clip rectangle on the right.
// (A vertex right of its draw command's clip rectangle is text cut off.)
std::vector<std::string> cutOff() {
    std::vector<std::string> out;
    const ImDrawData* data = ImGui::GetDrawData();
    const ImVec2 white = ImGui::GetIO().Fonts->TexUvWhitePixel;
    for (int l = 0; data && l < data->CmdListsCount; ++l) {
        const ImDrawList* list = data->CmdLists[l];
        for (const ImDrawCmd& cmd : list->CmdBuffer) {
            float worst = 0;
            for (unsigned e = 0; e < cmd.ElemCount; ++e) {
                const ImDrawVert& v = list->VtxBuffer[list->IdxBuffer[static_cast<int>(cmd.IdxOffset + e)] + cmd.VtxOffset];
                if (v.pos.y < cmd.ClipRect.y || v.pos.y > cmd.ClipRect.w) continue;  // scrolled out of view
                // Only text: shapes (separators, frames) may overdraw into the padding, as ImGui
                // draws them, and are clipped there without hiding anything. A glyph's corner
                // has its own place in the font texture; shapes use the white pixel.
                if (v.uv.x == white.x && v.uv.y == white.y) continue;
                worst = std::max(worst, v.pos.x - cmd.ClipRect.z);
            }
            if (worst > 1.0f) {
                std::ostringstream m;
                m << list->_OwnerName << ": " << worst << " px past the right edge";
                out.push_back(m.str());
            }
        }
    }
    return out;
}

void useZoom(Headless& h, int zoom) {
    ImGuiIO& io = ImGui::GetIO();
    const float scale = static_cast<float>(zoom) / 100.0f;
    h.fonts = ui::loadFonts(*io.Fonts, test::sourceDir() / "fonts", scale);
    unsigned char* pixels = nullptr;
    int w = 0, hgt = 0;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &hgt);
    ui::applyStyle(scale);
    // Lines without the texture trick, so that only glyphs sample the font texture (see cutOff).
    ImGui::GetStyle().AntiAliasedLinesUseTex = false;
}

// Screens of the bundled guide, each reached through the engine.
void choice(Headless& h) { ui::apply(h.state, h.ui, ui::intent::OpenTrack{"gesprek"}); h.answer(""); }
void scale(Headless& h) {
    ui::apply(h.state, h.ui, ui::intent::OpenTrack{"zelfreflectie"});
    for (const char* a : {"", "veilig", ""}) h.answer(a);  // to the first block of statements
}
void summary(Headless& h) {
    ui::apply(h.state, h.ui, ui::intent::OpenTrack{"gesprek"});
    for (int i = 0; i < 60 && !h.state.session->finished(); ++i) {
        const content::Node* n = h.state.session->currentNode();
        const auto choices = h.state.session->availableChoices();
        for (const auto* t : h.state.session->suggestions()) ui::apply(h.state, h.ui, ui::intent::AddTemplate{t->id});
        h.answer(n->kind == content::NodeKind::Choice && !choices.empty() ? choices.back()->id : "");
    }
}
void page(Headless& h) {
    choice(h);
    ui::apply(h.state, h.ui, ui::intent::ShowPage{h.state.pack.guide->pages.front().id});
}

}  // namespace

TEST_CASE("nothing is cut off at any size from 800x600 and any zoom from 75 to 200 percent") {
    const std::pair<const char*, void (*)(Headless&)> screens[] = {
        {"a choice", choice}, {"a scale", scale}, {"the summary", summary}, {"a page", page}};
    for (const ImVec2 size : {ImVec2(800, 600), ImVec2(1024, 768), ImVec2(1280, 800)})
        for (int zoom : {75, 100, 150, 200})
            for (const auto& [name, reach] : screens) {
                Headless h("bundled");
                ImGui::GetIO().DisplaySize = size;
                useZoom(h, zoom);
                reach(h);
                if (std::string(name) == "a scale")
                    REQUIRE(h.state.session->currentNode()->kind == content::NodeKind::Scale);
                for (int i = 0; i < 4; ++i) h.frame();
                INFO(name << " at " << size.x << "x" << size.y << ", " << zoom << "%");
                std::string cut;
                for (const auto& c : cutOff()) cut += c + "\n";
                CHECK(cut == "");
            }
}

TEST_CASE("the check sees text that runs past the edge") {
    Headless h("bundled");
    ImGui::NewFrame();
    ImGui::SetNextWindowSize(ImVec2(200, 100));
    ImGui::Begin("narrow");
    ImGui::TextUnformatted("Een regel die veel te lang is voor een venster van tweehonderd punten breed.");
    ImGui::End();
    ImGui::Render();
    CHECK_FALSE(cutOff().empty());
}

TEST_CASE("after every step of a conversation at 200 percent on 1024x768 the focus is in sight, or a long step without controls shows its top") {
    Headless h("bundled");
    ImGui::GetIO().DisplaySize = ImVec2(1024, 768);
    useZoom(h, 200);
    ui::apply(h.state, h.ui, ui::intent::OpenTrack{"gesprek"});
    int checked = 0, fromTop = 0;
    for (int i = 0; i < 60; ++i) {
        for (int f = 0; f < 4; ++f) h.frame();
        const ImGuiContext& g = *GImGui;
        const content::Node* n = h.state.session->currentNode();
        INFO("at " << (n ? n->id : std::string("the summary")));
        // A step without controls of its own that reaches below the window is shown from its top
        // with no focus yet (walk_view.cpp: its title stays in sight; Enter is Verder there).
        const bool ownControls = n && (n->kind == content::NodeKind::Choice || n->kind == content::NodeKind::Checklist ||
                                       n->kind == content::NodeKind::Scale);
        if (n && !ownControls && (!g.NavWindow || g.NavDisableHighlight || g.NavId == 0)) {
            for (ImGuiWindow* w : GImGui->Windows)
                if (std::string(w->Name).find("/walk") != std::string::npos) {
                    CHECK(w->Scroll.y == 0.0f);
                    CHECK(w->ScrollMax.y > 0.0f);  // only when the step is longer than the window
                }
            ++fromTop;
        } else {
            REQUIRE(g.NavWindow);
            REQUIRE_FALSE(g.NavDisableHighlight);  // the focus is shown
            INFO(g.NavWindow->Name << " scroll " << g.NavWindow->Scroll.y << "/" << g.NavWindow->ScrollMax.y << " navid " << g.NavId);
            ImRect r = g.NavWindow->NavRectRel[0];  // relative to where the content starts, scrolled
            r.Translate(g.NavWindow->DC.CursorStartPos);
            CHECK(r.Min.y >= g.NavWindow->InnerClipRect.Min.y - 1);
            CHECK(r.Max.y <= g.NavWindow->InnerClipRect.Max.y + 1);
        }
        ++checked;
        if (h.state.session->finished()) break;
        const auto choices = h.state.session->availableChoices();
        for (const auto* t : h.state.session->suggestions()) ui::apply(h.state, h.ui, ui::intent::AddTemplate{t->id});
        h.answer(n->kind == content::NodeKind::Choice && !choices.empty() ? choices.back()->id : "");
    }
    CHECK(checked > 5);
    CHECK(fromTop < checked);  // most steps have the focus in sight
}
