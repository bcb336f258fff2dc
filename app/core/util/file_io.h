// SPDX-License-Identifier: EUPL-1.2
// Reading a whole text file with a size limit and a readable reason when it fails. Every file the
// app reads (packs, records, settings, interface texts, answers files) goes through here, so a
// huge or odd file is refused the same way everywhere.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>

namespace hr {

// A content file, record or settings file is text written by people or by the app: a few MB at most.
constexpr std::size_t kMaxTextFileBytes = 4000000;

// The message for a file over its size limit (readTextFile, yaml::Limits::maxBytes).
std::string tooLargeMessage(std::size_t size, std::size_t limit);

// Reads `path` into `out`. Refuses, without reading it all, a file larger than `maxBytes`, and
// anything that is not a regular file (a FIFO would block). On failure `error` says why.
[[nodiscard]] bool readTextFile(const std::filesystem::path& path, std::size_t maxBytes, std::string& out, std::string& error);

}  // namespace hr
