// SPDX-License-Identifier: EUPL-1.2
// Whole-file reading with limits.
#include "util/file_io.h"

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace fs = std::filesystem;

namespace hr {

std::string tooLargeMessage(std::size_t size, std::size_t limit) {
    return "file is too large (" + std::to_string(size / 1000000) + " MB); a content file may be at most " +
           std::to_string(limit / 1000000) + " MB";
}

bool readTextFile(const fs::path& path, std::size_t maxBytes, std::string& out, std::string& error) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
        error = "cannot read file: it is a folder";
        return false;
    }
    if (fs::exists(path, ec) && !fs::is_regular_file(path, ec)) {
        error = "cannot read file: not a regular file";
        return false;
    }
    const auto size = fs::file_size(path, ec);
    if (!ec && size > maxBytes) {
        error = tooLargeMessage(size, maxBytes);
        return false;
    }
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) {
        error = std::string("cannot read file: ") + std::strerror(errno);
        return false;
    }
    out.clear();
    if (!ec) out.reserve(size);  // one allocation, not a doubling per 64 KiB (a 2 MB index)
    char buf[65536];
    std::size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) {
        out.append(buf, n);
        if (out.size() > maxBytes) break;  // the file grew while we read it
    }
    const bool failed = std::ferror(f) != 0;
    std::fclose(f);
    if (failed) {
        error = "cannot read file";
        return false;
    }
    return true;
}

}  // namespace hr
