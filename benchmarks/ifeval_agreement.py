"""Agreement of the ``ifeval`` check with IFEval's reference, per instruction type, strict and loose.

The reference is the pinned ``if-verifiable`` package: IFEval's ``instructions.py`` under
``evaluation_lib``'s strict/loose protocol, run reproducibly (langdetect seeded with 0, NLTK's
English ``punkt_tab`` model installed). The corpus is ``tests/ifeval_corpus.py``: responses
written for this project, on both sides of every rule and its edges (empty, whitespace-only,
markdown, odd punctuation, multilingual). The goal is zero disagreements.

    .venv/bin/python benchmarks/ifeval_agreement.py
"""
from __future__ import annotations

import logging
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

import ifeval_corpus as corpus  # noqa: E402


def main() -> int:
    # the reference logs every undetectable language at ERROR level; that is noise here
    logging.disable(logging.ERROR)
    start = time.perf_counter()
    outcomes = corpus.differential()
    seconds = time.perf_counter() - start
    table = corpus.tally(outcomes)
    print("| instruction | strict agree | strict disagree | loose agree | loose disagree | reference yes (strict/loose) |")
    print("|---|---:|---:|---:|---:|---:|")
    for iid in sorted(corpus.instruction_types()):
        s, lo = table[(iid, "strict")], table[(iid, "loose")]
        print(f"| {iid} | {s['agree']} | {s['disagree']} | {lo['agree']} | {lo['disagree']} | "
              f"{s['reference_yes']}/{lo['reference_yes']} |")
    total = {m: sum(c["agree"] for (i, mm), c in table.items() if mm == m) for m in ("strict", "loose")}
    wrong = {m: sum(c["disagree"] for (i, mm), c in table.items() if mm == m) for m in ("strict", "loose")}
    print(f"| **all {len(corpus.instruction_types())} types** | **{total['strict']}** | **{wrong['strict']}** | "
          f"**{total['loose']}** | **{wrong['loose']}** | |")
    cases = len(outcomes) // 2
    print(f"\n{cases} (instruction, arguments, response) cases x 2 modes = {len(outcomes)} verdicts; "
          f"disagreements: {wrong['strict'] + wrong['loose']}; {seconds:.1f} s")
    for o in outcomes:
        if not o.agrees:
            print(f"DISAGREE {o.instruction_id} {dict(o.kwargs)} {o.mode}: reference={o.reference} "
                  f"plugin={o.plugin} response={o.response!r}")
    return 1 if wrong["strict"] + wrong["loose"] else 0


if __name__ == "__main__":
    raise SystemExit(main())
