// SPDX-License-Identifier: EUPL-1.2
// The portal call: a private connection to the session bus (so the app's other code, and GLFW,
// never share its state), Hello, then Settings.Read twice, each with what is left of the time.
#include "desktop_portal.h"

#include <dbus/dbus.h>
#include <sys/stat.h>

#include <chrono>
#include <cstdlib>

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
    const int contrast = bus.readSetting("contrast");  // newer portals only; -1 where not offered
    const int scheme = bus.readSetting("color-scheme");
    out.theme = themeForAppearance(scheme, contrast);
    if (!out.theme) out.why = scheme < 0 ? "portal: " + bus.error() : "no preference";
    return out;
}

}  // namespace hr::ui
