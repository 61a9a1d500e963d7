"""Per-step rubric metrics from a batch's ``reward_extra_info`` (pure functions).

verl logs ``reward_extra_info`` only for validation. These functions turn the training batch's
columns (see :data:`rubric_plugin.scoring.EXTRA_KEYS`) into scalar metrics for verl's tracker,
whichever Ray process did the judging:

* ``rubric/pass_rate/all``, ``rubric/pass_rate/category/<c>``: mean all-or-nothing reward of the
  scorable samples;
* ``rubric/criterion_pass_rate/<kind>``: fraction of criteria passed (a ``penalty`` criterion
  passes when *not* satisfied), per kind (``check`` / ``llm``); ``rubric/criterion/<id>/pass_rate``
  per criterion id while a step holds at most :data:`MAX_CRITERION_IDS` distinct ids;
* ``rubric/aon_minus_fractional``: how much stricter all-or-nothing is than fractional;
* ``rubric/unscorable``, ``rubric/unscorable_fraction``; ``rubric/hard_veto_rate``;
* ``rubric/shaping/<hook>/fire_rate``, ``rubric/shaping/<hook>/delta_mean`` (with a shaping chain,
  from the ``shaping_<hook>_fired`` / ``shaping_<hook>_delta`` columns);
* ``verifier/latency_p50_s``, ``verifier/latency_p95_s``, ``verifier/requests``,
  ``verifier/retries``, ``verifier/cached_token_ratio``, ``verifier/cache_hits``,
  ``verifier/dedupe_hits``, ``verifier/cache_mib_max`` (the largest verdict cache of the step's
  reward workers), ``verifier/judge_truncated`` (samples whose response was shortened to fit the
  judge's context).

Means are over scorable samples only (an unscorable sample's reward is NaN); a metric with no
samples is left out rather than logged as NaN.

verl's own reward statistics (``critic/score/*``, ``critic/rewards/*`` from
``verl.trainer.ppo.metric_utils.compute_data_metrics``) average every sample, so one unscorable
sample makes them NaN for the whole step. :func:`scorable_reward_stats` recomputes them over the
scorable samples; the ``rubric_sync`` trainer puts them in place of verl's.
"""
from __future__ import annotations

import json
import math
from collections import defaultdict
from typing import Any, Mapping, Sequence

from rubric_plugin.verifier.stats import CACHE_HIT, DEDUPED, percentile


def _finite(values) -> list[float]:
    out = []
    for v in values:
        try:
            f = float(v)
        except (TypeError, ValueError):
            continue
        if math.isfinite(f):
            out.append(f)
    return out


def _mean(values) -> float | None:
    xs = _finite(values)
    return sum(xs) / len(xs) if xs else None


#: Per-criterion-id pass rates are logged only while a step's batch holds at most this many distinct
#: criterion ids: data with a shared rubric (or the shaping chain's fixed ids) gets one curve per
#: criterion; data with free-form per-prompt ids would flood the tracker with one-sample keys.
MAX_CRITERION_IDS = 32


def step_metrics(extra: Mapping[str, Sequence[Any]]) -> dict[str, float]:
    """Scalar metrics of one step; ``extra`` maps each ``reward_extra_info`` key to a column."""
    n = len(extra.get("rubric_scorable", ()))
    if n == 0:
        return {}
    scorable = [bool(float(s)) for s in extra["rubric_scorable"]]
    rows = [i for i in range(n) if scorable[i]]
    col = lambda key: [extra[key][i] for i in rows]  # noqa: E731 - local shorthand
    out: dict[str, float] = {"rubric/samples": float(n), "rubric/unscorable": float(n - len(rows)),
                             "rubric/unscorable_fraction": (n - len(rows)) / n}
    metrics = {
        "rubric/pass_rate/all": _mean(col("rubric_all_or_nothing")),
        "rubric/fractional": _mean(col("rubric_fractional")),
        "rubric/hard_veto_rate": _mean(col("rubric_hard_veto")),
        "rubric/reward": _mean(col("score")),
    }
    if metrics["rubric/pass_rate/all"] is not None and metrics["rubric/fractional"] is not None:
        metrics["rubric/aon_minus_fractional"] = metrics["rubric/pass_rate/all"] - metrics["rubric/fractional"]
    by_category: dict[str, list[float]] = defaultdict(list)
    for i in rows:
        by_category[str(extra["rubric_category"][i])].append(extra["rubric_all_or_nothing"][i])
    for cat, vals in sorted(by_category.items()):
        metrics[f"rubric/pass_rate/category/{cat}"] = _mean(vals)
    passed: dict[str, list[float]] = defaultdict(list)
    by_id: dict[str, list[float]] = defaultdict(list)
    for i in rows:
        for cid, v in json.loads(extra["rubric_verdicts"][i]).items():
            passed[v["kind"]].append(float(v["passed"]))
            by_id[cid].append(float(v["passed"]))
    for kind, vals in sorted(passed.items()):
        metrics[f"rubric/criterion_pass_rate/{kind}"] = _mean(vals)
    if len(by_id) <= MAX_CRITERION_IDS:
        for cid, vals in sorted(by_id.items()):
            metrics[f"rubric/criterion/{cid}/pass_rate"] = _mean(vals)
    out.update({k: v for k, v in metrics.items() if v is not None})
    out.update(verifier_metrics(extra))
    out.update(shaping_metrics(extra))
    return out


