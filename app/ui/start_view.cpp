// SPDX-License-Identifier: EUPL-1.2
// The start screen: the guide's title, the tracks as large cards (1-9 opens one), and the earlier
// conversations with resume, follow-up, export and delete (with confirmation). A record that
// cannot be read is listed with the reason, and left alone.
#include <imgui.h>

#include "focus.h"
#include "palette.h"
#include "views.h"

namespace hr::ui {

namespace {

// A full-width clickable card with a bold title, an audience line and a wrapped description.
bool trackCard(const AppState& s, const content::Track& t, int number, const Fonts& fonts) {
    const std::string& lang = s.language();
    const content::Guide& guide = *s.pack.guide;
    const float width = ImGui::GetContentRegionAvail().x;
    const ImVec2 pad = ImGui::GetStyle().FramePadding;
    const float inner = width - 2 * pad.x - 8;
    const std::string title = (number <= 9 ? std::to_string(number) + ".  " : "") + guide.text(t.title, lang);
    const std::string forWhom = s.tr("start.for") + " " + guide.text(t.audience, lang);
    const std::string& desc = guide.text(t.description, lang);
    const float titleH = fonts.bold->FontSize;
    const float lineH = fonts.body->FontSize;
    const float descH = desc.empty() ? 0 : fonts.body->CalcTextSizeA(fonts.body->FontSize, FLT_MAX, inner, desc.c_str()).y;
    const float gap = lineH * 0.3f;
    const float height = pad.y * 2 + titleH + gap + lineH + (desc.empty() ? 0 : gap + descH) + 6;

    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImGui::PushID(t.id.c_str());
    const bool clicked = ImGui::InvisibleButton("track", ImVec2(width, height));
    const bool hovered = ImGui::IsItemHovered() || ImGui::IsItemFocused();
    ImGui::PopID();

    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float rounding = ImGui::GetStyle().ChildRounding;
    dl->AddRectFilled(p, ImVec2(p.x + width, p.y + height), palette::bg(palette::choice(false, hovered)), rounding);
    dl->AddRect(p, ImVec2(p.x + width, p.y + height), palette::fg(palette::choiceBorder(hovered)), rounding, 0,
                hovered ? 2.0f : 1.0f);
    dl->AddRectFilled(p, ImVec2(p.x + 6, p.y + height), palette::fg(palette::Role::CardStripe), rounding, ImDrawFlags_RoundCornersLeft);
    float y = p.y + pad.y;
    const float x = p.x + pad.x + 8;
    dl->AddText(fonts.bold, fonts.bold->FontSize, ImVec2(x, y), palette::fg(palette::choice(false, hovered)), title.c_str());
    y += titleH + gap;
    dl->AddText(fonts.body, fonts.body->FontSize, ImVec2(x, y), palette::fg(palette::cardMuted(hovered)), forWhom.c_str());
    y += lineH;
    if (!desc.empty()) {
        y += gap;
        dl->AddText(fonts.body, fonts.body->FontSize, ImVec2(x, y), palette::fg(palette::choice(false, hovered)), desc.c_str(), nullptr, inner);
    }
    drawFocusRing();  // the last item is still the card's button
    return clicked;
}

std::string trackTitle(const AppState& s, const std::string& id) {
    const content::Track* t = s.pack.guide ? s.pack.guide->track(id) : nullptr;
    return t ? s.pack.guide->text(t->title, s.language()) : id;
}

bool aloneTrack(const AppState& s, const std::string& id) {
    const content::Track* t = s.pack.guide ? s.pack.guide->track(id) : nullptr;
    return t && t->alone;
}

// The confirmation of a delete names what goes and what stays: the exports the app made of the
// record (offered for deleting too) and the follow-up conversations that copied its agreements.
Intent deleteConfirmation(const AppState& s, UiState& ui, const session::RecordSummary& r) {
    Intent intent;
    ImGui::TextColored(palette::fgVec(palette::Role::Error), "%s", s.tr("start.delete_confirm").c_str());
    ImGui::TextWrapped("%s", s.tr("start.delete_what").c_str());
    const std::vector<std::string>& exports = ui.deleteExportFiles;
    if (!exports.empty()) {
        ImGui::Checkbox(s.tr("start.delete_exports").c_str(), &ui.deleteExports);
        for (const auto& path : exports) ImGui::BulletText("%s", path.c_str());
    }
    std::vector<std::string> followUps;
    for (const auto& e : s.records)
        if (e.summary && e.summary->followUpOf == r.id) followUps.push_back(e.summary->created.substr(0, 10));
    if (!followUps.empty()) {
        ImGui::TextWrapped("%s", s.tr("start.delete_follow_ups").c_str());
        for (const auto& when : followUps) {
            const auto d = session::Date::parse(when);
            ImGui::BulletText("%s", d ? session::longDate(*d, s.tr).c_str() : when.c_str());
        }
    }
    if (ImGui::SmallButton(s.tr("start.delete_yes").c_str())) {
        intent = intent::DeleteRecord{r.id, !exports.empty() && ui.deleteExports};
    }
    ImGui::SameLine();
    if (ImGui::SmallButton(s.tr("start.delete_no").c_str())) ui.confirmDelete.clear();
    return intent;
}

Intent recordRow(const AppState& s, UiState& ui, const Fonts& fonts, const session::Store::Entry& e) {
    Intent intent;
    ImGui::PushID(e.path.c_str());  // the whole path: unique as the name, and no copy per frame
    ImGui::Separator();
    if (!e.summary) {
        ImGui::TextColored(palette::fgVec(palette::Role::Error), "%s", s.tr("start.record_unreadable").c_str());
        for (const auto& d : e.diags.items()) ImGui::TextWrapped("%s", formatDiagnostic(d, s.language()).c_str());
        ImGui::PopID();
        return intent;
    }
    const session::RecordSummary& r = *e.summary;
    const auto date = session::Date::parse(r.created.substr(0, 10));
    ImGui::PushFont(fonts.bold);
    // Date, time and who took part tell apart the talks a manager holds on one day.
    const std::string when = date ? session::longDate(*date, s.tr) + (r.created.size() >= 16 ? ", " + r.created.substr(11, 5) : "")
                                  : r.created;
    ImGui::TextWrapped("%s \u2014 %s", when.c_str(), trackTitle(s, r.track).c_str());
    ImGui::PopFont();
    std::string meta = s.tr.format(r.finished ? "start.record_finished" : "start.record_open",
                                   {{"n", std::to_string(r.agreements)}});
    if (const std::string who = session::participantsLine(r.participants, r.language, s.pack.guide.get()); !who.empty()) meta += "  \u00B7  " + who;
    ImGui::TextDisabled("%s", meta.c_str());
    if (ImGui::SmallButton(s.tr("start.resume").c_str())) intent = intent::Resume{r.id};
    ImGui::SameLine();
    // A follow-up continues a conversation between people: not a preparation or a reflection.
    if (s.pack.guide && session::Session::hasFollowUp(*s.pack.guide, r.track)) {
        if (ImGui::SmallButton(s.tr("start.follow_up").c_str())) intent = intent::FollowUp{r.id};
        ImGui::SameLine();
    }
    if (ImGui::SmallButton(s.tr("start.export").c_str())) {
        intent = intent::Export{r.id, session::ExportFormat::Html, {}};
    }
    ImGui::SameLine();
    if (ui.confirmDelete == r.id && !s.recordsPartial) {  // it names the follow-ups: the whole list
        ImGui::NewLine();
        if (Intent d = deleteConfirmation(s, ui, r); !d.none()) intent = d;
    } else if (ImGui::SmallButton(s.tr("start.delete").c_str())) {
        ui.confirmDelete = r.id;
        ui.deleteExports = true;
        // Which files are this record's exports is read once here (the whole record, as the list
        // holds its summary); deleting checks again.
        Diagnostics diags;
        const auto full = s.store ? s.store->load(e.path, diags) : std::nullopt;
        ui.deleteExportFiles = full ? session::existingExports(*full) : std::vector<std::string>{};
    }
    ImGui::PopID();
    return intent;
}

// A row far from the visible part of the window (more than a window's height away) is not laid
// out: it takes the height it had when last drawn, kept in ImGui's storage under the row's id, or,
// never drawn yet, the height of the last row that was (`typical`). With 10,000 records this keeps
// the first frame to a screenful of rows and any frame well under a millisecond per 1,000; the
// rows around the visible part are all drawn, so the arrow keys and Page Up/Down always find the
// next row to move to.
Intent recordRowIfNear(const AppState& s, UiState& ui, const Fonts& fonts, const session::Store::Entry& e,
                       float& typical) {
    ImGuiStorage* heights = ImGui::GetStateStorage();
    const ImGuiID id = ImGui::GetID(e.path.c_str());
    const float top = ImGui::GetCursorScreenPos().y, stored = heights->GetFloat(id, -1.0f);
    const float known = stored > 0 ? stored : typical;
    const float winTop = ImGui::GetWindowPos().y, winHeight = ImGui::GetWindowHeight();
    const bool far = known > 0 && ui.confirmDelete.empty() &&
                     (top + known < winTop - winHeight || top > winTop + 2 * winHeight);
    if (far) {
        ImGui::Dummy(ImVec2(0.0f, known - ImGui::GetStyle().ItemSpacing.y));
        return {};
    }
    Intent intent = recordRow(s, ui, fonts, e);
    typical = ImGui::GetCursorScreenPos().y - top;
    heights->SetFloat(id, typical);
    return intent;
}

// Earlier conversations. Those of tracks walked alone (a self-reflection) are not listed among
// the shared ones: they sit in their own section, closed until opened, so that whoever opens the
// app on a shared computer does not see that someone reflected on their own.
Intent records(const AppState& s, UiState& ui, const Fonts& fonts) {
    Intent intent;
    auto take = [&](Intent i) {
        if (!i.none()) intent = std::move(i);
    };
    ImGui::PushFont(fonts.heading);
    ImGui::TextUnformatted(s.tr("start.records").c_str());
    ImGui::PopFont();
    if (!s.store) {
        ImGui::TextColored(palette::fgVec(palette::Role::Error), "%s", s.tr("start.no_store").c_str());
        return intent;
    }
    std::size_t shared = 0, alone = 0;
    for (const auto& e : s.records) (e.summary && aloneTrack(s, e.summary->track) ? alone : shared)++;
    // Only the first screenful listed (the first frame): the shared ones among them are the first
    // shared ones, but "none" and the self-reflections wait for the whole list.
    if (shared == 0 && !s.recordsPartial) ImGui::TextDisabled("%s", s.tr("start.no_records").c_str());
    float typical = 0;
    for (const auto& e : s.records)
        if (!(e.summary && aloneTrack(s, e.summary->track))) take(recordRowIfNear(s, ui, fonts, e, typical));
    if (alone == 0 || s.recordsPartial) return intent;
    ImGui::Spacing();
    if (foldingHeader(s.tr("start.alone").c_str())) {
        ImGui::TextDisabled("%s", s.tr("start.alone_hint").c_str());
        for (const auto& e : s.records)
            if (e.summary && aloneTrack(s, e.summary->track)) take(recordRowIfNear(s, ui, fonts, e, typical));
    }
    return intent;
}

}  // namespace

Intent drawStart(const AppState& s, UiState& ui, const Fonts& fonts) {
    Intent intent;
    const content::Guide& guide = *s.pack.guide;
    ImGui::PushFont(fonts.title);
    ImGui::TextWrapped("%s", guide.text(guide.title, s.language()).c_str());
    ImGui::PopFont();
    if (!guide.description.empty())
        if (Intent link = drawMarkdown(guide.text(guide.description, s.language()), fonts); !link.none()) intent = link;
    ImGui::Spacing();
    ImGui::PushFont(fonts.heading);
    ImGui::TextUnformatted(s.tr("start.choose_track").c_str());
    ImGui::PopFont();
    ImGui::Spacing();
    const int digit = typedDigit();
    for (std::size_t i = 0; i < guide.tracks.size(); ++i) {
        const auto& track = guide.tracks[i];
        if (trackCard(s, track, static_cast<int>(i) + 1, fonts) || digit == static_cast<int>(i) + 1)
            intent = intent::OpenTrack{track.id};
        if (i == 0) focusHere(ui, focus::kStep);  // where F6 sends the focus: the first track
        ImGui::Spacing();
    }
    ImGui::Spacing();
    if (Intent r = records(s, ui, fonts); !r.none()) intent = r;
    return intent;
}

}  // namespace hr::ui
