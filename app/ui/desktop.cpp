// SPDX-License-Identifier: EUPL-1.2
// Handing things to the desktop: opening a link in the user's own browser, an export in the
// desktop's app for it or in the file manager. Platform code, kept out of the controller.
#include "desktop.h"

#include <fcntl.h>
#include <imgui.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <cstring>
#include <mutex>
#include <thread>
#include <utility>

extern char** environ;

namespace hr::ui {

// Opens `url` with the desktop's handler (xdg-open). No shell: the URL is a single argument and
// cannot run anything. Forked twice, so the app neither waits for the browser nor leaves a zombie;
// a close-on-exec pipe tells whether xdg-open could be started. Returns "" or why it failed.
std::string openExternal(const std::string& url) {
    int fds[2];
    if (pipe2(fds, O_CLOEXEC) != 0) return std::strerror(errno);
    std::string program = "xdg-open", arg = url;  // argv is built before fork: the child only execs
    char* argv[] = {program.data(), arg.data(), nullptr};
    const pid_t child = fork();
    if (child < 0) {
        const int err = errno;
        close(fds[0]);
        close(fds[1]);
        return std::strerror(err);
    }
    if (child == 0) {
        const pid_t grandchild = fork();
        if (grandchild > 0) _exit(0);
        if (grandchild == 0) {
            setsid();
            // The browser gets none of the app's files or sockets (best effort: old kernels lack it).
            close_range(3, ~0U, CLOSE_RANGE_CLOEXEC);
            execvp(argv[0], argv);
        }
        const int err = errno;  // the second fork or exec failed
        if (write(fds[1], &err, sizeof err) < 0) _exit(126);
        _exit(127);
    }
    close(fds[1]);
    while (waitpid(child, nullptr, 0) < 0 && errno == EINTR) {
    }
    int err = 0;
    ssize_t n = 0;
    do n = read(fds[0], &err, sizeof err);
    while (n < 0 && errno == EINTR);
    close(fds[0]);
    return n == static_cast<ssize_t>(sizeof err) ? std::strerror(err) : "";
}

void copyToClipboard(const std::string& text) { ImGui::SetClipboardText(text.c_str()); }

std::string fileUri(const std::filesystem::path& p) {
    static const char* hex = "0123456789ABCDEF";
    std::string out = "file://";
    for (char c : p.string()) {
        const auto u = static_cast<unsigned char>(c);
        if (std::isalnum(u) || std::strchr("/-._~", c)) {
            out += c;
        } else {
            out += '%';
            out += hex[u >> 4];
            out += hex[u & 15];
        }
    }
    return out;
}

struct Launcher::Shared {
    std::mutex mutex;
    std::vector<Ended> ended;
    std::function<void()> wake;
};

Launcher::Launcher() : shared_(std::make_shared<Shared>()) {}

namespace {

// Started with nothing to read and nowhere to write but the app's stderr (dbus-send prints its
// reply), none of the app's other files, and a session of its own (it outlives a closed window).
int spawn(pid_t& pid, const std::vector<std::string>& args) {
    std::vector<std::string> copy = args;
    std::vector<char*> argv;
    for (auto& a : copy) argv.push_back(a.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t files;
    posix_spawnattr_t attr;
    posix_spawn_file_actions_init(&files);
    posix_spawnattr_init(&attr);
    posix_spawn_file_actions_addopen(&files, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&files, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addclosefrom_np(&files, 3);
    posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSID);
    const int err = posix_spawnp(&pid, argv[0], &files, &attr, argv.data(), environ);
    posix_spawnattr_destroy(&attr);
    posix_spawn_file_actions_destroy(&files);
    return err;
}

}  // namespace

int Launcher::start(std::uint64_t id, const std::vector<std::string>& argv) {
    if (argv.empty()) return EINVAL;
    pid_t pid = 0;
    if (const int err = spawn(pid, argv); err != 0) return err;
    std::thread([pid, id, shared = shared_] {
        int status = 0;
        while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
        }
        std::function<void()> wake;
        {
            std::lock_guard<std::mutex> lock(shared->mutex);
            shared->ended.push_back({id, WIFEXITED(status) ? WEXITSTATUS(status) : -1});
            wake = shared->wake;
        }
        if (wake) wake();
    }).detach();
    return 0;
}

std::vector<Launcher::Ended> Launcher::takeEnded() {
    std::lock_guard<std::mutex> lock(shared_->mutex);
    return std::exchange(shared_->ended, {});
}

void Launcher::onEnded(std::function<void()> wake) {
    std::lock_guard<std::mutex> lock(shared_->mutex);
    shared_->wake = std::move(wake);
}

}  // namespace hr::ui
