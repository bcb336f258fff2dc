// SPDX-License-Identifier: EUPL-1.2
// One frame: the views draw the state and hand back an intent; the controller applies it after
// the frame, so a view never sees the state change halfway through drawing.
#include "frame.h"

#include <imgui.h>

#include "controller.h"
#include "focus.h"
#include "views.h"

namespace hr::ui {

void configureImGui() {
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    io.ConfigInputTextCursorBlink = false;
}

Intent runFrame(AppState& state, UiState& ui, const Fonts& fonts) {
    pollSaving(state);  // before drawing: the top bar shows what is on disk now
    pollLaunches(state);
    // The first frame showed the first screenful of records: the whole list now, on this thread,
    // as listing may save records (the one-time check) and AppState is this thread's alone.
    if (state.partialDrawn) completeRecords(state);
    beginFrameFocus(ui);
    Intent intent = drawApp(state, ui, fonts);
    state.partialDrawn = state.recordsPartial;
    ImGui::Render();
    apply(state, ui, intent);
    return intent;
}

}  // namespace hr::ui
