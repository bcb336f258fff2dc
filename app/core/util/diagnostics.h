// SPDX-License-Identifier: EUPL-1.2
// Diagnostics: what the loader and validator tell a content editor, in GCC/Clang style
// (`file:line:col: error: message`), with the source location of every finding.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "util/message.h"

namespace hr {

// A place in a content file. Lines and columns are 1-based; `file` is the path as the user gave it.
struct SourceLoc {
    std::string file;
    int line = 1;
    int column = 1;
};

enum class Severity { Error, Warning, Note };

struct Diagnostic {
    Severity severity = Severity::Error;
    SourceLoc loc;
    std::string message;  // its English words (for tests and logs); shown from `msg` when it has one
    Msg msg;              // the message id and arguments, put into words when shown
};

// "path:line:col: error: message" (no trailing newline), the message in `lang` ("nl" or "en");
// the keywords error/warning/note stay English so problem matchers ($gcc) and CI read every
// language. The path and the message go through visibleText, so a diagnostic is always one line
// that the terminal shows and never obeys.
std::string formatDiagnostic(const Diagnostic& d, const std::string& lang = "en");
// The message alone, in `lang`.
std::string messageText(const Diagnostic& d, const std::string& lang);

// `text` with every control character shown as a visible escape: ASCII controls as \x1b, \x0a,
// \x0d (tab kept, it is harmless), DEL as \x7f, the C1 controls U+0080-U+009F as \u009b. For
// every value from a file or the command line (an id, a path, a version) quoted in a message that
// is not a Diagnostic: an escape sequence would reach the terminal as a command (recolour,
// retitle, hide the line), and a line break would split a one-line message.
// With `keepLineBreaks`, \n stays a line break: for text of several lines printed as it is (the
// conversation in a terminal prints the guide's own texts, which the pack reader lets hold any
// character).
std::string visibleText(const std::string& text, bool keepLineBreaks = false);

class Diagnostics {
public:
    // A message from the catalogue (util/message_catalogue.cpp): shown in Dutch or English.
    void error(const SourceLoc& loc, Msg message);
    void warning(const SourceLoc& loc, Msg message);
    void note(const SourceLoc& loc, Msg message);

    // One mistake, one error: a file that could not be read as YAML (its error already reported)
    // may have held ids that other files point at. Findings about an id that its raw text
    // mentions are follow-ons of that one error, and are left out (mayBeFollowOn); finish() then
    // ends the list with one note that more may follow once it is fixed.
    void unreadableFile(const SourceLoc& error, const std::string& rawText);
    bool hasUnreadableFile() const { return !unreadable_.empty(); }
    bool mayBeFollowOn(const std::string& id) const;
    // Adds the closing note once, when a file could not be read. Call after the last finding.
    void finish();

    const std::vector<Diagnostic>& items() const { return items_; }
    int errorCount() const { return errors_; }
    int warningCount() const { return warnings_; }
    bool hasErrors() const { return errors_ > 0; }
    bool empty() const { return items_.empty(); }

    // All diagnostics, one per line, in the order they were reported, in `lang`.
    std::string str(const std::string& lang = "en") const;

private:
    std::vector<Diagnostic> items_;
    std::vector<SourceLoc> unreadable_;
    std::set<std::string> unreadableWords_;
    bool finished_ = false;
    int errors_ = 0;
    int warnings_ = 0;
};

}  // namespace hr
