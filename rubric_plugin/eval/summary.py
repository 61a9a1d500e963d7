"""``summary.json``: each protocol's numbers overall and per category, and the agreement between protocols.

Per protocol and per category (:func:`block`): ``rows``, ``failed``, ``passed``, ``pass_rate``
(all-or-nothing: passed / rows, failed rows in the denominator), ``mean_fraction`` (the
fractional rate, 0 for a failed row) and, for ``rubric``, ``mean_reward`` over scorable rows.

Protocol-specific numbers:

* ``advancedif``: the official statistics (:func:`rubric_plugin.eval.advancedif_score.summarize`)
  overall and per ``benchmark_name``: overall pass rate from the judge's declaration, micro
  rubric rate, success rate, the plugin's recomputed all-or-nothing and its disagreement rate;
* ``ifeval``: IFEval's four numbers, prompt-level and instruction-level, strict and loose. A
  failed row counts every instruction as not followed (a rejected input row has no known
  instruction count and adds to the prompt level only).

``agreement``: for every pair of protocols, the share of (row, criterion) answers both gave that
agree (``criterion``), and of rows judged by both whose all-or-nothing agrees (``row``); failed
rows are left out of agreement. ``cost``: judge requests and tokens per protocol.
"""
from __future__ import annotations

from typing import Any, Mapping, Sequence

COST_KEYS = ("requests", "prompt_tokens", "completion_tokens")


def block(rows: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    n = len(rows)
    passed = sum(bool(r["passed"]) for r in rows)
    out = {"rows": n, "failed": sum(bool(r["failed"]) for r in rows), "passed": passed,
           "pass_rate": passed / n if n else 0.0,
           "mean_fraction": sum(r["fraction"] or 0.0 for r in rows) / n if n else 0.0}
    rewards = [r["reward"] for r in rows if r.get("reward") is not None]
    if rewards:
        out["mean_reward"] = sum(rewards) / len(rewards)
    return out


def _advancedif(rows: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    from dataclasses import fields

    from rubric_plugin.eval.advancedif_score import RowScore, summarize

    names = {f.name for f in fields(RowScore)} - {"passed", "error"}
    scores = [RowScore(**{k: r.get(k) for k in names if k in r},
                       passed=bool(r["passed"]), error=r.get("error")) for r in rows]
    return summarize(scores, [r["benchmark_name"] for r in rows])


def _ifeval(rows: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    n = len(rows)
    out: dict[str, Any] = {}
    for mode in ("strict", "loose"):
        followed = [sum(r.get(mode, {}).values()) for r in rows]
        total = [len(r.get(mode) or {}) or (r.get("n_criteria") or 0) for r in rows]
        out[f"prompt_{mode}"] = sum(bool(r.get(f"prompt_{mode}")) for r in rows) / n if n else 0.0
        out[f"instruction_{mode}"] = sum(followed) / sum(total) if sum(total) else 0.0
    return out


def agreement(rows: Sequence[Mapping[str, Any]], protocols: Sequence[str]) -> dict[str, Any]:
    by: dict[str, dict[str, Mapping[str, Any]]] = {p: {} for p in protocols}
    for r in rows:
        if not r["failed"] and r["protocol"] in by:
            by[r["protocol"]][r["id"]] = r
    crit = [[None] * len(protocols) for _ in protocols]
    row = [[None] * len(protocols) for _ in protocols]
    counts = [[0] * len(protocols) for _ in protocols]
    for i, a in enumerate(protocols):
        for j, b in enumerate(protocols):
            same = tot = rsame = rtot = 0
            for rid, ra in by[a].items():
                rb = by[b].get(rid)
                if rb is None:
                    continue
                rtot += 1
                rsame += ra["passed"] == rb["passed"]
                for cid, va in ra["satisfied"].items():
                    if cid in rb["satisfied"]:
                        tot += 1
                        same += va == rb["satisfied"][cid]
            crit[i][j] = same / tot if tot else None
            row[i][j] = rsame / rtot if rtot else None
            counts[i][j] = tot
    return {"protocols": list(protocols), "criterion": crit, "row": row, "criterion_pairs": counts}


def summarize_rows(rows: Sequence[Mapping[str, Any]], protocols: Sequence[str]) -> dict[str, Any]:
    out: dict[str, Any] = {"protocols": {}, "agreement": agreement(rows, protocols)}
    for p in protocols:
        mine = [r for r in rows if r["protocol"] == p]
        cats: dict[str, list[Mapping[str, Any]]] = {}
        for r in mine:
            cats.setdefault(r["category"], []).append(r)
        entry: dict[str, Any] = {"overall": block(mine), "by_category": {c: block(v) for c, v in sorted(cats.items())},
                                 "cost": {k: sum((r.get("cost") or {}).get(k, 0.0) for r in mine) for k in COST_KEYS},
                                 "failures": [{"id": r["id"], "error": r["error"]} for r in mine if r["failed"]]}
        if p == "advancedif" and mine:
            entry["official"] = _advancedif(mine)
        if p == "ifeval" and mine:
            entry["ifeval"] = _ifeval(mine)
        out["protocols"][p] = entry
    return out


def criterion_rates(rows: Sequence[Mapping[str, Any]], protocol: str) -> dict[str, float]:
    """Pass rate per criterion key (check type, or ``llm``) over the protocol's judged rows."""
    tally: dict[str, list[int]] = {}
    for r in rows:
        if r["protocol"] != protocol or r["failed"]:
            continue
        keys = r.get("criterion_keys") or {}
        for cid, sat in r["satisfied"].items():
            t = tally.setdefault(keys.get(cid, cid if cid.startswith("_shaping.") else "llm"), [0, 0])
            t[0] += bool(sat)
            t[1] += 1
    return {k: a / b for k, (a, b) in sorted(tally.items())}
