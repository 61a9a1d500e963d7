"""The plugin's error tree.

::

    RubricError                      every error the plugin raises on purpose
    ├── RubricSchemaError            a rubric record (or a file of them) is invalid
    ├── CheckError                   a programmatic check is unknown or got bad arguments
    ├── ConfigError                  a Hydra / OmegaConf setting cannot work
    └── VerifierError                the verifier could not produce a verdict
        ├── VerifierTransportError   the request failed (network, timeout, HTTP status)
        └── VerdictParseError        the answer was unusable (missing / unknown / duplicate ids)

Every message names what was wrong, the value, and the fix. Errors carry structured context
(``row``, ``field``, ``value``, ``criterion``) so callers can render tables instead of parsing
strings. A ``VerifierError`` is never converted into a reward of 0: the failure policy in
:mod:`rubric_plugin.policy` decides between *unscorable* and *fail the step*.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any


class RubricError(Exception):
    """Base class of every error raised on purpose by rubric_plugin."""


@dataclass(frozen=True)
class FieldProblem:
    """One thing wrong with one row: where, what, which value, and how to fix it."""

    row: int | str | None
    field: str
    value: Any
    problem: str
    fix: str

    def render(self) -> str:
        where = f"row {self.row}" if self.row is not None else "record"
        shown = repr(self.value)
        if len(shown) > 80:
            shown = shown[:77] + "..."
        return f"{where}: field '{self.field}' = {shown}: {self.problem}; fix: {self.fix}"


class RubricSchemaError(RubricError, ValueError):
    """A rubric record is invalid. ``problems`` lists every problem found, not just the first."""

    def __init__(self, problems: list[FieldProblem]):
        self.problems = list(problems)
        lines = [p.render() for p in self.problems]
        head = f"{len(lines)} problem(s) in rubric data:" if len(lines) > 1 else "invalid rubric data:"
        super().__init__("\n  ".join([head, *lines]))


class CheckError(RubricError, ValueError):
    """A ``check`` criterion names an unknown check or passes arguments it does not accept."""


class ConfigError(RubricError, ValueError):
    """A configuration value cannot work; the message names the key to change."""


class VerifierError(RubricError):
    """The verifier could not produce a verdict for a sample."""

    def __init__(self, message: str, *, criterion: str | None = None, retryable: bool = False):
        self.criterion = criterion
        self.retryable = retryable
        super().__init__(message)


class VerifierTransportError(VerifierError):
    """The request to the verifier failed (connection, timeout, HTTP status)."""

    def __init__(self, message: str, *, status: int | None = None, retryable: bool = True):
        self.status = status
        super().__init__(message, retryable=retryable)


class VerdictParseError(VerifierError):
    """The verifier answered, but the answer does not give exactly one verdict per criterion."""
