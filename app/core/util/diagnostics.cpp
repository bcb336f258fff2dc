// SPDX-License-Identifier: EUPL-1.2
// Diagnostics: collecting and formatting findings about content files.
#include "util/diagnostics.h"

#include <cstdio>

namespace hr {

// Paths and messages quote text from a pack or record, which may hold control characters: an
// escape sequence would reach the terminal as a command (recolour, retitle, hide the line), and
// a line break would split a one-line notice. Each becomes a visible escape such as \x1b: ASCII
// controls (tab kept, it is harmless), DEL, and the C1 controls U+0080-U+009F written in UTF-8.
std::string visibleText(const std::string& text, bool keepLineBreaks) {
    std::string out;
    out.reserve(text.size());
    char buf[8];
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (keepLineBreaks && c == '\n') {
            out += '\n';
        } else if ((c < 0x20 && c != '\t') || c == 0x7f) {
            std::snprintf(buf, sizeof buf, "\\x%02x", c);
            out += buf;
        } else if (c == 0xc2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
                   static_cast<unsigned char>(text[i + 1]) <= 0x9f) {
            std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned char>(text[i + 1]));
            out += buf;
            ++i;
        } else {
            out += text[i];
        }
    }
    return out;
}

std::string formatDiagnostic(const Diagnostic& d) {
    const char* word = d.severity == Severity::Error     ? "error"
                       : d.severity == Severity::Warning ? "warning"
                                                         : "note";
    return visibleText(d.loc.file) + ":" + std::to_string(d.loc.line) + ":" + std::to_string(d.loc.column) + ": " +
           word + ": " + visibleText(d.message);
}

void Diagnostics::error(const SourceLoc& loc, std::string message) {
    items_.push_back({Severity::Error, loc, std::move(message)});
    ++errors_;
}

void Diagnostics::warning(const SourceLoc& loc, std::string message) {
    items_.push_back({Severity::Warning, loc, std::move(message)});
    ++warnings_;
}

void Diagnostics::note(const SourceLoc& loc, std::string message) {
    items_.push_back({Severity::Note, loc, std::move(message)});
}

std::string Diagnostics::str() const {
    std::string out;
    for (const auto& d : items_) {
        out += formatDiagnostic(d);
        out += '\n';
    }
    return out;
}

}  // namespace hr
