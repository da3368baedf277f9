// SPDX-License-Identifier: GPL-2.0-only
/*
 * Description: the sweep file parser reads a file that sets every key into
 * exactly the values written (defaults filled in where a key is left out),
 * and refuses every kind of bad input with -EINVAL and one message that
 * names FILE:LINE and the offending value: unknown sections and keys,
 * duplicates, missing keys and sections, empty values and items, bad and
 * out-of-range numbers and sizes, params/knobs on a stock driver, a baseline
 * that is no driver, stray lines, too many sections, oversized plans; a
 * backend's args: only for blkd-* and ublk-* types (also when args comes
 * before type), only vduse-blkd options the harness does not set, each
 * checked, once;
 * clock (auto, icount, wall), placement (split, free), boots (shared,
 * per-repetition; every key of [sweep] set at once) and an A/A control
 * that must name a second driver repeating the baseline exactly (observe
 * included); a driver's observe (none or an eBPF tool) and a blkd-*
 * backend's build (instr, noinstr), the defaults kept as no value; the
 * backend kinds nullb and ublk-T: args and build refused on nullb (and
 * qsd-*) naming the type, a nullb size in whole MiB, a ublk-T's args
 * checked with --transport ublk, observe refused beside a backend that is
 * not VDUSE; a driver's backends and baseline = DRIVER/BACKEND
 * (sweep-pairs.c says which refusals).
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "sweep.h"
#include "sweep_pairs_text.h"
#include "testutil.h"

static const char *data_dir;

/* 10 lines: a minimal valid sweep; cases append to its last section */
#define BASE "[sweep]\nname = t\n[driver stock]\nmodule = stock\n[backend null]\ntype = qsd-null\n" \
	     "[workload w]\nrw = read\nbs = 4k\niodepth = 1\n"

/* baseline_backend on line 3, three backends q, b, c */
#define BB(v) "[sweep]\nname = t\nbaseline_backend = " v "\n[driver stock]\nmodule = stock\n" \
	      "[backend q]\ntype = qsd-null\n[backend b]\ntype = blkd-null\n" \
	      "[backend c]\ntype = blkd-file\n[workload w]\nrw = read\nbs = 4k\niodepth = 1\n"

/* control = C on line 3; drivers stock (the baseline) and a2 with BODY */
#define CT(c, body) "[sweep]\nname = t\ncontrol = " c "\n[driver stock]\nmodule = stock\n" \
		    "[driver a2]\n" body "\n[backend null]\ntype = qsd-null\n" \
		    "[workload w]\nrw = read\nbs = 4k\niodepth = 1\n"

/* question on line 3, two drivers, QD 1 and 32; cases append [headline h] on line 14 */
#define HL "[sweep]\nname = t\nquestion = Does it?\n[driver stock]\nmodule = stock\n" \
	   "[driver o]\nmodule = ours\n[backend null]\ntype = qsd-null\n" \
	   "[workload w]\nrw = read\nbs = 4k\niodepth = 1, 32\n"

/* HL with the extra axes: an ext4 and a raw point, each with an fsync after every write */
#define HLX "[sweep]\nname = t\nquestion = Does it?\n[driver stock]\nmodule = stock\n" \
	    "[driver o]\nmodule = ours\n[backend ram]\ntype = qsd-ram\n" \
	    "[workload w]\nrw = randwrite\nbs = 4k\niodepth = 1\nfsync = 1\nfs = none, ext4\n"

struct bad {
	const char *text;
	int line;
	const char *want;	/* must appear in the message */
	const char *want2;	/* and this too, or NULL */
};

