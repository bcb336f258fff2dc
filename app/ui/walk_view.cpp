// The walk screen: breadcrumb, progress, the step's title and text, its answer widgets (large
// choice buttons, checkboxes, scale points, or the look back on an earlier agreement), a note,
// and the way back and forward. Keyboard: 1-9 pick, Enter confirms, Alt+Left or Backspace back.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

#include "palette.h"
#include "views.h"

namespace hr::ui {

namespace {

using content::NodeKind;

std::string shorten(const std::string& s, std::size_t max) {
    if (s.size() <= max) return s;
    std::size_t cut = s.rfind(' ', max);
    if (cut == std::string::npos || cut < max / 2) cut = max;
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;  // not inside a UTF-8 letter
    return s.substr(0, cut) + "\u2026";
}

// Resets the widget buffers when the walk stands on another step.
void syncBuffers(const session::Session& sess, UiState& ui) {
    const content::Node* node = sess.currentNode();
    const std::string key = std::to_string(sess.record().position) + ":" + (node ? node->id : "review");
    if (ui.stepKey == key) return;
    ui.stepKey = key;
    const session::Answer& a = sess.currentAnswer();
    ui.highlighted = a.choice;
    ui.ticked = a.checked;
    ui.points = a.scale;
    ui.adjustText = sess.currentReview() ? sess.currentReview()->earlier.text : "";
    auto note = node ? sess.record().notes.find(node->id) : sess.record().notes.end();
    ui.note = note == sess.record().notes.end() ? "" : note->second;
    ui.noteKey = node ? node->id : "";
}

// "1.  text" for the items keys 1-9 can pick. Later items get a figure space and a punctuation
// space instead of "9." so their text still lines up with the rest.
std::string numbered(std::size_t i, const std::string& text) {
    return (i < 9 ? std::to_string(i + 1) + ".  " : std::string("\u2007\u2008  ")) + text;
}

Intent breadcrumb(const session::Session& sess, const Fonts& fonts) {
    Intent intent;
    const auto crumbs = sess.breadcrumb();
    const float right = ImGui::GetContentRegionMax().x;
    const std::size_t pos = sess.record().position;
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(6, 3));
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(4, 6));
    for (std::size_t i = 0; i < crumbs.size(); ++i) {
        const std::string label = shorten(crumbs[i].title, 28);
        const float w = ImGui::CalcTextSize(label.c_str()).x + 12 + ImGui::CalcTextSize(" \u203A ").x;
        if (i > 0) {
            ImGui::SameLine();
            if (ImGui::GetCursorPosX() + w > right) ImGui::NewLine();
        }
        ImGui::PushID(static_cast<int>(i));
        if (i == pos) {
            ImGui::PushFont(fonts.bold);
            ImGui::AlignTextToFramePadding();
            ImGui::TextUnformatted(label.c_str());
            ImGui::PopFont();
        } else {
            ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0, 0, 0, 0));
            ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(palette::accent()));
            if (ImGui::SmallButton(label.c_str())) {
                intent = Intent::of(Intent::Kind::GoTo);
                intent.index = crumbs[i].index;
            }
            ImGui::PopStyleColor(2);
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", crumbs[i].title.c_str());
        }
        ImGui::PopID();
        if (i + 1 < crumbs.size()) {
            ImGui::SameLine();
            ImGui::TextDisabled("\u203A");
        }
    }
    ImGui::PopStyleVar(2);
    return intent;
}

// A full-width button for a choice; `selected` draws it in the accent colour.
bool bigButton(const std::string& label, bool selected) {
    const float width = ImGui::GetContentRegionAvail().x;
    const float wrap = width - 2 * ImGui::GetStyle().FramePadding.x;
    const float h = ImGui::CalcTextSize(label.c_str(), nullptr, false, wrap).y + 2 * ImGui::GetStyle().FramePadding.y + 8;
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const bool clicked = ImGui::InvisibleButton(label.c_str(), ImVec2(width, h));
    const bool hovered = ImGui::IsItemHovered();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float r = ImGui::GetStyle().FrameRounding;
    dl->AddRectFilled(p, ImVec2(p.x + width, p.y + h),
                      selected ? palette::accent() : hovered ? palette::cardHover() : palette::card(), r);
    dl->AddRect(p, ImVec2(p.x + width, p.y + h), selected || hovered ? palette::accent() : palette::cardBorder(), r, 0,
                selected || hovered ? 2.0f : 1.0f);
    const ImVec2 pad = ImGui::GetStyle().FramePadding;
    dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(p.x + pad.x, p.y + pad.y + 4),
                selected ? palette::onAccent() : palette::text(), label.c_str(), nullptr, wrap);
    return clicked;
}

Intent answerIntent(session::Answer a) {
    Intent i = Intent::of(Intent::Kind::Answer);
    i.answer = std::move(a);
    return i;
}

