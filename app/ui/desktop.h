// SPDX-License-Identifier: EUPL-1.2
// Handing things to the desktop (xdg-open, the file manager over D-Bus, the clipboard), outside
// the controller.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace hr::ui {

// Opens `url` with the desktop's handler. Returns "" or why it could not be started.
[[nodiscard]] std::string openExternal(const std::string& url);
// Puts `text` on the desktop's clipboard (through the window's backend).
void copyToClipboard(const std::string& text);

// A file:// URI for an absolute path, each byte outside the unreserved set percent-encoded.
std::string fileUri(const std::filesystem::path& p);

// Runs programs the desktop opens files with (xdg-open, dbus-send) on their own: started with
// posix_spawnp (no shell: each argument is one argument), in a session of their own, with none of
// the app's files open. A thread per program waits for it to end, so the UI never waits; how it
// ended is taken with takeEnded(), and onEnded's callback wakes the window's loop.
class Launcher {
public:
    struct Ended {
        std::uint64_t id = 0;
        int status = 0;  // the exit code; -1 when a signal ended it
    };
    Launcher();
    // Starts argv[0], looked up on PATH. Returns 0, or the errno that kept it from starting.
    int start(std::uint64_t id, const std::vector<std::string>& argv);
    // The programs that ended since the last call.
    std::vector<Ended> takeEnded();
    // Called (from a waiting thread) when a program has ended.
    void onEnded(std::function<void()> wake);

private:
    struct Shared;
    std::shared_ptr<Shared> shared_;
};

}  // namespace hr::ui
