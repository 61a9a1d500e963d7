"""Length shaping: DAPO's overlong penalty with a buffer, and an optional soft target length.

With ``L`` the response length in tokens, ``L_max`` the generation limit and ``B`` the buffer
(DAPO, arXiv 2503.14476, "soft overlong punishment")::

    overlong(L) = 0                                   if L <= L_max - B
                = -factor * (L - (L_max - B)) / B      if L_max - B < L <= L_max
                = -factor                              if L > L_max

and, with a soft target ``T`` (``target_tokens``)::

    target(L) = -target_factor * min(1, max(0, L - T) / T)

The buffer is capped at a quarter of the limit, so a short limit (a CPU smoke run) does not
penalise every response. The hook adds both to the reward (the chain clips into the declared range). Without a known
length (no metadata) it stays silent.
"""
from __future__ import annotations

from rubric_plugin.shaping.base import Effect, ShapeInput, ShapingHook


def overlong_penalty(length: int, max_tokens: int, buffer: int, factor: float = 1.0) -> float:
    """DAPO's soft overlong punishment (<= 0)."""
    start = max_tokens - buffer
    if length <= start:
        return 0.0
    if length > max_tokens or buffer <= 0:
        return -factor
    return -factor * (length - start) / buffer


def target_penalty(length: int, target: int, factor: float) -> float:
    """Linear penalty for exceeding a soft target length, saturating at ``-factor`` at twice the target."""
    return -factor * min(1.0, max(0, length - target) / target)


class OverlongPenalty(ShapingHook):
    """Penalise responses that run into the generation limit, and optionally past a soft target."""

    def __init__(self, buffer: int = 512, factor: float = 1.0, max_tokens: int | None = None,
                 target_tokens: int | None = None, target_factor: float = 0.0, name: str = "overlong"):
        if not (isinstance(buffer, int) and buffer >= 0):
            raise ValueError(f"buffer={buffer!r}; expected an integer >= 0 (tokens before the limit where the penalty starts)")
        for key, value in (("factor", factor), ("target_factor", target_factor)):
            if not (isinstance(value, (int, float)) and 0 <= value <= 1):
                raise ValueError(f"{key}={value!r}; expected a number in [0, 1]")
        if max_tokens is not None and not (isinstance(max_tokens, int) and max_tokens > 0):
            raise ValueError(f"max_tokens={max_tokens!r}; expected a positive integer or null (the rollout's limit)")
        if target_tokens is not None and not (isinstance(target_tokens, int) and target_tokens > 0):
            raise ValueError(f"target_tokens={target_tokens!r}; expected a positive integer or null")
        self.buffer, self.factor, self.max_tokens = buffer, float(factor), max_tokens
        self.target_tokens, self.target_factor, self.name = target_tokens, float(target_factor), name

    def __call__(self, x: ShapeInput) -> Effect:
        length = x.meta.length_tokens
        if length is None:
            return Effect(x.reward, False)
        limit = self.max_tokens or x.meta.max_tokens
        p = overlong_penalty(length, limit, min(self.buffer, limit // 4), self.factor) if limit else 0.0
        t = target_penalty(length, self.target_tokens, self.target_factor) if self.target_tokens else 0.0
        if p == 0.0 and t == 0.0:
            return Effect(x.reward, False)
        return Effect(x.reward + p + t, True, f"{length} tokens: overlong {p:+.3f}, target {t:+.3f}")
