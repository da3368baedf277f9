// SPDX-License-Identifier: GPL-2.0-only
/* vlab-tune: the screen, recheck, combine and confirm sweeps (tune_stage.h). */
#define _GNU_SOURCE
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "planfile.h"
#include "tune_conf.h"
#include "tune_space.h"
#include "tune_stage.h"

static const struct tune_conf none = { "", "", "" };

static int base_drivers(const struct tune_req *r, struct tune_sweep *s)
{
	struct tune_conf base = none;

	tune_base_knobs(r->budget, base.knobs, sizeof(base.knobs));
	s->baseline = TUNE_BASE;
	s->control = TUNE_AA;
	return tune_sweep_driver(s, TUNE_BASE, "ours", &base) ?:
	       tune_sweep_driver(s, TUNE_AA, "ours", &base);
}

int tune_screen(const struct tune_req *r, struct tune_sweep *s, FILE *notes, char *why,
		size_t len)
{
	struct tune_cand k[TUNE_MAX_CANDS], d[TUNE_MAX_CANDS];
	int nk, nd, i, ret;
	size_t used = 0;

	memset(s, 0, sizeof(*s));
	s->stage = "screen";
	s->question = "Which single value of our module's knobs or vduse-blkd's options beats their defaults at this workload within the budget?";
	s->reps = TUNE_REPS;
	nk = tune_space_knobs(r, k, notes);
	nd = tune_space_daemon(r, d, notes);
	ret = nk < 0 || nd < 0 ? -ENOSPC : base_drivers(r, s) ?: tune_sweep_backend(s, TUNE_BASE_BACKEND, "");
	/* the knob values on the base backend only: one change at a time, never a pair */
	for (i = 0; i < nk && !ret; i++) {
		ret = tune_sweep_driver(s, k[i].name, "ours", &k[i].conf);
		if (!ret && nd)
			snprintf(s->drivers[s->ndrivers - 1].backends,
				 sizeof(s->drivers[0].backends), "%s", TUNE_BASE_BACKEND);
	}
	/* the daemon's option values under our defaults and their A/A copy */
	for (i = 0; i < nd && !ret; i++) {
		ret = tune_sweep_backend(s, d[i].name, d[i].conf.args);
		used += snprintf(s->pairs + used, sizeof(s->pairs) - used, "%s%s:%s",
				 used ? ", " : "", TUNE_BASE_BACKEND, d[i].name);
	}
	if (ret) {
		snprintf(why, len, "more candidates than a sweep holds (%d drivers, %d backends at most), or a name over 24 characters",
			 TUNE_MAX_DRIVERS, TUNE_MAX_BACKENDS);
		return -ENOSPC;
	}
	return 0;
}

/* The name of entry i of plan.json's drivers or backends, "" past the end */
static const char *plan_name(const struct tune_run *run, int of_backend, size_t i)
{
	struct json_object *a, *v;

	if (!json_object_object_get_ex(run->plan.json, of_backend ? "backends" : "drivers", &a) ||
	    i >= json_object_array_length(a) ||
	    !json_object_object_get_ex(json_object_array_get_idx(a, i), "name", &v))
		return "";
	return json_object_get_string(v);
}

static int is_base(const char *name, int of_backend)
{
	return !strcmp(name, of_backend ? TUNE_BASE_BACKEND : TUNE_BASE) ||
	       (!of_backend && !strcmp(name, TUNE_AA));
}

