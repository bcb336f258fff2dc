// SPDX-License-Identifier: EUPL-1.2
// A headless ImGui context (no backend, no GL) with the real boot, views and controller, a records
// folder in a temporary directory, and the screen's text captured through ImGui's logging. Shared by the
// view tests.
#pragma once

#include <catch2/catch.hpp>

#include <imgui.h>

#include <filesystem>
#include <functional>

#include "content/pack.h"
#include "fonts.h"
#include "test_support.h"
#include "boot.h"
#include "controller.h"
#include "frame.h"
#include "views.h"

namespace hr::test {

inline constexpr int kEnter = 257;  // the key indices GLFW would use
inline constexpr int kBackspace = 259;
inline constexpr int kEscape = 256;
inline constexpr int kSpace = 32;
inline constexpr int kTab = 258;
inline constexpr int kRight = 262, kLeft = 263, kDown = 264, kUp = 265;
inline constexpr int kF6 = 295;

class Headless {
public:
    // `before` is given the records folder before the boot, to fill it.
    explicit Headless(const std::string& pack = "proef",
                      const std::function<void(const std::filesystem::path&)>& before = {}) {
        ImGui::CreateContext();
        ui::configureImGui();
        ImGuiIO& io = ImGui::GetIO();
        // As the window's OpenGL 3.3 renderer says it can: a draw list may hold over 64K vertices
        // (the map of a large guide does).
        io.BackendFlags |= ImGuiBackendFlags_RendererHasVtxOffset;
        io.DisplaySize = ImVec2(1100, 800);
        io.DeltaTime = 1.0f / 60.0f;
        io.KeyMap[ImGuiKey_Enter] = kEnter;
        io.KeyMap[ImGuiKey_Backspace] = kBackspace;
        io.KeyMap[ImGuiKey_A] = 'A';
        io.KeyMap[ImGuiKey_Escape] = kEscape;
        io.KeyMap[ImGuiKey_Space] = kSpace;
        io.KeyMap[ImGuiKey_Tab] = kTab;
        io.KeyMap[ImGuiKey_LeftArrow] = kLeft;
        io.KeyMap[ImGuiKey_RightArrow] = kRight;
        io.KeyMap[ImGuiKey_UpArrow] = kUp;
        io.KeyMap[ImGuiKey_DownArrow] = kDown;
        fonts = ui::loadFonts(*io.Fonts, test::sourceDir() / "fonts", 1.0f);
        unsigned char* pixels = nullptr;
        int w = 0, h = 0;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
        ui::applyStyle(1.0f);

        // Started as the window starts (boot.h), on a records folder in a temporary directory.
        ui::BootOptions b;
        const auto dir = pack == "proef" || pack == "prive" ? test::fixturesDir() / "packs" / pack
                         : pack == "bundled" ? test::sourceDir() / "content" / "ervaringskennis"
                                             : test::fixturesDir() / "diagnostics" / pack;
        b.pack = content::loadAndValidate(dir, pack);
        b.uiDir = test::sourceDir() / "content" / "ui";
        b.dataDir = tmp.path() / "sessions";
        b.exportDir = tmp.path() / "exports";
        if (before) before(b.dataDir);
        REQUIRE(ui::boot(state, ui, std::move(b)).empty());
        REQUIRE(state.store);
    }
    ~Headless() { ImGui::DestroyContext(); }

    // One frame; applies the intent it produced (as the window does) and returns it. With
    // `text`, also captures the text of the main window through ImGui's own logging: logging to
    // the clipboard ends at the first top-level window's End() and hands the text to the clipboard
    // callback. Only items that are drawn (not folded away, not clipped) are in it.
    ui::Intent frame(ImVec2 pos = ImVec2(-1, -1), bool down = false, std::string* text = nullptr) {
        static std::string* captured = nullptr;
        ImGuiIO& io = ImGui::GetIO();
        io.MousePos = pos;
        io.MouseDown[0] = down;
        const auto clipboard = io.SetClipboardTextFn;
        if (text) {
            captured = text;
            io.SetClipboardTextFn = [](void*, const char* t) { *captured = t; };
        }
        ImGui::NewFrame();
        if (text) ImGui::LogToClipboard();
        ui::Intent intent = ui::runFrame(state, ui, fonts);
        io.SetClipboardTextFn = clipboard;
        return intent;
    }

    std::string screen() {
        std::string text;
        frame(ImVec2(-1, -1), false, &text);
        return text;
    }

    void answer(const std::string& choice) {
        ui::apply(state, ui,
                  ui::intent::Answer{choice.empty() ? session::Answer::confirmed() : session::Answer::ofChoice(choice)});
    }

    ui::Intent click(ImVec2 pos) {
        ui::Intent first;
        for (bool down : {false, true, false}) {
            ui::Intent i = frame(pos, down);
            if (first.none()) first = i;
        }
        return first;
    }

    // Clicks down a vertical line until a click yields an intent (of the kind the test then checks).
    ui::Intent findClick(float x) {
        for (float y = 5; y < 800; y += 5)
            if (ui::Intent i = click(ImVec2(x, y)); !i.none()) return i;
        return {};
    }

    ui::Intent typeChar(char c) {
        ImGui::GetIO().AddInputCharacter(static_cast<unsigned>(c));
        return frame();
    }

    ui::Intent press(int key) {
        ImGuiIO& io = ImGui::GetIO();
        io.KeysDown[key] = true;
        ui::Intent i = frame();
        io.KeysDown[key] = false;
        frame();
        return i;
    }

    test::TempDir tmp;
    ui::AppState state;
    ui::UiState ui;
    ui::Fonts fonts;
};

inline std::string at(const ui::AppState& s) { return s.session && s.session->currentNode() ? s.session->currentNode()->id : ""; }

}  // namespace hr::test
