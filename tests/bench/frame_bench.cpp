// SPDX-License-Identifier: EUPL-1.2
// Frame cost, headless: an ImGui context with no backend and no GL, started with the app's own
// boot, fonts, views and controller (as tests/ui/headless.h does), on the bundled guide. For each of
// the heaviest real screens it prints the CPU time of one frame (NewFrame, the views, Render,
// applying the intent) while nothing changes, and of the first frame after the screen opened.
// Prints figures; passes or fails nothing.
//   frame_bench [FRAMES]
#include <imgui.h>
#include <time.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>

#include "boot.h"
#include "content/pack.h"
#include "controller.h"
#include "fonts.h"
#include "frame.h"
#include "session/autowalk.h"
#include "session/store.h"
#include "widgets.h"

namespace fs = std::filesystem;
using namespace hr;

namespace {

const fs::path kSource = HR_SOURCE_DIR;

double threadCpuMs() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

fs::path makeTempDir() {
    std::string tmpl = (fs::temp_directory_path() / "handreiking-frames-XXXXXX").string();
    if (!mkdtemp(tmpl.data())) std::exit(1);
    return tmpl;
}

// The window's start, without the window: 1280x800, the fonts at scale 1, the light theme.
struct App {
    ui::AppState state;
    ui::UiState ui;
    ui::Fonts fonts;

    App(std::shared_ptr<const content::LoadedPack> pack, const fs::path& dataDir) {
        ImGui::CreateContext();
        ui::configureImGui();
        ImGuiIO& io = ImGui::GetIO();
        // As the window's OpenGL 3.3 renderer says it can: a draw list may hold over 64K vertices
        // (the map of a large guide does).
        io.BackendFlags |= ImGuiBackendFlags_RendererHasVtxOffset;
        io.DisplaySize = ImVec2(1280, 800);
        io.DeltaTime = 1.0f / 60.0f;
        // The key indices GLFW would give (keyboard navigation needs the keys mapped).
        const int keys[][2] = {{ImGuiKey_Tab, 258}, {ImGuiKey_LeftArrow, 263}, {ImGuiKey_RightArrow, 262},
                               {ImGuiKey_UpArrow, 265}, {ImGuiKey_DownArrow, 264}, {ImGuiKey_Backspace, 259},
                               {ImGuiKey_Space, 32}, {ImGuiKey_Enter, 257}, {ImGuiKey_Escape, 256}, {ImGuiKey_A, 'A'}};
        for (const auto& k : keys) io.KeyMap[k[0]] = k[1];
        fonts = ui::loadFonts(*io.Fonts, kSource / "fonts", 1.0f);
        unsigned char* pixels = nullptr;
        int w = 0, h = 0;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
        ui::applyStyle(1.0f);
        ui::BootOptions b;
        b.pack = *pack;
        b.uiDir = kSource / "content" / "ui";
        b.dataDir = dataDir;
        b.exportDir = dataDir.parent_path() / "exports";
        if (!ui::boot(state, ui, std::move(b)).empty() || !state.store) std::exit(1);
    }
    ~App() { ImGui::DestroyContext(); }
    App(const App&) = delete;
    App& operator=(const App&) = delete;

