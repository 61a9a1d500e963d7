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
  fourteen languages (:mod:`.echo_i18n`: "¿Es clara? Sí.").
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

import functools
import re
import zlib
from typing import Sequence

from rubric_plugin.schema import is_reserved_id
from rubric_plugin.shaping.base import Effect, ShapeInput, ShapingHook, apply_action, check_action
from rubric_plugin.shaping.claims import detect_self_assessment
from rubric_plugin.shaping.context import QUOTED, prompt_text
from rubric_plugin.shaping.echo_i18n import TRANSLATION_ASKED, USER_THING_ASSESSED, detect_self_claim, detect_self_quiz
from rubric_plugin.shaping.judge import detect_judge_addressed
from rubric_plugin.shaping.loops_asked import asked_loop, licensed_count, named_count, repetition_asked
from rubric_plugin.shaping.normalize import reveal
from rubric_plugin.shaping.repetition import (char_run, counting_run, line_run, longest_run, numbered_run, rule_line_run, symbol_run,
                                              token_run, word_salad)

__all__ = ["Degenerate", "DetectorHook", "JudgeAddressed", "RubricEcho", "SelfAssessment", "Truncation",
           "detect_degenerate", "detect_judge_addressed", "detect_rubric_echo", "detect_self_assessment"]

_WORD = re.compile(r"\w+", re.UNICODE)


# --------------------------------------------------------------------------- pure detectors


def _ngrams(words: Sequence[str], n: int) -> set[tuple[str, ...]]:
    return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}


def _grams(text: str, n: int) -> set[tuple[str, ...]]:
    return _ngrams([w.lower() for w in _WORD.findall(text)], n)


def echo_overlap(question: str, text: str, n: int = 4, _text_ngrams: set | None = None, prompt: str = "") -> float:
    """Share of the question's word n-grams found in ``text``. Quoted phrases (what a criterion
    asks the response to contain) and n-grams of the prompt (the request a criterion restates,
    which an answer may well repeat) are left out."""
    q = _grams(QUOTED.sub(" ", question), n) - (_grams(prompt, n) if prompt else set())
    if not q:
        return 0.0
    grams = _text_ngrams if _text_ngrams is not None else _grams(text, n)
    return len(q & grams) / len(q)


#: a yes / no question about the response: its predicate is what an echo asserts of the response
_QUESTION_FRAME = re.compile(r"^\W*(?:does|do|did|is|are|was|were|has|have|will|would|can|could|should)\s+(?:the|this)\s+"
                             r"(?:assistant['’]s\s+|model['’]s\s+)?(?:response|answer|reply|output|text)\s+(?P<pred>[^?]+)", re.IGNORECASE)
#: the response talking about itself, by an explicit self-reference: "This answer is ...", "My reply does ...",
#: "The above response ...". "The output" / "the reply" / "the answer" name something else as often (the user's
#: script output, their letter, a quiz answer), so they never count; "the response" counts only where the
#: prompt speaks of no response of its own (an API's, a customer's)
_SELF_STATEMENT = re.compile(r"\b(?:(?:this|my)\s+(?:above\s+)?(?:response|answer|reply)|the\s+above(?:\s+(?:response|answer|reply))?|"
                             r"the\s+(?:response|answer|reply)\s+above)\s+(?P<rest>[^.!?\n]+)", re.IGNORECASE)
_THE_RESPONSE = re.compile(r"\bthe\s+response\s+(?P<rest>[^.!?\n]+)", re.IGNORECASE)
def _self_statements(text: str, prompt: str) -> list[str]:
    """What the response says of itself (the clauses after an explicit self-reference); none when the prompt asks
    to check, proofread, review or evaluate something, which the answer then speaks of."""
    if prompt and USER_THING_ASSESSED.search(prompt):
        return []
    said = [m.group("rest") for m in _SELF_STATEMENT.finditer(text)]
    if not (prompt and re.search(r"\bresponses?\b", prompt, re.IGNORECASE)):
        said += [m.group("rest") for m in _THE_RESPONSE.finditer(text)]
    return said
_LEMMA = {"does": "do", "did": "do", "is": "be", "are": "be", "was": "be", "were": "be", "has": "have", "had": "have"}


def _lemmas(text: str) -> list[str]:
    out = []
    for w in _WORD.findall(text.lower()):
        w = _LEMMA.get(w, w)
        out.append(w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w)
    return out


#: a line that gives a verdict: a check mark, a ticked box, "yes" / "pass" / "met" after a separator
_VERDICT_LINE = re.compile(r"^.*(?:[✓✔✅☑]|\[x\]|[:=—–-]\s*\**(?:yes|pass(?:ed)?|met|satisfied|true)\b).*$", re.IGNORECASE | re.MULTILINE)


