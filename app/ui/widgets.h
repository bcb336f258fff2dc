// SPDX-License-Identifier: EUPL-1.2
// The app's own widgets and keyboard helpers, shared by the views: the look, a folding header,
// a dialog, a text field, the primary button, Markdown text, and the shortcuts (inactive while a
// text field has focus).
#pragma once

#include <string>

#include "fonts.h"
#include "intents.h"
#include "theme/palette.h"

namespace hr::ui {

// Applies the app's look to ImGui's style: spacing scaled by `scale`, colours of the theme.
void applyStyle(float scale, theme::ThemeId theme = theme::ThemeId::Light);
// A collapsing header whose title sits close to its arrow (the app's wide frame padding would
// leave a gap there). `flags` are ImGuiTreeNodeFlags.
bool foldingHeader(const char* label, int flags = 0);
// Before a button in a row: stays on the line when a button labelled `label` still fits there,
// else starts a new line (a row of buttons wraps at a large zoom instead of running off the edge).
void sameLineIfFits(const char* label);
// The primary button of a screen ("Verder"): the accent, readable when hovered, focused or pressed.
bool primaryButton(const char* label);
// A dialog without a title bar, `maxWidth` wide at most, centred a third down the window; opened
// while `open` is set. Returns what ImGui::BeginPopupModal returns (then EndPopup must follow).
bool beginDialog(const char* id, bool open, float maxWidth);
// A full-width one-line text field. With `focus` set it asks for the keyboard focus and clears
// `focus`; it then gets the cursor after the text, not all of it selected (one typed key would
// replace a whole agreement). `flags` are ImGuiInputTextFlags; returns what ImGui::InputText returns.
bool textField(const char* id, std::string& text, bool& focus, int flags = 0);
// Call right after a text field: ImGui 1.86 throws away what was typed when Esc leaves a field;
// this keeps it (`before`: the text as it was before the field was drawn this frame).
void keepTextOnEscape(std::string& text, const std::string& before);

// Markdown text with its styles, wrapped to the space left in the column (markdown_layout.h).
// A clicked link is an OpenLink intent (http, https, mailto) or a CopyText one (tel: number).
Intent drawMarkdown(const std::string& markdown, const Fonts& fonts);

// The single-key shortcuts (digits, Backspace) can be switched off in the settings (WCAG 2.1.4).
void useSingleKeys(bool on);
bool singleKeys();
int typedDigit();        // 1-9 typed this frame, or 0
bool enterPressed();     // Enter for the step: not while a control with visible focus takes it
bool confirmPressed();   // Ctrl+Enter: the step's Verder from anywhere in it
bool backPressed();      // Alt+Left, or Backspace
bool ctrlPressed(char key);  // Ctrl + an uppercase letter, a digit, '=', '+' or '-'
bool f6Pressed(bool& backwards);  // F6 (Shift+F6: backwards): the next part of the screen

}  // namespace hr::ui
