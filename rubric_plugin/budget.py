"""The unscorable budget: a run whose verifier keeps failing stops, instead of training on nothing.

An unscorable sample (``reward.rubric.on_failure=unscorable``) gets advantage 0 under ``rubric_grpo``.
That is right for a few samples and wrong for a whole step: with every judge replica down, or a
429 storm, every sample is unscorable, every advantage is 0, and the run goes on burning GPU time
at zero learning with only a metric to show it. The budget turns that into a loud failure:

* ``reward.rubric.max_unscorable_fraction`` (default 0.5): the largest share of unscorable samples
  tolerated over the window; 1.0 turns the budget off.
* ``reward.rubric.unscorable_window`` (default 5): the window, in training steps.

After each training step the ``rubric_sync`` trainer adds the step's counts
(:func:`count_step`, from the whole batch's ``reward_extra_info``, whichever reward worker judged
each sample) and :meth:`UnscorableWindow.observe` pools the last ``window`` steps::

    fraction = sum(unscorable over the window) / sum(samples over the window)

and raises :class:`~rubric_plugin.errors.UnscorableBudgetError` when ``fraction > max_fraction``,
naming the verifier, its last error and the fraction. At the start of a run (and after a resume,
which starts a fresh window) the window holds fewer steps, so a total outage fails the run after
its first step. A window of 5 smooths out one bad step later in a run (a single step with every
sample unscorable, between healthy ones, is 0.2 of the window) while a total outage that starts
mid-run fails it by its third step (3 of 5 steps: 0.6 > 0.5).

Pure: no verl, no Ray; the trainer owns one :class:`UnscorableWindow` per run.
"""
from __future__ import annotations

import math
from collections import deque
from dataclasses import dataclass
from typing import Any, Mapping, Sequence

from rubric_plugin.errors import ConfigError, UnscorableBudgetError

#: Defaults of ``reward.rubric.max_unscorable_fraction`` and ``reward.rubric.unscorable_window``.
DEFAULT_MAX_FRACTION = 0.5
DEFAULT_WINDOW = 5
#: The last error is kept to this many characters (a reason can quote a long HTTP body).
MAX_ERROR_CHARS = 1000


@dataclass(frozen=True)
class StepCount:
    """One training step's samples, how many were unscorable, and the latest failure seen."""

    samples: int
    unscorable: int
    #: Name of the verifier that failed last in the step ("" when none failed).
    verifier: str = ""
    #: Its error (``rubric_unscorable_reason``, e.g. ``VerifierTransportError: HTTP 503 ...``).
    last_error: str = ""


def _unscorable(value: Any) -> bool:
    """``rubric_scorable`` is 1.0 or 0.0; a missing (None) or non-numeric value counts as scorable."""
    try:
        return float(value) == 0.0
    except (TypeError, ValueError):
        return False


def count_step(extra: Mapping[str, Sequence[Any]]) -> StepCount | None:
    """The step's :class:`StepCount` from ``reward_extra_info`` columns; None without rubric columns."""
    scorable = extra.get("rubric_scorable")
    if scorable is None or len(scorable) == 0:
        return None
    failed = [i for i, v in enumerate(scorable) if _unscorable(v)]
    verifiers = extra.get("rubric_verifier") or [""] * len(scorable)
    reasons = extra.get("rubric_unscorable_reason") or [""] * len(scorable)
    last = max(failed, default=None)
    return StepCount(samples=len(scorable), unscorable=len(failed),
                     verifier=str(verifiers[last] or "") if last is not None else "",
                     last_error=str(reasons[last] or "")[:MAX_ERROR_CHARS] if last is not None else "")


def validate_budget(max_fraction: Any, window: Any) -> None:
    """ConfigError naming the key for a fraction outside [0, 1] or a window that is not an integer >= 1."""
    if isinstance(max_fraction, bool) or not isinstance(max_fraction, (int, float)) \
            or not math.isfinite(max_fraction) or not 0 <= max_fraction <= 1:
        raise ConfigError(f"reward.rubric.max_unscorable_fraction={max_fraction!r}; expected a number in [0, 1] "
                          f"(default {DEFAULT_MAX_FRACTION}; 1.0 turns the unscorable budget off)")
    if isinstance(window, bool) or not isinstance(window, int) or window < 1:
        raise ConfigError(f"reward.rubric.unscorable_window={window!r}; expected an integer >= 1 "
                          f"(training steps, default {DEFAULT_WINDOW})")


class UnscorableWindow:
    """The last ``window`` steps' counts, checked against ``max_fraction`` after each step."""

    def __init__(self, max_fraction: float = DEFAULT_MAX_FRACTION, window: int = DEFAULT_WINDOW):
        validate_budget(max_fraction, window)
        self.max_fraction, self.window = float(max_fraction), window
        self.steps: deque[StepCount] = deque(maxlen=window)
        self._last_failure: StepCount | None = None

    @property
    def enabled(self) -> bool:
        return self.max_fraction < 1.0

    @property
    def fraction(self) -> float:
        """Unscorable samples over all samples in the window (0.0 for an empty window)."""
        samples = sum(s.samples for s in self.steps)
        return sum(s.unscorable for s in self.steps) / samples if samples else 0.0

    def observe(self, step: StepCount | None) -> float:
        """Add one step's counts and return the window's fraction; raise past the budget.

        A step with no sample (None, or 0 samples) is not added: it says nothing about the verifier.
        """
        if step is not None and step.samples > 0:
            self.steps.append(step)
            if step.unscorable:
                self._last_failure = step
        fraction = self.fraction
        if self.enabled and fraction > self.max_fraction:
            last = self._last_failure or StepCount(0, 0)
            raise UnscorableBudgetError(
                verifier=last.verifier, last_error=last.last_error, fraction=fraction,
                unscorable=sum(s.unscorable for s in self.steps), samples=sum(s.samples for s in self.steps),
                steps=len(self.steps), max_fraction=self.max_fraction, window=self.window)
        return fraction

    def metrics(self) -> dict[str, float]:
        """``rubric/unscorable_window_fraction`` and the budget it is held to."""
        return {"rubric/unscorable_window_fraction": self.fraction,
                "rubric/unscorable_budget": self.max_fraction}


__all__ = ["DEFAULT_MAX_FRACTION", "DEFAULT_WINDOW", "StepCount", "UnscorableWindow", "count_step",
           "validate_budget"]
