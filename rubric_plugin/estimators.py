"""Every verl advantage estimator with unscorable samples present: which rows the estimator sees.

An unscorable sample carries reward NaN (``reward.rubric.on_failure=unscorable``). Masking it is not
enough: NaN * 0 is NaN, so a NaN reward poisons GAE's backward recursion, a batch whitening or a
group mean even when its own advantage is multiplied by a zero mask. The plugin therefore keeps
unscorable samples out of the estimator altogether and out of every loss term afterwards:

1. **Plan** (:func:`exclusion_plan`, pure): from the batch's keys (``{uid}_{session}_{index}``, verl's
   TransferQueue format) and each row's summed reward, split the rows into

   * ``dropped``: the unscorable rows. Under an estimator that scores a session by its final output
     (``grpo``, ``rubric_grpo``: verl's multi-output path) every row of a session whose final output
     is unscorable is dropped too, since its advantage would be broadcast from that output.
   * ``zeroed``: the *lone-survivor rule* (:mod:`rubric_plugin.advantage`) for group-baselined
     estimators: a group of n > 1 members left with fewer than 2 scorable members cannot be
     baselined, so every member gets advantage 0 (it stays in the loss as a zero-advantage sample).
   * ``kept``: the rows verl's estimator runs on.

2. **Estimate**: verl's own ``compute_advantage_for_multi_trajectories`` on the kept rows only, so a
   scorable sample gets exactly what verl gives it on the batch with the unscorable samples removed.
   ``rubric_grpo`` runs as verl's ``grpo`` there: with the unscorable rows gone the two agree, and
   verl's multi-output path (one member per session) special-cases ``grpo`` only.

3. **Mask**: dropped rows get advantages and returns 0 and a zero ``response_mask``. verl's workers
   derive ``loss_mask`` from ``response_mask``, and every loss term (policy loss, critic loss, the
   entropy and KL terms) aggregates over it, token counts included, so a dropped row adds nothing
   to any numerator or denominator. Zeroed rows get advantages and returns 0.

:func:`compute_advantage_without_unscorable` runs the three steps on a ``DataProto``; the
``rubric_sync`` trainer runs the same plan around verl's ``_compute_advantage`` on the
TransferQueue (:mod:`rubric_plugin.trainer`).

Estimators that need inputs the V1 trainer does not provide are refused at startup
(:func:`check_estimator`, :data:`UNRUNNABLE`).
"""
from __future__ import annotations

import dataclasses

import math
from collections import defaultdict
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Sequence

from rubric_plugin.advantage import ESTIMATOR_NAME
from rubric_plugin.errors import ConfigError

if TYPE_CHECKING:  # verl and torch are imported lazily: `import rubric_plugin` stays cheap
    from verl.protocol import DataProto

#: Registered verl estimators the V1 trainer cannot feed, with the reason.
UNRUNNABLE: dict[str, str] = {
    "remax": "needs reward_baselines from a greedy baseline rollout, which only verl's legacy trainer "
             "generates (the V1 trainer never fills them)",
    "gdpo": "needs several reward components per sample from verl's gdpo reward manager; the rubric reward "
            "is one scalar per sample",
    "optimal_token_baseline": "needs sum_pi_squared from the actor, which the V1 trainer's _compute_advantage "
                              "does not fetch",
    "tir_optimal_token_baseline": "needs sum_pi_squared from the actor, which the V1 trainer's "
                                  "_compute_advantage does not fetch",
}

#: Estimators whose baseline is a statistic of the sample's group (``index``): the lone-survivor rule applies.
GROUP_BASELINED = frozenset({"grpo", "grpo_vectorized", "grpo_passk", "rloo", "rloo_vectorized", "opo",
                             "reinforce_plus_plus_baseline", "gpg", ESTIMATOR_NAME})

#: Estimators verl's multi-output path scores per session (the final output; the others share its advantage).
SESSION_SCORED = frozenset({"grpo", ESTIMATOR_NAME})

#: Estimators that raise on a group of one: a lone survivor is kept out of their call (groups are independent).
REJECTS_SINGLETONS = frozenset({"grpo_passk"})


def verl_estimator(name: str) -> str:
    """The name verl's estimator call gets: ``rubric_grpo`` runs as ``grpo`` on the scorable rows."""
    return "grpo" if str(name) == ESTIMATOR_NAME else str(name)


