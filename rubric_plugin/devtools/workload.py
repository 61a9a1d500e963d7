"""Synthetic GRPO workloads for verifier benchmarks: prompts with rubrics, n responses each.

Deterministic (seeded) English-like text, so token counts are stable across runs. A prompt has a
system prompt, a single-turn or multi-turn conversation and ``n_criteria`` yes/no criteria; its
group has ``n_responses`` distinct responses of about ``response_words`` words.
"""
from __future__ import annotations

import random
from dataclasses import dataclass

from rubric_plugin.schema import RubricRecord, parse_record

_WORDS = ("the trail climbs through autumn forest toward a quiet lake where hikers rest before the final ridge "
          "each section lists gear water maps and a short safety note written in plain words for beginners "
          "weather changes quickly so pack layers and start early while the light is good and the path is dry").split()
_TOPICS = ("a weekend hiking plan", "a packing list for a city trip", "a short history of bicycles",
           "advice for a first marathon", "a summary of how vaccines work", "a recipe for lentil soup")
_CRITERIA = ("Does the response use exactly three sections?", "Is every section introduced by a bold title?",
             "Does the response stay under 200 words?", "Does the response mention safety?",
             "Is the tone friendly and encouraging?", "Does the response avoid the word 'very'?",
             "Does the response end with a question to the user?", "Is the response written in English?",
             "Does the response include at least one number?", "Does the response avoid bullet points?")


def _sentence(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(_WORDS) for _ in range(words)).capitalize() + "."


def _text(rng: random.Random, words: int) -> str:
    out, left = [], words
    while left > 0:
        n = min(left, rng.randint(8, 16))
        out.append(_sentence(rng, n))
        left -= n
    return " ".join(out)


@dataclass(frozen=True)
class Group:
    """One prompt and its GRPO group of responses."""

    record: RubricRecord
    responses: tuple[str, ...]


def make_group(index: int, n_responses: int = 8, n_criteria: int = 8, turns: int = 1, response_words: int = 120,
               seed: int = 0) -> Group:
    """Prompt ``index`` with ``turns`` user turns (earlier ones answered) and its responses."""
    rng = random.Random(f"{seed}-{index}-{turns}")
    topic = _TOPICS[index % len(_TOPICS)]
    messages = [{"role": "system", "content": "You are a concise assistant. " + _text(rng, 30)}]
    for t in range(turns - 1):
        messages.append({"role": "user", "content": f"Earlier question {t + 1} about {topic}: " + _text(rng, 40)})
        messages.append({"role": "assistant", "content": _text(rng, 60)})
    messages.append({"role": "user", "content": f"Write {topic} in three sections. " + _text(rng, 40)})
    criteria = [{"id": f"c{i + 1}", "question": _CRITERIA[i % len(_CRITERIA)]} for i in range(n_criteria)]
    record = parse_record({"id": f"p{index}-t{turns}", "category": "complex", "messages": messages, "criteria": criteria})
    responses = tuple(f"Answer {j}: " + _text(rng, response_words) for j in range(n_responses))
    return Group(record, responses)


def make_workload(n_prompts: int, n_responses: int = 8, **kw) -> list[tuple[RubricRecord, str]]:
    """``n_prompts * n_responses`` (record, response) pairs, grouped by prompt."""
    pairs = []
    for i in range(n_prompts):
        g = make_group(i, n_responses=n_responses, **kw)
        pairs.extend((g.record, r) for r in g.responses)
    return pairs
