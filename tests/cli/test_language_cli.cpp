// SPDX-License-Identifier: EUPL-1.2
// check --readability, check --spelling and info --coverage from the outside: the lines an
// editor (and a problem matcher) reads, the summaries, and the exit codes.
#include <catch2/catch.hpp>

#include "test_support.h"

using namespace hr;

namespace {
std::string bin() { return test::binaryCommand(); }
bool has(const std::string& out, const std::string& what) { return out.find(what) != std::string::npos; }
}  // namespace

TEST_CASE("check --readability prints a line per text, notes at long sentences and the B1 share") {
    const auto r = test::run(bin() + " check --readability packs/taal", test::fixturesDir());
    INFO(r.out << r.err);
    CHECK(r.exitCode == 0);  // notes only
    CHECK(has(r.out, "packs/taal/guide.yaml:27:7: node 'kort' text: 39 words in 8 sentences, 4.9 words per sentence"));
    CHECK(has(r.out, "packs/taal/guide.yaml:37:7: note: sentence of 28 words (B1: at most 20); split it\n"));
    CHECK(has(r.out, "packs/taal/guide.yaml:37:7: note: sentence with "));
    CHECK(has(r.out, ": above B1\n"));
    CHECK(has(r.out, "readability packs/taal/guide.yaml: "));
    CHECK(has(r.out, "readability of the guide: "));
}

TEST_CASE("check --spelling gives a note per unknown word with suggestions, and the word list counts") {
    const auto r = test::run(bin() + " check --spelling packs/taal", test::fixturesDir());
    INFO(r.out << r.err);
    CHECK(r.exitCode == 0);
    CHECK(has(r.out, "packs/taal/guide.yaml:43:44: note: unknown word 'prathen'; did you mean "));
    CHECK(has(r.out, "packs/taal/woorden.txt:5:1: warning: 'Veilig Thuis' is more than one word"));
    CHECK_FALSE(has(r.out, "Zonnehof"));
    CHECK_FALSE(has(r.out, "qwxyzzy"));
    CHECK(has(r.out, "spelling: 1 unknown word (1 different)\n"));
    CHECK(test::run(bin() + " check --spelling --werror packs/taal", test::fixturesDir()).exitCode == 1);
}

TEST_CASE("info --coverage lists per question the nodes and pages that cover it") {
    const auto r = test::run(bin() + " info --coverage --content packs/taal --content packs/taal-overlay",
                             test::fixturesDir());
    INFO(r.out << r.err);
    CHECK(r.exitCode == 0);
    CHECK(r.out == "question 1 Hoe werkt ervaring door in het werk?\n"
                   "  node kort packs/taal/guide.yaml:22\n"
                   "question organisatie Wat kan de organisatie doen?\n"
                   "  node lokaal packs/taal-overlay/guide.yaml:12\n");
}

TEST_CASE("the bundled guide's questions are each covered (check on it stays silent too)") {
    const auto r = test::run(bin() + " info --coverage");
    INFO(r.out << r.err);
    CHECK(r.exitCode == 0);
    CHECK_FALSE(has(r.out, "(not covered)"));
}
