// SPDX-License-Identifier: EUPL-1.2
// Saving off the window's thread: one writer thread per open conversation writes its record while
// the user goes on typing. The latest state wins (a change made while a write is on its way is
// written next, the ones in between are skipped), so a slow disk (a network home folder) never
// stalls a frame, and what the screen says about saving comes from what this writer reports.
#pragma once

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
        std::string error;              // empty: written
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

private:
    struct Job {
        const Store* store = nullptr;
        Record record;
        std::uint64_t seq = 0;
    };
    void run();
    Outcome write(const Job& job, const std::string& expected, std::string& stamp) const;

    std::mutex m_;
    std::condition_variable cv_;
    std::optional<Job> pending_;
    bool inFlight_ = false;
    bool stop_ = false;
    std::string stamp_;
    std::vector<Outcome> finished_;
    std::uint64_t seq_ = 0;
    std::function<void()> wake_;
    std::thread thread_;  // last: started when everything above is ready
};

}  // namespace hr::session
