// SPDX-License-Identifier: EUPL-1.2
// Shared by the fuzz targets: a private temporary folder per process (for the entry points that
// read files) and a check that aborts, so a broken property is a finding like a crash.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "util/diagnostics.h"

namespace hr::fuzz {

// Made once, removed at exit; each fuzzing process has its own, so parallel jobs do not collide.
inline const std::filesystem::path& tempDir() {
    static const std::filesystem::path dir = [] {
        std::string templ = (std::filesystem::temp_directory_path() / "hr-fuzz-XXXXXX").string();
        if (!mkdtemp(templ.data())) std::abort();
        std::atexit([] {
            std::error_code ec;
            std::filesystem::remove_all(tempDir(), ec);
        });
        return std::filesystem::path(templ);
    }();
    return dir;
}

inline void writeFile(const std::filesystem::path& p, const char* data, std::size_t size) {
    std::ofstream f(p, std::ios::binary | std::ios::trunc);
    f.write(data, static_cast<std::streamsize>(size));
}

// A property that must hold: print what broke and abort (libFuzzer saves the input).
#define HR_FUZZ_CHECK(cond)                                                              \
    do {                                                                                 \
        if (!(cond)) {                                                                   \
            std::fprintf(stderr, "%s:%d: property failed: %s\n", __FILE__, __LINE__, #cond); \
            std::abort();                                                                \
        }                                                                                \
    } while (0)

// Every diagnostic is one line that a terminal shows and never obeys: no control character but
// the tab that visibleText keeps.
inline void checkDiagnostics(const Diagnostics& diags) {
    for (const auto& d : diags.items()) {
        const std::string line = formatDiagnostic(d);
        for (unsigned char c : line) HR_FUZZ_CHECK((c >= 0x20 || c == '\t') && c != 0x7f);
    }
}

}  // namespace hr::fuzz
