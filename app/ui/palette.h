// Colours the views use beyond ImGui's style (cards, accents, diagnostic severities), taken from
// the current theme (app/core/theme). applyStyle() chooses the theme.
#pragma once

#include <imgui.h>

#include "theme/palette.h"

namespace hr::ui::palette {

const theme::Palette& colours();  // the theme in use
void use(theme::ThemeId id);

inline ImU32 u32(theme::Rgb c, float alpha = 1.0f) {
    return IM_COL32(c.r, c.g, c.b, static_cast<int>(alpha * 255.0f));
}
inline ImVec4 vec(theme::Rgb c, float alpha = 1.0f) {
    return ImVec4(static_cast<float>(c.r) / 255.0f, static_cast<float>(c.g) / 255.0f, static_cast<float>(c.b) / 255.0f,
                  alpha);
}

inline ImU32 card() { return u32(colours().panel); }
inline ImU32 cardHover() { return u32(colours().hover); }
inline ImU32 cardBorder() { return u32(colours().border); }
inline ImU32 accent() { return u32(colours().accent); }
inline ImU32 onAccent() { return u32(colours().onAccent); }
inline ImU32 muted() { return u32(colours().muted); }
inline ImU32 text() { return u32(colours().text); }
inline ImU32 quoteBox() { return u32(colours().quote); }
inline ImU32 codeBox() { return u32(colours().codeBox); }
inline ImU32 codeText() { return u32(colours().codeText); }
inline ImVec4 error() { return vec(colours().error); }
inline ImVec4 warning() { return vec(colours().warning); }
inline ImVec4 note() { return vec(colours().muted); }

}  // namespace hr::ui::palette
