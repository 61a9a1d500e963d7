"""The evaluation harness: records x responses x protocols -> ``rows.jsonl``, resumable, never stopped by a row.

Inputs are the records of a rubric file in any supported format (read by
:func:`rubric_plugin.convert.load_records`) and a response per record (:mod:`rubric_plugin.eval.generate`).
Every (record, protocol) pair is one row of ``rows.jsonl``, written as soon as it is judged:

* a row that cannot be judged -- the input row was rejected at load time (e.g. an IFEval row the
  reference would randomise), the record has no response, generation failed, or the judge failed
  -- is written with ``failed: true``, its ``error`` and ``failure`` (``input`` or ``judge``),
  counts as not passed and stays in the denominator (:mod:`rubric_plugin.eval.summary`);
* a re-run with the same ``--out`` keeps every row already judged for the same response
  (``response_sha``) and judges only the rest; rows whose *judge* failed are judged again;
* an exception other than a setup error while judging a row (a bug in a custom verifier, an
  unwrapped client error) fails that row with its type and message; the run goes on;
* a :class:`~rubric_plugin.errors.VerifierSetupError` (the judge refuses every request: wrong key,
  model or URL) stops the run: every further row would fail the same way.

Judging is concurrent (``concurrency`` rows in flight); a progress bar shows rows done, ETA, judge
requests and tokens.
"""
from __future__ import annotations

import asyncio
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

from rubric_plugin.eval.protocols import JudgeContext, ProtocolResult, failed_result, ifeval_applies

ROWS = "rows.jsonl"
SUMMARY = "summary.json"
#: category of an input row rejected at load time (its record could not be built)
REJECTED = "(rejected at load)"


@dataclass
class EvalItem:
    """One input row: its record (None when rejected at load), its response, or why it has none."""

    id: str
    category: str
    data_source: str
    benchmark_name: str
    record: Any = None
    response: str | None = None
    input_error: str | None = None


def response_sha(response: str | None) -> str | None:
    return None if response is None else hashlib.sha256(response.encode("utf-8")).hexdigest()[:16]


def items_from_load(result: Any) -> list[EvalItem]:
    """Every record, then one item per rejected input row (its problems as the error).

    Record ids must be unique (they key responses and resumed rows); a record without one is
    named ``#<position>``.
    """
    from rubric_plugin.errors import FieldProblem, RubricSchemaError

    items, seen, dups = [], set(), []
    for i, rec in enumerate(result.records, start=1):
        rid = str(rec.id) if rec.id is not None else f"#{i}"
        if rid in seen:
            dups.append(FieldProblem(i, "id", rid, "appears twice", "give every record a unique id"))
        seen.add(rid)
        items.append(EvalItem(rid, rec.category, rec.data_source,
                              str(rec.metadata.get("benchmark_name") or rec.category), rec))
    if dups:
        raise RubricSchemaError(dups)
    by_row: dict[Any, list[str]] = {}
    for p in result.problems:
        by_row.setdefault(p.row, []).append(p.render())
    for row, lines in by_row.items():
        items.append(EvalItem(f"row:{row}", REJECTED, "", REJECTED, None, None,
                              "rejected at load: " + " | ".join(lines)))
    return items


def attach_responses(items: Sequence[EvalItem], responses: Mapping[str, Any]) -> None:
    """Give each record its response: a string, or ``(response, error)`` from generation."""
    for it in items:
        if it.record is None:
            continue
        got = responses.get(it.id)
        if isinstance(got, tuple):
            it.response, err = got
            it.input_error = err
        elif isinstance(got, str):
            it.response = got
        else:
            it.input_error = f"no response for record id {it.id!r}"


def applies(protocol: str, item: EvalItem) -> bool:
    """``ifeval`` applies to IFEval/IFBench records (and to rejected rows); the others to every row."""
    return protocol != "ifeval" or item.record is None or ifeval_applies(item.record)


def row_of(item: EvalItem, result: ProtocolResult) -> dict[str, Any]:
    failure = "input" if item.input_error else ("judge" if result.failed else None)
    return {"id": item.id, "category": item.category, "data_source": item.data_source,
            "benchmark_name": item.benchmark_name, "response": item.response, "response_sha": response_sha(item.response),
            "failure": failure, "n_criteria": len(item.record.criteria) if item.record is not None else None,
            "criterion_keys": _criterion_keys(item.record), **result.to_dict()}


