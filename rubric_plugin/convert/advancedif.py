"""The AdvancedIF format -> :class:`~rubric_plugin.schema.RubricRecord`.

Columns (CSV, or JSONL with the same keys):

* ``conversation_history``: JSON list of ``{role, content}`` ending on the user turn to answer;
* ``benchmark_name``: e.g. ``complex_if_single_turn_v5`` (mapped to a category below);
* ``prompt_metadata``: JSON object whose ``rubrics`` value is a JSON-encoded list of yes/no
  questions -- sometimes encoded twice, so strings are decoded until a list appears;
* ``response`` (optional): a reference response, kept in ``metadata["reference_response"]``.

Every rubric question becomes an ``llm`` criterion ``q1..qN`` of weight 1.
"""
from __future__ import annotations

import json
from typing import Any, Mapping

from rubric_plugin.errors import FieldProblem, RubricSchemaError
from rubric_plugin.schema import RubricRecord, parse_record

BENCHMARK_CATEGORIES = {
    "complex_if_single_turn_v5": "complex",
    "if_complex_if_oss": "complex",
    "carried_context_multi_turn_eval_v5": "carried_context",
    "if_carried_context_oss": "carried_context",
    "system_steerability_v2": "system_steerability",
    "if_system_steerability_oss": "system_steerability",
}
COLUMNS = ("conversation_history", "benchmark_name", "prompt_metadata")


def is_advancedif_row(row: Mapping[str, Any]) -> bool:
    return "conversation_history" in row and "prompt_metadata" in row


def category_of(benchmark_name: str) -> str:
    """Known names map exactly; otherwise by substring; otherwise the name itself (free text)."""
    if benchmark_name in BENCHMARK_CATEGORIES:
        return BENCHMARK_CATEGORIES[benchmark_name]
    lowered = benchmark_name.lower()
    for key in ("system_steerability", "carried_context", "complex"):
        if key in lowered:
            return key
    return benchmark_name


def _decode_json(value: Any, max_depth: int = 3) -> Any:
    """Decode JSON strings until a non-string appears (handles double encoding)."""
    for _ in range(max_depth):
        if not isinstance(value, str):
            return value
        try:
            value = json.loads(value)
        except RecursionError as e:  # nesting deeper than Python's parser reads
            raise ValueError("nested too deeply to parse") from e
    return value


def _rubric_questions(meta: Mapping[str, Any], bad) -> list[str] | None:
    """The rubric questions of ``prompt_metadata``, or None after reporting what is wrong."""
    if "rubrics" not in meta or meta["rubrics"] in (None, ""):
        bad("prompt_metadata.rubrics", meta.get("rubrics"), "missing", "add 'rubrics': a JSON list of yes/no questions")
        return None
    try:
        rubrics = _decode_json(meta["rubrics"])
    except ValueError as e:
        bad("prompt_metadata.rubrics", meta["rubrics"], f"is not valid JSON ({e})", "encode the rubric questions as a JSON list of strings")
        return None
    if not isinstance(rubrics, list) or not rubrics:
        bad("prompt_metadata.rubrics", rubrics, "must be a non-empty list of questions", "give at least one yes/no question")
        return None
    ok = True
    for i, q in enumerate(rubrics):
        if not isinstance(q, str) or not q.strip():
            bad(f"prompt_metadata.rubrics[{i}]", q, "must be a non-empty yes/no question string",
                "write every rubric item as a question such as 'Is the response under 100 words?'")
            ok = False
    return rubrics if ok else None


def _row_id(row: Mapping[str, Any], meta: Mapping[str, Any], index: int) -> str:
    # null-filled exports carry "id": null; fall through to the next source instead of "None"
    for candidate in (row.get("id"), meta.get("id")):
        if isinstance(candidate, (str, int)) and not isinstance(candidate, bool) and str(candidate).strip():
            return str(candidate)
    return str(index)


# internal record fields -> the AdvancedIF column a problem came from
_COLUMN_OF = {"messages": "conversation_history", "criteria": "prompt_metadata.rubrics", "category": "benchmark_name"}


def _as_column(fld: str) -> str:
    for internal, column in _COLUMN_OF.items():
        if fld == internal or fld.startswith(internal + "[") or fld.startswith(internal + "."):
            return column + fld[len(internal):]
    return fld


def convert_row(row: Any, index: int) -> RubricRecord:
    """One AdvancedIF row -> a validated record. Raises :class:`RubricSchemaError` for any bad row."""
    problems: list[FieldProblem] = []

    def bad(fld: str, value: Any, problem: str, fix: str) -> None:
        problems.append(FieldProblem(index, fld, value, problem, fix))

    if not isinstance(row, Mapping):
        bad("<row>", row, f"is not an object (got {'null' if row is None else type(row).__name__})",
            f"write each AdvancedIF row as an object with columns {list(COLUMNS)}")
        raise RubricSchemaError(problems)
    missing = [c for c in COLUMNS if c not in row or row[c] is None or (isinstance(row[c], str) and not row[c].strip())]
    for c in missing:
        bad(c, row.get(c), "missing column", f"AdvancedIF rows need columns {list(COLUMNS)}")
    if missing:
        raise RubricSchemaError(problems)
    try:
        history = _decode_json(row["conversation_history"])
    except ValueError as e:
        bad("conversation_history", row["conversation_history"], f"is not valid JSON ({e})", "store the conversation as a JSON list of {role, content}")
        history = None
    meta: Any = {}
    rubrics: list[str] | None = None
    try:
        meta = _decode_json(row["prompt_metadata"])
    except ValueError as e:
        bad("prompt_metadata", row["prompt_metadata"], f"is not valid JSON ({e})", "store prompt_metadata as a JSON object")
    else:
        if not isinstance(meta, Mapping):
            bad("prompt_metadata", row["prompt_metadata"], "is not a JSON object", "store prompt_metadata as a JSON object with a 'rubrics' key")
        else:
            rubrics = _rubric_questions(meta, bad)
    benchmark = row["benchmark_name"]
    if not isinstance(benchmark, str):
        bad("benchmark_name", benchmark, "must be a string", f"use one of {sorted(BENCHMARK_CATEGORIES)}")
    if problems:
        raise RubricSchemaError(problems)
    category = category_of(benchmark.strip())
    criteria = [{"id": f"q{i + 1}", "question": q, "kind": "llm"} for i, q in enumerate(rubrics or [])]
    metadata = {"benchmark_name": benchmark}
    if isinstance(row.get("response"), str) and row["response"]:
        metadata["reference_response"] = row["response"]
    native = {
        "id": _row_id(row, meta, index),
        "category": category,
        "data_source": f"advancedif/{category}",
        "messages": history,
        "criteria": criteria,
        "metadata": metadata,
    }
    try:
        return parse_record(native, row=index)
    except RubricSchemaError as e:
        # name the AdvancedIF column a problem came from, not the internal field
        renamed = [FieldProblem(p.row, _as_column(p.field), p.value, p.problem, p.fix) for p in e.problems]
        raise RubricSchemaError(renamed) from None
