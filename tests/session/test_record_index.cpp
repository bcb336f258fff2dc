// SPDX-License-Identifier: EUPL-1.2
// The records index (record_index.h): the list reads a record only when its file is new or
// changed, an entry is trusted only while its file is the same, a damaged index or record is
// rebuilt or shown as damaged, and in a protected folder the index is sealed or not there at all.
#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <fcntl.h>

#include <algorithm>
#include <chrono>
#include <thread>

#include "session/record_io.h"
#include "session/store.h"
#include "session/vault.h"
#include "session_fixture.h"
#include "util/private_file.h"

using namespace hr;
using namespace hr::session;
using namespace hr::test;
namespace fs = std::filesystem;

namespace {

constexpr const char* kPassphrase = "een lange zin als wachtwoord";

// A folder with `count` records, and a list that counts the records it reads in full.
struct IndexSetup {
    TempDir tmp;
    Store store{tmp.path() / "sessions"};
    int reads = 0;
    Store::ListOptions counting;

    IndexSetup() {
        REQUIRE(store.prepare().empty());
        counting.checkKey = "test";
        counting.check = [this](Record&) {
            ++reads;
            return false;
        };
    }
    Record record(int n) const {
        Record r = sampleRecord();
        r.id = "2026-11-" + std::string(n < 10 ? "0" : "") + std::to_string(n) + "-143205-gesprek";
        r.created = "2026-11-" + std::string(n < 10 ? "0" : "") + std::to_string(n) + "T14:32:05+01:00";
        return r;
    }
    // Saved a moment ago: a file changed within the last 0.1 s is read again, not indexed.
    void saveRecords(int count) {
        for (int n = 1; n <= count; ++n) REQUIRE(store.save(record(n)).empty());
        settle();
    }
    static void settle() { std::this_thread::sleep_for(std::chrono::milliseconds(150)); }
    std::vector<Store::Entry> list() {
        reads = 0;
        return store.list(counting);
    }
    fs::path indexFile() const { return store.dir() / Store::kIndexFile; }
    fs::path sealedIndexFile() const { return store.dir() / Store::kSealedIndexFile; }
};

const Store::Entry* entryFor(const std::vector<Store::Entry>& list, const std::string& id) {
    for (const auto& e : list)
        if (e.summary && e.summary->id == id) return &e;
    return nullptr;
}

}  // namespace

TEST_CASE("the index text keeps every field, whatever characters it holds, and a cut-off one is refused") {
    RecordIndex index;
    index.checkKey = "key with\ttab";
    RecordIndex::Item item;
    item.stamp = {123, 4567890123456789ull, 42, 7};
    item.summary = RecordSummary::of(sampleRecord());
    item.summary.participants.push_back({"rol:met,tekens", "A%B\nC"});
    item.summary.exports = {"/tmp/a,b.html", "", "/tmp/c:d\t.md"};
    item.name = "2026-11-29-143205-gesprek.yaml";
    index.files.push_back(item);
    item.name = "x\ty.yaml";
    index.files.push_back(item);
    const std::string text = writeIndexText(index);
    const auto back = readIndexText(text);
    REQUIRE(back);
    CHECK(*back == index);
    CHECK_FALSE(readIndexText(text.substr(0, text.size() - 3)));       // cut off in the end line
    CHECK_FALSE(readIndexText(text.substr(0, text.find("end\t"))));    // no end line
    CHECK_FALSE(readIndexText(text + "meer\n"));                       // something after the end
    std::string changed = text;
    changed.replace(changed.find("\t123\t"), 5, "\t12x\t");
    CHECK_FALSE(readIndexText(changed));
    CHECK_FALSE(readIndexText("handreiking-index 2\ncheck\t\nend\t0\n"));  // another version
}