def check_estimator(name: Any) -> None:
    """ConfigError for an estimator the plugin cannot run with unscorable samples, naming it and why."""
    from verl.trainer.ppo.core_algos import ADV_ESTIMATOR_REGISTRY

    key = str(getattr(name, "value", name))
    if key in UNRUNNABLE:
        raise ConfigError(
            f"algorithm.adv_estimator={key!r} cannot run under verl's V1 trainer: it {UNRUNNABLE[key]}. "
            f"Pick one of {sorted(runnable_estimators())}")
    if key not in ADV_ESTIMATOR_REGISTRY:
        raise ConfigError(f"algorithm.adv_estimator={key!r} is not a registered verl estimator; pick one of "
                          f"{sorted(runnable_estimators())}")


def runnable_estimators() -> list[str]:
    """Registered estimators that train with unscorable samples present (verl's minus :data:`UNRUNNABLE`)."""
    from verl.trainer.ppo.core_algos import ADV_ESTIMATOR_REGISTRY

    return sorted(k for k in ADV_ESTIMATOR_REGISTRY if k not in UNRUNNABLE)


def split_key(key: str) -> tuple[str, str, int]:
    """``{uid}_{session}_{index}`` -> (uid, session key ``{uid}_{session}``, index)."""
    parts = str(key).rsplit("_", 2)
    if len(parts) != 3 or not parts[2].lstrip("-").isdigit():
        raise ValueError(f"batch key {key!r} is not verl's '{{uid}}_{{session_id}}_{{index}}' format")
    return parts[0], f"{parts[0]}_{parts[1]}", int(parts[2])


@dataclass(frozen=True)
class ExclusionPlan:
    """Row positions (batch order) for each treatment; every row is in ``kept`` or ``dropped``."""

    kept: list[int]
    dropped: list[int]
    #: Kept rows whose advantage is set to 0 afterwards (lone survivors), plus lone survivors left out
    #: of the call for estimators in :data:`REJECTS_SINGLETONS` (then they are in neither list above).
    zeroed: list[int] = field(default_factory=list)
    #: Groups (uids) that lost members to unscorable samples and fell under the lone-survivor rule.
    lone_groups: int = 0

    @property
    def trivial(self) -> bool:
        return not self.dropped and not self.zeroed

    def metrics(self, rows: int) -> dict[str, float]:
        """``rubric/adv/*``: rows kept out of the update and groups under the lone-survivor rule."""
        return {"rubric/adv/excluded_samples": float(len(self.dropped)),
                "rubric/adv/excluded_fraction": len(self.dropped) / rows if rows else 0.0,
                "rubric/adv/lone_survivor_groups": float(self.lone_groups)}


def _finite(x: float) -> bool:
    return isinstance(x, (int, float)) and math.isfinite(x)


def exclusion_plan(keys: Sequence[str], scores: Sequence[float], estimator: str,
                   padding: Sequence[bool] | None = None) -> ExclusionPlan:
    """Split a batch's rows for ``estimator`` (rules in the module docstring).

    ``scores[i]`` is row ``i``'s summed reward (NaN when unscorable); ``padding[i]`` marks verl's
    synthetic padding rows, which are always kept and belong to no group of the rule.
    """
    if len(keys) != len(scores):
        raise ValueError(f"{len(keys)} keys but {len(scores)} scores; pass one score per row")
    padding = list(padding) if padding is not None else [False] * len(keys)
    name = str(estimator)
    parsed = [split_key(k) for k in keys]
    bad = {i for i, s in enumerate(scores) if not padding[i] and not _finite(s)}
    by_session = name in SESSION_SCORED
    if by_session:  # a session whose final output is unscorable contributes nothing, whichever row
        final: dict[str, tuple[int, int]] = {}
        for i, (_, session, index) in enumerate(parsed):
            if not padding[i] and (session not in final or final[session][0] < index):
                final[session] = (index, i)
        lost = {session for session, (_, i) in final.items() if i in bad}
        bad |= {i for i, (_, session, _) in enumerate(parsed) if session in lost}
    zeroed: list[int] = []
    lone = 0
    if name in GROUP_BASELINED:
        members: dict[str, dict[str, bool]] = defaultdict(dict)  # uid -> member -> scorable
        for i, (uid, session, _) in enumerate(parsed):
            if padding[i]:
                continue
            member = session if by_session else str(keys[i])
            members[uid][member] = members[uid].get(member, True) and i not in bad
        lone_uids = {uid for uid, m in members.items() if len(m) > 1 and sum(m.values()) < 2}
        lone = sum(1 for uid in lone_uids if any(members[uid].values()))
        zeroed = [i for i, (uid, _, _) in enumerate(parsed) if uid in lone_uids and i not in bad and not padding[i]]
    out_of_call = set(zeroed) if name in REJECTS_SINGLETONS else set()
    kept = [i for i in range(len(keys)) if i not in bad and i not in out_of_call]
    return ExclusionPlan(kept=kept, dropped=sorted(bad), zeroed=zeroed, lone_groups=lone)


