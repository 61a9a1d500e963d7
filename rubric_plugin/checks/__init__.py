"""Programmatic checks for ``kind: check`` criteria.

A check is a pure function ``check(response, **args) -> bool`` answering its criterion's question
(True = "yes"). Checks are registered by name in :data:`CHECKS`; :func:`validate_check` verifies a
name and its arguments when a rubric is loaded, so a typo fails before any GPU time is spent, and
:func:`run_check` evaluates one.

A check is either an **IFEval equivalent** (:attr:`CheckSpec.ifeval` names the instruction; it
answers as IFEval's reference does, through :mod:`rubric_plugin.checks.ifeval`) or
**plugin-native**, with its own semantics, documented in a ``Not an IFEval equivalent:`` paragraph
of its docstring (counting with any relation, literal keywords, language-independent case).
``rubric-plugin checks`` lists which is which.
"""
from __future__ import annotations

from rubric_plugin.checks.registry import CHECKS, CheckSpec, RELATIONS, run_check, validate_check

__all__ = ["CHECKS", "CheckSpec", "RELATIONS", "run_check", "validate_check"]
