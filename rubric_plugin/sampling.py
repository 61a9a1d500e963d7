"""Dynamic sampling (DAPO's ``algorithm.filter_groups``) that ignores unscorable members.

Under RIFL's all-or-nothing reward many groups score all 0 or all 1; their GRPO advantages are 0 and
the compute spent on them teaches nothing. verl 0.9.1's V1 replay buffer drops such groups before
training and generates replacements when ``algorithm.filter_groups.enable=true``: a group is dropped
when its members' ``filter_groups.metric`` values have ``np.std == 0``. One unscorable member (NaN)
makes that test false, so a group that is all 1 apart from a lost verdict would be trained on for
nothing. The plugin's rule (:func:`no_signal`), for a group of ``n`` members of which ``F`` have a
finite value::

    n == 1                          -> kept     (verl's rule: a group of one is never filtered)
    F == 0                          -> kept     (all unscorable: the trainer masks them and the
                                                 unscorable budget must see them, or a verifier
                                                 outage would loop on refills)
    F >= 1 and std(finite) == 0     -> filtered (includes a lone survivor: advantage 0 by the plugin's rule)
    otherwise                       -> kept

:class:`RubricReplayBuffer` / :class:`RubricReplayBufferAsync` are verl's samplers with that rule;
the ``rubric_sync`` trainer installs them (:func:`with_rubric_filter`). Each step they add
``rubric/filter_groups/{groups,samples,unscorable}_total`` (what was filtered; the ``_total`` suffix
makes verl's metrics aggregator sum them); the trainer adds the effective batch
(:func:`effective_batch_metrics`).

``filter_groups`` needs the metric while rollout runs: the streaming reward path (the rubric reward
manager with or without the verifier worker group, or verl's reward-model pool with
``enable_resource_pool=true``); verl refuses a colocated reward model.
"""
from __future__ import annotations

import logging
import math
from collections import Counter, defaultdict
from typing import Any, Sequence

logger = logging.getLogger(__name__)

#: ``filter_groups.metric`` value that reads the summed ``rm_scores`` (verl's own name for it).
REWARD_METRIC = "reward"


def no_signal(values: Sequence[float]) -> float | None:
    """The shared value of a group to filter (rule in the module docstring), or None to keep it."""
    finite = [float(v) for v in values if _finite(v)]
    if len(values) <= 1 or not finite:
        return None
    return finite[0] if float(_std(finite)) == 0.0 else None


def _finite(v: Any) -> bool:
    try:
        return math.isfinite(float(v))
    except (TypeError, ValueError):
        return False


def _std(values: list[float]) -> float:
    import numpy as np

    return float(np.std(values))


def effective_batch_metrics(nonzero: Sequence[bool]) -> dict[str, float]:
    """``rubric/effective_batch_fraction``: share of the step's (non-padding) samples whose advantage is
    non-zero somewhere, i.e. that send a gradient; ``rubric/effective_batch_samples`` is their count."""
    n = len(nonzero)
    live = sum(bool(x) for x in nonzero)
    return {"rubric/effective_batch_fraction": live / n if n else 0.0,
            "rubric/effective_batch_samples": float(live)}


def with_filtered(step: Any, metrics: dict) -> Any:
    """The step's unscorable-budget count (:class:`rubric_plugin.budget.StepCount`) plus the samples
    ``filter_groups`` evicted before training, so filtering never hides lost verdicts from the budget."""
    from dataclasses import replace

    samples = int(metrics.get("rubric/filter_groups/samples_total", 0) or 0)
    unscorable = int(metrics.get("rubric/filter_groups/unscorable_total", 0) or 0)
    if step is None or samples == 0:
        return step
    return replace(step, samples=step.samples + samples, unscorable=step.unscorable + unscorable)


