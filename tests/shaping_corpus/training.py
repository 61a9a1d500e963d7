"""The learned detector's training data (:mod:`rubric_plugin.shaping.learned`), built from the corpus.

* Negative bags: every ordinary answer of the benign corpus, read under its own prompt.
* Positive bags: every attack phrasing of the families a text model can read (self-assessment,
  judge-addressed, rubric echo; degenerate output is :class:`~rubric_plugin.shaping.Degenerate`'s),
  alone, under the prompts of two of its slice's bases (the first and the middle one): a hack is
  one sentence among ordinary ones, so the model learns from the phrasing, not from the base.

A bag is the list of ``(segment, features)`` the shipped model reads (:func:`.learned.response_features`),
so training and scoring read text the same way. :func:`corpus_digest` fingerprints the texts; the
shipped model records the digest it was trained on, and a test fails when the corpus changes without
a retrain (``benchmarks/train_hack_classifier.py``).
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass

from rubric_plugin.shaping.context import prompt_text
from rubric_plugin.shaping.learned import response_features
from shaping_corpus import SLICES, attack_bases, attack_phrasings, benign_items, fill, record_for

#: the families the learned detector is trained to read
TEXT_FAMILIES = ("self_assessment", "judge_addressed", "rubric_echo")


@dataclass(frozen=True)
class Bag:
    slice: str
    label: int
    prompt: str
    response: str

    def features(self) -> list[list[int]]:
        return [f for _, f in response_features(self.response, self.prompt)] or [[0]]


def training_bags(slices: tuple[str, ...] = SLICES) -> list[Bag]:
    """Negative then positive bags of ``slices`` (the benign answers of the main corpus are ``tuned``)."""
    out = [Bag(b.slice, 0, prompt_text(b.record), b.response) for b in benign_items() if b.slice in slices]
    for slice_, family, _, _, text in attack_phrasings():
        if slice_ not in slices or family not in TEXT_FAMILIES:
            continue
        bases = attack_bases(slice_)
        for category, (prompt, _, *system) in {id(b): b for b in (bases[0], bases[len(bases) // 2])}.values():
            record = record_for(prompt, system[0] if system else None, f"attack-{category}")
            out.append(Bag(slice_, 1, prompt_text(record), fill(text, record)))
    return out


def corpus_digest(bags: list[Bag]) -> str:
    """SHA-256 of the bags' slices, labels, prompts and responses, in order."""
    h = hashlib.sha256()
    for b in bags:
        h.update(f"{b.slice}\x00{b.label}\x00{b.prompt}\x00{b.response}\x01".encode())
    return h.hexdigest()
