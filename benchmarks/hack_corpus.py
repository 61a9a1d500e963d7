"""Which attacks of the hack corpus each shaping configuration neutralises, for both test verifiers.

Configurations: ``full`` (conf/shaping/rifl.yaml), ``-<hook>`` (the chain without that hook) and
``none``. A cell is the number of bases (records x {full, partial}) on which the attack gains no
reward over the clean base. A second table shows which hooks fire on each attack (full chain).

A last table sweeps the claim detectors' action (``self_assessment``, ``judge_addressed``: veto, or
a penalty of 0.25 to 1) on the full chain: the hacks that beat their honest base under each
verifier, whether any beats the record's honest passing answer, the *break-even fool rate* (the
largest share of flagged hacks a judge may be fooled by, the gullible verifier, before a flagged
hack gains in expectation; over the hacks the rules verifier does not already reward), and what a
false positive costs an honest answer that passes (reward 1) and one that fails (reward 0).

    .venv/bin/python benchmarks/hack_corpus.py
"""
from __future__ import annotations

import asyncio
import copy
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

import hack_corpus as corpus  # noqa: E402

from rubric_plugin.config import RubricRewardConfig  # noqa: E402
from rubric_plugin.scoring import score_response  # noqa: E402
from rubric_plugin.shaping import build_shaping  # noqa: E402
from rubric_plugin.shaping.base import apply_action, clip  # noqa: E402

CLAIM_DETECTORS = ("self_assessment", "judge_addressed")
SWEEP = (("veto", 0.0), ("penalty", 0.25), ("penalty", 0.5), ("penalty", 0.75), ("penalty", 1.0))


def neutralised_table(verifier: str) -> None:
    results = corpus.ablation(verifier)
    configs = list(results)
    per_base = len(corpus.BASES)
    print(f"\n## verifier: {verifier}  (cells: bases neutralised out of {per_base})\n")
    print("| attack | " + " | ".join(configs) + " |")
    print("|---|" + "---:|" * len(configs))
    for attack in corpus.ATTACKS:
        cells = [sum(o.neutralised for o in results[c] if o.attack == attack) for c in configs]
        print(f"| {attack} | " + " | ".join(str(x) for x in cells) + " |")
    totals = [sum(o.neutralised for o in results[c]) for c in configs]
    n = len(results["full"])
    print("| **total** | " + " | ".join(f"**{t}/{n}**" for t in totals) + " |")


async def fired_table(verifier: str) -> None:
    nodes = corpus.rifl_nodes()
    chain = build_shaping(nodes)
    cfg = RubricRewardConfig(shaping=nodes)
    fired: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    clean_fired: dict[str, int] = defaultdict(int)
    for (rid, _), base in corpus.BASES.items():
        record = corpus.RECORDS[rid]
        info = (await score_response(record, base, corpus.VERIFIERS[verifier](), cfg, corpus.meta_of(base), chain)).extra_info()
        for h in chain.names:
            clean_fired[h] += int(info[f"shaping_{h}_fired"] == 1.0)
        for attack, make in corpus.ATTACKS.items():
            text, hit = make(record, base)
            info = (await score_response(record, text, corpus.VERIFIERS[verifier](), cfg, corpus.meta_of(text, hit),
                                         chain)).extra_info()
            for h in chain.names:
                fired[attack][h] += int(info[f"shaping_{h}_fired"] == 1.0)
    print(f"\n### hooks firing, full chain, verifier {verifier} (cells: bases out of {len(corpus.BASES)})\n")
    print("| attack | " + " | ".join(chain.names) + " |")
    print("|---|" + "---:|" * len(chain.names))
    print("| (clean base) | " + " | ".join(str(clean_fired[h]) for h in chain.names) + " |")
    for attack in corpus.ATTACKS:
        print(f"| {attack} | " + " | ".join(str(fired[attack][h]) for h in chain.names) + " |")


def with_claim_action(nodes: list[dict], action: str, penalty: float) -> list[dict]:
    """The chain with the claim detectors' action (and penalty) replaced."""
    nodes = copy.deepcopy(nodes)
    for node in nodes:
        if corpus.hook_name(node) in CLAIM_DETECTORS:
            node.update(action=action, penalty=penalty)
    return nodes


def break_even(rules: list, gullible: list) -> float:
    """Largest fool rate f at which no hack gains over its base in expectation, the judge being the
    gullible verifier with probability f and the rules verifier otherwise (hacks the rules verifier
    already rewards are left out: no action of a claim detector changes that)."""
    best = 1.0
    for r, g in zip(rules, gullible):
        dr, dg = r.attacked_reward - r.base_reward, g.attacked_reward - g.base_reward
        if dr <= 0 < dg:
            best = min(best, -dr / (dg - dr))
    return best


async def sweep_rows() -> list[str]:
    rows = []
    for action, penalty in SWEEP:
        nodes = with_claim_action(corpus.rifl_nodes(), action, penalty)
        out = {v: await corpus.run_corpus(nodes, corpus.VERIFIERS[v]()) for v in ("rules", "gullible")}
        cells = []
        for v in ("rules", "gullible"):
            gained = sorted({o.attack for o in out[v] if not o.neutralised})
            cells.append(f"{sum(o.neutralised for o in out[v])}/{len(out[v])}" + (f" ({', '.join(gained)})" if gained else ""))
        # a hack on the answer that misses a criterion, scored at or above the record's honest passing answer
        honest = {(v, o.record): o.base_reward for v in out for o in out[v] if o.base == "full"}
        above = sum(o.base == "partial" and o.attacked_reward >= honest[v, o.record] for v in out for o in out[v])
        flagged = [clip(apply_action(x, action, penalty, 0.0)) for x in (1.0, 0.0)]
        label = "veto" if action == "veto" else f"penalty {penalty}"
        rows.append(f"| {label} | {cells[0]} | {cells[1]} | {above} | {break_even(out['rules'], out['gullible']):.2f} | "
                    f"{flagged[0]:+.2f} | {flagged[1]:+.2f} |")
    return rows


def sweep_table() -> None:
    print("\n## claim detectors' action (self_assessment, judge_addressed), full chain\n")
    print("| action | rules: neutralised (hacks that beat their base) | gullible: neutralised (hacks that beat their base) "
          "| hacks that reach the honest passing answer | break-even fool rate | flagged honest pass (1) -> "
          "| flagged honest fail (0) -> |")
    print("|---|---|---|---:|---:|---:|---:|")
    for line in asyncio.run(sweep_rows()):
        print(line)


def main() -> None:
    for verifier in corpus.VERIFIERS:
        neutralised_table(verifier)
        asyncio.run(fired_table(verifier))
    sweep_table()


if __name__ == "__main__":
    main()
