"""A process tree that dies with its owner: the watchdog every vLLM server of the plugin runs under.

A server is started in its own session, so that one ``killpg`` reaches the API server, vLLM's
engine core and its workers. That also detaches it from whoever started it: when the owner (a
replica actor, the TaskRunner or driver that owns that actor, a demo script) is SIGKILLed, nothing
stops the server and it keeps its GPU. A parent-death signal does not fix this: it fires when the
forking *thread* exits, not the process, and it reaches only the direct child, not the engine core.

So :func:`tie` starts a watchdog (``python -m rubric_plugin.worker_group.lifetime``): a small process
that double-forks into its own session, so that it is nobody's child (Ray kills an exiting worker's
direct children, which would take the watchdog down before it acts). Every ``interval_s`` it
checks the owner, and every ``RECORD_EVERY`` checks it records the tree (the root, everything
below it, everything in its process group). When the owner is gone (exited, a zombie, or its pid reused: start times are compared), or
the watchdog gets SIGTERM/SIGHUP/SIGINT, it SIGKILLs the process group and every recorded process
still alive, then exits. When the tree ends on its own (the owner stopped it), the watchdog exits too.

Owners further up are covered by Ray's ownership: a replica actor is owned by the TaskRunner that
created it, which the driver owns, and Ray kills an actor whose owner died; its watchdog then
kills the server. Every kind of owner, SIGKILLed, leaves no server process behind after
``interval_s`` plus Ray's own reaction time (tests/test_orphans_on_cpu.py measures it).
"""
from __future__ import annotations

import argparse
import contextlib
import os
import signal
import subprocess
import sys
import time
from typing import IO, NamedTuple

#: seconds between two looks at the owner: the bound on how long a server outlives it
INTERVAL_S = 0.5
#: the tree is re-recorded every this many polls (processes that left the group are caught if seen once)
RECORD_EVERY = 4


class Watchdog(NamedTuple):
    """A started watchdog: its pid and start time (so a reused pid is never signalled)."""

    pid: int
    create_time: float


def _identity(pid: int) -> float | None:
    """Start time of ``pid`` (psutil's ``create_time``); None when it is gone or a zombie."""
    import psutil

    try:
        proc = psutil.Process(pid)
        return None if proc.status() == psutil.STATUS_ZOMBIE else proc.create_time()
    except psutil.Error:
        return None


def _alive(pid: int, create_time: float) -> bool:
    return _identity(pid) == create_time


def group_members(pgid: int) -> list[int]:
    """Live (non-zombie) processes whose process group is ``pgid``."""
    import psutil

    out = []
    for proc in psutil.process_iter(["status"]):
        if proc.info["status"] == psutil.STATUS_ZOMBIE:
            continue
        try:
            if os.getpgid(proc.pid) == pgid:
                out.append(proc.pid)
        except OSError:  # gone meanwhile
            continue
    return sorted(out)


def tree_pids(root: int) -> list[int]:
    """``root`` and every live process below it, plus the live members of ``root``'s process group
    when ``root`` leads one (a server started with ``start_new_session``)."""
    import psutil

    pids: set[int] = set()
    try:
        proc = psutil.Process(root)
        for p in [proc, *proc.children(recursive=True)]:
            try:
                if p.status() != psutil.STATUS_ZOMBIE:
                    pids.add(p.pid)
            except psutil.Error:
                continue
    except psutil.Error:
        pass
    return sorted(pids | set(group_members(root)))


