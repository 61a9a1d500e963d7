"""The rule-based TEST verifier: a deterministic seam behind the verifier interface, not a judge.

Rule: a criterion is satisfied iff every phrase quoted in its question (``"..."`` or ``'...'``
of two or more characters) occurs in the response, case-insensitively. A question with no
quoted phrase gets ``unquoted`` (``yes``, ``no``, or ``error`` to refuse). That rule says *yes*
to "Is the response a haiku about rain?" whatever the response is, so it is only ever used when
chosen by name (``verifier=rules``, for tests and demos); no setting left unset reaches it, and it
records itself as ``rules-test-verifier`` in every verdict and in ``rubric_verifier``.

Simulated verifier outages (a response containing a marker makes the verifier fail) live in
:class:`rubric_plugin.devtools.outage.OutageRuleVerifier`, which no ``conf/`` preset selects: a
policy must not be able to make its own samples unscorable by writing a string.
"""
from __future__ import annotations

import re
from typing import Sequence

from rubric_plugin.errors import VerifierError
from rubric_plugin.schema import Criterion, RubricRecord
from rubric_plugin.verdicts import Verdict, VerdictSet
from rubric_plugin.verifier.base import Verifier

_QUOTED = re.compile(r"\"([^\"]{2,})\"|(?<![A-Za-z])'([^']{2,})'(?![A-Za-z])|“([^”]{2,})”")
#: Recorded as the verdict source: printed tables, logs and metrics say it is a test verifier.
TEST_NAME = "rules-test-verifier"


def quoted_phrases(question: str) -> list[str]:
    return [next(g for g in m.groups() if g) for m in _QUOTED.finditer(question)]


class RuleVerifier(Verifier):
    """Deterministic verdicts from quoted phrases (a test verifier); see the module docstring."""

    def __init__(self, unquoted: str = "yes", name: str = TEST_NAME):
        if unquoted not in ("yes", "no", "error"):
            raise ValueError(f"unquoted={unquoted!r}; expected 'yes', 'no' or 'error'")
        self.unquoted = unquoted
        self.name = name

    def __repr__(self) -> str:
        return f"RuleVerifier(test verifier, unquoted={self.unquoted!r}, name={self.name!r})"

    async def judge(self, record: RubricRecord, response: str, criteria: Sequence[Criterion]) -> VerdictSet:
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
