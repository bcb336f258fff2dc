#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# The open window follows the desktop's colour preference as it changes: a fake portal on a private
# session bus (with_fake_portal.sh) sends SettingChanged, and a picture of the window shows the
# dark, then the high-contrast, then the light theme, each compared with the app's own screenshot
# in that theme. Following the desktop writes no settings; a theme in the settings is kept.
# Usage: desktop_theme_live.sh HANDREIKING_BINARY PACK_DIR   (run under xvfb-run -a)
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
if [ -z "${HANDREIKING_FAKE_PORTAL:-}" ]; then
  HANDREIKING_FAKE_PORTAL=1 exec bash "$here/with_fake_portal.sh" 0 0 -- bash "$0" "$@"
fi
bus=$DBUS_SESSION_BUS_ADDRESS
source "$here/common.sh" "$@"
export DBUS_SESSION_BUS_ADDRESS=$bus  # common.sh keeps the machine's bus away; this one is the test's
# The screenshot runs end normally: in the sanitizer run Mesa's driver, unloaded by glfwTerminate,
# leaves its caches behind as leaks in an unknown module (as in window_state.sh).
export ASAN_OPTIONS="detect_leaks=0${ASAN_OPTIONS:+:$ASAN_OPTIONS}"

fail() { echo "FAIL: $*" >&2; exit 1; }
# The colour most of a picture has: the window's background, as #RRGGBB.
background() { convert "$1" -format %c histogram:info:- | sort -rn | sed -n 1p | grep -o -m1 '#[0-9A-Fa-f]\{6\}'; }
# The desktop's settings change: the fake portal says so on the bus.
desktop_sets() {
  /usr/bin/python3 -c 'import dbus, sys
p = dbus.SessionBus().get_object("org.freedesktop.portal.Desktop", "/org/freedesktop/portal/desktop")
p.Set(sys.argv[1], dbus.UInt32(int(sys.argv[2])), dbus_interface="org.handreiking.FakePortal")' "$1" "$2"
}
# Waits up to 5 s for the window's background to become $2 (a theme's, from its screenshot).
shows() {
  local got=""
  for _ in $(seq 25); do
    import -window "$wid" "$work/now.png" 2>/dev/null && got=$(background "$work/now.png")
    [ "$got" = "$2" ] && return 0
    sleep 0.2
  done
  fail "$1: the window's background is $got, not $2"
}

# Each theme's background, from the app's own screenshot in that theme (no bus: nothing follows).
for theme in light dark high-contrast; do
  env -u DBUS_SESSION_BUS_ADDRESS "$bin" --content "$pack" --data-dir "$data" --theme "$theme" --size 640x480 \
    --screenshot "$work/$theme.png" 2>/dev/null || fail "no screenshot in the $theme theme"
  declare "bg_${theme//-/_}=$(background "$work/$theme.png")"
done
[ "$bg_light" != "$bg_dark" ] && [ "$bg_dark" != "$bg_high_contrast" ] || fail "the themes' backgrounds are not apart"

"$bin" --content "$pack" --data-dir "$data" --size 640x480 2>"$work/app.err" &
wid=$(xdotool search --sync --name "Proefgids" | head -1)
shows "at start, with no preference" "$bg_light"
desktop_sets color-scheme 1
shows "after the desktop chose dark" "$bg_dark"
desktop_sets contrast 1
shows "after the desktop asked for high contrast" "$bg_high_contrast"
desktop_sets contrast 0
shows "after high contrast was switched off (dark still chosen)" "$bg_dark"
desktop_sets color-scheme 0
shows "after the desktop dropped its preference" "$bg_light"
[ ! -e "$work/.config/handreiking/settings.yaml" ] || fail "following the desktop wrote settings: $(cat "$work/.config/handreiking/settings.yaml")"
kill %1 2>/dev/null || true
wait 2>/dev/null || true

# A theme the user chose stays, whatever the desktop says.
mkdir -p "$work/.config/handreiking"
echo "theme: light" >"$work/.config/handreiking/settings.yaml"
"$bin" --content "$pack" --data-dir "$data" --size 640x480 2>"$work/app.err" &
wid=$(xdotool search --sync --name "Proefgids" | head -1)
shows "with light chosen in the settings" "$bg_light"
desktop_sets color-scheme 1
sleep 1
shows "with light chosen, after the desktop chose dark" "$bg_light"
echo "desktop theme followed live: ok"
