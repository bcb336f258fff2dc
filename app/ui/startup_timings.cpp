// SPDX-License-Identifier: EUPL-1.2
// Start-up phase times, written once at the first frame when HANDREIKING_TIMINGS names a file.
// The marks are absolute CLOCK_MONOTONIC times, so the benchmark, which notes the same clock just
// before it starts the process, also sees the time spent before main (exec, loading libraries).
#include "startup_timings.h"

#include <time.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

namespace hr::ui::timings {

namespace {

struct Mark {
    const char* phase;
    long long ns;
};

constexpr int kMaxMarks = 16;
Mark g_marks[kMaxMarks];
int g_count = 0;
bool g_written = false;
std::mutex g_notesMutex;
std::vector<std::pair<const char*, double>> g_notes;

const char* outputFile() {
    static const char* file = [] {
        const char* f = std::getenv("HANDREIKING_TIMINGS");
        return f && *f ? f : nullptr;
    }();
    return file;
}

long long nowNs(clockid_t clock) {
    timespec ts{};
    clock_gettime(clock, &ts);
    return static_cast<long long>(ts.tv_sec) * 1000000000LL + ts.tv_nsec;
}

// "VmHWM:   123456 kB" in /proc/self/status, "Pss:  ..." in /proc/self/smaps_rollup.
long long procField(const char* file, const char* field) {
    std::ifstream in(file);
    std::string line;
    const std::size_t n = std::strlen(field);
    while (std::getline(in, line))
        if (line.compare(0, n, field) == 0 && line.size() > n && line[n] == ':') return std::atoll(line.c_str() + n + 1);
    return -1;
}

}  // namespace

void mark(const char* phase) {
    if (!outputFile() || g_count == kMaxMarks) return;
    g_marks[g_count++] = Mark{phase, nowNs(CLOCK_MONOTONIC)};
}

void note(const char* what, double ms) {
    if (!outputFile()) return;
    std::lock_guard<std::mutex> lock(g_notesMutex);
    g_notes.emplace_back(what, ms);
}

void firstFramePresented() {
    if (!outputFile() || g_written) return;
    g_written = true;
    mark("first frame");
    const long long cpu = nowNs(CLOCK_PROCESS_CPUTIME_ID);  // all threads, Mesa's included
    std::FILE* f = std::fopen(outputFile(), "w");
    if (!f) {
        std::fprintf(stderr, "handreiking: cannot write the timings to %s\n", outputFile());
        return;
    }
    for (int i = 0; i < g_count; ++i) std::fprintf(f, "mark %s\t%lld\n", g_marks[i].phase, g_marks[i].ns);
    {
        std::lock_guard<std::mutex> lock(g_notesMutex);
        for (const auto& [what, ms] : g_notes) std::fprintf(f, "note %s\t%.3f\n", what, ms);
    }
    std::fprintf(f, "cpu_ns\t%lld\n", cpu);
    std::fprintf(f, "peak_rss_kib\t%lld\n", procField("/proc/self/status", "VmHWM"));
    std::fprintf(f, "rss_kib\t%lld\n", procField("/proc/self/status", "VmRSS"));
    std::fprintf(f, "pss_kib\t%lld\n", procField("/proc/self/smaps_rollup", "Pss"));
    std::fclose(f);
}

}  // namespace hr::ui::timings
