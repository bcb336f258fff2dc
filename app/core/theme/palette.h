// The app's colour themes as plain data (no ImGui here): light (default), dark and high contrast.
// The views map them onto ImGui; a unit test checks every text/background pair the views use
// against WCAG 2.1 AA.
#pragma once

#include <string>
#include <vector>

namespace hr::theme {

struct Rgb {
    unsigned char r = 0, g = 0, b = 0;
};

enum class ThemeId { Light, Dark, HighContrast };

struct Palette {
    Rgb background;   // the window
    Rgb panel;        // cards, the agreements panel, dialogs, input fields
    Rgb hover;        // a hovered card or button
    Rgb border;
    Rgb text;
    Rgb muted;        // secondary text (audience lines, hints)
    Rgb accent;       // links, focus outlines, the selected choice, the primary button
    Rgb onAccent;     // text on the accent colour
    Rgb error;
    Rgb warning;
    Rgb quote;        // the callout behind a block quote
    Rgb codeBox;      // behind code spans and blocks
    Rgb codeText;
};

const Palette& palette(ThemeId id);
const char* themeName(ThemeId id);  // "light", "dark", "high-contrast"
[[nodiscard]] bool themeFromName(const std::string& name, ThemeId& out);

// WCAG 2.1 contrast ratio (1 to 21) between two colours.
double contrast(Rgb a, Rgb b);

// The pairs the views draw: text on a background, and what it must reach.
struct Pair {
    const char* what;
    Rgb foreground, background;
    double minimum;  // 4.5 for text, 3 for large headings and focus outlines
};
std::vector<Pair> usedPairs(const Palette& p);

}  // namespace hr::theme
