// SPDX-License-Identifier: EUPL-1.2
// The command-line tool from the outside: exit codes, output format, bad arguments.
#include <catch2/catch.hpp>

#include <algorithm>

#include "../session/session_fixture.h"
#include "session/record_io.h"
#include "test_support.h"

namespace fs = std::filesystem;
using namespace hr;

namespace {
std::string bin() { return test::binaryCommand(); }
}  // namespace

TEST_CASE("check on the bundled guide prints nothing and exits 0") {
    const auto r = test::run(bin() + " check");
    CHECK(r.exitCode == 0);
    CHECK(r.out.empty());
    CHECK(r.err.empty());
    const auto werror = test::run(bin() + " check --werror");
    CHECK(werror.exitCode == 0);
}

TEST_CASE("check names paths as given and exits 1 on errors") {
    const auto r = test::run(bin() + " check diagnostics/unknown-node", test::fixturesDir());
    CHECK(r.exitCode == 1);
    CHECK(r.out == "diagnostics/unknown-node/guide.yaml:14:11: error: unknown node 'eind'; did you mean 'einde'?\n");
    CHECK(r.err == "1 error, 0 warnings\n");
    const auto slash = test::run(bin() + " check diagnostics/unknown-node/", test::fixturesDir());
    CHECK(slash.out == r.out);
}

TEST_CASE("check takes several packs and --werror makes warnings count") {
    const auto both = test::run(bin() + " check diagnostics/unreachable diagnostics/duplicate-id", test::fixturesDir());
    CHECK(both.exitCode == 1);
    CHECK(both.out.find("unreachable/guide.yaml:18:9: warning:") != std::string::npos);
    CHECK(both.out.find("duplicate-id/guide.yaml:18:9: error:") != std::string::npos);
    CHECK(test::run(bin() + " check diagnostics/unreachable", test::fixturesDir()).exitCode == 0);
    CHECK(test::run(bin() + " check --werror diagnostics/unreachable", test::fixturesDir()).exitCode == 1);
}

TEST_CASE("check cannot run on what is not a folder: exit 2") {
    test::TempDir tmp;
    test::writeText(tmp.path() / "file.yaml", "id: x\n");
    auto r = test::run(bin() + " check " + test::shellQuote((tmp.path() / "nope").string()));
    CHECK(r.exitCode == 2);
    CHECK(r.err.find("no such folder") != std::string::npos);
    r = test::run(bin() + " check " + test::shellQuote((tmp.path() / "file.yaml").string()));
    CHECK(r.exitCode == 2);
    CHECK(r.err.find("not a folder") != std::string::npos);
}

TEST_CASE("bad arguments give one clear message and exit 2") {
    auto r = test::run(bin() + " --bogus");
    CHECK(r.exitCode == 2);
    CHECK(r.err.find("--bogus") != std::string::npos);
    r = test::run(bin() + " check --werrror");
    CHECK(r.exitCode == 2);
    r = test::run(bin() + " frobnicate");
    CHECK(r.exitCode == 2);
    r = test::run(bin() + " --size 12by3 --screenshot /tmp/x.png");
    CHECK(r.exitCode == 2);
    CHECK(r.err.find("--size 12by3") != std::string::npos);
    r = test::run(bin() + " --lang 'Nederlands'");
    CHECK(r.exitCode == 2);
    // Without a command the window's language speaks on the terminal too: here the desktop's.
    r = test::run("env -u LC_ALL -u LC_MESSAGES LANG=nl_NL.UTF-8 " + bin() + " --content /nonexistent/pack");
    CHECK(r.exitCode == 2);
    CHECK(r.err.find("handreiking: /nonexistent/pack: deze map bestaat niet\n") != std::string::npos);
    r = test::run(bin() + " --lang en --content /nonexistent/pack");
    CHECK(r.err.find("handreiking: /nonexistent/pack: no such folder\n") != std::string::npos);
}

