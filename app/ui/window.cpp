// GLFW/OpenGL platform layer. The loop sleeps in glfwWaitEvents while nothing happens and draws a
// few frames after each input, so hover and release states settle without burning CPU.
#include "window.h"

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <GL/gl.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>
#include <stb_image_write.h>

#include <cstdio>
#include <cstdlib>
#include <algorithm>
#include <vector>

#include "fonts.h"
#include "quick_hide.h"
#include "session/vault.h"
#include "util/paths.h"
#include "views.h"

namespace hr::ui {

namespace {

std::string g_glfwError;
bool g_activity = false;

void onGlfwError(int, const char* message) { g_glfwError = message ? message : "unknown error"; }

// Every input marks activity; ImGui's backend chains to these after handling the event itself.
void markActivity() { g_activity = true; }
void onCursor(GLFWwindow*, double, double) { markActivity(); }
void onButton(GLFWwindow*, int, int, int) { markActivity(); }
void onScroll(GLFWwindow*, double, double) { markActivity(); }
// ImGui 1.86 sees keys as held-down state sampled once per frame, so a key pressed and released
// between two frames (a quick tap, or xdotool) would be lost. Taps are remembered here and shown
// to ImGui as held for one frame.
// The modifiers held at each press count too, so Ctrl+N released at once is still Ctrl+N.
std::vector<std::pair<int, int>> g_pressed;  // key, modifier bits at the press
// Quick hide listens here, before ImGui: it must work while a text field or a dialog has the keys.
TripleShift g_tripleShift;
bool g_hideRequested = false;
void onKey(GLFWwindow*, int key, int, int action, int mods) {
    markActivity();
    if (action == GLFW_PRESS && key >= 0 && key < 512) g_pressed.emplace_back(key, mods);
    if (action == GLFW_PRESS &&
        g_tripleShift.press(key == GLFW_KEY_LEFT_SHIFT || key == GLFW_KEY_RIGHT_SHIFT, glfwGetTime()))
        g_hideRequested = true;
}

void syncModifiers(ImGuiIO& io, int heldAtPress) {
    io.KeyCtrl = io.KeysDown[GLFW_KEY_LEFT_CONTROL] || io.KeysDown[GLFW_KEY_RIGHT_CONTROL] ||
                 (heldAtPress & GLFW_MOD_CONTROL);
    io.KeyShift = io.KeysDown[GLFW_KEY_LEFT_SHIFT] || io.KeysDown[GLFW_KEY_RIGHT_SHIFT] || (heldAtPress & GLFW_MOD_SHIFT);
    io.KeyAlt = io.KeysDown[GLFW_KEY_LEFT_ALT] || io.KeysDown[GLFW_KEY_RIGHT_ALT] || (heldAtPress & GLFW_MOD_ALT);
    io.KeySuper = io.KeysDown[GLFW_KEY_LEFT_SUPER] || io.KeysDown[GLFW_KEY_RIGHT_SUPER] || (heldAtPress & GLFW_MOD_SUPER);
}
void onChar(GLFWwindow*, unsigned) { markActivity(); }
void onEnter(GLFWwindow*, int) { markActivity(); }
void onFocus(GLFWwindow*, int) { markActivity(); }
void onSize(GLFWwindow*, int, int) { markActivity(); }
void onRefresh(GLFWwindow*) { markActivity(); }

bool writePng(const std::string& path, int w, int h) {
    std::vector<unsigned char> pixels(static_cast<std::size_t>(w) * h * 4);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadBuffer(GL_BACK);
    glReadPixels(0, 0, w, h, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
    stbi_flip_vertically_on_write(1);
    return stbi_write_png(path.c_str(), w, h, 4, pixels.data(), w * 4) != 0;
}

}  // namespace

int runWindow(WindowOptions options) {
    glfwSetErrorCallback(onGlfwError);
    if (!glfwInit()) {
        const char* display = std::getenv("DISPLAY");
        const char* wayland = std::getenv("WAYLAND_DISPLAY");
        if ((!display || !*display) && (!wayland || !*wayland))
            std::fprintf(stderr,
                         "handreiking: no display (DISPLAY is not set): start it from a desktop session, or run it "
                         "under 'xvfb-run -a'; 'handreiking --screenshot out.png' under xvfb-run saves the first screen "
                         "as a picture\n");
        else
            std::fprintf(stderr, "handreiking: cannot open a window on display '%s': %s\n", display ? display : wayland,
                         g_glfwError.c_str());
        return 2;
    }
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE);
    if (options.screenshot) glfwWindowHint(GLFW_VISIBLE, GLFW_FALSE);

