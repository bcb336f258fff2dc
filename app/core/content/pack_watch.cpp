// SPDX-License-Identifier: EUPL-1.2
// inotify on a pack's folders: one watch per folder, new folders added as they appear, events
// read in bulk and coalesced into one change per save.
#include "content/pack_watch.h"

#include <poll.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace fs = std::filesystem;

namespace hr::content {

namespace {

// A file counts once it is written and closed (or renamed into place, or removed): never while a
// writer is halfway, which would show a half-saved file as errors for a moment. Created files
// wait for their close; only a created folder counts at once (it is then watched too).
constexpr std::uint32_t kMask = IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO |
                                IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR;
constexpr int kMaxDepth = 8;  // a pack is a few folders deep; a link loop must not run away

bool endsWith(const std::string& s, const std::string& end) {
    return s.size() >= end.size() && s.compare(s.size() - end.size(), end.size(), end) == 0;
}

// Milliseconds left until `until`, for poll (never negative).
int msLeft(std::chrono::steady_clock::time_point until) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(until - std::chrono::steady_clock::now());
    return static_cast<int>(std::max<long long>(0, left.count()));
}

}  // namespace

bool isEditorScratch(const std::string& name) {
    if (name.empty() || name[0] == '.' || name[0] == '#' || name.back() == '~') return true;
    if (name == "4913") return true;  // vim's test whether it may write in the folder
    for (const char* end : {".swp", ".swx", ".swpx", ".tmp", ".part"})
        if (endsWith(name, end)) return true;
    return false;
}

PackWatch::PackWatch() {
    fd_ = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    if (fd_ < 0) error_ = std::strerror(errno);
}

PackWatch::~PackWatch() {
    if (fd_ >= 0) close(fd_);
}

void PackWatch::add(const fs::path& dir, std::map<int, fs::path>& into, int depth) {
    const int wd = inotify_add_watch(fd_, dir.c_str(), kMask);
    if (wd < 0) {
        if (error_.empty() && errno != ENOENT && errno != ENOTDIR) error_ = dir.string() + ": " + std::strerror(errno);
        return;
    }
    into[wd] = dir;
    if (depth >= kMaxDepth) return;
    std::error_code ec;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (!name.empty() && name[0] != '.' && it->is_directory(ec) && !it->is_symlink(ec)) add(it->path(), into, depth + 1);
    }
}

void PackWatch::watch(const std::vector<fs::path>& dirs) {
    if (fd_ < 0) return;
    std::map<int, fs::path> now;
    for (const auto& d : dirs) add(d, now, 0);
    // The same folder gives the same watch again; one not among them any more is let go.
    for (const auto& [wd, path] : byWd_)
        if (!now.count(wd)) inotify_rm_watch(fd_, wd);
    byWd_ = std::move(now);
}

bool PackWatch::drain(Change& change) {
    alignas(inotify_event) char buf[16384];
    bool changed = false;
    for (;;) {
        const ssize_t n = read(fd_, buf, sizeof buf);
        if (n <= 0) break;
        for (ssize_t at = 0; at < n;) {
            const auto* e = reinterpret_cast<const inotify_event*>(buf + at);
            at += static_cast<ssize_t>(sizeof(inotify_event) + e->len);
            if (e->mask & IN_Q_OVERFLOW) {  // events were lost: something changed, surely
                changed = true;
                continue;
            }
            const auto dir = byWd_.find(e->wd);
            if (dir == byWd_.end()) continue;
            if (e->mask & IN_IGNORED) {
                byWd_.erase(dir);
                continue;
            }
            if (e->mask & (IN_DELETE_SELF | IN_MOVE_SELF)) {
                changed = true;
                continue;
            }
            const std::string name = e->len ? e->name : "";
            if (isEditorScratch(name)) continue;
            const fs::path path = dir->second / name;
            if ((e->mask & IN_CREATE) && !(e->mask & IN_ISDIR)) continue;
            if ((e->mask & IN_ISDIR) && (e->mask & (IN_CREATE | IN_MOVED_TO))) add(path, byWd_, 1);
            if (std::find(change.files.begin(), change.files.end(), path) == change.files.end()) change.files.push_back(path);
            changed = true;
        }
    }
    return changed;
}

PackWatch::Result PackWatch::wait(std::chrono::milliseconds timeout, Change& change, int stopFd,
                                  std::chrono::milliseconds quiet) {
    using Clock = std::chrono::steady_clock;
    change = {};
    if (fd_ < 0) return Result::TimedOut;
    const auto deadline = Clock::now() + timeout;
    bool seen = false;
    Clock::time_point longest;
    for (;;) {
        // Before the first event: until the timeout. After it: until the folder is quiet.
        const int ms = seen ? std::min(static_cast<int>(quiet.count()), msLeft(longest)) : msLeft(deadline);
        pollfd fds[2] = {{fd_, POLLIN, 0}, {stopFd, POLLIN, 0}};
        const int ready = poll(fds, stopFd >= 0 ? 2 : 1, ms);
        if (ready < 0 && errno == EINTR) continue;
        if (stopFd >= 0 && (fds[1].revents & POLLIN)) return Result::Stopped;
        if (ready <= 0) return seen ? Result::Changed : Result::TimedOut;
        if (drain(change) && !seen) {
            seen = true;
            change.first = Clock::now();
            longest = change.first + std::chrono::seconds(1);
        }
        if (seen && Clock::now() >= longest) return Result::Changed;
    }
}

}  // namespace hr::content
