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
        value = json.loads(value)
    return value


def convert_row(row: Mapping[str, Any], index: int) -> RubricRecord:
    """One AdvancedIF row -> a validated record. Raises :class:`RubricSchemaError`."""
    problems: list[FieldProblem] = []

    def bad(fld: str, value: Any, problem: str, fix: str) -> None:
        problems.append(FieldProblem(index, fld, value, problem, fix))

    missing = [c for c in COLUMNS if c not in row or row[c] in (None, "")]
    for c in missing:
        bad(c, row.get(c), "missing column", f"AdvancedIF rows need columns {list(COLUMNS)}")
    if missing:
        raise RubricSchemaError(problems)
    try:
        history = _decode_json(row["conversation_history"])
    except ValueError as e:
        bad("conversation_history", row["conversation_history"], f"is not valid JSON ({e})", "store the conversation as a JSON list of {role, content}")
        history = None
    meta_ok = False
    try:
        meta = _decode_json(row["prompt_metadata"])
        meta_ok = isinstance(meta, Mapping)
        if not isinstance(meta, Mapping):
            bad("prompt_metadata", row["prompt_metadata"], "is not a JSON object", "store prompt_metadata as a JSON object with a 'rubrics' key")
            meta = {}
    except ValueError as e:
        bad("prompt_metadata", row["prompt_metadata"], f"is not valid JSON ({e})", "store prompt_metadata as a JSON object")
        meta = {}
    rubrics: Any = None
    if meta_ok and "rubrics" not in meta:
        bad("prompt_metadata.rubrics", None, "missing", "add 'rubrics': a JSON list of yes/no questions")
    elif "rubrics" in meta:
        try:
            rubrics = _decode_json(meta["rubrics"])
        except ValueError as e:
            bad("prompt_metadata.rubrics", meta["rubrics"], f"is not valid JSON ({e})", "encode the rubric questions as a JSON list of strings")
        if rubrics is not None and (not isinstance(rubrics, list) or not rubrics):
            bad("prompt_metadata.rubrics", rubrics, "must be a non-empty list of questions", "give at least one yes/no question")
            rubrics = None
    benchmark = row["benchmark_name"]
    if not isinstance(benchmark, str):
        bad("benchmark_name", benchmark, "must be a string", f"use one of {sorted(BENCHMARK_CATEGORIES)}")
        benchmark = str(benchmark)
    if problems:
        raise RubricSchemaError(problems)
    category = category_of(benchmark.strip())
    criteria = [
        {"id": f"q{i + 1}", "question": q if isinstance(q, str) else q, "kind": "llm"} for i, q in enumerate(rubrics or [])
    ]
    metadata = {"benchmark_name": benchmark}
    if isinstance(row.get("response"), str) and row["response"]:
        metadata["reference_response"] = row["response"]
    native = {
        "id": str(row.get("id", meta.get("id", index))),
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
        renamed = [
            FieldProblem(p.row, p.field.replace("messages", "conversation_history", 1).replace("criteria", "prompt_metadata.rubrics", 1),
                         p.value, p.problem, p.fix)
            for p in e.problems
        ]
        raise RubricSchemaError(renamed) from None
