"""Retries with exponential backoff, full jitter and an overall deadline.

A verifier call is retried when its error says ``retryable`` (transport errors, timeouts, HTTP
408/409/429/5xx, a truncated or unparseable answer) and gives up on the others (HTTP 400 for a
prompt the server refuses, 401/403/404 for a wrong key or model). The wait before retry ``k``
(0-based) is uniform in ``[0, min(backoff_max_s, backoff_base_s * 2**k)]`` ("full jitter"), or the
server's ``Retry-After`` when that is longer (capped at ``backoff_max_s``). No retry starts if its
wait would pass the deadline, and each attempt gets what is left of it (the HTTP backend applies
it to the wait for a request slot and the request together; an in-process engine call, once
started, runs to completion).
"""
from __future__ import annotations

import asyncio
import random
import time
from dataclasses import dataclass
from typing import Awaitable, Callable, TypeVar

from rubric_plugin.errors import ConfigError, VerifierError, VerifierTransportError
from rubric_plugin.verifier.stats import CallMeta

T = TypeVar("T")


@dataclass(frozen=True)
class RetryPolicy:
    """How hard to try before the failure policy (unscorable / raise) takes over."""

    #: Retries after the first attempt (0 = one attempt only).
    max_retries: int = 4
    backoff_base_s: float = 0.5
    backoff_max_s: float = 8.0
    #: Overall budget of one judge call, retries and waits included (None = no deadline).
    deadline_s: float | None = 300.0

    def __post_init__(self) -> None:
        if self.max_retries < 0 or self.backoff_base_s < 0 or self.backoff_max_s < 0:
            raise ConfigError(f"retry={self}: max_retries, backoff_base_s and backoff_max_s must be >= 0")
        if self.deadline_s is not None and self.deadline_s <= 0:
            raise ConfigError(f"retry.deadline_s={self.deadline_s}; expected > 0 or null for none")

    def backoff(self, retry: int, retry_after: float | None = None, rng: random.Random | None = None) -> float:
        """Seconds to wait before retry number ``retry`` (0-based)."""
        cap = min(self.backoff_max_s, self.backoff_base_s * (2 ** retry))
        wait = (rng or random).uniform(0, cap)
        if retry_after is not None:
            wait = max(wait, min(retry_after, self.backoff_max_s))
        return wait


async def call_with_retries(attempt: Callable[[float | None], Awaitable[T]], policy: RetryPolicy,
                            meta: CallMeta, what: str = "verifier call") -> T:
    """Run ``attempt(time_left_s)`` until it succeeds, fails for good, or the budget is spent.

    ``meta.requests`` and ``meta.retries`` count the attempts. The last error is re-raised with the
    number of attempts in its message.
    """
    start = time.monotonic()
    retry = 0
    while True:
        left = None if policy.deadline_s is None else policy.deadline_s - (time.monotonic() - start)
        meta.requests += 1
        meta.retries += int(retry > 0)
        try:
            return await attempt(left)
        except VerifierError as e:
            if not e.retryable:
                raise
            last = e
        if retry >= policy.max_retries:
            raise _exhausted(last, f"{what} failed after {retry + 1} attempt(s)")
        wait = policy.backoff(retry, getattr(last, "retry_after", None))
        elapsed = time.monotonic() - start
        if policy.deadline_s is not None and elapsed + wait >= policy.deadline_s:
            raise _exhausted(last, f"{what} hit its {policy.deadline_s:g} s deadline after {retry + 1} attempt(s)")
        await asyncio.sleep(wait)
        retry += 1


def _exhausted(last: VerifierError, message: str) -> VerifierError:
    if isinstance(last, VerifierTransportError):
        err: VerifierError = type(last)(f"{message}; last error: {last}", status=last.status, retryable=False)
    else:
        err = type(last)(f"{message}; last error: {last}", criterion=last.criterion, retryable=False)
    err.__cause__ = last
    return err
