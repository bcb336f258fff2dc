// SPDX-License-Identifier: EUPL-1.2
// Theme colours and the WCAG contrast computation. Each colour's contrast against what it is drawn
// on is checked through the roles (roles.cpp) in tests/core/test_contrast.cpp.
#include "theme/palette.h"

#include <algorithm>
#include <cmath>

namespace hr::theme {

namespace {

constexpr Rgb hex(unsigned v) {
    return Rgb{static_cast<unsigned char>((v >> 16) & 0xFF), static_cast<unsigned char>((v >> 8) & 0xFF),
               static_cast<unsigned char>(v & 0xFF)};
}

// Calm, warm light theme: dark slate text on off-white, a deep teal accent that darkens when
// hovered and pressed (white text on it gets stronger, never weaker).
Palette light() {
    Palette p;
    p.background = hex(0xF7F5F0);
    p.panel = hex(0xFFFFFF);
    p.hover = hex(0xE3EEEC);
    p.pressed = hex(0xCFE3E0);
    p.border = hex(0xB9B3A8);
    p.fieldBorder = hex(0x858076);
    p.text = hex(0x1F2328);
    p.muted = hex(0x555C66);
    p.accent = hex(0x2F5D62);
    p.accentHover = hex(0x234A4E);
    p.accentActive = hex(0x173538);
    p.onAccent = hex(0xFFFFFF);
    p.focusRing = hex(0x2F5D62);
    p.selection = hex(0xB8D3D0);
    p.error = hex(0xA61C1C);
    p.warning = hex(0x7A4A00);
    p.quote = hex(0xEEF4F3);
    p.codeBox = hex(0xECE8E0);
    p.codeText = hex(0x7A3E1D);
    return p;
}

// Dark: soft light text on a blue-grey night, a pale teal accent that lightens when hovered and
// pressed (its dark text gets stronger).
Palette dark() {
    Palette p;
    p.background = hex(0x1B1F23);
    p.panel = hex(0x262B31);
    p.hover = hex(0x33404A);
    p.pressed = hex(0x3A4954);
    p.border = hex(0x5A636D);
    p.fieldBorder = hex(0x87909A);
    p.text = hex(0xE8E6E3);
    p.muted = hex(0xB4BCC4);
    p.accent = hex(0x8CC7C0);
    p.accentHover = hex(0xA9DAD4);
    p.accentActive = hex(0xC4E8E4);
    p.onAccent = hex(0x10201F);
    p.focusRing = hex(0x8CC7C0);
    p.selection = hex(0x2F5652);
    p.error = hex(0xFF9C94);
    p.warning = hex(0xF2C46D);
    p.quote = hex(0x22302F);
    p.codeBox = hex(0x30363D);
    p.codeText = hex(0xF0B58A);
    return p;
}

// High contrast: white on black, yellow accent (paler yellow when hovered and pressed), white edges.
Palette high() {
    Palette p;
    p.background = hex(0x000000);
    p.panel = hex(0x0A0A0A);
    p.hover = hex(0x262626);
    p.pressed = hex(0x333333);
    p.border = hex(0xFFFFFF);
    p.fieldBorder = hex(0xFFFFFF);
    p.text = hex(0xFFFFFF);
    p.muted = hex(0xE6E6E6);
    p.accent = hex(0xFFD84D);
    p.accentHover = hex(0xFFE680);
    p.accentActive = hex(0xFFF0B3);
    p.onAccent = hex(0x000000);
    p.focusRing = hex(0xFFD84D);
    p.selection = hex(0x5C4A00);
    p.error = hex(0xFFA8A8);
    p.warning = hex(0xFFD84D);
    p.quote = hex(0x141414);
    p.codeBox = hex(0x1F1F1F);
    p.codeText = hex(0xFFFFFF);
    return p;
}

double channel(unsigned char c) {
    const double s = c / 255.0;
    return s <= 0.03928 ? s / 12.92 : std::pow((s + 0.055) / 1.055, 2.4);
}

double luminance(Rgb c) { return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b); }

unsigned char mix(unsigned char f, unsigned char b, double alpha) {
    return static_cast<unsigned char>(std::lround(std::clamp(alpha * f + (1.0 - alpha) * b, 0.0, 255.0)));
}

}  // namespace

const Palette& palette(ThemeId id) {
    static const Palette kLight = light(), kDark = dark(), kHigh = high();
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
    for (ThemeId id : kThemes)
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

Rgb blend(Rgb fg, Rgb bg, double alpha) {
    return Rgb{mix(fg.r, bg.r, alpha), mix(fg.g, bg.g, alpha), mix(fg.b, bg.b, alpha)};
}

}  // namespace hr::theme
