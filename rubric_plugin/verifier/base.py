"""The verifier interface.

A verifier receives one record, one response and the ``llm`` criteria to judge, and returns a
:class:`~rubric_plugin.verdicts.VerdictSet` with exactly one verdict per criterion. It raises a
:class:`~rubric_plugin.errors.VerifierError` when it cannot: it never guesses "no". The caller
(:mod:`rubric_plugin.scoring`) checks completeness and applies the failure policy.

Implementations must pickle (they cross Ray process boundaries) and keep heavy imports inside
methods.
"""
from __future__ import annotations

from abc import ABC, abstractmethod
from typing import Sequence

from rubric_plugin.schema import Criterion, RubricRecord
from rubric_plugin.verdicts import VerdictSet


class Verifier(ABC):
    """Judges ``llm`` criteria of a rubric for one response."""

    #: Recorded with every verdict and in ``reward_extra_info['rubric_verifier']``.
    name: str = "verifier"

    @abstractmethod
    async def judge(self, record: RubricRecord, response: str, criteria: Sequence[Criterion]) -> VerdictSet:
        """Return one verdict per criterion in ``criteria`` or raise ``VerifierError``."""

    async def aclose(self) -> None:
        """Release connections or engines; the default has nothing to release."""