int tune_recheck(const struct tune_run *screen, struct tune_sweep *s, FILE *notes, char *why,
		 size_t len)
{
	struct tune_score sc;
	struct tune_conf c;
	const char *name;
	char args[TUNE_KV_LEN];
	size_t used = 0, i;
	int ret, of_backend;

	memset(s, 0, sizeof(*s));
	s->stage = "recheck";
	s->question = "Which of the values the screen could not rule out beats our module's defaults by the minimum gain, measured again with more repetitions, a boot each?";
	s->reps = TUNE_DECIDE_REPS;
	s->boots = VLAB_BOOTS_PER_REP;
	if (tune_sweep_evidence(s, screen->sweep_text, screen->dir))
		return snprintf(why, len, "%s: too many runs behind it, or a path too long",
				screen->dir), -ENOSPC;
	ret = base_drivers(&screen->req, s) ?: tune_sweep_backend(s, TUNE_BASE_BACKEND, "");
	for (of_backend = 0; of_backend < 2 && !ret; of_backend++) {
		for (i = 0; *(name = plan_name(screen, of_backend, i)) && !ret; i++) {
			if (is_base(name, of_backend))
				continue;
			ret = tune_run_score(screen, of_backend, of_backend ? TUNE_BASE : name,
					     of_backend ? name : TUNE_BASE_BACKEND, &sc, why, len);
			if (ret == -ENOENT) {
				fprintf(notes, "recheck: %s: no ratio in the screen: %s\n", name, why);
				ret = 0;
				continue;
			}
			if (ret)
				return ret;
			if (!tune_could_win(&sc)) {
				fprintf(notes, "recheck: %s: ruled out by the screen (%s %.4f [%.4f, %.4f])\n",
					name, screen->req.metric, sc.ratio, sc.lo, sc.hi);
				continue;
			}
			fprintf(notes, "recheck: %s: measured again (screen: %s %.4f [%.4f, %.4f])\n",
				name, screen->req.metric, sc.ratio, sc.lo, sc.hi);
			if (!of_backend) {
				tune_run_driver(screen, name, &c, NULL);
				ret = tune_sweep_driver(s, name, "ours", &c);
				continue;
			}
			tune_run_backend(screen, name, NULL, NULL, args, sizeof(args));
			ret = tune_sweep_backend(s, name, args);
			used += snprintf(s->pairs + used, sizeof(s->pairs) - used, "%s%s:%s",
					 used ? ", " : "", TUNE_BASE_BACKEND, name);
		}
	}
	/* knob values on the base backend only, as in the screen */
	for (i = 0; i < s->ndrivers && !ret && s->nbackends > 1; i++)
		if (!is_base(s->drivers[i].name, 0))
			snprintf(s->drivers[i].backends, sizeof(s->drivers[0].backends), "%s",
				 TUNE_BASE_BACKEND);
	if (ret == -ENOSPC)
		snprintf(why, len, "more candidates than a sweep holds (%d drivers, %d backends at most)",
			 TUNE_MAX_DRIVERS, TUNE_MAX_BACKENDS);
	return ret;
}

/* The winners among names (drivers, or backends with of_backend) of run, best first. */
static int winners(const struct tune_run *run, int of_backend, struct tune_score *w, size_t *nw,
		   FILE *notes, char *why, size_t len)
{
	struct json_object *a, *o, *v;
	const char *array = of_backend ? "backends" : "drivers";
	size_t i;
	int ret;

	*nw = 0;
	if (!json_object_object_get_ex(run->plan.json, array, &a))
		return snprintf(why, len, "%s: plan.json has no %s", run->dir, array), -EINVAL;
	for (i = 0; i < json_object_array_length(a) && *nw < TUNE_MAX_CANDS; i++) {
		const char *name;

		o = json_object_array_get_idx(a, i);
		name = json_object_object_get_ex(o, "name", &v) ? json_object_get_string(v) : "";
		if (is_base(name, of_backend))
			continue;
		ret = tune_run_score(run, of_backend, of_backend ? TUNE_BASE : name,
				     of_backend ? name : TUNE_BASE_BACKEND, &w[*nw], why, len);
		if (ret == -ENOENT) {
			/* its points failed, or the run is not summarised whole: no evidence, no win */
			fprintf(notes, "%s %s: no ratio: %s\n", run->plan.name, name, why);
			continue;
		}
		if (ret)
			return ret;
		fprintf(notes, "%s %s: %s %.4f [%.4f, %.4f]%s\n", run->plan.name, name,
			run->req.metric, w[*nw].ratio, w[*nw].lo, w[*nw].hi,
			tune_is_win(&w[*nw]) ? " a win" :
			w[*nw].sig == 1 && w[*nw].turned > 1 ?
			" better, but not by the minimum gain over its whole interval" :
			w[*nw].sig == 1 ? " worse" : " not beyond the A/A noise");
		if (tune_is_win(&w[*nw]))
			(*nw)++;
	}
	qsort(w, *nw, sizeof(*w), tune_score_cmp);
	return 0;
}

/* The knob a screen driver changes: its knobs minus the defaults' (and params) */
static void changed(const struct tune_conf *base, const struct tune_conf *c, char *key,
		    size_t len)
{
	char *copy = strdup(c->knobs), *save = NULL, *w, v[64];

	key[0] = '\0';
	for (w = copy ? strtok_r(copy, " ", &save) : NULL; w; w = strtok_r(NULL, " ", &save)) {
		size_t k = strcspn(w, "=");

		w[k] = '\0';
		if (tune_kv_get(base->knobs, w, v, sizeof(v)) || strcmp(v, w + k + 1)) {
			snprintf(key, len, "%s", w);
			break;
		}
	}
	free(copy);
}

