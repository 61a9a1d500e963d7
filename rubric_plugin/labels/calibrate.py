"""Verifier calibration: ask a verifier every labelled question and measure its agreement with the labels.

Labels are grouped by (record, response): one ``judge`` call per group asks every labelled
criterion of that response as a ``kind: llm`` question (:func:`~rubric_plugin.labels.from_checks.as_question`),
in the layout the verifier is configured with. A group the verifier cannot judge (a
:class:`~rubric_plugin.errors.VerifierError` after its retries) is **left out of every metric and
counted** as failed, with its error: a verifier failure is never a "no".

The report (:func:`calibration_report`) holds the metrics of :mod:`rubric_plugin.labels.agreement`
overall, per criterion kind (of the criterion in the rubric file: ``llm`` or ``check``), per
check type (``ifeval:keywords:existence``, ``word_count``; ``llm`` for llm criteria) and per
category, next to RIFL's published verifier F1 (:data:`RIFL_ANCHOR`).
"""
from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import Any, Mapping, Sequence

from rubric_plugin.labels.agreement import confusion, metrics
from rubric_plugin.labels.format import Label, match_records
from rubric_plugin.labels.from_checks import as_question, check_type
from rubric_plugin.schema import RubricRecord

#: RIFL's verifier F1 against human labels (arXiv 2511.10507): its finetuned verifier, o3-mini, and
#: the untuned Llama-4-Maverick it started from. The paper's F1 variant is not published.
RIFL_ANCHOR = {"RIFL verifier (finetuned Llama-4-Maverick)": 0.728, "o3-mini": 0.723,
               "Llama-4-Maverick (untuned)": 0.515}
GROUPINGS = ("kind", "check_type", "category")


@dataclass(frozen=True)
class Judged:
    """One label and the verifier's answer to its question (None when the verifier failed)."""

    label: Label
    kind: str
    check_type: str
    category: str
    predicted: bool | None
    reason: str = ""
    error: str | None = None


async def judge_labels(verifier: Any, records: Sequence[RubricRecord], labels: Sequence[Label],
                       concurrency: int = 32, progress: Any = None) -> list[Judged]:
    """Ask ``verifier`` every labelled question; see the module docstring."""
    from rubric_plugin.errors import VerifierError

    match_records(labels, records)
    by_id = {str(r.id): r for r in records}
    groups: dict[tuple[str, str], list[Label]] = {}
    for lab in labels:
        groups.setdefault((lab.record_id, lab.response), []).append(lab)
    gate = asyncio.Semaphore(max(1, concurrency))

    async def one(key: tuple[str, str], labs: list[Label]) -> list[Judged]:
        rec = by_id[key[0]]
        crits = {c.id: c for c in rec.criteria}
        asked = [as_question(crits[lab.criterion_id]) for lab in labs]
        async with gate:
            try:
                got = await verifier.judge(rec, key[1], asked)
                missing = [c.id for c in asked if c.id not in got.verdicts]
                error = f"verdicts missing for {missing}" if missing else None
            except VerifierError as e:
                got, error = None, f"{type(e).__name__}: {e}"
        if progress is not None:
            progress(len(labs))
        out = []
        for lab in labs:
            c = crits[lab.criterion_id]
            v = None if error else got.verdicts[c.id]
            out.append(Judged(lab, c.kind, check_type(c), rec.category, None if v is None else v.satisfied,
                              "" if v is None else v.reason, error))
        return out

    done = await asyncio.gather(*(one(k, v) for k, v in groups.items()))
    return [j for group in done for j in group]


def _block(items: Sequence[Judged]) -> dict[str, Any]:
    ok = [j for j in items if j.predicted is not None]
    out = metrics(confusion((j.label.satisfied, j.predicted) for j in ok))
    out["failed"] = len(items) - len(ok)
    return out


def calibration_report(items: Sequence[Judged], verifier_name: str = "") -> dict[str, Any]:
    """Overall and grouped agreement, failures listed, RIFL's anchor beside it."""
    report: dict[str, Any] = {"verifier": verifier_name, "labels": len(items), "overall": _block(items),
                              "sources": sorted({j.label.source for j in items}), "anchor": dict(RIFL_ANCHOR)}
    for g in GROUPINGS:
        buckets: dict[str, list[Judged]] = {}
        for j in items:
            buckets.setdefault(getattr(j, g), []).append(j)
        report[f"by_{g}"] = {k: _block(v) for k, v in sorted(buckets.items())}
    report["failures"] = sorted({(j.label.record_id, j.error) for j in items if j.error})
    report["failures"] = [{"record_id": r, "error": e} for r, e in report["failures"]]
    return report


def _fmt(x: Any) -> str:
    return "n/a" if x is None else f"{x:.3f}"


def _row(name: str, b: Mapping[str, Any]) -> str:
    return (f"| {name} | {b['n']} | {b['failed']} | {_fmt(b['accuracy'])} | {_fmt(b['macro_f1'])} | "
            f"{_fmt(b['f1_no'])} | {_fmt(b['kappa'])} | {_fmt(b['yes_rate_bias'])} |")


def render_markdown(report: Mapping[str, Any], png: str | None = None) -> str:
    """The report as Markdown: anchor, overall, confusion matrix, then each grouping."""
    o = report["overall"]
    lines = [f"# Verifier calibration: {report['verifier'] or 'verifier'}", "",
             f"{report['labels']} labels (sources: {', '.join(report['sources']) or 'none'}); "
             f"{o['failed']} left out because the verifier failed.", "",
             "## Beside RIFL's published verifier F1 (vs human labels)", "",
             "| verifier | F1 |", "|---|---|"]
    lines += [f"| {name} | {f1:.3f} |" for name, f1 in report["anchor"].items()]
    lines += [f"| **{report['verifier'] or 'this verifier'}** (macro-F1 on these labels) | **{_fmt(o['macro_f1'])}** |",
              "", "RIFL's F1 is against human labels on its own verifier set; on program labels (checks) the "
              "number measures something narrower, see docs/eval.md.", "",
              "## Confusion matrix (rows: label, columns: verifier)", "",
              "| | verifier yes | verifier no |", "|---|---|---|",
              f"| label yes | {o['confusion']['tp']} | {o['confusion']['fn']} |",
              f"| label no | {o['confusion']['fp']} | {o['confusion']['tn']} |", ""]
    if png:
        lines += [f"![confusion matrix]({png})", ""]
    header = ["| group | n | failed | accuracy | macro-F1 | F1 (no) | kappa | yes-rate bias |",
              "|---|---|---|---|---|---|---|---|"]
    lines += ["## Overall", "", *header, _row("all", o), ""]
    for g in GROUPINGS:
        lines += [f"## By {g.replace('_', ' ')}", "", *header]
        lines += [_row(k, b) for k, b in report[f"by_{g}"].items()]
        lines.append("")
    if report["failures"]:
        lines += ["## Failed verifier calls", ""]
        lines += [f"* record {f['record_id']}: {f['error']}" for f in report["failures"]]
    return "\n".join(lines) + "\n"
