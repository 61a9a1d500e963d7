"""Every recipe in conf/*.yaml composes the way users launch it and passes verl's own config checks.

``python -m verl.trainer.main_ppo --config-path=pkg://rubric_plugin.conf --config-name=<recipe>`` is
reproduced with Hydra's compose API; then what ``verl.trainer.main_ppo.main`` runs before training
(``validate_config`` with the reference/critic flags it derives) and what the TaskRunner runs
(``OmegaConf.resolve``), then the plugin's own typed configs. The submit script's argument handling is
tested at the end (``--dry-run``, nothing is submitted).
"""
from __future__ import annotations

import json
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
from omegaconf import OmegaConf

ROOT = Path(__file__).resolve().parents[1]
CONF = ROOT / "conf"
SUBMIT = ROOT / "recipes" / "submit.sh"
RECIPES = sorted(p.stem for p in CONF.glob("*.yaml"))

#: Placeholders for a recipe's required inputs (``???``); a recipe may require no others.
PLACEHOLDERS = {
    "actor_rollout_ref.model.path": "/models/policy",
    "data.train_files": "/data/train.parquet",
    "data.val_files": "/data/val.parquet",
    "reward.rubric.worker_group.models.verifier.model_path": "/models/judge",
}
#: Cluster shape (nodes, GPUs per node) a recipe is written for: actor pool + verifier pool fill it.
CLUSTER = {"gpu_fsdp": (1, 8), "gpu_fsdp_ppo": (1, 8), "megatron_qwen3_8b": (5, 8), "megatron_llama": (5, 8)}
MEGATRON = ("megatron_qwen3_8b", "megatron_llama")


def test_recipes_are_found():
    assert {"gpu_fsdp", "gpu_fsdp_ppo", "tiny_cpu_ppo", "megatron_qwen3_8b", "megatron_llama"} <= set(RECIPES)


def _compose(name: str, overrides=()):
    from hydra import compose, initialize_config_module
    from hydra.core.global_hydra import GlobalHydra

    GlobalHydra.instance().clear()
    try:
        with initialize_config_module(config_module="rubric_plugin.conf", version_base=None):
            return compose(config_name=name, overrides=list(overrides))
    finally:
        GlobalHydra.instance().clear()


_verl_missing: set[str] | None = None


def _verl_missing_keys() -> set[str]:
    """``???`` values verl's own ppo_trainer leaves in place (e.g. an unused reward-model rollout name)."""
    global _verl_missing
    if _verl_missing is None:
        from rubric_plugin.verl_config import compose_ppo_config

        _verl_missing = set(OmegaConf.missing_keys(compose_ppo_config()))
    return _verl_missing


def compose_recipe(name: str, *extra: str):
    """The recipe with placeholders for exactly the inputs it leaves required, plus ``extra``."""
    bare = _compose(name, extra)
    required = set(OmegaConf.missing_keys(bare)) - _verl_missing_keys()
    unknown = required - set(PLACEHOLDERS)
    assert not unknown, f"{name} requires inputs the docs do not name: {sorted(unknown)}"
    return _compose(name, [f"{k}={PLACEHOLDERS[k]}" for k in sorted(required)] + list(extra))


def verl_validate(cfg, critic_model=None) -> None:
    """What verl.trainer.main_ppo.main checks before it starts Ray, then the TaskRunner's resolve.

    With a critic, verl builds the critic's model config, which reads the model's config and tokenizer:
    ``critic_model`` (a real local model) then stands in for the placeholder path."""
    from verl.trainer.ppo.utils import need_critic, need_reference_policy
    from verl.utils.config import validate_config

    if need_critic(cfg) and critic_model is not None:
        cfg.critic.model.path = str(critic_model)
    validate_config(config=cfg, use_reference_policy=need_reference_policy(cfg), use_critic=need_critic(cfg))
    OmegaConf.resolve(cfg)


def plugin_configs(cfg):
    from rubric_plugin.config import build_verifier, from_verl_config
    from rubric_plugin.worker_group import WorkerGroupConfig

    rubric = from_verl_config(cfg)
    return rubric, build_verifier(rubric), WorkerGroupConfig.from_mapping(rubric.worker_group)


@pytest.fixture(scope="module", params=RECIPES)
def recipe(request, tiny_model_dir):
    cfg = compose_recipe(request.param)
    verl_validate(cfg, critic_model=tiny_model_dir)
    return request.param, cfg