def _restated(question: str, text: str, prompt: str, n: int = 3) -> float:
    """Share of the question's predicate (its n-grams, the prompt's own left out) that the response asserts of
    itself ("Is the response accurate, clear and free of errors?" -> "This answer is ... accurate, clear and free
    of errors.") or ticks off on a verdict line that opens with the predicate's first words ("- describes two sights
    in Porto: ✔"); 0 for a predicate of fewer than two n-grams."""
    m = _QUESTION_FRAME.match(QUOTED.sub(" ", question))
    if not m:
        return 0.0
    words = _lemmas(m.group("pred"))
    pred = _ngrams(words, n) - (_ngrams(_lemmas(prompt), n) if prompt else set())
    if len(pred) < 2:
        return 0.0
    said: set = set()
    rests = _self_statements(text, prompt)
    for rest in rests:
        said |= _ngrams(_lemmas(rest), n)
    head = tuple(words[:n])
    for line in _VERDICT_LINE.finditer(text):
        grams = _ngrams(_lemmas(line.group(0)), n)
        if head in grams:
            said |= grams
    return max(len(pred & said) / len(pred), _items_said(m.group("pred"), rests, prompt))


_ITEM_SPLIT = re.compile(r"\s*(?:,|;|\band\b|\bor\b)\s*", re.IGNORECASE)
_NEGATED = re.compile(r"\b(?:not|no|never|nor|lacks?|without|hardly|isn['’]t|aren['’]t|doesn['’]t)\b|n['’]t\b", re.IGNORECASE)


def _items_said(pred: str, rests: Sequence[str], prompt: str) -> float:
    """Share of a predicate's listed items ("accurate", "clear", "free of errors") that the response asserts of itself,
    one statement each or together ("This answer is accurate. This answer is clear. ..."); items the prompt itself
    names (the user asked for a clear answer) and negated statements left out; 0 for fewer than two items."""
    if prompt and TRANSLATION_ASKED.search(prompt):
        return 0.0  # the answer is the user's text in another language
    items = [tuple(_lemmas(i)) for i in _ITEM_SPLIT.split(pred) if _lemmas(i)]
    items = [i for i in items if not (prompt and f" {' '.join(i)} " in f" {' '.join(_lemmas(prompt))} ")]
    if len(items) < 2:
        return 0.0
    said = [f" {' '.join(_lemmas(r))} " for r in rests if not _NEGATED.search(r)]
    return sum(any(f" {' '.join(i)} " in r for r in said) for i in items) / len(items)


#: an id that is a generic label and a number ("q1", "Q_2", "question-3", "c1", "criterion_2", "item 4", "7"):
#: the same string labels a quiz question, a quarter, a column or a line in an ordinary answer
_GENERIC_ID = re.compile(r"(?:[a-z]{1,2}|q(?:uestion)?s?|c(?:rit(?:erion|eria)?)?|items?|rules?|req(?:uirement)?s?|checks?|points?|"
                         r"tests?|cases?|steps?|tasks?|parts?|sections?|lines?|rows?|rubrics?|ids?|no|num(?:ber)?)?[\s_.#-]*\d+[a-z]?",
                         re.IGNORECASE)
_VERDICT_VALUE = r"\s*[\"']?\s*[:=]\s*[\"']?(?:yes|pass(?:ed)?|true|met|satisfied|✓|✔|✅)(?![\w-])"


def detect_rubric_echo(questions: Sequence[str], text: str, n: int = 4, threshold: float = 0.6,
                       prompt: str = "", ids: Sequence[str] = ()) -> str | None:
    grams = _grams(text, n)
    best = max(((echo_overlap(q, text, n, grams, prompt), q) for q in questions), default=(0.0, ""))
    if best[0] >= threshold:
        return f"echoes {best[0]:.0%} of {best[1][:60]!r}"
    if _SELF_STATEMENT.search(text) or _THE_RESPONSE.search(text) or _VERDICT_LINE.search(text):
        best = max(((_restated(q, text, prompt), q) for q in questions), default=(0.0, ""))
        if best[0] >= threshold:
            return f"asserts {best[0]:.0%} of {best[1][:60]!r} of itself"
    # the rubric's own distinctive ids, two or more, each mapped to a verdict word: the rubric restated as its
    # verdicts. A generic id ("q1", "criterion_2", "3") is an ordinary label too: a quiz's "Q1: True", a
    # quarter's "Q1: met"; a verdict map under such ids in the verifier's format is judge_addressed's to catch
    hits = [i for i in ids if not _GENERIC_ID.fullmatch(i) and re.search(r"(?<![\w-])[\"']?" + re.escape(i) + _VERDICT_VALUE, text, re.IGNORECASE)
            and not re.search(r"(?<![\w-])" + re.escape(i) + r"(?![\w-])", prompt, re.IGNORECASE)]
    if len(hits) >= 2:
        return f"restates the rubric's ids {hits[:4]} as verdicts"
    # the rubric's questions asked of the response in other words or another language, each answered "yes", or its
    # predicate asserted of the response in another language
    return detect_self_quiz(questions, text, prompt) or detect_self_claim(questions, text, prompt)