static int combine_knobs(const struct tune_run *run, struct tune_sweep *s, FILE *notes,
			 char *why, size_t len)
{
	struct tune_score w[TUNE_MAX_CANDS];
	struct tune_conf base, acc, c;
	char keys[TUNE_MAX_WINNERS][32], key[32], v[64], name[25];
	size_t nw, i, k, nk = 0;
	int ret;

	ret = winners(run, 0, w, &nw, notes, why, len);
	if (ret || tune_run_driver(run, TUNE_BASE, &base, NULL))
		return ret ?: (snprintf(why, len, "%s: no driver %s", run->dir, TUNE_BASE), -EINVAL);
	acc = base;
	for (i = 0; i < nw && nk < TUNE_MAX_WINNERS; i++) {
		struct tune_conf next;

		tune_run_driver(run, w[i].name, &c, NULL);
		changed(&base, &c, key, sizeof(key));
		for (k = 0; k < nk && strcmp(keys[k], key); k++)
			;
		if (k < nk) {
			fprintf(notes, "combine: %s left out: %s is set already by a better winner\n",
				w[i].name, key);
			continue;
		}
		next = acc;
		tune_kv_get(c.knobs, key, v, sizeof(v));
		tune_kv_set(next.knobs, sizeof(next.knobs), key, v);
		tune_kv_sort(next.knobs, sizeof(next.knobs));
		if (*c.params)
			snprintf(next.params, sizeof(next.params), "%s", c.params);
		if (tune_held(next.knobs) > run->req.budget) {
			fprintf(notes, "combine: %s left out: with the winners before it, it holds up to %llu bytes, over the budget\n",
				w[i].name, (unsigned long long)tune_held(next.knobs));
			continue;
		}
		acc = next;
		snprintf(keys[nk++], sizeof(keys[0]), "%s", key);
		snprintf(name, sizeof(name), "%s%zu", TUNE_COMBINE_PREFIX, nk);
		fprintf(notes, "combine: %s = %s\n", name, acc.knobs);
		ret = tune_sweep_driver(s, name, "ours", &acc);
		if (ret)
			return ret;
	}
	return 0;
}

static int combine_daemon(const struct tune_run *run, struct tune_sweep *s, FILE *notes,
			  char *why, size_t len)
{
	struct tune_score w[TUNE_MAX_CANDS];
	char acc[TUNE_KV_LEN] = "", next[2 * TUNE_KV_LEN + 1], args[TUNE_KV_LEN], msg[512];
	size_t nw, i, taken = 0;
	int ret = winners(run, 1, w, &nw, notes, why, len);

	for (i = 0; !ret && i < nw && taken < TUNE_MAX_WINNERS; i++) {
		tune_run_backend(run, w[i].name, NULL, NULL, args, sizeof(args));
		snprintf(next, sizeof(next), "%s%s%s", acc, *acc ? " " : "", args);
		if (strlen(next) >= sizeof(acc)) {
			fprintf(notes, "combine: %s left out: the options grow too long\n", w[i].name);
			continue;
		}
		if (tune_blkd_check(run->req.backend, run->req.queues, next, msg, sizeof(msg))) {
			fprintf(notes, "combine: %s left out: with the winners before it: %s\n",
				w[i].name, msg);
			continue;
		}
		memcpy(acc, next, strlen(next) + 1);
		taken++;
	}
	if (ret || !taken)
		return ret;
	fprintf(notes, "combine: backend %s = %s\n", TUNE_TUNED, acc);
	snprintf(s->pairs, sizeof(s->pairs), "%s:%s", TUNE_BASE_BACKEND, TUNE_TUNED);
	return tune_sweep_backend(s, TUNE_TUNED, acc);
}