def test_recipe_validates_with_verl_and_builds_the_plugin_config(recipe):
    name, cfg = recipe
    rubric, verifier, group = plugin_configs(cfg)
    # the *_ppo recipes: GAE with verl's critic; the others GRPO without unscorable samples
    assert cfg.algorithm.adv_estimator == ("gae" if name.endswith("_ppo") else "rubric_grpo")
    assert cfg.reward.reward_manager.source == "register" and cfg.reward.reward_manager.name == "rubric"
    assert cfg.trainer.v1.trainer_mode == "rubric_sync"
    assert cfg.trainer.use_v1
    assert list(cfg.trainer.logger)[:2] == ["console", "wandb"]
    # every recipe trains on RIFL's all-or-nothing reward
    assert rubric.train_on == "all_or_nothing"
    assert rubric.on_failure == "unscorable"
    # the GPU recipes train with RIFL's shaping chain; tiny_cpu with its deterministic detectors only
    # (conf/shaping/rifl_detectors.yaml: a 135M judge would decide the judged anti-hacking criteria)
    hooks = [n["name"] for n in rubric.shaping]
    assert "truncated" in hooks and ("criteria" in hooks) == (not name.startswith("tiny_cpu"))
    # every recipe trains against an LLM judge: never the rule-based test verifier, never `none`
    assert type(verifier).__name__ == "LLMVerifier"


def test_verifier_points_at_a_served_model(recipe):
    """``worker_group:<model>`` names a model of the worker group, and the request's model name is
    that model's served name (null = filled in from the group)."""
    name, cfg = recipe
    _, verifier, group = plugin_configs(cfg)
    backend = cfg.reward.rubric.verifier.get("backend")
    if backend is None or not str(backend.base_url).startswith("worker_group:"):
        pytest.skip(f"{name}: verifier is not served by the worker group")
    model = str(backend.base_url).split(":", 1)[1]
    assert group is not None, f"{name}: verifier at {backend.base_url} but reward.rubric.worker_group is off"
    spec = group.model(model)
    assert backend.model in (None, spec.served_model_name)
    assert spec.model_path == cfg.reward.rubric.worker_group.models[model].model_path
    assert spec.num_replicas >= 1


def test_gpu_pools_fill_the_cluster(recipe):
    """Actor/rollout pool (trainer.nnodes x n_gpus_per_node) + the verifier pools the rubric trainer adds
    to verl's resource_pool_spec = the cluster the recipe is written for; TP sizes fit a node."""
    name, cfg = recipe
    _, _, group = plugin_configs(cfg)
    trainer_gpus = cfg.trainer.nnodes * cfg.trainer.n_gpus_per_node
    rollout_tp = cfg.actor_rollout_ref.rollout.tensor_model_parallel_size
    assert cfg.trainer.n_gpus_per_node % rollout_tp == 0, "a rollout replica must fit on one node"
    if name not in CLUSTER:
        pytest.skip(f"{name}: no cluster shape recorded in CLUSTER")
    from rubric_plugin.worker_group import VerifierWorkerGroup

    assert group is not None and group.device == "gpu"
    spec = VerifierWorkerGroup(group).gpu_pool_spec()
    verifier_gpus = sum(sum(per_node) for per_node in spec.values())
    nodes, per_node = CLUSTER[name]
    assert trainer_gpus + verifier_gpus == nodes * per_node, (name, trainer_gpus, spec)
    assert all(n <= per_node for pool in spec.values() for n in pool)


@pytest.mark.parametrize("name", MEGATRON)
def test_megatron_recipes_select_verls_megatron_engine(name):
    from verl.utils.config import omega_conf_to_dataclass

    cfg = compose_recipe(name)
    actor = cfg.actor_rollout_ref.actor
    assert actor.strategy == "megatron" and cfg.actor_rollout_ref.ref.strategy == "megatron"
    actor_cfg = omega_conf_to_dataclass(actor)
    assert type(actor_cfg).__name__ == "McoreActorConfig"
    assert type(actor_cfg.megatron).__name__ == "McoreEngineConfig"
    m = actor.megatron
    assert m.use_distributed_optimizer and m.sequence_parallel
    mp = m.tensor_model_parallel_size * m.pipeline_model_parallel_size * m.context_parallel_size
    n_gpus = cfg.trainer.nnodes * cfg.trainer.n_gpus_per_node
    assert mp > 1 and n_gpus % mp == 0
    dp = n_gpus // mp
    assert cfg.data.train_batch_size * cfg.actor_rollout_ref.rollout.n % (dp * actor.ppo_micro_batch_size_per_gpu) == 0
    ref = cfg.actor_rollout_ref.ref.megatron
    for key in ("tensor_model_parallel_size", "pipeline_model_parallel_size", "context_parallel_size"):
        assert ref[key] == m[key], f"the reference policy should inherit {key}"
    # an existing cluster: Ray refuses resource counts when connecting to one
    assert cfg.ray_kwargs.ray_init.num_cpus is None and cfg.ray_kwargs.ray_init.get("num_gpus") is None
    assert cfg.trainer.nnodes > 1


