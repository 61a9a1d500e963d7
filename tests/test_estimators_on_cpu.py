"""Every verl estimator with unscorable samples present (rubric_plugin.estimators).

Policy under test: an unscorable sample (reward NaN) contributes nothing: no advantage, no loss
term, no token in any denominator, no part of any baseline; a scorable sample gets exactly what
verl's own estimator gives it on the batch with the unscorable samples removed, except that a group
of n > 1 left with fewer than 2 scorable members gets advantage 0 throughout (lone-survivor rule).
Each case compares against verl's functions called on the filtered batch, bit for bit.
"""
from __future__ import annotations

import copy

import numpy as np
import pytest
import torch

pytestmark = pytest.mark.timeout(120)

from omegaconf import OmegaConf  # noqa: E402
from verl.protocol import DataProto  # noqa: E402
from verl.trainer.config import AlgoConfig  # noqa: E402
from verl.trainer.ppo import core_algos  # noqa: E402
from verl.trainer.ppo.core_algos import ADV_ESTIMATOR_REGISTRY, agg_loss, compute_value_loss  # noqa: E402
from verl.trainer.ppo.v1.utils import compute_advantage_for_multi_trajectories  # noqa: E402

import rubric_plugin.verl_plugin  # noqa: E402,F401  (registers rubric_grpo)
from rubric_plugin.advantage import compute_rubric_grpo_advantage  # noqa: E402
from rubric_plugin.errors import ConfigError  # noqa: E402
from rubric_plugin.estimators import (GROUP_BASELINED, REJECTS_SINGLETONS, UNRUNNABLE, check_estimator,  # noqa: E402
                                      compute_advantage_without_unscorable, exclusion_plan, runnable_estimators,
                                      verl_estimator)

GROUPS, N, LENGTH = 3, 4, 6
RUNNABLE = runnable_estimators()


def make_batch(seed: int, sessions_outputs: int = 1, binary: bool = False) -> tuple[DataProto, list[str]]:
    """GROUPS prompts x N sessions (x outputs per session); reward on the last valid token; random values."""
    g = torch.Generator().manual_seed(seed)
    rows = GROUPS * N * sessions_outputs
    lengths = torch.randint(1, LENGTH + 1, (rows,), generator=g)
    mask = (torch.arange(LENGTH).unsqueeze(0) < lengths.unsqueeze(1)).to(torch.float32)
    score = (torch.randint(0, 2, (rows,), generator=g).float() if binary
             else torch.rand(rows, generator=g).round(decimals=2))
    rewards = torch.zeros(rows, LENGTH)
    rewards[torch.arange(rows), lengths - 1] = score
    keys, uids = [], []
    for grp in range(GROUPS):
        for s in range(N):
            for o in range(sessions_outputs):
                keys.append(f"uid{grp}-{seed}_{s}_{o}")
                uids.append(f"uid{grp}-{seed}")
    data = DataProto.from_dict(tensors={"token_level_rewards": rewards, "response_mask": mask,
                                        "values": torch.randn(rows, LENGTH, generator=g),
                                        "old_log_probs": -torch.rand(rows, LENGTH, generator=g),
                                        "log_probs": -torch.rand(rows, LENGTH, generator=g)},
                               non_tensors={"uid": np.array(uids, dtype=object)})
    return data, keys


def make_unscorable(data: DataProto, rows: list[int]) -> None:
    """The reward worker's NaN: the summed reward of each row in ``rows`` is NaN."""
    for r in rows:
        last = int(data.batch["response_mask"][r].sum()) - 1
        data.batch["token_level_rewards"][r, last] = float("nan")


def run_plugin(name: str, data: DataProto, keys: list[str]) -> DataProto:
    return compute_advantage_without_unscorable(copy.deepcopy(data), keys, name, gamma=1.0, lam=0.95,
                                                num_repeat=N, config=AlgoConfig())


def run_verl(name: str, data: DataProto, keys: list[str], rows: list[int]) -> DataProto:
    """verl's own path on the rows given (the batch with unscorable samples removed)."""
    return compute_advantage_for_multi_trajectories(copy.deepcopy(data).select_idxs(rows), [keys[i] for i in rows],
                                                    verl_estimator(name), gamma=1.0, lam=0.95, num_repeat=N,
                                                    config=AlgoConfig())


