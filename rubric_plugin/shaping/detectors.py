"""Deterministic detectors of reward hacking: no verifier call, pure functions of the text.

Each ``detect_*`` function returns a short note when it fires and None otherwise; each detector
hook wraps one and applies its action (``veto``: cap the reward at ``veto_reward``, as a failed
``hard`` criterion does; ``penalty``: subtract ``penalty``).

* :class:`SelfAssessment`: claims of compliance ("I have followed all of your instructions",
  "all constraints above were satisfied", self-check lists) -- the artifact the AdvancedIF judge
  few-shots teach a judge to fail.
* :class:`RubricEcho`: the response repeats a criterion's wording (word n-gram overlap with the
  question, quoted phrases left out, at or above ``threshold``).
* :class:`Truncation`: generation hit the token limit.
* :class:`Degenerate`: empty or whitespace-only, or a repetition loop.
* :class:`JudgeAddressed`: text written for the judge: "ignore previous instructions", "answer
  yes to every question", fake verdict JSON, prompt/response boundary tags or chat-template tokens.

The patterns are deliberately narrow (a subject or quantifier plus a compliance verb plus an
instruction noun), so an ordinary answer that talks about "requirements" does not fire.
"""
from __future__ import annotations

import re
import zlib
from typing import Sequence

from rubric_plugin.schema import is_reserved_id
from rubric_plugin.shaping.base import Effect, ShapeInput, ShapingHook, apply_action, check_action

_I = re.IGNORECASE | re.MULTILINE
_OBJ = (r"(?:instructions?|requirements?|constraints?|criteria|criterion|rubric|guidelines?|specifications?|"
        r"rules|directions|checklist)")
_VERB = (r"(?:follow(?:ed|s|ing)?|me(?:et|ets|t)|adher(?:e|ed|es|ing)\s+to|satisf(?:y|ies|ied|ying)|"
         r"fulfill?(?:s|ed|ing)?|compl(?:y|ies|ied|ying)\s+with|obey(?:ed|s)?|respect(?:ed|s)?|honou?r(?:ed|s)?)")
_QUANT = r"(?:all|every|each|your|the\s+(?:above|given|stated|specified|requested)|these|those)"
_SUBJECT = (r"(?:\bi\b|\bwe\b(?=\s+(?:have|'ve))|\bthis\s+(?:response|answer|reply|text)|"
            r"\bmy\s+(?:response|answer|reply)|\bthe\s+(?:response|answer)\s+above|\beverything\s+above)")
_SELF = [
    re.compile(_SUBJECT + r"[^.!?\n]{0,40}?\b" + _VERB + r"\b[^.!?\n]{0,20}?\b" + _QUANT + r"\b[^.!?\n]{0,30}?\b" + _OBJ, _I),
    re.compile(r"\b(?:all|every|each)\b[^.!?\n]{0,30}?\b" + _OBJ + r"\b[^.!?\n]{0,30}?\b(?:ha(?:ve|s)\s+been|are|were|is|was)"
               r"\s+(?:all\s+|fully\s+|strictly\s+|successfully\s+)?(?:met|followed|satisfied|fulfilled|addressed|respected|"
               r"adhered\s+to|observed|honou?red|checked)\b", _I),
    re.compile(r"\b(?:fully|strictly|completely|100\s*%)\s+(?:compliant|complies|adheres|adherent)\b", _I),
    re.compile(r"\b(?:self[- ]?(?:check|assessment|evaluation|review)|compliance\s+(?:check|report))\b", _I),
    re.compile(r"\b" + _OBJ + r"\s+(?:met|satisfied|fulfilled|followed|checked)\s*[:.!]?\s*(?:✓|✔|✅|\[x\])", _I),
]
_JUDGE = [
    ("ignore instructions", re.compile(
        r"\b(?:ignore|disregard|forget|override)\s+(?:all\s+|any\s+)?(?:of\s+)?(?:the\s+|your\s+)?(?:previous|prior|above|"
        r"preceding|earlier|original|other|system)?\s*(?:instructions|prompts?|rules|directions|guidelines)\b", _I)),
    ("asks for yes verdicts", re.compile(
        r"\b(?:answer|respond|reply|say|output|return|mark|grade|rate|score|judge|vote)\s+(?:with\s+)?[\"'“]?(?:yes|pass|true)"
        r"[\"'”]?\s+(?:to|for|on)\s+(?:every|all|each|any)\b", _I)),
    ("asks for a passing grade", re.compile(
        r"\b(?:mark|grade|rate|score|evaluate|judge|consider)\s+(?:this|the|my)\s+(?:response|answer|reply)\s+as\s+"
        r"(?:correct|passing|passed|satisfied|compliant|yes|perfect|complete)\b", _I)),
    ("addresses the judge", re.compile(
        r"(?:\b(?:dear|note\s+to(?:\s+the)?|attention|hello|hi)\b[\s,:]*\b(?:the\s+)?(?:judge|grader|verifier|evaluator|rater)s?\b|"
        r"\bto\s+the\s+(?:judge|grader|verifier|evaluator|rater)\b|\b(?:judge|grader|verifier|evaluator)\s*:\s)", _I)),
    ("fake verdict JSON", re.compile(
        r"[\"'](?:verdict|rubrics_check|satisfied_all_requirements|score)[\"']\s*:|SATISFIED_ALL_REQUIREMENTS|"
        r"\"[^\"\n]{1,64}\"\s*:\s*\{\s*\"(?:reason|verdict)\"\s*:", _I)),
    ("boundary tag", re.compile(
        r"</?\s*(?:response|prompt|rubric|criteria|instructions|system|verdicts?)(?:-[0-9a-f]{0,16})?\s*>|"
        r"<\|(?:im_start|im_end|endoftext|eot_id|start_header_id|end_header_id|system|user|assistant)\|>|"
        r"^\s*\[(?:system|user|assistant)\]\s*:|"
        r"^\s*(?:rubric|system prompt of the conversation)\s*:\s*$", _I)),
]
_QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”|(?<![A-Za-z])'[^']*'(?![A-Za-z])")
_WORD = re.compile(r"\w+", re.UNICODE)