def compute_advantage_without_unscorable(data: "DataProto", batch_keys: Sequence[str], adv_estimator: Any,
                                         gamma: float = 1.0, lam: float = 1.0, num_repeat: int = 1,
                                         norm_adv_by_std_in_grpo: bool = True, config: Any = None,
                                         padding: Sequence[bool] | None = None) -> "DataProto":
    """verl's ``compute_advantage_for_multi_trajectories`` with unscorable rows kept out (module docstring).

    ``data`` carries verl's ``token_level_rewards`` and ``response_mask`` (plus ``values`` for GAE and
    ``non_tensor_batch["uid"]``). Returns ``data`` with ``advantages`` and ``returns`` (0 on dropped
    and zeroed rows), ``response_mask`` zero on dropped rows and NaN-free ``token_level_rewards``.
    """
    import torch
    from verl.trainer.ppo.v1.utils import compute_advantage_for_multi_trajectories

    name = str(getattr(adv_estimator, "value", adv_estimator))
    rewards = data.batch["token_level_rewards"]
    scores = rewards.sum(dim=-1).tolist()
    plan = exclusion_plan(batch_keys, scores, name, padding)
    mask = data.batch["response_mask"]
    advantages = torch.zeros(mask.shape, dtype=torch.float32)
    returns = torch.zeros(mask.shape, dtype=torch.float32)
    if plan.kept:
        sub = compute_advantage_for_multi_trajectories(
            data.select_idxs(plan.kept), batch_keys=[batch_keys[i] for i in plan.kept],
            adv_estimator=verl_estimator(name), gamma=gamma, lam=lam, num_repeat=num_repeat,
            norm_adv_by_std_in_grpo=norm_adv_by_std_in_grpo, config=config)
        kept = torch.tensor(plan.kept, dtype=torch.long)
        advantages = advantages.to(sub.batch["advantages"].dtype)
        returns = returns.to(sub.batch["returns"].dtype)
        advantages[kept] = sub.batch["advantages"]
        returns[kept] = sub.batch["returns"]
    gone = torch.tensor(plan.dropped + plan.zeroed, dtype=torch.long)
    advantages[gone] = 0.0
    returns[gone] = 0.0
    dropped = torch.tensor(plan.dropped, dtype=torch.long)
    mask = mask.clone()
    mask[dropped] = 0
    rewards = rewards.clone()
    rewards[dropped] = 0.0
    data.batch["advantages"], data.batch["returns"] = advantages, returns
    data.batch["response_mask"], data.batch["token_level_rewards"] = mask, rewards
    return data


@contextmanager
def _estimator_as(algorithm: Any, name: str):
    """verl's ``_compute_advantage`` reads ``algorithm.adv_estimator``; run it under ``name`` meanwhile."""
    from omegaconf import open_dict

    old = algorithm.adv_estimator
    if str(old) == name:
        yield
        return
    with open_dict(algorithm):
        algorithm.adv_estimator = name
    try:
        yield
    finally:
        with open_dict(algorithm):
            algorithm.adv_estimator = old


