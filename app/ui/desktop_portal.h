// SPDX-License-Identifier: EUPL-1.2
// The desktop's colour preference, asked of the XDG desktop portal on the session bus
// (org.freedesktop.portal.Settings, namespace org.freedesktop.appearance): local IPC through
// libdbus, never the network. Without a session bus, or without a portal, there is no preference.
// While the window is open, DesktopAppearanceWatch follows the portal's SettingChanged signal, so a
// desktop switched to dark or high contrast is followed at once.
#pragma once

#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "theme/palette.h"

namespace hr::ui {

struct DesktopAppearance {
    std::optional<theme::ThemeId> theme;  // high contrast, dark or light; none: no preference
    std::string why;                      // why there is none (no bus, no portal, an error), for timings and tests
    int colorScheme = -1;                 // the portal's values as read (-1: not offered)
    int contrast = -1;
    bool bus = false;                     // whether a session bus answered
};

// Asks the portal for 'contrast' (1: high) and 'color-scheme' (1: prefer dark, 2: prefer light,
// 0: none), waiting at most `timeoutMs` in all. Never starts a bus: with no
// DBUS_SESSION_BUS_ADDRESS and no $XDG_RUNTIME_DIR/bus it returns at once. Any thread.
DesktopAppearance askDesktopAppearance(int timeoutMs);

// The theme for the portal's values (-1: not offered).
std::optional<theme::ThemeId> themeForAppearance(int colorScheme, int contrast);

// Listens on a private session-bus connection, on a thread of its own, for the portal's
// SettingChanged of color-scheme and contrast. `wake` is called on that thread when the
// preference changed, so the window's loop, asleep until input, draws the new theme at once.
class DesktopAppearanceWatch {
public:
    // `start`: the values read at start, so a change of one key keeps the other.
    DesktopAppearanceWatch(const DesktopAppearance& start, void (*wake)());
    ~DesktopAppearanceWatch();  // stops listening; returns at once (no call is waited on)
    DesktopAppearanceWatch(const DesktopAppearanceWatch&) = delete;
    DesktopAppearanceWatch& operator=(const DesktopAppearanceWatch&) = delete;

    // A preference that changed since the last call (the inner optional: none, back to the
    // default theme), or nothing when none did.
    std::optional<std::optional<theme::ThemeId>> take();

private:
    void listen();
    void changed(const std::string& key, int value);

    void (*wake_)();
    int stopFd_ = -1;  // an eventfd: written to stop the thread's poll
    std::mutex mutex_;
    int colorScheme_, contrast_;
    bool fresh_ = false;
    std::thread thread_;
};

}  // namespace hr::ui
