// SPDX-License-Identifier: EUPL-1.2
// The record writer: saving off the window's thread on a slow disk (every fsync made slow through
// the private-file hook). Asking to save returns at once, the latest state wins, everything asked
// for is on disk after a flush or when the writer goes, a file changed elsewhere is never
// overwritten, a failure is reported, and sealed records go the same way.
#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <thread>

#include "session/record_io.h"
#include "session/record_lock.h"
#include "session/record_writer.h"
#include "session/store.h"
#include "session/vault.h"
#include "session_fixture.h"
#include "util/private_file.h"

using namespace hr;
using namespace hr::session;
using namespace hr::test;
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

std::atomic<int> g_syncs{0};
void slowSync() {
    ++g_syncs;
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
}
// Every fsync of a private write takes 100 ms while one of these is alive.
struct SlowDisk {
    SlowDisk() {
        g_syncs = 0;
        setSyncHook(&slowSync);
    }
    ~SlowDisk() { setSyncHook(nullptr); }
};

Record withNote(Record r, const std::string& note) {
    r.notes[r.path.front().node] = note;
    return r;
}

std::string noteOnDisk(const Store& store, const Record& r) {
    Diagnostics d;
    const auto back = store.loadById(r.id, d);
    REQUIRE(back);
    const auto it = back->notes.find(r.path.front().node);
    return it == back->notes.end() ? "" : it->second;
}

// What every test starts from: an empty records folder, made as the app makes it, and a record
// to write to it.
struct WriterSetup {
    TempDir tmp;
    Store store{tmp.path() / "sessions"};
    const Record base = sampleRecord();
    WriterSetup() { REQUIRE(store.prepare().empty()); }
};

}  // namespace

TEST_CASE_METHOD(WriterSetup, "saving on a slow disk returns at once, the latest state wins and is on disk after a flush") {
    SlowDisk slow;
    RecordWriter writer;
    std::string typed;
    double worstMs = 0;
    for (int k = 0; k < 40; ++k) {
        typed += static_cast<char>('a' + k % 26);
        const auto start = Clock::now();
        writer.submit(store, withNote(base, typed));
        worstMs = std::max(worstMs, std::chrono::duration<double, std::milli>(Clock::now() - start).count());
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    CHECK(worstMs < 50);  // never waits for a 100 ms fsync (a write takes two of them)
    CHECK_FALSE(writer.poll().idle);
    writer.flush();
    const auto p = writer.poll();
    CHECK(p.idle);
    REQUIRE_FALSE(p.finished.empty());
    CHECK(p.finished.back().written());
    CHECK(p.finished.size() < 40);  // the keys typed during a write were written together
    CHECK(noteOnDisk(store, base) == typed);
}

TEST_CASE_METHOD(WriterSetup, "a writer that goes writes what is pending first") {
    {
        SlowDisk slow;
        RecordWriter writer;
        writer.submit(store, withNote(base, "eerste"));
        writer.submit(store, withNote(base, "laatste"));
    }
    CHECK(noteOnDisk(store, base) == "laatste");
}

TEST_CASE_METHOD(WriterSetup, "the writer never overwrites a record file changed since it last wrote it") {
    RecordWriter writer;
    writer.submit(store, withNote(base, "van dit venster"));
    writer.flush();
    REQUIRE(writer.poll().finished.back().written());
    // Another program writes the file (a new inode, as an editor's save gives).
    const fs::path file = store.pathFor(base.id);
    REQUIRE(writePrivateFile(file, writeRecord(withNote(base, "van elders"))).empty());
    for (int round = 0; round < 2; ++round) {  // and it stays refused, not only once
        writer.submit(store, withNote(base, "weer van dit venster"));
        writer.flush();
        const auto p = writer.poll();
        REQUIRE(p.finished.size() == 1);
        CHECK(p.finished[0].changedElsewhere);
        CHECK_FALSE(p.finished[0].written());
        CHECK(noteOnDisk(store, base) == "van elders");
    }
    SECTION("once told the file as it is now (opened again), it writes again") {
        writer.expect(fileStamp(file));
        writer.submit(store, withNote(base, "na opnieuw openen"));
        writer.flush();
        CHECK(writer.poll().finished.back().written());
        CHECK(noteOnDisk(store, base) == "na opnieuw openen");
    }
}

TEST_CASE_METHOD(WriterSetup, "a write that fails is reported with the folder's problem, and the next good one clears it") {
    RecordWriter writer;
    // A folder where the record file should be: the rename cannot replace it.
    fs::create_directory(store.pathFor(base.id));
    writer.submit(store, base);
    writer.flush();
    auto p = writer.poll();
    REQUIRE(p.finished.size() == 1);
    CHECK_FALSE(p.finished[0].written());
    CHECK_FALSE(p.finished[0].error.empty());
    fs::remove(store.pathFor(base.id));
    writer.submit(store, base);
    writer.flush();
    p = writer.poll();
    REQUIRE(p.finished.size() == 1);
    CHECK(p.finished[0].written());
}

TEST_CASE_METHOD(WriterSetup, "sealed records go through the same writer, and only sealed reaches the disk") {
    REQUIRE(store.enableEncryption("lange zin als wachtwoord", testVaultLimits()).status.ok());
    SlowDisk slow;
    RecordWriter writer;
    writer.submit(store, withNote(base, "geheim1"));
    writer.submit(store, withNote(base, "geheim2"));
    writer.flush();
    CHECK(writer.poll().finished.back().written());
    CHECK(noteOnDisk(store, base) == "geheim2");
    CHECK(fs::exists(store.pathFor(base.id)));
    CHECK(store.pathFor(base.id).extension() == Vault::kSealedExtension);
    CHECK_FALSE(fs::exists(tmp.path() / "sessions" / (base.id + ".yaml")));
    CHECK(readText(store.pathFor(base.id)).find("geheim") == std::string::npos);
}