def test_every_registered_estimator_is_runnable_or_refused_with_its_reason():
    # verl 0.9.1 registers 14 estimators and the plugin adds rubric_grpo: 15, each either runs or is refused
    assert len(ADV_ESTIMATOR_REGISTRY) == 15
    assert set(RUNNABLE) | set(UNRUNNABLE) == set(ADV_ESTIMATOR_REGISTRY)
    assert not set(RUNNABLE) & set(UNRUNNABLE)
    assert {e.value for e in core_algos.AdvantageEstimator} <= set(ADV_ESTIMATOR_REGISTRY)
    for name in UNRUNNABLE:
        with pytest.raises(ConfigError, match=rf"adv_estimator='{name}' cannot run under verl's V1 trainer: it needs"):
            check_estimator(name)
    with pytest.raises(ConfigError, match="'ppo2' is not a registered verl estimator"):
        check_estimator("ppo2")
    for name in RUNNABLE:
        check_estimator(name)


# which members of group 0 are unscorable: none, one, all but one (the lone survivor)
CASES = {"none": [], "one": [1], "all_but_one": list(range(1, N))}


@pytest.mark.parametrize("case", sorted(CASES))
@pytest.mark.parametrize("name", RUNNABLE)
def test_scorable_samples_get_verls_advantage_on_the_filtered_batch(name, case):
    data, keys = make_batch(seed=len(name) * 7 + len(case))
    bad = CASES[case]
    make_unscorable(data, bad)
    # one more unscorable member in group 1, so two groups lose members at once
    if bad:
        make_unscorable(data, [N + 2])
        bad = bad + [N + 2]
    out = run_plugin(name, data, keys)
    scorable = [i for i in range(len(keys)) if i not in bad]
    lone = list(range(N)) if case == "all_but_one" and name in GROUP_BASELINED else []
    compared = [i for i in scorable if not (i in lone and name in REJECTS_SINGLETONS)]
    expected = run_verl(name, data, keys, compared)
    pos = torch.tensor([i for i in compared if i not in lone], dtype=torch.long)
    sub_pos = torch.tensor([compared.index(i) for i in compared if i not in lone], dtype=torch.long)
    # bit-for-bit what verl gives the scorable samples on the filtered batch
    assert torch.equal(out.batch["advantages"][pos], expected.batch["advantages"][sub_pos])
    assert torch.equal(out.batch["returns"][pos], expected.batch["returns"][sub_pos])
    # the lone survivor and the unscorable rows: advantage 0; unscorable rows also leave the loss mask
    gone = torch.tensor(sorted(set(bad) | set(lone)), dtype=torch.long)
    assert torch.count_nonzero(out.batch["advantages"][gone]) == 0
    assert torch.count_nonzero(out.batch["response_mask"][torch.tensor(bad, dtype=torch.long)]) == 0
    assert torch.equal(out.batch["response_mask"][torch.tensor(scorable)], data.batch["response_mask"][scorable])
    for field in ("advantages", "returns", "token_level_rewards", "response_mask"):
        assert torch.isfinite(out.batch[field]).all(), field


ACTOR = OmegaConf.create({"clip_ratio": 0.2, "clip_ratio_low": None, "clip_ratio_high": None, "clip_ratio_c": 3.0,
                          "global_batch_info": {}, "policy_loss": {"loss_mode": "vanilla"}})


@pytest.mark.parametrize("mode", ["token-mean", "seq-mean-token-mean", "seq-mean-token-sum"])
@pytest.mark.parametrize("name", ["gae", "rloo", "reinforce_plus_plus", "rubric_grpo"])
def test_unscorable_rows_are_out_of_every_loss_and_its_denominator(name, mode):
    # the losses verl computes on the plugin's output equal those on the scorable rows alone, so the
    # unscorable rows add nothing to a numerator or a denominator (token count or sequence count)
    data, keys = make_batch(seed=11)
    bad = [0, 5]
    make_unscorable(data, bad)
    out = run_plugin(name, data, keys)
    keep = [i for i in range(len(keys)) if i not in bad]
    b, m = out.batch, out.batch["response_mask"]
    pg, _ = core_algos.compute_policy_loss_vanilla(b["old_log_probs"], b["log_probs"], b["advantages"], m,
                                                   loss_agg_mode=mode, config=ACTOR)
    pg_ref, _ = core_algos.compute_policy_loss_vanilla(b["old_log_probs"][keep], b["log_probs"][keep],
                                                       b["advantages"][keep], m[keep], loss_agg_mode=mode, config=ACTOR)
    assert torch.isfinite(pg) and torch.allclose(pg, pg_ref, rtol=1e-5, atol=0)
    # entropy and KL terms aggregate over the same mask
    ent = agg_loss(b["log_probs"].neg(), m, mode)
    assert torch.allclose(ent, agg_loss(b["log_probs"][keep].neg(), m[keep], mode), rtol=1e-5, atol=0)
    vloss, _ = compute_value_loss(b["values"] + 0.1, b["returns"], b["values"], m, 0.5, loss_agg_mode=mode)
    vref, _ = compute_value_loss(b["values"][keep] + 0.1, b["returns"][keep], b["values"][keep], m[keep], 0.5,
                                 loss_agg_mode=mode)
    assert torch.isfinite(vloss) and torch.allclose(vloss, vref, rtol=1e-5, atol=0)