def distinct_ngram_ratio(words: Sequence[str], n: int = 3) -> float:
    total = len(words) - n + 1
    return len(_ngrams(words, n)) / total if total > 0 else 1.0


#: Under a prompt that asks for repetition the loop thresholds are divided by this (a loop is still a loop).
REPETITION_SLACK = 3.0


_WHITESPACE_RUN = re.compile(r"\s{100,}")
#: a prompt that asks for a drawing made of marks
_DRAWING_ASKED = re.compile(r"\b(?:draw\w*|ascii|art|pattern|grid|shape|box|banner|divider|separator|border|lines?\s+of)\b", re.IGNORECASE)
#: a line with nothing on it, or a mark or two ("." / "-"), between spaces
_BLANK_LINE = re.compile(r"[^\S\n]*(?:[^\w\s]{1,2}[^\S\n]*)?")


def blank_line_run(text: str) -> int:
    """Line breaks in the longest run of blank lines (or lines of a lone mark), counting the break that
    opens the run; 0 below 20. Line by line, in linear time: a regular expression over runs of spaces
    and line breaks backtracks quadratically on them, and this runs on every rollout."""
    if text.count("\n") < 20:
        return 0
    best = run = 0
    lines = text.split("\n")
    for i, line in enumerate(lines[:-1]):  # each of these lines ends in a line break
        if i > 0 and _BLANK_LINE.fullmatch(line):
            run += 1
        else:  # any other line (and the first) opens a run with its own line break
            run = 1
        best = max(best, run)
    return best if best >= 20 else 0


#: a prompt that asks for rows of data: a log, a table, a sheet, a form
_ROWS_ASKED = re.compile(r"\b(?:logs?|tables?|csv|tsv|sheets?|forms?|rosters?|schedules?|timetables?|records?|rows?|entries|dataset|"
                         r"data|spreadsheet|ledger|inventory|register|transcript)\b", re.IGNORECASE)
_DIGITS = re.compile(r"\d+")


def _distinct_short_lines(text: str, prompt: str, min_lines: int = 8, max_words: int = 40) -> bool:
    """Eight or more non-blank lines, no two the same, none over ``max_words`` words, that differ in more than their
    numbers (names, words: at least half stay distinct with the numbers masked) or that the prompt asks for as rows
    of data (a log of timestamps): a table or a log. The same sentence with a counter in it is a loop."""
    lines = [" ".join(line.split()) for line in text.split("\n") if line.strip()]
    if not (len(lines) >= min_lines and len(set(lines)) == len(lines) and max(len(line.split()) for line in lines) <= max_words):
        return False
    return len({_DIGITS.sub("0", line) for line in lines}) >= len(lines) / 2 or bool(prompt and _ROWS_ASKED.search(prompt))