TEST_CASE_METHOD(IndexSetup, "a record is read once, and later lists come from the private index") {
    saveRecords(3);
    auto first = list();
    CHECK(reads == 3);
    REQUIRE(first.size() == 3);
    CHECK(first[0].summary->id == record(3).id);  // newest first
    REQUIRE(fs::exists(indexFile()));
    CHECK((fs::status(indexFile()).permissions() & fs::perms::all) == (fs::perms::owner_read | fs::perms::owner_write));
    auto second = list();
    CHECK(reads == 0);
    REQUIRE(second.size() == 3);
    for (std::size_t i = 0; i < 3; ++i) CHECK(*second[i].summary == *first[i].summary);
    CHECK(second[0].summary->agreements == record(3).agreements.size());
    CHECK(second[0].summary->participants.size() == 2);
    CHECK(store.protection().plainFiles == 3);  // the index is no record
}

TEST_CASE_METHOD(IndexSetup, "a record changed since it was indexed is read again") {
    saveRecords(2);
    (void)list();
    SECTION("saved by the app") {
        Record r = record(1);
        r.finished = true;
        REQUIRE(store.save(r).empty());
        const auto l = list();
        CHECK(reads == 1);
        CHECK(entryFor(l, r.id)->summary->finished);
    }
    SECTION("written in place with the same size and its old mtime put back") {
        const fs::path file = store.pathFor(record(1).id);
        struct stat before {};
        REQUIRE(::stat(file.c_str(), &before) == 0);
        std::string text = readText(file);
        const std::size_t at = text.find("finished: false");
        REQUIRE(at != std::string::npos);
        text.replace(at, 15, "finished: true ");
        {
            std::FILE* f = std::fopen(file.c_str(), "r+");  // the same inode, as an editor may keep
            REQUIRE(f);
            std::fwrite(text.data(), 1, text.size(), f);
            std::fclose(f);
        }
        const timespec times[2] = {before.st_atim, before.st_mtim};
        REQUIRE(::utimensat(AT_FDCWD, file.c_str(), times, 0) == 0);
        const auto l = list();
        CHECK(reads == 1);  // the ctime moved, which no one can set back
        CHECK(entryFor(l, record(1).id)->summary->finished);
    }
    SECTION("another check asks for every record to be read once more") {
        counting.checkKey = "another";
        (void)list();
        CHECK(reads == 2);
        (void)list();
        CHECK(reads == 0);
    }
}

TEST_CASE_METHOD(IndexSetup, "a deleted record leaves the list, also when its file went by hand") {
    saveRecords(3);
    (void)list();
    fs::remove(store.pathFor(record(2).id));
    REQUIRE(store.remove(record(3).id).empty());
    const auto l = list();
    CHECK(reads == 0);
    REQUIRE(l.size() == 1);
    CHECK(l[0].summary->id == record(1).id);
    const auto index = readIndexText(readText(indexFile()));
    REQUIRE(index);
    CHECK(index->files.size() == 1);
}

TEST_CASE_METHOD(IndexSetup, "a damaged record shows as damaged, and is never taken from the index") {
    saveRecords(2);
    (void)list();
    writeText(store.pathFor(record(1).id), "format: 2\nid: [kapot\n");
    for (int round = 0; round < 2; ++round) {
        const auto l = list();
        CHECK(reads == 0);  // nothing readable was read in full
        REQUIRE(l.size() == 2);
        CHECK(l[0].summary);
        CHECK_FALSE(l[1].summary);
        CHECK_FALSE(l[1].diags.empty());
        CHECK(l[1].path == store.pathFor(record(1).id));
    }
}