static const struct bad bad_cases[] = {
	/* lines and sections */
	{ BASE "just some text\n", 11, "'just some text' is neither a [section] header", NULL },
	{ BASE "[foo]\n", 11, "unknown section type '[foo]'", "allowed: [sweep], [driver NAME]" },
	{ BASE "[driver ours\n", 11, "'[driver ours' has no closing ']'", NULL },
	{ BASE "[driver a] extra\n", 11, "'[driver a] extra': text after the section header", NULL },
	{ BASE "[driver a b]\n", 11, "'[driver a b]': a section header holds a type and one NAME", NULL },
	{ BASE "[sweep x]\n", 11, "'[sweep x]': [sweep] takes no name", NULL },
	{ BASE "[driver]\n", 11, "'[driver]': a [driver] section needs a NAME", NULL },
	{ BASE "[driver Ours]\nmodule = ours\n", 11, "'Ours' is not a valid name", "1 to 24 characters" },
	{ BASE "[backend abcdefghijabcdefghijabcde]\n", 11, "'abcdefghijabcdefghijabcde' is not a valid name", NULL },
	{ BASE "[workload -x]\n", 11, "'-x' is not a valid name", NULL },
	{ BASE "[sweep]\nname = u\n", 11, "[sweep] is given twice (first at line 1)", NULL },
	{ BASE "[driver stock]\nmodule = stock\n", 11, "[driver stock] is defined twice (first at line 3)", NULL },
	{ BASE "[backend null]\ntype = qsd-ram\n", 11, "[backend null] is defined twice (first at line 5)", NULL },
	{ BASE "[workload w]\n", 11, "[workload w] is defined twice (first at line 7)", NULL },
	{ "name = t\n" BASE, 1, "'name' comes before any section", NULL },
	/* keys */
	{ BASE "ramp_time = 2\n", 11, "[workload w]: unknown key 'ramp_time'", "allowed: rw, bs, iodepth, numjobs, runtime, ramp" },
	{ BASE "[driver o]\nmodul = ours\n", 12, "[driver o]: unknown key 'modul'", "allowed: module, params, knobs" },
	{ BASE "[backend b]\ntype = qsd-ram\nsizes = 1G\n", 13, "unknown key 'sizes'", "allowed: type, size, queues, args" },
	{ "[sweep]\nname = t\nreps = 3\n", 3, "[sweep]: unknown key 'reps'", "allowed: name, description, repetitions, seed, baseline, warmup, perf" },
	{ BASE "iodepth = 2\n", 11, "[workload w]: key 'iodepth' is set twice (first at line 10)", NULL },
	{ BASE "[workload v]\nrw =\n", 12, "[workload v] rw: the value is empty", NULL },
	{ BASE "[driver o]\nmodule =   # nothing here\n", 12, "[driver o] module: the value is empty", NULL },
	/* missing keys and sections */
	{ "[sweep]\ndescription = x\n[driver stock]\n", 1, "[sweep] has no 'name' key; it is required", NULL },
	{ BASE "[driver o]\n", 11, "[driver o] has no 'module' key", "stock or ours" },
	{ BASE "[backend b]\nsize = 2G\n", 11, "[backend b] has no 'type' key", "qsd-null" },
	{ BASE "[workload v]\nbs = 4k\niodepth = 1\n", 11, "[workload v] has no 'rw' key", NULL },
	{ BASE "[workload v]\nrw = write\niodepth = 1\n", 11, "[workload v] has no 'bs' key", NULL },
	{ BASE "[workload v]\nrw = write\nbs = 4k\n", 11, "[workload v] has no 'iodepth' key", NULL },
	{ "# empty\n", 1, "end of file: no [sweep] section", NULL },
	{ "[sweep]\nname = t\n[backend null]\ntype = qsd-null\n", 4, "end of file: no [driver NAME] section", NULL },
	{ "[sweep]\nname = t\n[driver stock]\nmodule = stock\n", 4, "end of file: no [backend NAME] section", NULL },
	{ "[sweep]\nname = t\n[driver s]\nmodule = stock\n[backend n]\ntype = qsd-null\n\n", 7, "end of file: no [workload NAME] section", NULL },
	/* [sweep] values */
	{ BASE "[sweep]\n", 11, "given twice", NULL },
	{ "[sweep]\nname = Bad\n", 2, "[sweep] name: 'Bad' is not allowed", NULL },
	{ "[sweep]\nname = abcdefghijabcdefghijabcdefghijabcdefghijk\n", 2, "'abcdefghijabcdefghijabcdefghijabcdefghijk' is not allowed", NULL },
	{ "[sweep]\nname = t\nrepetitions = 0\n", 3, "[sweep] repetitions: '0' is not a whole number from 1 to 100", NULL },
	{ "[sweep]\nname = t\nrepetitions = 101\n", 3, "repetitions: '101' is not a whole number from 1 to 100", NULL },
	{ "[sweep]\nname = t\nrepetitions = 3x\n", 3, "repetitions: '3x' is not a whole number", NULL },
	{ "[sweep]\nname = t\nseed = 4294967296\n", 3, "seed: '4294967296' is not a whole number from 0 to 4294967295", NULL },
	{ "[sweep]\nname = t\nseed = -1\n", 3, "seed: '-1' is not a whole number", NULL },
	{ "[sweep]\nname = t\nwarmup = 601\n", 3, "warmup: '601' is not a whole number from 0 to 600", NULL },
	{ "[sweep]\nname = t\nperf = yes\n", 3, "[sweep] perf: 'yes' is not allowed; allowed: on, off", NULL },
	{ "[sweep]\nname = t\nbaseline = ours\n[driver stock]\nmodule = stock\n[backend null]\ntype = qsd-null\n[workload w]\nrw = read\nbs = 4k\niodepth = 1\n",
	  3, "[sweep] baseline: 'ours' is not a driver; drivers: stock", NULL },
	/* clock, placement, control (CT: a control section a2 after the baseline stock) */
	{ "[sweep]\nname = t\nclock = sundial\n", 3, "[sweep] clock: 'sundial' is not allowed; allowed: auto, icount, wall", NULL },
	{ "[sweep]\nname = t\nplacement = pinned\n", 3, "[sweep] placement: 'pinned' is not allowed; allowed: split, free", NULL },
	{ "[sweep]\nname = t\nboots = each\n", 3, "[sweep] boots: 'each' is not allowed; allowed: shared, per-repetition", NULL },
	{ "[sweep]\nname = t\nboots = shared\nboots = shared\n", 4, "[sweep]: key 'boots' is set twice (first at line 3); set it once", NULL },
	{ CT("a3", "module = stock"), 3, "[sweep] control: 'a3' is not a driver; drivers: stock, a2", NULL },
	{ CT("stock", "module = stock"), 3, "[sweep] control: 'stock' is the baseline itself", NULL },
	{ CT("a2", "module = ours"), 3, "[driver a2] differs from the baseline [driver stock] in its module", NULL },
	{ CT("a2", "module = stock\nobserve = vduse-lat"), 3, "[driver a2] differs from the baseline [driver stock] in its observe", NULL },
	/* observe and build (sweep_observe.c) */
	{ BASE "[driver o]\nmodule = ours\nobserve = bpftrace\n", 13, "[driver o] observe: 'bpftrace' is not an eBPF tool", "allowed: none, vduse-lat" },
	{ BASE "[backend b]\ntype = blkd-null\nbuild = debug\n", 13, "[backend b] build: 'debug' is not a vduse-blkd build", "allowed: instr, noinstr" },
	{ BASE "[backend b]\nbuild = noinstr\ntype = qsd-ram\n", 12, "[backend b] build: vduse-blkd builds are only for the backends that run it (blkd-T, ublk-T); this backend has type = qsd-ram", NULL },
	{ BASE "[backend b]\ntype = qsd-null\nbuild = instr\n", 13, "[backend b] build: vduse-blkd builds are only for the backends that run it", "type = qsd-null" },
	/* the backend kinds of lib.sh's BACKEND_KINDS: nullb, ublk-T (plan-kinds.c) */
	{ BASE "[backend b]\ntype = nullb\nargs = --queue-size 64\n", 13, "[backend b] args: options are only for vduse-blkd backends (blkd-T, ublk-T, T one of `vduse-blkd --list-targets`); this backend has type = nullb", NULL },
	{ BASE "[backend b]\nargs = --queue-size 64\ntype = nullb\n", 12, "this backend has type = nullb", NULL },
	{ BASE "[backend b]\ntype = nullb\nbuild = noinstr\n", 13, "[backend b] build: vduse-blkd builds are only for the backends that run it (blkd-T, ublk-T); this backend has type = nullb", NULL },
	{ BASE "[backend b]\ntype = nullb\nsize = 1025k\n", 13, "[backend b] size: '1025k' is not a whole number of MiB; type = nullb (null_blk) takes sizes in MiB", NULL },
	{ BASE "[backend b]\ntype = nullb0\n", 12, "[backend b] type: 'nullb0' is not a backend type; allowed: qsd-null, qsd-ram, qsd-file, blkd-null,", NULL },
	{ BASE "[backend b]\ntype = ublk-bogus\n", 12, "ublk-null, ublk-ram, ublk-file, ublk-zero, nullb", NULL },
	{ BASE "[backend u]\ntype = ublk-ram\nargs = --umem\n", 13, "[backend u] args: '--umem' is only for --transport vduse; this backend has --transport ublk", NULL },
	{ BASE "[backend u]\ntype = ublk-null\nargs = --transport vduse\n", 13, "args: '--transport' is not allowed here: the harness sets it from the section's type", NULL },
	{ BASE "[driver o]\nmodule = ours\nobserve = vduse-lat\n[backend n]\ntype = nullb\n", 13, "[driver o] observe: 'vduse-lat' watches VDUSE devices, and [backend n] (line 14, type = nullb) has none", NULL },
	{ BASE "[backend u]\ntype = ublk-null\n[driver o]\nmodule = ours\nobserve = vduse-stat\n", 15, "[driver o] observe: 'vduse-stat' watches VDUSE devices, and [backend u] (line 11, type = ublk-null) has none", NULL },
	{ "[sweep]\nname = t\nbaseline = o\ncontrol = o2\n[driver o]\nmodule = ours\nknobs = kick_mode=work\n"
	  "[driver o2]\nmodule = ours\nknobs = kick_mode=direct\n[backend null]\ntype = qsd-null\n"
	  "[workload w]\nrw = read\nbs = 4k\niodepth = 1\n", 4,
	  "[driver o2] differs from the baseline [driver o] in its knobs", NULL },
	/* a driver's backends and baseline = DRIVER/BACKEND (sweep_pairs_text.h, sweep-pairs.c) */
	{ PS("stock/q", "aa", "q, n", "q", "b, x"), 13, "[driver best] backends: 'x' is not a backend; backends: q, b, n", NULL },
	{ PS("stock/q", "aa", "q, q", "q", "b"), 7, "[driver stock] backends: 'q' is listed twice", NULL },
	{ PS("stock/q", "aa", "q", "q", "b"), 18, "[backend n]: no driver runs on it", NULL },
	{ PS("stock/x", "aa", "q, n", "q", "b"), 3, "[sweep] baseline: 'x' in 'stock/x' is not a backend; backends: q, b, n", NULL },
	{ PS("stock/", "aa", "q, n", "q", "b"), 3, "[sweep] baseline: 'stock/' is not allowed; give a driver", NULL },
	{ PS("stock/q/n", "aa", "q, n", "q", "b"), 3, "[sweep] baseline: 'stock/q/n' is not allowed", NULL },
	{ PS("nobody/q", "aa", "q, n", "q", "b"), 3, "[sweep] baseline: 'nobody' is not a driver", NULL },
	{ PS("stock/b", "aa", "q, n", "q", "b"), 3, "[sweep] baseline: the baseline driver 'stock' does not run on 'b' (its backends, line 7)", NULL },
	{ PS("stock", "aa", "q, n", "q", "b"), 13, "[driver best] runs on backend 'b', where the baseline driver 'stock' does not (its backends, line 7)", NULL },
	{ PS("stock/q", "aa", "q, n", "n", "b"), 4, "[sweep] control: [driver aa] does not run on 'q', where the baseline stock/q does", NULL },
	{ PS("stock", "aa", "q, b, n", "q, b", "b"), 4, "[sweep] control: [driver aa] does not run on 'n', where the baseline stock does", NULL },
	/* a control beyond the baseline has no baseline there: refused before the control check */
	{ PS("stock", "aa", "q, b", "q, b, n", "b"), 10, "[driver aa] runs on backend 'n', where the baseline driver 'stock' does not (its backends, line 7)", NULL },
	{ "[sweep]\nname = t\nbaseline_backend = q:b\n[driver stock]\nmodule = stock\n"
	  "[driver best]\nmodule = ours\nbackends = b\n[backend q]\ntype = qsd-ram\n"
	  "[backend b]\ntype = blkd-ram\n[workload w]\nrw = read\nbs = 4k\niodepth = 1\n",
	  8, "[driver best] backends: runs on 'b' but not on its baseline backend 'q' (baseline_backend, line 3); add 'q'", NULL },
	{ "[sweep]\nname = t\nbaseline_backend = q:b\n[driver stock]\nmodule = stock\nbackends = b\n"
	  "[driver best]\nmodule = ours\nbackends = b\n[backend q]\ntype = qsd-ram\n"
	  "[backend b]\ntype = blkd-ram\n[workload w]\nrw = read\nbs = 4k\niodepth = 1\n",
	  10, "[backend q]: no driver runs on it", NULL },
	{ "[sweep]\nname = t\nbaseline_backend = q:b\n[driver stock]\nmodule = stock\nbackends = b\n"
	  "[driver best]\nmodule = ours\n[backend q]\ntype = qsd-ram\n"
	  "[backend b]\ntype = blkd-ram\n[workload w]\nrw = read\nbs = 4k\niodepth = 1\n",
	  6, "[driver best] runs on backend 'q', where the baseline driver 'stock' does not (its backends, line 6)", NULL },
	{ "[sweep]\nname = t\n[driver stock]\nmodule = stock\nobserve = vduse-lat\nbackends = n\n"
	  "[backend n]\ntype = nullb\n[workload w]\nrw = read\nbs = 4k\niodepth = 1\n",
	  5, "[driver stock] observe: 'vduse-lat' watches VDUSE devices, and [backend n]", NULL },
	/* a headline of the baseline driver: only where it runs beside the fixed baseline */
	{ PS("stock/q", "aa", "q", "q", "b, n") HLS, 26, "[headline h] where: driver=stock is the baseline; it has no ratio to itself", NULL },
	/* baseline_backend */
	{ BB("q-b"), 3, "[sweep] baseline_backend: 'q-b' is not a BASE:OTHER pair", "qsd-null:blkd-null" },
	{ BB("q:b:c"), 3, "'q:b:c' is not a BASE:OTHER pair", NULL },
	{ BB(":b"), 3, "':b' is not a BASE:OTHER pair", NULL },
	{ BB("q:x"), 3, "[sweep] baseline_backend: 'x' is not a backend; backends: q, b, c", NULL },
	{ BB("q:q"), 3, "'q:q' compares a backend with itself", NULL },
	{ BB("q:b, c:b"), 3, "'b' already has the baseline 'q'; give each backend one baseline", NULL },
	{ BB("q:b b:c"), 3, "'b' is both a baseline and compared with one", NULL },
	{ BB("q:b, c:q"), 3, "'q' is both a baseline and compared with one", NULL },
	{ BB(", ,"), 3, "[sweep] baseline_backend: empty", NULL },
	/* drivers */
	{ BASE "[driver o]\nmodule = patched\n", 12, "[driver o] module: 'patched' is not a module; allowed: stock, ours", NULL },
	{ BASE "[driver s2]\nmodule = stock\nparams = a=1\n", 13, "[driver s2] params: module parameters are only for module = ours", NULL },
	{ BASE "[driver s2]\nknobs = a=1\nmodule = stock\n", 12, "[driver s2] knobs: 'a' is not a per-device knob of the stock module; allowed: bounce_size, msg_timeout", NULL },
	{ BASE "[driver s2]\nknobs = irq_affinity_policy=sticky\nmodule = stock\n", 12,
	  "[driver s2] knobs: 'irq_affinity_policy' is our module's, not the stock module's; allowed with module = stock: bounce_size, msg_timeout", NULL },
	{ BASE "[driver s2]\nknobs = bounce_size=1000\nmodule = stock\n", 12,
	  "bounce_size: '1000' is not a whole number of bytes from 1048576 to 1073741824", NULL },
	{ BASE "[driver o]\nmodule = ours\nparams = bounce\n", 13, "[driver o] params: 'bounce' is not a k=v pair", NULL },
	{ BASE "[driver o]\nmodule = ours\nparams = 1a=2\n", 13, "params: '1a=2' is not a k=v pair", NULL },
	{ BASE "[driver o]\nmodule = ours\nknobs = a=b'c\n", 13, "knobs: 'a=b'c' is not a k=v pair", NULL },
	{ BASE "[driver o]\nmodule = ours\nknobs = a=\n", 13, "knobs: 'a=' is not a k=v pair", NULL },
	{ BASE "[driver o]\nmodule = ours\nparams = a=1 a=2\n", 13, "params: 'a' is set twice", NULL },
	/* our module's knobs and parameters, from kernel/knobs.def (module may come last) */
	{ BASE "[driver o]\nknobs = bounce_strategy=bogus\nmodule = ours\n", 12,
	  "[driver o] knobs: bounce_strategy: 'bogus' is not allowed; allowed: lazy, prealloc, hugepage, umem, direct", NULL },
	{ BASE "[driver o]\nmodule = ours\nknobs = bounce_strategy=Lazy\n", 13, "bounce_strategy: 'Lazy' is not allowed", NULL },
	{ BASE "[driver o]\nmodule = ours\nknobs = bounce=lazy\n", 13,
	  "[driver o] knobs: 'bounce' is not a per-device knob of our module; allowed: bounce_size, msg_timeout, bounce_strategy,", NULL },
	{ BASE "[driver o]\nmodule = ours\nknobs = allow_unsafe_direct=1\n", 13,
	  "knobs: 'allow_unsafe_direct' is not a per-device knob of our module (only a module parameter)", NULL },
	{ BASE "[driver o]\nmodule = ours\nparams = bounce_size=1048576\n", 13,
	  "[driver o] params: 'bounce_size' is not a module parameter of our module (only a per-device knob)", NULL },
	{ BASE "[driver o]\nmodule = ours\nknobs = kick_coalesce_us=0\n", 13,
	  "[driver o] knobs: kick_coalesce_us: '0' is not a whole number of microseconds from 1 to 1000000", NULL },
	{ BASE "[driver o]\nmodule = ours\nparams = inject_coalesce_max=65536\n", 13,
	  "params: inject_coalesce_max: '65536' is not a whole number of injections from 1 to 65535", NULL },
	{ BASE "[driver o]\nmodule = ours\nknobs = bounce_size=1M\n", 13,
	  "knobs: bounce_size: '1M' is not a whole number of bytes from 1048576 to 1073741824", NULL },
	{ BASE "[driver o]\nmodule = ours\nknobs = copy_nocache_threshold=4294967296\n", 13,
	  "copy_nocache_threshold: '4294967296' is not a whole number of bytes from 0 to 4294967295", NULL },
	{ BASE "[driver o]\nmodule = ours\nparams = allow_unsafe_direct=y\n", 13,
	  "params: allow_unsafe_direct: 'y' is not allowed; allowed: 0, 1", NULL },
	{ BASE "[driver o]\nmodule = ours\nknobs = iova_alloc=plain kick_mode=no\n", 13,
	  "knobs: kick_mode: 'no' is not allowed; allowed: direct, work, coalesce", NULL },
	/* backends */
	{ BASE "[backend b]\ntype = nbd\n", 12, "[backend b] type: 'nbd' is not a backend type; allowed: qsd-null, qsd-ram, qsd-file, blkd-null, blkd-ram, blkd-file", NULL },
	{ BASE "[backend b]\ntype = qsd-ram\nsize = 512k\n", 13, "[backend b] size: '512k' is out of range; allowed: 1M to 64G", NULL },
	{ BASE "[backend b]\ntype = qsd-ram\nsize = 65G\n", 13, "size: '65G' is out of range", NULL },
	{ BASE "[backend b]\ntype = qsd-ram\nsize = 1T\n", 13, "size: '1T' is not a size", NULL },
	{ BASE "[backend b]\ntype = qsd-ram\nqueues = 0\n", 13, "queues: '0' is not a whole number from 1 to 16", NULL },
	{ BASE "[backend b]\ntype = qsd-ram\nqueues = 17\n", 13, "queues: '17' is not a whole number from 1 to 16", NULL },
	{ "[sweep]\nname = t\n[driver s]\nmodule = stock\n[backend b]\ntype = qsd-ram\nsize = 1M\n[workload w]\nrw = read\nbs = 4k,16M\niodepth = 1\n",
	  5, "[backend b] size '1M' is smaller than bs '16M' of [workload w] (line 8)", NULL },
	/* backend args (vduse-blkd options) */
#define BA(type, args) BASE "[backend b]\ntype = " type "\nargs = " args "\n"
	{ BA("qsd-ram", "--umem"), 13, "[backend b] args: options are only for vduse-blkd backends", "this backend has type = qsd-ram" },
	{ BASE "[backend b]\nargs = --umem\ntype = qsd-file\n", 12, "[backend b] args: options are only for vduse-blkd", "type = qsd-file" },
	{ BA("blkd-ram", "--bogus"), 13, "[backend b] args: '--bogus' is not a vduse-blkd option the sweep may set", "allowed: --queue-size N, --blk-size N, --poll-us N" },
	{ BA("blkd-ram", "--bogus"), 13, "--crossed-poll-us N, --umem, --umem-hugepage, and for blkd-file --direct", NULL },
	{ BA("blkd-zero", "--sqpoll"), 13, "args: '--sqpoll' is only for type = blkd-file; this backend has type = blkd-zero", NULL },
	{ BASE "[backend b]\ntype = blkd-ram\nsize = 1025k\nargs = --blk-size 4096\n", 14, "args: --size 1025k is not a multiple of --blk-size 4096", NULL },
	{ BASE "[backend b]\ntype = blkd-disk\n", 12, "type: 'blkd-disk' is not a backend type", "allowed: qsd-null, qsd-ram, qsd-file, blkd-null, blkd-ram, blkd-file, blkd-zero" },
	{ BA("blkd-ram", "umem"), 13, "args: 'umem' is not an option", NULL },
	{ BA("blkd-ram", "--queues 2"), 13, "args: '--queues' is not allowed here: set the section's queues key instead", NULL },
	{ BA("blkd-ram", "-q 2"), 13, "args: '-q' is not allowed here: set the section's queues key", NULL },
	{ BA("blkd-ram", "--size 2G"), 13, "args: '--size' is not allowed here: set the section's size key", NULL },
	{ BA("blkd-ram", "--target file"), 13, "args: '--target' is not allowed here", NULL },
	{ BA("blkd-ram", "--json"), 13, "args: '--json' is not allowed here: the harness sets it", NULL },
	{ BA("blkd-ram", "--attach"), 13, "args: '--attach' is not allowed here", NULL },
	{ BA("blkd-ram", "--umem --umem-hugepage"), 13, "args: '--umem' and '--umem-hugepage' both given", NULL },
	{ BA("blkd-ram", "--umem --umem"), 13, "args: '--umem' is given twice", NULL },
	{ BA("blkd-ram", "--umem=yes"), 13, "args: '--umem' takes no value, but has '=yes'", NULL },
	{ BA("blkd-ram", "--poll-us"), 13, "args: '--poll-us' needs a value: microseconds from 0 to 1000000", NULL },
	{ BA("blkd-ram", "--poll-us 1000001"), 13, "args: --poll-us '1000001' is not valid: microseconds from 0 to 1000000", NULL },
	{ BA("blkd-ram", "--poll-us=x"), 13, "args: --poll-us 'x' is not valid", NULL },
	{ BA("blkd-ram", "--batch 0"), 13, "args: --batch '0' is not valid", NULL },
	{ BA("blkd-ram", "--batch 300"), 13, "args: --batch '300' is not valid: at most the queue size (256", NULL },
	{ BA("blkd-ram", "--queue-size 64 --batch 128"), 13, "args: --batch '128' is not valid: at most the queue size (64)", NULL },
	{ BA("blkd-ram", "--queue-size 100"), 13, "args: --queue-size '100' is not valid: a power of two from 2 to 1024", NULL },
	{ BA("blkd-ram", "--blk-size 8192"), 13, "args: --blk-size '8192' is not valid: 512, 1024, 2048 or 4096", NULL },
	{ BA("blkd-ram", "--cpus 0,,1"), 13, "args: --cpus '0,,1' is not valid", NULL },
	{ BA("blkd-ram", "--cpus 1024"), 13, "args: --cpus '1024' is not valid", NULL },
	{ BA("blkd-ram", "--irq-affinity local --cpus 0"), 13, "args: --irq-affinity 'local' is not valid: driver, away, queue-cpu or auto", NULL },
	{ BA("blkd-ram", "--irq-affinity queue-cpu"), 13, "args: --irq-affinity queue-cpu needs --cpus", NULL },
	{ BA("blkd-ram", "--crossed-poll-us 100"), 13, "args: --crossed-poll-us needs --irq-affinity auto", NULL },
	{ BA("blkd-ram", "--irq-affinity away --crossed-poll-us 100"), 13, "args: --crossed-poll-us needs --irq-affinity auto", NULL },
	{ BA("blkd-ram", "--irq-affinity auto --crossed-poll-us 1000001"), 13, "args: --crossed-poll-us '1000001' is not valid: microseconds from 0 to 1000000", NULL },
	{ BA("blkd-ram", "--direct"), 13, "args: '--direct' is only for type = blkd-file; this backend has type = blkd-ram", NULL },
	{ BA("blkd-null", "--uring-depth 8"), 13, "args: '--uring-depth' is only for type = blkd-file", NULL },
	{ "[sweep]\nname = t\n[driver s]\nmodule = stock\n[backend b]\ntype = blkd-ram\nargs = --blk-size 4096\n[workload w]\nrw = read\nbs = 512\niodepth = 1\n",
	  7, "[backend b] args: --blk-size 4096 does not divide bs '512' of [workload w] (line 8)", NULL },
	/* workloads */
	{ BASE "[workload v]\nrw = randtrim\n", 12, "[workload v] rw: 'randtrim' is not a fio rw mode; allowed: read, write, randread, randwrite, rw, randrw", NULL },
	{ BASE "[workload v]\nrw = read, read\n", 12, "rw: 'read' is listed twice", NULL },
	{ BASE "[workload v]\nrw = read,,write\n", 12, "rw: empty item in 'read,,write'", NULL },
	{ BASE "[workload v]\nrw = read,\n", 12, "rw: empty item in 'read,'", NULL },
	{ BASE "[workload v]\nbs = 4k,4096\n", 12, "bs: '4096' is the same value as '4k'", NULL },
	{ BASE "[workload v]\nbs = 256\n", 12, "bs: '256' is out of range; allowed: 512 to 16M in multiples of 512", NULL },
	{ BASE "[workload v]\nbs = 32M\n", 12, "bs: '32M' is out of range", NULL },
	{ BASE "[workload v]\nbs = 1000\n", 12, "bs: '1000' is not a multiple of 512 bytes", NULL },
	{ BASE "[workload v]\nbs = 4kb\n", 12, "bs: '4kb' is not a size", NULL },
	{ BASE "[workload v]\niodepth = 0\n", 12, "iodepth: '0' is not a whole number from 1 to 1024", NULL },
	{ BASE "[workload v]\niodepth = 1,1025\n", 12, "iodepth: '1025' is not a whole number from 1 to 1024", NULL },
	{ BASE "[workload v]\niodepth = x\n", 12, "iodepth: 'x' is not a whole number", NULL },
	{ BASE "[workload v]\niodepth = 1,01\n", 12, "iodepth: '01' is the same value as '1'", NULL },
	{ BASE "[workload v]\nnumjobs = 65\n", 12, "numjobs: '65' is not a whole number from 1 to 64", NULL },
	{ BASE "[workload v]\nnumjobs = 2,2\n", 12, "numjobs: '2' is listed twice", NULL },
	{ BASE "[workload v]\nruntime = 0\n", 12, "runtime: '0' is not a whole number from 1 to 3600", NULL },
	{ BASE "[workload v]\nruntime = 3601\n", 12, "runtime: '3601' is not a whole number", NULL },
	{ BASE "[workload v]\nramp = 601\n", 12, "ramp: '601' is not a whole number from 0 to 600", NULL },
	{ BASE "[workload v]\nrw = read\nbs = 4096\niodepth = 1\n", 11, "[workload v] repeats the point rw read, bs 4096, iodepth 1, numjobs 1 of [workload w] (line 7)", NULL },
	/* question and headlines */
	{ "[sweep]\nname = t\nquestion = no question mark\n", 3, "[sweep] question: 'no question mark' is not allowed", "ending in '?'" },
	{ HL "[headline h]\nof = driver\n", 14, "[headline h] has no 'metric' key", NULL },
	{ HL "[headline h]\nmetric = iopz\n", 15, "[headline h] metric: 'iopz' is not allowed", "allowed: iops, bw_kib_s" },
	{ HL "[headline h]\nmetric = iops\nof = disk\n", 16, "[headline h] of: 'disk' is not allowed", "allowed: driver, backend" },
	{ HL "[headline h]\nmetric = iops\nof = backend\n", 16, "'backend' needs a baseline_backend", NULL },
	{ HL "[headline h]\nmetric = iops\nwhere = queue=1\n", 16, "'queue' is not a column a headline can filter on", "allowed: driver, backend, rw, bs, iodepth, numjobs, rwmixread, fsync, fs" },
	/* the extra axes: a value no workload sets, a named axis's default (an empty cell) */
	{ HL "[headline h]\nmetric = iops\nwhere = fsync=1\n", 16, "where: fsync=1 names no fsync of this sweep", NULL },
	{ HLX "[headline h]\nmetric = iops\nwhere = fsync=2\n", 18, "where: fsync=2 names no fsync of this sweep", NULL },
	{ HLX "[headline h]\nmetric = iops\nwhere = fs=none\n", 18, "where: fs=none is the axis's default, which aggregate.csv leaves empty", "(none, ext4)" },
	{ HLX "[headline h]\nmetric = iops\nwhere = fs=xfs\n", 18, "where: fs=xfs names no fs of this sweep", NULL },
	{ HL "[headline h]\nmetric = iops\nwhere = iodepth=16\n", 16, "where: iodepth=16 names no iodepth of this sweep", NULL },
	{ HL "[headline h]\nmetric = iops\nwhere = driver=stock\n", 16, "driver=stock is the baseline; it has no ratio to itself", NULL },
	{ HL "[headline h]\nmetric = iops\ngoal = 1.5\n", 16, "[headline h] goal: '1.5' is not allowed", "'within D'" },
	{ HL "[headline h]\nmetric = iops\ngoal = within 1.5\n", 16, "[headline h] goal: 'within 1.5' is not allowed", NULL },
	{ HL "[headline h]\nmetric = iops\n[headline h]\n", 16, "[headline h] is defined twice (first at line 14)", NULL },
	/* size of the plan */
	{ "[sweep]\nname = t\nrepetitions = 100\n[driver s]\nmodule = stock\n[driver o]\nmodule = ours\n[backend b]\ntype = qsd-null\n"
	  "[workload w]\nrw = read,write,randread,randwrite,rw,randrw\nbs = 4k\niodepth = 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42\nnumjobs = 1,2\n",
	  1, "the sweep expands to 100800 points; at most 100000 are allowed", NULL },
};

