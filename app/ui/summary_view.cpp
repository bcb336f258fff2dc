// SPDX-License-Identifier: EUPL-1.2
// The summary at a track's end: the end step's text, the topics (or the conversation plan), the
// agreements, and the exports. The agreements panel stays beside it for last changes. The focus
// starts on the printable page's export (never on a box that would add notes or answers to it).
#include <imgui.h>

#include <algorithm>

#include "focus.h"
#include "palette.h"
#include "views.h"
#include "widgets.h"

namespace hr::ui {

namespace {

// Under the export buttons, there before any export too (greyed out): an export changes what this
// row says, never where the buttons above and beside it stand.
Intent exportActions(const AppState& s, const UiState& ui, const std::string& record) {
    Intent intent;
    const LastExport* last = s.lastExport && s.lastExport->record == record ? &*s.lastExport : nullptr;
    ImGui::BeginDisabled(!last);
    auto action = [&](const char* key, intent::OpenExport::Way way, bool first) {
        if (!first) sameLineIfFits(s.tr(key).c_str());
        if (ImGui::Button(s.tr(key).c_str())) {
            intent::OpenExport open{way, {}};
            open.options.includeNotes = ui.includeNotes;
            open.options.includeAnswers = ui.includeAnswers;
            open.options.includeTitle = ui.includeTitle;
            open.options.includeAgreementDates = ui.includeAgreementDates;
            intent = open;
        }
    };
    action("summary.open", intent::OpenExport::Way::Open, true);
    action("summary.print", intent::OpenExport::Way::Print, false);
    action("summary.show_folder", intent::OpenExport::Way::Folder, false);
    ImGui::EndDisabled();
    if (last)
        ImGui::TextWrapped("%s", s.tr.format(last->replaced ? "summary.replaced_as" : "summary.saved_as",
                                             {{"path", last->path.string()}}).c_str());
    else
        ImGui::TextDisabled("%s", s.tr.format("summary.export_where", {{"dir", s.exportDir.string()}}).c_str());
    return intent;
}

const session::Summary& cachedSummary(const AppState& s, UiState& ui) {
    const session::Session& sess = *s.session;
    UiState::SummaryCache& c = ui.summaryCache;
    if (c.revision != sess.revision() || c.guide != &sess.guide() || c.language != s.tr.language()) {
        // The same model as the exports, so the screen, Markdown and HTML always say the same.
        c.summary = session::summarise(sess.record(), &sess.guide(), s.tr);
        c.revision = sess.revision();
        c.guide = &sess.guide();
        c.language = s.tr.language();
    }
    return c.summary;
}

}  // namespace

Intent drawSummary(const AppState& s, UiState& ui, const Fonts& fonts) {
    Intent intent;
    const session::Session& sess = *s.session;
    const content::Node* end = sess.currentNode();
    const std::string& lang = s.language();
    const content::Guide& guide = sess.guide();
    ImGui::PushFont(fonts.heading);
    ImGui::TextWrapped("%s", guide.text(end->title, lang).c_str());
    ImGui::PopFont();
    if (!end->text.empty())
        if (Intent link = drawMarkdown(guide.text(end->text, lang), fonts); !link.none()) intent = link;
    ImGui::Spacing();

    const session::Summary& summary = cachedSummary(s, ui);
    ImGui::PushFont(fonts.bold);
    ImGui::TextUnformatted(summary.headings.topics.c_str());
    ImGui::PopFont();
    if (summary.topics.empty()) ImGui::TextDisabled("%s", session::noTopicsText(&guide, s.tr).c_str());
    for (const session::Topic& t : summary.topics) {
        if (!summary.plan) {
            ImGui::BulletText("%s", t.title.c_str());
            continue;
        }
        ImGui::Spacing();
        ImGui::PushFont(fonts.bold);
        ImGui::TextWrapped("%s", t.title.c_str());
        ImGui::PopFont();
        if (!t.text.empty())
            if (Intent link = drawMarkdown(t.text, fonts); !link.none()) intent = link;
    }

    ImGui::Spacing();
    ImGui::Separator();
    ImGui::PushFont(fonts.bold);
    ImGui::TextUnformatted(s.tr("summary.export").c_str());
    ImGui::PopFont();
    ImGui::Checkbox(s.tr("summary.include_notes").c_str(), &ui.includeNotes);
    ImGui::SameLine();
    ImGui::Checkbox(s.tr("summary.include_answers").c_str(), &ui.includeAnswers);
    // On a line of its own: three side by side do not fit beside the agreements at a large zoom.
    ImGui::Checkbox(s.tr("summary.include_title").c_str(), &ui.includeTitle);
    ImGui::Checkbox(s.tr("summary.include_agreement_dates").c_str(), &ui.includeAgreementDates);
    auto exportButton = [&](const char* key, session::ExportFormat f, bool shortcut = false) {
        if (ImGui::Button(s.tr(key).c_str()) || shortcut) {
            session::ExportOptions options;
            options.includeNotes = ui.includeNotes;
            options.includeAnswers = ui.includeAnswers;
            options.includeTitle = ui.includeTitle;
            options.includeAgreementDates = ui.includeAgreementDates;
            intent = intent::Export{"", f, options};
        }
    };
    exportButton("summary.export_html", session::ExportFormat::Html, ctrlPressed('E'));
    focusHere(ui, focus::kStep);  // the summary's own control: Enter makes the printable page
    sameLineIfFits(s.tr("summary.export_md").c_str());
    exportButton("summary.export_md", session::ExportFormat::Markdown);
    sameLineIfFits(s.tr("summary.export_ics").c_str());
    const auto& agreements = sess.record().agreements;
    const bool agreementDates = ui.includeAgreementDates && std::any_of(agreements.begin(), agreements.end(), [](const auto& a) {
                                    return a.due || a.evaluate;
                                });
    ImGui::BeginDisabled(!sess.record().nextConversation && !agreementDates);
    exportButton("summary.export_ics", session::ExportFormat::Ics);
    ImGui::EndDisabled();
    if (Intent opened = exportActions(s, ui, sess.record().id); !opened.none()) intent = opened;

    ImGui::Spacing();
    ImGui::Separator();
    if (sess.canGoBack() && ImGui::Button(s.tr("walk.back").c_str())) intent = intent::Back{};
    ImGui::SameLine();
    if (ImGui::Button(s.tr("summary.done").c_str())) intent = intent::BackToStart{};
    if (intent.none() && backPressed() && sess.canGoBack()) intent = intent::Back{};
    return intent;
}

}  // namespace hr::ui
