"""Reward-worker watchdog: a crashing or dead reward worker fails the job, loudly, within seconds.

Why: verl 0.9.1's V1 agent loop catches every error of a reward call (``AgentLoopWorkerTQ._run_prompt``
logs it in the agent-loop worker and marks the prompt ``failure``) and the sync replay buffer then
trains on whatever trajectories survived (padding the rest), raises an unrelated "no materializable
trajectories" error once a whole step is lost, or, with ``trainer.v1.sampler.sync_refill_failed_groups``,
refills failed prompts forever. A verifier that crashes inside a reward worker, an
``on_failure=raise`` verdict error, or a reward worker that dies (segfault, OOM kill) therefore
never reaches the trainer as an error (see docs/trainer.md, "Guarantees").

How: the ``rubric`` reward manager reports every exception that escapes ``run_single``
(:func:`report_failure`) to a :class:`FailureBoard`, a named actor of the job's Ray namespace
that the ``rubric_sync`` trainer creates before verl starts the reward workers. The trainer's
:class:`RewardWatchdog` thread reads the board every ``poll_s`` seconds and pings each reward
worker every ``ping_s`` seconds. The first report or dead worker fails the job: the error (the
worker, its exception and traceback) goes to the log and to stderr, which Ray forwards to the
driver's console, and the TaskRunner process exits, so verl's ``main_ppo`` fails with the
TaskRunner's death at once instead of after a step or never. Exiting is the one way to stop
verl's main thread wherever it waits (a replay-buffer poll, a ``ray.get`` on a training call);
the verifier worker group's servers die with their owner (docs/worker_group.md).
"""
from __future__ import annotations

import logging
import os
import sys
import threading
import time
import traceback
from typing import Any, Callable, Sequence

logger = logging.getLogger(__name__)

#: Name of the board actor in the job's Ray namespace.
BOARD_NAME = "rubric_reward_failures"
#: Exit code of a TaskRunner the watchdog stopped.
EXIT_CODE = 75


class FailureBoard:
    """Collects reward-worker failures (a Ray actor; plain methods so it also works in-process)."""

    def __init__(self) -> None:
        self.failures: list[str] = []

    def report(self, text: str) -> int:
        self.failures.append(text)
        return len(self.failures)

    def first(self) -> str | None:
        return self.failures[0] if self.failures else None


def start_board():
    """Create the board actor (the trainer calls this before verl creates the reward workers)."""
    import ray

    return ray.remote(FailureBoard).options(name=BOARD_NAME, num_cpus=0, get_if_exists=True).remote()


def describe(error: BaseException, where: str) -> str:
    """``where``, the exception and its traceback, as one report."""
    tb = "".join(traceback.format_exception(type(error), error, error.__traceback__))
    return f"{where}: {type(error).__name__}: {error}\n{tb}"


async def report_failure(error: BaseException, where: str, timeout_s: float = 10.0) -> bool:
    """Send ``error`` to the job's board; False (and nothing else) outside Ray or without a board.

    Called by the reward manager just before it re-raises, so reporting never replaces the error.
    """
    try:
        import ray

        if not ray.is_initialized():
            return False
        board = ray.get_actor(BOARD_NAME)
    except Exception:  # noqa: BLE001 - no board: a run without rubric_sync, or a test without Ray
        return False
    import asyncio

    try:
        await asyncio.wait_for(board.report.remote(describe(error, where)), timeout_s)
        return True
    except Exception as e:  # noqa: BLE001 - the original error is re-raised by the caller either way
        logger.warning("could not report a reward failure to the rubric_sync trainer: %s", e)
        return False


def exit_process(message: str) -> None:
    """The default reaction: put ``message`` on stderr and end this process (see the module docstring)."""
    print(f"\n{'=' * 30} rubric_sync: failing the job {'=' * 30}\n{message}\n{'=' * 80}", file=sys.stderr, flush=True)
    logging.shutdown()
    os._exit(EXIT_CODE)


class RewardWatchdog:
    """A daemon thread that fails the job on the first reported failure or dead reward worker.

    ``on_failure`` is :func:`exit_process` unless a test passes its own (it receives the message).
    """

    def __init__(self, board: Any, workers: Sequence[Any], poll_s: float = 1.0, ping_s: float = 5.0,
                 on_failure: Callable[[str], None] = exit_process):
        self.board, self.workers = board, list(workers)
        self.poll_s, self.ping_s, self.on_failure = poll_s, ping_s, on_failure
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.failure: str | None = None

    def start(self) -> "RewardWatchdog":
        self._thread = threading.Thread(target=self._run, name="rubric-reward-watchdog", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(self.poll_s + self.ping_s + 5)

    def _run(self) -> None:
        last_ping = time.monotonic()
        while not self._stop.wait(self.poll_s):
            found = self.check_board()
            if found is None and time.monotonic() - last_ping >= self.ping_s:
                last_ping = time.monotonic()
                found = self.check_workers()
            if found is not None and not self._stop.is_set():
                self.failure = found
                logger.error("rubric_sync: %s", found)
                self.on_failure(found)
                return

    def check_board(self) -> str | None:
        import ray

        try:
            first = ray.get(self.board.first.remote(), timeout=max(self.poll_s, 5.0))
        except Exception as e:  # noqa: BLE001 - a slow board is not a failure of the reward path
            logger.debug("reward failure board not answering: %s", e)
            return None
        if first is None:
            return None
        return f"a reward worker failed; the job stops instead of training without these samples.\n{first}"

    def check_workers(self) -> str | None:
        """The first dead reward worker, described; None when every worker answers or is busy."""
        import ray
        from ray.exceptions import RayActorError

        pings = [w.__ray_ready__.remote() for w in self.workers]
        # a worker that does not answer in time is busy (a long call holds its event loop), not dead
        answered, _ = ray.wait(pings, num_returns=len(pings), timeout=self.ping_s)
        for i, ping in enumerate(pings):
            if ping not in answered:
                continue
            try:
                ray.get(ping)
            except RayActorError as e:
                return (f"reward worker {i} of {len(self.workers)} died (verl does not restart reward workers; "
                        f"its samples would be lost every step):\n{type(e).__name__}: {e}")
        return None


__all__ = ["BOARD_NAME", "EXIT_CODE", "FailureBoard", "RewardWatchdog", "describe", "exit_process",
           "report_failure", "start_board"]
