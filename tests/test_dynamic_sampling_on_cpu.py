"""Dynamic sampling (algorithm.filter_groups) with unscorable members, and the trainer's advantage step.

Policy under test: a group is filtered when its scorable members' metric has no spread (unscorable
members are ignored; a lone survivor is filtered, an all-unscorable group is not, so the unscorable
budget still sees an outage); each filtered group's samples still count toward the budget; the
trainer's advantage step runs verl's estimator on the scorable rows of the TransferQueue batch and
takes the rest out of the loss, and logs the effective batch.
"""
from __future__ import annotations

import types

import numpy as np
import pytest
import torch

pytestmark = pytest.mark.timeout(120)

NAN = float("nan")


@pytest.mark.parametrize("values, expected", [
    ([1.0, 1.0, NAN, 1.0], 1.0),      # all scorable members passed: no signal, filtered (verl: std is NaN, kept)
    ([0.0, 0.0, 0.0, 0.0], 0.0),      # verl's own case
    ([1.0, 0.0, NAN, 1.0], None),     # spread among the scorable members: kept
    ([0.0, NAN, NAN, NAN], 0.0),      # lone survivor: advantage 0 by the plugin's rule, filtered
    ([NAN, NAN, NAN, NAN], None),     # all unscorable: kept, the trainer masks them and the budget counts them
    ([1.0], None),                    # a group of one is never filtered (verl's rule)
    ([None, 1.0, 1.0], 1.0),          # a None metric (no value) counts as unscorable
])
def test_group_is_filtered_when_its_scorable_members_agree(values, expected):
    from rubric_plugin.sampling import no_signal

    vals = [NAN if v is None else v for v in values]
    assert no_signal(vals) == expected


def test_verls_rule_keeps_a_group_with_one_nan():
    # why the plugin needs its own sampler: np.std of [1, 1, NaN, 1] is NaN, never 0
    assert not float(np.std([1.0, 1.0, NAN, 1.0])) == 0.0


def test_effective_batch_counts_samples_with_a_gradient():
    from rubric_plugin.sampling import effective_batch_metrics

    # 3 of 4 samples have a non-zero advantage somewhere -> 0.75
    assert effective_batch_metrics([True, False, True, True]) == {"rubric/effective_batch_fraction": 0.75,
                                                                  "rubric/effective_batch_samples": 3.0}
    assert effective_batch_metrics([])["rubric/effective_batch_fraction"] == 0.0


def test_filtered_samples_still_count_toward_the_unscorable_budget():
    from rubric_plugin.budget import StepCount
    from rubric_plugin.sampling import with_filtered

    step = StepCount(samples=8, unscorable=1, verifier="judge", last_error="HTTP 503")
    # 2 filtered groups of 4, 3 of their samples unscorable: 8+8 samples, 1+3 unscorable
    out = with_filtered(step, {"rubric/filter_groups/samples_total": 8, "rubric/filter_groups/unscorable_total": 3})
    assert (out.samples, out.unscorable, out.verifier) == (16, 4, "judge")
    assert with_filtered(step, {}) is step and with_filtered(None, {"rubric/filter_groups/samples_total": 4}) is None


class MemoryQueue:
    """verl's TransferQueue calls (kv_batch_get / kv_batch_put / kv_list) over a dict, fields stored
    per key as verl stores them (jagged per-sample tensors, extra_fields as dicts)."""

    def __init__(self):
        self.rows: dict[str, dict] = {}
        self.tags: dict[str, dict] = {}

    def kv_batch_get(self, keys, partition_id, select_fields):
        from verl.utils import tensordict_utils as tu

        out = {}
        for f in (f for f in select_fields if f in self.rows[keys[0]]):  # a field nobody wrote is absent
            values = [self.rows[k][f] for k in keys]
            tensor = isinstance(values[0], torch.Tensor)
            out[f] = torch.nested.as_nested_tensor(values, layout=torch.jagged) if tensor else values
        return tu.get_tensordict(out)

    def kv_batch_put(self, keys, partition_id, fields, tags=None):
        for i, k in enumerate(keys):
            for f in fields.keys():
                self.rows.setdefault(k, {})[f] = fields[f][i].clone()

    def kv_clear(self, keys, partition_id):
        for k in keys:
            self.rows.pop(k, None)
            self.tags.pop(k, None)

    def kv_list(self, partition_id=None):
        return {"train": dict(self.tags)}


