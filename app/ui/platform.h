// SPDX-License-Identifier: EUPL-1.2
// The platform under the window: GLFW, the OpenGL context, ImGui's backends, the monitor's scale,
// the key-tap shim ImGui 1.86 needs, the quick-hide key, presenting frames and screenshots. Nothing
// here knows about guides or records.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

struct GLFWwindow;

namespace hr::ui {

struct Geometry {
    int x = 0, y = 0, width = 0, height = 0;
};

class Platform {
public:
    // Opens the window, hidden until show(). Returns nothing, with why in `whyNot` (a line for
    // stderr), when there is no display or no OpenGL 3.3.
    [[nodiscard]] static std::optional<Platform> open(const std::string& title, int width, int height,
                                                      std::optional<std::pair<int, int>> position, std::string& whyNot);
    void show();
    Platform(Platform&& other) noexcept;
    Platform& operator=(Platform&&) = delete;
    ~Platform();

    float contentScale() const { return scale_; }
    // Rebuilds the font atlas with `build`; once frames run, the texture is uploaded again.
    void rebuildFonts(const std::function<void()>& build);
    bool shouldClose() const;
    // Waits for input, or polls when `busy` (frames still settling, or a screenshot run).
    void waitOrPoll(bool busy);
    // Ends a waitOrPoll from any thread: the record writer's after a write, the live-reload
    // worker's when it has a result.
    static void wake();
    bool takeActivity();       // any input since the last call
    bool takeHideRequest();    // Shift pressed three times since the last call
    // Feeds the taps since the last frame to ImGui and opens a frame; endFrame releases them.
    // Returns whether keys were tapped (a few more frames then settle their effects).
    bool beginFrame();
    void endFrame();
    // Draws ImGui's draw data on a background of `clear` (RGB), and presents it.
    void render(const float clear[3]);
    void present();
    [[nodiscard]] bool writeScreenshot(const std::string& path);
    void setTitle(const std::string& title);
    void iconify();
    Geometry geometry() const;

private:
    explicit Platform(GLFWwindow* window);
    GLFWwindow* window_ = nullptr;
    float scale_ = 1.0f;
    std::vector<int> tapped_;
    bool tappedModifiers_ = false;
    bool started_ = false;  // the first frame has created the backends' device objects
};

}  // namespace hr::ui
