#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Does a screenshot show the guide's start screen? Without OCR: it is 1280x800, far from uniform
# and has the many shades of anti-aliased text; and, given a REFERENCE taken by the build tree's
# binary (same guide, same fonts), it matches that nearly pixel for pixel: a window without the
# fonts (ImGui's small default font) or showing another pack differs in 7-10 % of its pixels, so
# over 1 % fails (the same guide and fonts give 0).
#   tests/packaging/shows_guide.sh SHOT.png [REFERENCE.png]
# ImageMagick by full path: /usr/local/bin/convert on these machines is another program.
set -euo pipefail
shot=$1
ref=${2:-}
size=$(/usr/bin/identify -format '%wx%h' "$shot")
[ "$size" = 1280x800 ] || { echo "shows_guide: $shot is $size, not 1280x800" >&2; exit 1; }
colours=$(/usr/bin/identify -format '%k' "$shot")
[ "$colours" -ge 32 ] || { echo "shows_guide: $shot has only $colours colours (no text drawn?)" >&2; exit 1; }
spread=$(/usr/bin/convert "$shot" -colorspace Gray -format '%[fx:standard_deviation]' info:)
awk -v s="$spread" 'BEGIN { exit !(s > 0.02) }' || { echo "shows_guide: $shot is nearly uniform ($spread)" >&2; exit 1; }
if [ -n "$ref" ]; then
  differ=$(/usr/bin/compare -metric AE -fuzz 8% "$shot" "$ref" null: 2>&1 >/dev/null || true)
  differ=${differ%% *}
  awk -v d="$differ" 'BEGIN { exit !(d + 0 < 1280 * 800 * 0.01) }' ||
    { echo "shows_guide: $shot differs from $ref in $differ pixels (over 1 %)" >&2; exit 1; }
  echo "shows_guide: $colours colours, $differ pixels differ from the build tree's screenshot" >&2
else
  echo "shows_guide: $colours colours, grey spread $spread (no reference to compare with)" >&2
fi
