// SPDX-License-Identifier: EUPL-1.2
// Counting the Shift presses of quick hide.
#include "quick_hide.h"

namespace hr::ui {

bool TripleShift::press(bool isShift, double seconds) {
    if (!isShift) {
        count_ = 0;
        return false;
    }
    if (count_ == 0 || seconds - first_ > 1.0) {
        count_ = 1;
        first_ = seconds;
        return false;
    }
    if (++count_ < 3) return false;
    count_ = 0;
    return true;
}

}  // namespace hr::ui
