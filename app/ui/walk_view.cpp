// SPDX-License-Identifier: EUPL-1.2
// The walk screen: breadcrumb, progress, the step's title and text, its answer widgets (large
// choice buttons, checkboxes, scale points, or the look back on an earlier agreement), a note,
// and the way back and forward. Keyboard: a digit moves the focus to that item (and picks a
// choice); Enter or Space acts on the focused item; Ctrl+Enter is Verder; Alt+Left or Backspace
// goes back. After every step the focus goes to the new step's first control.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

#include "focus.h"
#include "palette.h"
#include "util/text_util.h"
#include "views.h"

namespace hr::ui {

namespace {

using content::NodeKind;

std::string shorten(const std::string& s, std::size_t max) {
    if (s.size() <= max) return s;
    std::size_t cut = s.rfind(' ', max);
    if (cut == std::string::npos || cut < max / 2) cut = max;
    while (cut > 0 && isUtf8Continuation(static_cast<unsigned char>(s[cut]))) --cut;  // not inside a UTF-8 letter
    return s.substr(0, cut) + "\u2026";
}

// Resets the widget buffers when the walk stands on another step, and sends the focus there.
void syncBuffers(const session::Session& sess, UiState& ui) {
    const content::Node* node = sess.currentNode();
    const std::string key = std::to_string(sess.record().position) + ":" + (node ? node->id : "review");
    if (ui.stepKey == key) return;
    ui.stepKey = key;
    ImGui::SetScrollY(0.0f);  // a new step is read from its top
    const session::Answer& a = sess.currentAnswer();
    ui.highlighted = a.choice;
    ui.ticked = a.checked;
    ui.points = a.scale;
    ui.cursor.clear();
    const session::Review* rv = sess.currentReview();
    ui.adjustText = rv ? rv->earlier.text : "";
    if (rv && rv->outcome) ui.highlighted = session::outcomeName(*rv->outcome);
    auto note = node ? sess.record().notes.find(node->id) : sess.record().notes.end();
    ui.note = note == sess.record().notes.end() ? "" : note->second;
    requestFocus(ui, focus::kStep);
}

// "1.  text" for the items keys 1-9 can reach. Later items are reached with the arrows; they get
// a figure space and a punctuation space instead of a number, so their text still lines up.
std::string numbered(std::size_t i, const std::string& text) {
    return (i < 9 ? std::to_string(i + 1) + ".  " : std::string("\u2007\u2008  ")) + text;
}

Intent breadcrumb(const session::Session& sess, UiState& ui, const Fonts& fonts) {
    Intent intent;
    const auto& crumbs = derived(sess, ui).crumbs;
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
            ImGui::PushStyleColor(ImGuiCol_Text, palette::fgVec(palette::Role::Link));
            if (ImGui::SmallButton(label.c_str())) intent = intent::GoTo{crumbs[i].index};
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

// The progress line: a bar, and how many steps are left (a range only where the path is open).
void progressLine(const AppState& s, const session::Session& sess, UiState& ui) {
    const session::Progress pr = derived(sess, ui).progress;
    const std::string left = pr.minLeft == pr.maxLeft ? std::to_string(pr.minLeft)
                                                      : std::to_string(pr.minLeft) + "\u2013" + std::to_string(pr.maxLeft);
    const std::string text = s.tr.format("walk.progress", {{"n", std::to_string(pr.done + 1)}, {"left", left}});
    const float avgTotal = static_cast<float>(pr.done) + (static_cast<float>(pr.minLeft + pr.maxLeft) / 2.0f);
    ImGui::PushStyleColor(ImGuiCol_PlotHistogram, palette::fgVec(palette::Role::Progress));
    ImGui::ProgressBar(avgTotal > 0 ? static_cast<float>(pr.done) / avgTotal : 0.0f, ImVec2(-1, 6), "");
    ImGui::PopStyleColor();
    ImGui::TextDisabled("%s", text.c_str());
    ImGui::Spacing();
}

// A full-width button for a choice; `selected` draws it in the accent colour. Keyboard focus shows
// as a ring around it, apart from the selection.
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
                      palette::bg(palette::choice(selected, hovered)), r);
    dl->AddRect(p, ImVec2(p.x + width, p.y + h), palette::fg(palette::choiceBorder(selected || hovered)), r, 0,
                selected || hovered ? 2.0f : 1.0f);
    const ImVec2 pad = ImGui::GetStyle().FramePadding;
    dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(p.x + pad.x, p.y + pad.y + 4),
                palette::fg(palette::choice(selected, hovered)), label.c_str(), nullptr, wrap);
    drawFocusRing();
    return clicked;
}

Intent answerIntent(session::Answer a) { return intent::Answer{std::move(a)}; }