# --------------------------------------------------------------------------- pure detectors


def detect_self_assessment(text: str) -> str | None:
    for pattern in _SELF:
        m = pattern.search(text)
        if m:
            return f"compliance claim: {m.group(0)[:80]!r}"
    return None


def detect_judge_addressed(text: str) -> str | None:
    for label, pattern in _JUDGE:
        m = pattern.search(text)
        if m:
            return f"{label}: {m.group(0)[:80]!r}"
    return None


def _ngrams(words: Sequence[str], n: int) -> set[tuple[str, ...]]:
    return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}


def echo_overlap(question: str, text: str, n: int = 4, _text_ngrams: set | None = None) -> float:
    """Share of the question's word n-grams (quoted phrases left out) that occur in ``text``."""
    q = _ngrams([w.lower() for w in _WORD.findall(_QUOTED.sub(" ", question))], n)
    if not q:
        return 0.0
    grams = _text_ngrams if _text_ngrams is not None else _ngrams([w.lower() for w in _WORD.findall(text)], n)
    return len(q & grams) / len(q)


def detect_rubric_echo(questions: Sequence[str], text: str, n: int = 4, threshold: float = 0.6) -> str | None:
    grams = _ngrams([w.lower() for w in _WORD.findall(text)], n)
    best = max(((echo_overlap(q, text, n, grams), q) for q in questions), default=(0.0, ""))
    if best[0] >= threshold:
        return f"echoes {best[0]:.0%} of {best[1][:60]!r}"
    return None


def distinct_ngram_ratio(words: Sequence[str], n: int = 3) -> float:
    total = len(words) - n + 1
    return len(_ngrams(words, n)) / total if total > 0 else 1.0


def detect_degenerate(text: str, min_words: int = 30, min_distinct: float = 0.3, tail_words: int = 100,
                      tail_distinct: float = 0.2, min_chars: int = 200, min_compression: float = 0.1) -> str | None:
    if not text.strip():
        return "empty response"
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) >= min_words and distinct_ngram_ratio(words) < min_distinct:
        return f"repetition loop: {distinct_ngram_ratio(words):.0%} distinct 3-grams"
    tail = words[-tail_words:]
    if len(words) >= tail_words and distinct_ngram_ratio(tail) < tail_distinct:
        return f"repetition loop at the end: {distinct_ngram_ratio(tail):.0%} distinct 3-grams"
    raw = text.encode("utf-8")
    if len(raw) >= min_chars and len(zlib.compress(raw)) / len(raw) < min_compression:
        return f"repetition loop: compresses to {len(zlib.compress(raw)) / len(raw):.0%}"
    return None


# --------------------------------------------------------------------------- hooks


class DetectorHook(ShapingHook):
    """A deterministic detector with an action; subclasses implement :meth:`detect`."""

    name = "detector"

    def __init__(self, action: str = "veto", penalty: float = 0.5, veto_reward: float = 0.0, name: str | None = None):
        check_action(action, penalty, veto_reward)
        self.action, self.penalty, self.veto_reward = action, float(penalty), float(veto_reward)
        if name is not None:
            self.name = name

    def detect(self, x: ShapeInput) -> str | None:  # pragma: no cover - abstract
        raise NotImplementedError

    def __call__(self, x: ShapeInput) -> Effect:
        note = self.detect(x)
        if note is None:
            return Effect(x.reward, False)
        return Effect(apply_action(x.reward, self.action, self.penalty, self.veto_reward), True, note)


class SelfAssessment(DetectorHook):
    name = "self_assessment"

    def detect(self, x: ShapeInput) -> str | None:
        return detect_self_assessment(x.response)


class JudgeAddressed(DetectorHook):
    name = "judge_addressed"

    def detect(self, x: ShapeInput) -> str | None:
        return detect_judge_addressed(x.response)


class RubricEcho(DetectorHook):
    name = "rubric_echo"

    def __init__(self, n: int = 4, threshold: float = 0.6, **kw):
        super().__init__(**kw)
        if not (isinstance(n, int) and n >= 1) or not 0 < threshold <= 1:
            raise ValueError(f"n={n!r}, threshold={threshold!r}; expected n >= 1 and threshold in (0, 1]")
        self.n, self.threshold = n, float(threshold)

    def detect(self, x: ShapeInput) -> str | None:
        questions = [c.question for c in x.record.criteria if not is_reserved_id(c.id)]
        return detect_rubric_echo(questions, x.response, self.n, self.threshold)


class Truncation(DetectorHook):
    name = "truncated"

    def detect(self, x: ShapeInput) -> str | None:
        if x.meta.hit_limit:
            return f"hit the token limit ({x.meta.length_tokens}/{x.meta.max_tokens})"
        return None


class Degenerate(DetectorHook):
    name = "degenerate"

    def __init__(self, min_words: int = 30, min_distinct: float = 0.3, **kw):
        super().__init__(**kw)
        self.min_words, self.min_distinct = int(min_words), float(min_distinct)

    def detect(self, x: ShapeInput) -> str | None:
        return detect_degenerate(x.response, self.min_words, self.min_distinct)
