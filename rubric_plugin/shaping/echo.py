"""The rubric restated by the response (the pure reading behind :class:`.detectors.RubricEcho`): a criterion's wording
echoed (word n-gram overlap, quoted phrases and the prompt's own wording left out), its predicate asserted of the response
by an explicit self-reference or ticked off on a verdict line, the rubric's distinctive ids mapped to verdicts, or its
questions asked of the response and answered "yes" in another language (:mod:`.echo_i18n`)."""
from __future__ import annotations

import re
from typing import Sequence

from rubric_plugin.shaping.context import QUOTED
from rubric_plugin.shaping.echo_i18n import TRANSLATION_ASKED, USER_THING_ASSESSED, detect_self_claim, detect_self_quiz

_WORD = re.compile(r"\w+", re.UNICODE)

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
