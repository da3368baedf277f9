#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
# Description: `bench/vlab publish RUN` copies a finished run into results/:
# what readers open (manifest, sweep, plan.json, CSVs, REPORT.md, report.html,
# charts) stays as it is, the raw data (points, per-point plan copies,
# consoles) goes into one points.tar.xz whose SHA-256 the manifest names, no
# empty file is left, the run is let through .gitignore and gains one index
# line; a second publish of the same run and a run without a report are
# refused. `bench/vlab report` on the published run unpacks it, checks the
# hash, reproduces REPORT.md byte for byte and leaves the folder packed; a
# tarball that does not match the manifest is refused. Refused too, each
# saying what to do: a run from a modified tree without its source.diff or
# with another one than the manifest names; a run with failed points, unless
# --allow-failed, which the manifest then records (published.allow_failed,
# published.failed_points); a run with perf = on over two backend types
# whose REPORT.md lacks report_perf_caveat() word for word.
. "$(dirname "$0")/lib.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
bin="${VLAB_BUILD:?}/bench/src"
[ -x "$bin/vlab-report" ] || skip "the C tools are not built"
command -v gnuplot >/dev/null || skip "gnuplot is not installed (vlab-report draws with it)"
root="$tmp/root"
mkdir -p "$root/results"
printf '/results/*\n!/results/README.md\n' >"$root/.gitignore"
printf '| run | accelerator | clock | what |\n| --- | --- | --- | --- |\n' >"$root/results/README.md"

# a real run of four points: planned, fio's JSON from a fixture, summarised, reported
run="$tmp/20260101T000000Z-tiny"
mkdir -p "$run/points" "$run/vm/boot-1"
printf '[sweep]\nquestion = Does it work?\nname = tiny\ndescription = a tiny test sweep\nrepetitions = 2\nseed = 3\n[driver stock]\nmodule = stock\n[driver ours]\nmodule = ours\n[backend null]\ntype = qsd-null\n[workload w]\nrw = randread\nbs = 4k\niodepth = 1\n[headline h]\nmetric = iops\n' >"$run/sweep.conf"
"$bin/vlab-plan" --sweep "$run/sweep.conf" --out "$run/plan" 2>/dev/null || fail "vlab-plan"
while read -r id; do
	mkdir "$run/points/$id"
	cp "$run/plan/points/$id/params.json" "$run/points/$id/"
	cp "$BENCH/src/tests/data/fio-randread.json" "$run/points/$id/fio.json"
	echo ok >"$run/points/$id/status"
	: >"$run/points/$id/fio.log" # empty raw files stay inside the tarball
done <"$run/plan/order"
"$bin/vlab-manifest" --out "$run/manifest.json" name=tiny accelerator=tcg clock.name=icount \
	clock.label="icount (test)" guest_kernel=test created_utc=2026-01-01T00:00:00Z
head -c 200000 /dev/zero >"$run/vm/boot-1/console.log"
"$bin/vlab-summarize" "$run" >/dev/null 2>&1 && "$bin/vlab-report" "$run" >/dev/null 2>&1 ||
	fail "summarize/report of the test run"
: >"$run/.lock"

VLAB_ROOT="$root" "$BENCH/publish.sh" "$run" || fail "publish exited $?"
dest="$root/results/$(basename "$run")"
[ -f "$dest/points.tar.xz" ] || fail "no points.tar.xz"
for d in points vm plan/points plan/order; do [ ! -e "$dest/$d" ] || fail "$d left outside the tarball"; done
for f in REPORT.md report.html summary.csv aggregate.csv manifest.json sweep.conf plan/plan.json chart.png; do
	cmp -s "$run/$f" "$dest/$f" || [ "$f" = manifest.json ] || fail "$f not kept as it was"
done
[ -z "$(find "$dest" -type f -empty)" ] || fail "empty files published: $(find "$dest" -type f -empty)"
[ "$("$bin/vlab-manifest" --get raw.sha256 "$dest/manifest.json")" = "$(sha256sum "$dest/points.tar.xz" | cut -d' ' -f1)" ] ||
	fail "the manifest's raw.sha256 is not the tarball's"