TEST_CASE("the help option explains the commands and exits 0") {
    const auto r = test::run(bin() + " --help");
    CHECK(r.exitCode == 0);
    CHECK(r.out.find("check") != std::string::npos);
    CHECK(r.out.find("--screenshot") != std::string::npos);
    CHECK(r.out.find("screen readers") != std::string::npos);
    const auto walk = test::run(bin() + " walk --help");
    CHECK(walk.exitCode == 0);
    CHECK(walk.out.find("--interactive") != std::string::npos);
    CHECK(walk.out.find("--follow-up ID") != std::string::npos);
}

TEST_CASE("info prints one line per track and a pack line") {
    test::TempDir tmp;
    test::writeText(tmp.path() / "guide.yaml", R"(id: klein
version: 0.3.0
language: nl
title: Klein
roles: [{id: samen, title: Samen}]
tracks:
  - {id: een, audience: iedereen, title: Een, start: a}
  - {id: twee, audience: iedereen, title: Twee, start: c}
nodes:
  - {id: a, kind: choice, title: A, choices: [{id: x, label: X, next: b}, {id: y, label: Y, next: c}]}
  - {id: b, kind: end, title: B}
  - {id: c, kind: agreements, title: C, next: d}
  - {id: d, kind: end, title: D}
agreements:
  - {id: k, text: Afspraak, owner: samen}
  - {id: l, text: Nog een, owner: samen}
)");
    const auto r = test::run(bin() + " info " + test::shellQuote(tmp.path().string()));
    CHECK(r.exitCode == 0);
    CHECK(r.out ==
          "track een nodes=4 ends=2\n"
          "track twee nodes=2 ends=1\n"
          "pack klein version=0.3.0 nodes=4 agreements=2\n");
}

TEST_CASE("info on a pack with errors prints the diagnostics and exits 1") {
    const auto r = test::run(bin() + " info diagnostics/dead-end", test::fixturesDir());
    CHECK(r.exitCode == 1);
    CHECK(r.out.empty());
    CHECK(r.err.find("dead-end/guide.yaml:24:9: error: no end can be reached") != std::string::npos);
}

TEST_CASE("the window refuses an unknown track before opening, and a second whole guide is an error") {
    const std::string fixture = test::shellQuote((test::fixturesDir() / "diagnostics" / "unreachable").string());
    // In the window's language: --lang, else the settings, else the desktop's (Dutch here).
    auto r = test::run("env -u LC_ALL -u LC_MESSAGES LANG=nl_NL.UTF-8 " + bin() + " --content " + fixture +
                       " --track bestaat-niet");
    CHECK(r.exitCode == 2);
    CHECK(r.err.find("--track bestaat-niet: deze route staat niet in de gids (routes: a)") != std::string::npos);
    r = test::run(bin() + " --lang en --content " + fixture + " --track bestaat-niet");
    CHECK(r.err.find("--track bestaat-niet: no such track in this guide (tracks: a)") != std::string::npos);
    r = test::run("env -u LC_ALL LC_MESSAGES=en_GB.UTF-8 LANG=nl_NL.UTF-8 " + bin() + " --content " + fixture +
                  " --track bestaat-niet");
    CHECK(r.err.find("--track bestaat-niet: no such track in this guide (tracks: a)") != std::string::npos);
    const std::string pack = test::shellQuote((test::sourceDir() / "content" / "ervaringskennis").string());
    r = test::run(bin() + " check --content " + pack + " --content " + pack);
    CHECK(r.exitCode == 1);
    CHECK(r.out.find("ervaringskennis/guide.yaml:1:1: error: this is a whole guide, not an overlay") != std::string::npos);
}

TEST_CASE("walk and info take an overlay after its base: the inserted step is walked and pinned") {
    test::TempDir tmp;
    const fs::path o = test::fixturesDir() / "overlays";
    const std::string content = " --content " + test::shellQuote((o / "bases" / "basis").string()) + " --content " +
                                test::shellQuote((o / "lokaal").string());
    auto r = test::run(bin() + " info" + content);
    CHECK(r.exitCode == 0);
    CHECK(r.out.find("overlay lokaal extends basis version=1\n") != std::string::npos);
    test::writeText(tmp.path() / "answers.yaml", "keuze: team\nafspraken: [coach]\n");
    const std::string out = (tmp.path() / "r.yaml").string();
    r = test::run(bin() + " walk" + content + " --track gesprek --answers answers.yaml --out " + test::shellQuote(out),
                  tmp.path());
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    const std::string rec = test::readText(out);
    CHECK(rec.find("- node: beleid") != std::string::npos);  // the overlay's local step
    CHECK(rec.find("template: coach") != std::string::npos);
    CHECK(rec.find("overlays:\n    - {id: lokaal, version: \"1\", hash: fnv1a64:") != std::string::npos);
}

