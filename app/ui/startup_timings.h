// SPDX-License-Identifier: EUPL-1.2
// Start-up phase times for the benchmark (tests/bench/startup_bench.cpp). With HANDREIKING_TIMINGS=FILE
// in the environment the app notes the monotonic clock at each phase and, once the first frame is
// presented, writes the marks, the CPU time so far and the memory (peak RSS, PSS) to FILE. Without
// it a mark is one branch: normal starts pay nothing. No ImGui here, so the bare program
// (tests/bench/bare_imgui.cpp) measures itself with the same code.
#pragma once

namespace hr::ui::timings {

// Notes that `phase` ended now (a string literal: it is kept, not copied). Main thread only.
void mark(const char* phase);

// Notes a duration measured apart from the marks (a phase on another thread). Thread-safe.
void note(const char* what, double ms);

// Marks "first frame" and writes the file (once; later calls do nothing).
void firstFramePresented();

}  // namespace hr::ui::timings
