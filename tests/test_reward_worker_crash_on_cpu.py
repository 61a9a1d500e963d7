"""A crashing or dead reward worker fails the job within 60 s, with the worker's error, instead of being
swallowed by verl's agent loop.

Real pieces: Ray (4 CPUs), verl 0.9.1's ``RewardLoopManager`` and ``RewardLoopWorker`` actors running
the ``rubric`` manager, the verifier crashing inside that worker (``rubric_plugin.devtools.crash``),
and the ``rubric_sync`` trainer's board and watchdog. The calls are made the way verl's agent loop
makes them (``worker.compute_score.remote(row)``). The test replaces only the watchdog's last
act (ending the TaskRunner process) with a recorder.
"""
import asyncio
import time

import pytest

from rubric_plugin.devtools.crash import CRASH_MESSAGE, TARGET as CRASHING

pytestmark = [pytest.mark.ray, pytest.mark.timeout(240)]

#: The guarantee: the job fails within this many seconds of the failure.
FAIL_WITHIN_S = 60.0


@pytest.fixture(scope="module")
def ray_cluster():
    import ray

    ray.init(num_cpus=4, include_dashboard=False, log_to_driver=False)
    yield
    ray.shutdown()


#: a stuck worker's per-sample deadline in the test (production: reward.rubric.sample_deadline_s, 3600 s)
HANG_DEADLINE_S = 3


def crashing_reward_loop(tokenizer_dir, mode):
    """verl's RewardLoopManager with one reward worker whose verifier crashes (or hangs) on its first response."""
    from verl.experimental.reward_loop import RewardLoopManager

    from rubric_plugin.verl_config import compose_ppo_config, reward_loop_overrides

    overrides = reward_loop_overrides(str(tokenizer_dir), verifier=CRASHING, num_workers=1)
    overrides.append(f"+reward.rubric.verifier.mode={mode}")
    if mode == "hang":
        overrides.append(f"+reward.rubric.sample_deadline_s={HANG_DEADLINE_S}")
    return RewardLoopManager(compose_ppo_config(overrides))


def one_row(examples, tokenizer):
    from rubric_plugin.devtools.batch import build_batch

    record = next(r for r in examples if any(c.kind == "llm" for c in r.criteria))
    return build_batch([(record, record.metadata["demo_responses"][0])], tokenizer)[0:1]


def watch(manager, failures):
    from rubric_plugin.watchdog import RewardWatchdog, start_board

    board = start_board()
    return board, RewardWatchdog(board, manager.reward_loop_workers, poll_s=0.5, ping_s=1.0,
                                 on_failure=failures.append).start()


def wait_for(failures, seconds):
    deadline = time.monotonic() + seconds
    while not failures and time.monotonic() < deadline:
        time.sleep(0.2)
    return failures


async def test_verl_swallows_a_reward_call_that_raises():
    # the reproduction, at the point where verl 0.9.1 drops the error: AgentLoopWorkerTQ._run_prompt
    # settles its sessions with this helper, logs what it returns and tags the prompt "failure"; the
    # sync replay buffer then trains on the trajectories that survived
    from verl.trainer.ppo.v1.agent_loop_tq import _settle_session_tasks

    async def reward_call():
        raise RuntimeError(CRASH_MESSAGE)

    errors = await _settle_session_tasks([asyncio.ensure_future(reward_call())])
    assert [type(e).__name__ for e in errors] == ["RuntimeError"]  # returned, not raised: nobody stops


@pytest.mark.parametrize("mode", ["raise", "exit", "hang"])
def test_a_crashing_verifier_or_a_dying_reward_worker_fails_the_job_with_its_error(
        ray_cluster, examples, tiny_tokenizer, tiny_tokenizer_dir, mode):
    import ray
    from ray.exceptions import RayActorError, RayTaskError

    manager = crashing_reward_loop(tiny_tokenizer_dir, mode)
    failures: list[str] = []
    board, watchdog = watch(manager, failures)
    try:
        worker = manager.reward_loop_workers[0]
        ray.get(worker.__ray_ready__.remote(), timeout=120)  # the worker built its manager and verifier
        time.sleep(2.0)
        assert failures == []  # a healthy (idle) worker is never reported
        t0 = time.monotonic()
        # what verl's agent loop does with each finished rollout; verl catches what comes back
        # (hang: the verifier never answers; the manager's per-sample deadline raises instead)
        with pytest.raises(RayActorError if mode == "exit" else RayTaskError):
            ray.get(worker.compute_score.remote(one_row(examples, tiny_tokenizer)), timeout=60)
        wait_for(failures, FAIL_WITHIN_S)
        elapsed = time.monotonic() - t0
    finally:
        watchdog.stop()
        ray.kill(board)
        for w in manager.reward_loop_workers:
            ray.kill(w)
    assert len(failures) == 1 and elapsed < FAIL_WITHIN_S, (failures, elapsed)
    if mode == "raise":
        # the worker's own error and traceback, as the manager reported them
        assert CRASH_MESSAGE in failures[0] and "RuntimeError" in failures[0] and "crash.py" in failures[0]
    elif mode == "hang":
        # alive but stuck: the deadline names itself, the key to change, and where the sample was stuck
        assert "RewardDeadlineError" in failures[0] and f"reward.rubric.sample_deadline_s={HANG_DEADLINE_S} s" \
            in failures[0] and "crash.py" in failures[0]
        assert elapsed >= HANG_DEADLINE_S
    else:
        assert "reward worker 0 of 1 died" in failures[0]


def test_the_manager_reports_nothing_and_changes_nothing_without_a_board(examples, tiny_tokenizer):
    # outside the rubric_sync trainer (no board in the namespace, or no Ray at all) the error is raised as before
    from rubric_plugin.watchdog import report_failure

    assert asyncio.run(report_failure(RuntimeError("x"), "here")) is False