tar -tJf "$dest/points.tar.xz" | grep -q 'fio.json$' || fail "the tarball lacks the points' fio.json"
[ ! -e "$dest/.lock" ] || fail "the lock file was published"
grep -qxF "!/results/$(basename "$run")/" "$root/.gitignore" || fail ".gitignore does not let the run through"
# the index is rewritten from the runs (vlab-index): this one's row, with its question and headline
grep -qF "[$(basename "$run")]($(basename "$run")/REPORT.md) | icount (tcg) | Does it work? | **h**: iops of each driver against the baseline driver stock, 1 cell: 1.000 [1.000, 1.000] (ours/null, randread 4k QD 1, 1 job) | 4 |" \
	"$root/results/README.md" || fail "no index line: $(cat "$root/results/README.md")"
"$bin/vlab-index" --check "$root/results" || fail "the published index is not what vlab-index gives"
[ -f "$run/points/$(head -n 1 "$run/plan/order")/fio.json" ] || fail "the source run was changed"

# the report is reproduced from the tarball, and the folder stays packed
"$VLAB" report "$dest" >"$tmp/report.log" 2>&1 || fail "report of the published run: $(cat "$tmp/report.log")"
cmp -s "$run/REPORT.md" "$dest/REPORT.md" || fail "REPORT.md not reproduced: $(diff "$run/REPORT.md" "$dest/REPORT.md" | head)"
[ ! -e "$dest/points" ] && [ ! -e "$dest/plan/points" ] && [ -f "$dest/plan/plan.json" ] ||
	fail "report left the raw data unpacked or lost plan.json"
printf 'x' >>"$dest/points.tar.xz"
out=$("$VLAB" report "$dest" 2>&1) && fail "report of a damaged tarball succeeded"
grep -q 'does not match the manifest' <<<"$out" || fail "damaged tarball: $out"

out=$(VLAB_ROOT="$root" "$BENCH/publish.sh" "$run" 2>&1) && fail "a second publish succeeded"
grep -q 'exists already' <<<"$out" || fail "second publish: $out"
[ "$(grep -c "$(basename "$run")" "$root/results/README.md")" -eq 1 ] || fail "index line duplicated"

rm "$run/REPORT.md"
mv "$run" "$tmp/other-run"
out=$(VLAB_ROOT="$root" "$BENCH/publish.sh" "$tmp/other-run" 2>&1) && fail "a run without REPORT.md was published"
grep -q 'no REPORT.md' <<<"$out" || fail "no reason given: $out"

# make_run DIR SWEEP: a reported run of the sweep file SWEEP, every point ok
# with the fixture's fio JSON, from a clean tree.
make_run() {
	local id
	mkdir -p "$1/points"
	cp "$2" "$1/sweep.conf"
	"$bin/vlab-plan" --sweep "$1/sweep.conf" --out "$1/plan" 2>/dev/null || fail "vlab-plan of $1"
	while read -r id; do
		mkdir "$1/points/$id"
		cp "$1/plan/points/$id/params.json" "$1/points/$id/"
		cp "$BENCH/src/tests/data/fio-randread.json" "$1/points/$id/fio.json"
		echo ok >"$1/points/$id/status"
	done <"$1/plan/order"
	"$bin/vlab-manifest" --out "$1/manifest.json" name=tiny accelerator=tcg clock.name=icount \
		clock.label="icount (test)" guest_kernel=test created_utc=2026-01-01T00:00:00Z \
		suite.revision=abc suite.dirty:=false
	report "$1"
}
report() {
	"$bin/vlab-summarize" "$1" >/dev/null 2>&1 # exits 1 when a point failed
	"$bin/vlab-report" "$1" >/dev/null 2>&1 || fail "report of $1"
}
publish() { VLAB_ROOT="$root" "$BENCH/publish.sh" "$@"; }
# refused SAYS ARGS...: publish ARGS fails, says SAYS, and publishes nothing.
refused() {
	local want=$1 out
	shift
	out=$(publish "$@" 2>&1) && fail "publish $* succeeded; expected a refusal saying '$want'"
	grep -qF -- "$want" <<<"$out" || fail "publish $* refused without saying '$want': $out"
	[ ! -e "$root/results/$(basename "${*: -1}")" ] || fail "publish $* left results/$(basename "${*: -1}")"
}
published() { "$bin/vlab-manifest" --get "$1" "$root/results/$(basename "$2")/manifest.json"; }
sweep1="$tmp/other-run/sweep.conf" # the first run's: two drivers, one qsd-null backend
sed 's/^\[sweep\]$/&\nperf = on/' "$sweep1" >"$tmp/perf1.conf"
printf '[backend blkd]\ntype = blkd-null\n' | cat "$tmp/perf1.conf" - >"$tmp/perf2.conf"

