// SPDX-License-Identifier: EUPL-1.2
// Records as YAML text: written for people to read (and for git), read back with exact
// diagnostics (file, line, column) for a damaged or hand-edited file.
#pragma once

#include <optional>
#include <string>

#include "session/record.h"
#include "util/diagnostics.h"

namespace hr::session {

std::string writeRecord(const Record& r);

// nullopt when the text is not a usable record; then `diags` says why, with positions.
[[nodiscard]] std::optional<Record> readRecord(std::string text, const std::string& displayPath, Diagnostics& diags);

}  // namespace hr::session