namespace {
std::string proef() { return test::shellQuote((test::fixturesDir() / "packs" / "proef").string()); }
}  // namespace

TEST_CASE("walk with an answers file reaches the end and writes the record") {
    test::TempDir tmp;
    test::writeText(tmp.path() / "answers.yaml",
                    "veilig: ja\npraten: ja\nthema: [casus]\nstellingen: {steun: 2, rust: 4}\nnog-eens: door\n"
                    "afspraken: [check-in, intervisie, Elke vrijdag even bijpraten.]\n");
    const std::string out = (tmp.path() / "gesprek.yaml").string();
    const auto r = test::run(bin() + " walk --content " + proef() + " --track gesprek --answers answers.yaml --out " +
                                 test::shellQuote(out),
                             tmp.path());
    INFO(r.err);
    CHECK(r.exitCode == 0);
    CHECK(r.out == out + "\n");
    const std::string record = test::readText(out);
    CHECK(record.find("finished: true") != std::string::npos);
    CHECK(record.find("template: intervisie") != std::string::npos);
    CHECK(record.find("text: Elke vrijdag even bijpraten.") != std::string::npos);
    CHECK(record.find("id: gesprek\n") != std::string::npos);  // the id follows the file name
    const auto md = test::run(bin() + " --content " + proef() + " export " + test::shellQuote(out) + " --format md");
    CHECK(md.exitCode == 0);
    CHECK(md.out.find("- Elke vrijdag even bijpraten.\n") != std::string::npos);
}

TEST_CASE("walk names the answers file line of a wrong answer") {
    test::TempDir tmp;
    const auto walk = [&](const std::string& answers) {
        test::writeText(tmp.path() / "a.yaml", answers);
        return test::run(bin() + " walk --content " + proef() + " --track gesprek --answers a.yaml --out " +
                             test::shellQuote((tmp.path() / "r.yaml").string()),
                         tmp.path());
    };
    auto r = walk("veilig: ja\npraten: misschien\n");
    CHECK(r.exitCode == 1);
    CHECK(r.err == "a.yaml:2:9: error: 'misschien' is not a choice of step 'praten'\n");
    r = walk("veilig: ja\npraten: ja\nthema: [casus]\nstellingen: {steun: 4}\nnog-eens: opnieuw\n");
    CHECK(r.exitCode == 1);
    CHECK(r.err == "a.yaml:5:11: error: choice 'opnieuw' is not offered here (its condition does not hold)\n");
    r = walk("veilig: ja\npraten: nee\nafspraken: [intervisie]\n");
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("a.yaml:3:13: error: agreement 'intervisie' is not offered here") == 0);
    r = walk("veilig: ja\n");
    CHECK(r.exitCode == 1);
    CHECK(r.err == "a.yaml:1:1: error: no answer for step 'praten'; it is a choice: one of ja, nee, later\n");
    r = walk("veilig: [ja\n");
    CHECK(r.exitCode == 1);
    CHECK(r.err.rfind("a.yaml:2:1: error: YAML syntax", 0) == 0);
    CHECK_FALSE(std::filesystem::exists(tmp.path() / "r.yaml"));  // nothing written on error
    r = walk("veilig: gevaar\nstellingen: {steun: 1}\n");
    CHECK(r.exitCode == 0);
    CHECK(r.err.find("a.yaml:2:1: warning: the answer for 'stellingen' was not used") != std::string::npos);
}

