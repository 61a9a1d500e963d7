"""Programmatic checks for ``kind: check`` criteria.

A check is a pure function ``check(response, **args) -> bool`` answering its criterion's question
(True = "yes"). Checks are registered by name in :data:`CHECKS`; :func:`validate_check` verifies a
name and its arguments when a rubric is loaded, so a typo fails before any GPU time is spent, and
:func:`run_check` evaluates one.

Where a maintained checker exists the implementation delegates to it: the IFEval instruction
classes of the pinned ``if-verifiable`` package (see :mod:`rubric_plugin.checks.ifeval`). Counting
checks with arbitrary relations, starts-with, and the sentence splitter (IFEval's needs NLTK's
downloaded ``punkt`` data, which an offline machine lacks) are implemented here.
"""
from __future__ import annotations

from rubric_plugin.checks.registry import CHECKS, CheckSpec, RELATIONS, run_check, validate_check

__all__ = ["CHECKS", "CheckSpec", "RELATIONS", "run_check", "validate_check"]
