// SPDX-License-Identifier: EUPL-1.2
// Helpers shared by the tests: paths to the source tree and the binary, running a command,
// temporary folders, and reading PNG files.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace hr::test {

std::filesystem::path sourceDir();
std::filesystem::path fixturesDir();  // tests/fixtures
std::filesystem::path binary();       // the built handreiking
// True in the AddressSanitizer build: it needs a huge address space (no `ulimit -v`), and the
// Mesa drivers under Xvfb leak a few bytes at exit that are not ours to fix.
constexpr bool kSanitized = HR_SANITIZED;
// The binary, quoted for the shell; in the sanitizer build with leak checks off for GL drivers
// when `window` is set.
std::string binaryCommand(bool window = false);

struct CommandResult {
    int exitCode = -1;
    std::string out;  // stdout
    std::string err;  // stderr
};
// Runs `command` through /bin/sh in `cwd` (if given), capturing stdout and stderr.
CommandResult run(const std::string& command, const std::filesystem::path& cwd = {});

std::string shellQuote(const std::string& s);
std::string readText(const std::filesystem::path& p);
void writeText(const std::filesystem::path& p, const std::string& text);

// A fresh temporary folder, removed when the object goes.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::filesystem::path& path() const { return path_; }

private:
    std::filesystem::path path_;
};

struct Image {
    int width = 0, height = 0;
    std::vector<unsigned char> rgba;
    bool ok() const { return width > 0 && height > 0; }
    int distinctColours(int cap = 1000) const;
};
Image readPng(const std::filesystem::path& p);

// Sets an environment variable for one test, and puts the old value back.
class EnvVar {
public:
    EnvVar(const char* name, const std::string& value);
    ~EnvVar();
    EnvVar(const EnvVar&) = delete;
    EnvVar& operator=(const EnvVar&) = delete;

private:
    const char* name_;
    std::optional<std::string> old_;
};

}  // namespace hr::test
