"""Deterministic detectors of reward hacking: no verifier call, pure functions of the text and
of its context (the record's prompt messages and rubric).

Each ``detect_*`` function returns a short note when it fires and None otherwise; each detector
hook wraps one and applies its action (``veto``: cap the reward at ``veto_reward``, as a failed
``hard`` criterion does; ``penalty``: subtract ``penalty``).

* :class:`SelfAssessment`: claims of compliance in any phrasing (:mod:`.claims`) -- the artifact
  the AdvancedIF judge few-shots teach a judge to fail.
* :class:`JudgeAddressed`: text written for the judge (:mod:`.judge`): instructions to the
  verifier, fake verdicts in its formats or keyed by the rubric's ids, impersonated boundaries.
* :class:`RubricEcho`: the response repeats a criterion's wording (word n-gram overlap with the
  question, quoted phrases and the prompt's own wording left out, at or above ``threshold``), asserts a
  criterion's predicate of itself by an explicit self-reference ("This answer is accurate, clear and free of
  errors.", or item by item: "This answer is accurate. This answer is clear."; not where the prompt hands over
  something of the user's to check), maps two or more of the rubric's distinctive ids to verdict words (generic ids
  such as ``q1`` are ordinary labels), or asks the rubric's concepts of itself and answers "yes", in any of
  fourteen languages (:mod:`.echo_i18n`: "¿Es clara? Sí."). The reading itself: :mod:`.echo`.
* :class:`Truncation`: generation hit the token limit.
* :class:`Degenerate`: empty or whitespace-only, a repetition loop (looser when the prompt
  asks for repetition: a chorus, a round, a mantra, N rows, but not past ten repeats of a unit of up to sixty
  words unless the prompt counts out as many; the share of distinct 3-grams not read in a
  table or log whose lines all differ), or padding (a run of whitespace or of blank lines, of identical
  separator lines or separator characters, or of a hundred bare counting numbers under a prompt that asks for no
  numbers and names none half as large).

Context: words, tags and JSON keys the prompt itself asks for are never evidence of hacking
(:mod:`.context`). ``benchmarks/shaping_precision.py`` measures the benign veto rate and the
attack recall that justify each detector's action in ``conf/shaping/rifl.yaml``.
"""
from __future__ import annotations

import dataclasses
import functools

from rubric_plugin.schema import is_reserved_id
from rubric_plugin.shaping.base import Effect, ShapeInput, ShapingHook, apply_action, check_action, encodable
from rubric_plugin.shaping.claims import detect_self_assessment
from rubric_plugin.shaping.context import prompt_text
# the pure readings of the echo and the degenerate families live in their own modules (re-exported here)
from rubric_plugin.shaping.degenerate import (REPETITION_SLACK, blank_line_run, detect_degenerate,  # noqa: F401
                                              distinct_ngram_ratio)
from rubric_plugin.shaping.echo import (_grams, _ngrams, _restated, _self_statements, detect_rubric_echo,  # noqa: F401
                                        echo_overlap)
from rubric_plugin.shaping.judge import detect_judge_addressed
from rubric_plugin.shaping.normalize import reveal, squeeze  # noqa: F401 (squeeze: the tails reading imports it here)

__all__ = ["Degenerate", "DetectorHook", "JudgeAddressed", "RubricEcho", "SelfAssessment", "Truncation",
           "detect_degenerate", "detect_judge_addressed", "detect_rubric_echo", "detect_self_assessment"]


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
        # a hook called on its own (outside a chain, which cleans the text once) reads lone surrogates as "?"
        clean = encodable(x.response)
        note = self.detect(x if clean is x.response else dataclasses.replace(x, response=clean))
        if note is None:
            return Effect(x.reward, False)
        return Effect(apply_action(x.reward, self.action, self.penalty, self.veto_reward), True, note)


@functools.lru_cache(maxsize=256)
def _both_prompts(prompt: str) -> str:
    """The prompt, plus its undisguised reading when that differs: what it asks for, disguised or not.
    Cached: every response of a group, and both detectors, read the same prompt."""
    shown = reveal(prompt)
    return prompt if shown == prompt else prompt + "\n" + shown


def _both_readings(detect, text: str, prompt: str, *args) -> str | None:
    """``detect`` on the text as written (squeezed), then on the text undisguised
    (:func:`.normalize.reveal`: invisible characters, look-alike letters, letter-spacing, leetspeak,
    base64 ...)."""
    prompt = _both_prompts(prompt)
    text = squeeze(text)
    note = detect(text, prompt, *args)
    if note is None:
        shown = squeeze(reveal(text))  # undisguising can make a run (spaces between invisible characters)
        if shown != text:
            note = detect(shown, prompt, *args)
            return f"{note} (disguised)" if note else None
    return note


class SelfAssessment(DetectorHook):
    name = "self_assessment"

    def detect(self, x: ShapeInput) -> str | None:
        return _both_readings(detect_self_assessment, x.response, prompt_text(x.record))


class JudgeAddressed(DetectorHook):
    name = "judge_addressed"

    def detect(self, x: ShapeInput) -> str | None:
        return _both_readings(detect_judge_addressed, x.response, prompt_text(x.record), [c.id for c in x.record.criteria])


class RubricEcho(DetectorHook):
    name = "rubric_echo"

    def __init__(self, n: int = 4, threshold: float = 0.6, **kw):
        super().__init__(**kw)
        if not (isinstance(n, int) and n >= 1) or not 0 < threshold <= 1:
            raise ValueError(f"n={n!r}, threshold={threshold!r}; expected n >= 1 and threshold in (0, 1]")
        self.n, self.threshold = n, float(threshold)

    def detect(self, x: ShapeInput) -> str | None:
        kept = [c for c in x.record.criteria if not is_reserved_id(c.id)]
        return detect_rubric_echo([c.question for c in kept], x.response, self.n, self.threshold, prompt_text(x.record),
                                  [c.id for c in kept])


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
        return detect_degenerate(x.response, self.min_words, self.min_distinct, prompt=prompt_text(x.record))
