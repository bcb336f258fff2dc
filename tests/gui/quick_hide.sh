#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Quick hide in a real window under Xvfb: Shift pressed three times while typing an agreement in
# the open dialog turns the window title neutral at once, and what was typed is already saved;
# Enter on the neutral screen brings the window back, with the dialog as it was. Pictures of the
# screen (ImageMagick's import) show that the hidden screen carries no text.
# Usage: quick_hide.sh HANDREIKING_BINARY PACK_DIR   (run under xvfb-run -a)
source "$(dirname "$0")/common.sh" "$@"

fail() { echo "FAIL: $*" >&2; exit 1; }
# The title of the app's window, found by its process id.
title() { xdotool getwindowname "$(xdotool search --pid "$app" | tail -1)"; }

"$bin" --content "$pack" --data-dir "$data" --track gesprek --size 1000x760 2>"$work/app.err" &
app=$!
wid=$(xdotool search --sync --name "Proefgids" | head -1)
focus_window "$wid"
sleep 0.5
# Distinct colours in a picture of the whole screen: text is anti-aliased, so a screen with text
# has many shades, the neutral screen only a few.
colours() { import -window root "$work/$1.png"; identify -format %k "$work/$1.png"; }
k ctrl+n
xdotool type --delay 40 "Rooster wijzigen"; sleep 0.3
before=$(colours before)
xdotool key shift; sleep 0.1; xdotool key shift; sleep 0.1; xdotool key shift; sleep 0.4
[ "$(title)" = "Document" ] || fail "the title after Shift x3 is '$(title)', not neutral"
hidden=$(colours hidden)
echo "distinct colours: $before with the dialog open, $hidden hidden"
[ "$before" -gt 300 ] || fail "the screen before hiding has only $before colours: not a screen with text"
[ "$hidden" -lt 100 ] || fail "the hidden screen has $hidden colours: it still shows text"
grep -q "Rooster wijzigen" "$data"/*.yaml || fail "the agreement being typed was not saved before hiding"
# Shift again does not bring it back; Enter does.
xdotool key shift; sleep 0.1; xdotool key shift; sleep 0.3
[ "$(title)" = "Document" ] || fail "Shift brought the window back"
k Return; sleep 0.3
case "$(title)" in *Proefgids*) ;; *) fail "Enter did not bring the window back: '$(title)'";; esac
back=$(colours back)
[ "$back" -gt 300 ] || fail "after coming back the screen has only $back colours"
cmp -s "$work/before.png" "$work/back.png" || echo "note: the screen after coming back differs from before (cursor blink or hover)"
# Shift pressed three times with other keys in between (typing capitals) does not hide.
xdotool type --delay 60 "A B C"; sleep 0.4
case "$(title)" in *Proefgids*) ;; *) fail "typing capitals hid the window";; esac
kill "$app"
echo "quick hide: ok"
