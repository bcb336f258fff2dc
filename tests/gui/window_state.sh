#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# The window's place and size in a real window under Xvfb: written to $XDG_STATE_HOME when the
# window closes (0600, folder 0700), never to the settings file; an older settings file's geometry
# is used once; a window that would open off the screen comes back on it; a damaged state file
# gives a message with file:line:col and the usual size, and a good file at the next close.
# Usage: window_state.sh BINARY PACK   (under xvfb-run with a 1280x1024 screen)
source "$(dirname "$0")/common.sh" "$@"
here="$(cd "$(dirname "$0")" && pwd)"
export XDG_STATE_HOME=$work/state
unset DBUS_SESSION_BUS_ADDRESS
# This test closes the window as a user does, so the process ends normally: in the sanitizer run
# Mesa's driver, unloaded by glfwTerminate, leaves its caches behind as leaks in an unknown module
# (every other window run of the tests sets the same, see binaryCommand in tests/support).
export ASAN_OPTIONS="detect_leaks=0${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
settings=$work/.config/handreiking/settings.yaml
state=$work/state/handreiking/window.yaml
fail() { echo "window_state: $*" >&2; exit 1; }
mkdir -p "$(dirname "$settings")"

start() {
  "$bin" --content "$pack" 2>"$work/err" &
  app=$!
  wid=$(timeout 30 xdotool search --sync --onlyvisible --classname nl.handreiking.Handreiking | head -1)
  [ -n "$wid" ] || fail "no window"
  sleep 0.5
}
stop() {
  /usr/bin/python3 "$here/close_window.py" "$wid"
  timeout 20 tail --pid="$app" -f /dev/null || fail "the window did not close"
  wait "$app" || fail "exit code $? after closing: $(cat "$work/err")"
}
geometry() { xdotool getwindowgeometry "$wid" | tr -d ' ' | sed -n 's/^Position:\([0-9-]*\),\([0-9-]*\).*/\1 \2/p; s/^Geometry:\([0-9]*\)x\([0-9]*\)/\1 \2/p' | tr '\n' ' '; }
key() { sed -n "s/^$1: *//p" "$state"; }

# 1. An older settings file holds the geometry, at a place that is off this 1280x1024 screen
#    (a second monitor since unplugged): the size is kept and the window comes back on screen.
printf 'zoom: 110\nwindow:\n  x: 3000\n  y: 2000\n  width: 900\n  height: 650\n' >"$settings"
cp "$settings" "$work/settings.before"
start
read -r x y w h <<<"$(geometry)"
[ "$w" = 900 ] && [ "$h" = 650 ] || fail "old settings' size not used: ${w}x$h"
[ "$x" -ge 0 ] && [ "$x" -lt 1280 ] && [ "$y" -ge 0 ] && [ "$y" -lt 1024 ] || fail "window off screen at $x,$y"
stop
[ -f "$state" ] || fail "no state file at $state"
[ "$(stat -c %a "$state")" = 600 ] || fail "state file mode $(stat -c %a "$state")"
[ "$(stat -c %a "$(dirname "$state")")" = 700 ] || fail "state folder mode $(stat -c %a "$(dirname "$state")")"
[ "$(key width)" = 900 ] && [ "$(key height)" = 650 ] || fail "state file holds $(cat "$state")"
[ "$(key x)" -lt 1280 ] || fail "state file keeps the off-screen place: $(cat "$state")"
cmp -s "$settings" "$work/settings.before" || fail "closing the window changed the settings file: $(cat "$settings")"

# 2. The state file decides from now on, also over the older settings file's geometry.
printf 'x: 100\ny: 80\nwidth: 1000\nheight: 700\n' >"$state"
start
[ "$(geometry)" = "100 80 1000 700 " ] || fail "state file not used: $(geometry)"
stop
[ "$(key x) $(key y) $(key width) $(key height)" = "100 80 1000 700" ] || fail "state after close: $(cat "$state")"
cmp -s "$settings" "$work/settings.before" || fail "the settings file changed"

# 3. A damaged state file: a message naming it with line and column, the usual size, and a good
#    file at the next close; the settings file is left alone.
printf 'x: 100\nwidth: [\n' >"$state"
start
read -r x y w h <<<"$(geometry)"
[ "$w $h" = "1100 760" ] || fail "damaged state file: size ${w}x$h, not the usual 1100x760"
stop
grep -q "^handreiking: $state:3:1: " "$work/err" || grep -q "^handreiking: $state:[0-9]*:[0-9]*: " "$work/err" ||
  fail "no file:line:col message: $(cat "$work/err")"
[ "$(key width)" = 1100 ] || fail "no good state file after the damaged one: $(cat "$state")"
cmp -s "$settings" "$work/settings.before" || fail "the settings file changed"
echo "ok: geometry in $state, settings untouched, off-screen place corrected, damaged file reported"
