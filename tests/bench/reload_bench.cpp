// SPDX-License-Identifier: EUPL-1.2
// Save-to-screen time of live reload (a benchmark that prints figures; nothing passes or fails):
//   build/tests/bench/reload_bench [PACK_DIR]
// On a copy of the bundled guide, a file is saved as editors do (a temporary file renamed over
// it); the time runs from just before the save until the reloaded, validated pack is in the
// window's hands and the open conversation has been replayed on it (what the window then does is
// draw one frame). Printed next to a plain load and validate, which is the floor.
#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <fstream>
#include <mutex>
#include <vector>

#include "content/pack_reload.h"
#include "session/engine.h"
#include "util/paths.h"

using namespace hr;
using Clock = std::chrono::steady_clock;
namespace fs = std::filesystem;

namespace {

double ms(Clock::duration d) { return std::chrono::duration<double, std::milli>(d).count(); }

void report(const char* what, std::vector<double> v) {
    std::sort(v.begin(), v.end());
    std::printf("%-52s %3zu runs  median %7.1f ms  max %7.1f ms\n", what, v.size(), v[v.size() / 2], v.back());
}

// A copy of `from` in a fresh temporary folder.
fs::path copyPack(const fs::path& from) {
    std::string tmpl = (fs::temp_directory_path() / "handreiking-reload-bench-XXXXXX").string();
    if (!mkdtemp(tmpl.data())) return {};
    const fs::path to = fs::path(tmpl) / "pack";
    fs::copy(from, to, fs::copy_options::recursive);
    return to;
}

void saveByRename(const fs::path& file, const std::string& text) {
    const fs::path tmp = file.parent_path() / ("." + file.filename().string() + ".tmp");
    std::ofstream(tmp, std::ios::trunc) << text;
    fs::rename(tmp, file);
}

}  // namespace

int main(int argc, char** argv) {
    const auto bundled = bundledPack();
    const fs::path source = argc > 1 ? fs::path(argv[1]) : bundled ? *bundled : fs::path(HR_SOURCE_DIR "/content/ervaringskennis");
    const fs::path dir = copyPack(source);
    if (dir.empty()) return 1;
    const std::vector<content::PackSource> given = {{dir, "pack"}};
    const auto search = content::packSearchPath();
    auto pack = content::loadAndValidate(given, search);
    if (!pack.usable()) {
        std::fprintf(stderr, "the pack in %s has errors\n", source.c_str());
        return 1;
    }
    std::vector<double> plain;
    for (int i = 0; i < 10; ++i) {
        const auto t = Clock::now();
        auto p = content::loadAndValidate(given, search);
        plain.push_back(ms(Clock::now() - t));
    }
    report("reference: load and validate the pack", plain);

    auto session = session::Session::start(pack.guide, pack.guide->tracks.front().id, "nl");
    std::mutex m;
    std::condition_variable cv;
    bool ready = false;
    content::PackReloader reloader(pack, [&] {
        std::lock_guard<std::mutex> hold(m);
        ready = true;
        cv.notify_one();
    });
    if (!reloader.error().empty()) {
        std::fprintf(stderr, "cannot watch: %s\n", reloader.error().c_str());
        return 1;
    }
    const fs::path file = dir / "guide.yaml";
    std::string text;
    {
        std::ifstream in(file);
        text.assign(std::istreambuf_iterator<char>(in), {});
    }
    std::vector<double> total, load, afterEvent;
    for (int i = 0; i < 20; ++i) {
        const auto t = Clock::now();
        saveByRename(file, text + "# bench " + std::to_string(i) + "\n");
        std::unique_lock<std::mutex> hold(m);
        if (!cv.wait_for(hold, std::chrono::seconds(20), [&] { return ready; })) {
            std::fprintf(stderr, "no reload within 20 s\n");
            return 1;
        }
        ready = false;
        hold.unlock();
        auto r = reloader.take();
        if (!r || !r->pack.usable()) return 1;
        session = session::Session::resume(r->pack.guide, session.record()).session;
        const auto done = Clock::now();
        total.push_back(ms(done - t));
        afterEvent.push_back(ms(done - r->changed));
        load.push_back(static_cast<double>(r->load.count()));
    }
    report("live reload: save to result in hand (resumed)", total);
    report("  of which from the first event (after the 30 ms quiet)", afterEvent);
    report("  of which load and validate on the worker", load);
    std::error_code ec;
    fs::remove_all(dir.parent_path(), ec);
    return 0;
}
