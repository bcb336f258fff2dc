// SPDX-License-Identifier: EUPL-1.2
// Handing things to the desktop: opening a link in the user's own browser. Platform code, kept out
// of the controller.
#include "desktop.h"

#include <fcntl.h>
#include <imgui.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

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

}  // namespace hr::ui
