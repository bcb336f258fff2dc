# SPDX-License-Identifier: EUPL-1.2
# Shared by the window tests (sourced): the binary and pack from the command line, a private
# home in a temporary folder that goes when the test ends (and the app with it), the records
# folder, and a key press that leaves the app time to draw its frames.
# Usage in a test: source "$(dirname "$0")/common.sh" "$@"
set -euo pipefail
bin=$1
pack=$2
work=$(mktemp -d)
trap 'kill -9 $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
export HOME=$work XDG_DATA_HOME= XDG_DOCUMENTS_DIR= XDG_CONFIG_HOME=
# The window follows the desktop's language and colour preference when the settings choose none:
# these tests drive the Dutch window in the light theme, whatever the machine's locale or portal.
unset LC_ALL LC_MESSAGES DBUS_SESSION_BUS_ADDRESS
export LANG=C.UTF-8 XDG_STATE_HOME=$work/state XDG_RUNTIME_DIR=$work
data=$work/data
k() { xdotool key --clearmodifiers "$@"; sleep "${KEY_PAUSE:-0.25}"; }
# Gives the window the keyboard by clicking on its top edge (over no button), retried: under load
# `xdotool windowfocus` races the X server (BadMatch) and a click does not.
focus_window() {
  for try in 1 2 3 4 5; do
    xdotool mousemove --window "$1" 550 3 click 1 2>/dev/null && break
    sleep 0.5
  done
  sleep 0.5
}
