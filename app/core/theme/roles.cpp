// SPDX-License-Identifier: EUPL-1.2
// The colour-role table: what each role draws on what, in a given palette, and the contrast it needs.
#include "theme/roles.h"

namespace hr::theme {

RoleColours colours(const Palette& p, Role r) {
    // A disabled button is drawn translucent over what it sits on, its text translucent over that.
    auto disabled = [&](const char* what, Rgb under) {
        const Rgb face = blend(p.panel, under, kDisabledAlpha);
        return RoleColours{what, blend(p.text, face, kDisabledAlpha), face, kText};
    };
    // No default: a role left out here is a compiler warning (-Wswitch) and a test failure.
    switch (r) {
        case Role::Text: return {"text on the window", p.text, p.background, kText};
        case Role::Heading: return {"a heading on the window", p.text, p.background, kLargeText};
        case Role::Muted: return {"muted text on the window", p.muted, p.background, kText};
        case Role::Panel: return {"text on a card, panel, dialog or popup", p.text, p.panel, kText};
        case Role::MutedOnPanel: return {"muted text on a card, panel, dialog or popup", p.muted, p.panel, kText};
        case Role::Hovered: return {"text on a hovered or focused surface", p.text, p.hover, kText};
        case Role::MutedOnHovered: return {"muted text on a hovered card", p.muted, p.hover, kText};
        case Role::Pressed: return {"text on a pressed button or header", p.text, p.pressed, kText};
        case Role::Selection: return {"selected text in a field", p.text, p.selection, kText};
        case Role::Quote: return {"text in a quote callout", p.text, p.quote, kText};
        case Role::Code: return {"code on its box", p.codeText, p.codeBox, kText};
        case Role::Link: return {"a link on the window", p.accent, p.background, kText};
        case Role::LinkOnPanel: return {"a link in a dialog", p.accent, p.panel, kText};
        case Role::LinkInQuote: return {"a link in a quote callout", p.accent, p.quote, kText};
        case Role::LinkHovered: return {"a hovered link on the window", p.text, p.background, kText};
        case Role::LinkOnHoveredButton: return {"a hovered breadcrumb", p.accent, p.hover, kText};
        case Role::LinkOnPressedButton: return {"a pressed breadcrumb", p.accent, p.pressed, kText};
        case Role::Info: return {"an information notice", p.accent, p.background, kText};
        case Role::Error: return {"error text on the window", p.error, p.background, kText};
        case Role::ErrorOnPanel: return {"error text in a dialog", p.error, p.panel, kText};
        case Role::Warning: return {"warning text on the window", p.warning, p.background, kText};
        case Role::WarningOnPanel: return {"warning text in a dialog", p.warning, p.panel, kText};
        case Role::Button: return {"a button", p.text, p.panel, kText};
        case Role::ButtonHovered: return {"a hovered or focused button", p.text, p.hover, kText};
        case Role::ButtonPressed: return {"a pressed button", p.text, p.pressed, kText};
        case Role::ButtonDisabled: return disabled("a disabled button on the window", p.background);
        case Role::ButtonDisabledOnPanel: return disabled("a disabled button in a dialog", p.panel);
        case Role::PrimaryButton: return {"the primary button", p.onAccent, p.accent, kText};
        case Role::PrimaryButtonHovered: return {"the primary button hovered or focused", p.onAccent, p.accentHover, kText};
        case Role::PrimaryButtonPressed: return {"the primary button pressed", p.onAccent, p.accentActive, kText};
        case Role::Choice: return {"a choice or track card", p.text, p.panel, kText};
        case Role::ChoiceHovered: return {"a hovered or focused choice card", p.text, p.hover, kText};
        case Role::ChoiceSelected: return {"the selected choice", p.onAccent, p.accent, kText};
        case Role::ChoiceSelectedHovered: return {"the selected choice hovered", p.onAccent, p.accentHover, kText};
        case Role::Field: return {"text in a field", p.text, p.panel, kText};
        case Role::FieldHovered: return {"text in a hovered field", p.text, p.hover, kText};
        case Role::FieldActive: return {"text in a field being typed in", p.text, p.hover, kText};
        case Role::Header: return {"a folding header or selected item", p.text, p.hover, kText};
        case Role::HeaderHovered: return {"a hovered header", p.text, p.hover, kText};
        case Role::HeaderActive: return {"a pressed header", p.text, p.pressed, kText};
        case Role::FieldBorder: return {"the edge of a field, box or card on the window", p.fieldBorder, p.background, kGraphic};
        case Role::FieldBorderOnPanel: return {"the edge of a field or box in a dialog", p.fieldBorder, p.panel, kGraphic};
        case Role::CardBorderHovered: return {"the edge of a hovered or selected card", p.accent, p.background, kGraphic};
        case Role::SelectedFill: return {"the selected choice against the window", p.accent, p.background, kGraphic};
        case Role::CheckMark: return {"a check mark or radio dot", p.accent, p.panel, kGraphic};
        case Role::CheckMarkHovered: return {"a check mark in a hovered box", p.accent, p.hover, kGraphic};
        case Role::Progress: return {"the progress bar's fill", p.accent, p.panel, kGraphic};
        case Role::Scrollbar: return {"the scrollbar's thumb", p.fieldBorder, p.background, kGraphic};
        case Role::FocusRing: return {"the focus outline on the window", p.focusRing, p.background, kGraphic};
        case Role::FocusRingOnPanel: return {"the focus outline in a dialog", p.focusRing, p.panel, kGraphic};
        case Role::CardStripe: return {"a card's accent stripe", p.accent, p.panel, kGraphic};
        case Role::Count: break;
    }
    return {};
}

std::vector<RoleColours> roles(const Palette& p) {
    std::vector<RoleColours> all;
    for (int i = 0; i < static_cast<int>(Role::Count); ++i) all.push_back(colours(p, static_cast<Role>(i)));
    return all;
}

}  // namespace hr::theme