static void check_bad(const struct bad *b, size_t idx)
{
	struct sweep sw;
	char *err = NULL, *where = tu_fmt("t.conf:%d: ", b->line);
	int ret = sweep_parse("t.conf", b->text, &sw, &err);

	CHECK(ret == -EINVAL, "case %zu: ret %d, expected -EINVAL", idx, ret);
	CHECK(err && !strncmp(err, where, strlen(where)), "case %zu: message [%s] does not start with [%s]",
	      idx, err, where);
	CHECK(err && strstr(err, b->want), "case %zu: message [%s] lacks [%s]", idx, err, b->want);
	if (b->want2)
		CHECK(err && strstr(err, b->want2), "case %zu: message [%s] lacks [%s]", idx, err,
		      b->want2);
	free(err);
	free(where);
	sweep_free(&sw);
}

/* 25 [driver] sections: the 25th header is refused. */
static void check_too_many(void)
{
	char *text = tu_fmt("%s", BASE), *more, *err = NULL;
	struct sweep sw;
	int i, ret;

	for (i = 0; i < 24; i++) {
		more = tu_fmt("%s[driver d%d]\nmodule = stock\n", text, i);
		free(text);
		text = more;
	}
	/* d0..d22 fit beside "stock"; d23 is the 25th, at line 10 + 23 * 2 + 1 */
	ret = sweep_parse("t.conf", text, &sw, &err);
	CHECK(ret == -EINVAL && err && strstr(err, "t.conf:57: [driver d23]: more than 24 [driver] sections"),
	      "25 drivers: %s", err);
	free(err);
	free(text);
	sweep_free(&sw);
}