def test_plain_gae_on_the_same_batch_is_nan_everywhere():
    # why masking is not enough: verl's GAE with one NaN reward spreads it through the whole batch (whitening)
    data, _ = make_batch(seed=3)
    make_unscorable(data, [2])
    adv, _ = core_algos.compute_gae_advantage_return(data.batch["token_level_rewards"], data.batch["values"],
                                                     data.batch["response_mask"], 1.0, 0.95)
    assert torch.isnan(adv).all()


@pytest.mark.parametrize("case", sorted(CASES))
def test_rubric_grpo_through_the_trainer_path_matches_its_own_estimator(case):
    # two independent implementations of the same rule: the plan + verl's grpo, and rubric_grpo's function
    data, keys = make_batch(seed=5, binary=True)
    make_unscorable(data, CASES[case])
    out = run_plugin("rubric_grpo", data, keys)
    own, _ = compute_rubric_grpo_advantage(data.batch["token_level_rewards"], data.batch["response_mask"],
                                           index=data.non_tensor_batch["uid"], config=AlgoConfig())
    assert torch.equal(out.batch["advantages"], own)


@pytest.mark.parametrize("name", ["grpo", "rubric_grpo"])
def test_multi_output_sessions_follow_their_final_output(name):
    # verl's multi-output path scores a session by its final output and broadcasts; a session whose
    # final output is unscorable leaves entirely, a session whose earlier output is unscorable keeps the rest
    data, keys = make_batch(seed=9, sessions_outputs=2)
    # rows 2k, 2k+1 are session k's outputs 0 and 1; session 0 loses its final, session 1 an earlier output
    make_unscorable(data, [1, 2])
    out = run_plugin(name, data, keys)
    plan = exclusion_plan(keys, data.batch["token_level_rewards"].sum(-1).tolist(), name)
    assert plan.dropped == [0, 1, 2]
    expected = run_verl("grpo", data, keys, plan.kept)
    assert torch.equal(out.batch["advantages"][plan.kept], expected.batch["advantages"])
    assert torch.count_nonzero(out.batch["response_mask"][:3]) == 0
    # rubric_grpo is grouped by session there too: 4 members per prompt, not 8 rows
    assert torch.equal(run_plugin("rubric_grpo", data, keys).batch["advantages"],
                       run_plugin("grpo", data, keys).batch["advantages"])


def test_multi_output_lone_survivor_counts_sessions():
    # a prompt with 4 sessions x 2 outputs, 3 sessions' final outputs unscorable: one scorable session is a
    # lone survivor (its two rows get 0), though two rows of it remain
    data, keys = make_batch(seed=2, sessions_outputs=2)
    make_unscorable(data, [3, 5, 7])
    plan = exclusion_plan(keys, data.batch["token_level_rewards"].sum(-1).tolist(), "rubric_grpo")
    assert plan.zeroed == [0, 1] and plan.lone_groups == 1
    out = run_plugin("rubric_grpo", data, keys)
    assert torch.count_nonzero(out.batch["advantages"][:8]) == 0
    assert torch.equal(out.batch["response_mask"][:2], data.batch["response_mask"][:2])


def test_padding_rows_are_kept_and_ungrouped():
    plan = exclusion_plan(["a_0_0", "a_1_0", "pad_0_0", "pad_1_0"], [1.0, float("nan"), 0.0, 0.0], "grpo",
                          padding=[False, False, True, True])
    assert plan.dropped == [1] and plan.zeroed == [0] and plan.kept == [0, 2, 3]
