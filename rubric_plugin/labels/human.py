"""Human labels: import annotators' CSV or JSONL into the labels format.

Columns (CSV header, or JSONL keys): ``record_id``, ``response``, ``criterion_id``, ``label`` and
optionally ``reason``. ``label`` may be written ``yes``/``no``, ``true``/``false``, ``y``/``n`` or
``1``/``0`` (any case); it is stored as ``yes``/``no`` with ``source: human``. Any other column,
a missing one, a bad label or a repeated (record, response, criterion) is an error naming the row
(the line or CSV data row, 1-based), the field, the value and the fix; every problem is reported
at once. With ``records`` every label must name a record and one of its criteria.
"""
from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any, Sequence

from rubric_plugin.errors import FieldProblem, RubricSchemaError
from rubric_plugin.labels.format import Label, match_records, parse_label

COLUMNS = ("record_id", "response", "criterion_id", "label")
_WORDS = {"yes": "yes", "y": "yes", "true": "yes", "1": "yes", "no": "no", "n": "no", "false": "no", "0": "no"}


def _rows(path: Path) -> list[tuple[int, Any]]:
    if path.suffix.lower() == ".csv":
        with path.open(encoding="utf-8", newline="") as fh:
            return list(enumerate(csv.DictReader(fh), start=1))
    out: list[tuple[int, Any]] = []
    with path.open(encoding="utf-8") as fh:
        for i, line in enumerate(fh, start=1):
            if line.strip():
                try:
                    out.append((i, json.loads(line)))
                except ValueError as e:
                    out.append((i, FieldProblem(i, "<line>", line.strip()[:80], f"is not valid JSON ({e})",
                                                "write one JSON object per line")))
    return out


def import_human(path: str | Path, records: Sequence[Any] | None = None) -> list[Label]:
    """Every row of ``path`` as a ``human`` label; see the module docstring."""
    path = Path(path)
    if not path.is_file():
        raise RubricSchemaError([FieldProblem(None, "<file>", str(path), "no such file", "check the labels path")])
    problems: list[FieldProblem] = []
    labels: list[Label] = []
    seen: dict[tuple[str, str, str], int] = {}
    for row, raw in _rows(path):
        if isinstance(raw, FieldProblem):
            problems.append(raw)
            continue
        if isinstance(raw, dict):
            raw = {k: v for k, v in raw.items() if k is not None}
            word = raw.get("label")
            if isinstance(word, bool):
                word = "yes" if word else "no"
            if isinstance(word, (str, int)) and str(word).strip().lower() in _WORDS:
                raw["label"] = _WORDS[str(word).strip().lower()]
            elif "label" in raw:
                problems.append(FieldProblem(row, "label", word, f"is not a yes/no answer (accepted: {sorted(_WORDS)})",
                                             "write yes when the criterion is met, else no"))
                continue
            if raw.get("reason") == "":
                raw.pop("reason")
            raw["source"] = "human"
        try:
            lab = parse_label(raw, row=row)
        except RubricSchemaError as e:
            problems.extend(e.problems)
            continue
        if lab.key() in seen:
            problems.append(FieldProblem(row, "criterion_id", lab.criterion_id,
                                         f"labels the same record, response and criterion as row {seen[lab.key()]}",
                                         "keep one label per (record_id, response, criterion_id)"))
            continue
        seen[lab.key()] = row
        labels.append(lab)
    if problems:
        raise RubricSchemaError(problems)
    if records is not None:
        match_records(labels, records)
    return labels