int tune_combine(const struct tune_run *recheck, struct tune_sweep *s, FILE *notes, char *why,
		 size_t len)
{
	int ret;

	memset(s, 0, sizeof(*s));
	s->stage = "combine";
	s->question = "Do the recheck's winners, added one at a time in order of gain, beat our module's defaults together?";
	s->reps = TUNE_DECIDE_REPS;
	s->boots = VLAB_BOOTS_PER_REP;
	ret = base_drivers(&recheck->req, s) ?:
	      tune_sweep_backend(s, TUNE_BASE_BACKEND, "") ?:
	      tune_sweep_evidence(s, recheck->sweep_text, recheck->dir);
	if (ret)
		return ret == -ENOSPC ? (snprintf(why, len, "too many drivers, backends or runs"), ret) : ret;
	ret = combine_knobs(recheck, s, notes, why, len);
	return ret ?: combine_daemon(recheck, s, notes, why, len);
}

int tune_confirm(const struct tune_run *run, struct tune_sweep *s, FILE *notes, char *why,
		 size_t len)
{
	struct tune_score best, sc;
	struct tune_conf conf, stock = none;
	char args[TUNE_KV_LEN] = "", name[25];
	const char *backend = TUNE_BASE_BACKEND;
	int ret, i, beats;

	memset(s, 0, sizeof(*s));
	s->stage = "confirm";
	s->question = "How much does the configuration vlab-tune chose beat the stock module within the same budget, with more repetitions?";
	s->reps = TUNE_DECIDE_REPS;
	s->boots = VLAB_BOOTS_PER_REP;
	/* the daemon's options first: the tuned backend against the base one, our defaults held */
	if (!tune_run_backend(run, TUNE_TUNED, NULL, NULL, args, sizeof(args))) {
		ret = tune_run_score(run, 1, TUNE_BASE, TUNE_TUNED, &sc, why, len);
		if (ret && ret != -ENOENT)
			return ret;
		if (!ret && tune_is_win(&sc)) {
			backend = TUNE_TUNED;
		} else {
			fprintf(notes, "confirm: backend %s (%s) dropped: %s %.4f, not a significant gain\n",
				TUNE_TUNED, args, run->req.metric, sc.ratio);
			args[0] = '\0';
		}
	}
	/*
	 * then, on that backend, the chain of knobs: each longer one only if it
	 * beats the one taken before by the minimum gain (tune_beats), so that a
	 * link that adds nothing is left out the same way every time
	 */
	ret = tune_run_driver(run, TUNE_BASE, &conf, NULL);
	if (ret)
		return snprintf(why, len, "%s: no driver %s", run->dir, TUNE_BASE), -EINVAL;
	best.turned = 0;
	for (i = 1; i <= TUNE_MAX_WINNERS; i++) {
		struct tune_conf c;

		snprintf(name, sizeof(name), "%s%d", TUNE_COMBINE_PREFIX, i);
		if (tune_run_driver(run, name, &c, NULL))
			break;
		ret = tune_run_score(run, 0, name, backend, &sc, why, len);
		if (ret == -ENOENT)
			fprintf(notes, "confirm: %s: no ratio: %s\n", name, why);
		if (ret == -ENOENT)
			continue;
		if (ret)
			return ret;
		beats = tune_beats(&sc, best.turned > 0 ? best.turned : 1);
		fprintf(notes, "confirm: %s: %s %.4f [%.4f, %.4f]: %s %s\n", name, run->req.metric,
			sc.ratio, sc.lo, sc.hi, beats ? "beats" : "does not beat",
			best.turned > 0 ? best.name : "our defaults");
		if (beats) {
			best = sc;
			conf = c;
		}
	}
	fprintf(notes, "confirm: tuned = %s%s%s%s, backend %s%s%s\n",
		best.turned > 0 ? best.name : "our defaults (no combination gained significantly)",
		*conf.knobs ? " (" : "", conf.knobs, *conf.knobs ? ")" : "", backend,
		*args ? ": " : "", args);
	/* stock held to the budget too: its own bounce_size, not its 64 MiB default */
	tune_base_knobs(run->req.budget, stock.knobs, sizeof(stock.knobs));
	s->baseline = TUNE_STOCK;
	s->control = TUNE_STOCK_AA;
	ret = tune_sweep_driver(s, TUNE_STOCK, "stock", &stock) ?:
	      tune_sweep_driver(s, TUNE_STOCK_AA, "stock", &stock) ?:
	      tune_sweep_driver(s, TUNE_TUNED, "ours", &conf) ?:
	      tune_sweep_backend(s, backend, args) ?:
	      tune_sweep_evidence(s, run->sweep_text, run->dir);
	if (ret)
		snprintf(why, len, "too many runs behind %s", run->dir);
	return ret;
}
