"""``rubric-plugin eval compare A B``: paired differences between two evaluations (before/after training).

Rows of A and B are paired by (protocol, record id); only ids present in both count. A failed row
counts as not passed on its side, as in each evaluation. For every protocol, overall and per
category:

* pass rates of A and B and their **delta** (B - A), all-or-nothing;
* a **paired bootstrap** 95% confidence interval of the delta: the paired ids are resampled with
  replacement ``resamples`` times (seeded, so a re-run prints the same interval) and the 2.5th
  and 97.5th percentiles of the resampled deltas are reported;
* an **exact McNemar test** on the discordant pairs: with b rows passed by A only and c by B only,
  the two-sided p-value is min(1, 2 P[X <= min(b, c)]) for X ~ Binomial(b + c, 1/2) (1 when b + c = 0).
"""
from __future__ import annotations

import math
import random
from pathlib import Path
from typing import Any, Mapping, Sequence

from rubric_plugin.eval.harness import ROWS, read_rows


def mcnemar_exact(b: int, c: int) -> float:
    """Two-sided exact McNemar p-value for ``b`` and ``c`` discordant pairs."""
    n = b + c
    if n == 0:
        return 1.0
    tail = sum(math.comb(n, k) for k in range(min(b, c) + 1)) / 2 ** n
    return min(1.0, 2 * tail)


def bootstrap_ci(diffs: Sequence[int], resamples: int = 2000, seed: int = 0, level: float = 0.95) -> tuple[float, float]:
    """Percentile interval of the mean of ``diffs`` (per-pair B - A) under resampling with replacement."""
    n = len(diffs)
    if n == 0:
        return (0.0, 0.0)
    rng = random.Random(seed)
    means = sorted(sum(diffs[rng.randrange(n)] for _ in range(n)) / n for _ in range(resamples))
    lo = means[int(math.floor((1 - level) / 2 * (resamples - 1)))]
    hi = means[int(math.ceil((1 + level) / 2 * (resamples - 1)))]
    return (lo, hi)


def paired(a: Sequence[Mapping[str, Any]], b: Sequence[Mapping[str, Any]], resamples: int = 2000,
           seed: int = 0) -> dict[str, Any]:
    """The comparison of two lists of rows; see the module docstring."""
    index_b = {(r["protocol"], r["id"]): r for r in b}
    groups: dict[str, dict[str, list[tuple[bool, bool]]]] = {}
    for r in a:
        other = index_b.get((r["protocol"], r["id"]))
        if other is None:
            continue
        pair = (bool(r["passed"]), bool(other["passed"]))
        per = groups.setdefault(r["protocol"], {})
        per.setdefault("(all)", []).append(pair)
        per.setdefault(r["category"], []).append(pair)
    out: dict[str, Any] = {}
    for proto, per in sorted(groups.items()):
        out[proto] = {cat: _stats(pairs, resamples, seed) for cat, pairs in sorted(per.items())}
    return out


def _stats(pairs: Sequence[tuple[bool, bool]], resamples: int, seed: int) -> dict[str, Any]:
    n = len(pairs)
    pa, pb = sum(x for x, _ in pairs) / n, sum(y for _, y in pairs) / n
    only_a = sum(x and not y for x, y in pairs)
    only_b = sum(y and not x for x, y in pairs)
    lo, hi = bootstrap_ci([int(y) - int(x) for x, y in pairs], resamples, seed)
    return {"n": n, "pass_rate_a": pa, "pass_rate_b": pb, "delta": pb - pa, "ci95": [lo, hi],
            "only_a": only_a, "only_b": only_b, "mcnemar_p": mcnemar_exact(only_a, only_b)}


def compare_dirs(a: str | Path, b: str | Path, resamples: int = 2000, seed: int = 0) -> dict[str, Any]:
    from rubric_plugin.errors import ConfigError

    rows = []
    for d in (a, b):
        got = read_rows(Path(d) / ROWS)
        if not got:
            raise ConfigError(f"{d}: no {ROWS} found; give two output folders of `rubric-plugin eval`")
        rows.append(got)
    return {"a": str(a), "b": str(b), "resamples": resamples, "seed": seed,
            "protocols": paired(rows[0], rows[1], resamples, seed)}


def render(result: Mapping[str, Any]) -> str:
    lines = [f"A = {result['a']}", f"B = {result['b']}", "",
             f"{'protocol':<11} {'category':<26} {'n':>5} {'A':>7} {'B':>7} {'delta':>7}  {'95% CI':<17} "
             f"{'A only':>6} {'B only':>6} {'McNemar p':>9}"]
    for proto, per in result["protocols"].items():
        for cat, s in per.items():
            ci = f"[{100 * s['ci95'][0]:+.1f}, {100 * s['ci95'][1]:+.1f}]"
            lines.append(f"{proto:<11} {cat:<26} {s['n']:>5} {100 * s['pass_rate_a']:>6.1f}% {100 * s['pass_rate_b']:>6.1f}% "
                         f"{100 * s['delta']:>+6.1f}  {ci:<17} {s['only_a']:>6} {s['only_b']:>6} {s['mcnemar_p']:>9.4f}")
    if not result["protocols"]:
        lines.append("(no rows in common: the two evaluations share no (protocol, record id))")
    return "\n".join(lines) + "\n"
