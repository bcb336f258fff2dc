// SPDX-License-Identifier: EUPL-1.2
// Test helpers.
#include "test_support.h"

#include <stb_image.h>
#include <sys/wait.h>

#include <cstdlib>
#include <fstream>
#include <set>
#include <sstream>

namespace fs = std::filesystem;

namespace hr::test {

fs::path sourceDir() { return HR_SOURCE_DIR; }
fs::path fixturesDir() { return sourceDir() / "tests" / "fixtures"; }
fs::path binary() { return HR_BINARY; }

std::string binaryCommand(bool window) {
    const std::string quoted = shellQuote(binary().string());
    return kSanitized && window ? "env ASAN_OPTIONS=detect_leaks=0 " + quoted : quoted;
}

std::string shellQuote(const std::string& s) {
    std::string out = "'";
    for (char c : s) {
        if (c == '\'')
            out += "'\\''";
        else
            out += c;
    }
    return out + "'";
}

std::string readText(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

void writeText(const fs::path& p, const std::string& text) {
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << text;
}

TempDir::TempDir() {
    std::string tmpl = (fs::temp_directory_path() / "handreiking-test-XXXXXX").string();
    if (!mkdtemp(tmpl.data())) throw std::runtime_error("mkdtemp failed");
    path_ = tmpl;
}

TempDir::~TempDir() {
    std::error_code ec;
    fs::permissions(path_, fs::perms::owner_all, fs::perm_options::add, ec);
    fs::remove_all(path_, ec);
}

namespace {
// The binary's messages follow the locale when neither --lang nor the settings say otherwise
// (settings::messageLanguage). The tests compare English messages, so every command they run
// gets an English LC_MESSAGES whatever the machine's locale; the tests of the message language
// (cli/test_diagnostic_languages.cpp) set their own. LC_ALL is cleared, as it would win over
// LC_MESSAGES (setting it to a locale that is not installed makes bash warn on every start).
const bool kEnglishMessages = [] {
    unsetenv("LC_ALL");
    setenv("LC_MESSAGES", "en_US.UTF-8", 1);
    return true;
}();
}  // namespace

CommandResult run(const std::string& command, const fs::path& cwd) {
    (void)kEnglishMessages;
    TempDir tmp;
    const fs::path out = tmp.path() / "out", err = tmp.path() / "err";
    std::string full = command + " >" + shellQuote(out.string()) + " 2>" + shellQuote(err.string());
    if (!cwd.empty()) full = "cd " + shellQuote(cwd.string()) + " && " + full;
    const int status = std::system(full.c_str());
    CommandResult r;
    r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    r.out = readText(out);
    r.err = readText(err);
    return r;
}

int Image::distinctColours(int cap) const {
    std::set<unsigned> colours;
    for (std::size_t i = 0; i + 3 < rgba.size(); i += 4) {
        colours.insert(unsigned(rgba[i]) << 16 | unsigned(rgba[i + 1]) << 8 | rgba[i + 2]);
        if (static_cast<int>(colours.size()) >= cap) break;
    }
    return static_cast<int>(colours.size());
}

Image readPng(const fs::path& p) {
    Image img;
    int n = 0;
    unsigned char* data = stbi_load(p.c_str(), &img.width, &img.height, &n, 4);
    if (!data) return {};
    img.rgba.assign(data, data + static_cast<std::size_t>(img.width) * img.height * 4);
    stbi_image_free(data);
    return img;
}

EnvVar::EnvVar(const char* name, const std::string& value) : name_(name) {
    if (const char* old = std::getenv(name)) old_ = old;
    ::setenv(name, value.c_str(), 1);
}

EnvVar::~EnvVar() {
    if (old_)
        ::setenv(name_, old_->c_str(), 1);
    else
        ::unsetenv(name_);
}

}  // namespace hr::test
