// SPDX-License-Identifier: EUPL-1.2
// Records on disk: YAML round trip, damaged and hand-edited files (file:line:col, never
// overwritten), an interrupted save, private permissions, and reopening after the content changed.
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <system_error>

#include "session/export.h"
#include "session/record_io.h"
#include "session/store.h"
#include "session_fixture.h"
#include "util/private_file.h"
#include "util/write_check.h"
#include "util/timestamp.h"

namespace fs = std::filesystem;
using namespace hr;
using namespace hr::session;

namespace {

int mode(const fs::path& p) {
    struct stat st {};
    REQUIRE(::stat(p.c_str(), &st) == 0);
    return static_cast<int>(st.st_mode & 0777);
}

}  // namespace

TEST_CASE("a record survives writing and reading unchanged") {
    const Record r = test::sampleRecord();
    const std::string text = writeRecord(r);
    Diagnostics d;
    const auto back = readRecord(text, "r.yaml", d);
    INFO(d.str() << text);
    REQUIRE(back);
    CHECK(back->id == r.id);
    CHECK(back->packHash == r.packHash);
    CHECK(back->path.size() == r.path.size());
    for (std::size_t i = 0; i < r.path.size(); ++i) {
        CHECK(back->path[i].node == r.path[i].node);
        CHECK(back->path[i].answer == r.path[i].answer);
    }
    CHECK(back->position == r.position);
    CHECK(back->agreements == r.agreements);
    CHECK(back->nextConversation == r.nextConversation);
    CHECK(back->notes == r.notes);
    CHECK(back->participants.size() == 2);
    CHECK(back->participants[0].initials == "AB");
    CHECK(back->created == r.created);
    CHECK(writeRecord(*back) == text);  // stable: a re-save changes nothing
}

TEST_CASE("text that looks like a number or boolean stays text") {
    Record r = test::sampleRecord();
    r.agreements[0].text = "true";
    r.agreements[1].text = "12";
    Diagnostics d;
    const auto back = readRecord(writeRecord(r), "r.yaml", d);
    REQUIRE(back);
    CHECK(back->agreements[0].text == "true");
    CHECK(back->agreements[1].text == "12");
}

// Found with tests/fuzz/fuzz_record: a text with Windows line ends (pasted, or a hand-edited
// file) was written as a literal block, where YAML turns "\r\n" into "\n", so a save and reload
// changed it. Such texts are written double-quoted now, and come back byte for byte.
TEST_CASE("carriage returns in record texts survive a save and reload") {
    Record r = test::sampleRecord();
    r.agreements[0].text = "Elke maand\r\neen check-in.";
    r.agreements[1].text = "oud\rnieuw";
    r.notes.begin()->second = "regel een\r\nregel twee\r\n";
    Diagnostics d;
    const std::string text = writeRecord(r);
    const auto back = readRecord(text, "r.yaml", d);
    INFO(d.str() << text);
    REQUIRE(back);
    CHECK(back->agreements[0].text == "Elke maand\r\neen check-in.");
    CHECK(back->agreements[1].text == "oud\rnieuw");
    CHECK(back->notes.begin()->second == "regel een\r\nregel twee\r");  // trailing newlines go, as always
    CHECK(writeRecord(*back) == text);
}

// Found with tests/fuzz/fuzz_record: a hand-edited text ending in newlines ("a\n", or a `|+`
// block) read with them, but was written without, so the record changed on the next save.
TEST_CASE("a record text ending in newlines reads as it will be written") {
    std::string text = writeRecord(test::sampleRecord());
    const auto at = text.find("notes:\n  ");
    REQUIRE(at != std::string::npos);
    const auto eol = text.find('\n', at + 9);
    const std::string key = text.substr(at + 9, text.find(':', at + 9) - (at + 9));
    text.replace(at + 9, eol - (at + 9), key + ": \"slot\\n\\n\"");
    Diagnostics d;
    const auto first = readRecord(text, "r.yaml", d);
    INFO(d.str() << text);
    REQUIRE(first);
    CHECK(first->notes.at(key) == "slot");
    const auto second = readRecord(writeRecord(*first), "r.yaml", d);
    REQUIRE(second);
    CHECK(second->notes == first->notes);
}

