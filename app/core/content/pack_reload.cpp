// SPDX-License-Identifier: EUPL-1.2
// The reload worker: wait for a save, load and validate, hand the result over under a lock.
#include "content/pack_reload.h"

#include <sys/eventfd.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstring>

namespace hr::content {

PackReloader::PackReloader(const LoadedPack& pack, std::function<void()> wake)
    : given_(pack.given), search_(pack.search), parseCache_(pack.parseCache), wake_(std::move(wake)) {
    watch_.watch(pack.dirs);
    error_ = watch_.error();
    if (!error_.empty()) return;
    stopFd_ = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    if (stopFd_ < 0) {
        error_ = std::strerror(errno);
        return;
    }
    worker_ = std::thread([this] { run(); });
}

PackReloader::~PackReloader() {
    if (worker_.joinable()) {
        const std::uint64_t one = 1;
        if (write(stopFd_, &one, sizeof one) != static_cast<ssize_t>(sizeof one)) {
            // An eventfd write fails only when the counter would overflow: it is then readable anyway.
        }
        worker_.join();
    }
    if (stopFd_ >= 0) close(stopFd_);
}

std::optional<PackReloader::Result> PackReloader::take() {
    std::lock_guard<std::mutex> hold(mutex_);
    std::optional<Result> out = std::move(ready_);
    ready_.reset();
    return out;
}

void PackReloader::run() {
    for (;;) {
        PackWatch::Change change;
        const auto r = watch_.wait(std::chrono::seconds(60), change, stopFd_);
        if (r == PackWatch::Result::Stopped) return;
        if (r == PackWatch::Result::TimedOut) continue;
        const auto start = std::chrono::steady_clock::now();
        Result result;
        result.pack = loadAndValidate(given_, search_, {}, parseCache_);
        result.load = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start);
        result.changed = change.first;
        result.files = change.files.size();
        // A base found by id may now be another folder; the watch follows what was read.
        if (!result.pack.dirs.empty()) watch_.watch(result.pack.dirs);
        {
            std::lock_guard<std::mutex> hold(mutex_);
            ready_ = std::move(result);
        }
        if (wake_) wake_();
    }
}

}  // namespace hr::content
