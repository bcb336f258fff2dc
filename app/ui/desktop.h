// SPDX-License-Identifier: EUPL-1.2
// Handing things to the desktop (xdg-open, the clipboard), outside the controller.
#pragma once

#include <string>

namespace hr::ui {

// Opens `url` with the desktop's handler. Returns "" or why it could not be started.
[[nodiscard]] std::string openExternal(const std::string& url);
// Puts `text` on the desktop's clipboard (through the window's backend).
void copyToClipboard(const std::string& text);

}  // namespace hr::ui