TEST_CASE("damaged records give errors with their position") {
    const std::string good = writeRecord(test::sampleRecord());
    auto errorsOf = [](const std::string& text) {
        Diagnostics d;
        CHECK_FALSE(readRecord(text, "r.yaml", d));
        return d.str();
    };
    // Truncated in the middle of the path.
    CHECK(errorsOf(good.substr(0, good.find("  - node: thema"))).find("r.yaml:") == 0);
    // Hand-edited: a misspelt key, a bad date, a wrong type.
    std::string edited = good;
    edited.replace(edited.find("next_conversation:"), 18, "next_conversaton:");
    CHECK(errorsOf(edited).find("error: unknown key 'next_conversaton' in a record; did you mean 'next_conversation'?") !=
          std::string::npos);
    edited = good;
    edited.replace(edited.find("due: 2026-12-31"), 15, "due: 31-12-2026");
    const std::string dateError = errorsOf(edited);
    CHECK(dateError.find("error: agreement 'due' must be a date written as YYYY-MM-DD, not '31-12-2026'") !=
          std::string::npos);
    CHECK(dateError.find("r.yaml:") == 0);
    edited = good;
    edited.replace(edited.find("position: "), 11, "position: [");
    CHECK(!errorsOf(edited).empty());
    CHECK(errorsOf("").find("r.yaml:1:1: error: the record is empty") == 0);
    CHECK(errorsOf("\x01\x02garbage\xff").find("r.yaml:1:") == 0);
}

TEST_CASE("a record from a newer format is refused with a clear message") {
    std::string text = writeRecord(test::sampleRecord());
    text.replace(text.find("format: 2"), 9, "format: 7");
    Diagnostics d;
    CHECK_FALSE(readRecord(text, "r.yaml", d));
    REQUIRE(d.errorCount() == 1);
    CHECK(formatDiagnostic(d.items()[0]) ==
          "r.yaml:6:9: error: this record has format 7, newer than this version of handreiking reads (2); "
          "update handreiking to open it");
}

TEST_CASE("the store saves privately and atomically, lists, and deletes") {
    test::TempDir tmp;
    Store store(tmp.path() / "data" / "sessions");
    REQUIRE(store.prepare().empty());
    CHECK(mode(store.dir()) == 0700);
    Record r = test::sampleRecord();
    REQUIRE(store.save(r).empty());
    CHECK(mode(store.pathFor(r.id)) == 0600);
    CHECK(store.newId("2026-11-29T14:32:05+01:00", "gesprek") == "2026-11-29-143205-gesprek-2");

    // A save interrupted by a crash leaves a temporary file; the record itself is intact, the
    // list ignores the leftover, and the next start removes it.
    const fs::path leftover = store.dir() / ("." + r.id + ".yaml.tmp-Ab12Cd");
    test::writeText(leftover, "format: 1\nid: half");
    auto list = store.list();
    REQUIRE(list.size() == 1);
    REQUIRE(list[0].summary);
    CHECK(list[0].summary->agreements == 2);
    REQUIRE(store.prepare().empty());
    CHECK_FALSE(fs::exists(leftover));

    REQUIRE(store.remove(r.id).empty());
    CHECK_FALSE(fs::exists(store.pathFor(r.id)));
    CHECK(store.list().empty());
}

TEST_CASE("an existing records folder is made private") {
    test::TempDir tmp;
    fs::create_directories(tmp.path() / "open");
    fs::permissions(tmp.path() / "open", fs::perms::all);
    Store store(tmp.path() / "open");
    REQUIRE(store.prepare().empty());
    CHECK(mode(store.dir()) == 0700);
}

TEST_CASE("a records folder the user made read-only stays read-only, and others still lose access") {
    test::TempDir tmp;
    const fs::path dir = tmp.path() / "readonly";
    fs::create_directories(dir);
    ::chmod(dir.c_str(), 0555);
    Store store(dir);
    REQUIRE(store.prepare().empty());
    CHECK(mode(dir) == 0500);  // not widened back to 0700
    ::chmod(dir.c_str(), 0700);
}

TEST_CASE("a broken record is listed with its error and never touched") {
    test::TempDir tmp;
    Store store(tmp.path());
    REQUIRE(store.prepare().empty());
    REQUIRE(store.save(test::sampleRecord()).empty());
    const fs::path broken = tmp.path() / "2026-01-01-000000-gesprek.yaml";
    const std::string brokenText = "format: 1\nid: 2026-01-01-000000-gesprek\npath: [\n";
    test::writeText(broken, brokenText);
    const auto list = store.list();
    REQUIRE(list.size() == 2);
    CHECK(list[0].summary);  // readable ones first
    CHECK_FALSE(list[1].summary);
    CHECK(list[1].diags.str().find(broken.string() + ":4:1: error: YAML syntax") == 0);
    REQUIRE(store.prepare().empty());
    CHECK(test::readText(broken) == brokenText);
}

TEST_CASE("a record whose id does not match its file name is refused") {
    test::TempDir tmp;
    Store store(tmp.path());
    Record r = test::sampleRecord();
    REQUIRE(store.save(r).empty());
    fs::rename(store.pathFor(r.id), tmp.path() / "anders.yaml");
    Diagnostics d;
    CHECK_FALSE(store.load(tmp.path() / "anders.yaml", d));
    CHECK(d.str().find("does not match its file name") != std::string::npos);
}

