#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# The PNG icons rendered at build time are there at every hicolor size from 16 to 512 px, each
# really that size and not blank; the symbolic icon is there too.
#   tests/packaging/icons.sh BUILD-PACKAGING-DIR SOURCE-PACKAGING-DIR APP-ID
set -euo pipefail
built=$1
src=$2
id=$3
failed=0
for s in 16 22 24 32 48 64 128 256 512; do
  png=$built/icons/hicolor/${s}x$s/apps/$id.png
  if [ ! -s "$png" ]; then echo "icons: no $png" >&2; failed=1; continue; fi
  got=$(/usr/bin/identify -format '%wx%h %k' "$png")
  [ "${got% *}" = "${s}x$s" ] || { echo "icons: $png is ${got% *}" >&2; failed=1; }
  [ "${got#* }" -ge 3 ] || { echo "icons: $png has ${got#* } colours" >&2; failed=1; }
done
[ -s "$src/handreiking-symbolic.svg" ] || { echo "icons: no symbolic icon" >&2; failed=1; }
[ "$failed" -eq 0 ] && echo "icons: 9 sizes and a symbolic icon"
exit "$failed"
