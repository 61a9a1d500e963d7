"""Verdict parsing: the verifier's raw text -> one verdict per asked criterion, or an error.

The verdicts are read from the judge's final answer: for a reasoning judge the text after its
reasoning block (:func:`~rubric_plugin.verifier.reasoning.split_reasoning`), never a draft inside it.
Accepted shapes (first JSON object in the final answer; markdown fences allowed):

* the plugin's: ``{"<id>": {"reason": "...", "verdict": "yes"|"no"}, ...}``;
* AdvancedIF's (the ``advancedif`` layout asks for it): ``{"rubrics_check": {"question_1":
  "<reason> Yes", ...}, "SATISFIED_ALL_REQUIREMENTS": "YES"|"NO"}``, ``question_<n>`` mapped to
  the n-th asked criterion. An answer's verdict is its last word, or its first when it does not
  end on yes/no ("Yes, it lists two ideas."); first and last words that disagree are an error.
  The declaration is not read: the plugin aggregates the per-criterion verdicts itself. (The
  AdvancedIF *benchmark* scores judge answers by the official rules instead, see
  :mod:`rubric_plugin.eval.advancedif_score`.)

A missing, duplicated or unknown id, or a verdict other than yes/no, raises
:class:`~rubric_plugin.errors.VerdictParseError`: never a silent "no". :func:`json_schema` gives the
schema for structured-output decoding, which makes those errors impossible by construction.
"""
from __future__ import annotations

import functools
import json
import re
from typing import Any, Sequence

from rubric_plugin.errors import VerdictParseError
from rubric_plugin.verdicts import Verdict, VerdictSet
from rubric_plugin.verifier.reasoning import opens_reasoning, split_reasoning

MAX_REASON_CHARS = 300
_VERDICT = re.compile(r"^\W*(yes|no)\W*$", re.IGNORECASE)
_TRAILING = re.compile(r"\b(yes|no)\W*$", re.IGNORECASE)
_LEADING = re.compile(r"^\W*(yes|no)\b", re.IGNORECASE)
_HEDGE = re.compile(r"\b(yes|no)\s*(/|or|and)\s*(yes|no)\W*$", re.IGNORECASE)


def json_schema(criterion_ids: Sequence[str], reason_max_chars: int = MAX_REASON_CHARS,
                layout: str = "prefix_shared") -> dict[str, Any]:
    """JSON schema with exactly the asked ids, each ``{reason, verdict: yes|no}``.

    ``reason`` is bounded (``maxLength``), so with whitespace-free decoding the whole answer has a
    known maximum length (:func:`max_answer_chars`) and ``max_tokens`` can be sized to never cut it off.
    Under ``layout="advancedif"`` it is AdvancedIF's answer instead: ``rubrics_check`` with exactly
    ``question_1..N``, each one line of at most ``reason_max_chars`` ending in ``Yes`` or ``No``, and
    ``SATISFIED_ALL_REQUIREMENTS`` in YES/NO.
    """
    if layout == "advancedif":
        questions = [f"question_{i + 1}" for i in range(len(criterion_ids))]
        # one line ending on the verdict word after a non-word character, at most reason_max_chars
        # long (a pattern, because decoders ignore maxLength next to one)
        lead = max(reason_max_chars - 4, 0)
        answer = {"type": "string", "pattern": f"^(.{{0,{lead}}}[^A-Za-z0-9_])?(Yes|No)$"}
        check = {"type": "object", "additionalProperties": False, "required": questions,
                 "properties": {q: answer for q in questions}}
        return {"type": "object", "additionalProperties": False,
                "required": ["rubrics_check", "SATISFIED_ALL_REQUIREMENTS"],
                "properties": {"rubrics_check": check,
                               "SATISFIED_ALL_REQUIREMENTS": {"type": "string", "enum": ["YES", "NO"]}}}
    item = {"type": "object", "additionalProperties": False, "required": ["reason", "verdict"],
            "properties": {"reason": {"type": "string", "maxLength": reason_max_chars},
                           "verdict": {"type": "string", "enum": ["yes", "no"]}}}
    return {"type": "object", "additionalProperties": False, "required": list(criterion_ids),
            "properties": {cid: item for cid in criterion_ids}}


def max_answer_chars(criterion_ids: Sequence[str], reason_max_chars: int = MAX_REASON_CHARS,
                     layout: str = "prefix_shared") -> int:
    """Length of the longest answer :func:`json_schema` allows when decoded without free whitespace."""
    return _max_answer_chars(tuple(criterion_ids), reason_max_chars, layout)


@functools.lru_cache(maxsize=4096)  # one rubric's ids, asked for every request of its group (hot path)
def _max_answer_chars(criterion_ids: tuple[str, ...], reason_max_chars: int, layout: str) -> int:
    if layout == "advancedif":
        items = sum(len(f', "question_{i + 1}": ""') + reason_max_chars for i in range(len(criterion_ids)))
        return len('{"rubrics_check": {}, "SATISFIED_ALL_REQUIREMENTS": "YES"}') + items
    per_item = len(', "": {"reason": "", "verdict": "yes"}') + reason_max_chars
    return 2 + sum(len(json.dumps(cid)) + per_item for cid in criterion_ids)


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """An object's pairs as a dict; a key given twice is an error (json keeps the last silently)."""
    obj = dict(pairs)
    if len(obj) != len(pairs):
        keys = [k for k, _ in pairs]
        raise VerdictParseError(f"verifier answered {sorted({k for k in keys if keys.count(k) > 1})} more than once")
    return obj