#: verl's per-step reward statistics that one NaN reward turns into NaN (``<prefix>/{mean,max,min}``).
VERL_REWARD_STAT_PREFIXES = ("critic/score", "critic/rewards")
VERL_REWARD_STAT_KEYS = tuple(f"{p}/{s}" for p in VERL_REWARD_STAT_PREFIXES for s in ("mean", "max", "min"))


def scorable_reward_stats(scores: Sequence[float], rewards: Sequence[float], response_lengths: Sequence[int],
                          ) -> dict[str, float]:
    """verl's ``critic/score/*`` and ``critic/rewards/*`` over the scorable samples only.

    ``scores[i]`` is sample ``i``'s summed ``rm_scores`` (verl's ``token_level_scores``),
    ``rewards[i]`` its summed ``token_level_rewards`` (the score minus the KL penalty when
    ``algorithm.use_kl_in_reward``), ``response_lengths[i]`` its response token count. Like verl,
    aborted samples (length 0) are left out; unlike verl, so are non-finite values, so the statistics
    never turn NaN. A prefix with no sample left is left out (verl would log NaN).
    """
    if not len(scores) == len(rewards) == len(response_lengths):
        raise ValueError(f"{len(scores)} scores, {len(rewards)} rewards and {len(response_lengths)} response "
                         "lengths; pass one of each per sample")
    out: dict[str, float] = {}
    for prefix, column in zip(VERL_REWARD_STAT_PREFIXES, (scores, rewards)):
        xs = _finite(v for v, n in zip(column, response_lengths) if n > 0)
        if xs:
            out.update({f"{prefix}/mean": math.fsum(xs) / len(xs), f"{prefix}/max": max(xs), f"{prefix}/min": min(xs)})
    return out


def shaping_metrics(extra: Mapping[str, Sequence[Any]]) -> dict[str, float]:
    """Per-hook fire rate and mean reward change over the scorable samples (their columns are NaN
    for unscorable ones); a hook with no scorable sample is left out."""
    out: dict[str, float] = {}
    for key in extra:
        if not (key.startswith("shaping_") and key.endswith("_fired")):
            continue
        hook = key[len("shaping_"):-len("_fired")]
        rate = _mean(extra[key])
        delta = _mean(extra.get(f"shaping_{hook}_delta", ()))
        if rate is not None:
            out[f"rubric/shaping/{hook}/fire_rate"] = rate
        if delta is not None:
            out[f"rubric/shaping/{hook}/delta_mean"] = delta
    return out


def verifier_metrics(extra: Mapping[str, Sequence[Any]]) -> dict[str, float]:
    """Verifier cost of the step, from the per-sample ``rubric_verifier_*`` columns."""
    if "rubric_verifier_requests" not in extra:
        return {}
    sent = [i for i, r in enumerate(extra["rubric_verifier_requests"]) if float(r) > 0]
    prompt = sum(_finite(extra["rubric_verifier_prompt_tokens"]))
    cached = sum(_finite(extra["rubric_verifier_cached_tokens"]))
    caches = list(extra["rubric_verifier_cache"])
    out = {
        "verifier/requests": float(sum(_finite(extra["rubric_verifier_requests"]))),
        "verifier/retries": float(sum(_finite(extra["rubric_verifier_retries"]))),
        "verifier/prompt_tokens": float(prompt),
        "verifier/completion_tokens": float(sum(_finite(extra["rubric_verifier_completion_tokens"]))),
        "verifier/cache_hits": float(caches.count(CACHE_HIT)),
        "verifier/dedupe_hits": float(caches.count(DEDUPED)),
    }
    if prompt:
        out["verifier/cached_token_ratio"] = cached / prompt
    # the largest verdict cache seen this step (each sample reports its own worker's cache)
    cache_bytes = _finite(extra.get("rubric_verifier_cache_bytes", ()))
    if cache_bytes:
        out["verifier/cache_mib_max"] = max(cache_bytes) / 2 ** 20
    cut = _finite(extra.get("rubric_verifier_judge_truncated_chars", ()))
    if cut:
        out["verifier/judge_truncated"] = float(sum(1 for t in cut if t > 0))
    latencies = [float(extra["rubric_verifier_latency_s"][i]) for i in sent]
    if latencies:
        out["verifier/latency_p50_s"] = percentile(latencies, 50)
        out["verifier/latency_p95_s"] = percentile(latencies, 95)
    return out


