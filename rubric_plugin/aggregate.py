"""Aggregation of per-criterion verdicts into rewards: pure functions on plain data.

Notation for one response with criteria ``i = 1..N``:

* ``s_i`` in {0, 1}: the verdict, 1 when the criterion's question is answered *yes*;
* ``p_i`` in {0, 1}: 1 for a ``penalty`` (pitfall) criterion;
* ``q_i = s_i XOR p_i``: the criterion *passes* (a pitfall passes when it is not triggered);
* ``w_i >= 0``: the weight; ``h_i``: the ``hard`` flag;
* ``veto = OR_i (h_i AND NOT q_i)``: some hard criterion failed.

Aggregations (all in [0, 1], and all 0 when ``veto``):

* **all_or_nothing** (RIFL, arXiv 2511.10507): ``prod_i q_i``.
* **fractional**: ``(1/N) sum_i q_i``.
* **weighted**: positives earn, pitfalls cost::

      P = {i : p_i = 0},  Q = {i : p_i = 1}
      weighted = clip((sum_{P} w_i s_i - sum_{Q} w_i s_i) / sum_{P} w_i, 0, 1)

  With no positive weight (``sum_P w_i = 0``) it is ``1 - sum_Q w_i s_i / sum_Q w_i``, and 1 when
  every weight is 0.
* **hybrid**: all-or-nothing plus a fraction bonus ``lam`` in [0, 1], renormalised to [0, 1]::

      hybrid = (all_or_nothing + lam * fractional) / (1 + lam)

All four are computed from the same verdicts; :func:`aggregate_all` returns them side by side and
the configured one becomes the training reward.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping, Sequence

from rubric_plugin.verdicts import passes

AGGREGATIONS = ("all_or_nothing", "fractional", "weighted", "hybrid")


@dataclass(frozen=True)
class Judged:
    """One criterion's verdict with the attributes aggregation needs."""

    satisfied: bool
    weight: float = 1.0
    hard: bool = False
    penalty: bool = False

    @property
    def passed(self) -> bool:
        return passes(self.satisfied, self.penalty)


def vetoed(items: Sequence[Judged]) -> bool:
    """True when a hard criterion failed."""
    return any(j.hard and not j.passed for j in items)


def all_or_nothing(items: Sequence[Judged]) -> float:
    """``prod_i q_i``: 1 iff every criterion passes (pitfalls pass when not triggered)."""
    _require(items)
    return float(all(j.passed for j in items))


def fractional(items: Sequence[Judged]) -> float:
    """``(1/N) sum_i q_i``, 0 when a hard criterion failed."""
    _require(items)
    if vetoed(items):
        return 0.0
    return sum(j.passed for j in items) / len(items)


def weighted(items: Sequence[Judged]) -> float:
    """``clip((sum_P w s - sum_Q w s) / sum_P w, 0, 1)``, 0 when a hard criterion failed."""
    _require(items)
    if vetoed(items):
        return 0.0
    # 1) what the positive criteria earn and the pitfalls cost
    pos_total = sum(j.weight for j in items if not j.penalty)
    earned = sum(j.weight for j in items if not j.penalty and j.satisfied)
    cost = sum(j.weight for j in items if j.penalty and j.satisfied)
    if pos_total > 0:
        # 2) normalise by what the positives could earn, clip into [0, 1]
        return min(1.0, max(0.0, (earned - cost) / pos_total))
    pen_total = sum(j.weight for j in items if j.penalty)
    # 3) only pitfalls carry weight: the share of pitfall weight avoided
    return 1.0 if pen_total == 0 else 1.0 - cost / pen_total


def hybrid(items: Sequence[Judged], bonus: float = 0.5) -> float:
    """``(all_or_nothing + bonus * fractional) / (1 + bonus)``, ``bonus`` in [0, 1]."""
    if not 0.0 <= bonus <= 1.0:
        raise ValueError(f"hybrid bonus={bonus!r} must lie in [0, 1]; set reward.rubric.hybrid_bonus "
                         "(or reward_kwargs.hybrid_bonus of the compute_score entry points) accordingly")
    return (all_or_nothing(items) + bonus * fractional(items)) / (1.0 + bonus)


def aggregate_all(items: Sequence[Judged], hybrid_bonus: float = 0.5) -> dict[str, float]:
    """Every aggregation of the same verdicts, keyed by name (see :data:`AGGREGATIONS`)."""
    return {
        "all_or_nothing": all_or_nothing(items),
        "fractional": fractional(items),
        "weighted": weighted(items),
        "hybrid": hybrid(items, hybrid_bonus),
    }


def pass_fraction(items: Sequence[Judged]) -> float:
    """Share of criteria that pass, ignoring the hard veto (a diagnostic, not a reward)."""
    _require(items)
    return sum(j.passed for j in items) / len(items)


def select(scores: Mapping[str, float], name: str) -> float:
    """The training reward chosen by ``name``; raises with the allowed set when unknown."""
    if name not in scores:
        raise ValueError(f"unknown aggregation {name!r}; expected one of {list(AGGREGATIONS)} "
                         f"(set reward.rubric.train_on, or reward_kwargs.train_on of the compute_score entry points)")
    return scores[name]


def _require(items: Sequence[Judged]) -> None:
    if not items:
        raise ValueError("cannot aggregate an empty list of verdicts; every rubric needs at least one criterion")
