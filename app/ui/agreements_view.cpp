// The agreements panel, always in view beside the walk: the agreements so far (edit, remove),
// adding one freely or from the suggestions, the date of the next conversation, and who takes
// part (roles with optional initials; never names). Ctrl+N adds an agreement.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

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
// date written out, or why it is not one. `submitted`: Enter was pressed in it this frame.
bool dateField(const AppState& s, const char* id, std::string& text, bool* submitted = nullptr) {
    ImGui::SetNextItemWidth(ImGui::CalcTextSize("0000-00-00").x + 40);
    ImGui::InputTextWithHint(id, s.tr("date.placeholder").c_str(), &text, ImGuiInputTextFlags_CharsNoBlank);
    // Asked here, before the written-out date below becomes the last item.
    if (submitted) *submitted = ImGui::IsItemDeactivated() && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter));
    const auto date = session::Date::parseTyped(text);
    ImGui::SameLine();
    if (date)  // the date written out, so a mix-up of day and month shows at once
        ImGui::TextDisabled("%s", session::longDate(*date, s.tr).c_str());
    else if (!text.empty())
        ImGui::TextColored(palette::error(), "%s", s.tr("date.invalid").c_str());
    else
        ImGui::NewLine();
    return text.empty() || date.has_value();
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
    const auto& roles = s.pack.guide->roles;
    if (!roles.empty()) {
        ImGui::SetNextItemWidth(260);
        const std::string current = s.pack.guide->text(roles[static_cast<std::size_t>(ui.editOwner)].title, s.language());
        if (ImGui::BeginCombo("##owner", current.c_str())) {
            for (std::size_t i = 0; i < roles.size(); ++i)
                if (ImGui::Selectable(s.pack.guide->text(roles[i].title, s.language()).c_str(),
                                      static_cast<int>(i) == ui.editOwner))
                    ui.editOwner = static_cast<int>(i);
            ImGui::EndCombo();
        }
    }
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
    session::Agreement a = ui.editing;
    a.text = ui.editText;
    if (!roles.empty()) a.owner = roles[static_cast<std::size_t>(ui.editOwner)].id;
    a.due = session::Date::parseTyped(ui.editDue);
    a.evaluate = session::Date::parseTyped(ui.editEvaluate);
    if (valid && (ui.editSent ? !(*ui.editSent == a) : !(a == ui.editOriginal))) {
        intent = Intent::of(a.id.empty() ? Intent::Kind::AddAgreement : Intent::Kind::UpdateAgreement);
        intent.agreement = a;
        ui.editSent = a;
    }
    ImGui::BeginDisabled(!valid);
    const bool saveClicked = ImGui::Button(s.tr("agreements.save").c_str());
    ImGui::EndDisabled();
    ImGui::SameLine();
    const bool cancel = ImGui::Button(s.tr("agreements.cancel").c_str()) ||
                        ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape));
    if (valid && (saveClicked || enter)) {
        ui.editorOpen = false;
        ImGui::CloseCurrentPopup();
    } else if (cancel) {
        // Annuleren undoes what this dialog saved: a new agreement goes, an edited one is restored.
        if (ui.editingIsNew && !ui.editing.id.empty()) {
            intent = Intent::of(Intent::Kind::RemoveAgreement, ui.editing.id);
        } else if (!ui.editingIsNew && ui.editSent) {
            intent = Intent::of(Intent::Kind::UpdateAgreement);
            intent.agreement = ui.editOriginal;
        }
        ui.editorOpen = false;
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
    return intent;
}

}  // namespace

