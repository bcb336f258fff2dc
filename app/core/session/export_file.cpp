// SPDX-License-Identifier: EUPL-1.2
// The names the window gives exports: neutral (no track, which the record's id holds), and never
// the name of a file that some other record, or someone else, put there.
#include <cctype>
#include <system_error>

#include "session/export.h"
#include "util/file_io.h"
#include "util/timestamp.h"

namespace fs = std::filesystem;

namespace hr::session {

namespace {

// A word from the interface strings, made safe for a file name on any system.
std::string fileWord(const std::string& word) {
    std::string out;
    for (char c : word) {
        const auto u = static_cast<unsigned char>(c);
        out += std::isalnum(u) || c == '-' || c == '_' ? static_cast<char>(std::tolower(u)) : '-';
    }
    return out.empty() ? "export" : out;
}

// "2026-11-29T14:32:05+01:00" -> "-2026-11-29-1432"; "" when `created` is not such a time.
std::string whenPart(const std::string& created) {
    if (!parseTimestamp(created)) return {};
    return "-" + created.substr(0, 10) + "-" + created.substr(11, 2) + created.substr(14, 2);
}

// An existing file counts as this record's export only when it carries the record's mark; one
// that cannot be read is someone else's.
bool ownExport(const fs::path& p, const Record& r, ExportFormat f) {
    std::string text, error;
    return readTextFile(p, kMaxTextFileBytes, text, error) && isExportOf(text, r, f);
}

}  // namespace

bool fileIsExportOf(const fs::path& p, const Record& r) {
    const std::string ext = p.extension().string();
    for (ExportFormat f : {ExportFormat::Markdown, ExportFormat::Html, ExportFormat::Ics}) {
        std::error_code ec;
        if (ext == std::string(".") + extensionFor(f)) return fs::is_regular_file(fs::symlink_status(p, ec)) && ownExport(p, r, f);
    }
    return false;
}

std::vector<std::string> existingExports(const Record& r) {
    std::vector<std::string> out;
    for (const auto& path : r.exports)
        if (fileIsExportOf(path, r)) out.push_back(path);
    return out;
}

std::string exportFileName(const Record& r, ExportFormat f, const i18n::Strings& tr) {
    return fileWord(tr("export.file_name")) + whenPart(r.created) + "." + extensionFor(f);
}

fs::path exportPath(const fs::path& dir, const Record& r, ExportFormat f, const i18n::Strings& tr) {
    const fs::path first = dir / exportFileName(r, f, tr);
    const std::string stem = first.stem().string(), ext = first.extension().string();
    for (int n = 1;; ++n) {
        const fs::path p = n == 1 ? first : dir / (stem + "-" + std::to_string(n) + ext);
        std::error_code ec;
        if (!fs::exists(fs::symlink_status(p, ec)) || ownExport(p, r, f)) return p;
    }
}

}  // namespace hr::session
