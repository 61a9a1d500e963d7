"""Per-step rubric metrics are computed from the batch's reward_extra_info columns."""
import pytest

from conftest import make_record
from rubric_plugin.config import RubricRewardConfig
from rubric_plugin.metrics import step_metrics, verdict_table
from rubric_plugin.scoring import EXTRA_KEYS, score_batch
from rubric_plugin.devtools.outage import MARKER, OutageRuleVerifier

APPLE = make_record([
    {"id": "lower", "question": "All lowercase?", "kind": "check", "check": "all_lowercase"},
    {"id": "apple", "question": 'Mentions "apple"?'},
    {"id": "ai", "question": 'Says "as an ai"?', "penalty": True},
], category="complex", rid="apple")
STEER = make_record([{"id": "x", "question": 'Mentions "xx"?'}], category="system_steerability", rid="steer")


async def columns():
    items = [(APPLE, "i like apple"), (APPLE, "I like pear"), (STEER, f"xx {MARKER}"), (STEER, "xx")]
    results = await score_batch(items, OutageRuleVerifier(), RubricRewardConfig())
    infos = [r.extra_info() for r in results]
    return {k: [i[k] for i in infos] for k in EXTRA_KEYS}


async def test_pass_rates_per_category_and_kind_count_only_scorable_samples():
    m = step_metrics(await columns())
    assert m["rubric/samples"] == 4 and m["rubric/unscorable"] == 1 and m["rubric/unscorable_fraction"] == 0.25
    assert m["rubric/pass_rate/all"] == pytest.approx(2 / 3)
    assert m["rubric/pass_rate/category/complex"] == pytest.approx(0.5)
    assert m["rubric/pass_rate/category/system_steerability"] == pytest.approx(1.0)
    # check: lowercase passes once of twice; llm: apple yes/no, the penalty passes twice (not said), xx once
    assert m["rubric/criterion_pass_rate/check"] == pytest.approx(0.5)
    assert m["rubric/criterion_pass_rate/llm"] == pytest.approx(4 / 5)
    assert m["rubric/fractional"] == pytest.approx((1 + 1 / 3 + 1) / 3)
    assert m["rubric/aon_minus_fractional"] == pytest.approx(2 / 3 - 7 / 9)


async def test_no_metric_is_nan_even_when_every_sample_is_unscorable():
    cols = await columns()
    only_failed = {k: [v[2]] for k, v in cols.items()}
    m = step_metrics(only_failed)
    assert m["rubric/unscorable"] == 1 and "rubric/pass_rate/all" not in m
    assert all(v == v for v in m.values())


async def test_verifier_cost_columns_become_step_totals():
    cols = await columns()
    cols["rubric_verifier_requests"] = [1.0, 2.0, 5.0, 0.0]
    cols["rubric_verifier_retries"] = [0.0, 1.0, 4.0, 0.0]
    cols["rubric_verifier_prompt_tokens"] = [100.0, 200.0, 0.0, 0.0]
    cols["rubric_verifier_cached_tokens"] = [50.0, 100.0, 0.0, 0.0]
    cols["rubric_verifier_latency_s"] = [0.1, 0.3, 2.0, 0.0]
    cols["rubric_verifier_cache"] = ["miss", "miss", "miss", "hit"]
    m = step_metrics(cols)
    assert m["verifier/requests"] == 8 and m["verifier/retries"] == 5 and m["verifier/cache_hits"] == 1
    assert m["verifier/cached_token_ratio"] == 0.5
    assert m["verifier/latency_p50_s"] == 0.3 and m["verifier/latency_p95_s"] == 2.0  # the cache hit sent nothing


async def test_verdict_table_has_a_row_per_criterion_and_one_for_an_unscorable_sample():
    cols, rows = verdict_table(await columns(), responses=["a", "b", "c", "d"])
    assert cols[4] == "criterion" and len(rows) == 3 + 3 + 1 + 1
    failed = [r for r in rows if r[2] == "unscorable"]
    assert len(failed) == 1 and "outage" in failed[0][7]


def verl_metrics_batch(scores, lengths, kl=0.0):
    """A batch shaped as verl's V1 trainer hands it to ``compute_data_metrics``: the reward at each
    response's last token, an in-reward KL penalty of ``kl`` per sample, length 0 = aborted."""
    import torch
    from verl import DataProto

    n, width = len(scores), max(max(lengths), 1)
    mask = torch.zeros(n, width)
    token_scores = torch.zeros(n, width)
    for i, (s, length) in enumerate(zip(scores, lengths)):
        mask[i, :length] = 1
        if length:
            token_scores[i, length - 1] = s
    return DataProto.from_dict(tensors={
        "prompts": torch.ones(n, 3, dtype=torch.long), "responses": torch.zeros(n, width, dtype=torch.long),
        "response_mask": mask, "token_level_scores": token_scores, "token_level_rewards": token_scores - kl * mask,
        "advantages": torch.zeros(n, width), "returns": torch.zeros(n, width),
        "prompt_length": torch.full((n,), 3.0), "response_length": torch.tensor(lengths, dtype=torch.float32)})


