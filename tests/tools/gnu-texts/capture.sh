#!/bin/bash
# Captures the texts the simulator's GNU and busybox tools print, from the real tools of this
# machine (Debian 12: coreutils 9.1, tar 1.34, bash 5.2.15, grep 3.8, sed 4.9, gzip 1.12,
# findutils 4.9.0) and from the busybox binary of the conformance image (BusyBox 1.35.0).
# Run from the worktree root: tests/tools/gnu-texts/capture.sh [busybox-image.tar]
# Output: two resource files of sections, each section opened by a line "@@ NAME" (gnu: TOOL.help,
# TOOL.version; busybox: APPLET). The program name a GNU tool prints (argv[0]) is captured as
# @PROG@ and put back at run time. Captured in the POSIX locale, the one a container starts in.
set -eu
out=$PWD/engine-sim/src/main/resources/dev/kujira/engine/process/busybox
gnu="basename cat chmod chown cp cut date dd df dirname du env false head id ln ls md5sum mkdir mv nproc od
printenv pwd readlink rm rmdir seq sha1sum sha256sum sha512sum sleep sort stat tail tee timeout touch tr true
uname uniq wc whoami yes base64 echo printf test [ grep sed find xargs tar gzip bash"
{
  for t in $gnu; do
    for what in help version; do
      echo "@@ $t.$what"
      (cd /tmp && LC_ALL=C bash -c 'exec -a @PROG@ "$0" --'$what "/usr/bin/$t" </dev/null 2>&1) || true
    done
  done
  # gunzip and zcat are gzip's shell scripts with texts of their own.
  for t in gunzip zcat; do
    for what in help version; do
      echo "@@ $t.$what"
      (cd /tmp && LC_ALL=C bash /usr/bin/$t --$what 2>&1 | sed "s|/usr/bin/$t|@PROG@|") || true
    done
  done
  echo "@@ tar.usage"
  LC_ALL=C tar --usage
} >"$out/gnu-debian12.txt"
# busybox: `APPLET --help` prints the banner line, an empty line and the usage (stderr, status 0).
img=${1:-$PWD/../shared/conformance/busybox-image.tar}
tmp=$(mktemp -d)
tar xf "$img" -C "$tmp"
mkdir "$tmp/root"
for l in "$tmp"/blobs/sha256/*; do tar xf "$l" -C "$tmp/root" 2>/dev/null || true; done
bb="$tmp/root/bin/busybox"
{
  for a in $("$bb" --list); do
    # (the x keeps the trailing empty lines some usages end with, such as timeout's)
    u=$("$bb" "$a" --help </dev/null 2>&1 >/dev/null | tail -n +3; echo x) || true
    u=${u%x}
    if [ -n "$u" ]; then
      echo "@@ $a"
      printf '%s' "$u"
    fi
  done
} >"$out/busybox-1.35.txt"
rm -rf "$tmp"
