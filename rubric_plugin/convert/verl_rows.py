"""RubricRecord <-> verl parquet rows (what ``RLHFDataset`` reads).

A row::

    data_source   record.data_source                      (per-source validation metrics)
    prompt        the conversation, a list of {role, content}
    ability       "instruction_following"
    reward_model  {"style": "rubric", "ground_truth": <the whole record as JSON>}
    extra_info    {"index", "split", "record_id", "category", "num_criteria"}

The rubric travels as a JSON string so rows with different rubrics share one parquet schema.
"""
from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any, Iterable, Mapping

from rubric_plugin.errors import FieldProblem, RubricSchemaError
from rubric_plugin.schema import RubricRecord, parse_record

ABILITY = "instruction_following"
STYLE = "rubric"
#: ``extra_info.split`` values the ``rubric`` manager scores as validation (``acc``, no NaN).
VALIDATION_SPLITS = ("val", "validation", "test", "heldout")


def to_verl_row(record: RubricRecord, index: int, split: str = "train") -> dict[str, Any]:
    return {
        "data_source": record.data_source,
        "prompt": [{"role": m.role, "content": m.content} for m in record.messages],
        "ability": ABILITY,
        "reward_model": {"style": STYLE, "ground_truth": json.dumps(record.to_dict(), ensure_ascii=False)},
        "extra_info": {
            "index": index,
            "split": split,
            "record_id": record.id or str(index),
            "category": record.category,
            "num_criteria": len(record.criteria),
        },
    }


@functools.lru_cache(maxsize=4096)
def record_from_ground_truth(ground_truth: str) -> RubricRecord:
    """Decode and validate ``reward_model.ground_truth`` (cached: a GRPO group shares one rubric)."""
    try:
        raw = json.loads(ground_truth)
    except (TypeError, ValueError) as e:
        raise RubricSchemaError([FieldProblem(None, "reward_model.ground_truth", ground_truth, f"is not JSON ({e})",
                                              "convert the data with `rubric-plugin convert`")]) from None
    return parse_record(raw, row=raw.get("id") if isinstance(raw, dict) else None)


def from_verl_row(row: Mapping[str, Any]) -> RubricRecord:
    rm = row.get("reward_model") or {}
    return record_from_ground_truth(rm.get("ground_truth"))


def is_verl_row(row: Any) -> bool:
    """A row as :func:`to_verl_row` writes it (its rubric in ``reward_model.ground_truth``)."""
    return isinstance(row, Mapping) and "reward_model" in row and "criteria" not in row


def record_from_verl_row(row: Mapping[str, Any], index: int | str | None) -> RubricRecord:
    """The record of one verl row, every problem named with the file's row ``index``.

    A field of the decoded record is named ``reward_model.ground_truth: <field>``.
    """
    rm = row.get("reward_model")
    fix = "write the rows with `rubric-plugin convert RECORDS --out FILE.parquet`"
    if not isinstance(rm, Mapping) or not isinstance(rm.get("ground_truth"), str):
        where, value = ("reward_model", rm) if not isinstance(rm, Mapping) else ("reward_model.ground_truth",
                                                                               rm.get("ground_truth"))
        raise RubricSchemaError([FieldProblem(index, where, value, "must hold the record as a JSON string", fix)])
    try:
        return record_from_ground_truth(rm["ground_truth"])
    except RubricSchemaError as e:
        raise RubricSchemaError([FieldProblem(index, p.field if p.field.startswith("reward_model")
                                              else f"reward_model.ground_truth: {p.field}", p.value, p.problem, p.fix)
                                 for p in e.problems]) from None


def write_parquet(records: Iterable[RubricRecord], path: str | Path, split: str = "train") -> int:
    """Write verl parquet rows; returns the number of rows."""
    import pandas as pd

    rows = [to_verl_row(r, i, split) for i, r in enumerate(records)]
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    pd.DataFrame(rows).to_parquet(path, index=False)
    return len(rows)