def test_verls_reward_stats_turn_nan_with_one_unscorable_sample_and_the_scorable_ones_do_not():
    # policy: the logged reward statistics are those of the scorable samples; an unscorable sample
    # (reward NaN) must not wipe out the step's curve
    import math

    from verl.trainer.ppo.metric_utils import compute_data_metrics

    from rubric_plugin.metrics import VERL_REWARD_STAT_KEYS, scorable_reward_stats

    nan = math.nan
    scores, lengths = [1.0, nan, 0.0, 0.5, 0.25, nan], [4, 3, 2, 4, 0, 1]  # sample 4 is aborted (length 0)
    batch = verl_metrics_batch(scores, lengths, kl=0.125)
    verl_stats = compute_data_metrics(batch, use_critic=False)
    assert all(math.isnan(verl_stats[k]) for k in VERL_REWARD_STAT_KEYS)  # verl's own code: NaN

    seq_scores = batch.batch["token_level_scores"].sum(-1).tolist()
    seq_rewards = batch.batch["token_level_rewards"].sum(-1).tolist()
    ours = scorable_reward_stats(seq_scores, seq_rewards, lengths)
    # the reference: verl's own statistics over the scorable rows (0, 2, 3, and the aborted 4 that verl drops)
    reference = compute_data_metrics(batch.select_idxs([0, 2, 3, 4]), use_critic=False)
    assert sorted(ours) == sorted(VERL_REWARD_STAT_KEYS)
    assert ours == pytest.approx({k: reference[k] for k in VERL_REWARD_STAT_KEYS}, abs=1e-6)
    # scores {1, 0, 0.5}: mean 0.5; rewards minus 0.125 per token of 4, 2, 4 tokens: {0.5, -0.25, 0}
    assert ours["critic/score/mean"] == pytest.approx(0.5) and ours["critic/rewards/min"] == pytest.approx(-0.25)


def test_reward_stats_with_no_scorable_sample_are_left_out_not_nan():
    import math

    from rubric_plugin.metrics import scorable_reward_stats

    assert scorable_reward_stats([math.nan, math.nan], [math.nan, math.nan], [3, 5]) == {}
    assert scorable_reward_stats([1.0], [1.0], [0]) == {}  # aborted only, as verl drops them
    with pytest.raises(ValueError, match="one of each per sample"):
        scorable_reward_stats([1.0, 0.0], [1.0], [2, 2])


# -- timing_s/reward_tail ------------------------------------------------------------------------------
def test_reward_tail_is_last_reward_ready_minus_last_rollout_received():
    from rubric_plugin.metrics import reward_tail_metrics

    # rollouts finish at 10, 12, 15; rewards are ready at 11, 16.5, 15.5: the last rollout (15) is
    # judged by 15.5, but an earlier one is still being judged until 16.5
    extra = {"rubric_reward_received_t": [10.0, 12.0, 15.0], "rubric_reward_ready_t": [11.0, 16.5, 15.5]}
    got = reward_tail_metrics(extra, step_s=30.0)
    assert got["timing_s/reward_tail"] == pytest.approx(1.5)
    assert got["timing/reward_tail_share"] == pytest.approx(1.5 / 30.0)


def test_reward_tail_skips_samples_without_times_and_never_goes_negative():
    from rubric_plugin.metrics import reward_tail_metrics

    nan = float("nan")
    # rewards all ready before the last rollout arrives (the last one returned at once)
    extra = {"rubric_reward_received_t": [5.0, nan, 9.0], "rubric_reward_ready_t": [6.0, 99.0, 9.0]}
    assert reward_tail_metrics(extra, step_s=None) == {"timing_s/reward_tail": 0.0}
    assert reward_tail_metrics({"rubric_reward_received_t": [nan], "rubric_reward_ready_t": [nan]}, 3.0) == {}
    assert reward_tail_metrics({"score": [1.0]}, 3.0) == {}


def test_reward_wait_is_the_part_of_the_tail_inside_the_step_that_trains_the_batch():
    from rubric_plugin.metrics import reward_tail_metrics

    extra = {"rubric_reward_received_t": [10.0, 12.0, 15.0], "rubric_reward_ready_t": [11.0, 16.5, 15.5]}
    # rubric_sync: the step began before its rollouts, so it waited the whole tail
    sync = reward_tail_metrics(extra, step_s=30.0, step_began_t=2.0)
    assert sync["timing_s/reward_wait"] == pytest.approx(sync["timing_s/reward_tail"]) == pytest.approx(1.5)
    assert sync["timing/reward_wait_share"] == pytest.approx(1.5 / 30.0)
    # an async mode whose step began after the rollouts: it waited only for the last reward
    assert reward_tail_metrics(extra, 30.0, step_began_t=16.0)["timing_s/reward_wait"] == pytest.approx(0.5)
    # a batch judged before the step began waited for nothing, though its tail is still 1.5 s
    prefetched = reward_tail_metrics(extra, 30.0, step_began_t=20.0)
    assert prefetched["timing_s/reward_wait"] == 0.0 and prefetched["timing_s/reward_tail"] == pytest.approx(1.5)
    # without the step's start there is no wait figure
    assert "timing_s/reward_wait" not in reward_tail_metrics(extra, 30.0)
