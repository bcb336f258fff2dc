// SPDX-License-Identifier: EUPL-1.2
// The agreements panel, always in view beside (or under) the walk: the agreements so far (edit,
// remove, with undo), adding one freely or from the suggestions, the date of the next
// conversation, and who takes part (roles with optional initials; never names). Ctrl+N adds an
// agreement, Ctrl+Z puts the one removed last back. At the agreements step a digit moves the
// focus to that suggestion; Enter or Space adds it. Added suggestions stay in place, marked, so
// the numbers of the others never shift.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

#include "focus.h"
#include "palette.h"
#include "views.h"

namespace hr::ui {

namespace {

std::string roleTitle(const AppState& s, const std::string& id) {
    const content::Role* r = s.pack.guide ? s.pack.guide->role(id) : nullptr;
    return r ? s.pack.guide->text(r->title, s.language()) : id;
}

void openEditor(const AppState& s, UiState& ui, const session::Agreement& a) {
    ui.editorOpen = true;
    ui.editorFocus = true;
    ui.confirmDiscard = false;
    ui.editing = a;
    ui.editingIsNew = a.id.empty();
    ui.editOriginal = a;
    ui.editSent.reset();
    ui.editText = a.text;
    ui.editDue = a.due ? a.due->str() : "";
    ui.editEvaluate = a.evaluate ? a.evaluate->str() : "";
    ui.editOwner = 0;
    const auto& roles = s.pack.guide->roles;
    for (std::size_t i = 0; i < roles.size(); ++i)
        if (roles[i].id == a.owner) ui.editOwner = static_cast<int>(i);
}

// A date field that accepts a date as people type it (Date::parseTyped) or nothing, and shows the
// date written out, or (once the field is left, not while typing) why it is not one.
// `submitted`: Enter was pressed in it this frame.
bool dateField(const AppState& s, const char* id, std::string& text, bool* submitted = nullptr) {
    ImGui::SetNextItemWidth(ImGui::CalcTextSize("0000-00-00").x + 40);
    const std::string before = text;
    ImGui::InputTextWithHint(id, s.tr("date.placeholder").c_str(), &text, ImGuiInputTextFlags_CharsNoBlank);
    keepTextOnEscape(text, before);
    const bool typing = ImGui::IsItemActive();
    // Asked here, before the written-out date below becomes the last item.
    if (submitted) *submitted = ImGui::IsItemDeactivated() && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter));
    const auto date = session::Date::parseTyped(text);
    ImGui::SameLine();
    if (date)  // the date written out, so a mix-up of day and month shows at once
        ImGui::TextDisabled("%s", session::longDate(*date, s.tr).c_str());
    else if (!text.empty() && !typing)
        ImGui::TextColored(palette::fgVec(palette::Role::ErrorOnPanel), "%s", s.tr("date.invalid").c_str());
    else
        ImGui::NewLine();
    return text.empty() || date.has_value();
}

void ownerCombo(const AppState& s, UiState& ui) {
    const auto& roles = s.pack.guide->roles;
    if (roles.empty()) return;
    ImGui::SetNextItemWidth(std::min(260.0f, ImGui::GetContentRegionAvail().x));
    const content::Guide& g = *s.pack.guide;
    const std::string current = g.text(roles[static_cast<std::size_t>(ui.editOwner)].title, s.language());
    if (!ImGui::BeginCombo("##owner", current.c_str())) return;
    for (std::size_t i = 0; i < roles.size(); ++i)
        if (ImGui::Selectable(g.text(roles[i].title, s.language()).c_str(), static_cast<int>(i) == ui.editOwner))
            ui.editOwner = static_cast<int>(i);
    ImGui::EndCombo();
}

// The agreement as the dialog's fields now say it.
session::Agreement typedAgreement(const AppState& s, const UiState& ui) {
    session::Agreement a = ui.editing;
    a.text = ui.editText;
    const auto& roles = s.pack.guide->roles;
    if (!roles.empty()) a.owner = roles[static_cast<std::size_t>(ui.editOwner)].id;
    a.due = session::Date::parseTyped(ui.editDue);
    a.evaluate = session::Date::parseTyped(ui.editEvaluate);
    return a;
}

