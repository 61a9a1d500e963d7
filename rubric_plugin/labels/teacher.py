"""Teacher labels: a strong judge answers every criterion of every (record, response), with reasons.

Distillation, as IF-Verifier-7B was built: any verifier preset (a hosted model through
``openai``, a large model behind ``vllm_server``) is asked each criterion as a ``kind: llm``
question (:func:`~rubric_plugin.labels.from_checks.as_question`), one request per response with
all its criteria, and its verdicts become ``source: teacher`` labels with the teacher's reasons.

* **Concurrent**: at most ``concurrency`` requests in flight.
* **Resumable**: labels are appended to the output file as each response is judged; a rerun reads
  the file and asks only the responses not yet labelled.
* **Never a guessed label**: a response the teacher cannot judge (a
  :class:`~rubric_plugin.errors.VerifierError` after its retries) gets no labels; it is counted,
  its error kept, and a rerun asks it again.
"""
from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Sequence

from rubric_plugin.labels.format import Label, read_labels, response_digest
from rubric_plugin.labels.from_checks import as_question
from rubric_plugin.schema import RubricRecord


@dataclass
class TeacherRun:
    """What one call of :func:`teacher_labels` did."""

    written: int = 0
    already: int = 0
    judged: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)


async def teacher_labels(verifier: Any, pairs: Sequence[tuple[RubricRecord, str]], out: str | Path,
                         concurrency: int = 16, progress: Callable[[int], Any] | None = None) -> TeacherRun:
    """Label every criterion of every ``(record, response)`` pair into ``out``; see the module docstring."""
    from rubric_plugin.errors import VerifierError

    out = Path(out)
    done = {(lab.record_id, response_digest(lab.response)) for lab in read_labels(out)} if out.is_file() else set()
    run = TeacherRun()
    todo = []
    for rec, response in pairs:
        if (str(rec.id), response_digest(response)) in done:
            run.already += 1
        else:
            todo.append((rec, response))
    gate = asyncio.Semaphore(max(1, concurrency))
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("a", encoding="utf-8") as fh:

        async def one(rec: RubricRecord, response: str) -> None:
            asked = [as_question(c) for c in rec.criteria]
            async with gate:
                try:
                    got = await verifier.judge(rec, response, asked)
                    missing = [c.id for c in asked if c.id not in got.verdicts]
                    if missing:
                        raise VerifierError(f"the teacher returned no verdict for {missing}")
                except VerifierError as e:
                    run.failed.append((str(rec.id), f"{type(e).__name__}: {e}"))
                    got = None
            if got is not None:
                # one response's labels are written together, so a crash never leaves half a response
                lines = [Label(str(rec.id), response, c.id, "yes" if got.verdicts[c.id].satisfied else "no", "teacher",
                               got.verdicts[c.id].reason or None).to_dict() for c in asked]
                fh.write("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in lines))
                fh.flush()
                run.written += len(lines)
                run.judged += 1
            if progress is not None:
                progress(1)

        await asyncio.gather(*(one(r, resp) for r, resp in todo))
    return run


def progress_bar(total: int, desc: str = "teacher labels") -> Any:
    """A tqdm progress bar on stderr (``update(n)``), or None when tqdm is not installed."""
    try:
        from tqdm import tqdm
    except ImportError:  # pragma: no cover - tqdm ships with verl's dependencies
        return None
    return tqdm(total=total, desc=desc, unit="response")
