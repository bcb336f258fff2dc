// The window's one full-size ImGui window: a top bar (the way home, and the reference pages that
// are reachable from every screen), a notice when there is one, and the screen for the state.
#include <imgui.h>

#include <algorithm>

#include "palette.h"
#include "views.h"

namespace hr::ui {

namespace {

Intent topBar(const AppState& s, const Fonts& fonts) {
    Intent intent;
    if (s.session) {
        if (ImGui::Button(s.tr("top.home").c_str())) intent = Intent::of(Intent::Kind::BackToStart);
        ImGui::SameLine();
        ImGui::AlignTextToFramePadding();
        ImGui::PushFont(fonts.bold);
        ImGui::TextUnformatted(s.session->track().title.get(s.language, s.pack.guide->language).c_str());
        ImGui::PopFont();
        ImGui::SameLine();
        ImGui::TextDisabled("%s", s.tr("top.saved").c_str());
    } else {
        ImGui::AlignTextToFramePadding();
        ImGui::TextDisabled("%s", s.tr("app.title").c_str());
    }
    if (s.pack.usable() && !s.pack.guide->pages.empty()) {
        // Right-aligned page buttons, in the pack's order.
        float width = 0;
        for (const auto& p : s.pack.guide->pages)
            width += ImGui::CalcTextSize(p.title.get(s.language, s.pack.guide->language).c_str()).x +
                     2 * ImGui::GetStyle().FramePadding.x + ImGui::GetStyle().ItemSpacing.x;
        ImGui::SameLine(std::max(ImGui::GetCursorPosX(), ImGui::GetWindowContentRegionMax().x - width));
        for (const auto& p : s.pack.guide->pages) {
            ImGui::PushID(p.id.c_str());
            if (ImGui::Button(p.title.get(s.language, s.pack.guide->language).c_str()))
                intent = Intent::of(Intent::Kind::ShowPage, p.id);
            ImGui::PopID();
            ImGui::SameLine();
        }
        ImGui::NewLine();
    }
    ImGui::Separator();
    return intent;
}

Intent notice(const AppState& s) {
    Intent intent;
    const Notice& n = *s.notice;
    const ImVec4 col = n.level == Notice::Level::Error     ? palette::error()
                       : n.level == Notice::Level::Warning ? palette::warning()
                                                           : ImGui::ColorConvertU32ToFloat4(palette::accent());
    ImGui::PushStyleColor(ImGuiCol_Text, col);
    ImGui::TextWrapped("%s", n.title.c_str());
    ImGui::PopStyleColor();
    for (const auto& line : n.lines) ImGui::BulletText("%s", line.c_str());
    if (ImGui::SmallButton(s.tr("notice.dismiss").c_str())) intent = Intent::of(Intent::Kind::DismissNotice);
    ImGui::Separator();
    return intent;
}

}  // namespace

Intent drawApp(const AppState& s, UiState& ui, const Fonts& fonts) {
    Intent intent;
    auto take = [&](Intent i) {
        if (!i.none()) intent = std::move(i);
    };
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->WorkPos);
    ImGui::SetNextWindowSize(vp->WorkSize);
    ImGui::Begin("handreiking", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus);
    take(topBar(s, fonts));
    if (s.notice) take(notice(s));

    const float avail = ImGui::GetContentRegionAvail().x;
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ImVec4(0, 0, 0, 0));
    if (!s.pack.usable()) {
        drawDiagnostics(s, fonts);
    } else if (s.session) {
        // Two columns: the walk (or summary) and the agreements panel, each scrolling on its own.
        const float panel = std::clamp(avail * 0.36f, 280.0f, 30.0f * fonts.body->FontSize);
        ImGui::BeginChild("walk", ImVec2(avail - panel - ImGui::GetStyle().ItemSpacing.x, 0), false);
        ImGui::PushTextWrapPos(0.0f);
        take(s.session->finished() ? drawSummary(s, ui, fonts) : drawWalk(s, ui, fonts));
        ImGui::PopTextWrapPos();
        ImGui::EndChild();
        ImGui::SameLine();
        ImGui::PushStyleColor(ImGuiCol_ChildBg, ImVec4(1, 1, 1, 1));
        ImGui::BeginChild("agreements", ImVec2(0, 0), true);
        ImGui::PushTextWrapPos(0.0f);
        take(drawAgreements(s, ui, fonts));
        ImGui::PopTextWrapPos();
        ImGui::EndChild();
        ImGui::PopStyleColor();
    } else {
        // Readable line length: a wide window gets margins, not very long lines.
        const float maxWidth = 52.0f * fonts.body->FontSize;
        if (avail > maxWidth) ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (avail - maxWidth) / 2);
        ImGui::BeginChild("column", ImVec2(std::min(avail, maxWidth), 0), false);
        ImGui::PushTextWrapPos(0.0f);
        take(drawStart(s, ui, fonts));
        ImGui::PopTextWrapPos();
        ImGui::EndChild();
    }
    ImGui::PopStyleColor();
    if (!s.openPage.empty() && s.pack.usable())
        if (const content::Page* page = s.pack.guide->page(s.openPage)) take(drawPage(s, *page, fonts));
    ImGui::End();
    return intent;
}

}  // namespace hr::ui
