"""rubric_grpo and the plugin's group rule: unscorable (NaN) samples stay out of the group statistics,
a group that cannot baseline its members gives them advantage 0, and with every sample scorable the
advantages are verl's GRPO advantages bit for bit."""
import math
import random

import numpy as np
import pytest
import torch

pytestmark = pytest.mark.timeout(60)


def rewards_at_last_token(scores, length=4):
    t = torch.zeros(len(scores), length)
    t[:, -1] = torch.tensor(scores, dtype=torch.float32)
    return t, torch.ones(len(scores), length)


def random_batch(rng: random.Random, nan_rate: float = 0.0):
    """Rewards at each response's last token, masks of random lengths, interleaved group ids."""
    sizes = [rng.choice([1, 1, 2, 3, 4, 5, 8, 16]) for _ in range(rng.randint(1, 6))]
    index = [f"uid{g}" for g, n in enumerate(sizes) for _ in range(n)]
    rng.shuffle(index)  # verl groups by id, not by position
    kind = rng.choice(["binary", "uniform", "shaped", "tied"])
    scores = []
    for _ in index:
        if rng.random() < nan_rate:
            scores.append(math.nan)
        elif kind == "binary":  # all-or-nothing rewards
            scores.append(float(rng.random() < 0.5))
        elif kind == "uniform":  # fractional rewards
            scores.append(rng.random())
        elif kind == "shaped":  # penalties push rewards below 0
            scores.append(rng.choice([1.0, 0.0, -0.5, 0.75, -1.0]))
        else:  # a whole group with one value: std 0, so verl divides by epsilon alone
            scores.append(0.5)
    length = rng.randint(1, 7)
    lengths = [rng.randint(1, length) for _ in index]
    mask = torch.zeros(len(index), length)
    rewards = torch.zeros(len(index), length)
    for i, n in enumerate(lengths):
        mask[i, :n] = 1
        rewards[i, n - 1] = scores[i]
    return rewards, mask, np.array(index, dtype=object)


@pytest.mark.parametrize("norm", [True, False], ids=["std_normalised", "dr_grpo"])
def test_equals_verl_grpo_exactly_when_every_sample_is_scorable(norm):
    import verl  # noqa: F401  (loads the plugin entry point, which registers rubric_grpo)
    from verl.trainer.ppo.core_algos import compute_grpo_outcome_advantage, get_adv_estimator_fn

    ours_fn = get_adv_estimator_fn("rubric_grpo")
    rng = random.Random(1234 + norm)
    for _ in range(150):
        rewards, mask, index = random_batch(rng)
        theirs, theirs_ret = compute_grpo_outcome_advantage(rewards.clone(), mask, index, norm_adv_by_std_in_grpo=norm)
        ours, ours_ret = ours_fn(token_level_rewards=rewards.clone(), response_mask=mask, index=index,
                                 norm_adv_by_std_in_grpo=norm)
        # bit-for-bit, not approximately: a run without outages trains exactly as verl's GRPO
        assert torch.equal(ours, theirs) and torch.equal(ours_ret, theirs_ret), (index.tolist(), rewards)


def test_norm_flag_is_read_from_the_algorithm_config_when_not_passed():
    from types import SimpleNamespace

    from rubric_plugin.advantage import compute_rubric_grpo_advantage

    rewards, mask = rewards_at_last_token([1.0, 0.0])
    adv, _ = compute_rubric_grpo_advantage(rewards, mask, np.array(["g", "g"], dtype=object),
                                           config=SimpleNamespace(norm_adv_by_std_in_grpo=False))
    assert adv[:, 0].tolist() == pytest.approx([0.5, -0.5])  # mean 0.5, no division by the std


def test_unscorable_sample_gets_zero_advantage_and_is_left_out_of_group_stats():
    from rubric_plugin.advantage import compute_rubric_grpo_advantage

    rewards, mask = rewards_at_last_token([1.0, 0.0, math.nan])
    adv, returns = compute_rubric_grpo_advantage(rewards, mask, np.array(["g"] * 3, dtype=object))
    # group stats from {1, 0}: mean 0.5, std (unbiased) 0.7071 -> +-0.7071; NaN sample -> 0
    assert adv[:, 0].tolist() == pytest.approx([0.70710, -0.70710, 0.0], abs=1e-4)
    assert torch.isfinite(adv).all() and torch.equal(adv, returns)


# groups that cannot baseline their members: every member gets advantage 0
NO_BASELINE_GROUPS = [
    # n=2, one scorable: nothing to baseline it against
    [0.25, math.nan],
    # n=4, one scorable with reward 1: verl's singleton rule would hand it +1, un-baselined
    [math.nan, 1.0, math.nan, math.nan],
    # n=3, nothing scorable
    [math.nan, math.nan, math.nan],
    # n=1, unscorable
    [math.nan],
]


@pytest.mark.parametrize("norm", [True, False], ids=["std_normalised", "dr_grpo"])
@pytest.mark.parametrize("scores", NO_BASELINE_GROUPS, ids=["lone_of_2", "lone_of_4", "none_of_3", "none_of_1"])
def test_a_group_of_more_than_one_with_fewer_than_two_scorable_members_gets_advantage_zero(scores, norm):
    from rubric_plugin.advantage import compute_rubric_grpo_advantage

    rewards, mask = rewards_at_last_token(scores)
    adv, _ = compute_rubric_grpo_advantage(rewards, mask, np.array(["g"] * len(scores), dtype=object),
                                           norm_adv_by_std_in_grpo=norm)
    assert adv.tolist() == torch.zeros_like(adv).tolist()