def fill(queue: MemoryQueue, groups: dict[str, list[float]]) -> None:
    """Finished prompt groups: rm_scores (reward on the last token) and reward_extra_info per trajectory."""
    for uid, scores in groups.items():
        queue.tags[uid] = {"is_prompt": True, "status": "finished", "global_steps": 1}
        for s, score in enumerate(scores):
            key = f"{uid}_{s}_0"
            n = 2 + s
            rm = torch.zeros(n)
            rm[-1] = score
            queue.rows[key] = {"rm_scores": rm, "response_mask": torch.ones(n, dtype=torch.long),
                               "extra_fields": {"reward_extra_info": {"rubric_all_or_nothing": score}}}
            queue.tags[key] = {"seq_len": n + 3}


@pytest.mark.parametrize("metric", ["rubric_all_or_nothing", "reward"])
def test_rubric_sampler_filters_no_signal_groups_and_reports_them(monkeypatch, metric):
    import transfer_queue
    from omegaconf import OmegaConf
    from verl.trainer.ppo.v1.replay_buffer import DAPO_FILTERED_REWARD_COUNTS_KEY, ReplayBuffer

    from rubric_plugin.sampling import with_rubric_filter

    queue = MemoryQueue()
    for name in ("kv_batch_get", "kv_clear", "kv_list"):
        monkeypatch.setattr(transfer_queue, name, getattr(queue, name))
    fill(queue, {"a": [1.0, 1.0, NAN, 1.0], "b": [1.0, 0.0, 1.0, 0.0], "c": [NAN] * 4, "d": [0.0, NAN, NAN, NAN]})
    refills = []
    buffer = ReplayBuffer(trainer_mode="sync", trainer_config=OmegaConf.create({}), max_off_policy_threshold=None,
                          max_off_policy_strategy="drop", sampler_kwargs=OmegaConf.create({}),
                          refill_fn=refills.append, filter_groups_metric=metric, train_batch_size=2,
                          gen_batch_size=1, poll_interval=0.0)
    buffer = with_rubric_filter(buffer)
    batch, metrics = buffer.sample(global_steps=1, partition_id="train", batch_size=2)
    # a (all scorable passed) and d (lone survivor) are filtered; b (spread) and c (all unscorable) trained on
    assert sorted({k.split("_")[0] for k in batch.keys}) == ["b", "c"]
    assert metrics["training/filter_groups/evicted_samples"] == 2
    assert metrics["rubric/filter_groups/groups_total"] == 2
    assert metrics["rubric/filter_groups/samples_total"] == 8
    assert metrics["rubric/filter_groups/unscorable_total"] == 4  # one in a, three in d
    assert metrics[DAPO_FILTERED_REWARD_COUNTS_KEY] == {1.0: 1, 0.0: 1}
    assert "a_0_0" not in queue.rows and "d_0_0" not in queue.rows


def test_missing_metric_names_the_key_and_the_fix(monkeypatch):
    import transfer_queue
    from omegaconf import OmegaConf
    from verl.trainer.ppo.v1.replay_buffer import ReplayBuffer

    from rubric_plugin.sampling import with_rubric_filter

    queue = MemoryQueue()
    for name in ("kv_batch_get", "kv_clear", "kv_list"):
        monkeypatch.setattr(transfer_queue, name, getattr(queue, name))
    fill(queue, {"a": [1.0, 0.0]})
    buffer = with_rubric_filter(ReplayBuffer(
        trainer_mode="sync", trainer_config=OmegaConf.create({}), max_off_policy_threshold=None,
        max_off_policy_strategy="drop", sampler_kwargs=OmegaConf.create({}), refill_fn=lambda n: None,
        filter_groups_metric="rubric_all_or_nothin", train_batch_size=1, gen_batch_size=1, poll_interval=0.0))
    with pytest.raises(RuntimeError, match="filter_groups.metric='rubric_all_or_nothin' is missing.*rubric_all_or_nothing"):
        buffer.sample(global_steps=1, partition_id="train", batch_size=1)


