#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# The floors of app/core, checked from the #include lines: an include may point to its own floor
# or one below, never up. util <- yaml <- {content, i18n, settings, markdown, theme} <- session.
# Also: the core includes no ImGui, GLFW or OpenGL, and no public header of the core includes
# yaml-cpp or cmark (they are linked PRIVATE). Prints every offending line; exits 1 if any.
#   tests/layering.sh [SOURCE_DIR]
set -uo pipefail
root="${1:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}"
core="$root/app/core"
[ -d "$core" ] || { echo "layering: no $core" >&2; exit 2; }

floor() {
  case "$1" in
    util) echo 0 ;;
    yaml) echo 1 ;;
    content | i18n | settings | markdown | theme) echo 2 ;;
    session) echo 3 ;;
    *) echo 9 ;;  # cli/, ui/, or a folder that has no floor yet: above the core
  esac
}

bad=0
complain() { echo "layering: $1"; bad=1; }

while IFS= read -r file; do
  rel="${file#"$core"/}"
  own="${rel%%/*}"
  [ "$own" = "$rel" ] && continue  # CMakeLists.txt and the like
  ownFloor=$(floor "$own")
  [ "$ownFloor" = 9 ] && complain "$rel: app/core/$own/ has no floor in tests/layering.sh"
  lineno=0
  while IFS= read -r line; do
    lineno=$((lineno + 1))
    [[ "$line" =~ ^[[:space:]]*#[[:space:]]*include[[:space:]]*([\"\<])([^\"\>]+) ]] || continue
    target="${BASH_REMATCH[2]}"
    case "$target" in
      imgui* | */imgui* | GLFW/* | GL/* | *glfw* | *opengl*)
        complain "$rel:$lineno: the core includes $target (no ImGui, GLFW or GL in app/core)"; continue ;;
    esac
    if [[ "$rel" == *.h && ( "$target" == yaml-cpp/* || "$target" == cmark.h ) ]]; then
      complain "$rel:$lineno: a public header includes <$target> (keep it in the .cpp)"; continue
    fi
    [ "${BASH_REMATCH[1]}" = '"' ] || continue
    dir="${target%%/*}"
    [ "$dir" = "$target" ] && continue  # a file next to it
    toFloor=$(floor "$dir")
    if [ "$toFloor" -gt "$ownFloor" ]; then
      complain "$rel:$lineno: includes \"$target\": $own/ may not look up to $dir/"
    fi
  done < "$file"
done < <(find "$core" -type f \( -name '*.h' -o -name '*.cpp' \) | sort)

[ "$bad" = 0 ] && echo "layering: app/core includes run downwards only"
exit "$bad"