Intent drawAgreements(const AppState& s, UiState& ui, const Fonts& fonts) {
    Intent intent;
    const session::Session& sess = *s.session;
    ImGui::PushFont(fonts.heading);
    ImGui::TextUnformatted(s.tr("agreements.title").c_str());
    ImGui::PopFont();
    const auto& list = sess.record().agreements;
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
        ImGui::SameLine();
        if (ImGui::SmallButton(s.tr("agreements.remove_button").c_str()))
            intent = Intent::of(Intent::Kind::RemoveAgreement, a.id);
        ImGui::PopID();
    }
    ImGui::Spacing();
    if (ImGui::Button(s.tr("agreements.add").c_str()) || ctrlPressed('N')) {
        session::Agreement fresh;
        if (!s.pack.guide->roles.empty()) fresh.owner = s.pack.guide->roles.front().id;
        openEditor(s, ui, fresh);
    }

    const auto suggestions = sess.suggestions();
    if (!suggestions.empty()) {
        ImGui::Spacing();
        const bool atAgreements = sess.currentNode() && sess.currentNode()->kind == content::NodeKind::Agreements;
        // Mid-conversation the list grows with every topic, so it stays folded unless the user opens
        // it; at the agreements step it is what the step is about, so it opens.
        if (atAgreements) ImGui::SetNextItemOpen(true);
        const std::string header = s.tr("agreements.suggestions") + " (" + std::to_string(suggestions.size()) + ")###suggestions";
        const bool open = foldingHeader(header.c_str());
        const int digit = atAgreements ? typedDigit() : 0;
        for (std::size_t i = 0; open && i < suggestions.size(); ++i) {
            const auto* t = suggestions[i];
            ImGui::PushID(t->id.c_str());
            const std::string label = (atAgreements && i < 9 ? std::to_string(i + 1) + "  " : "") + std::string("+");
            if (ImGui::SmallButton(label.c_str()) || digit == static_cast<int>(i) + 1)
                intent = Intent::of(Intent::Kind::AddTemplate, t->id);
            ImGui::SameLine();
            // Templates are written in the owner's "ik", so the owner is shown before the text is added.
            ImGui::BeginGroup();
            ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(ImGui::GetStyle().ItemSpacing.x, 1.0f));
            ImGui::TextWrapped("%s", s.pack.guide->text(t->text, s.language()).c_str());
            ImGui::TextDisabled("%s %s", s.tr("agreements.who_short").c_str(), roleTitle(s, t->owner.id).c_str());
            ImGui::PopStyleVar();
            ImGui::EndGroup();
            ImGui::PopID();
        }
    }

    ImGui::Spacing();
    ImGui::Separator();
    ImGui::TextUnformatted(s.tr("agreements.next_conversation").c_str());
    if (!ui.nextDateSynced) {
        ui.nextDate = sess.record().nextConversation ? sess.record().nextConversation->str() : "";
        ui.nextDateSynced = true;
    }
    const std::string before = ui.nextDate;
    const bool ok = dateField(s, "##next", ui.nextDate);
    if (ok && ui.nextDate != before) {
        intent = Intent::of(Intent::Kind::SetNextDate);
        intent.date = session::Date::parseTyped(ui.nextDate);
    }

    ImGui::Spacing();
    if (!sess.track().alone && foldingHeader(s.tr("participants.title").c_str())) {
        ImGui::TextDisabled("%s", s.tr("participants.hint").c_str());
        auto people = sess.record().participants;
        bool changed = false;
        for (const auto& role : s.pack.guide->roles) {
            ImGui::PushID(role.id.c_str());
            auto it = std::find_if(people.begin(), people.end(), [&](const session::Participant& p) { return p.role == role.id; });
            bool on = it != people.end();
            if (ImGui::Checkbox(s.pack.guide->text(role.title, s.language()).c_str(), &on)) {
                changed = true;
                if (on)
                    people.push_back({role.id, ""});
                else
                    people.erase(it);
            } else if (on) {
                ImGui::SameLine();
                ImGui::SetNextItemWidth(80);
                std::string initials = it->initials;
                if (ImGui::InputTextWithHint("##initials", s.tr("participants.initials").c_str(), &initials,
                                             ImGuiInputTextFlags_CharsNoBlank) &&
                    initials.size() <= 4) {
                    it->initials = initials;
                    changed = true;
                }
            }
            ImGui::PopID();
        }
        if (changed) {
            intent = Intent::of(Intent::Kind::SetParticipants);
            intent.participants = people;
        }
    }

    if (Intent e = editor(s, ui); !e.none()) intent = e;
    return intent;
}

}  // namespace hr::ui