static void check_good(void)
{
	char *path = tu_fmt("%s/sweep-good.conf", data_dir), *err = NULL;
	const struct sweep_workload *w;
	const struct sweep_driver *d;
	struct sweep sw;
	int ret = sweep_load(path, &sw, &err);

	CHECK(ret == 0, "sweep-good.conf: %d %s", ret, err);
	if (ret)
		goto out;
	CHECK(!strcmp(sw.name, "unit-good"), "name %s", sw.name);
	CHECK(!strcmp(sw.description, "every key set"), "description [%s]", sw.description);
	CHECK(sw.reps == 2 && sw.has_seed && sw.seed == 77 && sw.warmup_s == 5 && sw.perf,
	      "reps %u seed %u warmup %u perf %d", sw.reps, sw.seed, sw.warmup_s, sw.perf);
	CHECK(!strcmp(sw.baseline, "stock"), "baseline %s", sw.baseline);
	CHECK(sw.text && strstr(sw.text, "[driver ours-pre]   # a comment after a header\n"),
	      "text not verbatim");
	CHECK(sw.ndrivers == 2 && sw.nbackends == 2 && sw.nworkloads == 2, "%zu %zu %zu",
	      sw.ndrivers, sw.nbackends, sw.nworkloads);
	d = &sw.drivers[1];
	CHECK(!strcmp(d->name, "ours-pre") && !strcmp(d->module, "ours") && d->line == 15,
	      "driver 2: %s %s line %d", d->name, d->module, d->line);
	CHECK(d->params.n == 2 && !strcmp(d->params.v[0].key, "bounce_strategy") &&
	      !strcmp(d->params.v[0].value, "prealloc") && !strcmp(d->params.v[1].value, "64"),
	      "params");
	CHECK(d->knobs.n == 2 && !strcmp(d->knobs.v[1].key, "irq_affinity_policy") &&
	      !strcmp(d->knobs.v[1].value, "sticky"), "knobs");
	CHECK(sw.drivers[0].params.n == 0 && !strcmp(sw.drivers[0].module, "stock"), "stock driver");
	CHECK(!strcmp(sw.backends[0].type, "qsd-null") && !strcmp(sw.backends[0].size, "1G") &&
	      sw.backends[0].size_bytes == 1ULL << 30 && sw.backends[0].queues == 1,
	      "backend defaults");
	CHECK(!strcmp(sw.backends[1].name, "ram2") && !strcmp(sw.backends[1].type, "blkd-ram") &&
	      sw.backends[1].size_bytes == 2ULL << 30 && sw.backends[1].queues == 4, "backend 2");
	CHECK(sw.backends[1].args && !strcmp(sw.backends[1].args, "--umem --poll-us 50 --batch 16") &&
	      sw.backends[1].umem == SWEEP_UMEM_ANON && sw.backends[1].args_line == 27,
	      "backend 2 args [%s] umem %d line %d", sw.backends[1].args, sw.backends[1].umem,
	      sw.backends[1].args_line);
	CHECK(!sw.backends[0].args && sw.backends[0].umem == SWEEP_UMEM_OFF, "backend 1 has args");
	w = &sw.workloads[0];
	CHECK(w->rw.n == 2 && !strcmp(w->rw.v[1], "randwrite"), "rw list trimmed");
	CHECK(w->bs.n == 1 && w->bs_bytes[0] == 4096 && w->n_iodepth == 2 && w->iodepth[1] == 16 &&
	      w->n_numjobs == 1 && w->runtime_s == 10 && w->ramp_s == 2, "workload qd");
	w = &sw.workloads[1];
	CHECK(w->bs.n == 2 && !strcmp(w->bs.v[1], "1M") && w->bs_bytes[1] == 1 << 20 &&
	      w->n_numjobs == 1 && w->numjobs[0] == 1 && w->runtime_s == 4 && w->ramp_s == 1,
	      "workload big defaults");
	CHECK(sweep_plan_points(&sw, 2) == 2 * 2 * 2 * (4 + 2), "points %llu",
	      (unsigned long long)sweep_plan_points(&sw, 2));
out:
	free(err);
	free(path);
	sweep_free(&sw);
}

