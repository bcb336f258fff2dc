#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# End to end, in a real window under Xvfb, by keyboard only (xdotool): open a track, answer every
# kind of step, add a suggested agreement and a free one with a due date, reach the summary and
# export it; then check the record on disk (content, mode 0600, folder 0700) and the export.
# Then kill -9 the app at random moments while it is being driven, and check that every record
# left behind still loads.
# Usage: conversation_by_keyboard.sh HANDREIKING_BINARY PACK_DIR   (run under xvfb-run -a)
source "$(dirname "$0")/common.sh" "$@"

fail() { echo "FAIL: $*" >&2; exit 1; }

start_app() {
  "$bin" --content "$pack" --data-dir "$data" --size 1100x800 2>"$work/app.err" &
  app=$!
  wid=$(xdotool search --sync --name "Proefgids" | head -1)
  focus_window "$wid"
}


start_app
# A digit moves the focus to an item (and picks a choice); Enter or Space acts on the focused
# item; Ctrl+Enter is Verder from anywhere in the step.
k 1                 # track 1: Gesprek
k Return            # welkom (info): Verder has the focus
k 2; k Return       # veilig: Ja
k 1; k Return       # praten: Ja
k 2; k space        # thema (checklist): to Casussen, tick it
k ctrl+Return
k 4; k space        # stellingen (scale): steun 4
k 3; k space        # the next open statement: rust 3
k ctrl+Return
k 1; k Return       # nog-eens: the only choice left is Door
k 2; k Return       # afspraken: to suggestion 2 (intervisie), add it
k ctrl+n            # a free agreement
xdotool type --delay 40 "Samen terugkijken op de eerste maand"; sleep 0.2
k Tab
xdotool type --delay 40 "15-1-2027"; sleep 0.2  # as people write it; stored as 2027-01-15
k Return            # save the agreement (the focus goes to it in the list)
k ctrl+Return       # on to the summary
k ctrl+e            # export the printable page
sleep 0.5
kill -9 "$app"; wait "$app" 2>/dev/null || true

shopt -s nullglob
records=("$data"/*.yaml)
[ ${#records[@]} -eq 1 ] || fail "expected one record, found ${#records[@]}: $(ls -la "$data")"
rec=${records[0]}
grep -q '^finished: true$' "$rec" || fail "record not finished: $(cat "$rec")"
grep -q 'template: intervisie' "$rec" || fail "suggested agreement missing: $(cat "$rec")"
grep -q 'text: Samen terugkijken op de eerste maand' "$rec" || fail "free agreement missing: $(cat "$rec")"
grep -q 'due: 2027-01-15' "$rec" || fail "due date missing: $(cat "$rec")"
grep -q 'checked: \[casus\]' "$rec" || fail "checklist answer missing: $(cat "$rec")"
grep -q 'scale: {rust: 3, steun: 4}' "$rec" || fail "scale answer missing: $(cat "$rec")"
[ "$(stat -c %a "$rec")" = 600 ] || fail "record mode is $(stat -c %a "$rec")"
[ "$(stat -c %a "$data")" = 700 ] || fail "folder mode is $(stat -c %a "$data")"
exports=("$work"/handreiking/werkafspraken-????-??-??-????.html)  # a neutral name: no track
[ ${#exports[@]} -eq 1 ] || fail "expected one export named werkafspraken-DATE-TIME.html: $(ls -R "$work")"
html=${exports[0]}
grep -q '<html lang="nl">' "$html" || fail "export has no lang"
grep -q '<h1>Werkafspraken, ' "$html" || fail "export title is not neutral: $(cat "$html")"
grep -q 'Samen terugkijken op de eerste maand</td><td>Professional</td><td><time datetime="2027-01-15">15 januari 2027</time></td>' "$html" ||
  fail "export lacks the agreement row: $(cat "$html")"
"$bin" --content "$pack" export "$rec" --format md >/dev/null || fail "the record does not load for export"

# kill -9 at random moments while keys arrive: every record must still load.
for round in 1 2 3 4 5 6 7 8; do
  start_app
  ( for key in 1 Return 2 Return 1 Return 1 Return 4 3 Return 1 Return 1 Return Return; do
      xdotool key "$key"; sleep 0.05
    done ) &
  sleep "0.$((RANDOM % 9 + 1))"
  kill -9 "$app"; wait "$app" 2>/dev/null || true
  wait 2>/dev/null || true
done
for r in "$data"/*.yaml; do
  "$bin" --content "$pack" export "$r" --format md >/dev/null 2>"$work/err" || fail "$r does not load after kill -9: $(cat "$work/err")"
done
echo "ok: $(ls "$data"/*.yaml | wc -l) records, all load"
