#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
# Description: vlab-faults judges a fault run folder from synthetic boots:
# all rows passing (exit 0, the table and faults.json written); a required
# row that fails, a dirty dmesg, a boot with no record, a timeout, a boot
# never run, a record that is not JSON or lacks a field, a guest script's
# non-zero exit each fail the suite (exit 1) naming the case and why; a
# row recorded as it behaves (required false, not passing) does not.
# usage: table-test.sh VLAB_FAULTS
set -u
tool=${1:?usage: table-test.sh VLAB_FAULTS}
fail() { echo "FAIL: $*"; exit 1; }
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT

# rec CASE MODULE [KEY=JSON...]: a record line, fields overridden by KEY=JSON.
rec() {
	local c=$1 m=$2 kv
	shift 2
	declare -A f=([strategy]='"lazy"' [backend]='"vduse-blkd-file"' [pass]=true [required]=true
		[survived]=true [guest_ioerr]=0 [verified]=true [dmesg_clean]=true [recover_ms]=123
		[detail]='"ok"')
	for kv in "$@"; do f[${kv%%=*}]=${kv#*=}; done
	printf 'vlab-fault: {"case":"%s","module":"%s"' "$c" "$m"
	for kv in strategy backend pass required survived guest_ioerr verified dmesg_clean recover_ms detail; do
		printf ',"%s":%s' "$kv" "${f[$kv]}"
	done
	printf '}\r\n'
}
# boot DIR CASE MODULE RC SECONDS [CONSOLE LINES...]: one boot folder.
boot() {
	local d=$1/boots/$2.$3
	mkdir -p "$d"
	echo "$2 $3" >>"$1/boots.list"
	echo "$4 $5" >"$d/status"
	shift 5
	printf '%s\n' "[    1.0] vlab-init: start" "$@" >"$d/console.log"
}
# run DIR: the tool's exit status, its stdout in DIR.out
run() { "$tool" "$1" >"$1.out" 2>&1; echo $?; }

d=$t/good
boot "$d" kill9 ours 0 95.4 "$(rec kill9 ours)" "$(rec kill9 ours backend='"qsd"' required=false pass=false recover_ms=null verified=null)"
boot "$d" fsrt stock 0 40 "$(rec fsrt stock recover_ms=null)"
[ "$(run "$d")" = 0 ] || fail "all passing: $(cat "$d.out")"
grep -q '^| kill9 | ours | lazy | vduse-blkd-file | pass | yes | 0 | yes | yes | 123 | 95 | ok |$' "$d.out" ||
	fail "no kill9 row in the table: $(cat "$d.out")"
grep -q '^| kill9 | ours | lazy | qsd | recorded | yes | 0 | - | yes | - | 95 |' "$d.out" ||
	fail "the recorded qsd row is not shown as recorded: $(cat "$d.out")"
cmp -s <(sed -n '/^|/p' "$d.out") <(sed -n '/^|/p' "$d/faults.md") || fail "faults.md differs from the printed table"
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["pass"] is True and len(d["records"]) == 3 and d["boots"][0]["seconds"] == 95.4' "$d/faults.json" ||
	fail "faults.json: $(cat "$d/faults.json")"
[ -z "$(find "$d" -name '*.tmp*')" ] || fail "temporary files left in $d"

# expect_fail NAME PATTERN: the suite fails, naming PATTERN.
expect_fail() {
	local rc
	rc=$(run "$t/$1")
	[ "$rc" = 1 ] || fail "$1: exit $rc, want 1: $(cat "$t/$1.out")"
	grep -q -- "$2" "$t/$1.out" || fail "$1: no '$2' in: $(cat "$t/$1.out")"
	python3 -c 'import json,sys; assert json.load(open(sys.argv[1]))["pass"] is False' "$t/$1/faults.json" ||
		fail "$1: faults.json says pass"
}
boot "$t/required" sigstop ours 0 50 "$(rec sigstop ours pass=false detail='"hung 30 s"')"
expect_fail required "FAIL sigstop/ours (lazy, vduse-blkd-file): a required row did not pass"
boot "$t/dmesg" devdel stock 0 50 "$(rec devdel stock required=false dmesg_clean=false)"
expect_fail dmesg "FAIL devdel/stock (lazy, vduse-blkd-file): kernel complaints in dmesg"
boot "$t/norec" reload ours 0 50 "vlab-guest: something else"
expect_fail norec "FAIL reload/ours: no record"
boot "$t/timeout" kill9 stock 92 600 "$(rec kill9 stock)"
expect_fail timeout "FAIL kill9/stock: timeout"
boot "$t/panic" kill9 stock 91 60
expect_fail panic "FAIL kill9/stock: panic"
boot "$t/notrun" kill9 ours 0 60 "$(rec kill9 ours)"
echo "fsrt ours" >>"$t/notrun/boots.list"
expect_fail notrun "FAIL fsrt/ours: not run"
boot "$t/badjson" destroy ours 0 60 'vlab-fault: {"case":"destroy","module":"ours",'
expect_fail badjson "FAIL destroy/ours .*: a record that is not JSON"
boot "$t/nofield" destroy ours 0 60 "$(rec destroy ours | sed 's/,"survived":true//')"
expect_fail nofield 'no "survived"'
boot "$t/badtype" destroy ours 0 60 "$(rec destroy ours guest_ioerr='"3"')"
expect_fail badtype '"guest_ioerr" is a string, not a int'
boot "$t/other" destroy ours 0 60 "$(rec kill9 ours)"
expect_fail other "a record of kill9/ours in the boot of destroy/ours"
boot "$t/exit" fsrt ours 1 60 "$(rec fsrt ours)"
expect_fail exit "FAIL fsrt/ours: the guest script exited 1"

rc=$("$tool" "$t/nowhere" >/dev/null 2>&1; echo $?)
[ "$rc" = 2 ] || fail "a missing folder: exit $rc, want 2"
mkdir "$t/empty"
rc=$("$tool" "$t/empty" >/dev/null 2>&1; echo $?)
[ "$rc" = 2 ] || fail "a folder without boots.list: exit $rc, want 2"
echo "PASS: vlab-faults judged 13 synthetic runs"
