"""A test verifier that simulates an outage on demand, to drive the failure policy through the real
reward path (manager, scoring, advantage, metrics).

:class:`OutageRuleVerifier` judges like :class:`~rubric_plugin.verifier.rules.RuleVerifier`, and
raises a :class:`~rubric_plugin.errors.VerifierTransportError` for any response that contains
``marker``. In a training run that would hand the policy an escape hatch (write the marker, become
unscorable, escape every low reward), so the marker exists only here: no ``conf/`` preset and no
default selects this class; a test must name its ``_target_``.
"""
from __future__ import annotations

from typing import Sequence

from rubric_plugin.errors import VerifierTransportError
from rubric_plugin.schema import Criterion, RubricRecord
from rubric_plugin.verdicts import VerdictSet
from rubric_plugin.verifier.rules import TEST_NAME, RuleVerifier

#: The marker tests write into a response to make the verifier fail.
MARKER = "<<verifier-error>>"
TARGET = "rubric_plugin.devtools.outage.OutageRuleVerifier"


class OutageRuleVerifier(RuleVerifier):
    """:class:`RuleVerifier` that fails on responses containing ``marker`` (tests only)."""

    def __init__(self, unquoted: str = "yes", marker: str = MARKER, name: str = TEST_NAME):
        super().__init__(unquoted=unquoted, name=name)
        if not marker:
            raise ValueError("marker is empty; every response would contain it")
        self.marker = marker

    async def judge(self, record: RubricRecord, response: str, criteria: Sequence[Criterion]) -> VerdictSet:
        if self.marker in response:
            raise VerifierTransportError(f"{self.name}: simulated verifier outage (response contains {self.marker!r})")
        return await super().judge(record, response, criteria)