TEST_CASE("walk with random answers reaches an end on every track for many seeds") {
    test::TempDir tmp;
    for (const char* track : {"gesprek", "plan", "vervolg"})
        for (int seed = 1; seed <= 15; ++seed) {
            const auto r = test::run(bin() + " walk --content " + proef() + " --track " + track + " --random " +
                                     std::to_string(seed) + " --data-dir " + test::shellQuote(tmp.path().string()));
            INFO(track << " seed " << seed << ": " << r.err);
            REQUIRE(r.exitCode == 0);
            CHECK(r.out.rfind(tmp.path().string() + "/", 0) == 0);
        }
    CHECK(std::distance(std::filesystem::directory_iterator(tmp.path()), {}) == 45);
}

TEST_CASE("walk and export refuse what they cannot use") {
    test::TempDir tmp;
    auto r = test::run(bin() + " walk --content " + proef() + " --track gesprek </dev/null");
    CHECK(r.exitCode == 2);
    CHECK(r.err.find("either --answers FILE or --random SEED") != std::string::npos);
    r = test::run(bin() + " walk --content " + proef() + " --track nergens --random 1");
    CHECK(r.exitCode == 2);
    r = test::run(bin() + " export /nonexistent.yaml --format md");
    CHECK(r.exitCode == 2);
    test::writeText(tmp.path() / "kapot.yaml", "format: 1\nid: kapot\npath: [\n");
    r = test::run(bin() + " export " + test::shellQuote((tmp.path() / "kapot.yaml").string()) + " --format html");
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("kapot.yaml:4:1: error: YAML syntax") != std::string::npos);
    CHECK(test::readText(tmp.path() / "kapot.yaml") == "format: 1\nid: kapot\npath: [\n");  // left alone
    r = test::run(bin() + " export " + test::shellQuote((tmp.path() / "kapot.yaml").string()) + " --format pdf");
    CHECK(r.exitCode == 2);
}

TEST_CASE("export writes a private file and an ics only with a next date") {
    test::TempDir tmp;
    const std::string rec = (tmp.path() / "r.yaml").string();
    REQUIRE(test::run(bin() + " walk --content " + proef() + " --track vervolg --random 3 --out " + test::shellQuote(rec))
                .exitCode == 0);
    auto r = test::run(bin() + " --content " + proef() + " export " + test::shellQuote(rec) + " --format ics");
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("has no date for a next conversation") != std::string::npos);
    const std::string html = (tmp.path() / "r.html").string();
    r = test::run(bin() + " --content " + proef() + " export " + test::shellQuote(rec) + " --format html -o " +
                  test::shellQuote(html));
    CHECK(r.exitCode == 0);
    CHECK(test::readText(html).find("<html lang=\"nl\">") == 0 + test::readText(html).find("<html"));
    CHECK((std::filesystem::status(html).permissions() & std::filesystem::perms::all) ==
          (std::filesystem::perms::owner_read | std::filesystem::perms::owner_write));
}

TEST_CASE("walk --next sets the next date, and the ics export is a calendar python3-icalendar reads") {
    test::TempDir tmp;
    const std::string rec = (tmp.path() / "r.yaml").string();
    CHECK(test::run(bin() + " walk --content " + proef() + " --track gesprek --random 3 --next 31-2-2027 --out " +
                    test::shellQuote(rec)).exitCode == 2);  // no such day
    CHECK_FALSE(fs::exists(rec));
    REQUIRE(test::run(bin() + " walk --content " + proef() + " --track gesprek --random 3 --next 15-1-2027 --out " +
                      test::shellQuote(rec)).exitCode == 0);
    CHECK(test::readText(rec).find("next_conversation: 2027-01-15") != std::string::npos);
    // --agreement-dates belongs to the calendar.
    CHECK(test::run(bin() + " --content " + proef() + " export " + test::shellQuote(rec) + " --format md --agreement-dates")
              .exitCode == 2);
    const std::string ics = (tmp.path() / "r.ics").string();
    REQUIRE(test::run(bin() + " --content " + proef() + " export " + test::shellQuote(rec) + " --format ics -o " +
                      test::shellQuote(ics)).exitCode == 0);
    // Debian's python3 (with python3-icalendar), not whatever python3 comes first on the PATH.
    if (!fs::exists("/usr/bin/python3") || test::run("/usr/bin/python3 -c 'import icalendar'").exitCode != 0) {
        WARN("python3-icalendar is not installed (script/bootstrap installs it): the parse is skipped");
        return;
    }
    const auto parsed = test::run("/usr/bin/python3 -c 'import sys, icalendar; c = icalendar.Calendar.from_ical(open(sys.argv[1], \"rb\").read()); "
                                  "[print(e[\"UID\"], e[\"SEQUENCE\"], e.decoded(\"DTSTART\")) for e in c.walk(\"VEVENT\")]' " +
                                  test::shellQuote(ics));
    INFO(parsed.out << parsed.err);
    REQUIRE(parsed.exitCode == 0);
    CHECK(parsed.out.find("-next@handreiking ") != std::string::npos);
    CHECK(parsed.out.find(" 2027-01-15\n") != std::string::npos);
    CHECK(std::count(parsed.out.begin(), parsed.out.end(), '\n') == 1);  // one event: agreement dates only when asked
}