TEST_CASE("a record reopens after the content changed, as far as its answers still fit") {
    test::TempDir tmp;
    fs::copy(test::fixturesDir() / "packs" / "proef", tmp.path() / "proef", fs::copy_options::recursive);
    const Record r = test::sampleRecord();
    // An editor removes the checklist item 'meldcode' and renames the node 'stellingen'.
    std::string guide = test::readText(tmp.path() / "proef" / "guide.yaml");
    guide.replace(guide.find("      - {id: meldcode, label:"), std::string("      - {id: meldcode, label: {nl: Meldcode, en: Reporting code}, set: {t_meldcode: true}}\n").size(), "");
    const std::string from = "next: stellingen", to = "next: uitspraken";
    for (std::size_t at = guide.find(from); at != std::string::npos; at = guide.find(from, at)) guide.replace(at, from.size(), to);
    guide.replace(guide.find("  - id: stellingen"), 18, "  - id: uitspraken");
    guide.replace(guide.find("when: t_meldcode\n"), 17, "when: t_casus\n");
    guide.replace(guide.find("when: t_meldcode\n"), 17, "when: t_casus\n");
    test::writeText(tmp.path() / "proef" / "guide.yaml", guide);
    const auto pack = content::loadAndValidate(tmp.path() / "proef", "proef");
    INFO(pack.diags.str());
    REQUIRE(pack.usable());
    CHECK(pack.guide->contentHash != r.packHash);

    auto resumed = Session::resume(pack.guide, r);
    REQUIRE(resumed.problems.size() == 1);
    CHECK(resumed.problems[0].node == "thema");
    CHECK(resumed.problems[0].reason == "'meldcode' is not an item of step 'thema'");
    CHECK(test::at(resumed.session) == "thema");
    CHECK(resumed.session.record().agreements.size() == 2);  // agreements are kept as they were
    CHECK(resumed.session.record().packHash == pack.guide->contentHash);
}

TEST_CASE("dates are read strictly from records and leniently from what people type") {
    CHECK(Date::parse("2027-01-15") == Date{2027, 1, 15});
    CHECK_FALSE(Date::parse("15-01-2027"));  // records hold ISO dates only
    CHECK_FALSE(Date::parse("2027-02-29"));

    CHECK(Date::parseTyped("2027-01-15") == Date{2027, 1, 15});
    CHECK(Date::parseTyped("15-01-2027") == Date{2027, 1, 15});
    CHECK(Date::parseTyped("15-1-2027") == Date{2027, 1, 15});
    CHECK(Date::parseTyped("5/3/2027") == Date{2027, 3, 5});
    CHECK(Date::parseTyped(" 5.3.2027 ") == Date{2027, 3, 5});
    CHECK(Date::parseTyped("29-2-2028") == Date{2028, 2, 29});
    for (const char* bad : {"", "   ", "29-2-2027", "31-4-2027", "15-13-2027", "0-1-2027", "15-1-27", "15-1-20270",
                            "115-1-2027", "15--1-2027", "15-1/2027", "-15-1-2027", "15-1-2027-", "15 1 2027",
                            "morgen", "2027-1-15", "15-01-1899"})
        CHECK_FALSE(Date::parseTyped(bad));
}

TEST_CASE("a time stamp that is not one is refused at its position, and exports never trip over one") {
    const std::string good = writeRecord(test::sampleRecord());
    for (const std::string bad : {"2026-11-29T14:32:05+0x:00", "2026-11-29T14:32:05+01", "gisteren", "2026-13-29T14:32:05Z"}) {
        std::string text = good;
        text.replace(text.find("2026-11-29T14:32:05+01:00"), 25, bad);
        Diagnostics d;
        INFO(bad);
        CHECK_FALSE(readRecord(text, "r.yaml", d));
        CHECK(d.str().find("error: 'created' must be a time written as 2026-11-29T14:32:05+01:00, not '") !=
              std::string::npos);
    }
    CHECK(parseTimestamp("2026-11-29T14:32:05+01:00") == parseTimestamp("2026-11-29T13:32:05Z"));
    CHECK(parseTimestamp("2026-11-29T14:32:05-01:30") == parseTimestamp("2026-11-29T16:02:05Z"));
    // A record made in memory can still hold anything: the calendar export does not throw.
    Record r = test::sampleRecord();
    r.created = r.updated = "2026-11-29T14:32:05+ab:cd";
    CHECK_NOTHROW(exportIcs(r, test::proefGuide().get(), i18n::Strings{}));
}

