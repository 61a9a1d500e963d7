"""Verifier training rows: the exact prompt the live verifier sends, answered with the labels.

The prompt is built by :meth:`rubric_plugin.verifier.llm.LLMVerifier.request`, the function that
builds every live verifier request, with the layout, mode and ``reason_max_chars`` of the verifier
it is given (compose it from the training run's config, so the data matches the run). Labels are
grouped by (record, response): one sample asks all labelled criteria of that response in the
record's order, as the live verifier asks all criteria of a response in one request
(``mode=all``); under ``mode=per_criterion`` it is one sample per criterion, as the live verifier
sends them. A criterion is asked as a ``kind: llm`` question
(:func:`~rubric_plugin.labels.from_checks.as_question`), as ``calibrate`` asks it.

The answer (SFT target) is the verdict JSON the parser accepts, reasons before verdicts::

    {"c1": {"reason": "the list has three items", "verdict": "yes"}, ...}

or AdvancedIF's ``{"rubrics_check": {"question_1": "<reason> Yes"}, ...}`` under
``layout=advancedif``. Every target is parsed back with :func:`~rubric_plugin.verifier.parse.parse_verdicts`
before it is written; a label whose reason would change its verdict is an error naming the label.

Each row records the verifier's ``template_id`` so a checkpoint can carry it
(:mod:`rubric_plugin.verifier_training.template_meta`).
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Sequence

from rubric_plugin.errors import FieldProblem, RubricSchemaError
from rubric_plugin.labels.format import Label, match_records
from rubric_plugin.labels.from_checks import as_question, check_type
from rubric_plugin.schema import Criterion, RubricRecord

#: ``data_source`` of RL rows (verl groups validation metrics by it).
DATA_SOURCE = "verifier_agreement"
#: ``reward_model.style`` of RL rows.
STYLE = "verifier_agreement"
#: A label without a reason gets one of these, so the target still puts a reason before the verdict.
DEFAULT_REASONS = {True: "The response meets this criterion.", False: "The response does not meet this criterion."}


@dataclass(frozen=True)
class Sample:
    """One verifier request of the training run and the labels that answer it."""

    record: RubricRecord
    response: str
    #: The criteria as asked (``kind: llm``), in the record's order.
    asked: tuple[Criterion, ...]
    labels: tuple[Label, ...]


def prompt_verifier(layout: str = "prefix_shared", mode: str = "all", reason_max_chars: int = 200) -> Any:
    """An :class:`~rubric_plugin.verifier.llm.LLMVerifier` with the given prompt settings and no judge,
    for rendering only (``verifier-data`` without a judge config)."""
    from rubric_plugin.verifier.base import ChatBackend
    from rubric_plugin.verifier.llm import LLMVerifier

    class _NoJudge(ChatBackend):
        model = "prompt-only"

        async def complete(self, request, timeout_s=None):
            raise RuntimeError("a prompt-only verifier renders requests; it has no judge to send them to")

    return LLMVerifier(_NoJudge(), layout=layout, mode=mode, reason_max_chars=reason_max_chars)


def samples(records: Sequence[RubricRecord], labels: Sequence[Label], mode: str = "all") -> list[Sample]:
    """The verifier requests the labels answer; see the module docstring."""
    match_records(labels, records)
    by_id = {str(r.id): r for r in records}
    groups: dict[tuple[str, str], dict[str, Label]] = {}
    for lab in labels:
        groups.setdefault((lab.record_id, lab.response), {})[lab.criterion_id] = lab
    out = []
    for (rid, response), labs in groups.items():
        rec = by_id[rid]
        ordered = [c for c in rec.criteria if c.id in labs]
        chunks = [ordered] if mode == "all" else [[c] for c in ordered]
        for chunk in chunks:
            out.append(Sample(rec, response, tuple(as_question(c) for c in chunk), tuple(labs[c.id] for c in chunk)))
    return out


def _reason(lab: Label, limit: int) -> str:
    reason = " ".join((lab.reason or "").split()) or DEFAULT_REASONS[lab.satisfied]
    return reason[:limit]


def target(sample: Sample, layout: str = "prefix_shared", reason_max_chars: int = 200) -> str:
    """The verdict JSON answering ``sample`` (reasons before verdicts), checked by the parser."""
    from rubric_plugin.errors import VerdictParseError
    from rubric_plugin.verifier.parse import parse_verdicts

    if layout == "advancedif":
        # the verdict word goes last after the reason; leave room for " Yes" within the schema's bound
        checks = {f"question_{i + 1}": f"{_reason(lab, max(reason_max_chars - 4, 1))} {'Yes' if lab.satisfied else 'No'}"
                  for i, lab in enumerate(sample.labels)}
        answer = {"rubrics_check": checks,
                  "SATISFIED_ALL_REQUIREMENTS": "YES" if all(lab.satisfied for lab in sample.labels) else "NO"}
    else:
        answer = {lab.criterion_id: {"reason": _reason(lab, reason_max_chars), "verdict": lab.label}
                  for lab in sample.labels}
    text = json.dumps(answer, ensure_ascii=False)
    ids = [c.id for c in sample.asked]
    try:
        parsed = parse_verdicts(text, ids)
        wrong = [lab for lab in sample.labels if parsed.verdicts[lab.criterion_id].satisfied != lab.satisfied]
    except VerdictParseError as e:
        wrong, why = list(sample.labels), str(e)
    else:
        why = "its reason reads as the opposite verdict"
    if wrong:
        lab = wrong[0]
        raise RubricSchemaError([FieldProblem(f"record {lab.record_id!r}", "reason", lab.reason,
                                              f"the target for criterion {lab.criterion_id!r} does not parse back to "
                                              f"label {lab.label!r} ({why})",
                                              "end the reason without a yes/no word, or drop the reason")])
    return text


def _kinds(sample: Sample) -> list[dict[str, str]]:
    crits = {c.id: c for c in sample.record.criteria}
    return [{"id": lab.criterion_id, "label": lab.label, "kind": crits[lab.criterion_id].kind,
             "check_type": check_type(crits[lab.criterion_id])} for lab in sample.labels]


def sft_rows(verifier: Any, records: Sequence[RubricRecord], labels: Sequence[Label]) -> list[dict[str, Any]]:
    """Rows of verl's ``MultiTurnSFTDataset``: the live request's messages plus the target as the
    assistant turn, with the record id, the template id and the answered criteria beside them."""
    rows = []
    for s in samples(records, labels, verifier.mode):
        req = verifier.request(s.record, s.response, s.asked)
        rows.append({"messages": [*req.messages, {"role": "assistant",
                                                  "content": target(s, verifier.layout, verifier.reason_max_chars)}],
                     "record_id": str(s.record.id), "template_id": verifier.template_id,
                     "criteria": json.dumps(_kinds(s))})
    return rows


def rl_rows(verifier: Any, records: Sequence[RubricRecord], labels: Sequence[Label], split: str = "train"
            ) -> list[dict[str, Any]]:
    """Rows of verl's RL dataset: the live request's messages as the prompt, the labels as
    ``reward_model.ground_truth`` (read by :mod:`rubric_plugin.verifier_training.agreement_reward`)."""
    rows = []
    for i, s in enumerate(samples(records, labels, verifier.mode)):
        req = verifier.request(s.record, s.response, s.asked)
        truth = {"template_id": verifier.template_id, "layout": verifier.layout, "criteria": _kinds(s)}
        rows.append({"data_source": DATA_SOURCE, "prompt": req.messages, "ability": "rubric_verifier",
                     "reward_model": {"style": STYLE, "ground_truth": json.dumps(truth)},
                     "extra_info": {"index": i, "split": split, "record_id": str(s.record.id)}})
    return rows


def write_parquet(rows: Sequence[dict[str, Any]], path: Any) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq
    from pathlib import Path

    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(pa.Table.from_pylist(list(rows)), out)
    return len(rows)