    std::string title = "Handreiking";
    const std::string& lang = options.settings.language;
    if (options.pack.guide) title = options.pack.guide->text(options.pack.guide->title, lang) + " \u2014 handreiking";
    // While hidden the title says nothing about the guide or the app.
    const char* neutralTitle = "Document";
    // A screenshot has the size asked for; a normal start the size the user left it at.
    int width = options.width, height = options.height;
    if (!options.screenshot && options.settings.width && options.settings.height) {
        width = *options.settings.width;
        height = *options.settings.height;
    }
    GLFWwindow* window = glfwCreateWindow(width, height, title.c_str(), nullptr, nullptr);
    if (!window) {
        std::fprintf(stderr, "handreiking: cannot open a window (OpenGL 3.3 is needed): %s\n", g_glfwError.c_str());
        glfwTerminate();
        return 2;
    }
    glfwMakeContextCurrent(window);
    glfwSwapInterval(1);

    glfwSetCursorPosCallback(window, onCursor);
    glfwSetMouseButtonCallback(window, onButton);
    glfwSetScrollCallback(window, onScroll);
    glfwSetKeyCallback(window, onKey);
    glfwSetCharCallback(window, onChar);
    glfwSetCursorEnterCallback(window, onEnter);
    glfwSetWindowFocusCallback(window, onFocus);
    glfwSetFramebufferSizeCallback(window, onSize);
    glfwSetWindowRefreshCallback(window, onRefresh);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // nothing about the session is written behind the user's back
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    io.ConfigInputTextCursorBlink = false;  // a blinking cursor would need frames while idle

    if (!options.screenshot && options.settings.x && options.settings.y)
        glfwSetWindowPos(window, *options.settings.x, *options.settings.y);

    // The monitor's content scale (DPI) times the user's zoom; text is re-rasterised at that size,
    // not stretched.
    float dpi = 1.0f;
    glfwGetWindowContentScale(window, &dpi, nullptr);
    if (dpi < 0.5f || dpi > 4.0f) dpi = 1.0f;
    std::optional<std::filesystem::path> fontDir;
    if (auto res = resourceDir()) fontDir = *res / "fonts";
    Fonts fonts;
    settings::Settings applied;
    auto applyLook = [&](const settings::Settings& want, bool rebuildTexture) {
        const float scale = dpi * static_cast<float>(want.zoom) / 100.0f;
        if (rebuildTexture) ImGui_ImplOpenGL3_DestroyFontsTexture();
        fonts = loadFonts(*io.Fonts, fontDir, scale);
        if (rebuildTexture) ImGui_ImplOpenGL3_CreateFontsTexture();
        applyStyle(scale, want.theme);
        applied = want;
    };
    applyLook(options.settings, false);

    ImGui_ImplGlfw_InitForOpenGL(window, true);
    ImGui_ImplOpenGL3_Init("#version 330 core");

    AppState state;
    UiState ui;
    state.pack = std::move(options.pack);
    state.settings = options.settings;
    state.settingsPath = options.settingsPath;
    if (auto res = resourceDir()) {
        Diagnostics d;
        state.uiDir = *res / "content" / "ui";
        state.tr = i18n::Strings::load(state.uiDir, state.language(), d);
        for (const auto& item : d.items()) std::fprintf(stderr, "%s\n", formatDiagnostic(item).c_str());
    }
    state.exportDir = options.exportDir;
    state.dataDir = options.dataDir;
    // A screenshot run writes its PNG and nothing else: no folder made, no record, no settings.
    state.writesNothing = options.screenshot.has_value();
    auto store = std::make_unique<session::Store>(options.dataDir);
    std::error_code ec;
    if (state.writesNothing) {
        if (std::filesystem::is_directory(options.dataDir, ec)) state.store = std::move(store);
    } else if (std::string err = store->prepare(); err.empty()) {
        state.store = std::move(store);
    } else {
        state.notices.push_back(Notice{Notice::Level::Error, state.tr("notice.store_failed"), {err}});
    }
    // A protected folder stays locked, and lists nothing, until the passphrase opens it.
    state.locked = state.store && state.store->protection().isProtected;
    if (state.locked && options.passphrase) {
        ui.passphrase = std::move(*options.passphrase);
        session::wipe(*options.passphrase);
        apply(state, ui, Intent::of(Intent::Kind::Unlock));
    }
    refreshRecords(state);
    if (!options.settingsNotice.empty())
        state.notices.push_back(Notice{Notice::Level::Warning, state.tr("notice.settings_broken"), {options.settingsNotice}});
    // With the folder still locked, --track and --resume wait for the passphrase.
    if (state.locked && !options.track.empty()) state.afterUnlock = Intent::of(Intent::Kind::OpenTrack, options.track);
    if (state.locked && !options.resume.empty()) state.afterUnlock = Intent::of(Intent::Kind::Resume, options.resume);
    if (!state.locked && !options.track.empty()) apply(state, ui, Intent::of(Intent::Kind::OpenTrack, options.track));
    if (!state.locked && !options.resume.empty()) {
        const std::size_t before = state.notices.size();
        apply(state, ui, Intent::of(Intent::Kind::Resume, options.resume));
        // Resume says itself why it could not (e.g. a record of another guide); keep that.
        if (!state.session && state.notices.size() <= before)
            state.notices.push_back(Notice{Notice::Level::Error, state.tr("notice.no_such_record"), {options.resume}});
    }