TEST_CASE("the first write into a folder removes temporary files that a killed writer left, not a live one's") {
    test::TempDir tmp;
    const fs::path dead = tmp.path() / ".werkafspraken.html.tmp-4999999-AbC123";  // above Linux's pid limit
    const fs::path older = tmp.path() / ".r.yaml.tmp-Xy12Zq";                    // an older version's name
    const fs::path live = tmp.path() / (".r.yaml.tmp-" + std::to_string(::getppid()) + "-AbC123");
    const fs::path other = tmp.path() / ".someone-elses.tmp-file";
    const fs::path probe = tmp.path() / ".write-check.tmp-4999999-Qw12Er";  // a killed write check's
    for (const auto& p : {dead, older, live, other, probe}) test::writeText(p, "agreement text");
    REQUIRE(writePrivateFile(tmp.path() / "out.yaml", "x\n").empty());
    CHECK_FALSE(fs::exists(dead));
    CHECK_FALSE(fs::exists(older));
    CHECK(fs::exists(live));   // another process is writing it now
    CHECK(fs::exists(other));  // not ours
    CHECK_FALSE(fs::exists(probe));
    CHECK(test::readText(tmp.path() / "out.yaml") == "x\n");
}

TEST_CASE("the write check leaves nothing in the folder, and its probe is named so a killed one is tidied") {
    test::TempDir tmp;
    REQUIRE(checkWritable(tmp.path()).problem == WriteCheck::Problem::None);
    CHECK(fs::is_empty(tmp.path()));
    // The name the probe gets while it exists: the same pattern the tidying recognises.
    CHECK(isStaleTempFile(".write-check.tmp-4999999-Qw12Er"));
    CHECK_FALSE(isStaleTempFile(".write-check.tmp-" + std::to_string(::getpid()) + "-Qw12Er"));
}

TEST_CASE("private folders are made 0700 from the start, every missing one, and an existing one is left alone") {
    test::TempDir tmp;
    fs::create_directories(tmp.path() / "er");
    fs::permissions(tmp.path() / "er", fs::perms(0755), fs::perm_options::replace);
    std::error_code ec;
    createPrivateDirs(tmp.path() / "er" / "a" / "b", ec);
    REQUIRE_FALSE(ec);
    CHECK(mode(tmp.path() / "er") == 0755);
    CHECK(mode(tmp.path() / "er" / "a") == 0700);
    CHECK(mode(tmp.path() / "er" / "a" / "b") == 0700);
    test::writeText(tmp.path() / "file", "x");
    createPrivateDirs(tmp.path() / "file" / "c", ec);
    CHECK(ec);  // under a file no folder can be made, and it says so
}

TEST_CASE("a private write that fails says so in either language, naming the file, with the OS's reason") {
    // The errors a person can act on have the catalogue's words; the rest keep strerror's own
    // (the C locale's English), untranslated.
    CHECK(render(osReason(ENOSPC), "nl") == "de schijf is vol");
    CHECK(render(osReason(ENOSPC), "en") == "No space left on device");
    CHECK(render(osReason(EACCES), "nl") == "geen toestemming");
    CHECK(render(osReason(EPERM), "nl") == "geen toestemming");
    CHECK(render(osReason(EROFS), "nl") == "de schijf is alleen-lezen");
    CHECK(render(osReason(EDQUOT), "nl") == "je ruimte op de schijf is op (quotum)");
    for (int err : {ENOSPC, EACCES, EROFS, EDQUOT}) CHECK(render(osReason(err), "en") == std::strerror(err));
    CHECK(render(osReason(EIO), "nl") == std::strerror(EIO));
    CHECK(render(osReason(std::make_error_code(std::errc::no_space_on_device)), "nl") == "de schijf is vol");

    test::TempDir tmp;
    test::writeText(tmp.path() / "file", "x");
    const fs::path target = tmp.path() / "file" / "out.yaml";  // its folder is a file
    const Msg err = writePrivateFile(target, "x\n");
    CHECK(renderSentence(err, "nl") == "Het bestand " + target.string() + " kon niet worden bewaard: Not a directory");
    CHECK(render(err, "en") == "cannot write " + target.string() + ": Not a directory");
    const fs::path link = tmp.path() / "link.yaml";
    fs::create_symlink(tmp.path() / "file", link);
    const Msg refused = writePrivateFile(link, "x\n");
    CHECK(render(refused, "en") == "cannot write " + link.string() + ": it is a symbolic link, and handreiking does not replace links");
    CHECK(render(refused, "nl") == "het bestand " + link.string() +
                                       " is niet bewaard: het is een snelkoppeling (symbolic link), en die vervangt handreiking niet");
    CHECK(test::readText(tmp.path() / "file") == "x");
}
