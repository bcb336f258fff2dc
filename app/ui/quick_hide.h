// SPDX-License-Identifier: EUPL-1.2
// Quick hide's key: Shift pressed three times within one second, as GOV.UK's "Exit this page".
// Any other key in between starts the count again, so typing capitals never hides the screen.
#pragma once

namespace hr::ui {

class TripleShift {
public:
    // A key press at `seconds` (a steady clock); true when it completes the sequence.
    bool press(bool isShift, double seconds);

private:
    int count_ = 0;
    double first_ = 0;
};

}  // namespace hr::ui