#: One decoder for every answer (building one per call is measurable on the client's hot path).
_DECODER = json.JSONDecoder(object_pairs_hook=_no_duplicates)


def _first_object(raw: str) -> dict[str, Any]:
    """The first JSON object in ``raw``; a key repeated in any object of it is an error."""
    start = raw.find("{")
    if start < 0:
        raise VerdictParseError(f"no JSON object in verifier output: {raw[:200]!r}")
    try:
        obj, _ = _DECODER.raw_decode(raw[start:])
    except VerdictParseError:
        raise
    except ValueError as e:
        raise VerdictParseError(f"verifier output is not valid JSON ({e}): {raw[start:start + 200]!r}") from None
    except RecursionError:
        # json's decoder recurses per nesting level: a pathologically deep answer is unusable, not a crash
        raise VerdictParseError(f"verifier output nests too deeply to be a verdict object: {raw[start:start + 200]!r}") from None
    return obj


def _verdict_word(value: Any, cid: str) -> tuple[bool, str]:
    if type(value) is dict:
        word = value.get("verdict")
        if word == "yes" or word == "no":  # the structured-output answer: no pattern to match
            reason = value.get("reason", "")
            return word == "yes", (reason if type(reason) is str else str(reason))[:MAX_REASON_CHARS]
        reason = str(value.get("reason", ""))
    elif isinstance(value, dict):
        word, reason = value.get("verdict"), str(value.get("reason", ""))
    else:
        # AdvancedIF style "<reason> Yes": the last word decides, else a leading "Yes, ..." does;
        # "yes or no" at the end, or first and last words that disagree, are ambiguous
        text = str(value).strip()
        last, first = _TRAILING.search(text), _LEADING.search(text)
        if _HEDGE.search(text) or (last and first and last.group(1).lower() != first.group(1).lower()):
            raise VerdictParseError(f"verifier answer for {cid!r} is ambiguous (says both yes and no): {text[:120]!r}",
                                    criterion=cid)
        m = last or first
        word, reason = (m.group(1) if m else text), text
    m = _VERDICT.match(str(word)) if word is not None else None
    if m is None:
        raise VerdictParseError(f"verifier answered {word!r} for {cid!r}, expected one of ['no', 'yes']", criterion=cid)
    return m.group(1).lower() == "yes", reason[:MAX_REASON_CHARS]


def parse_verdicts(raw: str, criterion_ids: Sequence[str], source: str = "verifier",
                   expect_reasoning: bool = False, reasoning_judge: bool = False) -> VerdictSet:
    """Exactly one verdict per id in ``criterion_ids``; see the module docstring.

    ``expect_reasoning``: ``raw`` comes from a judge that reasons inline, so a text without an end
    of reasoning is a reasoning with no final answer (the chat template may have opened the block
    in the prompt), an error rather than a verdict from the draft. ``VerdictSet.raw`` is the final
    answer the verdicts were read from.

    ``reasoning_judge``: the verifier is configured as a reasoning judge. Only then, or when the
    text itself opens with a reasoning marker, is an end-of-reasoning marker looked for: the judge
    of a non-reasoning verifier may quote a policy response holding ``</think> {...}``, and that
    quoted marker must not turn the policy's fake verdict into the final answer.
    """
    if expect_reasoning or reasoning_judge or opens_reasoning(raw):
        reasoning, answer = split_reasoning(raw)
    else:
        reasoning, answer = None, raw
    if expect_reasoning and reasoning is None:
        raise VerdictParseError(f"the verifier reasons inline (reasoning: true) but its text has no end of reasoning "
                                f"(e.g. '</think>'), so it has no final answer: {raw[-160:]!r}; raise reasoning_tokens, "
                                "or serve the judge with a reasoning parser and set backend.reasoning_parser")
    obj = _first_object(answer)
    if "rubrics_check" in obj and isinstance(obj["rubrics_check"], dict):
        answers = obj["rubrics_check"]
        mapping = {f"question_{i + 1}": cid for i, cid in enumerate(criterion_ids)}
        unknown = sorted(k for k in answers if k not in mapping)
        if unknown:
            raise VerdictParseError(f"verifier answered unknown questions {unknown}")
        answers = {mapping[k]: v for k, v in answers.items()}
    else:
        answers = obj
    missing = [c for c in criterion_ids if c not in answers]
    unknown = sorted(set(answers) - set(criterion_ids))
    if missing or unknown:
        raise VerdictParseError(f"verdicts missing for {missing}, unexpected for {unknown}")
    verdicts = {}
    for cid in criterion_ids:
        ok, reason = _verdict_word(answers[cid], cid)
        verdicts[cid] = Verdict(cid, ok, reason, source)
    return VerdictSet(verdicts, raw=answer)