def verdict_table(extra: Mapping[str, Sequence[Any]], responses: Sequence[str] | None = None, limit: int = 16,
                  ) -> tuple[list[str], list[list[Any]]]:
    """``(columns, rows)`` of sampled verdicts with reasons, for a W&B table (first ``limit`` samples)."""
    columns = ["sample", "category", "status", "reward", "criterion", "source", "passed", "reason", "response"]
    rows: list[list[Any]] = []
    n = len(extra.get("rubric_verdicts", ()))
    for i in range(min(n, limit)):
        verdicts = json.loads(extra["rubric_verdicts"][i])
        response = (responses[i] if responses is not None else "")[:500]
        status = extra["rubric_verifier_status"][i]
        reason_if_none = extra["rubric_unscorable_reason"][i]
        if not verdicts:
            rows.append([i, extra["rubric_category"][i], status, float(extra["score"][i]), "", "", None,
                         reason_if_none, response])
        for cid, v in verdicts.items():
            rows.append([i, extra["rubric_category"][i], status, float(extra["score"][i]), cid, v["source"],
                         v["passed"], v["reason"], response])
    return columns, rows


#: ``timing_s/reward_tail``: seconds between the step's last finished rollout reaching a reward
#: manager and the step's last reward being ready; ``timing/reward_tail_share``: that over
#: ``timing_s/step``. The reward is off the critical path when the share is small (goal <= 5%).
REWARD_TAIL_KEY, REWARD_TAIL_SHARE_KEY = "timing_s/reward_tail", "timing/reward_tail_share"
#: ``timing_s/reward_wait``: the part of the tail inside the step that trained the batch: the time
#: the step waited for rewards after its last rollout had finished. In ``rubric_sync`` it equals the
#: tail; in the asynchronous modes a batch judged while an earlier step trained waits 0, so this is
#: the reward's share of the critical path there.
REWARD_WAIT_KEY, REWARD_WAIT_SHARE_KEY = "timing_s/reward_wait", "timing/reward_wait_share"


def reward_tail_metrics(extra: Mapping[str, Sequence[Any]], step_s: float | None,
                        step_began_t: float | None = None) -> dict[str, float]:
    """``timing_s/reward_tail`` (and its share of ``step_s``) from the ``rubric_reward_received_t`` /
    ``rubric_reward_ready_t`` columns: the last reward ready minus the last rollout received, never
    below 0 (rewards stream per sample while rollout runs). With ``step_began_t`` (wall clock, the
    training step's start) also ``timing_s/reward_wait``: the last reward ready minus the later of the
    last rollout and the step's start, never below 0. Empty when no sample carries both times."""
    pairs = [(r, d) for r, d in zip(_floats(extra.get("rubric_reward_received_t", ())),
                                     _floats(extra.get("rubric_reward_ready_t", ())))
             if math.isfinite(r) and math.isfinite(d)]
    if not pairs:
        return {}
    last_received, last_ready = max(r for r, _ in pairs), max(d for _, d in pairs)
    out = {REWARD_TAIL_KEY: max(0.0, last_ready - last_received)}
    if step_began_t is not None and math.isfinite(step_began_t):
        out[REWARD_WAIT_KEY] = max(0.0, last_ready - max(last_received, step_began_t))
    if step_s is not None and step_s > 0:
        out[REWARD_TAIL_SHARE_KEY] = out[REWARD_TAIL_KEY] / step_s
        if REWARD_WAIT_KEY in out:
            out[REWARD_WAIT_SHARE_KEY] = out[REWARD_WAIT_KEY] / step_s
    return out


def _floats(values) -> list[float]:
    out = []
    for v in values:
        try:
            out.append(float(v))
        except (TypeError, ValueError):
            out.append(math.nan)
    return out
