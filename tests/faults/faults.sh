#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Fault tests of saving, from the outside: the real binary writes records (`walk --out`, `walk
# --data-dir`, `walk --resume`) and exports (`export -o`) onto a full disk, onto a symbolic link,
# into a read-only folder and into a "folder" that is a regular file. Every refused write must
# exit non-zero with a message naming the file or folder, lose or overwrite nothing, and leave no
# temporary file behind.
#   faults.sh BINARY PACK CASE     CASE: full-disk | symlink | read-only | not-a-folder
# Exits 77 (ctest's SKIP_RETURN_CODE) with a message when the case cannot be set up here: a tmpfs
# needs mount (root), a read-only folder needs a second user (root ignores permissions).
set -uo pipefail
bin=$1
pack=$2
case=$3

work=$(mktemp -d)
mounted=""
cleanup() {
  [ -n "$mounted" ] && umount "$mounted" 2>/dev/null
  chmod -R u+rwx "$work" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

failures=0
fail() {
  echo "FAIL: $*" >&2
  failures=$((failures + 1))
}
skip() {
  echo "SKIPPED: $*"
  exit 77
}

# The commands under test; `as` runs them as another user where the case needs it.
as=()
walk() { "${as[@]}" "$bin" walk --content "$pack" --track gesprek "$@" </dev/null; }
export_md() { "${as[@]}" "$bin" --content "$pack" export "$@"; }

# refused DESCRIPTION NAMED COMMAND...: the command must fail, saying something that names NAMED.
refused() {
  local what=$1 named=$2
  shift 2
  local err rc
  err=$("$@" 2>&1 >/dev/null)
  rc=$?
  if [ $rc -eq 0 ]; then
    fail "$what: exit 0, expected a refusal"
  elif ! grep -qF -- "$named" <<<"$err"; then
    fail "$what: the message does not name $named: $err"
  else
    echo "ok: $what (exit $rc): $err"
  fi
}
# same FILE CHECKSUM: FILE still holds what it held.
same() {
  [ "$(sha256sum <"$1" 2>/dev/null)" = "$2" ] || fail "$1 changed or is gone"
}
sum() { sha256sum <"$1"; }
absent() {
  [ ! -e "$1" ] && [ ! -L "$1" ] || fail "$1 was written"
}
# No temporary file of an atomic write (".NAME.tmp-PID-XXXXXX") anywhere below DIR.
no_tmp() {
  local left
  left=$(find "$1" -name '.*.tmp-*' 2>/dev/null)
  [ -z "$left" ] || fail "temporary files left behind: $left"
}

case "$case" in
full-disk)
  # A 64 KiB tmpfs as the records and export folder, filled to the last block.
  disk="$work/disk"
  mkdir -m 0700 "$disk"
  mount -t tmpfs -o size=64k,mode=0700 tmpfs "$disk" 2>/dev/null || skip "cannot mount a tmpfs here (needs root)"
  mounted="$disk"
  walk --random 1 --out "$disk/r.yaml" >/dev/null || fail "the first record could not be written"
  export_md "$disk/r.yaml" --format md -o "$disk/r.md" || fail "the first export could not be written"
  mkdir -m 0700 "$disk/data"
  r=$(sum "$disk/r.yaml")
  m=$(sum "$disk/r.md")
  dd if=/dev/zero of="$disk/filler" bs=4096 2>/dev/null
  [ "$(df --output=avail "$disk" | tail -1 | tr -d ' ')" -eq 0 ] || fail "the disk is not full"

  refused "walk --out --force over a record on a full disk" "$disk/r.yaml" walk --random 2 --out "$disk/r.yaml" --force
  same "$disk/r.yaml" "$r"
  refused "walk --out a new record on a full disk" "$disk/new.yaml" walk --random 2 --out "$disk/new.yaml"
  absent "$disk/new.yaml"
  refused "walk --data-dir on a full disk" "$disk/data" walk --random 2 --data-dir "$disk/data"
  [ -z "$(ls -A "$disk/data")" ] || fail "walk --data-dir left something in $disk/data: $(ls -A "$disk/data")"
  refused "export -o a new file on a full disk" "$disk/new.md" export_md "$disk/r.yaml" --format md -o "$disk/new.md"
  absent "$disk/new.md"
  refused "export -o --force over an export on a full disk" "$disk/r.md" \
    export_md "$disk/r.yaml" --format html -o "$disk/r.md" --force
  same "$disk/r.md" "$m"
  no_tmp "$disk"
  # With room again, the same commands work: the refusals above were the disk, not the folder.
  rm "$disk/filler"
  walk --random 2 --out "$disk/r.yaml" --force >/dev/null || fail "walk --out failed with room on the disk"
  ;;

