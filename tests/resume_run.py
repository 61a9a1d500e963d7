"""The one two-launch tiny PPO run that the resume and PPO end-to-end tests read (session fixture).

``rubric-plugin train --recipe tiny_cpu_ppo`` (verl's main_ppo, mode rubric_sync, an FSDP2 actor and
an FSDP2 critic, vLLM rollout, the worker group serving the tiny policy model as its judge, W&B
offline), with a checkpoint every step and 3 steps; the first launch is SIGKILLed (its process
group) once step 2's checkpoint exists, and the second trains step 3 only. One run serves both
facts, because each launch costs minutes of CI's two cores: a preempted job resumes (its critic
with it), and PPO with a critic trains with the rubric reward. The job is shrunk to what the checks
need: 2 prompts x 2 samples per step, one agent-loop worker, no held-out validation; the reference
monitor re-judges every rollout with the same served judge (4 extra requests per step).
"""
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

def e2e(test):
    """The marks of a test that reads the two-launch job."""
    for mark in (pytest.mark.e2e, pytest.mark.ray, pytest.mark.vllm, pytest.mark.timeout(3600)):
        test = mark(test)
    return test


#: step after which the first launch is killed, and the run's length
KILL_AFTER, TOTAL = 2, 3
#: how long the killed job's processes may outlive the kill (Ray's fate sharing, the servers' watchdogs)
GONE_WITHIN_S = 60.0
#: how long one launch may take on a loaded 2-core host before the test gives up
LAUNCH_LIMIT_S = 1500

#: PPO with a critic (GAE): the resumed run restores the critic too
RECIPE = "tiny_cpu_ppo"
OVERRIDES = [
    f"trainer.total_training_steps={TOTAL}",
    "trainer.save_freq=1",
    "trainer.resume_mode=auto",
    # no held-out validation: the test is about the training steps
    "trainer.val_before_train=false",
    "trainer.test_freq=-1",
    # the smallest step: 2 prompts x 2 samples, one mini-batch (actor and critic)
    "data.train_batch_size=2",
    "actor_rollout_ref.rollout.n=2",
    "actor_rollout_ref.actor.ppo_mini_batch_size=2",
    "actor_rollout_ref.actor.ppo_micro_batch_size_per_gpu=4",
    "actor_rollout_ref.rollout.log_prob_micro_batch_size_per_gpu=4",
    "actor_rollout_ref.ref.log_prob_micro_batch_size_per_gpu=4",
    "critic.ppo_micro_batch_size_per_gpu=4",
    # verl's default is 8 agent-loop workers, each a Ray actor that costs memory and CPU while idle
    "actor_rollout_ref.rollout.agent.num_workers=1",
    # the cheapest judge that is still served by the worker group: the tiny policy model (the
    # verdict JSON is enforced by the schema, so even its answers parse)
    "reward.rubric.worker_group.models.verifier.model_path=${actor_rollout_ref.model.path}",
    # the reference monitor judges every rollout with the same served model
    "+reference@reward.rubric.reference=worker_group",
    "reward.rubric.reference.verifier.backend.base_url=worker_group:verifier",
    "reward.rubric.reference.fraction=1.0",
]


def launch(work: Path, log: Path) -> subprocess.Popen:
    env = {**os.environ, "WANDB_MODE": "offline", "HF_HUB_OFFLINE": "1"}
    env.pop("WANDB_RUN_ID", None)
    env.pop("WANDB_RESUME", None)
    cmd = [sys.executable, "-m", "rubric_plugin.cli.main", "train", "--recipe", RECIPE, "--workdir", str(work),
           *OVERRIDES]
    # its own process group: SIGKILL to the group is what a preemption does to the job
    with open(log, "w") as out:  # the child keeps its own copy of the descriptor
        return subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, env=env, start_new_session=True)


def saved_step(work: Path) -> int:
    try:
        return int((work / "checkpoints" / "latest_checkpointed_iteration.txt").read_text().strip() or 0)
    except (OSError, ValueError):
        return 0


