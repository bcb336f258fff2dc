// SPDX-License-Identifier: EUPL-1.2
// Saving off the window's thread: the writer's threads write the open conversation's record while
// the user goes on typing. The latest state wins (a change made while a write is on its way is
// written next, the ones in between are skipped), so a slow disk (a network home folder) never
// stalls a frame, and what the screen says about saving comes from what this writer reports.
// On a slow disk the writes overlap: a change made while one is on its way starts its own at
// most 50 ms after the last one began, instead of waiting for its two fsyncs (file, then folder).
// The renames stay in order, and an older version that is ready after a newer one was renamed
// is thrown away, so the file only ever moves forward; each file is written whole and fsynced
// before it is renamed, so a crash or kill at any moment leaves the last good record.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "session/record.h"
#include "session/store.h"
#include "util/write_check.h"

namespace hr::session {

class RecordWriter {
public:
    // What one write did. Written: on disk (written, fsynced, renamed, folder fsynced).
    struct Outcome {
        std::uint64_t seq = 0;
        std::filesystem::path file;
        bool changedElsewhere = false;  // the file was not the one last written: left as it was
        Msg error;                      // empty: written; else why not, put into words where shown
        WriteCheck check;               // after a failure: what a probe of the folder found
        bool written() const { return !changedElsewhere && error.empty(); }
    };
    // What has finished since the last poll, and whether anything is still waiting or in flight,
    // read at one moment (so "nothing pending" never hides an outcome not yet handed over).
    struct Progress {
        std::vector<Outcome> finished;
        bool idle = true;
    };

    RecordWriter();
    ~RecordWriter();  // writes what is pending first: a record is never left behind
    RecordWriter(const RecordWriter&) = delete;
    RecordWriter& operator=(const RecordWriter&) = delete;

    // Called on the writer's thread after each write (e.g. to wake the window's event loop).
    void onFinished(std::function<void()> wake);
    // The stamp (fileStamp) of the record file as it is now, for the check before the next write;
    // "" checks nothing. Waits for a write in flight first.
    void expect(std::string stamp);
    // Asks for `record` to be written to `store` (which must outlive the write). Replaces a write
    // not yet begun. Returns its sequence number.
    std::uint64_t submit(const Store& store, Record record);
    // Waits until nothing is pending or in flight.
    void flush();
    [[nodiscard]] Progress poll();

    // At most this many writes at once, each begun at least kStagger after the one before while
    // another is on its way: with 200 ms fsyncs a write takes 0.4 s, so a change is on disk within
    // 0.45 s, and a disk is never asked for more than 20 writes a second.
    static constexpr int kWriters = 8;
    static constexpr std::chrono::milliseconds kStagger{50};

private:
    struct Job {
        const Store* store = nullptr;
        Record record;
        std::uint64_t seq = 0;
    };
    void run();
    // Nothing when a newer version was renamed into place first: this one is thrown away.
    std::optional<Outcome> write(const Job& job);

    std::mutex m_;  // never held over a file operation: submit and poll never wait for the disk
    std::condition_variable cv_;
    std::optional<Job> pending_;
    int inFlight_ = 0;
    std::chrono::steady_clock::time_point lastStart_;
    bool stop_ = false;
    std::vector<Outcome> finished_;
    std::uint64_t seq_ = 0;
    std::uint64_t reportedSeq_ = 0;  // outcomes are handed over in order: an older one after a newer is dropped
    std::function<void()> wake_;
    std::mutex commit_;  // the check of the file and its rename, one write at a time, in order
    std::string stamp_;  // under commit_
    std::uint64_t committedSeq_ = 0;  // under commit_
    std::vector<std::thread> threads_;  // last: started when everything above is ready
};

}  // namespace hr::session
