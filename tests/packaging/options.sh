# SPDX-License-Identifier: EUPL-1.2
# Sourced by the man page and completion tests: the commands and options the binary's CLI11
# definitions know, read from its --help (so a new option is seen without editing a list).
# Sets `commands` (the subcommands) and prints nothing; `options_of [COMMAND]` prints one option a
# line (-h, --help, --content, ...).
commands=$("$bin" --help | sed -n '/^Subcommands:/,/^$/p' | awk 'NR > 1 && NF { print $1 }')
[ -n "$commands" ] || { echo "no subcommands in '$bin --help'" >&2; exit 1; }
options_of() {
  "$bin" "$@" --help | sed -n '/^Options:/,/^$/p' | grep -oE '^ +-[-a-zA-Z0-9,]+' |
    tr -d ' ' | tr ',' '\n' | grep -E '^-' | sort -u
}
