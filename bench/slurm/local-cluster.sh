#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
# A single-node Slurm cluster on this machine, everything in one folder
# (munge key and socket, slurm.conf, state, logs) and on free ports, so that
# `bench/vlab slurm` can be tried, and tested (bench/tests/cluster-slurm.sh),
# without touching a system Slurm. Needs root (slurmd starts jobs as their
# users) and Debian's slurmctld, slurmd, slurm-client and munge.
#
# usage: bench/slurm/local-cluster.sh start DIR   (prints SLURM_CONF=...)
#        bench/slurm/local-cluster.sh stop DIR
set -euo pipefail
. "$(dirname "$0")/../setup/common.sh"
usage="usage: bench/slurm/local-cluster.sh start|stop DIR"
[ $# -eq 2 ] || vlab_die "$usage"
cmd=$1 dir=$2

# free_port: a TCP port nothing listens on, from the dynamic range.
free_port() {
	local p
	while :; do
		p=$((20000 + RANDOM % 20000))
		ss -Hltn "sport = :$p" | grep -q . || { echo "$p"; return; }
	done
}

stop() {
	local f
	# jobs first: a task's VM would outlive its slurmd
	[ -f "$dir/slurm.conf" ] && SLURM_CONF="$dir/slurm.conf" scancel --user="$(id -un)" 2>/dev/null && sleep 2
	for f in slurmd slurmctld munged; do
		[ -f "$dir/$f.pid" ] && kill "$(cat "$dir/$f.pid")" 2>/dev/null || true
	done
	sleep 1
	for f in slurmd slurmctld munged; do
		[ -f "$dir/$f.pid" ] && kill -9 "$(cat "$dir/$f.pid")" 2>/dev/null || true
		rm -f "$dir/$f.pid"
	done
}

case $cmd in
stop) stop; exit 0 ;;
start) ;;
*) vlab_die "$usage" ;;
esac
[ "$(id -u)" -eq 0 ] || vlab_die "a local Slurm needs root: slurmd starts each job as its user"
for c in munged slurmctld slurmd sinfo; do
	command -v "$c" >/dev/null || vlab_die "$c is not installed (Debian: munge, slurmctld, slurmd, slurm-client; bench/vlab setup installs them)"
done
mkdir -p "$dir/state" "$dir/spool" "$dir/log"
dir=$(cd "$dir" && pwd)
head -c 1024 /dev/urandom >"$dir/munge.key"
chmod 600 "$dir/munge.key"
munged --force --socket="$dir/munge.sock" --key-file="$dir/munge.key" --pid-file="$dir/munged.pid" \
	--log-file="$dir/log/munged.log" --seed-file="$dir/munged.seed"
host=$(hostname -s)
ctld_port=$(free_port)
d_port=$(free_port)
while [ "$d_port" = "$ctld_port" ]; do d_port=$(free_port); done
cat >"$dir/slurm.conf" <<CONF
ClusterName=vlab-local
SlurmctldHost=$host
SlurmctldPort=$ctld_port
SlurmdPort=$d_port
AuthType=auth/munge
AuthInfo=socket=$dir/munge.sock
CredType=cred/munge
SlurmUser=root
SlurmdUser=root
StateSaveLocation=$dir/state
SlurmdSpoolDir=$dir/spool
SlurmctldPidFile=$dir/slurmctld.pid
SlurmdPidFile=$dir/slurmd.pid
SlurmctldLogFile=$dir/log/slurmctld.log
SlurmdLogFile=$dir/log/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU_Memory
ReturnToService=2
MpiDefault=none
JobAcctGatherType=jobacct_gather/none
SchedulerParameters=sched_interval=2
NodeName=$host CPUs=$(nproc) RealMemory=$(awk '/MemTotal/ { print int($2 / 1024) - 512 }' /proc/meminfo) State=UNKNOWN
PartitionName=lab Nodes=ALL Default=YES MaxTime=INFINITE State=UP
CONF
export SLURM_CONF="$dir/slurm.conf"
slurmctld -f "$SLURM_CONF" -i
slurmd -f "$SLURM_CONF"
for _ in $(seq 60); do
	[ "$(sinfo -h -o %T 2>/dev/null)" = idle ] && { echo "SLURM_CONF=$SLURM_CONF"; exit 0; }
	sleep 0.5
done
stop
vlab_die "the local cluster did not come up in 30 s: see $dir/log"
