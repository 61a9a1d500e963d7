"""Verdicts: what a verifier or a programmatic check says about one criterion of one response."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping

#: Where a verdict came from. ``check`` = programmatic check; otherwise the verifier's name.
CHECK_SOURCE = "check"


@dataclass(frozen=True)
class Verdict:
    """The answer to one yes/no criterion question.

    ``satisfied`` answers the question as asked ("yes" -> True). Whether that is good depends on
    the criterion: for a ``penalty`` criterion satisfying it is bad (see :func:`passes`).
    """

    criterion_id: str
    satisfied: bool
    reason: str = ""
    source: str = CHECK_SOURCE


@dataclass(frozen=True)
class VerdictSet:
    """All verdicts for one (record, response) pair, plus what the verifier sent back raw."""

    verdicts: Mapping[str, Verdict]
    raw: str = ""
    meta: Mapping[str, object] = field(default_factory=dict)


def passes(satisfied: bool, penalty: bool) -> bool:
    """A criterion passes when satisfied, or, for a penalty criterion, when *not* satisfied."""
    return satisfied != penalty