TEST_CASE("export --include-title adds the track's title to the documents, never to the calendar, and without it the export is the neutral golden file") {
    test::TempDir tmp;
    const session::Record r = test::sampleRecord();
    const std::string rec = (tmp.path() / (r.id + ".yaml")).string();
    test::writeText(rec, session::writeRecord(r));
    const fs::path golden = test::fixturesDir() / "golden";
    const auto exportAs = [&](const std::string& args) {
        const auto out = test::run(bin() + " --content " + proef() + " export " + test::shellQuote(rec) + " " + args);
        INFO(args << ": " << out.err);
        CHECK(out.exitCode == 0);
        return out.out;
    };
    CHECK(exportAs("--format md") == test::readText(golden / "gesprek.md"));
    CHECK(exportAs("--format md --include-title") == test::readText(golden / "gesprek-met-naam.md"));
    CHECK(exportAs("--format html --include-title") == test::readText(golden / "gesprek-met-naam.html"));
    CHECK(exportAs("--format ics --include-title") == test::readText(golden / "gesprek.ics"));  // a calendar stays neutral
    CHECK(exportAs("--format ics") == test::readText(golden / "gesprek.ics"));
}

TEST_CASE("export and walk never replace a file unasked, and export never replaces its own record") {
    test::TempDir tmp;
    const fs::path record = tmp.path() / "r.yaml";
    REQUIRE(test::run(bin() + " walk --content " + proef() + " --track gesprek --random 1 --out " +
                      test::shellQuote(record.string()))
                .exitCode == 0);
    const std::string saved = test::readText(record);
    // The record as its own output: refused, with --force too.
    for (const char* force : {"", " --force"}) {
        const auto self = test::run(bin() + " --content " + proef() + " export " + test::shellQuote(record.string()) +
                                    " --format md -o " + test::shellQuote(record.string()) + force);
        CHECK(self.exitCode == 2);
        CHECK(self.err.find("that is the record itself") != std::string::npos);
    }
    CHECK(test::readText(record) == saved);
    // Another file that exists: only with --force.
    const fs::path other = tmp.path() / "hand-edited.html";
    test::writeText(other, "mijn eigen tekst");
    const std::string exportTo = bin() + " --content " + proef() + " export " + test::shellQuote(record.string()) +
                                 " --format html -o " + test::shellQuote(other.string());
    const auto refused = test::run(exportTo);
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.find("the file exists; give --force to replace it") != std::string::npos);
    CHECK(test::readText(other) == "mijn eigen tekst");
    CHECK(test::run(exportTo + " --force").exitCode == 0);
    CHECK(test::readText(other).find("<!DOCTYPE html>") != std::string::npos);
    // walk --out onto an existing record: refused, the record untouched.
    const auto again = test::run(bin() + " walk --content " + proef() + " --track gesprek --random 2 --out " +
                                 test::shellQuote(record.string()));
    CHECK(again.exitCode == 2);
    CHECK(again.err.find("the file exists; give --force to replace it") != std::string::npos);
    CHECK(test::readText(record) == saved);
}