/* Defaults of [sweep]: 3 repetitions, no seed, the first driver as baseline, perf off. */
static void check_defaults(void)
{
	struct sweep sw;
	char *err = NULL;
	int ret = sweep_parse("t.conf", BASE "\n# end\n", &sw, &err);

	CHECK(ret == 0, "minimal sweep: %s", err);
	if (!ret)
		CHECK(sw.reps == 3 && !sw.has_seed && !strcmp(sw.baseline, "stock") && !sw.perf &&
		      sw.warmup_s == 0 && !strcmp(sw.description, "") && !strcmp(sw.clock, "auto") &&
		      !strcmp(sw.placement, "split") && !strcmp(sw.boots, "shared") && !sw.control,
		      "defaults");
	free(err);
	sweep_free(&sw);
}

/* Every option args allows, in both forms; --umem-hugepage wins over nothing. */
static void check_args_good(void)
{
	struct sweep sw;
	char *err = NULL;
	int ret = sweep_parse("t.conf", BASE "[backend f]\nargs = --direct --sqpoll --uring-depth=64 "
				 "--cpus 0,1 --queue-size 64 --batch 8 --blk-size 4096 --umem-hugepage "
				 "--poll-us 0 --irq-affinity queue-cpu\ntype = blkd-file\n", &sw, &err);

	CHECK(ret == 0, "args with every option: %s", err);
	if (!ret)
		CHECK(!strcmp(sw.backends[1].args, "--direct --sqpoll --uring-depth 64 --cpus 0,1 "
				"--queue-size 64 --batch 8 --blk-size 4096 --umem-hugepage --poll-us 0 "
				"--irq-affinity queue-cpu") &&
		      sw.backends[1].umem == SWEEP_UMEM_HUGEPAGE && sw.backends[1].blk_size == 4096,
		      "args [%s] umem %d", sw.backends[1].args, sw.backends[1].umem);
	free(err);
	sweep_free(&sw);
	err = NULL;
	ret = sweep_parse("t.conf", BASE "[backend f]\nargs = --irq-affinity=auto --crossed-poll-us 200\n"
			  "type = blkd-null\n", &sw, &err);
	CHECK(ret == 0, "auto with --crossed-poll-us: %s", err);
	if (!ret)
		CHECK(!strcmp(sw.backends[1].args, "--irq-affinity auto --crossed-poll-us 200"),
		      "args [%s]", sw.backends[1].args);
	free(err);
	sweep_free(&sw);
}

