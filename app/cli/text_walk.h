// SPDX-License-Identifier: EUPL-1.2
// The screen-reader route (`walk --interactive`): a conversation in the terminal with the same
// engine, records and saving rules as the window, in plain lines that Orca and a braille display
// read well. Each step prints its title, its text (Markdown as plain text) and numbered options;
// the answer is typed as numbers; `terug`, `hulp`, `achtergrond`, `herhaal` and `stop` work at
// every question. No escape codes, no colours, no wrapping, nothing drawn over earlier lines: the
// terminal keeps a plain transcript that can be read back line by line.
//
// [SECTION] text_walk.cpp: the loop, questions and commands, saving, start, stop and the end
// [SECTION] text_steps.cpp: each kind of step, printed and answered
#pragma once

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "i18n/strings.h"
#include "session/engine.h"
#include "session/record_lock.h"
#include "session/store.h"

namespace hr::cli {

// What the caller knows before the first question: where the record goes, or why it cannot.
struct TextSaving {
    session::Store* store = nullptr;  // nothing: the conversation is not saved (reasonKey says why)
    std::string reasonKey;            // an interface string: why not, in plain words
    std::string detail;               // the system's own words, for the curious
    bool fresh = true;                // a new record (gets an id now), else one reopened
    bool saveAtOnce = false;          // the reopened file still held private answers
    // How to continue later and how to export, as commands to type; "{id}" and "{path}" are
    // filled in.
    std::string resumeCommand, exportCommand;
};

class TextWalk {
public:
    TextWalk(session::Session session, TextSaving saving, const i18n::Strings& strings, std::istream& in,
             std::ostream& out, bool terminal);

    // Walks until the end is confirmed, `stop`, or the end of the input (Ctrl+D), which is a
    // `stop` too: saved, and how to continue is printed. `problems`: what a reopened record's
    // answers no longer fit. Returns the exit code.
    int run(const std::vector<session::Dropped>& problems);

private:
    // What a question got: a line of text (trimmed), or a command that leaves the question.
    struct Reply {
        enum class Kind { Text, Back, Stop, Repeat } kind = Kind::Text;
        std::string text;
    };
    enum class Flow { Answered, Back, Stop, Repeat, Leave };

    // [SECTION] text_walk.cpp
    Reply ask(const std::string& prompt);
    void line(const std::string& text = {});
    void paragraph(const std::string& markdown);
    void printPage(const content::Page& page);
    void printHelp();
    void printBackground();
    void claim();
    void save();
    void intro(const std::vector<session::Dropped>& problems);
    void reportDropped(const std::vector<session::Dropped>& dropped, const std::string& titleKey);
    Flow atEnd();
    void printSummary();
    int stop();
    std::string lang() const;
    std::string text(const content::Text& t) const;
    std::string roleTitle(const std::string& id) const;
    std::string agreementLine(const session::Agreement& a) const;
    std::string errorFor(const std::string& engineError) const;

    // [SECTION] text_steps.cpp
    void printStep();
    void printOptions(const std::vector<const content::Choice*>& choices);
    Flow askStep();
    static std::optional<Flow> leaving(const Reply& r);
    Flow askChoice();
    Flow askChecklist();
    Flow askScale(const content::Node& node);
    Flow askInfo();
    Flow askAgreements();
    void printAgreements();
    Flow newAgreement();
    Flow askDate(const std::string& promptKey, std::optional<session::Date>& out);
    void removeAgreement(const std::string& number);
    void printReview();
    std::string reviewCount() const;
    Flow askReview();
    Flow give(const session::Answer& a);
    std::optional<int> oneNumber(const std::string& text, int max);
    std::optional<std::vector<int>> numbers(const std::string& text, int max);

    session::Session s_;
    TextSaving saving_;
    const i18n::Strings& tr;  // named so: the key-lint test finds every tr("key") used here
    std::istream& in_;
    std::ostream& out_;
    bool terminal_;     // stdin is a terminal: the prompt waits on its own line's end
    bool eof_ = false;  // the input has ended: every question from now on is a `stop`
    bool saveFailed_ = false;
    std::optional<session::RecordLock> lock_;
    std::string stamp_;  // the record file as this walk last wrote it
};

}  // namespace hr::cli
