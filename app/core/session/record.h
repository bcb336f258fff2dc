// SPDX-License-Identifier: EUPL-1.2
// A conversation record: everything a session saves, in the form it is written to disk. Holds
// neutral work agreements and the path through the guide by node id; never a person's history.
// The answers to private steps live only in memory: writeRecord() leaves them out (see Step).
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "content/condition.h"

namespace hr::session {

// A new Record::calendarId: 128 random bits as 32 lowercase hex digits.
std::string newCalendarId();
// Whether `text` is written as a calendarId is.
bool isCalendarId(const std::string& text);

// A calendar date, as written in records and shown to people: YYYY-MM-DD.
struct Date {
    int year = 0, month = 0, day = 0;

    static std::optional<Date> parse(const std::string& text);  // strict YYYY-MM-DD, a real date
    // A date as people type it: YYYY-MM-DD, or day-month-year as written in the Netherlands
    // (15-1-2027, 15/01/2027, 15.1.2027), with spaces around it allowed; a real date or nothing.
    static std::optional<Date> parseTyped(const std::string& text);
    std::string str() const;
    bool operator==(const Date& o) const { return year == o.year && month == o.month && day == o.day; }
    bool operator<(const Date& o) const;
};

struct Answer {
    enum class Kind { None, Confirmed, Choice, Checklist, Scale } kind = Kind::None;
    std::string choice;                 // Choice
    std::vector<std::string> checked;   // Checklist, in the node's order
    std::map<std::string, int> scale;   // Scale: statement id -> point

    bool given() const { return kind != Kind::None; }
    bool operator==(const Answer& o) const {
        return kind == o.kind && choice == o.choice && checked == o.checked && scale == o.scale;
    }
    static Answer confirmed() { return Answer{Kind::Confirmed, {}, {}, {}}; }
    static Answer ofChoice(std::string id) { return Answer{Kind::Choice, std::move(id), {}, {}}; }
    static Answer ofChecklist(std::vector<std::string> ids) { return Answer{Kind::Checklist, {}, std::move(ids), {}}; }
    static Answer ofScale(std::map<std::string, int> points) { return Answer{Kind::Scale, {}, {}, std::move(points)}; }
};

// One step of the path. A private step (the node says `private: true`: safety, wellbeing) keeps
// its answer in memory only; on disk it is written as "a private step was passed", without its
// node id or answer, and read back as such: `node` empty, `isPrivate` set, no answer.
struct Step {
    std::string node;
    Answer answer;
    bool isPrivate = false;

    bool masked() const { return isPrivate && node.empty(); }  // read back from disk
};

struct Agreement {
    std::string id;           // stable within the record: a1, a2, ...
    std::string templateId;   // the catalogue item it came from; empty when written freely
    std::string text;
    std::string owner;        // a role id of the pack
    std::optional<Date> due;
    std::optional<Date> evaluate;
    std::string node;         // the step where it was made, if any
    std::string reviewOf;     // in a follow-up: the earlier record's agreement it continues

    bool operator==(const Agreement& o) const {
        return id == o.id && templateId == o.templateId && text == o.text && owner == o.owner && due == o.due &&
               evaluate == o.evaluate && node == o.node && reviewOf == o.reviewOf;
    }
};

enum class ReviewOutcome { Keep, Adjust, Done, Stop };
const char* outcomeName(ReviewOutcome o);
std::optional<ReviewOutcome> outcomeFromName(const std::string& s);

// One earlier agreement looked back on at the start of a follow-up conversation.
struct Review {
    Agreement earlier;
    std::optional<ReviewOutcome> outcome;
};

struct Participant {
    std::string role;      // a role id of the pack
    std::string initials;  // optional; never a name
};

// An overlay the record was made with (the base is in packId, packVersion, packHash).
struct PackPin {
    std::string id, version, hash;
    bool operator==(const PackPin& o) const { return id == o.id && version == o.version && hash == o.hash; }
};

struct Record {
    // 2: private steps are written without node and answer, and there are no variables.
    static constexpr int kFormat = 2;

    int format = kFormat;
    std::string id;  // the file name without .yaml
    std::string packId, packVersion, packHash;
    std::vector<PackPin> overlays;  // in the order they were stacked
    std::string track;
    std::string language;
    std::string created, updated;  // ISO 8601 local time with offset
    // 32 random hex digits made with the record: the calendar export's events carry it in their
    // UID, so a re-export updates the same events and no other record's ever collides with them.
    // Empty in records from before it existed (the export derives one from id and created then).
    std::string calendarId;
    std::vector<Participant> participants;
    std::string followUpOf;       // the earlier record's id
    std::vector<Review> reviews;  // follow-up only: walked before the path
    std::vector<Step> path;
    std::size_t position = 0;     // index over reviews, then path: where the walk stands
    std::vector<Agreement> agreements;
    std::optional<Date> nextConversation;
    std::map<std::string, std::string> notes;  // node id -> note
    bool finished = false;
    std::vector<std::string> exports;  // files the window exported this record to, to offer deleting them

    // In memory only, never written: the guide's private node ids. A note made at such a step,
    // and the step an agreement was made at, stay out of the file too.
    std::set<std::string> privateNodes;
};

}  // namespace hr::session
