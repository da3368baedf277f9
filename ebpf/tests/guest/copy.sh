# SPDX-License-Identifier: GPL-2.0-only
# shellcheck shell=dash # busybox ash in the lab VM; dash is the nearest dialect shellcheck knows
# Description: vduse-copy on one driver (ARGS: stock|ours [probe]) around a
# 3 s fio random-read run: exit 0 at SIGTERM with one JSON line; at least one
# from_dev bounce of at least 4 KiB per fio I/O, to_dev bounces (the request
# headers) seen, and times recorded for every bouncing call.
drv=$1 probe=${2:-auto}
kmsg_mark "ebpf $ETEST $drv"
setup_disk "$drv"
tool_start /tmp/copy.json /tmp/copy.err vduse-copy -j -p "$probe" || fail "vduse-copy did not start"
log "$(cat /tmp/copy.err)"
run_fio copy /tmp/fio.json --iodepth=4 --runtime=3 --time_based
sleep 1
tool_stop || fail "vduse-copy exited with $?"
teardown_disk
sed 's/"buckets":\[[][0-9.,[]*\]//g' /tmp/copy.json
[ "$(wc -l </tmp/copy.json)" -eq 1 ] || fail "expected one JSON line"
ios=$(json_num /tmp/fio.json total_ios)
one=$(tr -d '\n' </tmp/copy.json)
from=$(echo "$one" | grep -o '"from_dev":{"calls":[0-9]*,"bytes":[0-9]*')
to=$(echo "$one" | grep -o '"to_dev":{"calls":[0-9]*,"bytes":[0-9]*')
from_calls=$(echo "$from" | sed 's/.*"calls":\([0-9]*\).*/\1/')
from_bytes=$(echo "$from" | sed 's/.*"bytes"://')
to_calls=$(echo "$to" | sed 's/.*"calls":\([0-9]*\).*/\1/')
times=$(echo "$one" | grep -o '"time_us":{"count":[0-9]*' | cut -d: -f3 | awk '{ s += $1 } END { print s + 0 }')
log "fio ios=$ios; from_dev calls=$from_calls bytes=$from_bytes; to_dev calls=$to_calls; timed=$times"
[ -n "$ios" ] && [ "$ios" -gt 0 ] || fail "fio did no I/O"
[ "$from_calls" -ge "$ios" ] || fail "fewer from_dev bounces ($from_calls) than I/Os ($ios)"
[ "$from_bytes" -ge $((ios * 4096)) ] || fail "less than 4 KiB bounced back per I/O"
[ "$to_calls" -gt 0 ] || fail "no to_dev bounce (request headers)"
[ "$times" -gt 0 ] || fail "no copy times"
grep -q "\"probes\":\"$probe\"" /tmp/copy.json || [ "$probe" = auto ] || fail "not using $probe hooks"
bad=$(dmesg_bad "ebpf $ETEST $drv") || fail "kernel complaint in dmesg: $(echo "$bad" | head -n 3)"
log "PASS $ETEST"
