#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Crash soak: SIGKILLs `handreiking walk` at random moments, N times, and checks that a kill never
# costs a record. Half the runs replace one of four records with `--out FILE --force`, half add a
# new record with `--data-dir`. After each kill: the record the run was writing, and every --out
# record, still reads (`export` of it succeeds), a record that was there is still there, records
# are 0600 and folders 0700; temporary files may be left only by kills since the last run that
# finished in that folder (that run tidies them). At the end one more run per folder, then every
# record left is read again and no temporary file may remain.
#   crash_soak.sh BINARY PACK [N]    N kills (default $HR_SOAK_KILLS, else 40; the full run is 200)
# Prints the figures: kills, runs that finished first, records checked, temporary files left.
set -uo pipefail
bin=$1
pack=$2
kills_wanted=${3:-${HR_SOAK_KILLS:-40}}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
out="$work/out"
data="$work/data"  # created by the app itself, so its mode is the app's choice: 0700
mkdir -m 0700 "$out"

failures=0
fail() {
  echo "FAIL: $*" >&2
  failures=$((failures + 1))
}

checked=0
reads() {
  checked=$((checked + 1))
  "$bin" --content "$pack" export "$1" --format md >/dev/null 2>"$work/export.err" ||
    fail "$1 does not read after a kill: $(cat "$work/export.err")"
  [ "$(stat -c %a "$1")" = 600 ] || fail "$1 has mode $(stat -c %a "$1"), not 600"
}
folder_private() {
  [ ! -d "$1" ] || [ "$(stat -c %a "$1")" = 700 ] || fail "$1 has mode $(stat -c %a "$1"), not 700"
}
# The pids in the names of the temporary files in a folder (".NAME.tmp-PID-XXXXXX").
tmp_pids() { find "$1" -maxdepth 1 -name '.*.tmp-*' -printf '%f\n' 2>/dev/null | sed 's/.*\.tmp-\([0-9]*\)-.*/\1/'; }

# How long an undisturbed walk takes (the median of three: the machine may be busy with other
# builds): kills fall anywhere from the start to a bit past the end.
times=()
for c in 1 2 3; do
  start=$(date +%s%N)
  "$bin" walk --content "$pack" --track gesprek --random 0 --out "$work/calibrate.yaml" --force >/dev/null ||
    { echo "FAIL: an undisturbed walk fails" >&2; exit 1; }
  times+=($(($(date +%s%N) - start)))
done
median_ns=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 2p)
span_us=$((median_ns * 13 / 10 / 1000))
rm -f "$work/calibrate.yaml"

declare -A pending=([out]="" [data]="")  # pids killed in a folder since a run last finished there
kills=0 finished=0 leftovers=0 i=0
known_data=""
while [ $kills -lt "$kills_wanted" ]; do
  i=$((i + 1))
  if [ $((i % 2)) -eq 0 ]; then
    folder=out dir=$out target="$out/r$((i / 2 % 4)).yaml"
    had=0
    [ -e "$target" ] && had=1
    "$bin" walk --content "$pack" --track gesprek --random "$i" --out "$target" --force >/dev/null 2>&1 &
  else
    folder=data dir=$data target=""
    "$bin" walk --content "$pack" --track gesprek --random "$i" --data-dir "$data" >/dev/null 2>&1 &
  fi
  pid=$!
  delay_us=$(((RANDOM * 32768 + RANDOM) % span_us))
  sleep "$(printf '%d.%06d' $((delay_us / 1000000)) $((delay_us % 1000000)))"
  kill -KILL "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null  # quiet: the shell would report every "Killed"
  rc=$?
  # The span follows the machine's load: shorter after a run that finished first, longer after a
  # kill, settling where about a third of the runs finish (1/8 down against 1/16 up), so that
  # most kills fall inside a run, many of them inside its save, however busy the machine is.
  if [ $rc -eq 137 ]; then
    span_us=$((span_us + span_us / 16))
  else
    span_us=$((span_us - span_us / 8 + 1))
  fi
  if [ $rc -eq 137 ]; then
    kills=$((kills + 1))
    pending[$folder]+=" $pid"
    mine=$(tmp_pids "$dir" | grep -cx "$pid")
    leftovers=$((leftovers + mine))
  elif [ $rc -eq 0 ]; then
    finished=$((finished + 1))
    pending[$folder]=""
  else
    fail "run $i (not killed) exited with $rc"
  fi
  # Temporary files only from kills since the last finished run in this folder.
  for p in $(tmp_pids "$dir"); do
    grep -qw "$p" <<<"${pending[$folder]}" || fail "a temporary file of process $p outlived a finished run in $dir"
  done
  # What the run was writing, and what was there before it.
  if [ -n "$target" ]; then
    [ $had -eq 0 ] || [ -e "$target" ] || fail "run $i lost $target"
    for r in "$out"/r*.yaml; do [ -e "$r" ] && reads "$r"; done
  else
    for r in "$data"/*.yaml; do
      [ -e "$r" ] || continue
      grep -qxF "$r" <<<"$known_data" && continue
      reads "$r"
      known_data+="$r"$'\n'
    done
  fi
  folder_private "$out"
  folder_private "$data"
done

# One more run per folder tidies what the last kills left; then every record reads.
"$bin" walk --content "$pack" --track gesprek --random 1 --out "$out/r0.yaml" --force >/dev/null || fail "the last --out run failed"
"$bin" walk --content "$pack" --track gesprek --random 1 --data-dir "$data" >/dev/null || fail "the last --data-dir run failed"
records=0
for r in "$out"/*.yaml "$data"/*.yaml; do
  [ -e "$r" ] || continue
  records=$((records + 1))
  reads "$r"
done
left=$(find "$work" -name '.*.tmp-*')
[ -z "$left" ] || fail "temporary files remain after the next run: $left"

echo "crash soak: $kills kills (of $i runs; $finished finished before the kill), $records records left," \
  "$checked record reads checked, $leftovers temporary files left by a kill (all removed by the next run)," \
  "$failures failures"
[ $failures -eq 0 ]
