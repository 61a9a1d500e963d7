"""Rescoring the official AdvancedIF evaluator's output files, with no model.

The official tool writes one of two formats (chosen by the input's extension):

* **JSONL**: each line is the input row (``conversation_history``, ``prompt_metadata``,
  ``benchmark_name``, ``response``, ...) plus ``judge_result``: ``{"success": bool, "raw_output":
  str, "error": str, ...}``. ``raw_output`` and ``error`` are left out when empty; a line the
  tool could not read becomes ``{"judge_result": {"success": false, "error": ...}}``.
* **CSV**: the input columns plus ``judge_success`` (``True``/``False``), ``judge_raw_output``
  (empty when the call failed), ``judge_error`` and the tool's own derived columns.

Everything is re-derived from the raw judge text (:mod:`rubric_plugin.eval.advancedif_score`);
the tool's derived fields (``satisfied_all_requirements``, ``rubrics_check``, pass rates) are
ignored. A row whose judge call failed, or that carries no raw output, counts as failed. The
rubric length (for the per-row rate) comes from ``prompt_metadata.rubrics``, decoded as the
official processor decodes it (the metadata once if it is a string, then the rubrics once if
they are). The group of a row is its ``benchmark_name``, ``"unknown"`` when absent.

A file that is not such an output (unreadable line, missing judge fields, a success row without
a readable rubric) is rejected at load time with every bad row named, before anything is scored.
"""
from __future__ import annotations

import csv
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator, Mapping

from rubric_plugin.errors import FieldProblem, RubricSchemaError
from rubric_plugin.eval.advancedif_score import RowScore, failed, score_judge_output, summarize

JSONL_SUFFIXES = (".jsonl", ".ndjson")


@dataclass(frozen=True)
class JudgedRow:
    """One row of an official output file."""

    #: 1-based line (JSONL) or data row (CSV) number.
    index: int
    #: The row's ``benchmark_name`` (``"unknown"`` when absent, as the official tool groups it).
    benchmark_name: str
    #: The recorded judge call succeeded.
    judge_success: bool
    #: The judge's raw text, None when not recorded.
    raw_output: str | None
    #: The recorded error, if any.
    error: str | None
    #: Length of the row's rubric; None when it is not needed (failed row) and not readable.
    n_rubrics: int | None
    #: Row id for reports: ``id`` when present, else the index.
    row_id: str


def _rubric_count(row: Mapping[str, Any]) -> tuple[int | None, str | None]:
    """``(len(rubrics), None)`` or ``(None, why not)``, decoding as the official processor does."""
    meta = row.get("prompt_metadata")
    try:
        meta = json.loads(meta) if isinstance(meta, str) else meta
        if not isinstance(meta, Mapping) or "rubrics" not in meta:
            return None, "prompt_metadata has no 'rubrics'"
        rubrics = meta["rubrics"]
        rubrics = json.loads(rubrics) if isinstance(rubrics, str) else rubrics
    except ValueError as e:
        return None, f"prompt_metadata is not valid JSON ({e})"
    if not isinstance(rubrics, list):
        return None, f"prompt_metadata.rubrics decodes to a {type(rubrics).__name__}, not a list"
    return len(rubrics), None


def _jsonl(path: Path) -> Iterator[tuple[int, Any]]:
    with path.open(encoding="utf-8") as fh:
        for i, line in enumerate(fh, start=1):
            if line.strip():
                try:
                    yield i, json.loads(line)
                except ValueError as e:
                    yield i, ValueError(f"{e}: {line.strip()[:80]!r}")


def _csv(path: Path) -> Iterator[tuple[int, Any]]:
    old = csv.field_size_limit()
    csv.field_size_limit(sys.maxsize)  # conversations exceed the 128 KiB default; restored below
    try:
        with path.open(newline="", encoding="utf-8") as fh:
            yield from enumerate(csv.DictReader(fh), start=1)
    finally:
        csv.field_size_limit(old)


