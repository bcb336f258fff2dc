// SPDX-License-Identifier: EUPL-1.2
// The reference for the start-up benchmark: a bare Dear ImGui program with what any ImGui app on
// GLFW + OpenGL 3 needs and nothing of handreiking: the same window (size, hints, hidden for a
// screenshot), Noto Sans at the app's body size and glyph ranges, one window of text, three frames,
// the third read back into a PNG as the app's --screenshot does. It notes its phases with the app's
// own code (app/ui/startup_timings.h), so both are measured the same way.
//   bare_imgui --font-dir DIR [--size 1280x800] [--screenshot out.png]
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <GL/gl.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>
#include <stb_image_write.h>

#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "startup_timings.h"

namespace {

struct Args {
    std::string fontDir, screenshot;
    int width = 1280, height = 800;
};

bool parse(int argc, char** argv, Args& a) {
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string opt = argv[i], val = argv[i + 1];
        if (opt == "--font-dir") a.fontDir = val;
        else if (opt == "--screenshot") a.screenshot = val;
        else if (opt == "--size") {
            if (std::sscanf(val.c_str(), "%dx%d", &a.width, &a.height) != 2) return false;
        } else return false;
    }
    return !a.fontDir.empty();
}

// The same ranges as the app's (app/ui/fonts.cpp), so the atlas holds as many glyphs per face.
const ImWchar kRanges[] = {0x0020, 0x00FF, 0x0100, 0x017F, 0x2007, 0x2008, 0x2010, 0x2027,
                           0x2030, 0x203A, 0x20AC, 0x20AC, 0};

void drawFrame() {
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
    ImGui::Begin("bare", nullptr, ImGuiWindowFlags_NoDecoration);
    ImGui::TextUnformatted("Een gesprek over ervaringskennis");
    ImGui::TextWrapped("Een kale Dear ImGui-toepassing: een venster, een lettertype, wat tekst en een knop.");
    ImGui::Button("Verder");
    ImGui::End();
    ImGui::Render();
}

bool writePng(GLFWwindow* window, const std::string& path) {
    int w = 0, h = 0;
    glfwGetFramebufferSize(window, &w, &h);
    std::vector<unsigned char> pixels(static_cast<std::size_t>(w) * h * 4);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadBuffer(GL_BACK);
    glReadPixels(0, 0, w, h, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
    stbi_flip_vertically_on_write(1);
    stbi_write_force_png_filter = 0;  // as the app's screenshots (app/ui/platform.cpp)
    stbi_write_png_compression_level = 1;
    return stbi_write_png(path.c_str(), w, h, 4, pixels.data(), w * 4) != 0;
}

}  // namespace

int main(int argc, char** argv) {
    hr::ui::timings::mark("exec and libraries");
    Args a;
    if (!parse(argc, argv, a)) {
        std::fprintf(stderr, "usage: bare_imgui --font-dir DIR [--size WxH] [--screenshot out.png]\n");
        return 2;
    }
    if (!glfwInit()) return 2;
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE);
    const bool shot = !a.screenshot.empty();
    if (shot) glfwWindowHint(GLFW_VISIBLE, GLFW_FALSE);
    GLFWwindow* window = glfwCreateWindow(a.width, a.height, "bare", nullptr, nullptr);
    if (!window) return 2;
    glfwMakeContextCurrent(window);
    glfwSwapInterval(1);
    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;
    ImGui_ImplGlfw_InitForOpenGL(window, true);
    ImGui_ImplOpenGL3_Init("#version 330 core");
    hr::ui::timings::mark("window and GL context");

    ImFontConfig cfg;
    cfg.OversampleH = 2;
    cfg.OversampleV = 1;
    const std::string font = a.fontDir + "/NotoSans-Regular.ttf";
    if (!ImGui::GetIO().Fonts->AddFontFromFileTTF(font.c_str(), 18.0f, &cfg, kRanges)) return 2;
    unsigned char* pixels = nullptr;  // rasterised here, as the app does, not in the first frame
    int texW = 0, texH = 0;
    ImGui::GetIO().Fonts->GetTexDataAsRGBA32(&pixels, &texW, &texH);
    hr::ui::timings::mark("fonts and atlas");

    int rc = 0;
    for (int frame = 1; frame <= 3 && !glfwWindowShouldClose(window); ++frame) {
        glfwPollEvents();
        ImGui_ImplOpenGL3_NewFrame();
        ImGui_ImplGlfw_NewFrame();
        ImGui::NewFrame();
        drawFrame();
        int w = 0, h = 0;
        glfwGetFramebufferSize(window, &w, &h);
        glViewport(0, 0, w, h);
        glClearColor(0.95f, 0.95f, 0.95f, 1.0f);
        glClear(GL_COLOR_BUFFER_BIT);
        ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
        if (shot && frame == 3) {
            if (!writePng(window, a.screenshot)) rc = 1;
            break;
        }
        glfwSwapBuffers(window);
        hr::ui::timings::firstFramePresented();
    }
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
    glfwDestroyWindow(window);
    glfwTerminate();
    return rc;
}
