"""Verifier counters: requests, tokens, latency, retries, failures, dedupe and cache hits.

Two views of the same facts:

* :class:`CallMeta` -- what judging *one* response cost (attempts, tokens, latency, whether the
  cache answered). It travels with the verdicts into ``reward_extra_info``, so per-step metrics
  can be computed by the trainer from the batch, whatever process did the judging.
* :class:`VerifierStats` -- process-local running totals, for benchmarks and for a worker that
  reports its own counters (``snapshot(reset=True)`` once per step).
"""
from __future__ import annotations

import math
import threading
from collections import deque
from dataclasses import dataclass
from typing import Iterable

#: How the verdicts of one call were obtained.
CACHE_MISS, CACHE_HIT, DEDUPED, NO_CALL = "miss", "hit", "dedupe", "none"


@dataclass
class CallMeta:
    """Cost of judging one response (summed over its requests and retries)."""

    requests: int = 0          # HTTP / engine requests sent, retries included
    retries: int = 0           # requests beyond the first of each logical call
    prompt_tokens: int = 0
    cached_tokens: int = 0     # prompt tokens the server answered from its prefix cache
    completion_tokens: int = 0
    latency_s: float = 0.0     # wall time of the whole judge call, retries and queueing included
    cache: str = NO_CALL       # miss | hit | dedupe | none
    cache_bytes: int = 0       # the verdict cache's footprint after this call (a state, not a cost)
    judge_truncated_chars: int = 0  # response characters left out so that the request fits the judge's context

    def add(self, other: "CallMeta") -> None:
        """Fold a sub-call (per-criterion mode) into this one; latency is the slowest."""
        self.requests += other.requests
        self.retries += other.retries
        self.prompt_tokens += other.prompt_tokens
        self.cached_tokens += other.cached_tokens
        self.completion_tokens += other.completion_tokens
        self.latency_s = max(self.latency_s, other.latency_s)
        self.cache_bytes = max(self.cache_bytes, other.cache_bytes)
        self.judge_truncated_chars = max(self.judge_truncated_chars, other.judge_truncated_chars)

    def as_dict(self) -> dict:
        # every field is a scalar: a shallow copy, without asdict's recursive deepcopy (hot path)
        return dict(self.__dict__)


def percentile(values: Iterable[float], q: float) -> float:
    """Nearest-rank percentile (``q`` in [0, 100]); NaN for no values."""
    xs = sorted(values)
    if not xs:
        return float("nan")
    k = max(0, min(len(xs) - 1, math.ceil(q / 100 * len(xs)) - 1))
    return xs[k]


class VerifierStats:
    """Thread-safe running totals of one verifier instance."""

    COUNTERS = ("calls", "requests", "retries", "failures", "prompt_tokens", "cached_tokens",
                "completion_tokens", "cache_hits", "dedupe_hits")

    def __init__(self, latency_window: int = 10_000):
        self._lock = threading.Lock()
        self._window = latency_window
        self._reset()

    def _reset(self) -> None:
        self.counts = dict.fromkeys(self.COUNTERS, 0)
        self.latencies: deque[float] = deque(maxlen=self._window)

    def record(self, meta: CallMeta, failed: bool = False) -> None:
        """Account for one judge call."""
        with self._lock:
            c = self.counts
            c["calls"] += 1
            c["requests"] += meta.requests
            c["retries"] += meta.retries
            c["failures"] += int(failed)
            c["prompt_tokens"] += meta.prompt_tokens
            c["cached_tokens"] += meta.cached_tokens
            c["completion_tokens"] += meta.completion_tokens
            c["cache_hits"] += int(meta.cache == CACHE_HIT)
            c["dedupe_hits"] += int(meta.cache == DEDUPED)
            if meta.requests:
                self.latencies.append(meta.latency_s)

    def snapshot(self, reset: bool = False) -> dict[str, float]:
        """Counters plus latency p50/p95 and the cached-token ratio (``verifier/...`` keys)."""
        with self._lock:
            out = {f"verifier/{k}": float(v) for k, v in self.counts.items()}
            out["verifier/latency_p50_s"] = percentile(self.latencies, 50)
            out["verifier/latency_p95_s"] = percentile(self.latencies, 95)
            prompt = self.counts["prompt_tokens"]
            out["verifier/cached_token_ratio"] = self.counts["cached_tokens"] / prompt if prompt else float("nan")
            if reset:
                self._reset()
        return out

    def __getstate__(self):  # locks do not pickle; counters travel, the lock is recreated
        state = self.__dict__.copy()
        del state["_lock"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self._lock = threading.Lock()
