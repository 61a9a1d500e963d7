"""The labels file: one yes/no answer to one criterion of one record for one response.

JSONL, one object per line, with exactly these keys::

    {"record_id": "aif-7", "response": "...", "criterion_id": "c3", "label": "yes",
     "reason": "the list has three items", "source": "human"}

* ``record_id``: the record's ``id`` in the rubric file the labels go with (string or integer);
* ``response``: the response the label judges (any string, the empty one included);
* ``criterion_id``: the criterion's ``id`` in that record;
* ``label``: ``"yes"`` when the answer to the criterion's question is yes (the criterion is
  *satisfied*; for a ``penalty`` criterion that is the bad outcome), else ``"no"``;
* ``reason`` (optional): why, as free text;
* ``source``: who answered: ``human`` (an annotator), ``teacher`` (a stronger model) or
  ``program`` (a programmatic check, :mod:`rubric_plugin.labels.from_checks`).

A label names its question by ``(record_id, criterion_id)`` and so is only meaningful with its
rubric file; :func:`match_records` checks that every label resolves. The same
``(record_id, response, criterion_id)`` given twice is an error, whatever the labels say.
Every problem of every line is reported at once (row = line number), never the first only.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

from rubric_plugin.errors import FieldProblem, RubricSchemaError

LABELS = ("yes", "no")
SOURCES = ("human", "teacher", "program")
REQUIRED = ("record_id", "response", "criterion_id", "label", "source")
OPTIONAL = ("reason",)


@dataclass(frozen=True)
class Label:
    """One line of a labels file."""

    record_id: str
    response: str
    criterion_id: str
    #: ``"yes"`` (the criterion's question is answered yes) or ``"no"``.
    label: str
    source: str
    reason: str | None = None

    @property
    def satisfied(self) -> bool:
        return self.label == "yes"

    def key(self) -> tuple[str, str, str]:
        return (self.record_id, response_digest(self.response), self.criterion_id)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        if d["reason"] is None:
            del d["reason"]
        return d


def response_digest(response: str) -> str:
    return hashlib.sha256(response.encode("utf-8")).hexdigest()[:16]


def parse_label(raw: Any, row: int | str | None = None) -> Label:
    """A validated :class:`Label` from a dict; raises :class:`RubricSchemaError` listing every problem."""
    problems: list[FieldProblem] = []

    def bad(fld: str, value: Any, problem: str, fix: str) -> None:
        problems.append(FieldProblem(row, fld, value, problem, fix))

    if not isinstance(raw, Mapping):
        bad("<row>", raw, "is not a JSON object", f"write one object per line with keys {list(REQUIRED)}")
        raise RubricSchemaError(problems)
    unknown = sorted(set(raw) - set(REQUIRED) - set(OPTIONAL))
    if unknown:
        bad("<row>", unknown, "unknown keys", f"keep only {list(REQUIRED + OPTIONAL)}")
    for key in REQUIRED:
        if key not in raw:
            bad(key, None, "missing", f"add {key!r} (a label row has {list(REQUIRED)}, optionally 'reason')")
    rid, cid = raw.get("record_id"), raw.get("criterion_id")
    if "record_id" in raw and (isinstance(rid, bool) or not isinstance(rid, (str, int)) or str(rid).strip() == ""):
        bad("record_id", rid, "must be a non-empty string or an integer", "use the record's id from the rubric file")
    if "criterion_id" in raw and (not isinstance(cid, str) or not cid.strip()):
        bad("criterion_id", cid, "must be a non-empty string", "use the criterion's id from the record's criteria")
    if "response" in raw and not isinstance(raw["response"], str):
        bad("response", raw["response"], "must be a string", "give the judged response text")
    label = raw.get("label")
    if "label" in raw and label not in LABELS:
        bad("label", label, f"must be one of {list(LABELS)}", "write 'yes' when the criterion's question is answered "
                                                             "yes, else 'no' (lower case)")
    source = raw.get("source")
    if "source" in raw and source not in SOURCES:
        bad("source", source, f"must be one of {list(SOURCES)}", "say who answered: human, teacher or program")
    reason = raw.get("reason")
    if reason is not None and not isinstance(reason, str):
        bad("reason", reason, "must be a string or absent", "write the reason as text, or leave it out")
    if problems:
        raise RubricSchemaError(problems)
    return Label(str(rid), raw["response"], cid, label, source, reason)


def read_labels(path: str | Path) -> list[Label]:
    """Every label of a JSONL file; raises :class:`RubricSchemaError` naming every bad line and duplicate."""
    path = Path(path)
    if not path.is_file():
        raise RubricSchemaError([FieldProblem(None, "<file>", str(path), "no such file", "check the labels path")])
    problems: list[FieldProblem] = []
    out: list[Label] = []
    seen: dict[tuple[str, str, str], int] = {}
    with path.open(encoding="utf-8") as fh:
        for i, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                raw = json.loads(line)
            except ValueError as e:
                problems.append(FieldProblem(i, "<line>", line.strip()[:80], f"is not valid JSON ({e})",
                                             "write one JSON object per line"))
                continue
            try:
                lab = parse_label(raw, row=i)
            except RubricSchemaError as e:
                problems.extend(e.problems)
                continue
            if lab.key() in seen:
                problems.append(FieldProblem(i, "criterion_id", lab.criterion_id,
                                             f"labels the same record, response and criterion as line {seen[lab.key()]}",
                                             "keep one label per (record_id, response, criterion_id)"))
                continue
            seen[lab.key()] = i
            out.append(lab)
    if problems:
        raise RubricSchemaError(problems)
    return out


def write_labels(labels: Iterable[Label], path: str | Path) -> int:
    n = 0
    with Path(path).open("w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab.to_dict(), ensure_ascii=False) + "\n")
            n += 1
    return n


def match_records(labels: Sequence[Label], records: Sequence[Any]) -> None:
    """Every label names a record and one of its criteria; raises :class:`RubricSchemaError` otherwise.

    Rows are numbered as in the file (1-based, blank lines not counted).
    """
    by_id = {str(r.id): r for r in records}
    problems: list[FieldProblem] = []
    for i, lab in enumerate(labels, start=1):
        rec = by_id.get(lab.record_id)
        if rec is None:
            problems.append(FieldProblem(i, "record_id", lab.record_id, "names no record of the rubric file",
                                         "pass the rubric file these labels were written for (--records)"))
        elif lab.criterion_id not in {c.id for c in rec.criteria}:
            problems.append(FieldProblem(i, "criterion_id", lab.criterion_id,
                                         f"is not a criterion of record {lab.record_id!r} "
                                         f"(it has {[c.id for c in rec.criteria]})", "use one of the record's ids"))
    if problems:
        raise RubricSchemaError(problems)
