#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# kill -9 while typing, in a real window under Xvfb: records are written on a thread of their own
# while keys arrive, so a kill can land in the middle of any write. Each round walks to the
# agreements step, opens a free agreement and types into it (the dialog's text is saved as it is
# typed), then kills the app at a random moment. Every record left must load, and the agreement
# text in it must be what was typed up to some key: never garbled, never a mix of two states.
# Usage: kill_while_typing.sh HANDREIKING_BINARY PACK_DIR   (run under xvfb-run -a)
source "$(dirname "$0")/common.sh" "$@"

fail() { echo "FAIL: $*" >&2; exit 1; }
typed="Samen terugkijken op de eerste maand en daarna elke twee weken even bellen"

for round in 1 2 3 4 5 6; do
  "$bin" --content "$pack" --data-dir "$data" --size 1100x800 --track gesprek 2>"$work/app.err" &
  app=$!
  wid=$(xdotool search --sync --name "Proefgids" | head -1)
  focus_window "$wid"
  KEY_PAUSE=0.15
  k Return; k 2; k Return; k 1; k Return; k 2; k space; k ctrl+Return
  k 4; k space; k 3; k space; k ctrl+Return; k 1; k Return
  k ctrl+n
  ( xdotool type --delay 15 "$typed" ) &
  sleep "0.$((RANDOM % 9 + 1))"
  kill -9 "$app"; wait "$app" 2>/dev/null || true
  wait 2>/dev/null || true
done

shopt -s nullglob
records=("$data"/*.yaml)
[ ${#records[@]} -eq 6 ] || fail "expected 6 records, found ${#records[@]}: $(ls -la "$data")"
partial=0
for r in "${records[@]}"; do
  "$bin" --content "$pack" export "$r" --format md >/dev/null 2>"$work/err" || fail "$r does not load after kill -9: $(cat "$work/err")"
  [ "$(stat -c %a "$r")" = 600 ] || fail "$r has mode $(stat -c %a "$r")"
  # (a text that ends in a space is written quoted)
  text=$(sed -n 's/^ *text: //p' "$r" | head -1 | sed 's/^"\(.*\)"$/\1/')
  [ -z "$text" ] && continue
  case "$typed" in "$text"*) ;; *) fail "agreement text '$text' in $r is not what was typed up to a key" ;; esac
  partial=$((partial + 1))
done
echo "ok: ${#records[@]} records after kill -9 while typing, all load; $partial held part of the typed text"
