"""Conversations to write rubrics for, from any supported file.

Per row (``.jsonl`` / ``.json`` / ``.csv`` / ``.parquet``):

* plain chat ``{"messages": [...]}`` (optional ``id``, ``category``, ``data_source``, ``metadata``)
  -- a row with ``messages`` and no ``criteria``;
* verl parquet rows (``prompt`` = the conversation; ``extra_info.record_id`` the id);
* anything :func:`rubric_plugin.convert.load_records` reads: the plugin's records (their criteria
  are ignored), AdvancedIF, IFEval, IFBench.

Multi-turn and system-prompted conversations keep every turn. A row without an id gets
``row-<n>``. Bad rows are reported with row, field, value and fix, never skipped silently.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

from rubric_plugin.errors import FieldProblem, RubricSchemaError
from rubric_plugin.schema import DEFAULT_DATA_SOURCE, Message


@dataclass(frozen=True)
class Conversation:
    """One prompt to write a rubric for."""

    id: str
    messages: tuple[Message, ...]
    category: str = "complex"
    data_source: str = DEFAULT_DATA_SOURCE
    metadata: Mapping[str, Any] = field(default_factory=dict)


def _chat(row: Mapping[str, Any], i: int, messages_key: str = "messages") -> Conversation:
    from rubric_plugin.schema import _Collector, _parse_messages

    out = _Collector(i)
    msgs = _parse_messages(row.get(messages_key), out)
    rid = row.get("id")
    if rid is None and isinstance(row.get("extra_info"), Mapping):
        rid = row["extra_info"].get("record_id")
    if rid is not None and (isinstance(rid, bool) or not isinstance(rid, (str, int))):
        out.add("id", rid, "must be a string or an integer", "give each conversation a stable id")
    if out.problems:
        raise RubricSchemaError(out.problems)
    meta = row.get("metadata") if isinstance(row.get("metadata"), Mapping) else {}
    return Conversation(str(rid) if rid is not None else f"row-{i}", msgs, str(row.get("category") or "complex"),
                        str(row.get("data_source") or DEFAULT_DATA_SOURCE), dict(meta))


def _parquet_rows(path: Path) -> list[dict[str, Any]]:
    import pyarrow.parquet as pq

    return pq.read_table(path).to_pylist()


def load_conversations(path: str | Path, fmt: str = "auto") -> tuple[list[Conversation], list[FieldProblem]]:
    """Every conversation of ``path`` that validates, and every problem of the rows that do not."""
    from rubric_plugin.convert import files

    path = Path(path)
    if not path.is_file():
        raise RubricSchemaError([FieldProblem(None, "<file>", str(path), "no such file", "check the input path")])
    rows = enumerate(_parquet_rows(path), start=1) if path.suffix.lower() == ".parquet" else files._rows(path)
    convs: list[Conversation] = []
    problems: list[FieldProblem] = []
    for i, row in rows:
        try:
            if isinstance(row, dict) and fmt in ("auto", "chat") and "criteria" not in row and (
                    "messages" in row or "prompt" in row and isinstance(row["prompt"], list)):
                convs.append(_chat(row, i, "messages" if "messages" in row else "prompt"))
            elif isinstance(row, files._BadLine):
                problems.append(FieldProblem(i, "<line>", row.text, f"is not valid JSON ({row.error})",
                                             "write one JSON object per line"))
            else:
                rec = _one_record(row, i, fmt)
                convs.append(Conversation(rec.id or f"row-{i}", rec.messages, rec.category, rec.data_source,
                                          dict(rec.metadata)))
        except RubricSchemaError as e:
            problems.extend(e.problems)
    seen: dict[str, int] = {}
    for k, c in enumerate(convs):
        if c.id in seen:
            problems.append(FieldProblem(c.id, "id", c.id, f"appears twice (conversations {seen[c.id] + 1} and {k + 1})",
                                         "give every conversation a unique id (resume skips ids already written)"))
        seen.setdefault(c.id, k)
    dup = {p.value for p in problems if p.field == "id" and "appears twice" in p.problem}
    return [c for c in convs if c.id not in dup], problems


def _one_record(row: Any, i: int, fmt: str):
    """One row through the same per-row dispatch as :func:`rubric_plugin.convert.load_records`."""
    from rubric_plugin.convert import ifbench, ifeval
    from rubric_plugin.convert.advancedif import convert_row, is_advancedif_row
    from rubric_plugin.schema import parse_record

    auto = fmt in ("auto", "chat") and isinstance(row, dict)
    if fmt == "ifbench" or (auto and ifbench.is_ifbench_row(row)):
        return ifbench.convert_row(row, i)
    if fmt == "ifeval" or (auto and ifeval.is_ifeval_row(row)):
        return ifeval.convert_row(row, i)
    if fmt == "advancedif" or (auto and is_advancedif_row(row)):
        return convert_row(row, i)
    return parse_record(row, row=i)
