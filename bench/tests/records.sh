#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
# Description: the host side of the guest-to-host channel
# (bench/vm/unpack-records.sh) extracts good records whole, and refuses,
# with exit 93 and the record's name, any record cut short, corrupted or
# announced by a malformed control line, without extracting it.
. "$(dirname "$0")/lib.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
unpack="$BENCH/vm/unpack-records.sh"
img="$tmp/out.img"
truncate -s 8M "$img"
# add_record NAME OFFSET_MIB: tar a folder into the image as the guest does.
add_record() {
	mkdir -p "$tmp/src/$1"
	head -c 3000 /dev/urandom >"$tmp/src/$1/data"
	echo "$1" >"$tmp/src/$1/name"
	local t="$tmp/${1//\//_}.tar"
	tar -cf "$t" -C "$tmp/src/$1" .
	dd if="$t" of="$img" bs=1M seek="$2" conv=notrunc status=none
	echo "REC $1 $2 $(stat -c %s "$t") $(sha256sum "$t" | cut -d' ' -f1)"
}
{
	add_record points/a 0
	add_record points/b 1
} >"$tmp/ctl"
"$unpack" "$tmp/ctl" "$img" "$tmp/dest" || fail "good records refused"
cmp -s "$tmp/src/points/a/data" "$tmp/dest/points/a/data" || fail "record a differs"
cmp -s "$tmp/src/points/b/data" "$tmp/dest/points/b/data" || fail "record b differs"

# Corrupt b on the disk: a must still land, b must not.
printf 'X' | dd of="$img" bs=1 seek=$((1048576 + 700)) conv=notrunc status=none
rm -rf "$tmp/dest"
"$unpack" "$tmp/ctl" "$img" "$tmp/dest" 2>"$tmp/err"
rc=$?
[ $rc -eq 93 ] || fail "corrupt record: exit $rc, expected 93"
grep -q "points/b" "$tmp/err" || fail "error does not name the record: $(cat "$tmp/err")"
[ -d "$tmp/dest/points/a" ] || fail "the good record was not extracted"
[ ! -e "$tmp/dest/points/b" ] && [ ! -e "$tmp/dest/points/b.tmp" ] || fail "the corrupt record was extracted"

# Announced longer than what was written (a guest that died mid-write), a
# name that escapes the destination, and a line that is not a record.
read -r _ name off n sum < <(add_record points/c 2)
echo "REC $name $off $((n + 4096)) $sum" >"$tmp/ctl2"
echo "REC ../escape 0 10 $(printf '%064d' 0)" >>"$tmp/ctl2"
echo "REC points/d 0 notanumber abc" >>"$tmp/ctl2"
"$unpack" "$tmp/ctl2" "$img" "$tmp/dest2" 2>"$tmp/err2"
rc=$?
[ $rc -eq 93 ] || fail "damaged control lines: exit $rc, expected 93"
[ "$(grep -c damaged "$tmp/err2")" -eq 3 ] || fail "not every bad line reported: $(cat "$tmp/err2")"
[ -z "$(ls -A "$tmp/dest2" 2>/dev/null)" ] || fail "something was extracted from bad lines"
echo "PASS: records verified"