// Annuleren undoes what this dialog saved: a new agreement goes, an edited one is restored.
Intent cancelEdit(UiState& ui) {
    Intent intent;
    if (ui.editingIsNew && !ui.editing.id.empty())
        intent = intent::RemoveAgreement{ui.editing.id, false};
    else if (!ui.editingIsNew && ui.editSent)
        intent = intent::UpdateAgreement{ui.editOriginal};
    ui.editorOpen = false;
    ui.confirmDiscard = false;
    ImGui::CloseCurrentPopup();
    requestFocus(ui, ui.editingIsNew ? focus::kAddAgreement : "agreement:" + ui.editing.id);
    return intent;
}

// The dialog's buttons. Esc with something typed asks first whether to throw it away.
Intent editorButtons(const AppState& s, UiState& ui, bool valid, bool enter) {
    const bool typed = !(typedAgreement(s, ui) == ui.editOriginal);
    if (ui.confirmDiscard) {
        ImGui::TextColored(palette::fgVec(palette::Role::WarningOnPanel), "%s", s.tr("agreements.discard_ask").c_str());
        if (ImGui::Button(s.tr("agreements.discard").c_str())) return cancelEdit(ui);
        ImGui::SameLine();
        if (ImGui::Button(s.tr("agreements.keep_editing").c_str()) || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false))
            ui.confirmDiscard = false;
        return {};
    }
    ImGui::BeginDisabled(!valid);
    const bool saveClicked = ImGui::Button(s.tr("agreements.save").c_str());
    ImGui::EndDisabled();
    ImGui::SameLine();
    const bool cancel = ImGui::Button(s.tr("agreements.cancel").c_str());
    const bool escape = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false);
    if (valid && (saveClicked || enter)) {
        ui.editorOpen = false;
        ImGui::CloseCurrentPopup();
        requestFocus(ui, "agreement:" + ui.editing.id);
    } else if (cancel || (escape && !typed)) {
        return cancelEdit(ui);
    } else if (escape) {
        ui.confirmDiscard = true;
    }
    return {};
}

Intent editor(const AppState& s, UiState& ui) {
    Intent intent;
    if (!beginDialog("##agreement-editor", ui.editorOpen, 720.0f)) {
        ui.editorOpen = false;
        return intent;
    }
    ImGui::TextUnformatted(s.tr(ui.editing.id.empty() ? "agreements.new" : "agreements.edit").c_str());
    ImGui::Spacing();
    ImGui::TextUnformatted(s.tr("agreements.what").c_str());
    bool enter = textField("##text", ui.editText, ui.editorFocus, ImGuiInputTextFlags_EnterReturnsTrue);
    ImGui::TextDisabled("%s", s.tr("agreements.neutral_hint").c_str());
    ImGui::Spacing();
    ImGui::TextUnformatted(s.tr("agreements.who").c_str());
    ownerCombo(s, ui);
    ImGui::TextUnformatted(s.tr("agreements.due_label").c_str());
    bool submitted = false;
    const bool dueOk = dateField(s, "##due", ui.editDue, &submitted);
    enter = enter || submitted;
    ImGui::TextUnformatted(s.tr("agreements.evaluate_label").c_str());
    const bool evalOk = dateField(s, "##evaluate", ui.editEvaluate, &submitted);
    enter = enter || submitted;
    ImGui::Spacing();
    const bool valid = dueOk && evalOk && ui.editText.find_first_not_of(" \t") != std::string::npos;
    // Saved as it is typed, like every other field: an agreement in an open dialog is a change too.
    const session::Agreement a = typedAgreement(s, ui);
    if (valid && (ui.editSent ? !(*ui.editSent == a) : !(a == ui.editOriginal))) {
        if (a.id.empty())
            intent = intent::AddAgreement{a};
        else
            intent = intent::UpdateAgreement{a};
        ui.editSent = a;
    }
    if (Intent b = editorButtons(s, ui, valid, enter); !b.none()) intent = b;
    ImGui::EndPopup();
    return intent;
}

