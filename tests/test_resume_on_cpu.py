"""Resume after preemption: a tiny_cpu run SIGKILLed mid-training continues from its checkpoint.

Policy (docs/trainer.md, "Resume after preemption"): a job killed as a preemption kills it (SIGKILL
to its whole process group) leaves no process behind, the verifier worker group's servers
included. Restarted with ``trainer.resume_mode=auto`` it continues from the latest checkpoint
(the next step is the saved one + 1), starts the worker group again, logs to the same W&B run
(the id kept in ``<default_local_dir>/wandb_run_id``), and starts a fresh unscorable window and
fresh per-step reference-monitor counts.

One real job, launched twice: ``rubric-plugin train`` (verl's main_ppo, mode rubric_sync, FSDP2,
vLLM rollout, the worker group serving the tiny policy model as its judge, W&B offline), with a
checkpoint every step and 3 steps; the first launch is SIGKILLed (its process group) once step 2's
checkpoint exists, and the second trains step 3 only. The job is shrunk to what the checks need:
2 prompts x 2 samples per step, one agent-loop worker, no held-out validation; the reference
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

OVERRIDES = [
    f"trainer.total_training_steps={TOTAL}",
    "trainer.save_freq=1",
    "trainer.resume_mode=auto",
    # no held-out validation: the test is about the training steps
    "trainer.val_before_train=false",
    "trainer.test_freq=-1",
    # the smallest GRPO step: 2 prompts x 2 samples, one mini-batch
    "data.train_batch_size=2",
    "actor_rollout_ref.rollout.n=2",
    "actor_rollout_ref.actor.ppo_mini_batch_size=2",
    "actor_rollout_ref.actor.ppo_micro_batch_size_per_gpu=4",
    "actor_rollout_ref.rollout.log_prob_micro_batch_size_per_gpu=4",
    "actor_rollout_ref.ref.log_prob_micro_batch_size_per_gpu=4",
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
    cmd = [sys.executable, "-m", "rubric_plugin.cli.main", "train", "--workdir", str(work), *OVERRIDES]
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


@pytest.fixture(scope="module")
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


@e2e
def test_a_sigkilled_job_leaves_no_process_behind(resumed_job):
    job = resumed_job
    # the job ran a real judge server (own session, under its watchdog): it was among the processes that had to go
    assert job["servers"] >= 1 and len(job["procs"]) > job["servers"]
    assert job["left"] == [], f"{len(job['left'])} processes outlived the kill by {GONE_WITHIN_S:.0f} s: {job['left']}"


@e2e
def test_the_restart_continues_from_the_saved_step(resumed_job):
    job = resumed_job
    assert job["code"] == 0, job["log2"][-6000:] + job["train_log2"][-6000:]
    assert job["killed_at"] == KILL_AFTER
    # the first launch logged at most the steps it checkpointed; the restart logs only the steps after the checkpoint
    assert set(job["first_rows"]) <= set(range(1, KILL_AFTER + 1))
    assert sorted(job["second_rows"]) == list(range(KILL_AFTER + 1, TOTAL + 1))
    assert (job["work"] / "checkpoints" / f"global_step_{TOTAL}").is_dir()
    # verl loaded step 2's checkpoint (its own log line), not a fresh policy
    assert re.search(rf"global_step_{KILL_AFTER}\b", job["train_log2"]), job["train_log2"][-4000:]


@e2e
def test_the_worker_group_is_started_again_and_judges_the_resumed_steps(resumed_job):
    job = resumed_job
    banner = "rubric verifier worker group: verifier served at"
    # verl's and the trainer's output goes to <workdir>/train.log
    assert banner in job["train_log1"] and banner in job["train_log2"], job["train_log2"][-4000:]
    for step, data in job["second_rows"].items():
        assert data["verifier/requests"] > 0, step   # the restarted servers answered
        assert data["rubric/unscorable"] == 0, step


@e2e
def test_the_resumed_run_logs_to_the_same_wandb_run(resumed_job):
    job = resumed_job
    run_id = (job["work"] / "checkpoints" / "wandb_run_id").read_text().strip()
    ids = wandb_run_ids(job["work"])
    # one offline folder per launch, both for the same run id (wandb sync appends the second to the first)
    assert len(job["ids_after_first"]) == 1 and len(ids) == 2, ids
    assert ids == [run_id, run_id]


@e2e
def test_the_unscorable_window_and_the_reference_counts_start_fresh(resumed_job):
    job = resumed_job
    # uninterrupted, step 3's window would hold steps 1-3; the resumed run's window starts with step 3
    for step, data in job["first_rows"].items():
        assert data["rubric/unscorable_window_steps"] == step
    first_resumed = job["second_rows"][KILL_AFTER + 1]
    assert first_resumed["rubric/unscorable_window_steps"] == 1
    # reference counts are the step's own: every rollout of the step sampled once (fraction 1.0), not a running total
    for data in [*job["first_rows"].values(), first_resumed]:
        assert data["rubric/reference/sampled"] == data["rubric/samples"]
        assert data["rubric/reference/failures"] + data["rubric/reference/late"] <= data["rubric/samples"]


# -- the W&B run id, without a job (rubric_plugin.resume.bind_wandb_run) ----------------------------------
def wandb_config(root: Path, logger=("console", "wandb"), save_freq=1, **trainer):
    from omegaconf import OmegaConf

    return OmegaConf.create({"trainer": {"logger": list(logger), "default_local_dir": str(root),
                                         "save_freq": save_freq, "resume_mode": "auto", **trainer}})


@pytest.mark.timeout(30)
def test_a_fresh_run_writes_a_new_id_and_its_resume_reads_it_back(tmp_path):
    from rubric_plugin.resume import bind_wandb_run

    first, env = {}, {}
    run_id = bind_wandb_run(wandb_config(tmp_path), resumed=False, environ=first)
    assert first == {"WANDB_RUN_ID": run_id} and re.fullmatch(r"[a-z0-9]{8}", run_id)
    assert (tmp_path / "wandb_run_id").read_text().strip() == run_id
    assert bind_wandb_run(wandb_config(tmp_path), resumed=True, environ=env) == run_id
    assert env == {"WANDB_RUN_ID": run_id, "WANDB_RESUME": "allow"}
    # a later fresh run in the same folder (resume_mode=disable, or no checkpoint yet) is a new W&B run
    assert bind_wandb_run(wandb_config(tmp_path), resumed=False, environ={}) != run_id


@pytest.mark.timeout(30)
def test_resume_from_a_path_reads_the_id_beside_that_checkpoint(tmp_path):
    from rubric_plugin.resume import bind_wandb_run, write_run_id

    write_run_id(tmp_path / "old", "abcd1234")
    cfg = wandb_config(tmp_path / "new", resume_mode="resume_path",
                       resume_from_path=str(tmp_path / "old" / "global_step_7"))
    env = {}
    assert bind_wandb_run(cfg, resumed=True, environ=env) == "abcd1234"
    # and the new checkpoint folder carries it on
    assert (tmp_path / "new" / "wandb_run_id").read_text().strip() == "abcd1234"


@pytest.mark.timeout(30)
def test_a_checkpoint_without_an_id_starts_a_new_wandb_run(tmp_path, caplog):
    from rubric_plugin.resume import bind_wandb_run

    env = {}
    run_id = bind_wandb_run(wandb_config(tmp_path), resumed=True, environ=env)
    assert env == {"WANDB_RUN_ID": run_id}  # no WANDB_RESUME: nothing to resume
    assert "starts a new W&B run" in caplog.text


@pytest.mark.timeout(30)
def test_a_users_run_id_wins_and_nothing_happens_without_wandb(tmp_path):
    from rubric_plugin.resume import bind_wandb_run

    env = {"WANDB_RUN_ID": "mine0001"}
    assert bind_wandb_run(wandb_config(tmp_path), resumed=True, environ=env) == "mine0001"
    assert env == {"WANDB_RUN_ID": "mine0001"} and not (tmp_path / "wandb_run_id").exists()
    env = {}
    assert bind_wandb_run(wandb_config(tmp_path, logger=("console", "file")), resumed=True, environ=env) is None
    assert env == {}


@pytest.mark.timeout(30)
def test_without_checkpoints_no_id_file_is_written(tmp_path):
    from rubric_plugin.resume import bind_wandb_run

    assert bind_wandb_run(wandb_config(tmp_path / "ckpt", save_freq=-1), resumed=False, environ={})
    assert not (tmp_path / "ckpt").exists()
