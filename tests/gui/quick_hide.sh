#!/usr/bin/env bash
# Quick hide in a real window under Xvfb: Shift pressed three times while typing an agreement in
# the open dialog turns the window title neutral at once, and what was typed is already saved;
# Enter on the neutral screen brings the window back. Also the "Verbergen" way: keys are not
# needed, but the title is the check here (the headless view tests check that no text is drawn).
# Usage: quick_hide.sh HANDREIKING_BINARY PACK_DIR   (run under xvfb-run -a)
set -euo pipefail
bin=$1
pack=$2
work=$(mktemp -d)
trap 'kill -9 $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
export HOME=$work XDG_DATA_HOME= XDG_DOCUMENTS_DIR= XDG_CONFIG_HOME=
data=$work/data

fail() { echo "FAIL: $*" >&2; exit 1; }
k() { xdotool key --clearmodifiers "$@"; sleep 0.25; }
# The title of the app's window, found by its process id.
title() { xdotool getwindowname "$(xdotool search --pid "$app" | tail -1)"; }

"$bin" --content "$pack" --data-dir "$data" --track gesprek --size 1000x760 2>"$work/app.err" &
app=$!
wid=$(xdotool search --sync --name "Proefgids" | head -1)
xdotool windowfocus --sync "$wid" 2>/dev/null || xdotool windowfocus "$wid"
sleep 0.5
k ctrl+n
xdotool type --delay 40 "Rooster wijzigen"; sleep 0.3
xdotool key shift; sleep 0.1; xdotool key shift; sleep 0.1; xdotool key shift; sleep 0.4
[ "$(title)" = "Document" ] || fail "the title after Shift x3 is '$(title)', not neutral"
grep -q "Rooster wijzigen" "$data"/*.yaml || fail "the agreement being typed was not saved before hiding"
# Shift again does not bring it back; Enter does.
xdotool key shift; sleep 0.1; xdotool key shift; sleep 0.3
[ "$(title)" = "Document" ] || fail "Shift brought the window back"
k Return; sleep 0.3
case "$(title)" in *Proefgids*) ;; *) fail "Enter did not bring the window back: '$(title)'";; esac
# Shift pressed three times with other keys in between (typing capitals) does not hide.
xdotool type --delay 60 "A B C"; sleep 0.4
case "$(title)" in *Proefgids*) ;; *) fail "typing capitals hid the window";; esac
kill "$app"
echo "quick hide: ok"
