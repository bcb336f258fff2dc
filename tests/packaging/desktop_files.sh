#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# The launcher and the AppStream metadata as the desktop's own validators see them
# (desktop-file-validate; appstreamcli validate --strict --no-net), and that they agree on the app
# id: the desktop file is named after it, StartupWMClass and Icon are it, and the metainfo's id and
# launchable name it. Exits 77 (skipped) when a validator is not installed.
#   tests/packaging/desktop_files.sh desktop|appstream PACKAGING-DIR APP-ID
set -euo pipefail
what=$1
dir=$2
id=$3
desktop=$dir/$id.desktop
metainfo=$dir/$id.metainfo.xml
fail() { echo "$what: $*" >&2; exit 1; }
case $what in
  desktop)
    command -v desktop-file-validate >/dev/null || { echo "skipped: desktop-file-validate not installed (desktop-file-utils)"; exit 77; }
    [ -f "$desktop" ] || fail "no $desktop"
    out=$(desktop-file-validate "$desktop" 2>&1) || fail "desktop-file-validate: $out"
    [ -z "$out" ] || fail "desktop-file-validate has remarks: $out"
    grep -qx "StartupWMClass=$id" "$desktop" || fail "StartupWMClass is not $id"
    grep -qx "Icon=$id" "$desktop" || fail "Icon is not $id"
    main=$(sed -n 's/^Categories=//p' "$desktop" | tr ';' '\n' |
      grep -cxE 'AudioVideo|Audio|Video|Development|Education|Game|Graphics|Network|Office|Science|Settings|System|Utility' || true)
    [ "$main" -eq 1 ] || fail "$main main categories (want one)"
    ;;
  appstream)
    command -v appstreamcli >/dev/null || { echo "skipped: appstreamcli not installed (appstream)"; exit 77; }
    out=$(appstreamcli validate --strict --no-net "$metainfo" 2>&1) || fail "appstreamcli: $out"
    grep -qF "<id>$id</id>" "$metainfo" || fail "the metainfo's id is not $id"
    grep -qF "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$metainfo" || fail "the launchable is not $id.desktop"
    for tag in project_license metadata_license developer_name url content_rating releases screenshots; do
      grep -q "<$tag" "$metainfo" || fail "no <$tag> in the metainfo"
    done
    ;;
esac
echo "$what: clean"
