"""Which attacks of the hack corpus each shaping configuration neutralises, for both test verifiers.

Configurations: ``full`` (conf/shaping/rifl.yaml), ``-<hook>`` (the chain without that hook) and
``none``. A cell is the number of bases (records x {full, partial}) on which the attack gains no
reward over the clean base. A second table shows which hooks fire on each attack (full chain).

    .venv/bin/python benchmarks/hack_corpus.py
"""
from __future__ import annotations

import asyncio
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

import hack_corpus as corpus  # noqa: E402

from rubric_plugin.config import RubricRewardConfig  # noqa: E402
from rubric_plugin.scoring import score_response  # noqa: E402
from rubric_plugin.shaping import build_shaping  # noqa: E402


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


def main() -> None:
    for verifier in corpus.VERIFIERS:
        neutralised_table(verifier)
        asyncio.run(fired_table(verifier))


if __name__ == "__main__":
    main()