[ "$(published published.allow_failed "$run")" = false ] && [ "$(published published.failed_points "$run")" = 0 ] ||
	fail "a run without failures is not published with allow_failed false and failed_points 0"
refused "unknown option '--bogus'" --bogus "$tmp/other-run"

# a run must say what it asks and which figures answer it
q="$tmp/20260101T120000Z-noheadline"
sed '/^\[headline h\]$/,/^metric/d' "$sweep1" >"$tmp/nohead.conf"
make_run "$q" "$tmp/nohead.conf"
refused "declares no [headline]" "$q"

# a modified tree: published only with the diff the manifest names
d="$tmp/20260102T000000Z-dirty"
make_run "$d" "$sweep1"
"$bin/vlab-manifest" --merge --out "$d/manifest.json" suite.dirty:=true suite.revision=abc-dirty
refused "keeps no source.diff" "$d"
printf 'diff --git a/x b/x\n' >"$d/source.diff"
"$bin/vlab-manifest" --merge --out "$d/manifest.json" suite.diff.file=source.diff suite.diff.sha256="$(printf 'other' | sha256sum | cut -d' ' -f1)"
refused "is not the diff the manifest names" "$d"
"$bin/vlab-manifest" --merge --out "$d/manifest.json" suite.diff.sha256="$(sha256sum <"$d/source.diff" | cut -d' ' -f1)"
publish "$d" >/dev/null 2>&1 || fail "a dirty run with its diff was refused"
cmp -s "$d/source.diff" "$root/results/$(basename "$d")/source.diff" || fail "source.diff not published as it was"

# failed points: refused, or published on purpose and said so
f="$tmp/20260103T000000Z-failed"
make_run "$f" "$sweep1"
echo "failed: fio exit status 1" >"$(find "$f/points" -mindepth 1 -maxdepth 1 | head -n 1)/status"
report "$f"
refused "has 1 failed points" "$f"
refused "--allow-failed" "$f"
publish --allow-failed "$f" >/dev/null 2>&1 || fail "--allow-failed did not publish"
[ "$(published published.allow_failed "$f")" = true ] && [ "$(published published.failed_points "$f")" = 1 ] ||
	fail "--allow-failed not recorded: $(published published "$f")"

# perf = on over two backend types: vlab-report prints the caveat, and
# publish refuses a report without it, word for word
caveat=$("$bin/vlab-report" --perf-caveat)
[ -n "$caveat" ] || fail "vlab-report --perf-caveat printed nothing"
p="$tmp/20260104T000000Z-perf"
make_run "$p" "$tmp/perf2.conf"
grep -qF -- "$caveat" "$p/REPORT.md" || fail "the report of a perf run over two backend types lacks the caveat"
grep -vF -- "$caveat" "$p/REPORT.md" >"$tmp/no-caveat.md" && cp "$tmp/no-caveat.md" "$p/REPORT.md"
refused "lacks the caveat" "$p"
printf '\n%s\n' "$caveat" >>"$p/REPORT.md"
publish "$p" >/dev/null 2>&1 || fail "a perf run over two backend types with the caveat was refused"
p1="$tmp/20260105T000000Z-perf1"
make_run "$p1" "$tmp/perf1.conf"
publish "$p1" >/dev/null 2>&1 || fail "a perf run over one backend type was refused"
echo "PASS: publish"
