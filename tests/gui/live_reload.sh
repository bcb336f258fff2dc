#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Live reload in a real window under Xvfb: the app runs on a copy of a pack; a text edited with
# `sed -i` (which saves by rename, as many editors do) shows on the screen without a restart and
# the record follows the new version (and the window title the guide's); a broken edit keeps the screen's guide, names the error's
# file:line:col on stderr and shows the panel; its fix takes the panel away, back to exactly the
# screen of the good edit. Pictures of the screen (ImageMagick's import, raw pixels) compare them.
# Usage: live_reload.sh HANDREIKING_BINARY PACK_DIR   (run under xvfb-run -a)
source "$(dirname "$0")/common.sh" "$@"

fail() { echo "FAIL: $*" >&2; sed 's/^/  app: /' "$work/app.err" >&2; exit 1; }
cp -r "$pack" "$work/pack"
guide=$work/pack/guide.yaml
"$bin" --content "$work/pack" --data-dir "$data" --track gesprek --size 1000x760 2>"$work/app.err" &
app=$!
xdotool search --sync --name "Proefgids" >/dev/null
sleep 1
shot() { import -window root "rgb:$work/$1.rgb"; }
# Waits until stderr's last "content reloaded" line is about `$1` (shown, or has errors) and no
# other one follows for half a second: a save may come as more than one burst (sed's temporary
# file is seen apart from the rename under load), and only the last one counts.
settled() {
  local last="" lines=-1 now
  for _ in $(seq 1 100); do
    now=$(grep -c 'content reloaded' "$work/app.err" || true)
    if [ "$now" -gt "$count" ] && [ "$now" = "$lines" ]; then
      last=$(grep 'content reloaded' "$work/app.err" | tail -1)
      case "$last" in *"($1"*) count=$now; return 0;; esac
    fi
    lines=$now
    sleep 0.5
  done
  fail "no reload that $1 within 50 s of the save (last: $last)"
}
count=0
record_hash() { grep -h 'hash' "$data"/*.yaml | head -1; }
shot before
hash_before=$(record_hash)
[ -n "$hash_before" ] || fail "no record with the pack's hash was saved at the start"

sed -i -e 's/Een \*korte\* uitleg\./Een heel andere uitleg, net opgeslagen./' -e 's/nl: Proefgids/nl: Nieuwe gids/' "$guide"
settled shown
name=$(xdotool getwindowname "$(xdotool search --pid "$app" | tail -1)")
case "$name" in *"Nieuwe gids"*) ;; *) fail "the window title did not follow the guide's new title: '$name'";; esac
shot good
cmp -s "$work/before.rgb" "$work/good.rgb" && fail "the screen did not change after the edit"
[ "$(record_hash)" != "$hash_before" ] || fail "the record still pins the old version after the reload"

sed -i 's/next: veilig/next: nergens/' "$guide"
settled "has errors"
grep -Eq 'guide\.yaml:[0-9]+:[0-9]+: error: .*nergens' "$work/app.err" || fail "no file:line:col error naming 'nergens'"
kill -0 "$app" || fail "the app is gone after the broken edit"
shot broken
cmp -s "$work/good.rgb" "$work/broken.rgb" && fail "no panel on the screen after the broken edit"

sed -i 's/next: nergens/next: veilig/' "$guide"
settled shown
shot fixed
cmp -s "$work/good.rgb" "$work/fixed.rgb" || fail "after the fix the screen is not the one of the good edit (the panel stayed?)"
grep -o '[0-9]* ms from the save to the screen, [0-9]* ms to load and check' "$work/app.err" | sed 's/^/reload: /'
echo "PASS"
