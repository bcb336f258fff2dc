// SPDX-License-Identifier: EUPL-1.2
// The desktop window: opens the platform (platform.h), boots the app's state (boot.h) and runs
// frames (frame.h) until the window closes; then remembers its size and place (in the state folder).
#include "window.h"

#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <future>
#include <cstdio>
#include <utility>

#include "boot.h"
#include "content/pack_reload.h"
#include "controller.h"
#include "desktop_portal.h"
#include "font_cache.h"
#include "fonts.h"
#include "frame.h"
#include "platform.h"
#include "startup_timings.h"
#include "util/paths.h"
#include "widgets.h"

namespace hr::ui {

namespace {

// Noto Sans from Debian's fonts-noto-core, which the package depends on; else the copies in fonts/
// beside the binary (the build tree, or an install without that package). They are the same files.
std::optional<std::filesystem::path> findFontDir() {
    std::error_code ec;
    const std::filesystem::path system = "/usr/share/fonts/truetype/noto";
    if (std::filesystem::is_regular_file(system / "NotoSans-Regular.ttf", ec)) return system;
    if (auto res = resourceDir()) return *res / "fonts";
    return std::nullopt;
}

// The fonts at the monitor's scale times the zoom (re-rasterised, not stretched), and the theme.
class Look {
public:
    // A screenshot run reads the atlas cache but does not write it (it writes nothing but its PNG).
    Look(Platform& platform, bool writesNothing) : platform_(platform), fontDir_(findFontDir()) {
        if (auto dir = cacheDir()) cache_ = AtlasCache{*dir, !writesNothing};
    }
    // Applies `want` when it differs from what is on screen; returns whether it changed.
    bool follow(const settings::Settings& want) {
        if (applied_ && applied_->theme == want.theme && applied_->zoom == want.zoom) return false;
        const float scale = platform_.contentScale() * static_cast<float>(want.zoom) / 100.0f;
        platform_.rebuildFonts([&] {
            fonts_ = loadFonts(*ImGui::GetIO().Fonts, fontDir_, scale, cache_);
            // Rasterised here rather than lazily in the first frame, so the start-up phases say
            // where the time goes.
            unsigned char* pixels = nullptr;
            int w = 0, h = 0;
            ImGui::GetIO().Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
        });
        applyStyle(scale, want.theme);
        applied_ = want;
        return true;
    }
    const Fonts& fonts() const { return fonts_; }

private:
    Platform& platform_;
    std::optional<std::filesystem::path> fontDir_;
    std::optional<AtlasCache> cache_;
    std::optional<settings::Settings> applied_;
    Fonts fonts_;
};

BootOptions bootOptions(WindowOptions& options) {
    BootOptions b;
    b.pack = std::move(options.pack);
    b.settings = options.settings;
    b.settingsPath = options.settingsPath;
    b.settingsNotice = options.settingsNotice;
    if (auto res = resourceDir()) b.uiDir = *res / "content" / "ui";
    b.dataDir = options.dataDir;
    b.exportDir = options.exportDir;
    b.writesNothing = options.screenshot.has_value();
    b.track = options.track;
    b.resume = options.resume;
    b.passphrase = std::move(options.passphrase);
    return b;
}

// Remembers where and how large the window was, in the state folder (not for a screenshot run).
void saveGeometry(const std::optional<std::filesystem::path>& statePath, const Platform& platform) {
    if (!statePath) return;
    const Geometry g = platform.geometry();
    const settings::WindowGeometry keep{g.x, g.y, g.width, g.height};
    if (Msg err = settings::saveWindowState(*statePath, keep); !err.empty())
        std::fprintf(stderr, "handreiking: cannot save the window's place and size: %s\n", render(err, "en").c_str());
}

// The portal's answer is awaited at most this long from the start (it is asked beside the window
// being made, which takes longer on most machines); without a session bus it is there at once.
constexpr int kPortalTimeoutMs = 250;

std::future<DesktopAppearance> askDesktop(const WindowOptions& options) {
    if (!options.followDesktopTheme) return {};
    return std::async(std::launch::async, [] {
        const auto start = std::chrono::steady_clock::now();
        DesktopAppearance a = askDesktopAppearance(kPortalTimeoutMs);
        timings::note("desktop portal's colour preference (beside the window)",
                      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
        return a;
    });
}

// A change of the desktop's preference, while no theme was chosen: shown, never saved (only a
// chosen theme is written to the settings).
void followDesktop(DesktopAppearanceWatch& watch, settings::Settings& set) {
    const auto changed = watch.take();
    if (!changed || set.themeChosen) return;
    set.theme = changed->value_or(settings::Settings{}.theme);
}

std::string windowTitle(const content::LoadedPack& pack, const std::string& language) {
    if (!pack.guide) return "Handreiking";
    return pack.guide->title.get(language, pack.guide->language) + " \u2014 handreiking";
}

// Live reload in the window: takes the worker's result, and once the frame that shows it is on
// screen says on stderr how long that took from the save (and, for a pack with errors, why).
class LiveReload {
public:
    explicit LiveReload(const content::LoadedPack& pack) : reloader_(pack, &Platform::wake) {
        if (!reloader_.error().empty())
            std::fprintf(stderr, "handreiking: changes to the guide's files are not followed: %s\n",
                         reloader_.error().c_str());
    }
    // Applies a reloaded pack, if one is ready; returns whether one was.
    bool take(AppState& state, UiState& ui) {
        auto r = reloader_.take();
        if (!r) return false;
        for (const auto& item : r->pack.diags.items()) std::fprintf(stderr, "%s\n", formatDiagnostic(item).c_str());
        shown_ = r->pack.usable() ? "shown" : "has errors; the last good version stays";
        changed_ = r->changed;
        load_ = r->load;
        applyReload(state, ui, std::move(r->pack));
        waiting_ = true;
        return true;
    }
    // After a frame is presented.
    void presented() {
        if (!std::exchange(waiting_, false)) return;
        const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - changed_);
        std::fprintf(stderr, "handreiking: content reloaded (%s): %lld ms from the save to the screen, %lld ms to load and check\n",
                     shown_.c_str(), static_cast<long long>(ms.count()), static_cast<long long>(load_.count()));
    }

private:
    content::PackReloader reloader_;
    bool waiting_ = false;
    std::string shown_;
    std::chrono::steady_clock::time_point changed_;
    std::chrono::milliseconds load_{0};
};

// Makes the window (hidden) and its OpenGL context while `prepare` loads the guide beside it.
// Returns the window, or nothing with the exit code in `rc` (the window, never shown, closes unseen).
// `desktop`: what the portal answered, for the watch that follows its changes.
std::optional<Platform> openWhilePreparing(WindowOptions& options, const PrepareWindow& prepare, int& rc,
                                           DesktopAppearance& desktop) {
    std::future<int> prepared;
    if (prepare)
        prepared = std::async(std::launch::async, [&prepare, &options] {
            const auto start = std::chrono::steady_clock::now();
            const int result = prepare(options);
            timings::note("pack load and validation (beside the window)",
                          std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
            return result;
        });
    std::future<DesktopAppearance> asked = askDesktop(options);
    // A screenshot has the size asked for; a normal start the size and place the user left it at.
    const bool shot = options.screenshot.has_value();
    const settings::WindowGeometry& g = options.geometry;
    const bool remembered = !shot && g.hasSize();
    std::optional<std::pair<int, int>> position;
    if (!shot && g.hasPosition()) position = std::make_pair(*g.x, *g.y);
    std::string whyNot;
    auto platform = Platform::open("Handreiking", remembered ? *g.width : options.width,
                                   remembered ? *g.height : options.height, position, whyNot);
    timings::mark("window and GL context");
    rc = prepared.valid() ? prepared.get() : 0;
    timings::mark("waiting for the pack");
    if (asked.valid()) {
        desktop = asked.get();
        if (desktop.theme) options.settings.theme = *desktop.theme;
        timings::mark("waiting for the desktop portal");
    }
    if (rc != 0) return std::nullopt;
    if (!platform) {
        std::fprintf(stderr, "%s\n", whyNot.c_str());
        rc = 2;
    }
    return platform;
}

}  // namespace

int runWindow(WindowOptions options, const PrepareWindow& prepare) {
    timings::mark("settings and options");
    int rc = 0;
    DesktopAppearance desktop;
    auto platform = openWhilePreparing(options, prepare, rc, desktop);
    if (!platform) return rc;
    const bool shot = options.screenshot.has_value();
    // The desktop's changes are followed until the user chooses a theme (a screenshot has none).
    std::optional<DesktopAppearanceWatch> desktopWatch;
    if (!shot && desktop.bus) desktopWatch.emplace(desktop, &Platform::wake);
    const char* neutralTitle = "Document";  // while hidden the title says nothing about the guide or the app
    std::string title = windowTitle(options.pack, options.settings.language);
    platform->setTitle(title);
    if (!shot) platform->show();  // a screenshot run draws hidden
    Look look(*platform, shot);
    look.follow(options.settings);
    timings::mark("fonts and atlas");

    AppState state;
    UiState ui;
    const std::optional<std::string> screenshot = options.screenshot;
    const Diagnostics stringProblems = boot(state, ui, bootOptions(options));
    for (const auto& item : stringProblems.items())
        std::fprintf(stderr, "%s\n", formatDiagnostic(item).c_str());

    // Records are written on the writer's thread; it wakes the loop when one is on disk, so the
    // top bar turns from "being saved" to "saved" without waiting for input.
    state.saveInBackground = !shot;
    state.writer.onFinished(&Platform::wake);
    state.launcher.onEnded(&Platform::wake);  // a failed xdg-open is said at once
    // A screenshot run renders once: nothing to follow.
    std::optional<LiveReload> live;
    if (!shot && !state.pack.given.empty()) live.emplace(state.pack);

    int exitCode = 0;
    int framesLeft = 3;  // first frames: ImGui needs two to lay out windows
    bool shownHidden = false;
    bool shownPending = false;
    for (int frame = 1; !platform->shouldClose(); ++frame) {
        platform->waitOrPoll(framesLeft > 0 || shot);
        if (platform->takeHideRequest()) apply(state, ui, intent::Hide{});
        if (live && live->take(state, ui)) {
            framesLeft = 3;
            // The guide's title may be what changed.
            if (std::string now = windowTitle(state.pack, state.language()); now != title) {
                title = now;
                if (!state.hidden) platform->setTitle(title);
            }
        }
        if (state.hidden != shownHidden) {
            shownHidden = state.hidden;
            platform->setTitle(shownHidden ? neutralTitle : title);
            if (shownHidden) platform->iconify();  // where a window manager allows it
            framesLeft = 3;
        }
        if (desktopWatch) followDesktop(*desktopWatch, state.settings);
        if (platform->takeActivity() || look.follow(state.settings)) framesLeft = 3;
        if (std::exchange(shownPending, state.saving.pending) != state.saving.pending) framesLeft = std::max(framesLeft, 2);
        const bool tapped = platform->beginFrame();
        const std::size_t noticesBefore = state.notices.size();
        const Intent intent = runFrame(state, ui, look.fonts());
        platform->endFrame();
        if (state.notices.size() != noticesBefore) framesLeft = 3;  // the notice strip measures itself
        if (tapped) framesLeft = std::max(framesLeft, 2);
        if (!intent.none()) framesLeft = 3;
        const ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
        const float clear[3] = {bg.x, bg.y, bg.z};
        platform->render(clear);
        if (shot && frame >= 3) {
            if (!platform->writeScreenshot(*screenshot)) {
                std::fprintf(stderr, "handreiking: cannot write the screenshot to %s\n", screenshot->c_str());
                exitCode = 1;
            }
            break;
        }
        platform->present();
        timings::firstFramePresented();
        if (live) live->presented();
        --framesLeft;
    }
    flushSaving(state);  // closing or quitting: the record is on disk before the window goes
    if (!shot) saveGeometry(options.statePath, *platform);
    return exitCode;
}

}  // namespace hr::ui
