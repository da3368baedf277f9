# SPDX-License-Identifier: GPL-2.0-only
# Guest agent: run every benchmark point of /job/plan in its order, one at a
# time, each from a clean state (module loaded, backend started, device
# attached; everything torn down after), and ship each point's folder to the
# host as soon as it is done. A failed point is recorded and shipped with its
# logs; the run goes on.
. /job/guest/lib.sh

PLAN=/job/plan

# run_point PDIR: one point, its results in PDIR, its verdict in $status.
# (Not run in a subshell: the backend's pid must survive for teardown.)
run_point() {
	local pdir=$1 dev why
	status="failed: cannot load driver $VLAB_DRIVER"
	vduse_load "$VLAB_DRIVER" || return
	vduse_identity >"$pdir/module"
	status="failed: backend $VLAB_BACKEND did not start"
	backend_start "$VLAB_BACKEND" vduse0 "$pdir/backend.log" || return
	status="failed: vdpa dev add"
	dev=$(vdpa_add vduse0) || return
	timeout $((VLAB_RUNTIME + VLAB_RAMP + 60)) fio --name="$VLAB_ID" --filename="$dev" \
		--direct=1 --ioengine=io_uring --rw="$VLAB_RW" --bs="$VLAB_BS" \
		--iodepth="$VLAB_IODEPTH" --numjobs="$VLAB_NUMJOBS" --runtime="$VLAB_RUNTIME" \
		--ramp_time="$VLAB_RAMP" --time_based --group_reporting --eta=never \
		--output-format=json --output="$pdir/fio.json" </dev/null >"$pdir/fio.log" 2>&1
	why=$?
	status=ok
	[ $why -eq 0 ] || status="failed: fio exit status $why"
}

# teardown: detach, stop the backend, unload; a failure here fails the point.
teardown() {
	local why=
	[ -d /sys/bus/vdpa/devices/vduse0 ] && { vdpa_del vduse0 || why="vdpa dev del failed"; }
	backend_stop
	vduse_unload || why="${why:+$why; }rmmod vduse failed"
	[ -z "$why" ] || [ "$status" != ok ] || status="failed: $why"
}

n=0 failed=0
total=$(wc -l <"$PLAN/order")
while read -r id; do
	n=$((n + 1))
	pdir=/tmp/points/$id
	mkdir -p "$pdir"
	cp "$PLAN/points/$id/params.json" "$pdir/"
	. "$PLAN/points/$id/point.env"
	log "point $n/$total $id"
	kmsg_mark "point $id"
	run_point "$pdir"
	teardown
	bad=$(dmesg_bad "point $id") || { [ "$status" = ok ] && status="failed: kernel complaint: $(echo "$bad" | head -n 1)"; }
	dmesg | awk -v m="vlab-mark: point $id" 'index($0, m) { on = 1 } on' >"$pdir/dmesg.txt"
	echo "$status" >"$pdir/status"
	[ "$status" = ok ] || { failed=$((failed + 1)); log "point $id: $status"; }
	ship "points/$id" "$pdir" || { log "cannot ship point $id"; exit 1; }
	rm -rf "$pdir"
done <"$PLAN/order"

mkdir -p /tmp/guest
uname -r >/tmp/guest/kernel
fio --version >/tmp/guest/fio-version
qemu-storage-daemon --version | head -n 1 >/tmp/guest/qsd-version
dmesg >/tmp/guest/dmesg.txt
ship guest /tmp/guest
log "$n points, $failed failed"
[ $failed -eq 0 ]
