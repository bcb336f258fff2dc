// SPDX-License-Identifier: EUPL-1.2
// Large packs and many records, side by side with their references (prints figures; passes or
// fails nothing). Run from the build folder:
//   tests/bench/handreiking_packs_bench [NODES...]     (default 1000 10000 50000)
// 1. `check` (load and validate, as the command does) on packs written by pack_gen.py, against a
//    raw yaml-cpp parse of the same files: the ratio shows what the checks cost over reading.
// 2. Listing the records folder for the start screen: empty, then 10,000 records, plain and
//    sealed, the first time (every record read, the index written) and then from the index.
#include <yaml-cpp/yaml.h>

#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <string>
#include <thread>
#include <vector>

#include "content/pack.h"
#include "session/engine.h"
#include "session/store.h"
#include "session/vault.h"

using namespace hr;
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

// The median of `runs` timings of f (after one run to warm the caches): wall and CPU time in
// milliseconds. CPU time is the fairer figure on a machine shared with other work.
struct Ms {
    double wall = 0, cpu = 0;
};
double cpuNow() {
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}
Ms medianMs(int runs, const std::function<void()>& f) {
    f();
    std::vector<double> wall, cpu;
    for (int i = 0; i < runs; ++i) {
        const auto start = Clock::now();
        const double c = cpuNow();
        f();
        cpu.push_back(cpuNow() - c);
        wall.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    }
    std::sort(wall.begin(), wall.end());
    std::sort(cpu.begin(), cpu.end());
    return {wall[wall.size() / 2], cpu[cpu.size() / 2]};
}

// Records are made in memory where there is a tmpfs: 20,000 fsyncs would only slow the setup
// (the listing reads from the page cache either way).
fs::path tempDir(const char* what, bool inMemory = false) {
    std::error_code ec;
    const fs::path base = inMemory && fs::is_directory("/dev/shm", ec) ? fs::path("/dev/shm") : fs::temp_directory_path();
    std::string tmpl = (base / (std::string("handreiking-") + what + "-XXXXXX")).string();
    if (!mkdtemp(tmpl.data())) {
        std::perror("mkdtemp");
        std::exit(1);
    }
    return tmpl;
}

std::vector<fs::path> yamlFiles(const fs::path& dir) {
    std::vector<fs::path> out;
    for (const auto& e : fs::recursive_directory_iterator(dir))
        if (e.path().extension() == ".yaml") out.push_back(e.path());
    return out;
}

int benchPack(long nodes) {
    const fs::path dir = tempDir("pack");
    const std::string gen = std::string("python3 '") + HR_SOURCE_DIR + "/tests/bench/pack_gen.py' " +
                            std::to_string(nodes) + " '" + dir.string() + "' >/dev/null";
    if (std::system(gen.c_str()) != 0) {
        std::fprintf(stderr, "pack_gen.py failed\n");
        return 1;
    }
    const auto files = yamlFiles(dir);
    bool usable = false;
    std::size_t problems = 0;
    const Ms check = medianMs(5, [&] {
        const auto pack = content::loadAndValidate(dir, dir.string());
        usable = pack.usable();
        problems = pack.diags.items().size();
    });
    const Ms raw = medianMs(5, [&] {
        for (const auto& f : files) YAML::LoadFile(f.string());
    });
    std::printf("check, %6ld nodes in %3zu files: CPU %8.1f ms (wall %8.1f)   raw yaml-cpp parse: CPU %8.1f ms (wall %8.1f)"
                "   ratio %4.2fx CPU, %4.2fx wall%s\n",
                nodes, files.size(), check.cpu, check.wall, raw.cpu, raw.wall, check.cpu / raw.cpu, check.wall / raw.wall,
                usable && problems == 0 ? "" : "   (NOT a clean pack!)");
    fs::remove_all(dir);
    return usable ? 0 : 1;
}

// A record as a conversation leaves it: the trial pack walked a few steps with a note.
session::Record sampleRecord(const std::shared_ptr<const content::Guide>& guide) {
    auto s = session::Session::start(guide, "gesprek", "nl");
    (void)s.next();
    (void)s.answer(session::Answer::ofChoice("ja"));
    s.setNote(s.currentNode()->id, "Afgesproken: over twee weken samen terugkijken.");
    return s.record();
}

// Lists a folder of `count` records the way the start screen does (Store::list): the first time,
// reading every record (and writing the index), then from the index (median of 5).
struct Listing {
    Ms first, indexed, screenful;
};

Listing listMs(const fs::path& dir, const session::Record& sample, int count, const char* passphrase) {
    session::Store store(dir);
    if (!store.prepare().empty()) return {};
    if (passphrase) (void)store.enableEncryption(passphrase, session::testVaultLimits());
    session::Record r = sample;
    for (int i = 0; i < count; ++i) {
        char id[64];
        std::snprintf(id, sizeof id, "2026-%02d-%02d-%06d-gesprek", 1 + i % 12, 1 + i % 28, i);
        r.id = id;
        if (!store.save(r).empty()) return {};
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(200));  // none changed a moment ago (racily clean)
    std::size_t listed = 0;
    Listing out;
    const auto start = Clock::now();
    const double c = cpuNow();
    listed = store.list().size();
    out.first = {std::chrono::duration<double, std::milli>(Clock::now() - start).count(), cpuNow() - c};
    out.indexed = medianMs(5, [&] { listed = store.list().size(); });
    // What the start screen's first frame lists (Store::listFirst); nothing in a protected folder.
    out.screenful = medianMs(5, [&] { (void)store.listFirst(64); });
    if (listed != static_cast<std::size_t>(count)) std::fprintf(stderr, "listed %zu of %d records\n", listed, count);
    return out;
}

int benchRecords() {
    auto pack = content::loadAndValidate(fs::path(HR_SOURCE_DIR) / "tests" / "fixtures" / "packs" / "proef", "proef");
    if (!pack.usable()) return 1;
    const session::Record sample = sampleRecord(pack.guide);
    std::printf("records list for the start screen (Store::list), CPU (wall), median of 5 after the first:\n");
    for (const char* pass : {static_cast<const char*>(nullptr), "bench passphrase"}) {
        const fs::path empty = tempDir("records", true), full = tempDir("records", true);
        const Listing none = listMs(empty, sample, 0, pass), many = listMs(full, sample, 10000, pass);
        std::printf("  %s: 0 records %6.2f ms (%6.2f)   10,000 from the index %7.2f ms (%7.2f)   "
                    "10,000 the first time (reading each) %8.1f ms (%8.1f)   ",
                    pass ? "sealed" : "plain ", none.indexed.cpu, none.indexed.wall, many.indexed.cpu,
                    many.indexed.wall, many.first.cpu, many.first.wall);
        if (pass)
            std::printf("first screenful: none (a protected folder lists all at once)\n");
        else
            std::printf("first screenful of 64 %6.2f ms (%6.2f)\n", many.screenful.cpu, many.screenful.wall);
        fs::remove_all(empty);
        fs::remove_all(full);
    }
    std::printf("  (the start screen's own figure, empty against 10,000 records: startup_bench --records 10000)\n");
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<long> sizes;
    for (int i = 1; i < argc; ++i) sizes.push_back(std::strtol(argv[i], nullptr, 10));
    if (sizes.empty()) sizes = {1000, 10000, 50000};
    int rc = 0;
    for (long n : sizes) rc |= benchPack(n);
    rc |= benchRecords();
    return rc;
}