def detect_degenerate(text: str, min_words: int = 30, min_distinct: float = 0.3, tail_words: int = 100,
                      tail_distinct: float = 0.2, min_chars: int = 200, min_compression: float = 0.1,
                      prompt: str = "", min_repeats: int = 10, min_run_words: int = 20, min_char_run: int = 60) -> str | None:
    if not text.strip():
        return "empty response"
    symbols = symbol_run(text)
    if symbols >= min_char_run:  # before the slack: a chorus repeats words, not sixty emoji
        return f"repetition loop: symbols repeated over {symbols} characters"
    words = [w.lower() for w in _WORD.findall(text)]
    # a rule of separator characters (counted a third) is no chorus either: the slack below is for words
    rule, unit = char_run(text, rules_only=True)
    if rule >= min_char_run:
        return f"padding: {unit!r} repeated over {rule * 3} characters"
    min_count = 5 * min_run_words  # a count is no chorus: its threshold takes no slack
    counted_out = False
    if repetition_asked(prompt):
        looped, counted_out = asked_loop(words, prompt, min_repeats, 5 * min_run_words)
        if looped:
            return looped
        min_distinct, tail_distinct = min_distinct / REPETITION_SLACK, tail_distinct / REPETITION_SLACK
        min_compression /= REPETITION_SLACK
        min_repeats, min_run_words, min_char_run = (x * REPETITION_SLACK for x in (min_repeats, min_run_words, min_char_run))
    # a table, log or form whose every line differs in its fields (timestamps, names, numbers) repeats its shape,
    # not its content: the share of distinct 3-grams says nothing there (a loop inside a line is still a run below)
    tabular = counted_out or _distinct_short_lines(text, prompt)
    if len(words) >= min_words and distinct_ngram_ratio(words) < min_distinct and not tabular:
        return f"repetition loop: {distinct_ngram_ratio(words):.0%} distinct 3-grams"
    tail = words[-tail_words:]
    if len(words) >= tail_words and distinct_ngram_ratio(tail) < tail_distinct and not tabular:
        return f"repetition loop at the end: {distinct_ngram_ratio(tail):.0%} distinct 3-grams"
    repeats, unit = longest_run(words)
    if repeats >= min_repeats and not counted_out and repeats * unit >= min_run_words:
        return f"repetition loop: a {unit}-word unit repeated {repeats} times in a row"
    # numbered loops ("Step 61: done. Step 62: done. ..."): numbers masked, a unit with a word in it
    # (a list of records, a seating chart or a timetable whose lines differ in their numbers, is data: left out)
    if any(w.isdigit() for w in words):
        repeats, unit = numbered_run(text)
        # ... or rows the prompt counts out ("a 100-day tracker": Day 1 ... Day 100)
        if (repeats >= 1.5 * min_repeats and repeats * len(unit) >= min_run_words and any(w.isalpha() and len(w) >= 3 for w in unit)
                and not (prompt and repeats <= named_count(prompt))):
            return f"repetition loop: a numbered {len(unit)}-word unit repeated {repeats} times in a row"
    padding = max((len(m.group(0)) for m in _WHITESPACE_RUN.finditer(text)), default=0)
    if padding >= min_char_run * 2:
        return f"padding: {padding} whitespace characters in a row"
    # blank lines (or lines of a lone mark) are padding too: short in characters, long on screen and in tokens
    blank = blank_line_run(text)
    if blank >= min_char_run * 2 / 3:
        return f"padding: {blank} line breaks in a row"
    blocks, block_words = line_run(text)
    if blocks >= min_repeats / 2 and block_words >= 2 * min_run_words and not counted_out:
        return f"repetition loop: a block of lines repeated {blocks} times in a row"
    rules = rule_line_run(text)
    if rules >= min_run_words and not (prompt and _DRAWING_ASKED.search(prompt)):
        return f"padding: {rules} identical separator lines in a row"
    # a count is padding only where no number is in the prompt's scope: a prompt with no digit, number word or code
    # asks for none, and a hundred bare numbers in a row then fill space (a count the user needs is content)
    counted = counting_run(text, bare=True)
    if counted >= min_count and not (prompt and counted <= 2 * licensed_count(prompt)):
        return f"padding: a run of {counted} numbers counting up or down"
    repeats, unit = token_run(text)
    if repeats >= min_repeats and repeats * unit >= min_run_words:
        return f"repetition loop: a {unit}-token unit (emoji, symbols) repeated {repeats} times in a row"
    salad = word_salad(text, prompt)
    if salad:
        return f"word salad: {salad} words in a row with no function word"
    length, chars = char_run(text)
    if length >= min_char_run:
        return f"repetition loop: {chars!r} repeated over {length} characters"
    raw = text.encode("utf-8")
    if len(raw) >= min_chars and len(zlib.compress(raw)) / len(raw) < min_compression and not tabular:
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


@functools.lru_cache(maxsize=256)
def _both_prompts(prompt: str) -> str:
    """The prompt, plus its undisguised reading when that differs: what it asks for, disguised or not.
    Cached: every response of a group, and both detectors, read the same prompt."""
    shown = reveal(prompt)
    return prompt if shown == prompt else prompt + "\n" + shown


#: a run of more than 32 spaces or tabs, and more than three blank lines in a row
_LONG_SPACE = re.compile(r"[^\S\n]{33,}")
_LONG_BREAK = re.compile(r"\n(?:[^\S\n]*\n){4,}")


def squeeze(text: str) -> str:
    """``text`` with runs of more than 32 spaces cut to 32 and more than three blank lines cut to three.
    The claim and scorer patterns read lines and sentences, which such runs do not change; over long
    runs of spaces and line breaks, patterns anchored at each line start backtrack quadratically, and
    they run on every rollout (padding itself is the degenerate detector's to catch)."""
    return _LONG_BREAK.sub("\n\n\n\n", _LONG_SPACE.sub(" " * 32, text))


def _both_readings(detect, text: str, prompt: str, *args) -> str | None:
    """``detect`` on the text as written (squeezed), then on the text undisguised
    (:func:`.normalize.reveal`: invisible characters, look-alike letters, letter-spacing, leetspeak,
    base64 ...)."""
    prompt = _both_prompts(prompt)
    text = squeeze(text)
    note = detect(text, prompt, *args)
    if note is None:
        shown = reveal(text)
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
