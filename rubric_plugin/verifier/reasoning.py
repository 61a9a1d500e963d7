"""Reasoning judges: the final answer of a judge that thinks before it answers.

A reasoning judge (a Qwen3 model with thinking on, an R1-style distill, an o3-mini-class hosted
model) writes a reasoning block before its verdict, and that block often holds drafts: verdict
objects it later revises. The verdict must come from the final answer, never from a draft.

Where the final answer is:

* **Separate field.** A server that runs a reasoning parser (``vllm serve --reasoning-parser``,
  SGLang's ``--reasoning-parser``) returns the reasoning in ``message.reasoning`` (vLLM >= 0.10)
  or ``message.reasoning_content`` (SGLang, older vLLM, DeepSeek's API) and the answer in
  ``message.content``. Hosted reasoning APIs keep the reasoning to themselves. The content is the
  final answer; it still goes through :func:`split_reasoning` below, in case the server split at
  an end marker the judge merely quoted.
* **Inline.** Otherwise the reasoning sits in the text, between the markers of
  :data:`REASONING_MARKERS` (the tag styles of vLLM's reasoning parsers). When the chat template
  opens the block itself (DeepSeek-R1, Qwen3 thinking models), the text has only the end marker.

:func:`split_reasoning` takes the text after the **last** end marker that is not quoted inside a
JSON answer, so a judge quoting ``</think>`` from the response it judges, in its reasoning or in a
reason of its final answer, moves nothing. A block opened at the start of the text and never
closed is a reasoning without a final answer: a :class:`~rubric_plugin.errors.VerdictParseError`,
never a verdict read from the draft.
"""
from __future__ import annotations

import json
from typing import Iterator

from rubric_plugin.errors import VerdictParseError

#: ``(opening, closing)`` marker of each inline reasoning style.
REASONING_MARKERS: tuple[tuple[str, str], ...] = (
    # Qwen3, QwQ, DeepSeek-R1 and its distills, GLM, MiniMax-M2, Kimi-K2, OLMo-3, ERNIE, Step3, Hunyuan
    ("<think>", "</think>"),
    # ByteDance Seed-OSS
    ("<seed:think>", "</seed:think>"),
    # MiniMax-M3
    ("<mm:think>", "</mm:think>"),
    # Mistral Magistral
    ("[THINK]", "[/THINK]"),
    # Cohere Command reasoning models
    ("<|START_THINKING|>", "<|END_THINKING|>"),
    # Kimi k1.5
    ("◁think▷", "◁/think▷"),
    # Sky-T1 / Bespoke / OpenThoughts distills (the answer may follow in <|begin_of_solution|>)
    ("<|begin_of_thought|>", "<|end_of_thought|>"),
    # gpt-oss (harmony): the analysis channel, then the final channel
    ("<|channel|>analysis<|message|>", "<|channel|>final<|message|>"),
    # judges prompted to reason in tags
    ("<reasoning>", "</reasoning>"),
)


def _end_markers(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of every end-of-reasoning marker in ``text``, in no particular order."""
    for _, closing in REASONING_MARKERS:
        at = text.find(closing)
        while at >= 0:
            yield at, at + len(closing)
            at = text.find(closing, at + 1)


def _object_span(text: str, start: int) -> tuple[int, int] | None:
    """Span of the JSON object at the first ``{`` at or after ``start``; None if it does not decode."""
    at = text.find("{", start)
    if at < 0:
        return None
    try:
        _, end = json.JSONDecoder().raw_decode(text, at)
    except (ValueError, RecursionError):
        return None
    return at, end


def split_reasoning(text: str) -> tuple[str | None, str]:
    """``(reasoning, final answer)`` of a judge's text; ``(None, text)`` when it has no reasoning block.

    The reasoning ends at the last end marker that no JSON answer quotes: a marker inside the JSON
    object that follows the start of the text, or an earlier marker, is part of that object's
    strings, not the end of the reasoning. Raises :class:`VerdictParseError` for a reasoning block
    that never ends, or one that ends with nothing after it.
    """
    markers = sorted(set(_end_markers(text)))
    spans: dict[int, tuple[int, int] | None] = {}

    def quoted(i: int) -> bool:
        # inside the object after the start of the text (-1) or after an earlier marker?
        for j in range(-1, i):
            if j not in spans:
                spans[j] = _object_span(text, 0 if j < 0 else markers[j][1])
            span = spans[j]
            if span is not None and span[0] <= markers[i][0] < span[1]:
                return True
        return False

    for i in range(len(markers) - 1, -1, -1):
        if quoted(i):
            continue
        start, end = markers[i]
        answer = text[end:]
        if not answer.strip():
            raise VerdictParseError(f"the verifier ended its reasoning with no final answer after it: "
                                    f"{_tail(text)!r}; raise the verifier's reasoning_tokens if it was cut short")
        return _strip_opening(text[:start]), answer
    head = text.lstrip()
    for opening, closing in REASONING_MARKERS:
        if head.startswith(opening):
            raise VerdictParseError(f"the verifier's reasoning (opened by {opening!r}) never ended: no final answer "
                                    f"follows it, and a draft inside it is not a verdict: {_tail(text)!r}")
    return None, text


def opens_reasoning(text: str) -> bool:
    """Whether ``text`` starts (after whitespace) with the opening marker of a reasoning block."""
    return text.lstrip().startswith(_OPENINGS)


_OPENINGS = tuple(opening for opening, _ in REASONING_MARKERS)


def _strip_opening(reasoning: str) -> str:
    head = reasoning.lstrip()
    for opening, _ in REASONING_MARKERS:
        if head.startswith(opening):
            return head[len(opening):].strip()
    return reasoning.strip()


def _tail(text: str, n: int = 160) -> str:
    return text if len(text) <= n else "..." + text[-n:]