def test_a_scorable_group_of_one_keeps_verls_singleton_rule():
    from rubric_plugin.advantage import compute_rubric_grpo_advantage

    rewards, mask = rewards_at_last_token([0.25])
    adv, _ = compute_rubric_grpo_advantage(rewards, mask, np.array(["g"], dtype=object))
    # verl: a group of one has mean 0 and std 1 -> 0.25 / (1 + 1e-6)
    assert adv[0, -1].item() == pytest.approx(0.25 / (1 + 1e-6), abs=1e-7)


@pytest.mark.parametrize("norm", [True, False], ids=["std_normalised", "dr_grpo"])
def test_with_unscorable_samples_each_baselined_group_equals_verl_grpo_on_its_scorable_members(norm):
    # the rule, stated against verl: drop the unscorable rows and the groups the rule leaves out
    # (n > 1 with < 2 scorable), run verl's GRPO on what is left -> the same advantages, exactly;
    # every other sample gets 0
    from verl.trainer.ppo.core_algos import compute_grpo_outcome_advantage

    from rubric_plugin.advantage import compute_rubric_grpo_advantage

    rng = random.Random(99 + norm)
    lone_survivors = 0
    for _ in range(150):
        rewards, mask, index = random_batch(rng, nan_rate=0.3)
        finite = torch.isfinite(rewards.sum(-1)).tolist()
        size = {g: int((index == g).sum()) for g in set(index)}
        alive = {g: sum(f for f, h in zip(finite, index) if h == g) for g in size}
        kept = [i for i, g in enumerate(index) if finite[i] and (size[g] == 1 or alive[g] >= 2)]
        lone_survivors += sum(1 for g in size if size[g] > 1 and alive[g] == 1)
        ours, _ = compute_rubric_grpo_advantage(rewards.clone(), mask, index, norm_adv_by_std_in_grpo=norm)
        assert torch.isfinite(ours).all()
        dropped = [i for i in range(len(index)) if i not in kept]
        assert torch.equal(ours[dropped], torch.zeros_like(ours[dropped]))
        if kept:
            theirs, _ = compute_grpo_outcome_advantage(rewards[kept].clone(), mask[kept], index[kept],
                                                       norm_adv_by_std_in_grpo=norm)
            assert torch.equal(ours[kept], theirs)
    assert lone_survivors > 20  # the random batches do exercise the rule


def test_baselined_members_lists_only_groups_that_can_baseline_their_members():
    from rubric_plugin.advantage import baselined_members

    finite = [True, False, True, True, False, True, False, True]
    index = ["a", "a", "a", "b", "b", "c", "d", "e"]
    # a: 3 members, 2 scorable -> kept (positions 0, 2); b: 2 members, 1 scorable -> lone survivor, out;
    # c: a group of one, scorable -> kept; d: a group of one, unscorable -> out; e: one of one -> kept
    assert baselined_members(finite, index) == {"a": [0, 2], "c": [5], "e": [7]}
    with pytest.raises(ValueError, match="one group id per sample"):
        baselined_members([True, True], ["a"])


def test_group_baseline_never_carries_a_nan():
    from rubric_plugin.advantage import group_baseline

    scores = torch.tensor([1.0, math.nan, 0.0, math.nan, 3.0])
    base = group_baseline(scores, ["a", "a", "a", "b", "b"])
    # a: mean of {1, 0} = 0.5, std 0.7071 for its scorable members; b: lone survivor 3.0 -> not live;
    # a sample that is not live carries the neutral mean 0 and std 1
    assert base.live.tolist() == [True, False, True, False, False]
    assert base.mean.tolist() == pytest.approx([0.5, 0.0, 0.5, 0.0, 0.0])
    assert base.std.tolist() == pytest.approx([0.70711, 1.0, 0.70711, 1.0, 1.0], abs=1e-5)


def test_verl_v1_advantage_path_keeps_an_unscorable_sample_out_of_its_group():
    """The V1 trainer's own advantage function, called as the trainer calls it, with a NaN reward."""
    import verl  # noqa: F401  (loads the plugin entry point, which registers rubric_grpo)
    from verl import DataProto
    from verl.trainer.ppo.v1.utils import compute_advantage_for_multi_trajectories

    rewards, mask = rewards_at_last_token([1.0, 0.0, math.nan, 1.0, 1.0, math.nan, math.nan, math.nan])
    uids = ["a"] * 4 + ["b"] * 4
    data = DataProto.from_dict(tensors={"token_level_rewards": rewards, "response_mask": mask},
                               non_tensors={"uid": np.array(uids, dtype=object)})
    keys = [f"{u}_0_{i}" for i, u in enumerate(uids)]
    out = compute_advantage_for_multi_trajectories(data, batch_keys=keys, adv_estimator="rubric_grpo", num_repeat=4)
    adv = out.batch["advantages"][:, -1]
    assert torch.isfinite(out.batch["advantages"]).all()
    assert adv[2] == 0  # no gradient from the unscorable sample
    # group a from {1, 0, 1}: the NaN neither shifts the mean (2/3) nor the std
    expected_a = (torch.tensor([1.0, 0.0, 1.0]) - 2 / 3) / (torch.tensor([1.0, 0.0, 1.0]).std() + 1e-6)
    assert adv[[0, 1, 3]].tolist() == pytest.approx(expected_a.tolist(), abs=1e-4)
    # group b: a lone survivor (reward 1) among three unscorable -> no update for anyone
    assert adv[4:].tolist() == [0.0, 0.0, 0.0, 0.0]