TEST_CASE_METHOD(IndexSetup, "a damaged or hand-edited index is rebuilt from the records") {
    saveRecords(2);
    const auto good = list();
    SECTION("garbage") {
        writeText(indexFile(), "niet een index\n");
    }
    SECTION("an entry that names another record than its file") {
        std::string text = readText(indexFile());
        const std::string id = record(1).id;
        const std::size_t at = text.find("\t" + id + "\t");
        REQUIRE(at != std::string::npos);
        text.replace(at + 1, id.size(), record(9).id);
        writeText(indexFile(), text);
    }
    const auto l = list();
    CHECK(reads >= 1);
    REQUIRE(l.size() == 2);
    for (std::size_t i = 0; i < 2; ++i) CHECK(*l[i].summary == *good[i].summary);
    CHECK(readIndexText(readText(indexFile())));
    (void)list();
    CHECK(reads == 0);
}

TEST_CASE_METHOD(IndexSetup, "a run that writes nothing leaves no index") {
    saveRecords(1);
    counting.writeIndex = false;
    CHECK(list().size() == 1);
    CHECK_FALSE(fs::exists(indexFile()));
}

TEST_CASE_METHOD(IndexSetup, "a protected folder's index is sealed, and a locked one lists nothing from it") {
    saveRecords(2);
    (void)list();
    REQUIRE(fs::exists(indexFile()));
    REQUIRE(store.enableEncryption(kPassphrase, testVaultLimits()).status.ok());
    CHECK_FALSE(fs::exists(indexFile()));  // the plain one went before the records were sealed
    settle();
    auto l = list();
    CHECK(reads == 2);
    REQUIRE(l.size() == 2);
    REQUIRE(fs::exists(sealedIndexFile()));
    CHECK_FALSE(fs::exists(indexFile()));
    const std::string sealed = readText(sealedIndexFile());
    for (const std::string& plain : {record(1).id, std::string("gesprek"), std::string("leidinggevende"),
                                     std::string("2026-11"), std::string("handreiking-index")})
        CHECK(sealed.find(plain) == std::string::npos);
    CHECK(store.protection().sealedFiles == 2);  // the index is no record
    (void)list();
    CHECK(reads == 0);

    Store locked(store.dir());
    const std::string before = readText(sealedIndexFile());
    const auto none = locked.list(counting);
    REQUIRE(none.size() == 2);
    for (const auto& e : none) CHECK_FALSE(e.summary);
    CHECK(readText(sealedIndexFile()) == before);
    CHECK_FALSE(fs::exists(indexFile()));

    SECTION("unlocked, the sealed index is used") {
        REQUIRE(locked.unlock(kPassphrase).status.ok());
        reads = 0;
        CHECK(locked.list(counting).size() == 2);
        CHECK(reads == 0);
    }
    SECTION("a plain index put in a protected folder is not believed, and goes") {
        std::string text = writeIndexText(RecordIndex{"test", {}});
        writeText(indexFile(), text);
        REQUIRE(locked.unlock(kPassphrase).status.ok());
        CHECK(locked.list(counting).size() == 2);
        CHECK_FALSE(fs::exists(indexFile()));
    }
    SECTION("a sealed index that was changed is rebuilt") {
        std::string bytes = readText(sealedIndexFile());
        bytes[bytes.size() - 5] ^= 1;
        writeText(sealedIndexFile(), bytes);
        l = list();
        CHECK(reads == 2);
        CHECK(l.size() == 2);
    }
    SECTION("turning protection off takes the sealed index away") {
        REQUIRE(store.disableEncryption().status.ok());
        CHECK_FALSE(fs::exists(sealedIndexFile()));
        settle();
        CHECK(list().size() == 2);
        CHECK(fs::exists(indexFile()));
    }
}

TEST_CASE_METHOD(IndexSetup, "an index out of the list's order is put in order, and written again in order") {
    saveRecords(3);
    (void)list();
    auto index = readIndexText(readText(indexFile()));
    REQUIRE(index);
    REQUIRE(index->files.size() == 3);
    CHECK(index->files.front().summary.id == record(3).id);  // stored newest first, as listed
    std::reverse(index->files.begin(), index->files.end());   // oldest first, as by name
    writeText(indexFile(), writeIndexText(*index));
    bool reordered = false;
    const auto back = readIndexText(readText(indexFile()), &reordered);
    REQUIRE(back);
    CHECK(reordered);
    CHECK(back->files.front().summary.id == record(3).id);
    const auto l = list();
    CHECK(reads == 0);  // every entry still counts: only the order was another
    REQUIRE(l.size() == 3);
    CHECK(l[0].summary->id == record(3).id);
    CHECK(l[2].summary->id == record(1).id);
    reordered = true;
    REQUIRE(readIndexText(readText(indexFile()), &reordered));
    CHECK_FALSE(reordered);
}

