#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# The install test (script/package --test): the built .deb installed with apt-get into a clean,
# minimal Debian 12 made by debootstrap, and the installed program tried there: --version, check,
# info, its man page, and a screenshot under xvfb-run that must show the guide.
#   tests/packaging/install.sh DEB CACHE-DIR SOURCE-ROOT
# Needs root (chroot, mounts) and debootstrap: without them it says so and exits 0, or 77 (skipped)
# when ctest runs it (HANDREIKING_CTEST=1). CACHE-DIR keeps the debootstrap tarball and apt's
# downloads between runs.
set -euo pipefail
deb=$(realpath -m "$1")
cache=$(realpath -m "$2")
root=$(realpath "$3")
skip() {
  echo "install test skipped: $*" >&2
  if [ -n "${HANDREIKING_CTEST:-}" ]; then exit 77; fi
  exit 0
}
[ "$(id -u)" -eq 0 ] || skip "it needs root (debootstrap, chroot and mounts)"
command -v debootstrap >/dev/null || skip "debootstrap is not installed (apt-get install debootstrap)"
[ -f "$deb" ] || { echo "install test: no package at $deb (run script/package first)" >&2; exit 1; }

start=$(date +%s)
suite=bookworm
mirror=http://deb.debian.org/debian
tarball="$cache/debootstrap-$suite-minbase.tgz"
mkdir -p "$cache/archives/partial"
chroot_dir="$(mktemp -d /tmp/handreiking-install.XXXXXX)"
chmod 755 "$chroot_dir"  # a system's / is; man-db and apt's _apt user need to get in
log="$chroot_dir.log"
mounts=()
cleanup() {
  local m
  for ((i = ${#mounts[@]} - 1; i >= 0; i--)); do umount -l "${mounts[i]}" 2>/dev/null || true; done
  rm -rf --one-file-system "$chroot_dir"
  rm -f "$log"
}
trap cleanup EXIT

# Without the Debian mirror there is nothing to install into: said, and skipped, not passed.
if [ ! -s "$tarball" ] && ! timeout 20 bash -c 'exec 3<>/dev/tcp/deb.debian.org/80' 2>/dev/null; then
  skip "the Debian mirror deb.debian.org cannot be reached, so no Debian 12 can be made"
fi
# A minimal Debian 12. The tarball of its packages is made once, then unpacked each run.
if [ ! -s "$tarball" ]; then
  echo "install test: downloading a minimal Debian 12 once (kept in $tarball)" >&2
  debootstrap --variant=minbase --make-tarball="$tarball.tmp" "$suite" "$chroot_dir/tmp-make" "$mirror" >/dev/null
  mv "$tarball.tmp" "$tarball"
  rm -rf "$chroot_dir/tmp-make"
fi
# Output goes to a log, shown when a step fails.
quiet() { "$@" >>"$log" 2>&1 || { tail -30 "$log" >&2; echo "install test: failed: $*" >&2; exit 1; }; }
quiet debootstrap --variant=minbase --unpack-tarball="$tarball" "$suite" "$chroot_dir" "$mirror"

# The point releases' and security updates too: the package was built against them.
cat >"$chroot_dir/etc/apt/sources.list" <<EOF
deb $mirror $suite main
deb $mirror $suite-updates main
deb http://deb.debian.org/debian-security $suite-security main
EOF
cp /etc/resolv.conf "$chroot_dir/etc/resolv.conf"
bind() {
  mount --bind "$1" "$chroot_dir$2"
  mounts+=("$chroot_dir$2")
}
mount -t proc proc "$chroot_dir/proc" && mounts+=("$chroot_dir/proc")
bind /dev /dev
bind /dev/pts /dev/pts
bind "$cache/archives" /var/cache/apt/archives
# Keep what apt downloads (minbase deletes it after each install otherwise).
rm -f "$chroot_dir/etc/apt/apt.conf.d/docker-clean"
echo 'Binary::apt::APT::Keep-Downloaded-Packages "true";' >"$chroot_dir/etc/apt/apt.conf.d/01keep"
# minbase leaves man pages out (dpkg path-exclude); an ordinary system has them.
rm -f "$chroot_dir/etc/dpkg/dpkg.cfg.d/excludes"

in_chroot() {
  chroot "$chroot_dir" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"
}
cp "$deb" "$chroot_dir/tmp/"
name=$(basename "$deb")
echo "install test: apt-get install ./$name" >&2
quiet in_chroot apt-get update
# man-db for `man -w`, xvfb and xauth for xvfb-run: what an ordinary desktop has and a
# minimal system lacks. Nothing the package itself needs is named here: apt must find that.
quiet in_chroot apt-get install -y --no-install-recommends man-db xvfb xauth
# From the root, so that ./tmp/… is the path apt-get is given, as a user would type it.
quiet in_chroot sh -c "cd / && apt-get install -y --no-install-recommends ./tmp/$name"

fail() { echo "install test FAILED: $*" >&2; exit 1; }
run() { in_chroot env HOME=/tmp/home "$@"; }
mkdir -p "$chroot_dir/tmp/home"

v=$(run handreiking --version) || fail "handreiking --version exited with $?"
echo "$v" >&2
grep -Eq '^handreiking [0-9]+\.[0-9]+\.[0-9]+$' <<<"$(head -1 <<<"$v")" || fail "--version: '$v'"
grep -Eq '^guide ervaringskennis [0-9]' <<<"$v" || fail "--version names no bundled guide: '$v'"

run handreiking check || fail "handreiking check exited with $? on the bundled guide"
info=$(run handreiking info) || fail "handreiking info exited with $?"
grep -q '^track ' <<<"$info" || fail "handreiking info lists no track: '$info'"
grep -q '^pack ervaringskennis ' <<<"$info" || fail "handreiking info: no pack line: '$info'"

page=$(run man -w handreiking) || fail "man -w handreiking found no man page"
[ "$page" = /usr/share/man/man1/handreiking.1.gz ] || fail "man -w handreiking: '$page'"
run man handreiking 2>/dev/null | grep -q -- '--passphrase-file' || fail "the man page does not read"

# The screenshot: the window opens on the installed guide with the installed fonts.
run xvfb-run -a handreiking --screenshot /tmp/home/shot.png --size 1280x800 ||
  fail "xvfb-run -a handreiking --screenshot exited with $?"
shot="$chroot_dir/tmp/home/shot.png"
[ -s "$shot" ] || fail "the screenshot is empty"
# The same screen from the build tree's binary, when there is one, to compare with; else the
# app's own screenshot in packaging/screenshots (also the AppStream one: retake it when the start
# screen changes).
ref="$root/packaging/screenshots/start.png"
if [ -x "$root/build/app/handreiking" ] && command -v xvfb-run >/dev/null; then
  ref="$chroot_dir/tmp/reference.png"
  mkdir -p "$chroot_dir/tmp/refhome"
  HOME="$chroot_dir/tmp/refhome" XDG_CONFIG_HOME= XDG_DATA_HOME= xvfb-run -a "$root/build/app/handreiking" \
    --screenshot "$ref" --size 1280x800 || ref="$root/packaging/screenshots/start.png"
fi
bash "$root/tests/packaging/shows_guide.sh" "$shot" "$ref" || fail "the screenshot does not show the guide"

echo "install test passed in $(($(date +%s) - start)) s" >&2
