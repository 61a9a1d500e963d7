"""A test verifier that builds cleanly and then crashes inside the reward worker, to test that a
crashing reward path fails the job instead of hanging it.

:class:`CrashingVerifier` judges like :class:`~rubric_plugin.verifier.rules.RuleVerifier` until
``after`` responses have been judged in its process, then either raises a plain ``RuntimeError``
(``mode="raise"``: a bug in a verifier, not a ``VerifierError``) or ends the whole process without
cleanup (``mode="exit"``: a reward worker that dies, as on a segfault or an OOM kill), or never
returns (``mode="hang"``: a worker alive but stuck, as on a hung connection). No ``conf/``
preset selects it; a test must name its ``_target_``.
"""
from __future__ import annotations

import asyncio
import os
from typing import Sequence

from rubric_plugin.schema import Criterion, RubricRecord
from rubric_plugin.verdicts import VerdictSet
from rubric_plugin.verifier.rules import TEST_NAME, RuleVerifier

TARGET = "rubric_plugin.devtools.crash.CrashingVerifier"
MODES = ("raise", "exit", "hang")
#: The text of the simulated bug, for tests to find on the console.
CRASH_MESSAGE = "simulated verifier crash"


class CrashingVerifier(RuleVerifier):
    """:class:`RuleVerifier` that crashes (``mode``) once ``after`` responses were judged (tests only)."""

    def __init__(self, mode: str = "raise", after: int = 0, unquoted: str = "yes", name: str = TEST_NAME):
        super().__init__(unquoted=unquoted, name=name)
        if mode not in MODES:
            raise ValueError(f"mode={mode!r}; expected one of {list(MODES)}")
        self.mode, self.after, self.judged = mode, int(after), 0

    async def judge(self, record: RubricRecord, response: str, criteria: Sequence[Criterion]) -> VerdictSet:
        if self.judged >= self.after:
            if self.mode == "exit":
                os._exit(13)
            if self.mode == "hang":
                await asyncio.Event().wait()  # nobody sets it: the call never returns
            raise RuntimeError(f"{CRASH_MESSAGE} in process {os.getpid()} after {self.judged} responses")
        self.judged += 1
        return await super().judge(record, response, criteria)
