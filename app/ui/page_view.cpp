// SPDX-License-Identifier: EUPL-1.2
// A reference page (Hulp en contact, Achtergrond) over the current screen. Closing it (button or
// Esc) returns to the same place: the conversation underneath is untouched.
#include <imgui.h>

#include "views.h"

namespace hr::ui {

Intent drawPage(const AppState& s, const content::Page& page, const Fonts& fonts) {
    Intent intent;
    const char* id = "##page";
    if (!ImGui::IsPopupOpen(id)) ImGui::OpenPopup(id);
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const ImVec2 size(std::min(vp->WorkSize.x * 0.9f, 60.0f * fonts.body->FontSize), vp->WorkSize.y * 0.85f);
    ImGui::SetNextWindowSize(size, ImGuiCond_Always);
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x / 2, vp->WorkPos.y + vp->WorkSize.y / 2),
                            ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    if (!ImGui::BeginPopupModal(id, nullptr, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize)) return intent;
    const std::string fb = s.pack.guide ? s.pack.guide->language : "nl";
    ImGui::PushFont(fonts.heading);
    ImGui::TextUnformatted(page.title.get(s.language(), fb).c_str());
    ImGui::PopFont();
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - ImGui::CalcTextSize(s.tr("page.close").c_str()).x - 28);
    const bool close = ImGui::Button(s.tr("page.close").c_str()) || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape));
    ImGui::Separator();
    // A notice raised while the page is open ("Nummer gekopieerd") shows here, not behind it.
    if (!s.notices.empty()) intent = drawNotices(s);
    ImGui::BeginChild("page-text", ImVec2(0, 0), false);
    ImGui::PushTextWrapPos(0.0f);
    if (Intent link = drawMarkdown(page.text.get(s.language(), fb), fonts); !link.none()) intent = link;
    ImGui::PopTextWrapPos();
    ImGui::EndChild();
    if (close) {
        intent = intent::ClosePage{};
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
    return intent;
}

}  // namespace hr::ui
