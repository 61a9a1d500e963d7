"""``verifier: none``: the explicit choice for check-only data (every criterion ``kind: check``).

Nothing is judged, so nothing may ask to be: a record with an ``llm`` criterion under this
verifier is a configuration error, never an unscorable sample (which the failure policy would
quietly leave out of training) and never a reward of 0. It is caught three times, earliest first:

* the ``rubric_sync`` trainer's startup data scan (:mod:`rubric_plugin.datascan`) rejects such rows
  with their file, row and criterion ids before any actor starts;
* a shaping chain that adds ``llm`` criteria (the anti-hacking criteria) is refused when the
  reward manager or a ``compute_score`` entry point is built (:func:`check_chain`);
* at score time :meth:`NoVerifier.judge` raises :class:`~rubric_plugin.errors.ConfigError`, which
  is not a :class:`~rubric_plugin.errors.VerifierError`, so it fails the step under any
  ``on_failure``.
"""
from __future__ import annotations

from typing import Any, Sequence

from rubric_plugin.errors import ConfigError, FieldProblem
from rubric_plugin.schema import Criterion, Message, RubricRecord
from rubric_plugin.verdicts import VerdictSet
from rubric_plugin.verifier.base import Verifier

NAME = "none"
FIX = ("select a judge (+verifier@reward.rubric.verifier=vllm_server, openai, reward_router, vllm_engine or "
       "worker_group), or keep only kind: check criteria in the data")


def is_none(verifier: Any) -> bool:
    """True for the ``none`` verifier."""
    return isinstance(verifier, NoVerifier)


def llm_criteria_problem(record: RubricRecord, row: int | str | None) -> FieldProblem | None:
    """The problem a record with ``llm`` criteria has under ``verifier: none`` (None when it has none)."""
    ids = [c.id for c in record.criteria if c.kind == "llm"]
    if not ids:
        return None
    return FieldProblem(row, "criteria[].kind", {"llm": ids},
                        "llm criteria need a judge but reward.rubric.verifier is none (check-only)", FIX)


def check_chain(verifier: Any, chain: Any) -> None:
    """Refuse a shaping chain that adds ``llm`` criteria (they would fail every sample) under ``none``."""
    if chain is None or not is_none(verifier):
        return
    probe = RubricRecord(id="probe", category="complex", messages=(Message("user", "?"),),
                         criteria=(Criterion(id="c", question="?", kind="check", check="word_count",
                                             args={"n": 1, "relation": "at least"}),))
    added = [c.id for c in chain.augment(probe).criteria if c.kind == "llm"]
    if added:
        raise ConfigError(f"reward.rubric.shaping adds llm criteria {added} (judged by the verifier), but "
                          "reward.rubric.verifier is none; drop that hook (+shaping@reward.rubric.shaping=none, or "
                          "reward.rubric.shaping.<index>.enabled=false) or select a judge")


class NoVerifier(Verifier):
    """Judges nothing; asking it to is a :class:`ConfigError` (see the module docstring)."""

    name = NAME

    def __init__(self, name: str = NAME):
        self.name = name

    async def judge(self, record: RubricRecord, response: str, criteria: Sequence[Criterion]) -> VerdictSet:
        problem = llm_criteria_problem(record, record.id)
        raise ConfigError(f"cannot score record {record.id!r}: {problem.render() if problem else 'no verifier'}")