    double frame() {
        const double start = threadCpuMs();
        ImGui::NewFrame();
        ui::runFrame(state, ui, fonts);
        return threadCpuMs() - start;
    }
};

// Measures the screen `open` leads to: its first frame, then `frames` frames with nothing changed.
void measure(const char* what, App& app, int frames) {
    const double first = app.frame();
    for (int i = 0; i < 5; ++i) app.frame();  // ImGui settles window sizes over the first frames
    double total = 0, worst = 0;
    for (int i = 0; i < frames; ++i) {
        const double ms = app.frame();
        total += ms;
        worst = std::max(worst, ms);
    }
    // The vertices drawn show the screen is really there (a screen that failed to open draws little).
    std::printf("  %-46s %8.3f ms %8.3f ms %8.3f ms %8d\n", what, total / frames, worst, first,
                ImGui::GetDrawData()->TotalVtxCount);
}

// Answers every step with its first possible answer until an agreements step (or the end).
bool walkToAgreements(session::Session& s) {
    for (int steps = 0; steps < 1000 && !s.finished(); ++steps) {
        const content::Node* n = s.currentNode();
        if (!n) {
            (void)s.review(session::ReviewOutcome::Keep);
            continue;
        }
        if (n->kind == content::NodeKind::Agreements) return true;
        std::string err = "none";
        if (n->kind == content::NodeKind::Choice)
            for (const auto* c : s.availableChoices())
                if ((err = s.answer(session::Answer::ofChoice(c->id))).empty()) break;
        if (!err.empty()) err = s.next();
        if (!err.empty()) return false;
    }
    return false;
}

// The longest random walk (seeds 1..200) over every track, or over the shared ones only (those
// the start screen lists among the earlier conversations): the summary with the most in it.
std::optional<session::Session> longestConversation(const content::LoadedPack& pack, bool sharedOnly) {
    std::optional<session::Session> longest;
    for (const auto& track : pack.guide->tracks) {
        if (sharedOnly && track.alone) continue;
        for (std::uint64_t seed = 1; seed <= 200; ++seed) {
            auto s = session::Session::start(pack.guide, track.id, "nl");
            if (!session::walkRandom(s, seed).empty()) continue;
            if (!longest || s.record().path.size() > longest->record().path.size()) longest = s;
        }
    }
    return longest;
}

session::Agreement agreement(int i) {
    session::Agreement a;
    a.text = "Afspraak " + std::to_string(i + 1) +
             ": we spreken af dat we elke maand even stilstaan bij hoe het gaat en wat er nodig is om het werk "
             "goed te kunnen blijven doen, en wie daarvoor wat regelt.";
    a.due = session::Date{2027, 1 + i % 12, 1 + i % 28};
    return a;
}

// The map (Kaart) of a generated pack of 500 nodes (pack_gen.py): Graphviz lays it out when it is
// first shown, which the first frame's figure includes.
int measureMap(const fs::path& tmp, int frames) {
    const fs::path dir = tmp / "map-pack";
    const std::string gen = "python3 " + (kSource / "tests" / "bench" / "pack_gen.py").string() + " 500 " + dir.string() + " >/dev/null";
    if (std::system(gen.c_str()) != 0) return 1;
    auto pack = std::make_shared<const content::LoadedPack>(content::loadAndValidate(dir, "map-pack"));
    if (!pack->usable()) return 1;
    App app(pack, tmp / "map");
    ui::apply(app.state, app.ui, ui::intent::ShowMap{});
    char what[80];
    std::snprintf(what, sizeof what, "the map of a pack of %zu nodes", pack->guide->nodes.size());
    measure(what, app, frames);
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    const int frames = argc > 1 ? std::max(1, std::atoi(argv[1])) : 300;
    auto pack = std::make_shared<const content::LoadedPack>(
        content::loadAndValidate(kSource / "content" / "ervaringskennis", "ervaringskennis"));
    if (!pack->usable()) return 1;
    const fs::path tmp = makeTempDir();
    std::printf("CPU per frame, headless (no GL), 1280x800, %d frames with nothing changed\n", frames);
    std::printf("  %-46s %11s %11s %11s  %6s\n", "screen (aim: mean under 1 ms)", "mean", "worst", "first", "vertices");
    {
        App app(pack, tmp / "empty");
        measure("start screen, no records", app, frames);
        ui::apply(app.state, app.ui, ui::intent::ShowPage{"achtergrond"});
        measure("the longest page (Achtergrond)", app, frames);
    }
    {
        App app(pack, tmp / "agreements");
        for (const auto& track : pack->guide->tracks) {
            ui::apply(app.state, app.ui, ui::intent::OpenTrack{track.id});
            if (app.state.session && walkToAgreements(*app.state.session)) break;
            ui::apply(app.state, app.ui, ui::intent::BackToStart{});
        }
        for (int i = 0; i < 30; ++i) ui::apply(app.state, app.ui, ui::intent::AddAgreement{agreement(i)});
        measure("an agreements step with 30 agreements", app, frames);
    }
    const auto longest = longestConversation(*pack, false);
    if (!longest) return 1;
    {
        // Opened as it stands at its end, not resumed: a resumed record asks its private steps again.
        App app(pack, tmp / "summary");
        app.state.session = *longest;
        char what[80];
        std::snprintf(what, sizeof what, "summary of the longest conversation (%zu steps)", longest->record().path.size());
        measure(what, app, frames);
    }
    {
        const fs::path dir = tmp / "thousand";
        {
            session::Store store(dir);
            if (!store.prepare().empty()) return 1;
            const auto shared = longestConversation(*pack, true);
            if (!shared) return 1;
            for (int i = 0; i < 1000; ++i) {
                session::Record r = shared->record();
                char created[40];
                std::snprintf(created, sizeof created, "2026-%02d-%02dT%02d:%02d:00Z", 1 + i % 12, 1 + i % 28, i % 24, i % 60);
                r.id = store.newId(created, r.track);
                r.created = r.updated = created;
                if (!store.save(r).empty()) return 1;
            }
        }
        App app(pack, dir);
        measure("start screen with 1,000 earlier records", app, frames);
    }
    if (int rc = measureMap(tmp, frames); rc != 0) return rc;
    std::error_code ec;
    fs::remove_all(tmp, ec);
    return 0;
}