def test_fsdp_recipe_uses_fsdp2_and_leaves_two_gpus_to_the_verifier():
    cfg = compose_recipe("gpu_fsdp")
    assert cfg.actor_rollout_ref.actor.strategy == "fsdp2"
    assert type(__import__("verl.utils.config", fromlist=["x"]).omega_conf_to_dataclass(
        cfg.actor_rollout_ref.actor)).__name__ == "FSDPActorConfig"
    assert cfg.trainer.n_gpus_per_node == 6 and cfg.actor_rollout_ref.rollout.n == 8
    assert cfg.reward.rubric.worker_group.models.verifier.n_gpus_per_node == 2


def test_trainer_mode_is_registered(recipe):
    name, cfg = recipe
    import rubric_plugin.trainer  # noqa: F401  (registers rubric_sync, as the verl.plugins entry point does)
    from verl.trainer.ppo.v1 import get_trainer_cls

    assert get_trainer_cls(cfg.trainer.v1.trainer_mode).__name__ == "RubricTrainer"


# ---- the three verifier serving modes ----------------------------------------------------------

ENDPOINTS = ["http://judge-0:8000/v1", "http://judge-1:8000/v1"]


@pytest.mark.parametrize("name", ["gpu_fsdp", "megatron_qwen3_8b"])
def test_serving_mode_external_endpoints(name):
    cfg = compose_recipe(name, "verifier@reward.rubric.verifier=vllm_server",
                         f"reward.rubric.verifier.backend.base_url=[{','.join(ENDPOINTS)}]",
                         "reward.rubric.verifier.backend.model=rubric-verifier",
                         "reward.rubric.worker_group.enable=false")
    verl_validate(cfg)
    _, verifier, group = plugin_configs(cfg)
    assert group is None
    assert verifier.backend.urls == ENDPOINTS and verifier.backend.model == "rubric-verifier"


@pytest.mark.parametrize("name", ["gpu_fsdp", "megatron_qwen3_8b"])
def test_serving_mode_verl_reward_model_pool(name):
    """verl's own reward-model pool: streaming needs its own pool, a warm engine and the reward
    function path set (otherwise verl takes its discriminative-RM path)."""
    cfg = compose_recipe(name, "verifier@reward.rubric.verifier=reward_router",
                         "reward.rubric.worker_group.enable=false",
                         "reward.reward_model.enable=true", "reward.reward_model.enable_resource_pool=true",
                         "reward.reward_model.nnodes=1", "reward.reward_model.n_gpus_per_node=2",
                         "reward.reward_model.model_path=/models/judge",
                         "reward.reward_model.rollout.name=vllm",
                         "reward.reward_model.rollout.tensor_model_parallel_size=1",
                         "reward.reward_model.rollout.free_cache_engine=false",
                         "reward.custom_reward_function.path=pkg://rubric_plugin.reward_fn")
    verl_validate(cfg)
    _, verifier, group = plugin_configs(cfg)
    assert group is None
    assert verifier.backend.urls == ["router"] and verifier.backend.model == "/models/judge"
    from verl.utils.import_utils import load_extern_object

    fn = load_extern_object(module_path=cfg.reward.custom_reward_function.path,
                            object_name=cfg.reward.custom_reward_function.name)
    assert callable(fn)


def test_serving_mode_worker_group_on_plain_ppo_trainer():
    """The worker group added to verl's ppo_trainer from the command line, without a recipe."""
    from rubric_plugin.verl_config import compose_ppo_config

    cfg = compose_ppo_config(["hydra.searchpath=[pkg://rubric_plugin.conf]", "algorithm.adv_estimator=rubric_grpo",
                              "+verifier@reward.rubric.verifier=worker_group",
                              "+worker_group@reward.rubric.worker_group=gpu",
                              "reward.rubric.worker_group.models.verifier.model_path=/models/judge",
                              "reward.reward_manager.name=rubric", "trainer.v1.trainer_mode=rubric_sync"])
    _, verifier, group = plugin_configs(cfg)
    assert cfg.reward.rubric.verifier.backend.base_url == "worker_group:verifier"
    assert group.model("verifier").model_path == "/models/judge"


# ---- recipes/submit.sh ---------------------------------------------------------------------------

def _submit(*args, env=None, unset=()):
    e = {k: v for k, v in os.environ.items() if k not in unset and not k.startswith(("WANDB_", "NCCL_", "VLLM_"))}
    e.update(env or {})
    e.setdefault("PYTHON", sys.executable)  # reads the plugin's runtime_env.yaml (PyYAML)
    return subprocess.run(["bash", str(SUBMIT), *args], capture_output=True, text=True, env=e, timeout=60)


