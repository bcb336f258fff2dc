// SPDX-License-Identifier: EUPL-1.2
// Private atomic writes: POSIX calls where durability needs them (mkstemp, fsync, rename).
#include "util/private_file.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <atomic>
#include <cstring>
#include <mutex>
#include <set>

namespace fs = std::filesystem;

namespace hr {

namespace {

// Removes the stale temporary files in `dir`, once per folder and run: every folder the app writes
// to (records, exports, settings, --out) is tidied when it is first used.
// Records are written on the record writer's thread, settings and exports on the window's.
void tidyOnce(const fs::path& dir) {
    static std::mutex m;
    static std::set<std::string> tidied;
    {
        std::lock_guard<std::mutex> lock(m);
        if (!tidied.insert(fs::absolute(dir).lexically_normal().string()).second) return;
    }
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(dir, ec))
        if (isStaleTempFile(e.path().filename().string()) && e.is_regular_file(ec)) fs::remove(e.path(), ec);
}

std::atomic<SyncHook> syncHook{nullptr};

int durableSync(int fd) {
    if (SyncHook hook = syncHook.load()) hook();
    return ::fsync(fd);
}

}  // namespace

void setSyncHook(SyncHook hook) { syncHook.store(hook); }

void createPrivateDirs(const std::filesystem::path& dir, std::error_code& ec) {
    ec.clear();
    if (dir.empty() || std::filesystem::is_directory(dir, ec)) return;
    ec.clear();
    const auto parent = dir.parent_path();
    if (!parent.empty() && parent != dir) {
        createPrivateDirs(parent, ec);
        if (ec) return;
    }
    if (::mkdir(dir.c_str(), 0700) != 0 && errno != EEXIST) ec = std::error_code(errno, std::generic_category());
}

Msg osReason(int err) {
    switch (err) {
        case ENOSPC: return Msg("os.no_space");
        case EDQUOT: return Msg("os.quota");
        case EACCES:
        case EPERM: return Msg("os.not_allowed");
        case EROFS: return Msg("os.read_only");
        default: return Msg("verbatim", {{"text", std::strerror(err)}});
    }
}

Msg osReason(const std::error_code& ec) {
    if (ec.category() == std::generic_category() || ec.category() == std::system_category()) return osReason(ec.value());
    return Msg("verbatim", {{"text", ec.message()}});
}

bool isStaleTempFile(const std::string& name) {
    const std::size_t at = name.rfind(".tmp-");
    if (name.size() < 2 || name[0] != '.' || at == std::string::npos || at == 0) return false;
    const std::string rest = name.substr(at + 5);
    const std::size_t dash = rest.find('-');
    if (dash == std::string::npos) return rest.size() == 6;  // no pid: an older version's, at rest
    if (dash == 0 || dash + 7 != rest.size() || rest.find_first_not_of("0123456789") != dash) return false;
    const long pid = std::strtol(rest.substr(0, dash).c_str(), nullptr, 10);
    return pid > 0 && pid != ::getpid() && ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH;
}

void syncFolder(const fs::path& dir) {
    const int dfd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY);
    if (dfd >= 0) {
        durableSync(dfd);
        ::close(dfd);
    }
}

namespace {
// A failed call's message, with errno as it is now for its {why}.
Msg failure(Msg m) {
    m.args.emplace_back("why", osReason(errno));
    return m;
}
MsgArg pathArg(const fs::path& p) { return {"path", p.string()}; }
}  // namespace

Msg stagePrivateFile(const fs::path& target, const std::string& text, StagedFile& out) {
    // rename(2) below would replace a symbolic link at `target` with the new file: the link (the
    // user's own, or one put in a records folder to point elsewhere) would be gone without a word,
    // and a later reader might follow it again. A link is refused; what it points to is never
    // written either.
    struct stat st {};
    if (::lstat(target.c_str(), &st) == 0 && S_ISLNK(st.st_mode))
        return Msg("write.link", {{"path", target.string()}});
    const fs::path dir = target.parent_path().empty() ? fs::path(".") : target.parent_path();
    tidyOnce(dir);
    std::string tmp =
        (dir / ("." + target.filename().string() + ".tmp-" + std::to_string(::getpid()) + "-XXXXXX")).string();
    const int fd = ::mkstemp(tmp.data());  // created with mode 0600
    // Named by the file the user asked for (its folder is in the path): "cannot write
    // /x/r.yaml: Permission denied" says which save failed, where the folder alone did not.
    if (fd < 0) return failure(Msg("write.cannot", {pathArg(target)}));
    auto fail = [&](Msg what) {
        Msg msg = failure(std::move(what));
        ::close(fd);
        ::unlink(tmp.c_str());
        return msg;
    };
    if (::fchmod(fd, 0600) != 0) return fail(Msg("write.private", {pathArg(target)}));
    for (std::size_t done = 0; done < text.size();) {
        const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
        if (n < 0) {
            if (errno == EINTR) continue;
            return fail(Msg("write.cannot", {pathArg(target)}));
        }
        done += static_cast<std::size_t>(n);
    }
    if (durableSync(fd) != 0) return fail(Msg("write.to_disk", {pathArg(target)}));
    if (::close(fd) != 0) {
        Msg msg = failure(Msg("write.cannot", {pathArg(target)}));
        ::unlink(tmp.c_str());
        return msg;
    }
    out = StagedFile{tmp, target};
    return {};
}

Msg commitStagedFile(const StagedFile& staged) {
    if (::rename(staged.tmp.c_str(), staged.target.c_str()) != 0) {
        Msg msg = failure(Msg("write.rename", {pathArg(staged.target)}));
        ::unlink(staged.tmp.c_str());
        return msg;
    }
    return {};
}

void discardStagedFile(const StagedFile& staged) {
    if (!staged.tmp.empty()) ::unlink(staged.tmp.c_str());
}

Msg writePrivateFile(const fs::path& target, const std::string& text) {
    StagedFile staged;
    Msg err = stagePrivateFile(target, text, staged);
    if (err.empty()) err = commitStagedFile(staged);
    if (err.empty()) syncFolder(staged.target.parent_path().empty() ? fs::path(".") : staged.target.parent_path());
    return err;
}

}  // namespace hr