Intent agreementList(const AppState& s, UiState& ui) {
    Intent intent;
    const auto& list = s.session->record().agreements;
    if (list.empty()) ImGui::TextDisabled("%s", s.tr("agreements.none").c_str());
    for (const auto& a : list) {
        ImGui::PushID(a.id.c_str());
        ImGui::Separator();
        ImGui::TextWrapped("%s", a.text.c_str());
        std::string meta = s.tr("agreements.who_short") + " " + roleTitle(s, a.owner);
        if (a.due) meta += "  \u00B7  " + s.tr("agreements.due") + " " + a.due->str();
        if (a.evaluate) meta += "  \u00B7  " + s.tr("agreements.evaluate") + " " + a.evaluate->str();
        ImGui::TextDisabled("%s", meta.c_str());
        if (ImGui::SmallButton(s.tr("agreements.edit_button").c_str())) openEditor(s, ui, a);
        focusHere(ui, "agreement:" + a.id);
        ImGui::SameLine();
        if (ImGui::SmallButton(s.tr("agreements.remove_button").c_str())) intent = intent::RemoveAgreement{a.id};
        ImGui::PopID();
    }
    ImGui::Spacing();
    if (ImGui::Button(s.tr("agreements.add").c_str()) || ctrlPressed('N')) {
        session::Agreement fresh;
        if (!s.pack.guide->roles.empty()) fresh.owner = s.pack.guide->roles.front().id;
        openEditor(s, ui, fresh);
    }
    focusHere(ui, focus::kAddAgreement);
    focusHere(ui, focus::kAgreements);
    if (s.removed && ctrlPressed('Z')) intent = intent::UndoRemove{};
    return intent;
}

bool isAgreed(const session::Session& sess, const std::string& templateId) {
    const auto& list = sess.record().agreements;
    return std::any_of(list.begin(), list.end(), [&](const session::Agreement& a) { return a.templateId == templateId; });
}

// One suggestion: its number (at the agreements step), its + button or the mark that it was
// added, its text and who does it (templates are written in the owner's "ik").
bool suggestionRow(const AppState& s, UiState& ui, const content::AgreementTemplate& t, std::size_t i, bool numbered) {
    bool add = false;
    ImGui::PushID(t.id.c_str());
    const std::string number = numbered && i < 9 ? std::to_string(i + 1) + "  " : "";
    if (isAgreed(*s.session, t.id)) {
        ImGui::AlignTextToFramePadding();
        ImGui::TextDisabled("%s\u2013", number.c_str());  // added: no button
    } else {
        add = ImGui::SmallButton((number + "+").c_str());
        focusHere(ui, "suggestion:" + t.id);
    }
    ImGui::SameLine();
    ImGui::BeginGroup();
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(ImGui::GetStyle().ItemSpacing.x, 1.0f));
    ImGui::TextWrapped("%s", s.pack.guide->text(t.text, s.language()).c_str());
    std::string who = s.tr("agreements.who_short") + " " + roleTitle(s, t.owner.id);
    if (isAgreed(*s.session, t.id)) who += "  \u00B7  " + s.tr("agreements.added");
    ImGui::TextDisabled("%s", who.c_str());
    ImGui::PopStyleVar();
    ImGui::EndGroup();
    ImGui::PopID();
    return add;
}

Intent suggestionList(const AppState& s, UiState& ui) {
    Intent intent;
    const session::Session& sess = *s.session;
    const bool atAgreements = sess.currentNode() && sess.currentNode()->kind == content::NodeKind::Agreements;
    const auto& suggestions = derived(sess, ui).suggestions;
    if (suggestions.empty()) return intent;
    ImGui::Spacing();
    // Mid-conversation the list grows with every topic, so it stays folded unless the user opens
    // it; at the agreements step it is what the step is about, so it opens.
    if (atAgreements) ImGui::SetNextItemOpen(true);
    const std::string header = s.tr("agreements.suggestions") + " (" + std::to_string(suggestions.size()) + ")###suggestions";
    if (!foldingHeader(header.c_str())) return intent;
    const int digit = atAgreements ? typedDigit() : 0;
    if (digit > 0 && static_cast<std::size_t>(digit) <= suggestions.size())
        requestFocus(ui, "suggestion:" + suggestions[static_cast<std::size_t>(digit) - 1]->id);
    for (std::size_t i = 0; i < suggestions.size(); ++i)
        if (suggestionRow(s, ui, *suggestions[i], i, atAgreements)) intent = intent::AddTemplate{suggestions[i]->id};
    return intent;
}