/* Every knob and module parameter of kernel/knobs.def at the edges it allows. */
static void check_knobs_good(void)
{
	struct sweep sw;
	char *err = NULL;
	int ret = sweep_parse("t.conf", BASE "[driver o]\nmodule = ours\n"
			      "params = allow_unsafe_direct=1 bounce_strategy=direct kick_coalesce_us=1000000 "
			      "inject_coalesce_us=1 inject_coalesce_max=65535 copy_nocache_threshold=0\n"
			      "knobs = bounce_size=1073741824 msg_timeout=0 bounce_strategy=umem "
			      "iova_alloc=plain kick_mode=coalesce inject_mode=direct "
			      "irq_affinity_policy=local copy_engine=nocache copy_nocache_threshold=4294967295 "
			      "kick_coalesce_us=1 inject_coalesce_us=1000000 inject_coalesce_max=1\n",
			      &sw, &err);

	CHECK(ret == 0, "every knob at an edge: %s", err);
	free(err);
	sweep_free(&sw);
}

/* observe and build: a tool or build is kept, the defaults leave NULL. */
static void check_observe_good(void)
{
	struct sweep sw;
	char *err = NULL;
	int ret = sweep_parse("t.conf", BASE "[driver l]\nobserve = vduse-lat\nmodule = stock\n"
			      "[driver n]\nmodule = ours\nobserve = none\n[backend b]\nbuild = noinstr\n"
			      "type = blkd-null\n[backend i]\ntype = blkd-ram\nbuild = instr\n", &sw, &err);

	CHECK(ret == 0, "observe and build: %s", err);
	if (!ret)
		CHECK(sw.drivers[1].observe && !strcmp(sw.drivers[1].observe, "vduse-lat") &&
		      !sw.drivers[0].observe && !sw.drivers[2].observe && sw.backends[1].build &&
		      !strcmp(sw.backends[1].build, "noinstr") && !sw.backends[0].build &&
		      !sw.backends[2].build, "observe %s build %s", sw.drivers[1].observe,
		      sw.backends[1].build);
	CHECK(sweep_choice_ok(SWEEP_OBSERVE, "vduse-copy") && !sweep_choice_ok(SWEEP_OBSERVE, "lat") &&
	      sweep_choice_is_default(SWEEP_BUILD, "instr"), "choices");
	free(err);
	sweep_free(&sw);
}

