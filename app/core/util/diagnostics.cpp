// Diagnostics: collecting and formatting findings about content files.
#include "util/diagnostics.h"

namespace hr {

std::string formatDiagnostic(const Diagnostic& d) {
    const char* word = d.severity == Severity::Error     ? "error"
                       : d.severity == Severity::Warning ? "warning"
                                                         : "note";
    return d.loc.file + ":" + std::to_string(d.loc.line) + ":" + std::to_string(d.loc.column) + ": " +
           word + ": " + d.message;
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
