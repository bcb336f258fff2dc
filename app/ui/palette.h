// Colours the views use beyond ImGui's style (cards, accents, diagnostic severities).
#pragma once

#include <imgui.h>

namespace hr::ui::palette {

inline ImU32 card() { return IM_COL32(0xFF, 0xFF, 0xFF, 0xFF); }
inline ImU32 cardHover() { return IM_COL32(0xE3, 0xEE, 0xEC, 0xFF); }
inline ImU32 cardBorder() { return IM_COL32(0xCF, 0xCA, 0xC0, 0xFF); }
inline ImU32 accent() { return IM_COL32(0x2F, 0x5D, 0x62, 0xFF); }   // 7.0:1 on white
inline ImU32 muted() { return IM_COL32(0x59, 0x60, 0x6A, 0xFF); }    // 6.2:1 on white
inline ImU32 text() { return IM_COL32(0x1F, 0x23, 0x28, 0xFF); }
inline ImVec4 error() { return ImVec4(0.65f, 0.11f, 0.11f, 1.0f); }    // #A61C1C
inline ImVec4 warning() { return ImVec4(0.54f, 0.33f, 0.0f, 1.0f); }   // #8A5400
inline ImVec4 note() { return ImVec4(0.35f, 0.38f, 0.42f, 1.0f); }

}  // namespace hr::ui::palette
