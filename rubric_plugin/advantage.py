"""``rubric_grpo``: GRPO's outcome advantage with unscorable samples left out.

An unscorable sample carries reward NaN (see :mod:`rubric_plugin.scoring`). Plain GRPO would turn
that NaN into NaN advantages for its whole group. Here, per group ``g`` with finite scores
``F_g``::

    mean_g = mean(F_g),  std_g = std(F_g)          (|F_g| >= 2)
    mean_g = 0,          std_g = 1                 (|F_g| == 1, as verl's GRPO does)
    A_i    = (r_i - mean_g) / (std_g + eps)        r_i finite  (no division when norm_adv_by_std_in_grpo=False)
    A_i    = 0                                     r_i NaN: no gradient from the sample

so a verifier outage neither biases the group's baseline nor pushes the policy anywhere.
Registered with verl's ``register_adv_est`` by the plugin entry point; select it with
``algorithm.adv_estimator=rubric_grpo``.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Any

ESTIMATOR_NAME = "rubric_grpo"


def compute_rubric_grpo_advantage(token_level_rewards, response_mask, index=None, epsilon: float = 1e-6,
                                  norm_adv_by_std_in_grpo: bool | None = None, config: Any = None, **_: Any):
    import numpy as np
    import torch

    if norm_adv_by_std_in_grpo is None:
        norm_adv_by_std_in_grpo = bool(getattr(config, "norm_adv_by_std_in_grpo", True)) if config is not None else True
    scores = token_level_rewards.sum(dim=-1)
    if index is None:
        index = np.zeros(scores.shape[0], dtype=object)
    finite = torch.isfinite(scores)
    adv = torch.zeros_like(scores)
    groups: dict[Any, list[int]] = defaultdict(list)
    for i in range(scores.shape[0]):
        if bool(finite[i]):
            groups[index[i]].append(i)
    with torch.no_grad():
        for members in groups.values():
            vals = scores[members]
            if len(members) == 1:
                mean, std = torch.tensor(0.0), torch.tensor(1.0)
            else:
                mean, std = vals.mean(), vals.std()
            centred = vals - mean
            adv[members] = centred / (std + epsilon) if norm_adv_by_std_in_grpo else centred
    adv = adv.unsqueeze(-1) * response_mask
    return adv, adv
