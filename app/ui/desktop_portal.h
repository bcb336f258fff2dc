// SPDX-License-Identifier: EUPL-1.2
// The desktop's colour preference, asked of the XDG desktop portal on the session bus
// (org.freedesktop.portal.Settings, namespace org.freedesktop.appearance): local IPC through
// libdbus, never the network. Without a session bus, or without a portal, there is no preference.
#pragma once

#include <optional>
#include <string>

#include "theme/palette.h"

namespace hr::ui {

struct DesktopAppearance {
    std::optional<theme::ThemeId> theme;  // high contrast, dark or light; none: no preference
    std::string why;                      // why there is none (no bus, no portal, an error), for timings and tests
};

// Asks the portal for 'contrast' (1: high) and 'color-scheme' (1: prefer dark, 2: prefer light,
// 0: none), waiting at most `timeoutMs` in all. Never starts a bus: with no
// DBUS_SESSION_BUS_ADDRESS and no $XDG_RUNTIME_DIR/bus it returns at once. Any thread.
DesktopAppearance askDesktopAppearance(int timeoutMs);

// The theme for the portal's values (-1: not offered).
std::optional<theme::ThemeId> themeForAppearance(int colorScheme, int contrast);

}  // namespace hr::ui
