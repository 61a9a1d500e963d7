"""``compute_score`` entry points (``pkg://rubric_plugin.reward_fn``) under verl's own manager and GRPO.

Policy: verl hands a ``compute_score`` function only ``reward_kwargs``, never ``algorithm.*``, so it
cannot know whether the advantage estimator survives a NaN; verl's GRPO does not. An entry point
therefore never returns NaN: its failure policy is ``raise``, and it has no default verifier.
"""
import math

import numpy as np
import pytest
import torch
from omegaconf import OmegaConf

from conftest import make_record
from rubric_plugin import reward_fn
from rubric_plugin.convert.verl_rows import to_verl_row
from rubric_plugin.devtools.batch import build_batch
from rubric_plugin.devtools.outage import TARGET as OUTAGE_VERIFIER
from rubric_plugin.errors import ConfigError, VerifierTransportError

RECORD = make_record([
    {"id": "short", "question": "At most 5 words?", "kind": "check", "check": "word_count", "args": {"n": 5, "relation": "at most"}},
    {"id": "paris", "question": "Does it mention \"paris\"?"},
], rid="paris")
GROUND_TRUTH = to_verl_row(RECORD, 0)["reward_model"]["ground_truth"]


async def naive_manager(tokenizer, **reward_kwargs):
    """verl's own ``naive`` reward manager calling the plugin's ``compute_score`` through verl's loader."""
    import verl  # noqa: F401
    from verl.trainer.ppo.reward import load_reward_manager

    cfg = OmegaConf.create({"reward": {
        "reward_manager": {"source": "register", "name": "naive"},
        "custom_reward_function": {"path": "pkg://rubric_plugin.reward_fn", "name": "compute_score",
                                   "reward_kwargs": reward_kwargs}}})
    return load_reward_manager(cfg, tokenizer)


async def test_an_entry_point_without_a_verifier_names_the_reward_kwargs_key_and_the_presets():
    with pytest.raises(ConfigError, match=r"reward_kwargs\.verifier is not set.*none: no judge"):
        await reward_fn.compute_score("s", "Paris.", GROUND_TRUTH)


@pytest.mark.parametrize("policy", ["unscorable", "zero"])
async def test_any_failure_policy_but_raise_is_refused(policy):
    with pytest.raises(ConfigError, match=rf"reward_kwargs\.on_failure='{policy}'.*on_failure=raise"):
        await reward_fn.compute_score("s", "Paris.", GROUND_TRUTH, verifier="rules", on_failure=policy)


async def test_verls_naive_manager_and_grpo_get_finite_rewards_and_advantages(tiny_tokenizer):
    from verl.trainer.ppo.core_algos import compute_grpo_outcome_advantage

    m = await naive_manager(tiny_tokenizer, verifier="rules")
    # one GRPO group: the first response meets both criteria, the second (7 words, no paris) neither
    batch = build_batch([(RECORD, "Paris is lovely."), (RECORD, "I would rather visit Rome this year.")],
                        tiny_tokenizer, uids=["g", "g"])
    out = [await m.run_single(batch[i:i + 1]) for i in range(len(batch))]
    scores = [o["reward_score"] for o in out]
    assert scores == [1.0, 0.0]
    assert all(math.isfinite(v) for o in out for v in o["reward_extra_info"].values() if isinstance(v, float))
    # the outcome reward on the last response token, as verl places it
    mask = (batch.batch["responses"] != tiny_tokenizer.pad_token_id).long()
    rewards = torch.zeros(mask.shape)
    for i, s in enumerate(scores):
        rewards[i, int(mask[i].sum()) - 1] = s
    adv, _ = compute_grpo_outcome_advantage(rewards, mask, np.array(["g", "g"], dtype=object))
    # mean 0.5, unbiased std sqrt(0.5) -> advantages +-0.5/0.7071 = +-0.7071 on every response token
    assert torch.isfinite(adv).all()
    assert adv[0][mask[0].bool()].tolist() == pytest.approx([0.5 / math.sqrt(0.5)] * int(mask[0].sum()), rel=1e-4)
    assert adv[1][mask[1].bool()].tolist() == pytest.approx([-0.5 / math.sqrt(0.5)] * int(mask[1].sum()), rel=1e-4)


async def test_a_verifier_failure_under_verls_naive_manager_fails_the_step_never_a_nan(tiny_tokenizer):
    # the judge node arrives as an OmegaConf node through reward_kwargs, as from a Hydra override
    m = await naive_manager(tiny_tokenizer, verifier={"_target_": OUTAGE_VERIFIER})
    batch = build_batch([(RECORD, "Paris <<verifier-error>>")], tiny_tokenizer)
    with pytest.raises(VerifierTransportError, match="simulated verifier outage"):
        await m.run_single(batch)


async def test_verifier_none_entry_point_scores_check_only_rubrics_and_raises_on_llm_criteria():
    checks = make_record([{"id": "short", "question": "At most 5 words?", "kind": "check", "check": "word_count",
                           "args": {"n": 5, "relation": "at most"}}], rid="checks")
    gt = to_verl_row(checks, 0)["reward_model"]["ground_truth"]
    assert (await reward_fn.compute_score("s", "Paris is lovely.", gt, verifier="none"))["score"] == 1.0
    with pytest.raises(ConfigError, match=r"'paris'.*\['paris'\].*verifier is none"):
        await reward_fn.compute_score("s", "Paris is lovely.", GROUND_TRUTH, verifier="none")