TEST_CASE_METHOD(IndexSetup, "records new since the index go into the list in their place") {
    saveRecords(2);
    (void)list();
    const Record newest = record(9), between = record(5);
    REQUIRE(store.save(newest).empty());
    REQUIRE(store.save(between).empty());
    writeText(store.dir() / "2026-11-08-143205-gesprek.yaml", "format: 2\nid: [kapot\n");
    settle();
    const auto l = list();
    CHECK(reads == 2);
    REQUIRE(l.size() == 5);
    CHECK(l[0].summary->id == newest.id);
    CHECK(l[1].summary->id == between.id);
    CHECK(l[2].summary->id == record(2).id);
    CHECK(l[3].summary->id == record(1).id);
    CHECK_FALSE(l[4].summary);  // unreadable ones last
    (void)list();
    CHECK(reads == 0);
}

TEST_CASE_METHOD(IndexSetup, "an index naming one file twice is not believed twice") {
    saveRecords(2);
    (void)list();
    auto index = readIndexText(readText(indexFile()));
    REQUIRE(index);
    index->files.push_back(index->files.front());
    writeText(indexFile(), writeIndexText(*index));
    const auto l = list();
    REQUIRE(l.size() == 2);
    CHECK(l[0].summary->id != l[1].summary->id);
    const auto rewritten = readIndexText(readText(indexFile()));
    REQUIRE(rewritten);
    CHECK(rewritten->files.size() == 2);
}

TEST_CASE_METHOD(IndexSetup, "a list that runs no check takes the index of another check, and leaves it as it is") {
    saveRecords(2);
    (void)list();  // indexed under "test"
    const std::string before = readText(indexFile());
    Store::ListOptions plain;  // as a run that writes nothing: no check, and its own (empty) key
    const auto l = store.list(plain);
    REQUIRE(l.size() == 2);
    CHECK(l[0].summary->id == record(2).id);
    CHECK(readText(indexFile()) == before);  // still says which check the records passed
    (void)list();
    CHECK(reads == 0);
    SECTION("a record changed since is read, and the index still vouches only for what was checked") {
        Record r = record(1);
        r.finished = true;
        REQUIRE(store.save(r).empty());
        settle();
        CHECK(entryFor(store.list(plain), r.id)->summary->finished);
        CHECK(readText(indexFile()) == before);
        (void)list();
        CHECK(reads == 1);  // the check still runs on it once
    }
}

// [The first screenful before the whole list (Store::listFirst)]

namespace {

// What the start screen shows of a row: the file and its summary.
void sameEntries(const std::vector<Store::Entry>& first, const std::vector<Store::Entry>& whole) {
    REQUIRE(first.size() <= whole.size());
    for (std::size_t i = 0; i < first.size(); ++i) {
        CHECK(first[i].path == whole[i].path);
        REQUIRE(first[i].summary.has_value() == whole[i].summary.has_value());
        if (first[i].summary) CHECK(*first[i].summary == *whole[i].summary);
    }
}

}  // namespace

TEST_CASE_METHOD(IndexSetup, "the first screenful from the index is the start of the whole list") {
    saveRecords(24);
    (void)list();
    reads = 0;
    const auto first = store.listFirst(5);
    REQUIRE(first);
    CHECK(reads == 0);  // nothing checked, nothing read in full
    REQUIRE(first->size() == 5);
    CHECK((*first)[0].summary->id == record(24).id);
    sameEntries(*first, list());
    CHECK(reads == 0);
}

