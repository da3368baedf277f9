#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
# The fault suite's runner (bench/vlab faults; the ctest fault.NAME.MODULE
# tests call it for one case and module): one lab VM boot per (case,
# module) of bench/faults/cases.def, the case's guest script run as the
# job, then vlab-faults judges what the boots printed. Builds nothing:
# bench/vlab faults builds first.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/../setup/common.sh"
cases_def=$here/cases.def

usage() {
	cat <<'USAGE'
USAGE: bench/vlab faults [--case NAME[,NAME]...] [--module stock|ours] [--kernel lab|debug]
                         [--seed N] [--out DIR] [--list]

Boots the lab VM once per (case, module) of bench/faults/cases.def, runs
the case's guest script (bench/faults/guest/NAME.sh, fio with crc32c verify
under the fault, dmesg scanned) and collects its `vlab-fault:` records;
then vlab-faults prints the table (fault x module x strategy x backend ->
survived, guest I/O errors, data verified, dmesg clean, time to recover,
boot time) and writes DIR/faults.md and DIR/faults.json.

  --case NAME,...  only these cases (default: all; --list names them)
  --module M       only module M, stock or ours (default: each case's own)
  --kernel K       the guest kernel: lab or debug (default: VLAB_KERNEL,
                   which bench/vlab test --kernel sets, else lab)
  --seed N         FAULT_SEED for the guest scripts (default: the time)
  --out DIR        the run folder (default <build>/faults/<UTC time>)
  --list           print the cases and exit

Exit status: 0 every boot printed its records and every required row
passed with a clean dmesg; 1 a lost or corrupted block, a hang (timeout),
a panic, a missing record or a kernel warning (vlab-faults names each);
2 bad usage. Each boot's console stays in DIR/boots/CASE.MODULE/.

EXAMPLES:
  bench/vlab faults
  bench/vlab faults --case kill9,sigstop --module ours
  bench/vlab faults --kernel debug --out /tmp/faults-debug
USAGE
}
bad_arg() { printf 'vlab faults: %s (see --help)\n' "$*" >&2; exit 2; }

# cases: the rows of cases.def, comments and blank lines dropped.
cases() { sed -e 's/#.*//' "$cases_def" | awk 'NF'; }

want='' module='' kernel=${VLAB_KERNEL:-lab} seed='' out='' list=0
while [ $# -gt 0 ]; do
	case $1 in
	--case) want=${2:-}; shift 2 || bad_arg "--case needs a value" ;;
	--module) module=${2:-}; shift 2 || bad_arg "--module needs a value" ;;
	--kernel) kernel=${2:-}; shift 2 || bad_arg "--kernel needs a value" ;;
	--seed) seed=${2:-}; shift 2 || bad_arg "--seed needs a value" ;;
	--out) out=${2:-}; shift 2 || bad_arg "--out needs a value" ;;
	--list) list=1; shift ;;
	-h | --help) usage; exit 0 ;;
	*) bad_arg "unknown option '$1'" ;;
	esac
done
names=$(cases | awk '{ print $1 }' | tr '\n' ' ')
case $module in '' | stock | ours) ;; *) bad_arg "--module '$module' is not one of: stock, ours" ;; esac
case " $VLAB_KERNEL_FLAVOURS " in *" $kernel "*) ;; *) bad_arg "--kernel '$kernel' is not one of: ${VLAB_KERNEL_FLAVOURS// /, }" ;; esac
[ -z "$seed" ] || [[ $seed =~ ^[0-9]+$ ]] || bad_arg "--seed '$seed' is not a whole number"
seed=${seed:-$(date +%s)}
for n in ${want//,/ }; do
	case " $names" in *" $n "*) ;; *) bad_arg "--case '$n' is not a case of cases.def (${names% })" ;; esac
done

# the boots: "NAME MODULE TIMEOUT" in cases.def's order
boots=$(cases | while read -r name mods limit _; do
	[ -z "$want" ] || case ",$want," in *",$name,"*) ;; *) continue ;; esac
	for m in ${mods//,/ }; do
		[ -z "$module" ] || [ "$m" = "$module" ] || continue
		echo "$name $m $limit"
	done
done)
[ -n "$boots" ] || bad_arg "no case of '${want:-all}' runs on module '$module'"
# bench/vlab faults asks before it builds: bad options cost no build
[ "${VLAB_FAULTS_ARGS_ONLY:-0}" = 1 ] && exit 0
if [ $list -eq 1 ]; then
	cases | awk '{ d = $0; sub(/^[^ ]+ +[^ ]+ +[^ ]+ +[^ ]+ +/, "", d); printf "%-9s %-11s %4ss  ci=%-3s %s\n", $1, $2, $3, $4, d }'
	exit 0
fi

out=${out:-${VLAB_BUILD:?}/faults/$(date -u +%Y%m%dT%H%M%SZ)}
mkdir -p "$out/boots" || vlab_die "cannot create $out"
: >"$out/boots.list"
# A test, not a benchmark: all vCPUs on one host thread under TCG, as
# bench/vlab test runs the vm tests (bench/vm/boot.sh says why).
export VLAB_TCG_THREAD=${VLAB_TCG_THREAD:-single}
vlab_log "fault suite: $(echo "$boots" | wc -l) boot(s), kernel $kernel, seed $seed, folder $out"
while read -r name m limit; do
	echo "$name $m" >>"$out/boots.list"
	b=$out/boots/$name.$m job=$(mktemp -d)
	mkdir -p "$job/faults" "$b"
	cp "$here"/guest/*.sh "$here/../../kernel/knobs.def" "$job/faults/"
	# FAULT_SECONDS: half the boot's limit, for cases that loop on time;
	# FAULT_KERNEL: the flavour, for cases that repeat less on debug
	printf '#!/bin/sh\nexport FAULT_CASE=%s MODULE=%s FAULT_SEED=%s FAULT_SECONDS=%s FAULT_KERNEL=%s\nexec sh /job/faults/%s.sh\n' \
		"$name" "$m" "$seed" $((limit / 2)) "$kernel" "$name" >"$job/run"
	chmod +x "$job/run"
	vlab_log "fault $name on $m: booting (limit ${limit}s)"
	start=$(date +%s.%N)
	VLAB_KERNEL=$kernel "$here/../vm/boot.sh" --job "$job" --out "$b" --timeout "$limit" >"$b/boot.log" 2>&1
	rc=$?
	secs=$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }')
	echo "$rc $secs" >"$b/status"
	rm -rf "$job"
	vlab_log "fault $name on $m: exit $rc after ${secs}s; $(grep -c 'vlab-fault: ' "$b/console.log" 2>/dev/null) record(s)"
done <<<"$boots"
"${VLAB_BUILD:?}/bench/src/vlab-faults" "$out"