/* The keys that say how a run measures: clock, placement and the control. */
static void check_measure_keys(void)
{
	struct sweep sw;
	char *err = NULL;
	/* [sweep]'s keys at once (baseline_backend, which needs two backends, aside):
	 * each has its own slot (a 13th key once overran the parser's table) */
	int ret = sweep_parse("t.conf", "[sweep]\nname = t\ndescription = d\nrepetitions = 4\n"
			  "seed = 9\nbaseline = stock\nwarmup = 2\nperf = on\nclock = wall\n"
			  "control = a2\nplacement = free\nquestion = Which?\n"
			  "boots = per-repetition\n"
			  "[driver stock]\nmodule = stock\n[driver a2]\nmodule = stock\n"
			  "[backend null]\ntype = qsd-null\n[workload w]\nrw = read\nbs = 4k\n"
			  "iodepth = 1\n", &sw, &err);
	CHECK(ret == 0, "clock, placement, control, boots: %s", err);
	if (!ret)
		CHECK(!strcmp(sw.clock, "wall") && !strcmp(sw.placement, "free") &&
		      !strcmp(sw.control, "a2") && !strcmp(sw.boots, "per-repetition") &&
		      sw.reps == 4 && sw.seed == 9 && sw.warmup_s == 2 && sw.perf &&
		      !strcmp(sw.question, "Which?"),
		      "clock %s placement %s control %s boots %s", sw.clock, sw.placement,
		      sw.control, sw.boots);
	CHECK(sweep_clock_known("icount") && !sweep_clock_known("ICOUNT"), "clock names");
	free(err);
	sweep_free(&sw);
}

