// SPDX-License-Identifier: EUPL-1.2
// Diagnostics: collecting and formatting findings about content files.
#include "util/diagnostics.h"

#include <cstdio>
#include <utility>

#include "util/text_util.h"

namespace hr {

// Paths and messages quote text from a pack or record, which may hold control characters: an
// escape sequence would reach the terminal as a command (recolour, retitle, hide the line), and
// a line break would split a one-line notice. Each becomes a visible escape such as \x1b: ASCII
// controls (tab kept, it is harmless), DEL, and the C1 controls U+0080-U+009F written in UTF-8.
std::string visibleText(const std::string& text, bool keepLineBreaks) {
    std::string out;
    out.reserve(text.size());
    char buf[8];
    for (std::size_t i = 0;;) {
        const std::size_t at = firstControlCharacter(text, i, keepLineBreaks);
        out.append(text, i, at == std::string::npos ? std::string::npos : at - i);
        if (at == std::string::npos) return out;
        const auto c = static_cast<unsigned char>(text[at]);
        if (controlCharacterLength(text, at) == 2)
            std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned char>(text[at + 1]));
        else
            std::snprintf(buf, sizeof buf, "\\x%02x", c);
        out += buf;
        i = at + controlCharacterLength(text, at);
    }
}

std::string messageText(const Diagnostic& d, const std::string& lang) {
    if (d.msg.empty()) return d.message;
    // The Dutch messages are sentences for people, so they start with a capital; the English
    // ones keep GCC's lower case.
    return renderSentence(d.msg, lang);
}

std::string formatDiagnostic(const Diagnostic& d, const std::string& lang) {
    const char* word = d.severity == Severity::Error     ? "error"
                       : d.severity == Severity::Warning ? "warning"
                                                         : "note";
    return visibleText(d.loc.file) + ":" + std::to_string(d.loc.line) + ":" + std::to_string(d.loc.column) + ": " +
           word + ": " + visibleText(messageText(d, lang));
}

void Diagnostics::error(const SourceLoc& loc, Msg message) {
    std::string english = render(message, "en");
    items_.push_back({Severity::Error, loc, std::move(english), std::move(message)});
    ++errors_;
}

void Diagnostics::warning(const SourceLoc& loc, Msg message) {
    std::string english = render(message, "en");
    items_.push_back({Severity::Warning, loc, std::move(english), std::move(message)});
    ++warnings_;
}

void Diagnostics::note(const SourceLoc& loc, Msg message) {
    std::string english = render(message, "en");
    items_.push_back({Severity::Note, loc, std::move(english), std::move(message)});
}

void Diagnostics::unreadableFile(const SourceLoc& error, const std::string& rawText) {
    unreadable_.push_back(error);
    // Every word that could be an id (a-z, 0-9, '-', '_'): a superset of the ids the file
    // defines, which is what a follow-on finding needs to be recognised.
    std::size_t i = 0;
    while (i < rawText.size()) {
        auto isWord = [](char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
        };
        if (!isWord(rawText[i])) {
            ++i;
            continue;
        }
        std::size_t e = i;
        while (e < rawText.size() && isWord(rawText[e])) ++e;
        unreadableWords_.insert(rawText.substr(i, e - i));
        i = e;
    }
}

bool Diagnostics::mayBeFollowOn(const std::string& id) const {
    return !unreadable_.empty() && (id.empty() || unreadableWords_.count(id) > 0);
}

void Diagnostics::finish() {
    if (unreadable_.empty() || finished_) return;
    finished_ = true;
    note(unreadable_.front(), Msg("followon.note"));
}

std::string Diagnostics::str(const std::string& lang) const {
    std::string out;
    for (const auto& d : items_) {
        out += formatDiagnostic(d, lang);
        out += '\n';
    }
    return out;
}

}  // namespace hr