// A digit picks a choice and moves the focus to it; Enter (or a click) then answers.
Intent drawChoices(const AppState& s, const session::Session& sess, UiState& ui, int digit) {
    Intent intent;
    const auto choices = sess.availableChoices();
    const std::string& lang = s.language();
    if (digit > 0 && static_cast<std::size_t>(digit) <= choices.size()) {
        ui.highlighted = choices[static_cast<std::size_t>(digit) - 1]->id;
        requestFocus(ui, "choice:" + ui.highlighted);
    }
    for (std::size_t i = 0; i < choices.size(); ++i) {
        const auto* c = choices[i];
        ImGui::PushID(c->id.c_str());
        if (bigButton(numbered(i, sess.guide().text(c->label, lang)), ui.highlighted == c->id))
            intent = answerIntent(session::Answer::ofChoice(c->id));
        ImGui::PopID();
        focusHere(ui, "choice:" + c->id);
        // After a step: the chosen answer, or else the first, takes the focus.
        if (ui.highlighted == c->id || (i == 0 && ui.highlighted.empty())) focusHere(ui, focus::kStep);
        ImGui::Spacing();
    }
    return intent;
}

// A digit moves the focus to that item; Space (or Enter) ticks it.
void drawChecklist(const AppState& s, const session::Session& sess, UiState& ui, int digit) {
    const auto choices = sess.availableChoices();
    if (digit > 0 && static_cast<std::size_t>(digit) <= choices.size())
        requestFocus(ui, "item:" + choices[static_cast<std::size_t>(digit) - 1]->id);
    for (std::size_t i = 0; i < choices.size(); ++i) {
        const auto* c = choices[i];
        bool on = std::find(ui.ticked.begin(), ui.ticked.end(), c->id) != ui.ticked.end();
        ImGui::PushID(c->id.c_str());
        const bool toggled =
            ImGui::Checkbox(numbered(i, sess.guide().text(c->label, s.language())).c_str(), &on);
        ImGui::PopID();
        if (!focusHere(ui, "item:" + c->id) && i == 0) focusHere(ui, focus::kStep);
        if (toggled) {
            ui.ticked.erase(std::remove(ui.ticked.begin(), ui.ticked.end(), c->id), ui.ticked.end());
            if (on) ui.ticked.push_back(c->id);
        }
    }
}

// The statement a digit gives its point to: the focused one while it is open, else the first one
// still open, else the focused one.
const content::Statement* digitTarget(const content::Node& node, const UiState& ui) {
    const content::Statement* focused = nullptr;
    for (const auto& st : node.statements)
        if (st.id == ui.cursor) focused = &st;
    if (focused && !ui.points.count(focused->id)) return focused;
    for (const auto& st : node.statements)
        if (!ui.points.count(st.id)) return &st;
    return focused ? focused : (node.statements.empty() ? nullptr : &node.statements.front());
}

// One statement's points, side by side, or under each other when they do not all fit.
void drawPoints(const AppState& s, const content::Node& node, const content::Statement& st, UiState& ui,
                const content::Guide& guide) {
    const auto& scale = node.scale;
    std::vector<std::string> texts;
    float total = 0;
    for (int p = scale.min; p <= scale.max; ++p) {
        auto label = scale.labels.find(p);
        texts.push_back(std::to_string(p) + (label != scale.labels.end() ? "  " + guide.text(label->second, s.language()) : ""));
        total += ImGui::CalcTextSize(texts.back().c_str()).x + ImGui::GetFrameHeight() + 2 * ImGui::GetStyle().ItemSpacing.x;
    }
    const bool sideBySide = total <= ImGui::GetContentRegionAvail().x;
    ImGui::PushID(st.id.c_str());
    for (int p = scale.min; p <= scale.max; ++p) {
        if (p > scale.min && sideBySide) ImGui::SameLine();
        ImGui::PushID(p);
        auto it = ui.points.find(st.id);
        if (ImGui::RadioButton(texts[static_cast<std::size_t>(p - scale.min)].c_str(), it != ui.points.end() && it->second == p))
            ui.points[st.id] = p;
        if (ImGui::IsItemFocused()) ui.cursor = st.id;
        ImGui::PopID();
        focusHere(ui, "point:" + st.id + ":" + std::to_string(p));
        if (&st == &node.statements.front() && p == scale.min) focusHere(ui, focus::kStep);
    }
    ImGui::PopID();
}

