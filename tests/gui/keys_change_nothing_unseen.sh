#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# In a real window under Xvfb, by keyboard (xdotool): keys never change data unseen (#10).
# - Typing a date (1-3-2027) on the agreements step while no field has the keyboard adds nothing.
# - A digit moves to a suggestion; Enter adds it. Removing it can be undone with Ctrl+Z.
# - Enter in a text field of the panel (the next conversation's date, the participants' initials)
#   does not move the step on.
# Usage: keys_change_nothing_unseen.sh HANDREIKING_BINARY PACK_DIR   (run under xvfb-run -a)
KEY_PAUSE=0.3
source "$(dirname "$0")/common.sh" "$@"

fail() { echo "FAIL: $*" >&2; [ -n "${rec:-}" ] && cat "$rec" >&2; exit 1; }
record() { rec=$(ls "$data"/*.yaml 2>/dev/null | head -1); [ -n "$rec" ] || fail "no record"; }
agreements() { grep -c '^  - id: a' "$rec" || true; }

"$bin" --content "$pack" --data-dir "$data" --size 1100x800 2>"$work/app.err" &
app=$!
wid=$(xdotool search --sync --name "Proefgids" | head -1)
focus_window "$wid"

k 1                  # track 1: Gesprek
k Return             # welkom
k 2; k Return        # veilig: Ja
k 2; k Return        # praten: Nee -> the agreements step (one suggestion: check-in)
record
grep -q -- '- node: afspraken' "$rec" || fail "not at the agreements step"

xdotool type --delay 60 "1-3-2027"; sleep 0.4
record
[ "$(agreements)" = 0 ] || fail "typing a date with no field focused added agreements"
grep -q 'next_conversation' "$rec" && fail "typing a date with no field focused set a date"

k 1; k Return        # to suggestion 1, and add it
record
[ "$(agreements)" = 1 ] || fail "Enter on the suggestion did not add it"
grep -q 'template: check-in' "$rec" || fail "the wrong suggestion was added"

k Right; k space     # from Wijzig to Verwijder, press it
record
[ "$(agreements)" = 0 ] || fail "Verwijder did not remove the agreement"
k ctrl+z             # undo
record
[ "$(agreements)" = 1 ] || fail "Ctrl+Z did not bring the agreement back"
grep -q 'template: check-in' "$rec" || fail "undo brought back something else"

k Tab                # into the panel's text field: the next conversation's date
xdotool type --delay 60 "1-3-2027"; sleep 0.3
k Return             # Enter in a field: the step stays
sleep 0.3
record
grep -q 'next_conversation: 2027-03-01' "$rec" || fail "the date typed in the field was not saved"
grep -q -- '- node: einde' "$rec" && fail "Enter in a text field moved the step on"

# Enter in the participants' initials field does not move the step on either (#10).
k Down               # from the date field to "Wie doen er mee?"
k Return             # opens it
k Down               # the first role: Professional
k space              # takes part; its initials field appears beside it
record
grep -q 'role: professional' "$rec" || fail "Space on the role did not add it"
k Tab                # into the initials field
xdotool type --delay 60 "AB"; sleep 0.3
k Return             # Enter in a field: the step stays
sleep 0.3
record
grep -q 'initials: AB' "$rec" || fail "the initials typed in the field were not saved"
grep -q -- '- node: einde' "$rec" && fail "Enter in the initials field moved the step on"

k ctrl+Return        # Verder, on purpose
record
grep -q -- '- node: einde' "$rec" || fail "Ctrl+Enter did not move on"
kill "$app"; wait "$app" 2>/dev/null || true
echo "ok"
