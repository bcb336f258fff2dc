#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# The views draw only with colour roles (app/ui/palette.h, app/core/theme/roles.h), never with a
# colour of their own or one taken from the palette: then every pair they draw is in the contrast
# test. Fails, naming the lines, when a view under app/ui (style.cpp and palette.h excepted: they
# turn roles into ImGui colours) has a colour literal other than fully transparent, or reaches
# past the roles.
set -euo pipefail
ui="${1:?usage: no_raw_colours.sh APP_UI_DIR}"
found=$(grep -nE 'IM_COL32\(|ImColor\(|ImVec4\(|theme::palette\(|palette::(vec|u32|colours)\(|ColorConvertU32ToFloat4\(palette' \
          "$ui"/*.cpp "$ui"/*.h |
        grep -vE '^[^:]*/(style\.cpp|palette\.h):' |
        grep -vE 'ImVec4\(0, 0, 0, 0\)' || true)
if [ -n "$found" ]; then
  echo "Colours not taken from a role (use palette::fg/bg/fgVec/bgVec with a theme::Role):"
  echo "$found"
  exit 1
fi
echo "no raw colours in the views"
