// Exports of a record for people outside the app: Markdown, a self-contained printable HTML page,
// and an iCalendar event for the next conversation. They hold the date, track, participants'
// roles, topics covered, the agreements and the next date; answers and notes only when asked.
#pragma once

#include <string>

#include "content/model.h"
#include "i18n/strings.h"
#include "session/record.h"

namespace hr::session {

struct ExportOptions {
    bool includeAnswers = false;  // the answers given at each step
    bool includeNotes = false;    // the notes written at steps
};

enum class ExportFormat { Markdown, Html, Ics };

// `guide` may be null (the pack is gone): ids stand in for titles then.
std::string exportMarkdown(const Record& r, const content::Guide* guide, const i18n::Strings& tr,
                           const ExportOptions& options = {});
std::string exportHtml(const Record& r, const content::Guide* guide, const i18n::Strings& tr,
                       const ExportOptions& options = {});
// Empty when the record has no next conversation date.
std::string exportIcs(const Record& r, const content::Guide* guide, const i18n::Strings& tr);

std::string exportRecord(ExportFormat f, const Record& r, const content::Guide* guide, const i18n::Strings& tr,
                         const ExportOptions& options = {});
const char* extensionFor(ExportFormat f);  // "md", "html", "ics"

// The steps a summary lists: answered, not the end, not private. A plan track lists only its
// info steps (they hold the questions to ask); the summary screen and the exports use this.
std::vector<const content::Node*> coveredSteps(const Record& r, const content::Guide& guide);

// Who took part, as "Role (initials), Role"; "" when nobody was noted. `g` may be null (role ids
// are shown then).
std::string participantsLine(const Record& r, const content::Guide* g);

// The ui string key of the heading above those steps: a plan, the topics of a track walked alone
// (nothing was "discussed"), or the topics discussed. `track` may be null (unknown track).
std::string topicsHeadingKey(const content::Track* track);

// "29 november 2026" in the strings' language.
std::string longDate(const Date& d, const i18n::Strings& tr);

}  // namespace hr::session
