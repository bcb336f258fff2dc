// SPDX-License-Identifier: EUPL-1.2
// Exports of a record for people outside the app: Markdown, a self-contained printable HTML page,
// and an iCalendar event for the next conversation. They hold the date, participants' roles,
// topics covered, the agreements and the next date; the track's title, answers and notes only
// when asked. Private steps are never in them. Each ends with a line on where it may be kept.
// Also the neutral file names the window gives them.
#pragma once

#include <filesystem>
#include <string>

#include "content/model.h"
#include "i18n/strings.h"
#include "session/record.h"

namespace hr::session {

struct ExportOptions {
    bool includeAnswers = false;  // the answers given at each step
    bool includeNotes = false;    // the notes written at steps
    // The track's title (it can tell what the conversation was about); else the title is only
    // "Werkafspraken" and the date.
    bool includeTitle = false;
    // iCalendar: an event for each agreement's due and evaluation date besides the next
    // conversation. Off by default: the events hold the agreements' texts, and calendars are
    // often synchronised to servers.
    bool includeAgreementDates = false;
};

enum class ExportFormat { Markdown, Html, Ics };

// `guide` may be null (the pack is gone): ids stand in for titles then.
std::string exportMarkdown(const Record& r, const content::Guide* guide, const i18n::Strings& tr,
                           const ExportOptions& options = {});
std::string exportHtml(const Record& r, const content::Guide* guide, const i18n::Strings& tr,
                       const ExportOptions& options = {});
// Empty when the record has no date to put in a calendar (no next conversation, and no
// agreement dates or includeAgreementDates off). Only includeTitle and includeAgreementDates
// apply: an event never holds answers or notes. Each event's UID is globally unique and stays
// the same for the same record (Record::calendarId), and SEQUENCE grows with every change.
std::string exportIcs(const Record& r, const content::Guide* guide, const i18n::Strings& tr,
                      const ExportOptions& options = {});

std::string exportRecord(ExportFormat f, const Record& r, const content::Guide* guide, const i18n::Strings& tr,
                         const ExportOptions& options = {});
const char* extensionFor(ExportFormat f);  // "md", "html", "ics"

// What marks a file as an export of this record without naming it: the record's creation time in
// UTC ("20261129T133205Z"). Every export carries it (a comment, a meta tag, the event's UID).
std::string exportMark(const Record& r);
// How the mark is written in format `f`: a comment, a meta tag, the start of the event's UID.
std::string markText(ExportFormat f, const std::string& mark);
// True when `text`, an export in format `f`, carries the mark of `r`.
bool isExportOf(const std::string& text, const Record& r, ExportFormat f);

// True when `p` is a regular file (not a link) holding an export of `r`, by its mark. A record
// lists the files it was exported to, and a hand-edited list must never get another file deleted.
bool fileIsExportOf(const std::filesystem::path& p, const Record& r);
// The files in `r.exports` that still are its exports (fileIsExportOf), in its order.
std::vector<std::string> existingExports(const Record& r);

// The file name of an export: the interface's word for work agreements, then the date and time
// the record was made: "werkafspraken-2026-11-29-1432.html". No track: the name is seen in
// folders and mail attachments.
std::string exportFileName(const Record& r, ExportFormat f, const i18n::Strings& tr);
// Where in `dir` the export of `r` goes: exportFileName, or with -2, -3, ... before the extension
// when a file of that name exists that is not an export of `r` (it is never overwritten).
std::filesystem::path exportPath(const std::filesystem::path& dir, const Record& r, ExportFormat f,
                                 const i18n::Strings& tr);

// The steps a summary lists: answered, not the end, not private. A plan track lists only its
// info steps (they hold the questions to ask). Where the guide marks topics (`topic: true`), a
// track that is not a plan lists only those. The summary screen and the exports use this.
std::vector<const content::Node*> coveredSteps(const Record& r, const content::Guide& guide);

// Who took part, as "Role (initials), Role"; "" when nobody was noted. `g` may be null (role ids
// are shown then).
std::string participantsLine(const Record& r, const content::Guide* g);
// The same for people listed in a record written in `language` (the start screen's summaries).
std::string participantsLine(const std::vector<Participant>& people, const std::string& language,
                             const content::Guide* g);

// The ui string key of the heading above those steps: a plan, the topics of a track walked alone
// (nothing was "discussed"), or the topics discussed. `track` may be null (unknown track).
std::string topicsHeadingKey(const content::Track* track);

// What an export calls its parts: the track's own words where it names them (a policy plan is no
// talk: "Beleidsplan", "Onderdelen", "Volgende bespreking"; Track::exportWords), else the
// interface's ("Werkafspraken", the topics heading of topicsHeadingKey, "Afspraken", "Volgend
// gesprek"). `track` and `g` may be null; texts in `lang`.
struct ExportHeadings {
    std::string title;  // before the date: never the track's title (that tells what it was about)
    std::string topics, agreements, next;
    bool ownTitle = false;  // the track names its exports
    bool ownNext = false;   // the track names its next meeting (the calendar event uses that word)
};
ExportHeadings exportHeadings(const content::Track* track, const content::Guide* g, const std::string& lang,
                              const i18n::Strings& tr);

// The summary model: what a summary says, whichever form shows it (the screen at a track's end,
// Markdown, printable HTML). Texts are in the record's language.
struct Topic {
    std::string title;
    std::string text;    // Markdown; plan tracks only
    std::string answer;  // when answers are included
    std::string note;    // when notes are included
};

struct AgreementRow {
    std::string what, who, due, evaluate;  // dates written out: "15 januari 2027"
    std::string dueIso, evaluateIso;       // the same dates as YYYY-MM-DD, for <time datetime>
};

struct Summary {
    std::string lang;
    std::string mark;        // exportMark()
    std::string title;       // neutral: "Werkafspraken, 29 november 2026" (or the track's word)
    std::string trackTitle;  // only when asked for
    std::string date, dateIso;  // the day the record was made
    std::string participants;
    std::string followUpOf;
    bool plan = false;
    ExportHeadings headings;
    std::vector<std::pair<std::string, std::string>> reviews;  // earlier agreement, outcome
    std::vector<Topic> topics;
    std::vector<AgreementRow> agreements;
    std::string next, nextIso;
    std::string keep;  // where the export may be kept: its last line
};

// The summary of `r`; `g` may be null (then no step is listed: none can be told private).
Summary summarise(const Record& r, const content::Guide* g, const i18n::Strings& tr, const ExportOptions& o = {});
// The line under the topics heading when there are none to list.
std::string noTopicsText(const content::Guide* g, const i18n::Strings& tr);

// "29 november 2026" in the strings' language.
std::string longDate(const Date& d, const i18n::Strings& tr);

}  // namespace hr::session