def _dry_run_words(out: str) -> list[str]:
    line = [ln for ln in out.splitlines() if ln.startswith("ray job submit")]
    assert len(line) == 1, out
    return shlex.split(line[0])


def test_submit_script_parses():
    assert subprocess.run(["bash", "-n", str(SUBMIT)]).returncode == 0
    assert os.access(SUBMIT, os.X_OK)


def test_submit_dry_run_prints_the_job(tmp_path):
    r = _submit("--dry-run", "--no-wait", "--submission-id", "run-1", "megatron_qwen3_8b",
                "data.train_files=[/d/a.parquet,/d/b.parquet]", "+trainer.note='two words'",
                env={"RAY_ADDRESS": "http://head:8265", "WANDB_API_KEY": "s3cret", "WANDB_ENTITY": "team",
                     "NCCL_SOCKET_IFNAME": "eth0"})
    assert r.returncode == 0, r.stderr
    assert "s3cret" not in r.stdout
    words = _dry_run_words(r.stdout)
    assert words[:3] == ["ray", "job", "submit"] and "--address=http://head:8265" in words
    assert "--no-wait" in words and words[words.index("--submission-id") + 1] == "run-1"
    env_json = next(w for w in words if w.startswith("--runtime-env-json="))
    env_vars = json.loads(env_json.split("=", 1)[1])["env_vars"]
    assert env_vars["WANDB_API_KEY"] == "***" and env_vars["WANDB_ENTITY"] == "team"
    assert env_vars["NCCL_SOCKET_IFNAME"] == "eth0" and env_vars["PYTHONUNBUFFERED"] == "1"
    assert env_vars["CUDA_DEVICE_MAX_CONNECTIONS"] == "1" and env_vars["RAY_OVERRIDE_JOB_RUNTIME_ENV"] == "1"
    # the entrypoint, as the cluster's shell will split it
    entry = shlex.split(words[words.index("--") + 1])
    assert entry == ["python", "-m", "verl.trainer.main_ppo", "--config-path=pkg://rubric_plugin.conf",
                     "--config-name=megatron_qwen3_8b", "data.train_files=[/d/a.parquet,/d/b.parquet]",
                     "+trainer.note='two words'"]


def test_submit_env_toggles():
    base = {"RAY_ADDRESS": "ray://h:10001"}
    words = _dry_run_words(_submit("--dry-run", "--hf-offline", "gpu_fsdp.yaml", env=base).stdout)
    env_vars = json.loads(next(w for w in words if w.startswith("--runtime-env-json=")).split("=", 1)[1])["env_vars"]
    assert env_vars["HF_HUB_OFFLINE"] == env_vars["TRANSFORMERS_OFFLINE"] == env_vars["HF_DATASETS_OFFLINE"] == "1"
    assert "CUDA_DEVICE_MAX_CONNECTIONS" not in env_vars, "FSDP2 must not run with CUDA_DEVICE_MAX_CONNECTIONS"
    assert "--config-name=gpu_fsdp" in words[-1]
    words = _dry_run_words(_submit("--dry-run", "megatron_llama", env={**base, "CUDA_DEVICE_MAX_CONNECTIONS": ""}).stdout)
    assert "CUDA_DEVICE_MAX_CONNECTIONS" not in next(w for w in words if w.startswith("--runtime-env-json="))


@pytest.mark.parametrize("args, env, message", [
    (("megatron_llama",), {}, "RAY_ADDRESS is not set"),
    (("--dry-run", "megatron_llama"), {}, "RAY_ADDRESS is not set"),
    ((), {"RAY_ADDRESS": "http://h:8265"}, "no recipe given"),
    (("no_such_recipe",), {"RAY_ADDRESS": "http://h:8265"}, "no recipe 'no_such_recipe'"),
    (("sub/dir",), {"RAY_ADDRESS": "http://h:8265"}, "plain name"),
    (("--frobnicate", "megatron_llama"), {"RAY_ADDRESS": "http://h:8265"}, "unknown option --frobnicate"),
    (("--submission-id",), {"RAY_ADDRESS": "http://h:8265"}, "--submission-id needs a value"),
])
def test_submit_fails_fast(args, env, message):
    r = _submit(*args, env=env, unset=("RAY_ADDRESS",))
    assert r.returncode == 2 and message in r.stderr, (r.returncode, r.stderr)
    assert r.stdout == ""


def test_submit_lists_available_recipes_and_has_help():
    r = _submit("nope", env={"RAY_ADDRESS": "http://h:8265"})
    assert all(name in r.stderr for name in RECIPES)
    h = _submit("--help")
    assert h.returncode == 0 and "--dry-run" in h.stdout and "pip-installed" in h.stdout
    assert re.search(r"on EVERY node", h.stdout)
