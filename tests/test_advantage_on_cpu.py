"""rubric_grpo: GRPO that leaves unscorable (NaN) samples out of the group statistics."""
import math

import numpy as np
import pytest
import torch


def rewards_at_last_token(scores, length=4):
    t = torch.zeros(len(scores), length)
    t[:, -1] = torch.tensor(scores, dtype=torch.float32)
    return t, torch.ones(len(scores), length)


def test_matches_verl_grpo_when_every_sample_is_scorable():
    import verl  # noqa: F401
    from verl.trainer.ppo.core_algos import compute_grpo_outcome_advantage, get_adv_estimator_fn

    rewards, mask = rewards_at_last_token([1.0, 0.0, 0.5, 1.0, 1.0, 0.0])
    index = np.array(["a", "a", "a", "b", "b", "b"], dtype=object)
    ours, _ = get_adv_estimator_fn("rubric_grpo")(token_level_rewards=rewards, response_mask=mask, index=index)
    theirs, _ = compute_grpo_outcome_advantage(rewards, mask, index)
    assert torch.allclose(ours, theirs, atol=1e-6)


def test_unscorable_sample_gets_zero_advantage_and_is_left_out_of_group_stats():
    from rubric_plugin.advantage import compute_rubric_grpo_advantage

    rewards, mask = rewards_at_last_token([1.0, 0.0, math.nan])
    adv, returns = compute_rubric_grpo_advantage(rewards, mask, np.array(["g"] * 3, dtype=object))
    # group stats from {1, 0}: mean 0.5, std (unbiased) 0.7071 -> +-0.7071; NaN sample -> 0
    assert adv[:, 0].tolist() == pytest.approx([0.70710, -0.70710, 0.0], abs=1e-4)
    assert torch.isfinite(adv).all() and torch.equal(adv, returns)


def test_group_with_a_single_scorable_sample_behaves_like_verl_singleton():
    from rubric_plugin.advantage import compute_rubric_grpo_advantage

    rewards, mask = rewards_at_last_token([0.25, math.nan])
    adv, _ = compute_rubric_grpo_advantage(rewards, mask, np.array(["g", "g"], dtype=object))
    # verl: a group of one has mean 0 and std 1 -> advantage = reward
    assert adv[:, 0].tolist() == pytest.approx([0.25, 0.0], abs=1e-5)


def test_no_std_normalisation_when_disabled_in_algorithm_config():
    from types import SimpleNamespace

    from rubric_plugin.advantage import compute_rubric_grpo_advantage

    rewards, mask = rewards_at_last_token([1.0, 0.0])
    adv, _ = compute_rubric_grpo_advantage(rewards, mask, np.array(["g", "g"], dtype=object),
                                           config=SimpleNamespace(norm_adv_by_std_in_grpo=False))
    assert adv[:, 0].tolist() == pytest.approx([0.5, -0.5])


def test_verl_v1_advantage_path_keeps_an_unscorable_sample_out_of_its_group():
    """The V1 trainer's own advantage function, called as the trainer calls it, with a NaN reward."""
    import verl  # noqa: F401  (loads the plugin entry point, which registers rubric_grpo)
    from verl import DataProto
    from verl.trainer.ppo.v1.utils import compute_advantage_for_multi_trajectories

    rewards, mask = rewards_at_last_token([1.0, 0.0, math.nan, 1.0, 1.0, 1.0, 0.0, math.nan])
    uids = ["a"] * 4 + ["b"] * 4
    data = DataProto.from_dict(tensors={"token_level_rewards": rewards, "response_mask": mask},
                               non_tensors={"uid": np.array(uids, dtype=object)})
    keys = [f"{u}_0_{i}" for i, u in enumerate(uids)]
    out = compute_advantage_for_multi_trajectories(data, batch_keys=keys, adv_estimator="rubric_grpo", num_repeat=4)
    adv = out.batch["advantages"][:, -1]
    assert torch.isfinite(out.batch["advantages"]).all()
    assert adv[2] == 0 and adv[7] == 0  # no gradient from the unscorable samples
    # group a from {1, 0, 1}: the NaN neither shifts the mean (2/3) nor the std
    expected_a = (torch.tensor([1.0, 0.0, 1.0]) - 2 / 3) / (torch.tensor([1.0, 0.0, 1.0]).std() + 1e-6)
    assert adv[[0, 1, 3]].tolist() == pytest.approx(expected_a.tolist(), abs=1e-4)
