#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Large packs: a generated guide of 50,000 nodes in 50 route files passes `check`, and one over
# the limit is refused with the limit, the count and the reason, at the node past the limit.
# Usage: large_pack.sh HANDREIKING_BINARY PACK_GEN_PY
set -euo pipefail
bin=$1
gen=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

[ "$(python3 "$gen" 50000 "$work/groot")" = 50000 ] || fail "pack_gen.py did not write 50000 nodes"
"$bin" --content "$work/groot" check >"$work/out" 2>&1 || fail "a pack of 50,000 nodes is refused: $(head -3 "$work/out")"
[ ! -s "$work/out" ] || fail "check reports on a clean generated pack: $(head -3 "$work/out")"

python3 "$gen" 100001 "$work/te-groot" 4999 >/dev/null
if "$bin" --lang en --content "$work/te-groot" check >"$work/out" 2>&1; then fail "a pack of 100,001 nodes is accepted"; fi
grep -Eq '^.*route-020\.yaml:[0-9]+:[0-9]+: error: a guide may hold at most 100000 nodes \(this one has 100001\): .*split it' "$work/out" ||
  fail "the limit is not told with file:line:col and its reason: $(head -3 "$work/out")"
echo "ok: 50,000 nodes pass check; 100,001 are refused with the reason"
