"""Group-baselined advantages that leave unscorable samples out: the plugin's group rule and ``rubric_grpo``.

An unscorable sample carries reward NaN (see :mod:`rubric_plugin.scoring`). Plain GRPO turns that
NaN into NaN advantages for its whole group. The plugin's rule for every group-baselined estimator
(:func:`group_baseline`), for a group ``g`` of ``n_g`` samples of which ``F_g`` have a finite score::

    n_g == 1, |F_g| == 1  ->  mean_g = 0, std_g = 1, the sample is live       (verl's singleton rule)
    n_g  > 1, |F_g| >= 2  ->  mean_g = mean(F_g), std_g = std(F_g) (unbiased); finite members are live
    otherwise             ->  no member is live

A live sample ``i`` gets an estimator's usual advantage from its group's statistics; every other
sample gets advantage 0, so it sends no gradient. "Otherwise" covers the *lone survivor*: a group of
n > 1 with one scorable member cannot baseline it against anything (verl's singleton rule, mean 0
and std 1, would hand it an un-baselined update just because its siblings' verdicts were lost), and
a group with no scorable member has nothing to learn from.

``rubric_grpo`` (:func:`compute_rubric_grpo_advantage`)::

    A_i = (r_i - mean_g) / (std_g + eps)      i live   (no division when norm_adv_by_std_in_grpo=False)
    A_i = 0                                   otherwise

With every sample scorable this is verl's ``compute_grpo_outcome_advantage`` bit for bit (the
statistics are computed with the same torch calls over the same values in the same order), so a
verifier outage neither biases a group's baseline nor pushes the policy anywhere, and a run without
one trains exactly as verl's GRPO. Registered with verl's ``register_adv_est`` by the plugin entry
point; select it with ``algorithm.adv_estimator=rubric_grpo``.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Hashable, Sequence

if TYPE_CHECKING:  # torch is imported lazily: `import rubric_plugin` stays cheap
    import torch

ESTIMATOR_NAME = "rubric_grpo"


def baselined_members(finite: Sequence[bool], index: Sequence[Hashable]) -> dict[Hashable, list[int]]:
    """Per group, the positions (in batch order) of the members that may get a non-zero advantage.

    ``finite[i]`` says whether sample ``i`` is scorable, ``index[i]`` names its group. A group is left
    out entirely when the rule in the module docstring gives it no live member (a lone survivor of a
    group of n > 1, or no scorable member at all), so estimators that need other statistics than
    mean and std (a leave-one-out baseline, say) reuse the same rule by iterating this mapping.
    """
    if len(finite) != len(index):
        raise ValueError(f"{len(finite)} scores but {len(index)} group ids; pass one group id per sample")
    groups: dict[Hashable, list[int]] = {}
    sizes: dict[Hashable, int] = {}
    for i, key in enumerate(index):
        sizes[key] = sizes.get(key, 0) + 1
        if finite[i]:
            groups.setdefault(key, []).append(i)
    return {key: members for key, members in groups.items() if sizes[key] == 1 or len(members) >= 2}


@dataclass(frozen=True)
class GroupBaseline:
    """Per-sample group statistics under the plugin's group rule (tensors of shape ``(batch,)``).

    ``mean`` and ``std`` are those of the sample's group (0 and 1 where ``live`` is False, so they
    never carry a NaN), and ``live`` marks the samples that may get a non-zero advantage.
    """

    mean: "torch.Tensor"
    std: "torch.Tensor"
    live: "torch.Tensor"


def group_baseline(scores: "torch.Tensor", index: Sequence[Hashable]) -> GroupBaseline:
    """Mean and std of each sample's group over its scorable members (rule in the module docstring).

    ``scores`` is one scalar per sample, NaN where unscorable. The statistics are computed exactly
    as verl's GRPO computes them (``torch.mean`` and unbiased ``torch.std`` of the group's scores in
    batch order; 0 and 1 for a group of one), so estimators built on it reproduce verl's numbers when
    every sample is scorable.
    """
    import torch

    finite = torch.isfinite(scores).tolist()
    mean = torch.zeros_like(scores)
    std = torch.ones_like(scores)
    live = torch.zeros(scores.shape[0], dtype=torch.bool)
    with torch.no_grad():
        for members in baselined_members(finite, index).values():
            live[members] = True
            if len(members) > 1:  # a group of one keeps mean 0 and std 1 (verl's singleton rule)
                vals = scores[members]
                mean[members] = torch.mean(vals)
                std[members] = torch.std(vals)
    return GroupBaseline(mean=mean, std=std, live=live)


def compute_rubric_grpo_advantage(token_level_rewards, response_mask, index=None, epsilon: float = 1e-6,
                                  norm_adv_by_std_in_grpo: bool | None = None, config: Any = None, **_: Any):
    """verl's adv-estimator signature; returns ``(advantages, returns)``, both ``(batch, response_len)``."""
    import numpy as np
    import torch

    if norm_adv_by_std_in_grpo is None:
        norm_adv_by_std_in_grpo = bool(getattr(config, "norm_adv_by_std_in_grpo", True)) if config is not None else True
    scores = token_level_rewards.sum(dim=-1)
    if index is None:
        index = np.zeros(scores.shape[0], dtype=object)
    base = group_baseline(scores, index)
    with torch.no_grad():
        centred = scores - base.mean
        adv = centred / (base.std + epsilon) if norm_adv_by_std_in_grpo else centred
        adv = torch.where(base.live, adv, torch.zeros_like(adv))
        adv = adv.unsqueeze(-1) * response_mask
    return adv, adv


__all__ = ["ESTIMATOR_NAME", "GroupBaseline", "baselined_members", "compute_rubric_grpo_advantage", "group_baseline"]
