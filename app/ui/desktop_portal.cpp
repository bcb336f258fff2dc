// SPDX-License-Identifier: EUPL-1.2
// The portal call: a private connection to the session bus (so the app's other code, and GLFW,
// never share its state), Hello, then Settings.Read twice, each with what is left of the time.
// The watch: another private connection, AddMatch for SettingChanged, then poll() on the bus's
// socket and an eventfd that stops it.
#include "desktop_portal.h"

#include <dbus/dbus.h>
#include <poll.h>
#include <sys/eventfd.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <utility>

namespace hr::ui {

namespace {

using Clock = std::chrono::steady_clock;

// The session bus's address, without autolaunch (libdbus would otherwise try dbus-launch on X11,
// which can start a bus of its own or wait for one).
std::string sessionBusAddress() {
    if (const char* a = std::getenv("DBUS_SESSION_BUS_ADDRESS"); a && *a) return a;
    const char* runtime = std::getenv("XDG_RUNTIME_DIR");
    if (!runtime || *runtime != '/') return "";
    const std::string socket = std::string(runtime) + "/bus";
    struct stat st {};
    if (stat(socket.c_str(), &st) != 0 || !S_ISSOCK(st.st_mode)) return "";
    return "unix:path=" + socket;
}

class Bus {
public:
    explicit Bus(Clock::time_point deadline) : deadline_(deadline) { dbus_error_init(&err_); }
    ~Bus() {
        if (conn_) {
            dbus_connection_close(conn_);
            dbus_connection_unref(conn_);
        }
        dbus_error_free(&err_);
    }
    Bus(const Bus&) = delete;
    Bus& operator=(const Bus&) = delete;

    bool open(const std::string& address) {
        conn_ = dbus_connection_open_private(address.c_str(), &err_);
        if (!conn_) return false;
        dbus_connection_set_exit_on_disconnect(conn_, FALSE);
        DBusMessage* hello = dbus_message_new_method_call("org.freedesktop.DBus", "/org/freedesktop/DBus",
                                                          "org.freedesktop.DBus", "Hello");
        DBusMessage* reply = call(hello);
        if (reply) dbus_message_unref(reply);
        return reply != nullptr;
    }

    // The portal's value for `key` in org.freedesktop.appearance as a number, or -1.
    int readSetting(const char* key) {
        DBusMessage* m = dbus_message_new_method_call("org.freedesktop.portal.Desktop", "/org/freedesktop/portal/desktop",
                                                      "org.freedesktop.portal.Settings", "Read");
        const char* ns = "org.freedesktop.appearance";
        dbus_message_append_args(m, DBUS_TYPE_STRING, &ns, DBUS_TYPE_STRING, &key, DBUS_TYPE_INVALID);
        DBusMessage* reply = call(m);
        if (!reply) return -1;
        DBusMessageIter it;
        int value = dbus_message_iter_init(reply, &it) ? number(it) : -1;
        dbus_message_unref(reply);
        return value;
    }

    // Asks the bus to pass on the portal's SettingChanged for the appearance keys.
    bool matchSettingChanged() {
        DBusMessage* m = dbus_message_new_method_call("org.freedesktop.DBus", "/org/freedesktop/DBus",
                                                      "org.freedesktop.DBus", "AddMatch");
        const char* rule =
            "type='signal',interface='org.freedesktop.portal.Settings',member='SettingChanged',"
            "arg0='org.freedesktop.appearance'";
        dbus_message_append_args(m, DBUS_TYPE_STRING, &rule, DBUS_TYPE_INVALID);
        DBusMessage* reply = call(m);
        if (reply) dbus_message_unref(reply);
        return reply != nullptr;
    }

    // Waits until the bus has something to read or `stopFd` is written; returns false when stopped
    // or disconnected. Each signal read is handed to `signal`.
    template <class OnSignal>
    bool readSignals(int stopFd, OnSignal signal) {
        while (DBusMessage* m = dbus_connection_pop_message(conn_)) {
            if (dbus_message_is_signal(m, "org.freedesktop.portal.Settings", "SettingChanged")) settingChanged(m, signal);
            dbus_message_unref(m);
        }
        int fd = -1;
        if (!dbus_connection_get_is_connected(conn_) || !dbus_connection_get_unix_fd(conn_, &fd)) return false;
        pollfd fds[2] = {{fd, POLLIN, 0}, {stopFd, POLLIN, 0}};
        if (poll(fds, 2, -1) < 0 && errno != EINTR) return false;
        if (fds[1].revents != 0) return false;
        return dbus_connection_read_write(conn_, 0) != FALSE;
    }

