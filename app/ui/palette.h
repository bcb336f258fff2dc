// SPDX-License-Identifier: EUPL-1.2
// Colours for the views, by role (app/core/theme/roles.h): a view asks for the role it draws
// ("a hovered choice card", "error text in a dialog") and gets that role's foreground or
// background in the theme in use, so every pair it draws is one the contrast test checks. The
// views never take a colour from the palette itself. applyStyle() chooses the theme.
#pragma once

#include <imgui.h>

#include "theme/roles.h"

namespace hr::ui::palette {

using Role = theme::Role;

void use(theme::ThemeId id);
theme::ThemeId current();
theme::RoleColours role(Role r);  // in the theme in use

inline ImVec4 vec(theme::Rgb c, float alpha = 1.0f) {
    return ImVec4(static_cast<float>(c.r) / 255.0f, static_cast<float>(c.g) / 255.0f, static_cast<float>(c.b) / 255.0f,
                  alpha);
}
inline ImU32 u32(theme::Rgb c) { return IM_COL32(c.r, c.g, c.b, 255); }

inline ImU32 fg(Role r) { return u32(role(r).foreground); }
inline ImU32 bg(Role r) { return u32(role(r).background); }
inline ImVec4 fgVec(Role r) { return vec(role(r).foreground); }
inline ImVec4 bgVec(Role r) { return vec(role(r).background); }

// A choice or track card in its state; its text is the role's foreground, its fill the background.
inline Role choice(bool selected, bool hovered) {
    if (selected) return hovered ? Role::ChoiceSelectedHovered : Role::ChoiceSelected;
    return hovered ? Role::ChoiceHovered : Role::Choice;
}
// The secondary line on a card (a track's audience).
inline Role cardMuted(bool hovered) { return hovered ? Role::MutedOnHovered : Role::MutedOnPanel; }
// The edge of a card: the accent when hovered or selected (drawn 2 px then), else the field edge.
inline Role choiceBorder(bool highlighted) { return highlighted ? Role::CardBorderHovered : Role::FieldBorder; }

}  // namespace hr::ui::palette
