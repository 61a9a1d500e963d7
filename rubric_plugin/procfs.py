"""Process table read from Linux ``/proc`` (no dependency): who is alive, their parent and process group."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple


class ProcStat(NamedTuple):
    pid: int
    state: str
    ppid: int
    pgid: int


def processes() -> Iterator[ProcStat]:
    """Every process readable in ``/proc``, from its ``stat`` line (vanishing processes are skipped)."""
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        fields = stat[stat.rfind(")") + 2:].split()
        yield ProcStat(int(entry.name), fields[0], int(fields[1]), int(fields[2]))