// A digit moves the focus to that point of the statement it is for; Space (or Enter) gives it.
void drawScale(const AppState& s, const content::Node& node, UiState& ui, const Fonts& fonts, int digit,
               const content::Guide& guide) {
    if (const content::Statement* target = digitTarget(node, ui); target && digit >= node.scale.min && digit <= node.scale.max) {
        requestFocus(ui, "point:" + target->id + ":" + std::to_string(digit));
        ui.cursor = target->id;
    }
    for (const auto& st : node.statements) {
        ImGui::Spacing();
        ImGui::PushFont(fonts.bold);
        ImGui::TextWrapped("%s", guide.text(st.text, s.language()).c_str());
        ImGui::PopFont();
        drawPoints(s, node, st, ui, guide);
    }
    ImGui::Spacing();
    ImGui::TextDisabled("%s", s.tr("walk.scale_hint").c_str());
}

// Vorige and Verder, with the keys in one line. `ready`: Verder can be pressed. `focusVerder`:
// the step has no controls of its own, so Verder takes the focus after a step, when it is in
// sight: a step whose text reaches below the window (a small window, or 200 %) is read from its
// top, where its title is, with no focus yet; Enter is Verder there as well, and the arrows
// start at the top.
constexpr const char* kVerder = "verder";
struct Footer {
    bool back = false, next = false;
};
Footer footer(const AppState& s, const session::Session& sess, UiState& ui, bool ready, bool focusVerder,
              const char* waitHint) {
    Footer f;
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::Spacing();
    if (sess.canGoBack()) {
        f.back = ImGui::Button(s.tr("walk.back").c_str());
        ImGui::SameLine();
    }
    if (ready) {
        f.next = primaryButton(s.tr("walk.next").c_str());
        focusHere(ui, kVerder);
        if (focusVerder && ui.focusRequest == focus::kStep && !lastItemInSightAtTop()) {
            ui.focusRequest.clear();
            forgetFocus();  // the last step's focus, on an item now gone, would take Enter
        }
        if (focusVerder) focusHere(ui, focus::kStep);
    } else {
        ImGui::TextDisabled("%s", s.tr(waitHint).c_str());
    }
    ImGui::TextDisabled("%s", s.tr(singleKeys() ? "walk.keys" : "walk.keys_no_single").c_str());
    f.next = f.next || (ready && (enterPressed() || confirmPressed()));
    f.back = f.back || (sess.canGoBack() && backPressed());
    return f;
}

// The look back on an agreement of the previous conversation: a digit picks an outcome, Verder
// (or Enter) records it; "Aanpassen" asks for the new text first.
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
    if (digit >= 1 && digit <= 4) {
        ui.highlighted = session::outcomeName(outcomes[digit - 1]);
        requestFocus(ui, std::string("outcome:") + ui.highlighted);
    }
    for (int i = 0; i < 4; ++i) {
        const std::string name = session::outcomeName(outcomes[i]);
        ImGui::PushID(i);
        // A click acts at once, as on a choice; "Aanpassen" first asks for the new text.
        if (bigButton(std::to_string(i + 1) + ".  " + s.tr(std::string("review.ask_") + name), ui.highlighted == name)) {
            ui.highlighted = name;
            if (outcomes[i] != session::ReviewOutcome::Adjust) intent = intent::Review{outcomes[i], {}};
            else requestFocus(ui, "adjust");
        }
        ImGui::PopID();
        focusHere(ui, "outcome:" + name);
        if (ui.highlighted == name || (i == 0 && ui.highlighted.empty())) focusHere(ui, focus::kStep);
        ImGui::Spacing();
    }
    const auto chosen = session::outcomeFromName(ui.highlighted);
    const bool adjust = chosen == session::ReviewOutcome::Adjust;
    if (adjust) {
        ImGui::TextUnformatted(s.tr("review.adjust_label").c_str());
        bool focus = ui.focusRequest == "adjust";
        if (focus) ui.focusRequest.clear();
        // Enter here does not record the step: it moves on to Verder.
        if (textField("##adjust", ui.adjustText, focus, ImGuiInputTextFlags_EnterReturnsTrue)) requestFocus(ui, kVerder);
    }
    const bool ready = chosen && (!adjust || ui.adjustText.find_first_not_of(" \t") != std::string::npos);
    const Footer f = footer(s, sess, ui, ready, false, "review.choose_hint");
    if (f.next) intent = intent::Review{*chosen, adjust ? ui.adjustText : std::string()};
    if (f.back && intent.none()) intent = intent::Back{};
    return intent;
}

