// SPDX-License-Identifier: EUPL-1.2
// GLFW/OpenGL platform layer. The loop sleeps in glfwWaitEvents while nothing happens; every input
// marks activity, so the window draws a few frames after it and hover and release states settle
// without burning CPU.
#include "platform.h"

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <GL/gl.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>
#include <stb_image.h>
#include <stb_image_write.h>

#include <cstdio>
#include <cstdlib>
#include <utility>

#include "frame.h"
#include "quick_hide.h"
#include "settings/window_state.h"
#include "window_icons.h"

namespace hr::ui {

namespace {

std::string g_glfwError;
bool g_activity = false;

void onGlfwError(int, const char* message) { g_glfwError = message ? message : "unknown error"; }

// ImGui's backend chains to these after handling the event itself.
void markActivity() { g_activity = true; }
void onCursor(GLFWwindow*, double, double) { markActivity(); }
void onButton(GLFWwindow*, int, int, int) { markActivity(); }
void onScroll(GLFWwindow*, double, double) { markActivity(); }
void onChar(GLFWwindow*, unsigned) { markActivity(); }
void onEnter(GLFWwindow*, int) { markActivity(); }
void onFocus(GLFWwindow*, int) { markActivity(); }
void onSize(GLFWwindow*, int, int) { markActivity(); }
void onRefresh(GLFWwindow*) { markActivity(); }

// ImGui 1.86 sees keys as held-down state sampled once per frame, so a key pressed and released
// between two frames (a quick tap, or xdotool) would be lost. Taps are remembered here and shown
// to ImGui as held for one frame. The modifiers held at each press count too, so Ctrl+N released
// at once is still Ctrl+N.
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
    auto held = [&](int left, int right, int bit) { return io.KeysDown[left] || io.KeysDown[right] || (heldAtPress & bit); };
    io.KeyCtrl = held(GLFW_KEY_LEFT_CONTROL, GLFW_KEY_RIGHT_CONTROL, GLFW_MOD_CONTROL);
    io.KeyShift = held(GLFW_KEY_LEFT_SHIFT, GLFW_KEY_RIGHT_SHIFT, GLFW_MOD_SHIFT);
    io.KeyAlt = held(GLFW_KEY_LEFT_ALT, GLFW_KEY_RIGHT_ALT, GLFW_MOD_ALT);
    io.KeySuper = held(GLFW_KEY_LEFT_SUPER, GLFW_KEY_RIGHT_SUPER, GLFW_MOD_SUPER);
}

std::string noWindowMessage() {
    const char* display = std::getenv("DISPLAY");
    const char* wayland = std::getenv("WAYLAND_DISPLAY");
    if ((!display || !*display) && (!wayland || !*wayland))
        return "handreiking: no display (DISPLAY is not set): start it from a desktop session, or run it "
               "under 'xvfb-run -a'; 'handreiking --screenshot out.png' under xvfb-run saves the first screen "
               "as a picture";
    return std::string("handreiking: cannot open a window on display '") + (display ? display : wayland) +
           "': " + g_glfwError;
}

// The icon the window manager shows (task bar, Alt+Tab), from the PNGs compiled in. A desktop
// that takes the launcher's icon instead finds the launcher by the WM_CLASS set in open().
void setIcon(GLFWwindow* window) {
    std::vector<GLFWimage> images;
    std::vector<stbi_uc*> pixels;
    for (std::size_t i = 0; i < kWindowIconCount; ++i) {
        int w = 0, h = 0, channels = 0;
        stbi_uc* rgba = stbi_load_from_memory(kWindowIcons[i].data, static_cast<int>(kWindowIcons[i].size), &w, &h,
                                              &channels, 4);
        if (!rgba) continue;
        pixels.push_back(rgba);
        images.push_back(GLFWimage{w, h, rgba});
    }
    if (!images.empty()) glfwSetWindowIcon(window, static_cast<int>(images.size()), images.data());
    for (stbi_uc* p : pixels) stbi_image_free(p);
}

// At the remembered place, or back on a monitor when that place is on none of them now.
void place(GLFWwindow* window, const settings::Rect& wanted) {
    int count = 0;
    GLFWmonitor** monitors = glfwGetMonitors(&count);
    std::vector<settings::Rect> areas;
    for (int i = 0; i < count; ++i) {
        settings::Rect a;
        glfwGetMonitorWorkarea(monitors[i], &a.x, &a.y, &a.width, &a.height);
        if (a.width > 0 && a.height > 0) areas.push_back(a);
    }
    const settings::Rect r = settings::placeOnScreen(wanted, areas);
    if (r.width != wanted.width || r.height != wanted.height) glfwSetWindowSize(window, r.width, r.height);
    glfwSetWindowPos(window, r.x, r.y);
}

void listen(GLFWwindow* window) {
    glfwSetCursorPosCallback(window, onCursor);
    glfwSetMouseButtonCallback(window, onButton);
    glfwSetScrollCallback(window, onScroll);
    glfwSetKeyCallback(window, onKey);
    glfwSetCharCallback(window, onChar);
    glfwSetCursorEnterCallback(window, onEnter);
    glfwSetWindowFocusCallback(window, onFocus);
    glfwSetFramebufferSizeCallback(window, onSize);
    glfwSetWindowRefreshCallback(window, onRefresh);
}

}  // namespace

