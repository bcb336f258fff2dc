// Handing things to the desktop (xdg-open), outside the controller.
#pragma once

#include <string>

namespace hr::ui {

// Opens `url` with the desktop's handler. Returns "" or why it could not be started.
std::string openExternal(const std::string& url);

}  // namespace hr::ui
