"""Peak memory of a process tree (Linux ``/proc``), sampled in a background thread.

Memory is the sum of the proportional set size (PSS, shared pages split between their users)
of the root and all its descendants, so a Ray cluster, its workers and vLLM subprocesses are
counted once. Falls back to RSS when ``smaps_rollup`` is unreadable.
"""
from __future__ import annotations

import os
import threading
from pathlib import Path


def descendants(root: int) -> list[int]:
    """``root`` and every process below it, from the parent links in ``/proc/*/stat``."""
    from rubric_plugin.procfs import processes

    children: dict[int, list[int]] = {}
    for proc in processes():
        children.setdefault(proc.ppid, []).append(proc.pid)
    out, todo = [], [root]
    while todo:
        pid = todo.pop()
        out.append(pid)
        todo.extend(children.get(pid, []))
    return out


def process_memory(pid: int) -> int:
    """PSS of ``pid`` in bytes (RSS if PSS is unavailable; 0 if the process is gone)."""
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    try:
        return int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def tree_memory(root: int) -> int:
    return sum(process_memory(p) for p in descendants(root))


class PeakMemory:
    """Context manager recording the peak :func:`tree_memory` of ``root`` every ``interval`` seconds."""

    def __init__(self, root: int, interval: float = 1.0) -> None:
        self.root, self.interval = root, interval
        self.peak_bytes = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="peak-memory", daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak_bytes = max(self.peak_bytes, tree_memory(self.root))
            self._stop.wait(self.interval)

    def __enter__(self) -> "PeakMemory":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()
