#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# The window belongs to its launcher: its WM_CLASS (instance and class) is the app id that the
# desktop file gives as StartupWMClass, and it carries an icon (_NET_WM_ICON) in the sizes
# compiled in. Run under xvfb-run.
#   tests/packaging/window_identity.sh BINARY DESKTOP-FILE
set -euo pipefail
bin=$1
desktop=$2
work=$(mktemp -d)
trap 'kill -9 $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
export HOME=$work XDG_DATA_HOME= XDG_CONFIG_HOME= XDG_DOCUMENTS_DIR=
class=$(sed -n 's/^StartupWMClass=//p' "$desktop")
[ -n "$class" ] || { echo "window: no StartupWMClass in $desktop" >&2; exit 1; }
"$bin" --data-dir "$work/data" &
win=$(timeout 60 xdotool search --sync --classname "$class" | head -1) ||
  { echo "window: no window with WM_CLASS instance '$class'" >&2; exit 1; }
got=$(xprop -id "$win" WM_CLASS)
[ "$got" = "WM_CLASS(STRING) = \"$class\", \"$class\"" ] || { echo "window: $got (want $class twice)" >&2; exit 1; }
# _NET_WM_ICON is width, height, then the pixels, for each icon; find the sizes by walking it.
sizes=$(xprop -id "$win" -notype -f _NET_WM_ICON 32c _NET_WM_ICON | sed 's/^[^=]*= *//' | tr -d ' ' | tr ',' '\n' | awk '
  { v[NR] = $1 } END { i = 1; while (i < NR) { w = v[i]; h = v[i + 1]; printf "%dx%d ", w, h; i += 2 + w * h } }')
[ "$sizes" = "32x32 64x64 128x128 " ] || { echo "window: icon sizes '$sizes' (want 32, 64, 128)" >&2; exit 1; }
echo "window: WM_CLASS $class, icons $sizes"
