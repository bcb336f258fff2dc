// The window's views. They draw the app's state and hand back what the user asked for (an
// Intent); they never change state themselves and never read files.
#pragma once

#include <string>

#include "content/pack.h"
#include "fonts.h"

namespace hr::ui {

struct Intent {
    enum class Kind { None, OpenTrack, BackToStart } kind = Kind::None;
    std::string id;

    bool none() const { return kind == Kind::None; }
};

// What the window shows. Walking and recording a conversation arrive with the session engine.
struct AppState {
    content::LoadedPack pack;
    std::string language;   // the interface and content language asked for
    std::string openTrack;  // empty: the start screen
};

// Draws one frame of the whole window (an ImGui frame must be open) and returns the user's intent.
Intent drawApp(const AppState& state, const Fonts& fonts);

// Changes the state as the intent asks.
void apply(AppState& state, const Intent& intent);

// The individual screens, drawn inside the main window.
Intent drawStart(const content::Guide& guide, const std::string& lang, const Fonts& fonts);
Intent drawNode(const content::Guide& guide, const content::Track& track, const content::Node& node,
                const std::string& lang, const Fonts& fonts);
void drawDiagnostics(const content::LoadedPack& pack, const Fonts& fonts);

// Applies the app's calm light look to ImGui's style (spacing, rounding, colours).
void applyStyle(float scale);

}  // namespace hr::ui