    int exitCode = 0;
    int framesLeft = 3;  // first frames: ImGui needs two to lay out windows
    int frame = 0;
    bool shownHidden = false;
    while (!glfwWindowShouldClose(window)) {
        if (framesLeft <= 0 && !options.screenshot)
            glfwWaitEvents();
        else
            glfwPollEvents();
        if (g_hideRequested) {
            g_hideRequested = false;
            g_pressed.clear();  // the Shift presses are not for the screen underneath
            apply(state, ui, Intent::of(Intent::Kind::Hide));
        }
        if (state.hidden != shownHidden) {
            shownHidden = state.hidden;
            glfwSetWindowTitle(window, shownHidden ? neutralTitle : title.c_str());
            if (shownHidden) glfwIconifyWindow(window);  // where a window manager allows it
            framesLeft = 3;
        }
        if (g_activity) {
            framesLeft = 3;
            g_activity = false;
        }
        if (state.settings.theme != applied.theme || state.settings.zoom != applied.zoom) {
            applyLook(state.settings, true);
            framesLeft = 3;
        }
        std::vector<int> tapped;
        int heldAtPress = 0;
        for (auto [key, mods] : g_pressed) {
            heldAtPress |= mods;
            if (!io.KeysDown[key]) {
                io.KeysDown[key] = true;
                tapped.push_back(key);
            }
        }
        g_pressed.clear();
        syncModifiers(io, heldAtPress);
        ImGui_ImplOpenGL3_NewFrame();
        ImGui_ImplGlfw_NewFrame();
        ImGui::NewFrame();
        const Intent intent = drawApp(state, ui, fonts);
        ImGui::Render();
        if (!tapped.empty() || heldAtPress) {
            // The views read the modifiers while drawing; after the frame the taps are released.
            for (int key : tapped) io.KeysDown[key] = false;
            syncModifiers(io, 0);
            framesLeft = std::max(framesLeft, 2);
        }
        apply(state, ui, intent);
        if (!intent.none()) framesLeft = 3;

        int w = 0, h = 0;
        glfwGetFramebufferSize(window, &w, &h);
        glViewport(0, 0, w, h);
        const ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
        glClearColor(bg.x, bg.y, bg.z, 1.0f);
        glClear(GL_COLOR_BUFFER_BIT);
        ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
        ++frame;
        if (options.screenshot && frame >= 3) {
            if (!writePng(*options.screenshot, w, h)) {
                std::fprintf(stderr, "handreiking: cannot write the screenshot to %s\n", options.screenshot->c_str());
                exitCode = 1;
            }
            break;
        }
        glfwSwapBuffers(window);
        --framesLeft;
    }

    // Remember where and how large the window was (not for a screenshot run).
    if (!options.screenshot && state.settingsPath) {
        int x = 0, y = 0, w = 0, h = 0;
        glfwGetWindowPos(window, &x, &y);
        glfwGetWindowSize(window, &w, &h);
        state.settings.x = x;
        state.settings.y = y;
        state.settings.width = w;
        state.settings.height = h;
        if (std::string err = settings::save(*state.settingsPath, state.settings); !err.empty()) std::fprintf(stderr, "handreiking: settings: %s\n", err.c_str());
    }

    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
    glfwDestroyWindow(window);
    glfwTerminate();
    return exitCode;
}

}  // namespace hr::ui
