// SPDX-License-Identifier: EUPL-1.2
// Never crash, never hang: every malformed input gets `file:line:col: error:` and exit 1, quickly
// and in bounded memory. Small cases live in tests/malformed/<case>/ with their expected output;
// large or special ones (100,000 levels of nesting, 50 MB, a FIFO, an unreadable file, a symlink
// to a device) are made here at run time.
#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <fstream>

#include "test_support.h"

namespace fs = std::filesystem;
using namespace hr;

namespace {

std::string bin() { return test::binaryCommand(); }

// `timeout` turns a hang into a failure (exit 124); ulimit -v bounds memory to 1 GiB.
test::CommandResult check(const std::string& dir, const fs::path& cwd) {
    const std::string limit = test::kSanitized ? "" : "ulimit -v 1048576; ";
    return test::run(limit + "timeout 20 " + bin() + " check " + test::shellQuote(dir), cwd);
}

const char* kValid = R"(id: t
version: "1"
language: nl
title: Test
tracks:
  - {id: a, audience: iedereen, title: A, start: begin}
nodes:
  - {id: begin, kind: end, title: Begin}
)";

}  // namespace

TEST_CASE("each malformed fixture gives its expected diagnostics and exit code") {
    const fs::path root = test::sourceDir() / "tests" / "malformed";
    std::vector<std::string> cases;
    for (const auto& e : fs::directory_iterator(root))
        if (e.is_directory()) cases.push_back(e.path().filename().string());
    std::sort(cases.begin(), cases.end());
    REQUIRE(cases.size() >= 20);
    for (const auto& name : cases) {
        SECTION(name) {
            std::string expected = test::readText(root / name / "expected.txt");
            REQUIRE(expected.rfind("# exit ", 0) == 0);
            const int expectedExit = std::stoi(expected.substr(7));
            expected.erase(0, expected.find('\n') + 1);
            const auto r = check(name, root);
            CHECK(r.exitCode == expectedExit);
            CHECK(r.out == expected);
            // Every line is a well-formed diagnostic.
            std::istringstream lines(r.out);
            for (std::string line; std::getline(lines, line);)
                CHECK(line.rfind(name + "/", 0) == 0);
        }
    }
}

TEST_CASE("a hundred thousand levels of nesting are refused at once") {
    test::TempDir tmp;
    test::writeText(tmp.path() / "p" / "guide.yaml", "id: " + std::string(100000, '[') + "\n");
    const auto r = check("p", tmp.path());
    CHECK(r.exitCode == 1);
    CHECK(r.out.rfind("p/guide.yaml:1:", 0) == 0);
    CHECK(r.out.find("error: YAML is nested more than 64 levels deep") != std::string::npos);
}

TEST_CASE("a 50 MB file is refused without being read") {
    test::TempDir tmp;
    const fs::path big = tmp.path() / "p" / "guide.yaml";
    fs::create_directories(big.parent_path());
    {
        std::ofstream out(big, std::ios::binary);
        const std::string line = "# " + std::string(98, 'x') + "\n";
        for (int i = 0; i < 500000; ++i) out << line;
    }
    REQUIRE(fs::file_size(big) >= 50u * 1000 * 1000);
    const auto r = check("p", tmp.path());
    CHECK(r.exitCode == 1);
    CHECK(r.out == "p/guide.yaml:1:1: error: file is too large (50 MB); a content file may be at most 4 MB\n");
}

TEST_CASE("an include that is a FIFO is refused instead of blocking") {
    test::TempDir tmp;
    test::writeText(tmp.path() / "p" / "guide.yaml", std::string(kValid) + "include: [pijp.yaml]\n");
    REQUIRE(mkfifo((tmp.path() / "p" / "pijp.yaml").c_str(), 0600) == 0);
    const auto r = check("p", tmp.path());
    CHECK(r.exitCode == 1);
    CHECK(r.out == "p/guide.yaml:9:11: error: cannot include 'pijp.yaml': not a regular file\n");
}

TEST_CASE("an include symlinked to a device outside the pack is refused") {
    test::TempDir tmp;
    test::writeText(tmp.path() / "p" / "guide.yaml", std::string(kValid) + "include: [nul.yaml]\n");
    fs::create_symlink("/dev/zero", tmp.path() / "p" / "nul.yaml");
    const auto r = check("p", tmp.path());
    CHECK(r.exitCode == 1);
    CHECK(r.out == "p/guide.yaml:9:11: error: cannot include 'nul.yaml': it lies outside the pack folder\n");
}

TEST_CASE("an unreadable include names the file and the reason") {
    test::TempDir tmp;
    fs::permissions(tmp.path(), fs::perms::all, fs::perm_options::add);
    test::writeText(tmp.path() / "p" / "guide.yaml", std::string(kValid) + "include: [geheim.yaml]\n");
    test::writeText(tmp.path() / "p" / "geheim.yaml", "nodes: []\n");
    fs::permissions(tmp.path() / "p", fs::perms::all, fs::perm_options::add);
    fs::permissions(tmp.path() / "p" / "guide.yaml", fs::perms::all, fs::perm_options::add);
    fs::permissions(tmp.path() / "p" / "geheim.yaml", fs::perms::none);
    // Root reads every file: run the check as an ordinary user then.
    const std::string asUser = geteuid() == 0 ? "setpriv --reuid=nobody --regid=nogroup --clear-groups " : "";
    const auto r = test::run("timeout 20 " + asUser + bin() + " check p", tmp.path());
    CHECK(r.exitCode == 1);
    // What the file held is missing: findings that may follow from that are left out, and a note says so.
    CHECK(r.out == "p/guide.yaml:9:11: error: cannot include 'geheim.yaml': cannot read file: Permission denied\n"
                   "p/guide.yaml:9:11: note: more errors may follow from this one; fix it first\n");
}