class _NanAwareFilter:
    """Mixin over verl's ``ReplayBuffer``: the group classification with unscorable members ignored."""

    def _rubric_stats(self) -> dict[str, tuple[int, int]]:
        stats = self.__dict__.get("_rubric_group_stats")
        if stats is None:
            stats = self.__dict__["_rubric_group_stats"] = {}
        return stats

    def _dapo_filtered_keys(self, partition_id: str):
        import transfer_queue as tq

        if partition_id == "val" or self.filter_groups_metric is None:
            return set(), Counter()
        finished = self.finished_keys[partition_id]
        cache = self._dapo_classification_cache[partition_id]
        for uid in cache.keys() - finished:
            del cache[uid]
        new = finished - cache.keys()
        keys = [k for k in self.partitions[partition_id] if k.split("_")[0] in new]
        values: dict[str, list[float]] = defaultdict(list)
        missing = new - {k.split("_")[0] for k in keys}
        if keys:
            canonical = self.filter_groups_metric == REWARD_METRIC
            data = tq.kv_batch_get(keys=keys, partition_id=partition_id,
                                   select_fields=["rm_scores"] if canonical else ["extra_fields"])
            column = list(data["rm_scores"] if canonical else data["extra_fields"])
            for key, value in zip(keys, column, strict=True):
                uid = key.split("_")[0]
                if canonical:
                    values[uid].append(float(value.sum().item()))
                    continue
                fields = getattr(value, "data", value)
                info = fields.get("reward_extra_info", {}) if isinstance(fields, dict) else {}
                if self.filter_groups_metric not in info:
                    missing.add(uid)
                else:
                    raw = info[self.filter_groups_metric]
                    values[uid].append(float("nan") if raw is None else float(raw))
        if missing:
            raise RuntimeError(
                f"algorithm.filter_groups.metric={self.filter_groups_metric!r} is missing from the reward of groups "
                f"{sorted(missing)[:5]}; set it to 'reward' or to a reward_extra_info key the rubric reward emits "
                f"(e.g. rubric_all_or_nothing)")
        stats = self._rubric_stats()
        for uid in new:
            cache[uid] = no_signal(values[uid])
            stats[uid] = (len(values[uid]), sum(not _finite(v) for v in values[uid]))
        filtered = {uid: v for uid, v in cache.items() if v is not None}
        return set(filtered), Counter(filtered.values())

    def _evict_terminal_groups(self, global_steps, partition_id, eviction_reasons):
        dapo_uids = eviction_reasons[1]
        stats = self._rubric_stats()
        counts = [stats.pop(uid, (0, 0)) for uid in dapo_uids]
        evicted, stale, dapo, metrics = super()._evict_terminal_groups(global_steps, partition_id, eviction_reasons)
        if dapo_uids and partition_id != "val":
            metrics = dict(metrics)
            metrics["rubric/filter_groups/groups_total"] = len(dapo_uids)
            metrics["rubric/filter_groups/samples_total"] = sum(n for n, _ in counts)
            metrics["rubric/filter_groups/unscorable_total"] = sum(u for _, u in counts)
        return evicted, stale, dapo, metrics


def _classes():
    from verl.trainer.ppo.v1.replay_buffer import ReplayBuffer, ReplayBufferAsync

    class RubricReplayBuffer(_NanAwareFilter, ReplayBuffer):
        """verl's sync ``ReplayBuffer`` with unscorable members ignored by ``filter_groups``."""

    class RubricReplayBufferAsync(_NanAwareFilter, ReplayBufferAsync):
        """verl's ``ReplayBufferAsync`` with unscorable members ignored by ``filter_groups``."""

    return {ReplayBuffer: RubricReplayBuffer, ReplayBufferAsync: RubricReplayBufferAsync}


_CLASSES: dict | None = None


def with_rubric_filter(buffer: Any) -> Any:
    """Give verl's built-in sampler (already built with verl's arguments) the plugin's group rule.

    The instance keeps every attribute verl gave it; only its class changes to the subclass above.
    A custom sampler (``trainer.v1.sampler.custom_sampler``) owns its filtering and is returned as is.
    """
    global _CLASSES
    if _CLASSES is None:
        _CLASSES = _classes()
    cls = _CLASSES.get(type(buffer))
    if cls is None:
        if buffer is not None and not isinstance(buffer, _NanAwareFilter):
            logger.warning("rubric: custom sampler %s keeps its own group filtering; unscorable members are not "
                           "ignored by it", type(buffer).__name__)
        return buffer
    buffer.__class__ = cls
    return buffer


def with_sync_poll(buffer: Any, poll_s: float | None) -> Any:
    """Check for a finished batch every ``poll_s`` seconds in verl's sync replay buffer (verl: 2 s, so
    a step could wait up to 2 s after its last reward). Other buffers keep their interval: the
    separate_async trainer also reads it to decide when rollout sat idle."""
    if poll_s is not None and getattr(buffer, "trainer_mode", None) == "sync" and hasattr(buffer, "poll_interval"):
        buffer.poll_interval = float(poll_s)
    return buffer


__all__ = ["REWARD_METRIC", "effective_batch_metrics", "no_signal", "with_filtered", "with_rubric_filter",
           "with_sync_poll"]
