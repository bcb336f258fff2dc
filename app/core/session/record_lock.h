// SPDX-License-Identifier: EUPL-1.2
// One writer per record: a window that has a record open holds an flock on a lock file next to
// it, so a second window (or anything else that asks) opens it read-only instead of silently
// overwriting the first one's edits. The kernel drops the lock with the process, so a killed
// window never blocks. And a save first checks that the file on disk is still the one this writer
// last wrote (a stamp of inode, size and time), so an edit made elsewhere is never overwritten.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace hr::session {

class RecordLock {
public:
    // The lock for the record stored at `recordFile` (a dot-file beside it, named after the
    // file, so it says no more than the file name does). Nothing when another process holds it.
    [[nodiscard]] static std::optional<RecordLock> acquire(const std::filesystem::path& recordFile);
    // The lock file of `recordFile`; deleting a record deletes it too (its name is the record's).
    static std::filesystem::path fileFor(const std::filesystem::path& recordFile);

    RecordLock(RecordLock&& o) noexcept : fd_(o.fd_) { o.fd_ = -1; }
    RecordLock& operator=(RecordLock&& o) noexcept;
    RecordLock(const RecordLock&) = delete;
    RecordLock& operator=(const RecordLock&) = delete;
    ~RecordLock();

private:
    explicit RecordLock(int fd) : fd_(fd) {}
    int fd_ = -1;
};

// What identifies the file now at `path`: inode, size and modification time; "" when absent.
std::string fileStamp(const std::filesystem::path& path);

}  // namespace hr::session
