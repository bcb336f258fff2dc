// SPDX-License-Identifier: EUPL-1.2
// Start-up benchmark: the app against a bare Dear ImGui program (bare_imgui.cpp), started in turn
// (A B A B ...), each rendering its first screen at the same size with the same font. Both note
// their phases with app/ui/startup_timings.h (HANDREIKING_TIMINGS=FILE); this program notes the
// clock just before it starts each process, so "exec and libraries" includes loading the shared
// libraries. Prints the median of each phase side by side, the ratio of the time and CPU to the
// first frame, and peak RSS and PSS at the first frame. Prints figures; passes or fails nothing.
// With --records N the app also starts on a records folder of N records (A B C A B C ...): the
// start screen with years of conversations against the empty one (issue 17: within 1.2x).
//   startup_bench --app BIN --bare BIN --font-dir DIR [--runs 9] [--size 1280x800] [--records N]
//   startup_bench --write-records N DIR      (only the folder of N records, e.g. for callgrind)
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <string>
#include <vector>

#include "content/pack.h"
#include "session/engine.h"
#include "session/store.h"

extern char** environ;

namespace fs = std::filesystem;

namespace {

struct Run {
    std::vector<std::pair<std::string, double>> phases;  // name, ms since the previous mark
    std::vector<std::pair<std::string, double>> notes;   // durations on another thread, ms
    double firstFrameMs = 0, cpuMs = 0;                   // to the first frame
    double exitMs = 0, exitCpuMs = 0;                     // the whole process (with the screenshot PNG)
    double peakRssMiB = 0, pssMiB = 0;
};

double monoMs() {
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

double median(std::vector<double> v) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

// Whether the timings file is complete (its last line is there).
bool timingsWritten(const fs::path& timings) {
    std::ifstream in(timings);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    return text.find("pss_kib") != std::string::npos && text.back() == '\n';
}

// Starts `argv` with `env` added to this environment, waits, and reads its timings file. With
// `stopAtFirstFrame` (a normal start, which would wait for input), ends it once the file is there.
bool runOnce(const std::vector<std::string>& argv, const std::vector<std::string>& env, const fs::path& timings, Run& r,
             bool stopAtFirstFrame = false) {
    std::vector<std::string> envStore = env;
    for (char** e = environ; *e; ++e) envStore.emplace_back(*e);  // later entries lose to earlier ones
    std::vector<char*> envp, args;
    for (auto& s : envStore) envp.push_back(s.data());
    envp.push_back(nullptr);
    std::vector<std::string> argStore = argv;
    for (auto& s : argStore) args.push_back(s.data());
    args.push_back(nullptr);
    std::error_code ec;
    fs::remove(timings, ec);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    const double start = monoMs();
    pid_t pid = 0;
    const int err = posix_spawn(&pid, args[0], &actions, nullptr, args.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    if (err != 0) {
        std::fprintf(stderr, "startup_bench: cannot start %s: %s\n", args[0], std::strerror(err));
        return false;
    }
    int status = 0;
    rusage ru{};
    if (stopAtFirstFrame) {
        for (int i = 0; i < 3000 && !timingsWritten(timings) && waitpid(pid, &status, WNOHANG) == 0; ++i) usleep(2000);
        kill(pid, SIGTERM);
    }
    wait4(pid, &status, 0, &ru);
    r.exitMs = monoMs() - start;
    r.exitCpuMs = static_cast<double>(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1e3 +
                  static_cast<double>(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e3;
    const bool stopped = stopAtFirstFrame && WIFSIGNALED(status) && WTERMSIG(status) == SIGTERM;
    if (!stopped && (!WIFEXITED(status) || WEXITSTATUS(status) != 0)) {
        std::fprintf(stderr, "startup_bench: %s exited with status %d\n", args[0], status);
        return false;
    }
    std::ifstream in(timings);
    std::string line;
    double prev = start;
    while (std::getline(in, line)) {
        const auto tab = line.rfind('\t');
        if (tab == std::string::npos) continue;
        const std::string key = line.substr(0, tab);
        const double value = std::atof(line.c_str() + tab + 1);
        if (key.rfind("mark ", 0) == 0) {
            const double at = value / 1e6;
            r.phases.emplace_back(key.substr(5), at - prev);
            prev = at;
            r.firstFrameMs = at - start;
        } else if (key.rfind("note ", 0) == 0) {
            r.notes.emplace_back(key.substr(5), value);
        } else if (key == "cpu_ns") r.cpuMs = value / 1e6;
        else if (key == "peak_rss_kib") r.peakRssMiB = value / 1024;
        else if (key == "pss_kib") r.pssMiB = value / 1024;
    }
    if (r.phases.empty()) std::fprintf(stderr, "startup_bench: %s wrote no timings\n", args[0]);
    return !r.phases.empty();
}

double phaseMedian(const std::vector<Run>& runs, const std::string& name, bool& found) {
    std::vector<double> v;
    for (const Run& r : runs)
        for (const auto& [n, ms] : r.phases)
            if (n == name) v.push_back(ms);
    found = !v.empty();
    return median(v);
}

template <class F>
double medianOf(const std::vector<Run>& runs, F f) {
    std::vector<double> v;
    for (const Run& r : runs) v.push_back(f(r));
    return median(v);
}

double phase(const Run& r, const std::string& name) {
    for (const auto& [n, ms] : r.phases)
        if (n == name) return ms;
    return 0;
}

void printRow(const char* what, double app, double bare, const char* unit, const char* aim) {
    std::printf("  %-44s %9.1f %-3s %9.1f %-3s %6.2fx  %s\n", what, app, unit, bare, unit, bare > 0 ? app / bare : 0.0, aim);
}

void report(const std::vector<Run>& app, const std::vector<Run>& bare, const Run& cold, const Run& first) {
    std::printf("start-up to the first frame presented, median of %zu runs each (A B A B)\n", app.size());
    std::printf("  %-44s %13s %13s %7s\n", "phase", "handreiking", "bare ImGui", "ratio");
    for (const auto& [name, ms] : app.front().phases) {
        bool inApp = false, inBare = false;
        const double a = phaseMedian(app, name, inApp), b = phaseMedian(bare, name, inBare);
        if (inBare)
            printRow(name.c_str(), a, b, "ms", "");
        else
            std::printf("  %-44s %9.1f ms  %12s\n", name.c_str(), a, "-");
    }
    for (const auto& [name, ms] : app.front().notes) {
        std::vector<double> v;
        for (const Run& r : app)
            for (const auto& [n, x] : r.notes)
                if (n == name) v.push_back(x);
        std::printf("  %-44s %9.1f ms  %12s  (on a thread of its own)\n", name.c_str(), median(v), "-");
    }
    auto ff = [](const Run& r) { return r.firstFrameMs; };
    auto cpu = [](const Run& r) { return r.cpuMs; };
    printRow("wall to first frame", medianOf(app, ff), medianOf(bare, ff), "ms", "(aim <= 1.10x)");
    printRow("CPU to first frame (all threads)", medianOf(app, cpu), medianOf(bare, cpu), "ms", "(aim <= 1.15x)");
    printRow("whole run with screenshot PNG: wall", medianOf(app, [](const Run& r) { return r.exitMs; }),
             medianOf(bare, [](const Run& r) { return r.exitMs; }), "ms", "");
    printRow("whole run with screenshot PNG: CPU", medianOf(app, [](const Run& r) { return r.exitCpuMs; }),
             medianOf(bare, [](const Run& r) { return r.exitCpuMs; }), "ms", "");
    std::printf("  %-44s %9.1f ms   (CPU %.1f ms; fonts and atlas %.1f ms)\n", "no atlas cache: wall to first frame",
                cold.firstFrameMs, cold.cpuMs, phase(cold, "fonts and atlas"));
    std::printf("  %-44s %9.1f ms   (CPU %.1f ms; fonts and atlas %.1f ms)\n", "normal first start, writing the cache",
                first.firstFrameMs, first.cpuMs, phase(first, "fonts and atlas"));
    std::printf("memory at the first frame (median)\n");
    std::printf("  %-44s %13s %13s %7s\n", "", "handreiking", "bare ImGui", "diff");
    const double ar = medianOf(app, [](const Run& r) { return r.peakRssMiB; });
    const double br = medianOf(bare, [](const Run& r) { return r.peakRssMiB; });
    const double ap = medianOf(app, [](const Run& r) { return r.pssMiB; });
    const double bp = medianOf(bare, [](const Run& r) { return r.pssMiB; });
    std::printf("  %-44s %9.1f MiB %9.1f MiB %+6.1f MiB (aim < 15 MiB)\n", "peak RSS (VmHWM)", ar, br, ar - br);
    std::printf("  %-44s %9.1f MiB %9.1f MiB %+6.1f MiB (aim < 15 MiB)\n", "PSS (smaps_rollup)", ap, bp, ap - bp);
}

// `count` records of the bundled guide's first track, a few steps walked with a note, as the start
// screen lists them; made through the Store, as the app saves them.
bool writeRecords(const fs::path& dir, int count) {
    using namespace hr;
    auto pack = content::loadAndValidate(fs::path(HR_SOURCE_DIR) / "content" / "ervaringskennis", "ervaringskennis");
    if (!pack.usable()) return false;
    auto s = session::Session::start(pack.guide, pack.guide->tracks.front().id, "nl");
    (void)s.next();
    s.setNote(s.currentNode()->id, "Afgesproken: over twee weken samen terugkijken.");
    s.setParticipants({{pack.guide->roles.empty() ? "" : pack.guide->roles.front().id, "AB"}});
    session::Store store(dir);
    if (!store.prepare().empty()) return false;
    session::Record r = s.record();
    for (int i = 0; i < count; ++i) {
        char id[64], created[64];
        std::snprintf(id, sizeof id, "2026-%02d-%02d-%06d-%s", 1 + i % 12, 1 + i % 28, i, r.track.c_str());
        std::snprintf(created, sizeof created, "2026-%02d-%02dT%02d:%02d:%02d+01:00", 1 + i % 12, 1 + i % 28,
                      i / 3600 % 24, i / 60 % 60, i % 60);
        r.id = id;
        r.created = r.updated = created;
        if (!store.save(r).empty()) return false;
    }
    return true;
}

void reportRecords(const std::vector<Run>& empty, const std::vector<Run>& full, int count) {
    auto ff = [](const Run& r) { return r.firstFrameMs; };
    auto cpu = [](const Run& r) { return r.cpuMs; };
    auto list = [](const Run& r) { return phase(r, "records list"); };
    std::printf("start screen with %d records against an empty records folder, median of %zu runs each\n", count,
                full.size());
    std::printf("  %-44s %13s %13s %7s\n", "", "records", "empty", "ratio");
    printRow("wall to first frame", medianOf(full, ff), medianOf(empty, ff), "ms", "(aim <= 1.20x)");
    printRow("CPU to first frame (all threads)", medianOf(full, cpu), medianOf(empty, cpu), "ms", "(aim <= 1.20x)");
    std::printf("  %-44s %9.1f ms  %9.1f ms\n", "phase: records list", medianOf(full, list), medianOf(empty, list));
}

}  // namespace

int main(int argc, char** argv) {
    // Only the records folder, to profile a start on it (valgrind --tool=callgrind).
    if (argc == 4 && std::strcmp(argv[1], "--write-records") == 0)
        return writeRecords(argv[3], std::atoi(argv[2])) ? 0 : 1;
    std::map<std::string, std::string> opt{{"--runs", "9"}, {"--size", "1280x800"}};
    for (int i = 1; i + 1 < argc; i += 2) opt[argv[i]] = argv[i + 1];
    if (!opt.count("--app") || !opt.count("--bare") || !opt.count("--font-dir")) {
        std::fprintf(stderr, "usage: startup_bench --app BIN --bare BIN --font-dir DIR [--runs N] [--size WxH]\n");
        return 2;
    }
    const int runs = std::max(1, std::atoi(opt["--runs"].c_str()));
    std::string tmpl = (fs::temp_directory_path() / "handreiking-startup-XXXXXX").string();
    if (!mkdtemp(tmpl.data())) return 1;
    const fs::path dir = tmpl;
    fs::create_directories(dir / "data" / "sessions");
    fs::permissions(dir / "data" / "sessions", fs::perms::owner_all, fs::perm_options::replace);
    const fs::path timings = dir / "timings.txt", shot = dir / "shot.png";
    const std::vector<std::string> env{"HANDREIKING_TIMINGS=" + timings.string(),
                                       "XDG_CONFIG_HOME=" + (dir / "config").string(),
                                       "XDG_CACHE_HOME=" + (dir / "cache").string(),
                                       "XDG_DATA_HOME=" + (dir / "data").string()};
    const std::vector<std::string> appArgs{opt["--app"], "--screenshot", shot.string(), "--size", opt["--size"],
                                           "--data-dir", (dir / "data" / "sessions").string()};
    const std::vector<std::string> bareArgs{opt["--bare"], "--font-dir", opt["--font-dir"], "--screenshot",
                                            shot.string(), "--size", opt["--size"]};
    // First a screenshot run with an empty cache (it reads the atlas cache but never writes it),
    // then a normal start, which builds the atlas and stores it; then the bare program once, so
    // both have their files in the page cache before the runs that count.
    const std::vector<std::string> normalArgs{opt["--app"], "--data-dir", (dir / "data" / "sessions").string()};
    Run cold, first, warmBare;
    if (!runOnce(appArgs, env, timings, cold) || !runOnce(normalArgs, env, timings, first, true) ||
        !runOnce(bareArgs, env, timings, warmBare))
        return 1;
    const int records = std::max(0, std::atoi(opt["--records"].c_str()));
    const fs::path full = dir / "full" / "sessions";
    std::vector<std::string> fullArgs = appArgs, fullNormal = normalArgs;
    fullArgs.back() = fullNormal.back() = full.string();
    Run indexing;
    if (records > 0) {
        if (!writeRecords(full, records)) return 1;
        // A normal start lists the folder once and writes its index, as the first start after an
        // update does; a screenshot run writes nothing, so it lists from that index.
        if (!runOnce(fullNormal, env, timings, indexing, true)) return 1;
    }
    std::vector<Run> app, bare, withRecords;
    for (int i = 0; i < runs; ++i) {
        Run a, b, c;
        if (!runOnce(appArgs, env, timings, a) || !runOnce(bareArgs, env, timings, b)) return 1;
        if (records > 0 && !runOnce(fullArgs, env, timings, c)) return 1;
        app.push_back(a);
        bare.push_back(b);
        if (records > 0) withRecords.push_back(c);
    }
    report(app, bare, cold, first);
    if (records > 0) {
        reportRecords(app, withRecords, records);
        std::printf("  %-44s %9.1f ms   (CPU %.1f ms; records list %.1f ms)\n", "first start, reading every record",
                    indexing.firstFrameMs, indexing.cpuMs, phase(indexing, "records list"));
    }
    std::error_code ec;
    fs::remove_all(dir, ec);
    return 0;
}