symlink)
  # A record path that is a symbolic link, to a file of someone else's and to another record:
  # the app neither writes through the link nor replaces the link itself.
  mkdir -m 0700 "$work/records" "$work/elsewhere"
  printf 'een bestand van iemand anders\n' >"$work/elsewhere/victim.txt"
  walk --random 1 --out "$work/elsewhere/other.yaml" >/dev/null || fail "the other record could not be written"
  v=$(sum "$work/elsewhere/victim.txt")
  o=$(sum "$work/elsewhere/other.yaml")
  ln -s "$work/elsewhere/victim.txt" "$work/records/link.yaml"
  ln -s "$work/elsewhere/other.yaml" "$work/records/other.yaml"
  ln -s "$work/elsewhere/victim.txt" "$work/records/link.md"
  links_intact() {
    for l in link.yaml other.yaml link.md; do
      [ -L "$work/records/$l" ] || fail "$work/records/$l is no longer a symbolic link"
    done
    same "$work/elsewhere/victim.txt" "$v"
    same "$work/elsewhere/other.yaml" "$o"
  }
  refused "walk --out onto a link" "$work/records/link.yaml" walk --random 2 --out "$work/records/link.yaml"
  refused "walk --out --force onto a link to a file" "$work/records/link.yaml" \
    walk --random 2 --out "$work/records/link.yaml" --force
  refused "walk --out --force onto a link to a record" "$work/records/other.yaml" \
    walk --random 2 --out "$work/records/other.yaml" --force
  links_intact
  refused "export -o --force onto a link" "$work/records/link.md" \
    export_md "$work/elsewhere/other.yaml" --format md -o "$work/records/link.md" --force
  links_intact
  # A record in the records folder replaced by a link to a record elsewhere: resuming it would
  # save through or over the link at the first step, so it is refused before the first question.
  resume_link() { "$bin" walk --content "$pack" --resume other --data-dir "$work/records" </dev/null; }
  refused "walk --resume of a record that is a link" "$work/records/other.yaml" resume_link
  links_intact
  no_tmp "$work"
  ;;

read-only)
  # A records folder the user made read-only (0500), written by its owner: root ignores
  # permissions, so the commands run as the user nobody.
  command -v setpriv >/dev/null || skip "setpriv is not installed"
  [ "$(id -u)" -eq 0 ] || skip "needs root to run the commands as another user"
  setpriv --reuid=nobody --regid=nogroup --clear-groups true 2>/dev/null || skip "cannot run as the user nobody here"
  setpriv --reuid=nobody --regid=nogroup --clear-groups test -x "$bin" -a -r "$pack/guide.yaml" ||
    skip "the user nobody cannot run $bin or read $pack"
  chmod 0755 "$work"
  mkdir -m 0700 "$work/home" "$work/ro"
  walk --random 1 --out "$work/ro/r.yaml" >/dev/null || fail "the first record could not be written"
  export_md "$work/ro/r.yaml" --format md -o "$work/ro/r.md" || fail "the first export could not be written"
  chown -R nobody:nogroup "$work/home" "$work/ro"
  chmod 0500 "$work/ro"
  r=$(sum "$work/ro/r.yaml")
  m=$(sum "$work/ro/r.md")
  as=(env HOME="$work/home" XDG_DATA_HOME="$work/home/data" XDG_CONFIG_HOME="$work/home/config"
    setpriv --reuid=nobody --regid=nogroup --clear-groups)
  mode_kept() { [ "$(stat -c %a "$work/ro")" = 500 ] || fail "the app changed the folder's mode to $(stat -c %a "$work/ro")"; }
  refused "walk --out --force over a record in a read-only folder" "$work/ro/r.yaml" \
    walk --random 2 --out "$work/ro/r.yaml" --force
  same "$work/ro/r.yaml" "$r"
  mode_kept
  refused "walk --out a new record in a read-only folder" "$work/ro/new.yaml" walk --random 2 --out "$work/ro/new.yaml"
  absent "$work/ro/new.yaml"
  mode_kept
  refused "walk --data-dir a read-only folder" "$work/ro" walk --random 2 --data-dir "$work/ro"
  mode_kept
  refused "export -o into a read-only folder" "$work/ro/new.md" export_md "$work/ro/r.yaml" --format md -o "$work/ro/new.md"
  absent "$work/ro/new.md"
  refused "export -o --force over an export in a read-only folder" "$work/ro/r.md" \
    export_md "$work/ro/r.yaml" --format html -o "$work/ro/r.md" --force
  same "$work/ro/r.md" "$m"
  mode_kept
  # The conversation in a terminal goes on unsaved by design (exit 0), and says so at once.
  out=$(printf '\n2\nstop\n' | "${as[@]}" "$bin" walk --content "$pack" --track gesprek --interactive --data-dir "$work/ro" 2>&1)
  grep -qF "wordt niet bewaard" <<<"$out" || fail "walk --interactive in a read-only folder does not say it cannot save: $out"
  mode_kept
  [ "$(ls -A "$work/ro" | sort | tr '\n' ' ')" = "r.md r.yaml " ] || fail "files appeared in $work/ro: $(ls -A "$work/ro")"
  ;;

not-a-folder)
  # The records folder, an --out folder and an export folder that are regular files.
  printf 'een bestand\n' >"$work/data"
  f=$(sum "$work/data")
  walk --random 1 --out "$work/r.yaml" >/dev/null || fail "the record could not be written"
  refused "walk --data-dir a file" "$work/data" walk --random 2 --data-dir "$work/data"
  refused "walk --out into a file" "$work/data" walk --random 2 --out "$work/data/r.yaml"
  refused "export -o into a file" "$work/data" export_md "$work/r.yaml" --format md -o "$work/data/r.md"
  # The default records folder ($XDG_DATA_HOME/handreiking/sessions) under a file.
  mkdir -m 0700 "$work/xdg"
  printf 'een bestand\n' >"$work/xdg/handreiking"
  x=$(sum "$work/xdg/handreiking")
  refused "walk with the default records folder under a file" "$work/xdg/handreiking" \
    env XDG_DATA_HOME="$work/xdg" "$bin" walk --content "$pack" --track gesprek --random 2
  same "$work/data" "$f"
  same "$work/xdg/handreiking" "$x"
  no_tmp "$work"
  ;;

*)
  echo "faults.sh: unknown case $case" >&2
  exit 2
  ;;
esac

if [ $failures -gt 0 ]; then
  echo "$case: $failures failure(s)" >&2
  exit 1
fi
echo "$case: all checks passed"