/* A question and two headlines are read as written; of defaults to driver. */
static void check_headlines(void)
{
	struct sweep sw;
	char *err = NULL;
	int ret = sweep_parse("t.conf", HL "[headline lat]\nmetric = lat_mean_us\nwhere = iodepth=1 rw=read\n"
			      "goal = <= 0.7\n[headline aa]\nmetric = iops\nof = driver\n"
			      "goal = within 0.005\n", &sw, &err);

	CHECK(ret == 0, "headlines: %s", err);
	if (!ret)
		CHECK(!strcmp(sw.question, "Does it?") && sw.nheadlines == 2 &&
		      !strcmp(sw.headlines[0].metric, "lat_mean_us") &&
		      !strcmp(sw.headlines[0].of, "driver") && sw.headlines[0].where.n == 2 &&
		      !strcmp(sw.headlines[0].where.v[1].key, "rw") &&
		      !strcmp(sw.headlines[0].goal, "<= 0.7") &&
		      !strcmp(sw.headlines[1].goal, "within 0.005"), "headlines read wrong");
	free(err);
	sweep_free(&sw);
	/* the extra axes by the names and numbers aggregate.csv writes */
	ret = sweep_parse("t.conf", HLX "[headline fs]\nmetric = iops\nwhere = fs=ext4 fsync=1\n", &sw, &err);
	CHECK(ret == 0, "a headline on fs and fsync: %s", err);
	if (!ret)
		CHECK(sw.nheadlines == 1 && sw.headlines[0].where.n == 2 &&
		      !strcmp(sw.headlines[0].where.v[0].key, "fs") &&
		      !strcmp(sw.headlines[0].where.v[0].value, "ext4"), "fs headline read wrong");
	free(err);
	sweep_free(&sw);
}

/* baseline_backend pairs, comma or blank separated; lookups by backend. */
static void check_bpairs(void)
{
	static const char *const texts[] = { BB("q:b, q:c"), BB("q:b q:c"), BB(" q:b,q:c ") };
	struct sweep sw;
	char *err = NULL;
	size_t i;
	int ret;

	for (i = 0; i < sizeof(texts) / sizeof(texts[0]); i++) {
		ret = sweep_parse("t.conf", texts[i], &sw, &err);
		CHECK(ret == 0, "text %zu: %s", i, err);
		if (!ret) {
			CHECK(sw.nbpairs == 2 && sweep_baseline_backend(&sw, 1) == &sw.backends[0] &&
			      sweep_baseline_backend(&sw, 2) == &sw.backends[0] &&
			      !sweep_baseline_backend(&sw, 0), "text %zu: pairs", i);
		}
		free(err);
		err = NULL;
		sweep_free(&sw);
	}
	ret = sweep_parse("t.conf", BASE, &sw, &err);
	CHECK(ret == 0 && sw.nbpairs == 0 && !sweep_baseline_backend(&sw, 0), "no pairs by default");
	free(err);
	sweep_free(&sw);
}

int main(int argc, char **argv)
{
	size_t i;

	if (argc != 2) {
		fprintf(stderr, "usage: %s DATA_DIR\n", argv[0]);
		return T_FAIL;
	}
	data_dir = argv[1];
	check_good();
	check_defaults();
	check_bpairs();
	check_headlines();
	check_args_good();
	check_knobs_good();
	check_measure_keys();
	check_observe_good();
	for (i = 0; i < sizeof(bad_cases) / sizeof(bad_cases[0]); i++)
		check_bad(&bad_cases[i], i);
	check_too_many();
	return tu_result("sweep-parse");
}
