// SPDX-License-Identifier: EUPL-1.2
// The record lock: flock(2) on an 0600 lock file; and the file stamp: stat(2).
#include "session/record_lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace fs = std::filesystem;

namespace hr::session {

fs::path RecordLock::fileFor(const fs::path& recordFile) {
    return recordFile.parent_path() / ("." + recordFile.filename().string() + ".lock");
}

std::optional<RecordLock> RecordLock::acquire(const fs::path& recordFile) {
    const fs::path lock = fileFor(recordFile);
    const int fd = ::open(lock.c_str(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0) return std::nullopt;
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        ::close(fd);
        return std::nullopt;
    }
    return RecordLock(fd);
}

RecordLock& RecordLock::operator=(RecordLock&& o) noexcept {
    if (this != &o) {
        if (fd_ >= 0) ::close(fd_);
        fd_ = o.fd_;
        o.fd_ = -1;
    }
    return *this;
}

RecordLock::~RecordLock() {
    if (fd_ >= 0) ::close(fd_);  // closing releases the flock
}

std::string fileStamp(const fs::path& path) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) return {};
    return std::to_string(st.st_ino) + ":" + std::to_string(st.st_size) + ":" + std::to_string(st.st_mtim.tv_sec) +
           "." + std::to_string(st.st_mtim.tv_nsec);
}

}  // namespace hr::session
