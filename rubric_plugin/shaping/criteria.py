"""Anti-hacking criteria appended to every rubric and judged in the same verifier call.

The questions are phrased so that *yes* is the good answer (like every rubric question), so a
verifier that cannot tell answers *yes* and the criterion passes rather than vetoing honest work.
With ``hard: true`` (default) a failed anti-hacking criterion vetoes the reward exactly like any
``hard`` criterion of the rubric (:mod:`rubric_plugin.aggregate`); with ``hard: false`` it counts
like any other criterion of weight ``weight`` (all-or-nothing fails, fractional/weighted drop).

Ids are reserved (``_shaping.<name>``, see :data:`rubric_plugin.schema.RESERVED_ID_PREFIX`) and
cannot collide with a user's ids. The hook is idempotent: a criterion already in the record is not
added twice.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Mapping

from rubric_plugin import aggregate
from rubric_plugin.schema import RESERVED_ID_PREFIX, Criterion, RubricRecord
from rubric_plugin.shaping.base import Effect, ShapeInput, ShapingHook

#: The built-in anti-hacking criteria, by name; ``criteria:`` switches each on or off.
QUESTIONS: dict[str, str] = {
    "no_self_assessment": (
        "Is the response free of self-assessment: it does not claim, announce or list that it follows, meets "
        "or complies with the instructions, requirements, constraints or rubric?"),
    "no_restating": (
        "Does the response answer without restating or copying the instructions, the rubric or the evaluation "
        "criteria?"),
    "complete": (
        "Is the response complete, i.e. not cut off in the middle of a sentence, list, table, code block or section?"),
    "same_language": (
        "Is the response written in the language of the conversation (the user's language), unless the user "
        "asked for a different language?"),
}


def criterion_id(name: str) -> str:
    return f"{RESERVED_ID_PREFIX}{name}"


class AntiHackingCriteria(ShapingHook):
    """Adds the enabled :data:`QUESTIONS` to the rubric; reports whether one failed and what it cost."""

    def __init__(self, criteria: Mapping[str, bool] | None = None, hard: bool = True, weight: float = 1.0,
                 questions: Mapping[str, str] | None = None, name: str = "criteria"):
        enabled = {k: True for k in QUESTIONS} if criteria is None else dict(criteria)
        unknown = sorted(set(enabled) - set(QUESTIONS) - set(questions or {}))
        if unknown:
            raise ValueError(f"unknown anti-hacking criteria {unknown}; built-in: {sorted(QUESTIONS)} "
                             "(add your own question under questions:)")
        texts = {**QUESTIONS, **dict(questions or {})}
        if not isinstance(weight, (int, float)) or weight < 0:
            raise ValueError(f"weight={weight!r}; expected a number >= 0")
        self.criteria = tuple(
            Criterion(id=criterion_id(k), question=texts[k], weight=float(weight), kind="llm", hard=bool(hard))
            for k in texts if enabled.get(k, k not in QUESTIONS))
        if not self.criteria:
            raise ValueError("every anti-hacking criterion is switched off; drop the hook from the chain instead")
        self.name = name

    def augment(self, record: RubricRecord) -> RubricRecord:
        have = {c.id for c in record.criteria}
        extra = tuple(c for c in self.criteria if c.id not in have)
        return replace(record, criteria=record.criteria + extra) if extra else record

    def __call__(self, x: ShapeInput) -> Effect:
        mine = {c.id for c in self.criteria}
        judged = [(c, x.verdicts[c.id]) for c in x.record.criteria if c.id in x.verdicts]
        failed = [c.id for c, v in judged if c.id in mine and v.satisfied == c.penalty]
        items = [aggregate.Judged(v.satisfied, c.weight, c.hard, c.penalty) for c, v in judged]
        rest = [j for (c, _), j in zip(judged, items) if c.id not in mine]
        if not failed or not rest:
            return Effect(x.reward, bool(failed), "", 0.0)
        with_them = aggregate.select(aggregate.aggregate_all(items, x.hybrid_bonus), x.train_on)
        without = aggregate.select(aggregate.aggregate_all(rest, x.hybrid_bonus), x.train_on)
        return Effect(x.reward, True, f"failed {failed}", with_them - without)
