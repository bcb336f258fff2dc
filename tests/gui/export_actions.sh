#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# After an export in a real window under Xvfb: the export lands in the documents folder a
# user-dirs.dirs names; the notice moves nothing (the focused export button, found by its focus
# ring in a picture of the screen, is in the same place, and the screen above the row under it is
# unchanged); Openen, Afdrukken and Map tonen run stand-in xdg-open and dbus-send scripts that
# record their arguments, and a failing xdg-open is said in a notice that offers to copy the path,
# which F6 reaches by keyboard.
# Usage: export_actions.sh HANDREIKING_BINARY PACK_DIR   (run under xvfb-run -a)
source "$(dirname "$0")/common.sh" "$@"

fail() { echo "FAIL: $*" >&2; exit 1; }
fake=$work/bin
mkdir -p "$fake" "$work/.config"
printf '# written by the test\nXDG_DOCUMENTS_DIR="$HOME/Documenten"\n' >"$work/.config/user-dirs.dirs"
# Each stand-in writes its arguments, one a line, to NAME.args, and exits with the code in NAME.code.
for name in xdg-open dbus-send; do
  cat >"$fake/$name" <<SCRIPT
#!/bin/sh
for a in "\$@"; do printf '%s\n' "\$a"; done >"$fake/$name.args.tmp"
mv "$fake/$name.args.tmp" "$fake/$name.args"
exit \$(cat "$fake/$name.code" 2>/dev/null || echo 0)
SCRIPT
  chmod +x "$fake/$name"
done
# Waits up to 5 s for NAME.args, prints it and removes it.
args_of() {
  for _ in $(seq 50); do [ -f "$fake/$1.args" ] && break; sleep 0.1; done
  cat "$fake/$1.args" 2>/dev/null || true
  rm -f "$fake/$1.args"
}
# The first row of the step's column that differs between two pictures, left of the column's
# scrollbar (a shorter column may grow one).
rows_differ() {
  /usr/bin/python3 - "$work/$1.png" "$work/$2.png" <<'PY'
import subprocess, sys
def rows(p):
    out = subprocess.run(["convert", p, "-depth", "8", "rgb:-"], capture_output=True, check=True).stdout
    w = int(subprocess.run(["identify", "-format", "%w", p], capture_output=True, text=True).stdout)
    return [out[i:i + 3 * 600] for i in range(0, len(out), 3 * w)]
a, b = rows(sys.argv[1]), rows(sys.argv[2])
print(next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), len(a)))
PY
}
shot() { sleep 0.4; import -window root "$work/$1.png"; [ -z "${SHOTS_DIR:-}" ] || cp "$work/$1.png" "$SHOTS_DIR/"; }
# The box (WxH+X+Y) of the focus ring's colour (the light theme's #2F5D62) above the notice strip
# (whose title has the same colour).
ring() { convert "$work/$1.png" -crop 1024x580+0+0 +repage -fill black +opaque "#2F5D62" -fill white -opaque "#2F5D62" -format %@ info:; }

PATH=$fake:$PATH "$bin" --content "$pack" --data-dir "$data" --track gesprek --size 1024x768 2>"$work/app.err" &
app=$!
wid=$(xdotool search --sync --name "Proefgids" | head -1)
focus_window "$wid"
xdotool mousemove --window "$wid" 1000 740  # out of the way, over nothing
k Return            # welkom: Verder
k 2; k Return       # veilig: Ja
k 2; k Return       # praten: Nee
k Return            # the end's step: Verder
shot before
k ctrl+e            # the printable page
shot after
export_file=$(ls "$work"/Documenten/handreiking/*.html 2>/dev/null | head -1)
[ -n "$export_file" ] || fail "no export in the documents folder user-dirs.dirs names: $(ls -R "$work" | head -40)"
b=$(ring before); a=$(ring after)
echo "focus ring before the export: $b, after: $a"
[ "$b" = "$a" ] || fail "the focused export button moved: $b before, $a after"
ring_bottom=$(( $(echo "$b" | sed 's/^[0-9]*x\([0-9]*\)+[0-9]*+\([0-9]*\)$/\1+\2/') ))
# The first changed row lies below the export buttons (the row of Openen..., then the strip).
first=$(rows_differ before after)
echo "first changed row: $first, the focused export button ends at row $ring_bottom"
[ "$first" -gt "$ring_bottom" ] || fail "the screen changed above the export buttons' foot (row $first)"

# Openen: under the focused export button (the arrow keys move the focus).
k Down
k Return
got=$(args_of xdg-open)
[ "$got" = "$export_file" ] || fail "Openen ran xdg-open with '$got', not the export $export_file"
k Right; k Right    # Map tonen
k Return
got=$(args_of dbus-send)
case "$got" in *org.freedesktop.FileManager1.ShowItems*"array:string:file://$work/Documenten/handreiking/"*) ;;
  *) fail "Map tonen called dbus-send with: $got";; esac
# No file manager answers: xdg-open of the folder.
echo 1 >"$fake/dbus-send.code"
k Return
args_of dbus-send >/dev/null
got=$(args_of xdg-open)
[ "$got" = "$work/Documenten/handreiking" ] || fail "the fallback opened '$got', not the folder"
# xdg-open fails: the window says so, with the path to copy.
echo 4 >"$fake/xdg-open.code"
k Left; k Left      # Openen
k Return
args_of xdg-open >/dev/null
k Up                # the focus back on the printable page's export, as in the picture "after"
shot failed
first=$(rows_differ after failed)
echo "with the failure's notice, first changed row: $first"
[ "$first" -gt "$ring_bottom" ] || fail "the notice moved the screen above the export buttons' foot (row $first)"
[ "$(ring failed)" = "$b" ] || fail "the export button moved under the notice: $(ring failed), not $b"
# F6 reaches the notices' strip: from the step past the agreements panel to the notice's first
# button, "Pad kopiëren", which Enter presses.
k F6; k F6
k Return
sleep 0.3
copied=$(xclip -o -selection clipboard 2>/dev/null || true)
[ "$copied" = "$export_file" ] || fail "F6 F6 Enter did not press the notice's 'Pad kopiëren' (clipboard: '$copied')"
kill "$app"
echo "export actions: ok"
