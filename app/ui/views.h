// SPDX-License-Identifier: EUPL-1.2
// The window's screens. Views draw the app's state and hand back what the user asked for (an
// Intent); they never change the session or touch files themselves (controller.h does).
#pragma once

#include "app_state.h"
#include "fonts.h"
#include "intents.h"
#include "ui_state.h"
#include "widgets.h"

namespace hr::ui {

// Draws one frame of the whole window (an ImGui frame must be open) and returns the user's intent.
Intent drawApp(const AppState& state, UiState& ui, const Fonts& fonts);

// The notices, oldest first, each with its buttons. Drawn above the screen, and inside an open
// page too, so a notice is never hidden behind it. `ui`: given where F6 can reach them (the strip).
Intent drawNotices(const AppState& state, UiState* ui = nullptr);

// The screens, drawn inside the main window.
Intent drawStart(const AppState& state, UiState& ui, const Fonts& fonts);
Intent drawWalk(const AppState& state, UiState& ui, const Fonts& fonts);
// The walk's breadcrumb, progress and suggestions for the session as it is now, kept in `ui`.
const UiState::Derived& derived(const session::Session& sess, UiState& ui);
Intent drawAgreements(const AppState& state, UiState& ui, const Fonts& fonts);
Intent drawSummary(const AppState& state, UiState& ui, const Fonts& fonts);
Intent drawDiagnostics(const AppState& state, const Fonts& fonts);
// The map of the guide (map_view.cpp), over the screen while state.mapOpen.
Intent drawMap(const AppState& state, UiState& ui, const Fonts& fonts);
// Above the screen while a reload found errors (AppState::reloadFailed): its diagnostics, each
// with a button that copies its file:line:col.
Intent drawReloadPanel(const AppState& state, const Fonts& fonts);
Intent drawPage(const AppState& state, const content::Page& page, const Fonts& fonts);
// Privacy screens (privacy_views.cpp): the neutral screen of quick hide, and the choice when a
// conversation cannot be saved.
Intent drawHidden(const AppState& state, const Fonts& fonts);
Intent drawSavePrompt(const AppState& state, UiState& ui, const Fonts& fonts);
// The passphrase screen of a protected records folder, shown before anything is listed.
Intent drawUnlock(const AppState& state, UiState& ui, const Fonts& fonts);
// The dialog that turns protection on (passphrase twice) or off; opened from the settings.
Intent drawProtectDialog(const AppState& state, UiState& ui);
// The id of the built-in help page (112, Veilig Thuis, 113), shown when the pack has none or
// cannot be loaded.
inline constexpr const char* kBuiltinHelpPage = "builtin:help";

}  // namespace hr::ui
