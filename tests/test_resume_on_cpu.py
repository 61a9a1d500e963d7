"""Resume after preemption: a tiny_cpu run SIGKILLed mid-training continues from its checkpoint.

Policy (docs/trainer.md, "Resume after preemption"): a job killed as a preemption kills it (SIGKILL
to its whole process group) leaves no process behind, the verifier worker group's servers
included. Restarted with ``trainer.resume_mode=auto`` it continues from the latest checkpoint
(the next step is the saved one + 1), starts the worker group again, logs to the same W&B run
(the id kept in ``<default_local_dir>/wandb_run_id``), and starts a fresh unscorable window and
fresh per-step reference-monitor counts.

One real job, launched twice (``resumed_job``, tests/resume_run.py, shared with the PPO tests):
``rubric-plugin train --recipe tiny_cpu_ppo`` with a checkpoint every step and 3 steps; the first
launch is SIGKILLed (its process group) once step 2's checkpoint exists, and the second trains
step 3 only.
"""
import re
from pathlib import Path

import pytest
from resume_run import GONE_WITHIN_S, KILL_AFTER, TOTAL, e2e, wandb_run_ids


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
