#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# The bash completion offers the commands, every option each command's --help lists, the track ids
# `handreiking info` gives (of the bundled guide, and of the pack --content names), and only
# folders after --content.
#   tests/packaging/completion.sh BINARY COMPLETION-FILE OTHER-PACK
set -euo pipefail
bin=$1
source "$2"
other=$3
source "$(dirname "$0")/options.sh"
failed=0
# Completes the words given; the last one is the word being typed.
complete_words() {
  COMP_WORDS=("$bin" "$@")
  COMP_CWORD=$#
  COMPREPLY=()
  _handreiking
  printf '%s\n' "${COMPREPLY[@]}" | sort -u
}
expect() {  # expect WHAT WANT GOT
  [ "$2" = "$3" ] || { printf 'completion: %s\n  want: %s\n  got:  %s\n' "$1" "$(echo $2)" "$(echo $3)" >&2; failed=1; }
}

expect "the commands" "$(sort <<<"$commands")" "$(complete_words "")"
for c in "" $commands; do
  want=$( (options_of; if [ -n "$c" ]; then options_of $c; fi) | sort -u)
  # Each option, completed from its first two letters, must be among the offers.
  for o in $want; do
    got=$(complete_words $c "${o:0:3}")
    grep -qxF -- "$o" <<<"$got" || { echo "completion: '$o' not offered after 'handreiking $c ${o:0:3}'" >&2; failed=1; }
  done
done
tracks=$("$bin" info | awk '$1 == "track" { print $2 }' | sort)
[ -n "$tracks" ] || { echo "completion: the bundled guide lists no tracks" >&2; failed=1; }
expect "track ids of the bundled guide" "$tracks" "$(complete_words --track "")"
other_tracks=$("$bin" info "$other" | awk '$1 == "track" { print $2 }' | sort)
expect "track ids of --content $other" "$other_tracks" "$(complete_words walk --content "$other" --track "")"
[ "$tracks" != "$other_tracks" ] || { echo "completion: pick an OTHER-PACK with other tracks" >&2; failed=1; }
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
mkdir "$dir/gids" && touch "$dir/gidsen.txt"
expect "folders only after --content" "$dir/gids" "$(complete_words --content "$dir/gi")"
expect "the formats of graph" "dot svg" "$(complete_words graph --format "" | tr '\n' ' ' | sed 's/ $//')"
expect "the formats" "html ics md" "$(complete_words export r.yaml --format "" | tr '\n' ' ' | sed 's/ $//')"
[ "$failed" -eq 0 ] && echo "completion offers $(wc -w <<<"$commands") commands, the options of each and $(wc -w <<<"$tracks") track ids"
exit "$failed"
