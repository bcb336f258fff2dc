// SPDX-License-Identifier: EUPL-1.2
// Live reload: a worker thread that watches the open pack's folders (pack_watch.h) and, after
// each save, loads and validates the pack again the way it was loaded first. The window's thread
// only takes the result and swaps it in, so a slow load never holds up a frame.
#pragma once

#include <atomic>
#include <chrono>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "content/pack.h"
#include "content/pack_watch.h"

namespace hr::content {

class PackReloader {
public:
    struct Result {
        LoadedPack pack;
        std::chrono::steady_clock::time_point changed;  // the first event of the save
        std::chrono::milliseconds load{0};               // how long loading and validating took
        std::size_t files = 0;                           // how many files the save touched
    };

    // Watches the folders `pack` was read from. `wake` is called on the worker thread when a
    // result is ready (the window posts an empty event, so that its waiting loop takes it).
    PackReloader(const LoadedPack& pack, std::function<void()> wake);
    ~PackReloader();  // stops the worker and waits for it
    PackReloader(const PackReloader&) = delete;
    PackReloader& operator=(const PackReloader&) = delete;

    // Empty while watching works; else why not.
    const std::string& error() const { return error_; }

    // The newest reloaded pack, once (an older one not yet taken is replaced by a newer one).
    std::optional<Result> take();

private:
    std::vector<PackSource> given_;
    std::vector<std::filesystem::path> search_;
    std::optional<yaml::TreeCache> parseCache_;  // as the pack was first loaded
    std::function<void()> wake_;
    PackWatch watch_;
    std::string error_;
    int stopFd_ = -1;
    std::mutex mutex_;
    std::optional<Result> ready_;
    std::thread worker_;

    void run();
};

}  // namespace hr::content