def _put_zeros(batch: Any, rows: list[int], fields: list[str], mask: bool) -> None:
    """Write zero ``fields`` (and a zero ``response_mask`` when ``mask``) for ``rows`` of a TQ batch."""
    import torch
    import transfer_queue as tq
    from tensordict import TensorDict
    from verl.workers.utils.padding import response_to_nested

    if not rows:
        return
    keys = [batch.keys[i] for i in rows]
    got = tq.kv_batch_get(keys=keys, partition_id=batch.partition_id, select_fields=["response_mask"])
    nested = got["response_mask"]
    zeros = torch.zeros(got.to_padded_tensor()["response_mask"].shape, dtype=torch.float32)
    out = {f: response_to_nested(zeros, nested) for f in fields}
    if mask:
        out["response_mask"] = response_to_nested(zeros.to(nested.dtype), nested)
    tq.kv_batch_put(keys=keys, partition_id=batch.partition_id, fields=TensorDict(out, batch_size=len(keys)))


def advantage_on_scorable(compute: Callable[[Any], Any], batch: Any, algorithm: Any, metrics: dict) -> Any:
    """The rubric trainer's ``_compute_advantage``: ``compute`` (verl's) on the scorable rows of a TQ batch.

    Reads each row's ``rm_scores``, plans (:func:`exclusion_plan`), runs verl's ``_compute_advantage``
    on the kept rows under :func:`verl_estimator`'s name, then writes zero advantages and returns
    (and ``token_level_rewards`` / ``rollout_is_weights`` where verl writes them) for the other rows,
    with a zero ``response_mask`` for the dropped ones. Adds ``rubric/adv/*`` and the effective batch.
    """
    import torch
    import transfer_queue as tq
    from transfer_queue import KVBatchMeta

    from rubric_plugin.sampling import effective_batch_metrics

    name = str(getattr(algorithm.adv_estimator, "value", algorithm.adv_estimator))
    got = tq.kv_batch_get(keys=batch.keys, partition_id=batch.partition_id, select_fields=["rm_scores"])
    scores = [float(r.sum()) for r in got["rm_scores"].unbind(0)]
    padding = [bool(t.get("is_padding", False)) for t in batch.tags]
    plan = exclusion_plan(batch.keys, scores, name, padding)
    metrics.update(plan.metrics(rows=sum(not p for p in padding)))
    fields = ["advantages", "returns"] + (["token_level_rewards"] if algorithm.get("use_kl_in_reward") else [])
    written_by_verl: list[str] = []
    if plan.kept:
        sub = batch if len(plan.kept) == len(batch.keys) else KVBatchMeta(
            partition_id=batch.partition_id, keys=[batch.keys[i] for i in plan.kept],
            tags=[batch.tags[i] for i in plan.kept], extra_info=batch.extra_info)
        with _estimator_as(algorithm, verl_estimator(name)):
            computed = compute(sub)
        written_by_verl = list(getattr(computed, "fields", None) or [])
        # rollout correction's weights, where verl wrote them for the kept rows (the queue leaves out absent fields)
        if "rollout_is_weights" in tq.kv_batch_get(keys=sub.keys[:1], partition_id=batch.partition_id,
                                                   select_fields=["rollout_is_weights"]):
            fields.append("rollout_is_weights")
    _put_zeros(batch, plan.dropped + [i for i in plan.zeroed if i not in plan.kept], fields, mask=False)
    _put_zeros(batch, plan.dropped, [], mask=True)
    _put_zeros(batch, [i for i in plan.zeroed if i in plan.kept], ["advantages", "returns"], mask=False)
    live = [batch.keys[i] for i, p in enumerate(padding) if not p]
    if live:
        adv = tq.kv_batch_get(keys=live, partition_id=batch.partition_id, select_fields=["advantages"])["advantages"]
        metrics.update(effective_batch_metrics([bool(torch.count_nonzero(r)) for r in adv.unbind(0)]))
    # like verl's own _compute_advantage, return the batch's metadata with the fields now written: the
    # actor update reads exactly the fields the returned metadata lists (a KeyError 'advantages' otherwise)
    if batch.fields is None and not written_by_verl:
        return batch
    listed = list(batch.fields or []) + written_by_verl + fields + ["response_mask"]
    return dataclasses.replace(batch, fields=list(dict.fromkeys(listed)))


__all__ = ["ExclusionPlan", "GROUP_BASELINED", "REJECTS_SINGLETONS", "SESSION_SCORED", "UNRUNNABLE",
           "advantage_on_scorable", "check_estimator", "compute_advantage_without_unscorable", "exclusion_plan", "runnable_estimators",
           "split_key", "verl_estimator"]
