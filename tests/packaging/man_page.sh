#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# The man page names, in bold as an option, every option `handreiking --help` and each command's
# --help list, and every command; and it has the sections the issue asks for.
#   tests/packaging/man_page.sh BINARY MANPAGE.1
set -euo pipefail
bin=$1
man=$2
source "$(dirname "$0")/options.sh"
roff=$(sed 's/\\-/-/g' "$man")
missing=0
for c in "" $commands; do
  for o in $(options_of $c); do
    grep -qF "\\fB$o\\fR" <<<"$roff" || { echo "man page: no \\fB$o\\fR (an option of 'handreiking $c')" >&2; missing=1; }
  done
done
for c in $commands; do
  grep -qF "\\fB$c\\fR" <<<"$roff" || { echo "man page: no command $c" >&2; missing=1; }
done
for s in SYNOPSIS OPTIONS COMMANDS "EXIT STATUS" ENVIRONMENT FILES; do
  grep -qx "\\.SH $s" <<<"$roff" || { echo "man page: no section $s" >&2; missing=1; }
done
[ "$missing" -eq 0 ] && echo "man page names all $(for c in "" $commands; do options_of $c; done | sort -u | wc -l) options and $(wc -w <<<"$commands") commands"
exit "$missing"
