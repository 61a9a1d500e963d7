"""A deterministic rule-based verifier: the test seam behind the verifier interface.

Rule: a criterion is satisfied iff every phrase quoted in its question (``"..."`` or ``'...'``
of two or more characters) occurs in the response, case-insensitively. A question with no
quoted phrase gets ``unquoted`` (``yes``, ``no``, or ``error`` to refuse). A response containing
``error_marker`` makes the verifier raise a transport error, which lets tests drive the failure
policy through the real reward path. This is not a judge of quality; the LLM verifier is.
"""
from __future__ import annotations

import re
from typing import Sequence

from rubric_plugin.errors import VerifierError, VerifierTransportError
from rubric_plugin.schema import Criterion, RubricRecord
from rubric_plugin.verdicts import Verdict, VerdictSet
from rubric_plugin.verifier.base import Verifier

_QUOTED = re.compile(r"\"([^\"]{2,})\"|(?<![A-Za-z])'([^']{2,})'(?![A-Za-z])|“([^”]{2,})”")


def quoted_phrases(question: str) -> list[str]:
    return [next(g for g in m.groups() if g) for m in _QUOTED.finditer(question)]


class RuleVerifier(Verifier):
    """Deterministic verdicts from quoted phrases; see the module docstring."""

    def __init__(self, unquoted: str = "yes", error_marker: str | None = "<<verifier-error>>", name: str = "rules"):
        if unquoted not in ("yes", "no", "error"):
            raise ValueError(f"unquoted={unquoted!r}; expected 'yes', 'no' or 'error'")
        self.unquoted = unquoted
        self.error_marker = error_marker
        self.name = name

    async def judge(self, record: RubricRecord, response: str, criteria: Sequence[Criterion]) -> VerdictSet:
        if self.error_marker and self.error_marker in response:
            raise VerifierTransportError(f"{self.name}: simulated verifier outage (response contains {self.error_marker!r})")
        lowered = response.lower()
        verdicts = {}
        for c in criteria:
            phrases = quoted_phrases(c.question)
            if phrases:
                missing = [p for p in phrases if p.lower() not in lowered]
                ok = not missing
                reason = f"all quoted phrases present: {phrases}" if ok else f"missing {missing}"
            elif self.unquoted == "error":
                raise VerifierError(f"{self.name}: cannot judge {c.id!r} (no quoted phrase)", criterion=c.id)
            else:
                ok, reason = self.unquoted == "yes", f"no quoted phrase; answered {self.unquoted}"
            verdicts[c.id] = Verdict(c.id, ok, reason, source=self.name)
        return VerdictSet(verdicts, raw="")