def test_trainer_advantage_step_runs_verl_on_the_scorable_rows(monkeypatch):
    # the rubric trainer's _compute_advantage: verl's own V1 _compute_advantage on the kept rows of the
    # queue, zero advantages and response_mask for the unscorable row, the effective batch logged
    import transfer_queue
    from omegaconf import OmegaConf
    from transfer_queue import KVBatchMeta
    from verl.trainer.ppo.v1 import PPOTrainerSync

    import rubric_plugin.verl_plugin  # noqa: F401
    from rubric_plugin.estimators import advantage_on_scorable

    queue = MemoryQueue()
    monkeypatch.setattr(transfer_queue, "kv_batch_get", queue.kv_batch_get)
    monkeypatch.setattr(transfer_queue, "kv_batch_put", queue.kv_batch_put)
    fill(queue, {"a": [1.0, 0.0, NAN, 1.0], "b": [1.0, 1.0, 1.0, 1.0]})
    for k, row in queue.rows.items():
        row["uid"] = k.split("_")[0]
    keys = [k for k in queue.rows]
    trainer = PPOTrainerSync.__new__(PPOTrainerSync)
    trainer.config = OmegaConf.create({"algorithm": {"adv_estimator": "rubric_grpo", "use_kl_in_reward": False,
                                                     "gamma": 1.0, "lam": 1.0, "norm_adv_by_std_in_grpo": True},
                                       "actor_rollout_ref": {"rollout": {"n": 4}}})
    seen = {}

    def verl_compute(sub):
        seen["keys"] = list(sub.keys)
        seen["estimator"] = trainer.config.algorithm.adv_estimator
        return PPOTrainerSync._compute_advantage(trainer, sub, {})

    batch = KVBatchMeta(partition_id="train", keys=keys, tags=[{} for _ in keys], fields=["rm_scores", "response_mask"])
    metrics: dict = {}
    out = advantage_on_scorable(verl_compute, batch, trainer.config.algorithm, metrics)
    # the actor update reads the fields the returned metadata lists, as after verl's own _compute_advantage
    assert {"advantages", "returns", "rm_scores", "response_mask"} <= set(out.fields) and out.keys == keys
    assert seen["keys"] == [k for k in keys if k != "a_2_0"] and seen["estimator"] == "grpo"
    assert trainer.config.algorithm.adv_estimator == "rubric_grpo"  # restored
    adv = {k: queue.rows[k]["advantages"] for k in keys}
    # group a: scores 1, 0, 1 over the scorable members: mean 2/3, std 0.577 -> +0.577, -1.155, +0.577
    assert torch.allclose(adv["a_0_0"], torch.full((2,), 0.57735), atol=1e-4)
    assert torch.allclose(adv["a_1_0"], torch.full((3,), -1.1547), atol=1e-4)
    assert torch.count_nonzero(adv["a_2_0"]) == 0 and torch.count_nonzero(queue.rows["a_2_0"]["response_mask"]) == 0
    assert queue.rows["a_2_0"]["advantages"].shape == queue.rows["a_2_0"]["response_mask"].shape == (4,)
    # group b all passed: advantage 0; effective batch 3 of 8 samples
    assert all(torch.count_nonzero(adv[f"b_{s}_0"]) == 0 for s in range(4))
    assert metrics["rubric/effective_batch_fraction"] == 3 / 8
    assert metrics["rubric/adv/excluded_samples"] == 1.0 and metrics["rubric/adv/lone_survivor_groups"] == 0.0


