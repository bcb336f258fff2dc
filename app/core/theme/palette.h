// SPDX-License-Identifier: EUPL-1.2
// The app's colour themes as plain data (no ImGui here): light (default), dark and high contrast.
// The views never use these colours directly: they ask for a role (theme/roles.h), a named
// foreground/background pair with the contrast it must reach, and the unit tests check every role.
#pragma once

#include <string>

namespace hr::theme {

struct Rgb {
    unsigned char r = 0, g = 0, b = 0;
};

inline bool operator==(Rgb a, Rgb b) { return a.r == b.r && a.g == b.g && a.b == b.b; }
inline bool operator!=(Rgb a, Rgb b) { return !(a == b); }

enum class ThemeId { Light, Dark, HighContrast };
inline constexpr ThemeId kThemes[] = {ThemeId::Light, ThemeId::Dark, ThemeId::HighContrast};

struct Palette {
    Rgb background;    // the window
    Rgb panel;         // cards, the agreements panel, dialogs, popups, input fields, buttons
    Rgb hover;         // a hovered (or keyboard-focused) card, button or field
    Rgb pressed;       // a button or header while pressed
    Rgb border;        // separators and other lines that only decorate
    Rgb fieldBorder;   // the edge of something to operate: fields, checkboxes, radios, cards, buttons
    Rgb text;
    Rgb muted;         // secondary text (audience lines, hints)
    Rgb accent;        // links, the selected choice, the primary button, check marks
    Rgb accentHover;   // the primary button and the selected choice while hovered or focused
    Rgb accentActive;  // the primary button while pressed
    Rgb onAccent;      // text on the accent colours
    Rgb focusRing;     // the keyboard focus outline (ImGui's nav highlight, 2 px)
    Rgb selection;     // behind selected text in a field (drawn before the text, opaque)
    Rgb error;
    Rgb warning;
    Rgb quote;         // the callout behind a block quote
    Rgb codeBox;       // behind code spans and blocks
    Rgb codeText;
};

const Palette& palette(ThemeId id);
const char* themeName(ThemeId id);  // "light", "dark", "high-contrast"
[[nodiscard]] bool themeFromName(const std::string& name, ThemeId& out);

// WCAG 2.1 contrast ratio (1 to 21) between two colours.
double contrast(Rgb a, Rgb b);
// `fg` drawn with `alpha` over `bg`, as the renderer blends it (in sRGB values, not linear light).
Rgb blend(Rgb fg, Rgb bg, double alpha);

}  // namespace hr::theme