def _judge_fields(row: Mapping[str, Any], csv_format: bool, bad) -> tuple[bool, str | None, str | None] | None:
    """``(success, raw_output, error)`` of a row, or None after reporting what is wrong."""
    if csv_format:
        missing = [c for c in ("judge_success", "judge_raw_output") if c not in row]
        if missing:
            bad(missing[0], None, "missing column", "rescore the CSV the official evaluator wrote (it has judge_success "
                                                    "and judge_raw_output columns)")
            return None
        flag = (row["judge_success"] or "").strip().lower()
        if flag not in ("true", "false"):
            bad("judge_success", row["judge_success"], "must be True or False", "keep the evaluator's judge_success column as written")
            return None
        return flag == "true", row["judge_raw_output"] or None, row.get("judge_error") or None
    result = row.get("judge_result")
    if not isinstance(result, Mapping):
        bad("judge_result", result, "missing or not an object",
            "rescore the JSONL the official evaluator wrote: every line holds judge_result with success and raw_output")
        return None
    if not isinstance(result.get("success"), bool):
        bad("judge_result.success", result.get("success"), "must be true or false", "keep the evaluator's judge_result as written")
        return None
    raw, error = result.get("raw_output"), result.get("error")
    if raw is not None and not isinstance(raw, str):
        bad("judge_result.raw_output", raw, "must be a string", "keep the judge's raw text as a JSON string")
        return None
    return result["success"], raw or None, None if error is None else str(error)


def read_judged(path: str | Path) -> list[JudgedRow]:
    """Every row of an official output file; raises :class:`RubricSchemaError` listing every bad row."""
    path = Path(path)
    suffix = path.suffix.lower()
    if not path.is_file():
        raise RubricSchemaError([FieldProblem(None, "<file>", str(path), "no such file", "check the --judged path")])
    if suffix == ".csv":
        rows, csv_format = _csv(path), True
    elif suffix in JSONL_SUFFIXES:
        rows, csv_format = _jsonl(path), False
    else:
        raise RubricSchemaError([FieldProblem(None, "<file>", str(path), f"unsupported extension {suffix!r}",
                                              "give the .jsonl or .csv file the official evaluator wrote")])
    problems: list[FieldProblem] = []
    out: list[JudgedRow] = []
    for index, row in rows:
        def bad(fld: str, value: Any, problem: str, fix: str, _i: int = index) -> None:
            problems.append(FieldProblem(_i, fld, value, problem, fix))

        if isinstance(row, ValueError):
            bad("<line>", str(row), "is not valid JSON", "repair or remove the line; the evaluator writes one JSON object per line")
            continue
        if not isinstance(row, Mapping):
            bad("<row>", row, "is not an object", "the evaluator writes one JSON object per line")
            continue
        fields = _judge_fields(row, csv_format, bad)
        if fields is None:
            continue
        success, raw, error = fields
        n_rubrics, why = _rubric_count(row)
        if success and raw is not None and n_rubrics is None:
            bad("prompt_metadata", row.get("prompt_metadata"), why or "unreadable",
                "keep the input row's prompt_metadata (a JSON object whose 'rubrics' is a list of questions): the "
                "per-row rate divides by the rubric length")
            continue
        name = row.get("benchmark_name", "unknown")
        rid = row.get("id")
        out.append(JudgedRow(index, name if isinstance(name, str) else str(name), success, raw, error, n_rubrics,
                             str(rid) if isinstance(rid, (str, int)) and not isinstance(rid, bool) else str(index)))
    if problems:
        raise RubricSchemaError(problems)
    return out


def rescore(row: JudgedRow) -> RowScore:
    """The official score of one recorded row, re-derived from its raw judge text."""
    if not row.judge_success:
        return failed(f"judge call failed: {row.error or 'no error recorded'}", row.n_rubrics or 0)
    if row.raw_output is None:
        return failed("no raw judge output recorded", row.n_rubrics or 0)
    return score_judge_output(row.raw_output, row.n_rubrics or 0)


def rescore_file(path: str | Path) -> tuple[list[JudgedRow], list[RowScore], dict[str, Any]]:
    """Read, rescore and summarise an official output file: ``(rows, scores, summary)``."""
    rows = read_judged(path)
    scores = [rescore(r) for r in rows]
    return rows, scores, summarize(scores, [r.benchmark_name for r in rows])