@pytest.mark.parametrize("metric", ["reward", "rubric_all_or_nothing"])
def test_the_documented_opt_in_passes_verls_checks_on_a_gpu_recipe(metric):
    # docs/trainer.md's lines on gpu_fsdp (the GRPO recipes share its reward and algorithm keys): verl
    # validates the config, verl's trainer finds the streaming reward path it requires, and the metric
    # is the shaped reward (rm_scores) or a key the recipe's rubric reward emits
    from test_recipes_on_cpu import compose_recipe, verl_validate
    from verl.trainer.ppo.v1.trainer_base import PPOTrainer

    from rubric_plugin.config import from_verl_config
    from rubric_plugin.sampling import REWARD_METRIC
    from rubric_plugin.scoring import extra_keys

    cfg = compose_recipe("gpu_fsdp", "algorithm.filter_groups.enable=true",
                         f"algorithm.filter_groups.metric={metric}",
                         "algorithm.filter_groups.max_inflight_gen_batches=1")
    verl_validate(cfg)
    assert PPOTrainer._resolve_filter_groups_metric(types.SimpleNamespace(config=cfg)) == metric
    assert metric == REWARD_METRIC or metric in extra_keys(from_verl_config(cfg))
    assert not cfg.algorithm.filter_groups.max_num_gen_batches  # verl's V1 trainer ignores it (docs/trainer.md)


@pytest.mark.timeout(60)
def test_the_sync_buffer_notices_a_finished_batch_within_sync_poll_s_not_verls_2_s(monkeypatch):
    """verl's sync replay buffer checks for a finished batch every 2 s; the rubric trainer's checks every
    reward.rubric.sync_poll_s (0.25 s), so a step no longer waits up to 2 s after its last reward."""
    import threading
    import time

    import transfer_queue
    from omegaconf import OmegaConf
    from verl.trainer.ppo.v1.replay_buffer import ReplayBuffer, ReplayBufferAsync

    from rubric_plugin.config import RubricRewardConfig
    from rubric_plugin.errors import ConfigError
    from rubric_plugin.sampling import with_rubric_filter, with_sync_poll

    def built(cls=ReplayBuffer, mode="sync"):  # as verl builds it: its default interval
        return cls(trainer_mode=mode, trainer_config=OmegaConf.create({}), max_off_policy_threshold=None,
                   max_off_policy_strategy="drop", sampler_kwargs=OmegaConf.create({}), refill_fn=None,
                   filter_groups_metric=None, train_batch_size=2, gen_batch_size=1)

    poll_s = RubricRewardConfig().sync_poll_s
    assert built().poll_interval == 2.0 and poll_s == 0.25
    assert with_sync_poll(built(), None).poll_interval == 2.0  # null keeps verl's
    # the separate_async trainer reads the async buffer's interval to decide when rollout sat idle: kept
    assert with_sync_poll(built(ReplayBufferAsync, "separate_async"), poll_s).poll_interval == 2.0
    for bad in (0, -1, True, "fast", 120):
        with pytest.raises(ConfigError, match="reward.rubric.sync_poll_s"):
            RubricRewardConfig(sync_poll_s=bad)

    queue = MemoryQueue()
    for name in ("kv_batch_get", "kv_clear", "kv_list"):
        monkeypatch.setattr(transfer_queue, name, getattr(queue, name))
    buffer = with_sync_poll(with_rubric_filter(built()), poll_s)
    threading.Timer(0.4, fill, (queue, {"a": [1.0, 0.0], "b": [0.0, 1.0]})).start()  # the last reward lands
    start = time.monotonic()
    batch, _ = buffer.sample(global_steps=1, partition_id="train", batch_size=2)
    waited = time.monotonic() - start
    assert sorted({k.split("_")[0] for k in batch.keys}) == ["a", "b"]
    assert 0.4 <= waited < 1.2, waited  # verl's interval: the first check after 0.4 s comes at 2.0 s
