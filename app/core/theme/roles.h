// SPDX-License-Identifier: EUPL-1.2
// Colour roles: every foreground/background pair the app draws, in every state, as one table.
// The views and ImGui's style (app/ui/style.cpp) take their colours from a role, never from the
// palette, and tests/core/test_contrast.cpp checks every role of the enum in every theme, so a
// colour pair cannot be drawn without being tested.
#pragma once

#include <vector>

#include "theme/palette.h"

namespace hr::theme {

// WCAG 2.1 AA minimums: 1.4.3 for text, 1.4.11 for what identifies a control or its state.
inline constexpr double kText = 4.5;
inline constexpr double kLargeText = 3.0;  // headings: 18 pt, or 14 pt bold, and larger
inline constexpr double kGraphic = 3.0;    // borders, focus outline, check marks, the selected fill

// How strongly a disabled control is drawn (ImGuiStyle::DisabledAlpha): its text stays readable.
inline constexpr float kDisabledAlpha = 0.7f;

enum class Role {
    // Text on the window and the surfaces on it.
    Text,              // body text on the window
    Heading,           // large headings on the window
    Muted,             // hints and secondary lines (ImGui's TextDisabled) on the window
    Panel,             // text on cards, the agreements panel, dialogs, popups, tooltips
    MutedOnPanel,
    Hovered,           // text on a hovered or focused card, button, field or header
    MutedOnHovered,    // the audience line of a hovered track card
    Pressed,           // text on a button or header while pressed
    Selection,         // selected text in a field
    Quote,             // text in a block-quote callout
    Code,              // code spans and blocks on their box
    // Links and notices in the accent colour.
    Link,              // a link or breadcrumb on the window
    LinkOnPanel,       // a link in a page dialog
    LinkInQuote,
    LinkHovered,       // a hovered link (drawn in the text colour) on the window
    LinkOnHoveredButton,  // a breadcrumb while hovered or focused
    LinkOnPressedButton,  // a breadcrumb while pressed
    Info,              // an information notice, "asked again"
    Error,
    ErrorOnPanel,      // in a dialog
    Warning,
    WarningOnPanel,
    // Controls, in each state.
    Button,
    ButtonHovered,     // also keyboard focus: ImGui draws a focused button as hovered
    ButtonPressed,
    ButtonDisabled,    // a disabled button on the window (both drawn at kDisabledAlpha)
    ButtonDisabledOnPanel,  // a disabled button in a dialog
    PrimaryButton,     // "Verder": the accent, with its own hovered and pressed colours
    PrimaryButtonHovered,
    PrimaryButtonPressed,
    Choice,            // a choice card (walk_view's bigButton) and a track card
    ChoiceHovered,
    ChoiceSelected,
    ChoiceSelectedHovered,
    Field,             // text in an input field, a combo, a checkbox's frame
    FieldHovered,
    FieldActive,
    Header,            // a folding header, a selected item in a list
    HeaderHovered,
    HeaderActive,
    // Edges and marks (3:1 against what they sit on).
    FieldBorder,       // fields, checkboxes, radios, buttons and cards against the window
    FieldBorderOnPanel,  // the same in a dialog or the agreements panel
    CardBorderHovered, // the edge of a hovered or selected card
    SelectedFill,      // the selected choice's fill against the window
    CheckMark,         // check mark and radio dot on the frame
    CheckMarkHovered,
    Progress,          // the progress bar's fill against its track
    Scrollbar,         // the scrollbar's thumb against its track
    FocusRing,         // the keyboard focus outline on the window
    FocusRingOnPanel,  // the same in a dialog or the agreements panel
    CardStripe,        // the accent stripe on a track card, and the bar of a block quote
    Count              // not a role: the number of roles
};

struct RoleColours {
    const char* what = nullptr;  // what it is, for test messages; null for a role missing here
    Rgb foreground, background;
    double minimum = kText;
};

// A role's colours in a palette.
RoleColours colours(const Palette& p, Role r);
// Every role, in the enum's order (index = role).
std::vector<RoleColours> roles(const Palette& p);

}  // namespace hr::theme