// A track walked alone (a preparation, a reflection) has no next conversation of its own.
Intent nextConversation(const AppState& s, UiState& ui) {
    if (s.session->track().alone) return {};
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::TextUnformatted(s.tr("agreements.next_conversation").c_str());
    const session::Record& r = s.session->record();
    if (!ui.nextDateSynced) {
        ui.nextDate = r.nextConversation ? r.nextConversation->str() : "";
        ui.nextDateSynced = true;
    }
    const std::string before = ui.nextDate;
    if (dateField(s, "##next", ui.nextDate) && ui.nextDate != before)
        return intent::SetNextDate{session::Date::parseTyped(ui.nextDate)};
    return {};
}

// Who takes part: a role each, with initials if wanted. The initials field goes under its role
// when it does not fit beside it.
Intent participants(const AppState& s) {
    if (s.session->track().alone || !foldingHeader(s.tr("participants.title").c_str())) return {};
    ImGui::TextDisabled("%s", s.tr("participants.hint").c_str());
    auto people = s.session->record().participants;
    bool changed = false;
    // Only the roles that fit the track (its 'roles'), so a manager's talk offers no student.
    const auto& fit = s.session->track().roles;
    for (const auto& role : s.pack.guide->roles) {
        if (!fit.empty() && std::none_of(fit.begin(), fit.end(), [&](const content::Ref& r) { return r.id == role.id; }))
            continue;
        ImGui::PushID(role.id.c_str());
        auto it = std::find_if(people.begin(), people.end(), [&](const session::Participant& p) { return p.role == role.id; });
        bool on = it != people.end();
        const bool toggled = ImGui::Checkbox(s.pack.guide->text(role.title, s.language()).c_str(), &on);
        const bool tabbed = tabbedFromItem();  // Tab from the role goes to its initials, beside it
        if (toggled) {
            changed = true;
            if (on)
                people.push_back({role.id, ""});
            else
                people.erase(it);
        } else if (on) {
            const float width = 80.0f * ImGui::GetIO().FontGlobalScale + ImGui::CalcTextSize("WWWW").x;
            ImGui::SameLine();
            if (ImGui::GetContentRegionAvail().x < width) ImGui::NewLine();
            ImGui::SetNextItemWidth(std::min(width, ImGui::GetContentRegionAvail().x));
            std::string initials = it->initials;
            const std::string before = initials;
            if (tabbed) ImGui::SetKeyboardFocusHere();
            if (ImGui::InputTextWithHint("##initials", s.tr("participants.initials").c_str(), &initials,
                                         ImGuiInputTextFlags_CharsNoBlank) &&
                initials.size() <= 4) {
                it->initials = initials;
                changed = true;
            }
            keepTextOnEscape(it->initials, before);
        }
        ImGui::PopID();
    }
    if (changed) return intent::SetParticipants{people};
    return {};
}

}  // namespace

Intent drawAgreements(const AppState& s, UiState& ui, const Fonts& fonts) {
    Intent intent;
    auto take = [&](Intent i) {
        if (!i.none()) intent = std::move(i);
    };
    ImGui::PushFont(fonts.heading);
    ImGui::TextUnformatted(s.tr("agreements.title").c_str());
    ImGui::PopFont();
    take(agreementList(s, ui));
    take(suggestionList(s, ui));
    take(nextConversation(s, ui));
    ImGui::Spacing();
    take(participants(s));
    take(editor(s, ui));
    return intent;
}

}  // namespace hr::ui