TEST_CASE_METHOD(IndexSetup, "the first screenful shows records changed, new or gone since the index as they are now") {
    saveRecords(24);
    (void)list();
    Record changed = record(23);  // among the first: its entry is stale
    changed.finished = true;
    changed.participants.push_back({"ander", "ZZ"});
    REQUIRE(store.save(changed).empty());
    Record newer = record(27), older = record(2);  // the index knows neither
    older.id += "-b";
    REQUIRE(store.save(newer).empty());
    REQUIRE(store.save(older).empty());
    fs::remove(store.pathFor(record(22).id));  // gone
    writeText(store.dir() / "2026-11-28-143205-gesprek.yaml", "format: 2\nid: [kapot\n");  // unreadable: last
    settle();
    const auto first = store.listFirst(4);
    REQUIRE(first);
    REQUIRE(first->size() == 4);
    CHECK((*first)[0].summary->id == newer.id);
    CHECK((*first)[1].summary->id == record(24).id);
    REQUIRE((*first)[2].summary);
    CHECK((*first)[2].summary->id == changed.id);
    CHECK((*first)[2].summary->finished);
    CHECK((*first)[2].summary->participants.size() == changed.participants.size());
    CHECK((*first)[3].summary->id == record(21).id);
    sameEntries(*first, list());
}

TEST_CASE_METHOD(IndexSetup, "without a whole index in order there is no first screenful, only the whole list") {
    saveRecords(24);
    SECTION("no index yet") { CHECK_FALSE(store.listFirst(5)); }
    SECTION("an index out of order") {
        (void)list();
        auto index = readIndexText(readText(indexFile()));
        REQUIRE(index);
        std::swap(index->files[3], index->files[20]);  // a later one first: only the whole list finds it
        writeText(indexFile(), writeIndexText(*index));
        CHECK_FALSE(store.listFirst(5));
    }
    SECTION("an index cut off") {
        (void)list();
        const std::string text = readText(indexFile());
        writeText(indexFile(), text.substr(0, text.size() - 4));
        CHECK_FALSE(store.listFirst(5));
    }
    SECTION("no more records than a screenful") {
        (void)list();
        CHECK_FALSE(store.listFirst(24));
        CHECK(store.listFirst(23));
    }
    SECTION("many records the index does not know") {
        (void)list();
        for (int n = 25; n <= 30; ++n) REQUIRE(store.save(record(n)).empty());
        for (int n = 1; n <= 20; ++n) {
            Record r = record(n);
            r.id += "-" + std::to_string(n);
            REQUIRE(store.save(r).empty());
        }
        CHECK_FALSE(store.listFirst(5));
    }
    SECTION("a protected folder") {
        REQUIRE(store.enableEncryption(kPassphrase, testVaultLimits()).status.ok());
        (void)list();
        CHECK_FALSE(store.listFirst(5));
    }
}

TEST_CASE("the index's numbers are read up to the largest stamp, and one beyond it refuses the index") {
    RecordIndex index;
    RecordIndex::Item item;
    item.name = "2026-11-01-143205-gesprek.yaml";
    item.stamp = {UINT64_MAX, 9999999999999999999ull, 0, 1};
    item.summary = RecordSummary::of(sampleRecord());
    item.summary.id = "2026-11-01-143205-gesprek";
    index.files.push_back(item);
    const std::string text = writeIndexText(index);
    const auto back = readIndexText(text);
    REQUIRE(back);
    CHECK(*back == index);
    REQUIRE(text.find("18446744073709551615") != std::string::npos);
    for (const char* wrong : {"18446744073709551616", "99999999999999999999", "1844674407370955161x", "+1"}) {
        std::string bad = text;
        bad.replace(bad.find("18446744073709551615"), 20, wrong);
        CHECK_FALSE(readIndexText(bad));
    }
}
