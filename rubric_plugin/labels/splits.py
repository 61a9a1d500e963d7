"""Train / validation / test splits of labels by record, never by criterion, and their class balance.

Every label of a record goes to the same split, so no question (and no response) of a held-out
record was seen in training: a split by criterion would put a record's other criteria, and the
response they judge, on both sides. Records are ordered by a seeded hash of their id and cut by
label counts, so a split is reproducible, independent of the file's order and near the asked
fractions even for a few records.
"""
from __future__ import annotations

import hashlib
from typing import Mapping, Sequence

from rubric_plugin.errors import ConfigError
from rubric_plugin.labels.format import Label


def split_by_record(labels: Sequence[Label], fractions: Mapping[str, float], seed: int = 0) -> dict[str, list[Label]]:
    """``{split name: labels}``; ``fractions`` (e.g. ``{"train": 0.8, "test": 0.2}``) must sum to 1."""
    if not fractions or any(not 0 <= f <= 1 for f in fractions.values()) or abs(sum(fractions.values()) - 1) > 1e-9:
        raise ConfigError(f"split fractions {dict(fractions)}; expected values in [0, 1] that sum to 1")
    by_record: dict[str, list[Label]] = {}
    for lab in labels:
        by_record.setdefault(lab.record_id, []).append(lab)
    order = sorted(by_record, key=lambda rid: hashlib.sha256(f"{seed}:{rid}".encode()).hexdigest())
    total = len(labels)
    names = list(fractions)
    out: dict[str, list[Label]] = {n: [] for n in names}
    # 1) each record goes to the first split whose cumulative share is not yet filled
    bounds, acc = [], 0.0
    for n in names:
        acc += fractions[n]
        bounds.append(acc * total)
    placed = 0
    for rid in order:
        k = next((i for i, b in enumerate(bounds) if placed < b - 1e-9), len(names) - 1)
        out[names[k]].extend(by_record[rid])
        placed += len(by_record[rid])
    return out


def class_balance(labels: Sequence[Label]) -> dict[str, float | int | None]:
    """Counts of yes / no, the yes rate and the number of records."""
    yes = sum(lab.satisfied for lab in labels)
    return {"labels": len(labels), "records": len({lab.record_id for lab in labels}), "yes": yes,
            "no": len(labels) - yes, "yes_rate": yes / len(labels) if labels else None}