Intent drawReview(const AppState& s, const session::Session& sess, UiState& ui, const Fonts& fonts) {
    Intent intent;
    const session::Review& rv = *sess.currentReview();
    ImGui::PushFont(fonts.heading);
    ImGui::TextWrapped("%s", s.tr("review.title").c_str());
    ImGui::PopFont();
    ImGui::TextWrapped("%s", s.tr("review.intro").c_str());
    ImGui::Spacing();
    ImGui::PushFont(fonts.bold);
    ImGui::TextWrapped("%s", rv.earlier.text.c_str());
    ImGui::PopFont();
    if (rv.earlier.due) ImGui::TextDisabled("%s %s", s.tr("agreements.due").c_str(), rv.earlier.due->str().c_str());
    ImGui::Spacing();
    const session::ReviewOutcome outcomes[] = {session::ReviewOutcome::Keep, session::ReviewOutcome::Adjust,
                                               session::ReviewOutcome::Done, session::ReviewOutcome::Stop};
    const int digit = typedDigit();
    for (int i = 0; i < 4; ++i) {
        const auto o = outcomes[i];
        const std::string label = std::to_string(i + 1) + ".  " + s.tr(std::string("review.ask_") + session::outcomeName(o));
        ImGui::PushID(i);
        const bool chosen = bigButton(label, rv.outcome == o) || digit == i + 1;
        ImGui::PopID();
        if (chosen && o == session::ReviewOutcome::Adjust) {
            ui.highlighted = "adjust";
        } else if (chosen) {
            intent = Intent::of(Intent::Kind::Review);
            intent.outcome = o;
        }
        ImGui::Spacing();
    }
    if (ui.highlighted == "adjust" || rv.outcome == session::ReviewOutcome::Adjust) {
        ImGui::TextUnformatted(s.tr("review.adjust_label").c_str());
        bool focus = ui.highlighted == "adjust" && !ImGui::IsAnyItemActive();
        const bool enter = textField("##adjust", ui.adjustText, focus, ImGuiInputTextFlags_EnterReturnsTrue);
        if (enter || ImGui::Button(s.tr("review.adjust_save").c_str())) {
            intent = Intent::of(Intent::Kind::Review);
            intent.outcome = session::ReviewOutcome::Adjust;
            intent.text = ui.adjustText;
            ui.highlighted.clear();
        }
    }
    return intent;
}

}  // namespace

