"""Peak memory of a process tree, sampled in a background thread (psutil).

Memory is the sum of the proportional set size (PSS, shared pages split between their users)
of the root and all its descendants, so a Ray cluster, its workers and vLLM subprocesses are
counted once. Falls back to RSS where PSS is unreadable (another user's process, no smaps).
"""
from __future__ import annotations

import threading


def descendants(root: int) -> list[int]:
    """``root`` and every live process below it (empty when ``root`` is gone)."""
    import psutil

    try:
        proc = psutil.Process(root)
        return [root, *(p.pid for p in proc.children(recursive=True))]
    except psutil.Error:
        return []


def process_memory(pid: int) -> int:
    """PSS of ``pid`` in bytes (RSS if PSS is unavailable; 0 if the process is gone)."""
    import psutil

    try:
        proc = psutil.Process(pid)
        try:
            return int(proc.memory_full_info().pss)
        except (psutil.AccessDenied, AttributeError):
            return int(proc.memory_info().rss)
    except psutil.Error:
        return 0


def tree_memory(root: int) -> int:
    return sum(process_memory(p) for p in descendants(root))


class PeakMemory:
    """Context manager recording the peak :func:`tree_memory` of ``root`` every ``interval`` seconds.

    Reading PSS walks every mapping of every process (a Ray + vLLM tree has dozens of multi-GiB
    address spaces): one sample costs about 0.2 CPU-s there, so the default samples every 5 s."""

    def __init__(self, root: int, interval: float = 5.0) -> None:
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