def _criterion_keys(record: Any) -> dict[str, str] | None:
    """criterion id -> what it checks, for per-criterion reports (check type, or ``llm``)."""
    if record is None:
        return None
    from rubric_plugin.labels.from_checks import check_type

    return {c.id: check_type(c) for c in record.criteria}


async def judge_one(protocol: str, item: EvalItem, ctx: JudgeContext) -> ProtocolResult:
    from rubric_plugin.eval import protocols as P

    if item.input_error is not None or item.response is None:
        return failed_result(protocol, item.input_error or "no response", item.record)
    if protocol == "ifeval":
        return P.run_ifeval(item.record, item.response)
    if protocol == "rubric":
        return await P.run_rubric(item.record, item.response, ctx)
    if protocol == "advancedif":
        return await P.run_advancedif(item.record, item.response, ctx)
    raise ValueError(f"protocol={protocol!r}; expected one of {list(P.PROTOCOLS)}")


def read_rows(path: Path) -> list[dict[str, Any]]:
    if not path.is_file():
        return []
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            try:
                rows.append(json.loads(line))
            except ValueError:  # a line cut off by a killed run: judged again
                continue
    return rows


def _reusable(row: Mapping[str, Any], item: EvalItem) -> bool:
    return row.get("response_sha") == response_sha(item.response) and row.get("failure") != "judge" \
        and (row.get("failure") == "input") == bool(item.input_error)


class Progress:
    """A tqdm bar over rows, with judge requests and tokens as its postfix (silent when disabled)."""

    def __init__(self, total: int, desc: str, enabled: bool = True):
        from tqdm import tqdm

        self.bar = tqdm(total=total, desc=desc, unit="row", disable=not enabled, dynamic_ncols=True)
        self.requests = self.tokens = 0.0

    def __call__(self, n: int = 1, cost: Mapping[str, float] | None = None) -> None:
        if cost:
            self.requests += cost.get("requests", 0.0)
            self.tokens += cost.get("prompt_tokens", 0.0) + cost.get("completion_tokens", 0.0)
            self.bar.set_postfix(requests=int(self.requests), tokens=int(self.tokens), refresh=False)
        self.bar.update(n)

    def close(self) -> None:
        self.bar.close()


def needs_judging(items: Sequence[EvalItem], protocols: Iterable[str], out_dir: str | Path) -> int:
    """How many rows :func:`run` would send to a judge (not kept from an earlier run, with a response,
    under a judging protocol): 0 lets a re-run of a finished evaluation skip starting its judge."""
    old = {(r.get("id"), r.get("protocol")): r for r in read_rows(Path(out_dir) / ROWS)}
    return sum(1 for p in protocols if p != "ifeval" for it in items
               if applies(p, it) and it.input_error is None and it.response is not None
               and not (old.get((it.id, p)) is not None and _reusable(old[(it.id, p)], it)))


async def run(items: Sequence[EvalItem], protocols: Iterable[str], ctx: JudgeContext, out_dir: str | Path,
              concurrency: int = 32, progress: bool = True) -> list[dict[str, Any]]:
    """Judge every applicable (item, protocol) pair into ``out_dir/rows.jsonl``; returns the rows in input order."""
    from rubric_plugin.errors import VerifierSetupError

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    plan = [(it, p) for p in protocols for it in items if applies(p, it)]
    old = {(r.get("id"), r.get("protocol")): r for r in read_rows(out / ROWS)}
    kept = {}
    for it, p in plan:
        row = old.get((it.id, p))
        if row is not None and _reusable(row, it):
            kept[(it.id, p)] = row
    todo = [(it, p) for it, p in plan if (it.id, p) not in kept]
    with (out / ROWS).open("w", encoding="utf-8") as fh:
        for row in kept.values():
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    bar = Progress(len(todo), "judging", progress)
    gate = asyncio.Semaphore(max(1, concurrency))
    done: dict[tuple[str, str], dict[str, Any]] = {}

    async def one(it: EvalItem, p: str) -> None:
        async with gate:
            try:
                result = await judge_one(p, it, ctx)
            except VerifierSetupError:
                raise
            except Exception as e:  # noqa: BLE001 - that row's failure (a verifier bug too), listed; the run goes on
                result = failed_result(p, f"judge call failed: {type(e).__name__}: {e}", it.record)
        row = row_of(it, result)
        done[(it.id, p)] = row
        with (out / ROWS).open("a", encoding="utf-8") as fh:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        bar(1, result.cost)

    try:
        await asyncio.gather(*(one(it, p) for it, p in todo))
    finally:
        bar.close()
    return [kept.get((it.id, p)) or done[(it.id, p)] for it, p in plan]
