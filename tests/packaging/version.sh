#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# `handreiking --version` prints `handreiking` and CMake's project version, then the bundled
# guide's id and version as its guide.yaml says them; exit 0.
#   tests/packaging/version.sh BINARY PROJECT-VERSION GUIDE-YAML
set -euo pipefail
bin=$1
want_version=$2
guide=$3
id=$(sed -n 's/^id: *//p' "$guide")
version=$(sed -n 's/^version: *//p' "$guide" | tr -d '"')
got=$("$bin" --version)
want=$(printf 'handreiking %s\nguide %s %s' "$want_version" "$id" "$version")
[ "$got" = "$want" ] || { printf 'version: got\n%s\nwant\n%s\n' "$got" "$want" >&2; exit 1; }
echo "version: $(tr '\n' ' ' <<<"$got")"