Intent drawWalk(const AppState& s, UiState& ui, const Fonts& fonts) {
    Intent intent;
    const session::Session& sess = *s.session;
    syncBuffers(sess, ui);
    const std::string& lang = s.language();
    const content::Guide& guide = sess.guide();

    if (Intent crumb = breadcrumb(sess, fonts); !crumb.none()) intent = crumb;
    const session::Progress pr = sess.progress();
    const std::string left = pr.minLeft == pr.maxLeft ? std::to_string(pr.minLeft)
                                                      : std::to_string(pr.minLeft) + "\u2013" + std::to_string(pr.maxLeft);
    const std::string progressText = s.tr.format("walk.progress", {{"n", std::to_string(pr.done + 1)}, {"left", left}});
    const float avgTotal = static_cast<float>(pr.done) + (static_cast<float>(pr.minLeft + pr.maxLeft) / 2.0f);
    ImGui::PushStyleColor(ImGuiCol_PlotHistogram, ImGui::ColorConvertU32ToFloat4(palette::accent()));
    ImGui::ProgressBar(avgTotal > 0 ? static_cast<float>(pr.done) / avgTotal : 0.0f, ImVec2(-1, 6), "");
    ImGui::PopStyleColor();
    ImGui::TextDisabled("%s", progressText.c_str());
    ImGui::Spacing();

    if (sess.atReview()) {
        if (Intent r = drawReview(s, sess, ui, fonts); !r.none()) intent = r;
    } else if (const content::Node* node = sess.currentNode()) {
        if (sess.askedAgain()) {
            ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(palette::accent()));
            ImGui::TextWrapped("%s", s.tr("walk.asked_again").c_str());
            ImGui::PopStyleColor();
            ImGui::Spacing();
        }
        ImGui::PushFont(fonts.heading);
        ImGui::TextWrapped("%s", guide.text(node->title, lang).c_str());
        ImGui::PopFont();
        ImGui::Spacing();
        if (!node->text.empty())
            if (Intent link = drawMarkdown(guide.text(node->text, lang), fonts); !link.none()) intent = link;
        ImGui::Spacing();

        const int digit = typedDigit();
        bool confirm = false;  // the step's own "Verder" (or Enter)
        switch (node->kind) {
            case NodeKind::Choice: {
                const auto choices = sess.availableChoices();
                for (std::size_t i = 0; i < choices.size(); ++i) {
                    const auto* c = choices[i];
                    const std::string label = numbered(i, guide.text(c->label, lang));
                    ImGui::PushID(c->id.c_str());
                    if (bigButton(label, ui.highlighted == c->id)) intent = answerIntent(session::Answer::ofChoice(c->id));
                    ImGui::PopID();
                    if (digit == static_cast<int>(i) + 1) ui.highlighted = c->id;
                    ImGui::Spacing();
                }
                break;
            }
            case NodeKind::Checklist: {
                const auto choices = sess.availableChoices();
                for (std::size_t i = 0; i < choices.size(); ++i) {
                    const auto* c = choices[i];
                    bool on = std::find(ui.ticked.begin(), ui.ticked.end(), c->id) != ui.ticked.end();
                    const std::string label = numbered(i, guide.text(c->label, lang));
                    ImGui::PushID(c->id.c_str());
                    bool toggled = ImGui::Checkbox(label.c_str(), &on);
                    ImGui::PopID();
                    if (digit == static_cast<int>(i) + 1) {
                        on = !on;
                        toggled = true;
                    }
                    if (toggled) {
                        ui.ticked.erase(std::remove(ui.ticked.begin(), ui.ticked.end(), c->id), ui.ticked.end());
                        if (on) ui.ticked.push_back(c->id);
                    }
                }
                break;
            }
            case NodeKind::Scale: {
                // A digit gives a point to the first statement still open.
                const content::Statement* open = nullptr;
                for (const auto& st : node->statements)
                    if (!open && !ui.points.count(st.id)) open = &st;
                if (open && digit >= node->scale.min && digit <= node->scale.max) ui.points[open->id] = digit;
                for (const auto& st : node->statements) {
                    ImGui::Spacing();
                    ImGui::PushFont(fonts.bold);
                    ImGui::TextWrapped("%s", guide.text(st.text, lang).c_str());
                    ImGui::PopFont();
                    ImGui::PushID(st.id.c_str());
                    for (int p = node->scale.min; p <= node->scale.max; ++p) {
                        if (p > node->scale.min) ImGui::SameLine();
                        auto label = node->scale.labels.find(p);
                        std::string text = std::to_string(p);
                        if (label != node->scale.labels.end()) text += "  " + guide.text(label->second, lang);
                        ImGui::PushID(p);
                        auto it = ui.points.find(st.id);
                        if (ImGui::RadioButton(text.c_str(), it != ui.points.end() && it->second == p)) ui.points[st.id] = p;
                        ImGui::PopID();
                    }
                    ImGui::PopID();
                }
                ImGui::Spacing();
                ImGui::TextDisabled("%s", s.tr("walk.scale_hint").c_str());
                break;
            }
            case NodeKind::Agreements: ImGui::TextDisabled("%s", s.tr("walk.agreements_hint").c_str()); break;
            default: break;
        }

        // Note: optional, with the reminder of what does not belong in it. A private step keeps
        // nothing, so it offers no note; the screen says what happens to the answer.
        ImGui::Spacing();
        if (node->isPrivate) {
            if (content::takesAnswer(node->kind))
                ImGui::TextDisabled("%s", s.tr("walk.private_hint").c_str());
        } else if (foldingHeader(s.tr("note.header").c_str(), ui.note.empty() ? 0 : ImGuiTreeNodeFlags_DefaultOpen)) {
            ImGui::PushStyleColor(ImGuiCol_Text, palette::warning());
            ImGui::TextWrapped("%s", s.tr("note.hint").c_str());
            ImGui::PopStyleColor();
            // Saved with every change, like everything else: a crash while typing loses nothing.
            if (ImGui::InputTextMultiline("##note", &ui.note, ImVec2(-1, ImGui::GetTextLineHeight() * 4))) {
                intent = Intent::of(Intent::Kind::SetNote, node->id);
                intent.text = ui.note;
            }
        }

        ImGui::Spacing();
        ImGui::Separator();
        ImGui::Spacing();
        if (sess.canGoBack()) {
            if (ImGui::Button(s.tr("walk.back").c_str())) intent = Intent::of(Intent::Kind::Back);
            ImGui::SameLine();
        }
        const bool canConfirm = node->kind != NodeKind::Choice || !ui.highlighted.empty();
        if (canConfirm) {
            ImGui::PushStyleColor(ImGuiCol_Button, ImGui::ColorConvertU32ToFloat4(palette::accent()));
            ImGui::PushStyleColor(ImGuiCol_Text, palette::vec(palette::colours().onAccent));
            confirm = ImGui::Button(s.tr("walk.next").c_str());
            ImGui::PopStyleColor(2);
            ImGui::SameLine();
            ImGui::TextDisabled("%s", s.tr("walk.keys").c_str());
        } else {
            ImGui::TextDisabled("%s", s.tr("walk.choose_hint").c_str());
        }
        if (canConfirm && (confirm || enterPressed())) {
            switch (node->kind) {
                case NodeKind::Choice: intent = answerIntent(session::Answer::ofChoice(ui.highlighted)); break;
                case NodeKind::Checklist: intent = answerIntent(session::Answer::ofChecklist(ui.ticked)); break;
                case NodeKind::Scale: intent = answerIntent(session::Answer::ofScale(ui.points)); break;
                default: intent = answerIntent(session::Answer::confirmed()); break;
            }
        }
    }
    if (intent.none() && backPressed() && sess.canGoBack()) intent = Intent::of(Intent::Kind::Back);
    return intent;
}

}  // namespace hr::ui
