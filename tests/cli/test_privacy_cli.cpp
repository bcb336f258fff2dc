// SPDX-License-Identifier: EUPL-1.2
// Private answers never reach a disk, seen from the outside: `walk` through private steps and
// `export` with every option, then every file the binary wrote, and all it printed, is searched
// for the private steps' ids, answers, labels and variable names.
#include <catch2/catch.hpp>

#include <filesystem>

#include "test_support.h"

namespace fs = std::filesystem;
using namespace hr;

namespace {

std::string bin() { return test::binaryCommand(); }
std::string prive() { return test::shellQuote((test::fixturesDir() / "packs" / "prive").string()); }

const std::vector<std::string> kSecrets = {"pv-veilig", "acuutgevaar", "rustig", "Label", "geheimgevaar", "pv-hulp",
                                           "pv-stemming", "geheimpunt", "Geheim", "Secret"};

void requireNoSecret(const std::string& where, const std::string& text) {
    for (const auto& secret : kSecrets) {
        INFO(where << " holds '" << secret << "':\n" << text);
        CHECK(text.find(secret) == std::string::npos);
    }
}

}  // namespace

TEST_CASE("no file written by walk or export, and nothing printed, holds a private answer") {
    test::TempDir tmp;
    const auto answers = GENERATE(std::string("pv-veilig: rustig\npv-stemming: {geheimpunt: 1}\npv-werk: extra-steun\n"
                                              "pv-afspraken: [pv-check-in]\n"),
                                  std::string("pv-veilig: acuutgevaar\npv-hulpafspraken: [pv-rooster]\n"));
    test::writeText(tmp.path() / "answers.yaml", answers);
    const fs::path data = tmp.path() / "data";
    const auto walk = test::run(bin() + " walk --content " + prive() + " --track praten --answers answers.yaml --data-dir " +
                                    test::shellQuote(data.string()),
                                tmp.path());
    INFO(walk.err);
    REQUIRE(walk.exitCode == 0);
    requireNoSecret("walk's output", walk.out + walk.err);
    const std::string record = walk.out.substr(0, walk.out.find('\n'));
    REQUIRE(fs::exists(record));
    for (const char* format : {"md", "html", "ics"}) {
        const std::string out = (tmp.path() / (std::string("export.") + format)).string();
        const auto exp = test::run(bin() + " --content " + prive() + " export " + test::shellQuote(record) + " --format " +
                                   format + " --include-answers --include-notes --include-title -o " + test::shellQuote(out));
        requireNoSecret(std::string("export --format ") + format + " output", exp.out + exp.err);
    }
    std::size_t files = 0;
    for (const auto& e : fs::recursive_directory_iterator(tmp.path())) {
        if (!e.is_regular_file() || e.path().filename() == "answers.yaml") continue;
        ++files;
        requireNoSecret(e.path().string(), test::readText(e.path()));
    }
    CHECK(files >= 3);  // the record and at least the Markdown and HTML exports
    CHECK(test::readText(record).find("private: true") != std::string::npos);
}
