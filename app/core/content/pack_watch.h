// SPDX-License-Identifier: EUPL-1.2
// Watching a pack's folders for saved changes (Linux inotify, from glibc): the folders rather than
// the files, so that an editor that saves by writing a new file and renaming it over the old one
// is seen as well as one that writes in place. A save is often several events (write, rename,
// attributes; a backup file): they are taken together as one change once the folder is quiet.
#pragma once

#include <chrono>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace hr::content {

class PackWatch {
public:
    PackWatch();
    ~PackWatch();
    PackWatch(const PackWatch&) = delete;
    PackWatch& operator=(const PackWatch&) = delete;

    // Empty when watching works; else why not (the system's words).
    const std::string& error() const { return error_; }

    // Watches exactly `dirs` and the folders below them (not hidden ones such as .git). Called
    // again after every reload: folders come and go, and watches on folders no longer used end.
    void watch(const std::vector<std::filesystem::path>& dirs);
    std::size_t watchedFolders() const { return byWd_.size(); }

    enum class Result { Changed, Stopped, TimedOut };
    struct Change {
        std::vector<std::filesystem::path> files;  // what changed, each once, in the order seen
        std::chrono::steady_clock::time_point first;  // when the first event of it was read
    };
    // Waits up to `timeout` for a change to a pack file, then until no event came for `quiet`
    // (but not longer than a second), so that a burst is one change. Stopped when `stopFd` (an
    // eventfd or pipe; -1 for none) becomes readable.
    [[nodiscard]] Result wait(std::chrono::milliseconds timeout, Change& change, int stopFd = -1,
                              std::chrono::milliseconds quiet = std::chrono::milliseconds(30));

private:
    int fd_ = -1;
    std::string error_;
    std::map<int, std::filesystem::path> byWd_;

    void add(const std::filesystem::path& dir, std::map<int, std::filesystem::path>& into, int depth);
    // Reads what is waiting; adds new folders to the watch. Returns whether a pack file changed.
    bool drain(Change& change);
};

// Whether `name` is an editor's own file (a swap file, a backup, a temporary file renamed into
// place a moment later, a lock) rather than a file of the pack.
bool isEditorScratch(const std::string& name);

}  // namespace hr::content
