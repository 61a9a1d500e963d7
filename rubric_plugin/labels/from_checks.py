"""Free ground truth: a ``kind: check`` criterion answered by its check, asked of a verifier as a question.

Every ``check`` criterion carries a question phrased for a human ("Does the response contain at
least 3 placeholders in square brackets?"). The check answers it exactly; an LLM verifier can be
asked the same question as a ``kind: llm`` criterion (:func:`as_question`). The pair gives
labelled verifier data at no annotation cost (``source: program``), with the caveat that it
covers only what checks can express: counts, formats, keywords.

The label is the check's answer to the question as asked (``satisfied``), never the pass of a
``penalty`` criterion.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Mapping, Sequence

from rubric_plugin.labels.format import Label
from rubric_plugin.schema import Criterion, RubricRecord


def as_question(c: Criterion) -> Criterion:
    """The criterion as the verifier is asked it: ``kind: llm`` with the same id and question."""
    return replace(c, kind="llm", check=None, args={})


def check_type(c: Criterion) -> str:
    """A check criterion's type for reports: the check name, plus the instruction id for ``ifeval``/``ifbench``."""
    if c.kind != "check":
        return "llm"
    iid = c.args.get("instruction_id") if isinstance(c.args, Mapping) else None
    return f"{c.check}:{iid}" if iid else str(c.check)


def labels_from_checks(records: Sequence[RubricRecord], responses: Mapping[str, str]) -> list[Label]:
    """One ``program`` label per check criterion of every record that has a response.

    A check that raises (a rejected configuration) raises here: a label must never be guessed.
    """
    from rubric_plugin.scoring import check_verdicts

    out: list[Label] = []
    for rec in records:
        response = responses.get(str(rec.id))
        if response is None:
            continue
        verdicts = check_verdicts(rec, response)
        for c in rec.criteria:
            if c.kind == "check":
                v = verdicts[c.id]
                out.append(Label(str(rec.id), response, c.id, "yes" if v.satisfied else "no", "program", v.reason))
    return out
