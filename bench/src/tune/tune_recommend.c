// SPDX-License-Identifier: GPL-2.0-only
/* vlab-tune: the recommendation (tune_recommend.h). */
#define _GNU_SOURCE
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "optdef.h"
#include "planfile.h"
#include "tune_conf.h"
#include "tune_recommend.h"
#include "tune_req.h"
#include "tune_stage.h"

/* The daemon line: vduse-blkd as the harness starts it, without --attach */
static void backend_line(FILE *out, const char *type, const char *size, unsigned int queues,
			 const char *args)
{
	int t;

	if (strncmp(type, "blkd-", 5)) {
		fprintf(out, "# 2. start the backend, %s, as bench/guest/lib.sh's backend_start does\n"
			     "#    (no daemon options tuned); it creates the VDUSE device %s\n",
			type, TUNE_DEV);
		return;
	}
	t = blkd_target_find(type + 5);
	fprintf(out, "# 2. start the backend; it creates the VDUSE device (not attached yet)\n"
		     "vduse-blkd --target %s --name %s%s%s --size %s --queues %u%s%s &\n",
		type + 5, TUNE_DEV, t >= 0 && blkd_targets[t].path == BP_REQUIRED ? " --path " : "",
		t >= 0 && blkd_targets[t].path == BP_REQUIRED ? "FILE" : "", size, queues,
		*args ? " " : "", args);
}

static void knob_lines(FILE *out, const char *knobs)
{
	char copy[TUNE_KV_LEN], *save = NULL, *w;

	fprintf(out, "# 3. the per-device knobs, once /sys/class/vduse/%s exists and before it is attached\n",
		TUNE_DEV);
	if (!*knobs)
		fprintf(out, "#    (none: our module's defaults)\n");
	snprintf(copy, sizeof(copy), "%s", knobs);
	for (w = strtok_r(copy, " ", &save); w; w = strtok_r(NULL, " ", &save)) {
		size_t k = strcspn(w, "=");

		fprintf(out, "echo %s > /sys/class/vduse/%s/%.*s\n", w + k + 1, TUNE_DEV, (int)k, w);
	}
}

/* the ratio at 3 places, or 4 where a significant one would read 1.000 */
static int places(const struct tune_score *s)
{
	return s->sig == 1 && fabs(s->ratio - 1) < 0.0005 ? 4 : 3;
}

int tune_recommend(const struct tune_run *run, FILE *out, char *why, size_t len)
{
	struct json_object *a, *b, *v;
	const char *type = NULL, *size = NULL, *module = NULL, *backend, *ev;
	struct tune_conf conf, stock;
	struct tune_score sc;
	char args[TUNE_KV_LEN], desc[256], v1[64];
	int ret, d;
	size_t n;

	if (!json_object_object_get_ex(run->plan.json, "backends", &a) ||
	    json_object_array_length(a) != 1 ||
	    !json_object_object_get_ex(b = json_object_array_get_idx(a, 0), "name", &v))
		return snprintf(why, len, "%s: a confirm run has one backend", run->dir), -EINVAL;
	backend = json_object_get_string(v);
	if (tune_run_driver(run, TUNE_TUNED, &conf, &module) || !module || strcmp(module, "ours"))
		return snprintf(why, len, "%s: no driver %s of our module", run->dir, TUNE_TUNED), -EINVAL;
	tune_run_backend(run, backend, &type, &size, args, sizeof(args));
	ret = tune_run_score(run, 0, TUNE_TUNED, backend, &sc, why, len);
	if (ret)
		return ret;
	tune_req_describe(&run->req, desc, sizeof(desc));
	fprintf(out, "# vlab-tune's recommendation for %s\n# measured on %s\n", desc,
		run->clock_label);
	if (!tune_kv_get(conf.knobs, "bounce_strategy", v1, sizeof(v1)) && !strcmp(v1, "direct"))
		fprintf(out, "# UNSAFE (--allow-unsafe): bounce_strategy=direct exposes guest memory to the backend (kernel/README.md)\n");
	fprintf(out, "# 1. load our module (kernel/), with its module parameters\nmodprobe vduse%s%s\n",
		*conf.params ? " " : "", conf.params);
	backend_line(out, type ? type : run->req.backend, size ? size : TUNE_DISK_SIZE,
		     run->req.queues, args);
	knob_lines(out, conf.knobs);
	fprintf(out, "# 4. attach it to the vDPA bus: its disk appears\nvdpa dev add name %s mgmtdev vduse\n",
		TUNE_DEV);
	d = places(&sc);
	if (tune_run_driver(run, TUNE_STOCK, &stock, NULL))
		stock.knobs[0] = '\0';
	fprintf(out, "# expected gain over stock (%s, ratio to the stock module on the same backend%s%s): %.*f",
		run->req.metric, *stock.knobs ? ", its knobs " : "", stock.knobs, d, sc.ratio);
	if (isnan(sc.lo))
		fprintf(out, ", no interval");
	else
		fprintf(out, " [%.*f, %.*f] (95%% t interval, %d pairs%s)", d, sc.lo, d, sc.hi, sc.n,
			vlab_plan_boot_per_rep(&run->plan) ? ", a boot each" : ", in shared boots");
	if (!isnan(sc.floor))
		fprintf(out, "; A/A noise floor %.2f%%", 100 * sc.floor);
	fprintf(out, "%s\n", sc.sig == 1 ? "" : "; not distinguishable from the A/A noise");
	fprintf(out, "# verdict: %s\n", tune_verdict(&sc));
	fprintf(out, "# evidence (each a run folder with REPORT.md):\n");
	for (ev = run->sweep_text; ev && (ev = strstr(ev, TUNE_EVIDENCE_TAG)); ev += n) {
		ev += strlen(TUNE_EVIDENCE_TAG);
		n = strcspn(ev, "\n");
		fprintf(out, "#   %.*s\n", (int)n, ev);
	}
	fprintf(out, "#   %s\n", run->dir);
	return 0;
}
