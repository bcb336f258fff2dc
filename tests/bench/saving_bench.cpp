// SPDX-License-Identifier: EUPL-1.2
// Typing on a slow disk (prints figures; passes or fails nothing). A note is typed one key per
// frame at 60 frames a second into the real controller and views (headless ImGui, no GL), while
// every fsync takes DELAY ms, as on a network home folder. Printed: the worst and median frame,
// and how long after the last key the record was on disk, for the record writer's thread
// ("background") next to the frame waiting for each write (the way saving worked before).
//   tests/bench/handreiking_saving_bench [--fsync-delay-ms N] [--keys N]      (200 ms, 60 keys)
// The same slow disk from outside, with the hook off:
//   strace -f -qq -o /dev/null -e trace=fsync -e inject=fsync:delay_enter=200000
//     tests/bench/handreiking_saving_bench --fsync-delay-ms 0     (one command line)
#include <imgui.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include "boot.h"
#include "controller.h"
#include "fonts.h"
#include "frame.h"
#include "widgets.h"
#include "util/file_io.h"
#include "util/private_file.h"

using namespace hr;
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

int g_delayMs = 200;
void slowSync() { std::this_thread::sleep_for(std::chrono::milliseconds(g_delayMs)); }

double msSince(Clock::time_point t) { return std::chrono::duration<double, std::milli>(Clock::now() - t).count(); }

struct Run {
    double worst = 0, median = 0, toDisk = 0;
    bool complete = false;  // the record on disk holds every key typed
};

// One frame as the window draws it (without GL): the controller takes what the writer finished,
// the views draw, the intent is applied.
void frame(ui::AppState& s, ui::UiState& ui, const ui::Fonts& fonts) {
    ImGui::NewFrame();
    (void)ui::runFrame(s, ui, fonts);
}

Run typeNote(bool background, int keys, const fs::path& dir, const ui::Fonts& fonts) {
    ui::AppState s;
    ui::UiState ui;
    ui::BootOptions b;
    b.pack = content::loadAndValidate(fs::path(HR_SOURCE_DIR) / "tests" / "fixtures" / "packs" / "proef", "proef");
    b.uiDir = fs::path(HR_SOURCE_DIR) / "content" / "ui";
    b.dataDir = dir / (background ? "background" : "waiting");
    b.exportDir = dir / "exports";
    (void)ui::boot(s, ui, std::move(b));
    s.saveInBackground = background;
    (void)ui::apply(s, ui, ui::intent::OpenTrack{"gesprek"});
    if (!s.session || !s.session->currentNode()) return {};
    const std::string node = s.session->currentNode()->id, id = s.session->record().id;
    ui::flushSaving(s);

    std::string text;
    std::vector<double> ms;
    const auto period = std::chrono::microseconds(16667);
    auto next = Clock::now();
    for (int k = 0; k < keys; ++k) {
        text += static_cast<char>('a' + k % 26);
        const auto start = Clock::now();
        (void)ui::apply(s, ui, ui::intent::SetNote{node, text});
        frame(s, ui, fonts);
        ms.push_back(msSince(start));
        next += period;
        std::this_thread::sleep_until(next);
    }
    const auto lastKey = Clock::now();
    while (s.saving.pending) {  // frames go on (the writer wakes the window when it is done)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
        frame(s, ui, fonts);
    }
    Run r;
    r.toDisk = msSince(lastKey);
    std::sort(ms.begin(), ms.end());
    r.worst = ms.back();
    r.median = ms[ms.size() / 2];
    std::string onDisk, err;
    r.complete = readTextFile(s.store->pathFor(id), kMaxTextFileBytes, onDisk, err) &&
                 onDisk.find(text) != std::string::npos;
    return r;
}

}  // namespace

int main(int argc, char** argv) {
    int keys = 60;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (!std::strcmp(argv[i], "--fsync-delay-ms")) g_delayMs = std::atoi(argv[i + 1]);
        if (!std::strcmp(argv[i], "--keys")) keys = std::max(1, std::atoi(argv[i + 1]));
    }
    if (g_delayMs > 0) setSyncHook(&slowSync);
    std::string tmpl = (fs::temp_directory_path() / "handreiking-saving-XXXXXX").string();
    if (!mkdtemp(tmpl.data())) return 1;

    ImGui::CreateContext();
    ui::configureImGui();
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(1280, 800);
    io.DeltaTime = 1.0f / 60.0f;
    for (int key = 0; key < ImGuiKey_COUNT; ++key) io.KeyMap[key] = 256 + key;  // as a backend maps them
    const ui::Fonts fonts = ui::loadFonts(*io.Fonts, fs::path(HR_SOURCE_DIR) / "fonts", 1.0f);
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
    ui::applyStyle(1.0f);

    std::printf("typing a note, %d keys at 60 a second, each fsync %s\n", keys,
                g_delayMs > 0 ? (std::to_string(g_delayMs) + " ms (hook)").c_str() : "as the disk (or strace) makes it");
    int rc = 0;
    for (bool background : {true, false}) {
        const Run r = typeNote(background, keys, tmpl, fonts);
        std::printf("  %-34s worst frame %8.1f ms   median %7.2f ms   last key to disk %7.1f ms   %s\n",
                    background ? "writer thread (now):" : "frame waits for the write (before):", r.worst, r.median,
                    r.toDisk, r.complete ? "all keys on disk" : "KEYS MISSING ON DISK");
        rc |= r.complete ? 0 : 1;
    }
    ImGui::DestroyContext();
    fs::remove_all(tmpl);
    return rc;
}
