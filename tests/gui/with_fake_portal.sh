#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Runs a command with a private session bus (dbus-daemon) on which a fake desktop portal answers
# the colour preference (fake_portal.py), then stops both.
#   with_fake_portal.sh COLOR_SCHEME [CONTRAST] -- COMMAND...
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
portal_args=()
while [ $# -gt 0 ] && [ "$1" != "--" ]; do portal_args+=("$1"); shift; done
shift
command -v dbus-daemon >/dev/null || { echo "with_fake_portal: dbus-daemon is missing (package dbus-daemon)" >&2; exit 77; }
/usr/bin/python3 -c 'import dbus, gi' 2>/dev/null || { echo "with_fake_portal: python3-dbus or python3-gi is missing" >&2; exit 77; }
tmp="$(mktemp -d)"
daemon=""
portal=""
cleanup() {
  [ -n "$portal" ] && kill "$portal" 2>/dev/null || true
  [ -n "$daemon" ] && kill "$daemon" 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT
dbus-daemon --session --fork --nopidfile --print-address=1 --print-pid=1 >"$tmp/bus"
DBUS_SESSION_BUS_ADDRESS="$(sed -n 1p "$tmp/bus")"
daemon="$(sed -n 2p "$tmp/bus")"
export DBUS_SESSION_BUS_ADDRESS
mkfifo "$tmp/ready"
/usr/bin/python3 "$here/fake_portal.py" "${portal_args[@]}" >"$tmp/ready" &
portal=$!
read -r -t 10 line <"$tmp/ready" || { echo "with_fake_portal: the fake portal did not start" >&2; exit 1; }
[ "$line" = ready ] || { echo "with_fake_portal: the fake portal said '$line'" >&2; exit 1; }
"$@"
