// The window's one full-size ImGui window: picks the screen for the current state.
#include <imgui.h>

#include <algorithm>

#include "views.h"

namespace hr::ui {

Intent drawApp(const AppState& state, const Fonts& fonts) {
    Intent intent;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->WorkPos);
    ImGui::SetNextWindowSize(vp->WorkSize);
    ImGui::Begin("handreiking", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus);
    // Readable line length: a wide window gets margins, not very long lines. The column is a
    // child window so that every view can use the available width as its own.
    const float maxWidth = 52.0f * fonts.body->FontSize;
    const float avail = ImGui::GetContentRegionAvail().x;
    if (avail > maxWidth) ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (avail - maxWidth) / 2);
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ImVec4(0, 0, 0, 0));
    ImGui::BeginChild("column", ImVec2(std::min(avail, maxWidth), 0), false);
    ImGui::PopStyleColor();

    const auto& pack = state.pack;
    if (!pack.usable()) {
        drawDiagnostics(pack, fonts);
    } else {
        const content::Track* track = state.openTrack.empty() ? nullptr : pack.guide->track(state.openTrack);
        const content::Node* node = track ? pack.guide->node(track->start.id) : nullptr;
        if (track && node)
            intent = drawNode(*pack.guide, *track, *node, state.language, fonts);
        else
            intent = drawStart(*pack.guide, state.language, fonts);
    }

    ImGui::EndChild();
    ImGui::End();
    return intent;
}

void apply(AppState& state, const Intent& intent) {
    switch (intent.kind) {
        case Intent::Kind::None: break;
        case Intent::Kind::OpenTrack: state.openTrack = intent.id; break;
        case Intent::Kind::BackToStart: state.openTrack.clear(); break;
    }
}

}  // namespace hr::ui