// The note under a step: optional, with the reminder of what does not belong in it. A private
// step keeps nothing, so it offers no note; the screen says what happens to the answer.
Intent drawNote(const AppState& s, const content::Node& node, UiState& ui) {
    ImGui::Spacing();
    if (node.isPrivate) {
        if (content::takesAnswer(node.kind)) ImGui::TextDisabled("%s", s.tr("walk.private_hint").c_str());
        return {};
    }
    if (!foldingHeader(s.tr("note.header").c_str(), ui.note.empty() ? 0 : ImGuiTreeNodeFlags_DefaultOpen)) return {};
    ImGui::PushStyleColor(ImGuiCol_Text, palette::fgVec(palette::Role::Warning));
    ImGui::TextWrapped("%s", s.tr("note.hint").c_str());
    ImGui::PopStyleColor();
    // Saved with every change, like everything else: a crash while typing loses nothing.
    if (ImGui::InputTextMultiline("##note", &ui.note, ImVec2(-1, ImGui::GetTextLineHeight() * 4)))
        return intent::SetNote{node.id, ui.note};
    return {};
}

Intent drawStep(const AppState& s, const session::Session& sess, const content::Node& node, UiState& ui,
                const Fonts& fonts) {
    Intent intent;
    auto take = [&](Intent i) {
        if (!i.none()) intent = std::move(i);
    };
    const std::string& lang = s.language();
    if (sess.askedAgain()) {
        ImGui::PushStyleColor(ImGuiCol_Text, palette::fgVec(palette::Role::Info));
        ImGui::TextWrapped("%s", s.tr("walk.asked_again").c_str());
        ImGui::PopStyleColor();
        ImGui::Spacing();
    }
    ImGui::PushFont(fonts.heading);
    ImGui::TextWrapped("%s", sess.guide().text(node.title, lang).c_str());
    ImGui::PopFont();
    ImGui::Spacing();
    if (!node.text.empty()) take(drawMarkdown(sess.guide().text(node.text, lang), fonts));
    ImGui::Spacing();
    const int digit = typedDigit();
    switch (node.kind) {
        case NodeKind::Choice: take(drawChoices(s, sess, ui, digit)); break;
        case NodeKind::Checklist: drawChecklist(s, sess, ui, digit); break;
        case NodeKind::Scale: drawScale(s, node, ui, fonts, digit, sess.guide()); break;
        case NodeKind::Agreements:
            ImGui::TextDisabled("%s", s.tr(ui.panelBelow ? "walk.agreements_hint_below" : "walk.agreements_hint").c_str());
            break;
        case NodeKind::Review: {
            // What the look back after this step holds, so nobody wonders where it went.
            const std::size_t n = sess.record().reviews.size();
            const std::string line = n == 0   ? s.tr("review.node_none")
                                     : n == 1 ? s.tr("review.node_one")
                                              : s.tr.format("review.node_some", {{"n", std::to_string(n)}});
            ImGui::TextWrapped("%s", line.c_str());
            break;
        }
        default: break;
    }
    take(drawNote(s, node, ui));
    const bool hasControls = node.kind == NodeKind::Choice || node.kind == NodeKind::Checklist || node.kind == NodeKind::Scale;
    const Footer f = footer(s, sess, ui, node.kind != NodeKind::Choice || !ui.highlighted.empty(), !hasControls,
                            "walk.choose_hint");
    if (f.next) {
        switch (node.kind) {
            case NodeKind::Choice: intent = answerIntent(session::Answer::ofChoice(ui.highlighted)); break;
            case NodeKind::Checklist: intent = answerIntent(session::Answer::ofChecklist(ui.ticked)); break;
            case NodeKind::Scale: intent = answerIntent(session::Answer::ofScale(ui.points)); break;
            default: intent = answerIntent(session::Answer::confirmed()); break;
        }
    }
    if (f.back && intent.none()) intent = intent::Back{};
    return intent;
}

}  // namespace

const UiState::Derived& derived(const session::Session& sess, UiState& ui) {
    UiState::Derived& d = ui.derived;
    if (d.revision == sess.revision()) return d;
    // The revision is new with every change and every session (a reloaded guide makes a new one).
    d.revision = sess.revision();
    d.crumbs = sess.breadcrumb();
    d.progress = sess.progress();
    const bool atAgreements = sess.currentNode() && sess.currentNode()->kind == content::NodeKind::Agreements;
    // At the agreements step the list keeps the added ones in place; elsewhere they leave it.
    d.suggestions = sess.suggestions(atAgreements);
    return d;
}

Intent drawWalk(const AppState& s, UiState& ui, const Fonts& fonts) {
    Intent intent;
    const session::Session& sess = *s.session;
    syncBuffers(sess, ui);
    if (Intent crumb = breadcrumb(sess, ui, fonts); !crumb.none()) intent = crumb;
    progressLine(s, sess, ui);
    Intent step;
    if (sess.atReview())
        step = drawReview(s, sess, ui, fonts);
    else if (const content::Node* node = sess.currentNode())
        step = drawStep(s, sess, *node, ui, fonts);
    return step.none() ? intent : step;
}

}  // namespace hr::ui
