// SPDX-License-Identifier: EUPL-1.2
// One fixture pack per kind of diagnostic (tests/fixtures/diagnostics/<name>/guide.yaml): loading
// and validating it must print exactly the lines in its expected.txt: file, line, column, message.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>

#include "content/pack.h"
#include "test_support.h"

namespace fs = std::filesystem;
using namespace hr;

TEST_CASE("every diagnostic fixture gives exactly its expected diagnostics") {
    const fs::path root = test::fixturesDir() / "diagnostics";
    std::vector<fs::path> cases;
    for (const auto& e : fs::directory_iterator(root))
        if (e.is_directory()) cases.push_back(e.path());
    std::sort(cases.begin(), cases.end());
    REQUIRE(cases.size() >= 20);
    for (const auto& dir : cases) {
        const std::string name = dir.filename().string();
        SECTION(name) {
            const auto pack = content::loadAndValidate(dir, name);
            // HR_UPDATE_GOLDEN=1 writes what is got, for a person to review in the diff.
            if (std::getenv("HR_UPDATE_GOLDEN")) test::writeText(dir / "expected.txt", pack.diags.str());
            const std::string expected = test::readText(dir / "expected.txt");
            REQUIRE_FALSE(expected.empty());
            CHECK(pack.diags.str() == expected);
        }
    }
}

TEST_CASE("a fixture's diagnostics carry exact positions") {
    const fs::path dir = test::fixturesDir() / "diagnostics" / "condition-syntax";
    const auto pack = content::loadAndValidate(dir, "x");
    REQUIRE(pack.diags.errorCount() == 2);
    const auto& first = pack.diags.items()[0];
    CHECK(first.severity == Severity::Error);
    CHECK(first.loc.file == "x/guide.yaml");
    CHECK(first.loc.line == 21);
    CHECK(first.loc.column == 24);  // the 'and' inside "klaar == and true"
    CHECK_FALSE(pack.usable());
}

TEST_CASE("warnings alone keep a pack usable") {
    const auto pack = content::loadAndValidate(test::fixturesDir() / "diagnostics" / "unreachable", "u");
    CHECK(pack.diags.errorCount() == 0);
    CHECK(pack.diags.warningCount() == 1);
    CHECK(pack.usable());
}
