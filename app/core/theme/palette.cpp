// Theme colours and the WCAG contrast computation.
#include "theme/palette.h"

#include <cmath>

namespace hr::theme {

namespace {

constexpr Rgb hex(unsigned v) {
    return Rgb{static_cast<unsigned char>((v >> 16) & 0xFF), static_cast<unsigned char>((v >> 8) & 0xFF),
               static_cast<unsigned char>(v & 0xFF)};
}

// Calm, warm light theme: dark slate text on off-white, a deep teal accent.
const Palette kLight{hex(0xF7F5F0), hex(0xFFFFFF), hex(0xE3EEEC), hex(0xB9B3A8), hex(0x1F2328),
                     hex(0x555C66), hex(0x2F5D62), hex(0xFFFFFF), hex(0xA61C1C), hex(0x7A4A00),
                     hex(0xEEF4F3), hex(0xECE8E0), hex(0x7A3E1D)};
// Dark: soft light text on a blue-grey night, a pale teal accent.
const Palette kDark{hex(0x1B1F23), hex(0x262B31), hex(0x33404A), hex(0x5A636D), hex(0xE8E6E3),
                    hex(0xB4BCC4), hex(0x8CC7C0), hex(0x10201F), hex(0xFF9C94), hex(0xF2C46D),
                    hex(0x22302F), hex(0x30363D), hex(0xF0B58A)};
// High contrast: white on black, yellow accent.
const Palette kHigh{hex(0x000000), hex(0x0A0A0A), hex(0x262626), hex(0xFFFFFF), hex(0xFFFFFF),
                    hex(0xE6E6E6), hex(0xFFD84D), hex(0x000000), hex(0xFFA8A8), hex(0xFFD84D),
                    hex(0x141414), hex(0x1F1F1F), hex(0xFFFFFF)};

double channel(unsigned char c) {
    const double s = c / 255.0;
    return s <= 0.03928 ? s / 12.92 : std::pow((s + 0.055) / 1.055, 2.4);
}

double luminance(Rgb c) { return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b); }

}  // namespace

const Palette& palette(ThemeId id) {
    switch (id) {
        case ThemeId::Dark: return kDark;
        case ThemeId::HighContrast: return kHigh;
        case ThemeId::Light: break;
    }
    return kLight;
}

const char* themeName(ThemeId id) {
    switch (id) {
        case ThemeId::Dark: return "dark";
        case ThemeId::HighContrast: return "high-contrast";
        case ThemeId::Light: break;
    }
    return "light";
}

bool themeFromName(const std::string& name, ThemeId& out) {
    for (ThemeId id : {ThemeId::Light, ThemeId::Dark, ThemeId::HighContrast})
        if (name == themeName(id)) {
            out = id;
            return true;
        }
    return false;
}

double contrast(Rgb a, Rgb b) {
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

std::vector<Pair> usedPairs(const Palette& p) {
    return {
        {"text on background", p.text, p.background, 4.5},
        {"text on panel", p.text, p.panel, 4.5},
        {"text on hovered card", p.text, p.hover, 4.5},
        {"text in a quote callout", p.text, p.quote, 4.5},
        {"muted text on background", p.muted, p.background, 4.5},
        {"muted text on panel", p.muted, p.panel, 4.5},
        {"link on background", p.accent, p.background, 4.5},
        {"link on panel", p.accent, p.panel, 4.5},
        {"link in a quote callout", p.accent, p.quote, 4.5},
        {"text on the accent (selected choice, primary button)", p.onAccent, p.accent, 4.5},
        {"error text on background", p.error, p.background, 4.5},
        {"error text on panel", p.error, p.panel, 4.5},
        {"warning text on background", p.warning, p.background, 4.5},
        {"warning text on panel", p.warning, p.panel, 4.5},
        {"code on its box", p.codeText, p.codeBox, 4.5},
        {"focus outline against background", p.accent, p.background, 3.0},
        {"focus outline against hovered card", p.accent, p.hover, 3.0},
        {"field border against panel", p.border, p.panel, 1.0},
    };
}

}  // namespace hr::theme