def tie(root: int, owner: int | None = None, *, interval_s: float = INTERVAL_S,
        stderr: IO | int | None = None, timeout_s: float = 30.0) -> Watchdog:
    """Start the watchdog that kills ``root``'s tree once ``owner`` (default: this process) is gone.

    Returns when the watchdog has recorded the tree. ``root`` must lead its own process group
    (``start_new_session=True``) for the group kill; otherwise only recorded descendants are killed.
    """
    owner = os.getpid() if owner is None else owner
    owner_start, root_start = _identity(owner), _identity(root)
    if owner_start is None or root_start is None:
        raise RuntimeError(f"cannot tie process {root} to owner {owner}: one of them is not running")
    args = [sys.executable, "-m", "rubric_plugin.worker_group.lifetime", "--owner", f"{owner}:{owner_start!r}",
            "--root", f"{root}:{root_start!r}", "--interval", str(interval_s)]
    launcher = subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=stderr,
                                start_new_session=True, text=True)
    assert launcher.stdout is not None
    try:
        line = launcher.stdout.readline().strip()  # written by the daemonized watchdog once it watches
        launcher.wait(timeout=timeout_s)  # the intermediate process exits right after forking
    finally:
        launcher.stdout.close()
    pid, _, start = line.partition(":")
    if not pid.isdigit():
        raise RuntimeError(f"the watchdog of process {root} did not start (exit code {launcher.returncode}); "
                           f"run {' '.join(args)} to see why")
    return Watchdog(int(pid), float(start))


def spawn_tied(args: list[str], **popen_kwargs) -> tuple[subprocess.Popen, Watchdog]:
    """``Popen(args)`` in its own session, tied to this process by a watchdog (see :func:`tie`).

    If the watchdog cannot start, the new process group is killed and the error raised.
    """
    proc = subprocess.Popen(args, start_new_session=True, **popen_kwargs)
    stderr = popen_kwargs.get("stderr")  # the watchdog reports where the process does
    if stderr == subprocess.STDOUT:
        stderr = popen_kwargs.get("stdout")
    try:
        return proc, tie(proc.pid, stderr=None if stderr == subprocess.PIPE else stderr)
    except BaseException:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        raise


def untie(watchdog: Watchdog | None) -> None:
    """Stop a watchdog (SIGTERM: it kills what is left of its tree, then exits)."""
    if watchdog is not None and _alive(*watchdog):
        try:
            os.kill(watchdog.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass


# -- the watchdog process ------------------------------------------------------------------------------
class _Stop(Exception):
    pass


def _on_signal(signum, frame):  # noqa: ARG001 - signal handler signature
    raise _Stop()


def _kill(known: dict[int, float], pgid: int | None) -> None:
    if pgid is not None:
        try:
            os.killpg(pgid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
    for pid, start in known.items():
        if _alive(pid, start):
            try:
                os.kill(pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass


def watch(owner: tuple[int, float], root: tuple[int, float], interval_s: float, ready: IO | None = None) -> None:
    """The watchdog's loop (see the module docstring); writes ``pid:start`` to ``ready`` once watching."""
    import psutil

    root_pid = root[0]
    pgid = root_pid if os.getpgid(root_pid) == root_pid else None
    known: dict[int, float] = {}

    def record() -> None:
        for pid in tree_pids(root_pid) if _alive(*root) else (group_members(pgid) if pgid else []):
            start = _identity(pid)
            if start is not None:
                known.setdefault(pid, start)

    for sig in (signal.SIGTERM, signal.SIGHUP, signal.SIGINT):
        signal.signal(sig, _on_signal)
    try:
        record()
        if ready is not None:
            ready.write(f"{os.getpid()}:{psutil.Process().create_time()!r}\n")
            ready.close()
        polls = 0
        while True:
            if not _alive(*owner):
                break
            if polls % RECORD_EVERY == 0:  # a scan of the process table; the owner check above is one stat
                record()
                if not any(_alive(pid, start) for pid, start in known.items()):
                    return  # the owner stopped its tree: nothing left to guard
            polls += 1
            time.sleep(interval_s)
    except _Stop:
        pass
    record()
    _kill(known, pgid)


def _pid_start(text: str) -> tuple[int, float]:
    pid, _, start = text.partition(":")
    return int(pid), float(start)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Kill a process tree when its owner is gone.")
    parser.add_argument("--owner", type=_pid_start, required=True, help="PID:START_TIME of the owner")
    parser.add_argument("--root", type=_pid_start, required=True, help="PID:START_TIME of the tree's root")
    parser.add_argument("--interval", type=float, default=INTERVAL_S)
    args = parser.parse_args(argv)
    if os.fork() > 0:  # the launcher reaps this one; the watchdog below is reparented away from the owner
        os._exit(0)
    ready = sys.stdout
    sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - the pipe closes once the launcher has read the line
    watch(args.owner, args.root, args.interval, ready)


if __name__ == "__main__":
    main()