    std::string error() const { return dbus_error_is_set(&err_) ? std::string(err_.name) + ": " + err_.message : "no reply"; }

private:
    DBusMessage* call(DBusMessage* m) {
        if (!m) return nullptr;
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline_ - Clock::now()).count();
        DBusMessage* reply = nullptr;
        if (left > 0) {
            dbus_error_free(&err_);
            reply = dbus_connection_send_with_reply_and_block(conn_, m, static_cast<int>(left), &err_);
        }
        dbus_message_unref(m);
        return reply;
    }

    // SettingChanged (s namespace, s key, v value).
    template <class OnSignal>
    static void settingChanged(DBusMessage* m, OnSignal signal) {
        DBusMessageIter it;
        const char* ns = nullptr;
        const char* key = nullptr;
        if (!dbus_message_iter_init(m, &it) || dbus_message_iter_get_arg_type(&it) != DBUS_TYPE_STRING) return;
        dbus_message_iter_get_basic(&it, &ns);
        if (!dbus_message_iter_next(&it) || dbus_message_iter_get_arg_type(&it) != DBUS_TYPE_STRING) return;
        dbus_message_iter_get_basic(&it, &key);
        if (!dbus_message_iter_next(&it) || std::string(ns) != "org.freedesktop.appearance") return;
        signal(std::string(key), number(it));
    }

    // Read answers v (a variant holding the value); the portal of Debian 12 wraps it once more.
    static int number(DBusMessageIter& it) {
        for (int depth = 0; depth < 3 && dbus_message_iter_get_arg_type(&it) == DBUS_TYPE_VARIANT; ++depth) {
            DBusMessageIter inner;
            dbus_message_iter_recurse(&it, &inner);
            it = inner;
        }
        if (dbus_message_iter_get_arg_type(&it) != DBUS_TYPE_UINT32) return -1;
        dbus_uint32_t v = 0;
        dbus_message_iter_get_basic(&it, &v);
        return v > 100 ? -1 : static_cast<int>(v);
    }

    Clock::time_point deadline_;
    DBusConnection* conn_ = nullptr;
    DBusError err_;
};

}  // namespace

std::optional<theme::ThemeId> themeForAppearance(int colorScheme, int contrast) {
    if (contrast == 1) return theme::ThemeId::HighContrast;
    if (colorScheme == 1) return theme::ThemeId::Dark;
    if (colorScheme == 2) return theme::ThemeId::Light;
    return std::nullopt;
}

DesktopAppearance askDesktopAppearance(int timeoutMs) {
    DesktopAppearance out;
    const std::string address = sessionBusAddress();
    if (address.empty()) {
        out.why = "no session bus";
        return out;
    }
    Bus bus(Clock::now() + std::chrono::milliseconds(timeoutMs));
    if (!bus.open(address)) {
        out.why = "session bus: " + bus.error();
        return out;
    }
    out.bus = true;
    out.contrast = bus.readSetting("contrast");  // newer portals only; -1 where not offered
    out.colorScheme = bus.readSetting("color-scheme");
    out.theme = themeForAppearance(out.colorScheme, out.contrast);
    if (!out.theme) out.why = out.colorScheme < 0 ? "portal: " + bus.error() : "no preference";
    return out;
}

DesktopAppearanceWatch::DesktopAppearanceWatch(const DesktopAppearance& start, void (*wake)())
    : wake_(wake), colorScheme_(start.colorScheme), contrast_(start.contrast) {
    stopFd_ = eventfd(0, EFD_CLOEXEC);
    if (stopFd_ >= 0) thread_ = std::thread([this] { listen(); });
}

DesktopAppearanceWatch::~DesktopAppearanceWatch() {
    if (thread_.joinable()) {
        const std::uint64_t one = 1;
        if (write(stopFd_, &one, sizeof one) < 0) {}  // the thread polls it; it cannot be full
        thread_.join();
    }
    if (stopFd_ >= 0) close(stopFd_);
}

void DesktopAppearanceWatch::listen() {
    const std::string address = sessionBusAddress();
    if (address.empty()) return;
    // Only the set-up waits on the bus (at most a second each); then the thread sleeps in poll().
    Bus bus(Clock::now() + std::chrono::seconds(2));
    if (!bus.open(address) || !bus.matchSettingChanged()) return;
    while (bus.readSignals(stopFd_, [this](const std::string& key, int value) { changed(key, value); })) {
    }
}

void DesktopAppearanceWatch::changed(const std::string& key, int value) {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        if (key == "color-scheme")
            colorScheme_ = value;
        else if (key == "contrast")
            contrast_ = value;
        else
            return;
        fresh_ = true;
    }
    if (wake_) wake_();
}

std::optional<std::optional<theme::ThemeId>> DesktopAppearanceWatch::take() {
    std::lock_guard<std::mutex> lock(mutex_);
    if (!std::exchange(fresh_, false)) return std::nullopt;
    return themeForAppearance(colorScheme_, contrast_);
}

}  // namespace hr::ui
