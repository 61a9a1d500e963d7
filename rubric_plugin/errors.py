"""The plugin's error tree.

::

    RubricError                      every error the plugin raises on purpose
    ├── RubricSchemaError            a rubric record (or a file of them) is invalid
    ├── CheckError                   a programmatic check is unknown or got bad arguments
    ├── ConfigError                  a Hydra / OmegaConf setting cannot work
    ├── UnscorableBudgetError        too many unscorable samples over the last training steps
    ├── RewardDeadlineError          one sample's reward took longer than reward.rubric.sample_deadline_s
    └── VerifierError                the verifier could not produce a verdict
        ├── VerifierTransportError   the request failed (network, timeout, HTTP status)
        │   ├── VerifierSetupError   the endpoint refuses every request (key, model, URL): always fatal
        │   └── ContextOverflowError the request does not fit the judge's context window
        └── VerdictParseError        the answer was unusable (missing / unknown / duplicate ids)

Every message names what was wrong, the value, and the fix. Errors carry structured context
(``row``, ``field``, ``value``, ``criterion``) so callers can render tables instead of parsing
strings. A ``VerifierError`` is never converted into a reward of 0: the failure policy in
:mod:`rubric_plugin.scoring` decides between *unscorable* and *fail the step*.
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

    def __reduce__(self):  # rebuilt from its problems when it crosses a Ray process boundary
        return (type(self), (self.problems,))


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

    def __init__(self, message: str, *, status: int | None = None, retryable: bool = True,
                 retry_after: float | None = None):
        self.status = status
        #: Seconds the server asked to wait (``Retry-After``), honoured by the retry policy.
        self.retry_after = retry_after
        super().__init__(message, retryable=retryable)


class VerifierSetupError(VerifierTransportError):
    """The verifier endpoint rejects the request for a reason no sample can fix (HTTP 401, 403,
    404: wrong key, model name or URL). The step fails whatever ``on_failure`` says, because every
    sample would otherwise become unscorable and training would silently stop learning."""

    def __init__(self, message: str, *, status: int | None = None, retryable: bool = False,
                 retry_after: float | None = None):
        super().__init__(message, status=status, retryable=False, retry_after=retry_after)


class ContextOverflowError(VerifierTransportError):
    """The request does not fit the judge's context: prompt tokens plus ``max_tokens`` exceed its
    ``max_model_len``. Not retried as such: the LLM verifier re-sends it with the response shortened
    to fit (:mod:`rubric_plugin.verifier.context`). ``limit`` and ``prompt_tokens`` are None when
    the judge did not say."""

    def __init__(self, message: str, *, limit: int | None = None, prompt_tokens: int | None = None,
                 max_tokens: int | None = None, status: int | None = None):
        self.limit = limit
        self.prompt_tokens = prompt_tokens
        self.max_tokens = max_tokens
        super().__init__(message, status=status, retryable=False)

    def __reduce__(self):
        return (_context_overflow, (str(self), self.limit, self.prompt_tokens, self.max_tokens, self.status))


def _context_overflow(message, limit, prompt_tokens, max_tokens, status):
    return ContextOverflowError(message, limit=limit, prompt_tokens=prompt_tokens, max_tokens=max_tokens, status=status)


class VerdictParseError(VerifierError):
    """The verifier answered, but the answer does not give exactly one verdict per criterion."""


class RewardDeadlineError(RubricError, TimeoutError):
    """One sample's reward (judge calls, retries, the reference monitor, waiting for a free request slot)
    took longer than ``reward.rubric.sample_deadline_s``: the reward worker is alive but stuck (a hung
    connection, a deadlock). The manager raises it, and the ``rubric_sync`` watchdog fails the job."""


class UnscorableBudgetError(RubricError):
    """More than ``reward.rubric.max_unscorable_fraction`` of the samples of the last
    ``reward.rubric.unscorable_window`` training steps were unscorable (:mod:`rubric_plugin.budget`):
    the verifier is down, and training would go on at zero advantage."""

    def __init__(self, *, verifier: str, last_error: str, fraction: float, unscorable: int, samples: int,
                 steps: int, max_fraction: float, window: int):
        self.verifier, self.last_error, self.fraction = verifier, last_error, fraction
        self.unscorable, self.samples, self.steps = unscorable, samples, steps
        self.max_fraction, self.window = max_fraction, window
        super().__init__(
            f"unscorable budget exceeded: {fraction:.2f} of the samples of the last {steps} training step(s) "
            f"({unscorable} of {samples}) were unscorable, above reward.rubric.max_unscorable_fraction="
            f"{max_fraction:g} (reward.rubric.unscorable_window={window}); verifier {verifier!r}, last error: "
            f"{last_error or '(none recorded)'}. Fix the verifier (endpoint up? key? rate limits?) and resume; "
            f"to tolerate this, raise reward.rubric.max_unscorable_fraction (1.0 turns the budget off)")

    def __reduce__(self):  # keyword-only fields: rebuilt from them when it crosses a Ray process boundary
        return (_unscorable_budget, (self.verifier, self.last_error, self.fraction, self.unscorable, self.samples,
                                     self.steps, self.max_fraction, self.window))


def _unscorable_budget(verifier, last_error, fraction, unscorable, samples, steps, max_fraction, window):
    return UnscorableBudgetError(verifier=verifier, last_error=last_error, fraction=fraction, unscorable=unscorable,
                                 samples=samples, steps=steps, max_fraction=max_fraction, window=window)
