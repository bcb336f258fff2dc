// SPDX-License-Identifier: EUPL-1.2
// One frame of the app, the same in the window and in the headless test harness.
#pragma once

#include "app_state.h"
#include "fonts.h"
#include "intents.h"
#include "ui_state.h"

namespace hr::ui {

// Sets up an ImGui context the way the app uses it: keyboard navigation on, nothing written to an
// ini file behind the user's back, no blinking cursor (it would need frames while idle).
void configureImGui();

// Draws the frame opened by ImGui::NewFrame, ends it (ImGui::Render) and applies what the user
// asked for in it. Returns that intent.
Intent runFrame(AppState& state, UiState& ui, const Fonts& fonts);

}  // namespace hr::ui