def metric_rows(path: Path) -> dict[int, dict]:
    rows = {}
    for line in path.read_text().splitlines() if path.exists() else []:
        try:
            entry = json.loads(line)
        except json.JSONDecodeError:  # the last line of a killed job may be cut
            continue
        rows.setdefault(int(entry["step"]), {}).update(entry["data"])
    return rows


def job_processes(root: int, work: Path) -> tuple[list, int]:
    """The job's tree, plus the worker group's servers (own session) with their trees and watchdogs;
    and how many servers there were."""
    import psutil

    procs = {}
    try:
        top = psutil.Process(root)
        procs.update({p.pid: p for p in [top, *top.children(recursive=True)]})
    except psutil.Error:
        pass
    servers = []
    for p in psutil.process_iter(["cmdline"]):
        cmd = " ".join(p.info["cmdline"] or [])
        if str(work) in cmd and "vllm" in cmd and "api_server" in cmd:
            servers.append(p)
    for s in servers:
        try:
            procs.update({p.pid: p for p in [s, *s.children(recursive=True)]})
        except psutil.Error:
            pass
    # a watchdog names the tree it guards as --root PID:START
    roots = {f"{s.pid}:" for s in servers}
    for p in psutil.process_iter(["cmdline"]):
        cmd = p.info["cmdline"] or []
        if "rubric_plugin.worker_group.lifetime" in cmd and any(c.startswith(tuple(roots)) for c in cmd if roots):
            procs[p.pid] = p
    return list(procs.values()), len(servers)


def alive(p) -> bool:
    import psutil

    try:
        return p.is_running() and p.status() != psutil.STATUS_ZOMBIE
    except psutil.Error:
        return False


def wandb_run_ids(work: Path) -> list[str]:
    """Run ids of the offline W&B runs, oldest first (``offline-run-<date>_<time>-<id>``)."""
    runs = sorted((work / "wandb").glob("offline-run-*"))
    return [re.sub(r"^offline-run-\d{8}_\d{6}-", "", r.name) for r in runs]


def kill_group(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    proc.wait()


@pytest.fixture(scope="session")
def resumed_job(tmp_path_factory):
    work = tmp_path_factory.mktemp("resume")
    first = launch(work, work / "launch1.log")
    t0 = time.monotonic()
    try:
        while saved_step(work) < KILL_AFTER:
            assert first.poll() is None, (work / "launch1.log").read_text()[-6000:]
            assert time.monotonic() - t0 < LAUNCH_LIMIT_S, f"no checkpoint of step {KILL_AFTER} after {LAUNCH_LIMIT_S} s"
            time.sleep(0.2)
        procs, servers = job_processes(first.pid, work)
        os.killpg(first.pid, signal.SIGKILL)
    finally:
        kill_group(first)
    t_kill = time.monotonic()
    first_s = t_kill - t0
    while (left := [p for p in procs if alive(p)]) and time.monotonic() - t_kill < GONE_WITHIN_S:
        time.sleep(0.2)
    gone_s = time.monotonic() - t_kill
    killed_at = saved_step(work)
    first_rows = metric_rows(work / "metrics.jsonl")
    ids_after_first = wandb_run_ids(work)
    # `rubric-plugin train` rewrites both on every launch
    shutil.copy(work / "metrics.jsonl", work / "metrics.launch1.jsonl")
    shutil.copy(work / "train.log", work / "train.launch1.log")

    # the restart: the same command in the same workdir
    t1 = time.monotonic()
    proc = launch(work, work / "launch2.log")
    try:
        code = proc.wait(timeout=LAUNCH_LIMIT_S)
    finally:
        kill_group(proc)
    print(f"resume e2e: first launch {first_s:.0f} s to step {KILL_AFTER}'s checkpoint, killed job gone in "
          f"{gone_s:.1f} s, restart {time.monotonic() - t1:.0f} s")
    return {"work": work, "procs": procs, "servers": servers, "left": left, "gone_s": gone_s, "killed_at": killed_at,
            "first_rows": first_rows, "ids_after_first": ids_after_first, "code": code,
            "second_rows": metric_rows(work / "metrics.jsonl"), "log2": (work / "launch2.log").read_text(),
            "train_log1": (work / "train.launch1.log").read_text(errors="replace"),
            "train_log2": (work / "train.log").read_text(errors="replace")}
