// SPDX-License-Identifier: EUPL-1.2
// The write probe: POSIX calls, so the error number tells what is wrong.
#include "util/write_check.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

namespace fs = std::filesystem;

namespace hr {

namespace {

WriteCheck::Problem problemOf(int err) {
    switch (err) {
        case ENOENT: return WriteCheck::Problem::NoFolder;
        case ENOTDIR:
        case EEXIST: return WriteCheck::Problem::NotAFolder;
        case EACCES:
        case EPERM: return WriteCheck::Problem::NotAllowed;
        case EROFS: return WriteCheck::Problem::ReadOnly;
        case ENOSPC:
        case EDQUOT: return WriteCheck::Problem::Full;
        default: return WriteCheck::Problem::Other;
    }
}

WriteCheck failed(int err, const std::string& what) {
    return WriteCheck{problemOf(err), what + ": " + std::strerror(err)};
}

}  // namespace

WriteCheck checkWritable(const fs::path& dir) {
    struct stat st {};
    if (::stat(dir.c_str(), &st) != 0) return failed(errno, dir.string());  // ENOENT, or ENOTDIR on the way
    if (!S_ISDIR(st.st_mode)) return failed(ENOTDIR, dir.string());
    // Named like writePrivateFile's temporary files (".NAME.tmp-PID-XXXXXX"), so a kill between
    // creating and removing it leaves a file that the next write into the folder tidies away.
    std::string probe = (dir / (".write-check.tmp-" + std::to_string(::getpid()) + "-XXXXXX")).string();
    const int fd = ::mkstemp(probe.data());
    if (fd < 0) return failed(errno, dir.string());
    // A block, not an empty file: a full disk still has room for an empty one.
    const std::string block(4096, '\n');
    int err = 0;
    if (::write(fd, block.data(), block.size()) != static_cast<ssize_t>(block.size()) || ::fsync(fd) != 0)
        err = errno ? errno : ENOSPC;
    ::close(fd);
    ::unlink(probe.c_str());
    if (err) return failed(err, dir.string());
    return {};
}

std::string problemKey(WriteCheck::Problem p) {
    switch (p) {
        case WriteCheck::Problem::None: return "save.problem_none";
        case WriteCheck::Problem::NoFolder: return "save.problem_no_folder";
        case WriteCheck::Problem::NotAFolder: return "save.problem_not_a_folder";
        case WriteCheck::Problem::NotAllowed: return "save.problem_not_allowed";
        case WriteCheck::Problem::ReadOnly: return "save.problem_read_only";
        case WriteCheck::Problem::Full: return "save.problem_full";
        case WriteCheck::Problem::Other: return "save.problem_other";
    }
    return "save.problem_other";
}

}  // namespace hr
