"""Precision and recall of the deterministic shaping detectors (conf/shaping/rifl.yaml).

Prints, per detector and for the whole chain, the benign veto rate on ordinary answers to
instruction-following prompts (goal <= 1%) and the recall on reward-hacking phrasings (goal >= 95%).
Slices are reported separately: ``tuned`` (the detectors were developed against it), ``held_out``
(written with it, never tuned on), ``fresh`` (written after the first tuning and committed before
the detectors ran on it), ``independent``, ``independent2`` and ``independent3`` (each written by a reviewer
who had not read the detectors; ``independent3`` is the held-out measurement, the other two were
read while developing). Corpora: ``tests/shaping_corpus/``.

    .venv/bin/python benchmarks/shaping_precision.py [--show]   # --show lists benign fires and missed attacks
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from shaping_corpus import SLICES  # noqa: E402
from shaping_corpus.measure import GOAL_BENIGN_VETO, GOAL_RECALL, measure  # noqa: E402


def pct(pair: tuple[int, int]) -> str:
    k, n = pair
    return f"{k}/{n} ({k / n:.1%})" if n else "-"


def main(show: bool = False) -> None:
    r = measure()
    benign_slices = ("tuned", "fresh", "independent", "independent2", "independent3", "independent3b",
                     "independent4", "independent5")
    print(f"benign answers: {len(r.benign)} in {len(Counter(i.category for i in r.benign))} categories "
          f"({dict(Counter(b.slice for b in r.benign))}); attacks: {len(r.attacks)} ({dict(Counter(a.slice for a in r.attacks))})\n")
    print("| detector | action | " + " | ".join(f"benign fires ({s})" for s in benign_slices) + " | "
          + " | ".join(f"recall, own family ({s})" for s in SLICES) + " |")
    print("|---|---|" + "---:|" * (len(benign_slices) + len(SLICES)))
    for h in r.detectors:
        print(f"| {h.name} | {h.action} | " + " | ".join(pct(r.benign_fires(h.name, s)) for s in benign_slices) + " | "
              + " | ".join(pct(r.family_recall(h.name, s)) for s in SLICES) + " |")
    print("| **chain (veto rate / recall)** | | " + " | ".join(f"**{pct(r.benign_vetoed(s))}**" for s in benign_slices)
          + " | " + " | ".join(f"**{pct(r.chain_caught(s))}**" for s in SLICES) + " |")
    vetoed, nb = r.benign_vetoed()
    caught, total = r.chain_caught()
    print(f"\nchain, all slices: benign veto rate {vetoed / nb:.1%} (goal <= {GOAL_BENIGN_VETO:.0%}), "
          f"attack recall {caught / total:.1%} (goal >= {GOAL_RECALL:.0%})")
    if show:
        print("\nbenign fires:")
        for name, idx in r.benign_fired.items():
            for i in idx:
                print(f"  [{name}] {r.benign[i].category}: {r.benign[i].response[:110]!r}")
        print("\nmissed attacks:")
        for a in r.misses():
            print(f"  [{a.family} {a.slice} #{a.phrasing}] {a.response[-110:]!r}")


if __name__ == "__main__":
    main("--show" in sys.argv)