std::optional<Platform> Platform::open(const std::string& title, int width, int height,
                                       std::optional<std::pair<int, int>> position, std::string& whyNot) {
    glfwSetErrorCallback(onGlfwError);
    if (!glfwInit()) {
        whyNot = noWindowMessage();
        return std::nullopt;
    }
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE);
    glfwWindowHint(GLFW_VISIBLE, GLFW_FALSE);
    // WM_CLASS is the app id, which the desktop file names as StartupWMClass: so the window
    // belongs to its launcher (and not, as GLFW's default, to a class named after the title).
    // GLFW 3.3 (Debian 12) has no GLFW_WAYLAND_APP_ID; its Debian build talks X11, also under
    // Wayland (through Xwayland), where WM_CLASS serves the same end.
    glfwWindowHintString(GLFW_X11_CLASS_NAME, HANDREIKING_APP_ID);
    glfwWindowHintString(GLFW_X11_INSTANCE_NAME, HANDREIKING_APP_ID);
    GLFWwindow* window = glfwCreateWindow(width, height, title.c_str(), nullptr, nullptr);
    if (!window) {
        whyNot = "handreiking: cannot open a window (OpenGL 3.3 is needed): " + g_glfwError;
        glfwTerminate();
        return std::nullopt;
    }
    setIcon(window);
    glfwMakeContextCurrent(window);
    glfwSwapInterval(1);
    listen(window);
    if (position) place(window, {position->first, position->second, width, height});

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    configureImGui();
    ImGui_ImplGlfw_InitForOpenGL(window, true);
    ImGui_ImplOpenGL3_Init("#version 330 core");
    return Platform(window);
}

Platform::Platform(GLFWwindow* window) : window_(window) {
    // The monitor's content scale (DPI); text is re-rasterised at that size times the zoom.
    glfwGetWindowContentScale(window_, &scale_, nullptr);
    if (scale_ < 0.5f || scale_ > 4.0f) scale_ = 1.0f;
}

Platform::Platform(Platform&& other) noexcept
    : window_(std::exchange(other.window_, nullptr)), scale_(other.scale_), started_(other.started_) {}

Platform::~Platform() {
    if (!window_) return;
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
    glfwDestroyWindow(window_);
    glfwTerminate();
}

void Platform::rebuildFonts(const std::function<void()>& build) {
    if (started_) ImGui_ImplOpenGL3_DestroyFontsTexture();
    build();
    if (!started_) return;
    ImGui_ImplOpenGL3_CreateFontsTexture();
    ImGui::GetIO().Fonts->ClearTexData();
}

bool Platform::shouldClose() const { return glfwWindowShouldClose(window_); }

void Platform::waitOrPoll(bool busy) {
    if (busy)
        glfwPollEvents();
    else
        glfwWaitEvents();
}

void Platform::wake() { glfwPostEmptyEvent(); }

bool Platform::takeActivity() { return std::exchange(g_activity, false); }

bool Platform::takeHideRequest() {
    if (!std::exchange(g_hideRequested, false)) return false;
    g_pressed.clear();  // the Shift presses are not for the screen underneath
    return true;
}

bool Platform::beginFrame() {
    ImGuiIO& io = ImGui::GetIO();
    tapped_.clear();
    int heldAtPress = 0;
    for (auto [key, mods] : g_pressed) {
        heldAtPress |= mods;
        if (!io.KeysDown[key]) {
            io.KeysDown[key] = true;
            tapped_.push_back(key);
        }
    }
    g_pressed.clear();
    tappedModifiers_ = heldAtPress != 0;
    syncModifiers(io, heldAtPress);
    ImGui_ImplOpenGL3_NewFrame();
    // The atlas is on the GPU now (the first NewFrame uploads it); the CPU copy (alpha and RGBA,
    // about 5 MiB) is not needed again: a change of zoom builds a new atlas from the fonts.
    if (!started_) ImGui::GetIO().Fonts->ClearTexData();
    ImGui_ImplGlfw_NewFrame();
    ImGui::NewFrame();
    started_ = true;
    return !tapped_.empty() || tappedModifiers_;
}

void Platform::endFrame() {
    // The views read the modifiers while drawing; after the frame the taps are released.
    if (tapped_.empty() && !tappedModifiers_) return;
    ImGuiIO& io = ImGui::GetIO();
    for (int key : tapped_) io.KeysDown[key] = false;
    syncModifiers(io, 0);
}

void Platform::render(const float clear[3]) {
    int w = 0, h = 0;
    glfwGetFramebufferSize(window_, &w, &h);
    glViewport(0, 0, w, h);
    glClearColor(clear[0], clear[1], clear[2], 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
}

void Platform::present() { glfwSwapBuffers(window_); }

bool Platform::writeScreenshot(const std::string& path) {
    int w = 0, h = 0;
    glfwGetFramebufferSize(window_, &w, &h);
    std::vector<unsigned char> pixels(static_cast<std::size_t>(w) * h * 4);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadBuffer(GL_BACK);
    glReadPixels(0, 0, w, h, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
    stbi_flip_vertically_on_write(1);
    // A screenshot is for tests and documentation: fast beats small. stb spends most of its time
    // choosing a filter for each row; with none (a screen is mostly flat colour) it writes a
    // 1280x800 screen about 2.5 times faster, and the file comes out smaller, not larger. Its zlib
    // levels below 5 are 5, which is about as fast as its default 8.
    stbi_write_force_png_filter = 0;
    stbi_write_png_compression_level = 1;
    return stbi_write_png(path.c_str(), w, h, 4, pixels.data(), w * 4) != 0;
}

void Platform::show() { glfwShowWindow(window_); }
void Platform::setTitle(const std::string& title) { glfwSetWindowTitle(window_, title.c_str()); }
void Platform::iconify() { glfwIconifyWindow(window_); }

Geometry Platform::geometry() const {
    Geometry g;
    glfwGetWindowPos(window_, &g.x, &g.y);
    glfwGetWindowSize(window_, &g.width, &g.height);
    return g;
}

}  // namespace hr::ui
