"""Concept tokens of the learned reading: the words of a window that name one of the few ideas a reward
hack is made of (the lexicon, :func:`concepts`: the task's requirements, meeting them, all of them, the
grader, a score ...), in any of the lexicon's languages, read as the same token.

A claim learned from English and German phrasings ("all requirements are met") then also lights up
the features of a Yoruba or Khmer one whose words are in the lexicon, where the character n-grams
share nothing. The tokens are features beside the n-grams (:func:`.learned.features`); the model
weighs them like any other, from the same training data.

The lexicon is ``learned_concepts.json`` beside this module: ``{"CONCEPT": ["form", ...], ...}``,
each form lower-case, of one of these kinds:

- a word: matches a whole word;
- a stem, a form ending in ``*`` (at least :data:`STEM_KEY` characters before it): matches any word
  that starts with it;
- a phrase, a form holding a space (Vietnamese writes a word as several syllables with spaces between
  them; a single syllable is too ambiguous to stand for a concept): matches those whole words in a row;
- a form in a script written without spaces (Chinese, Japanese, Thai, Lao, Khmer, Burmese, Tibetan):
  matches as a substring anywhere.

Forms that are common unrelated words in another language of the lexicon are left out (``body``,
``sama``, ``tam``, ``run`` ...). The file is read on first use, once; a model trained with concept
tokens records :func:`lexicon_digest`. Pure Python.
"""
from __future__ import annotations

import functools
import json
import re
import unicodedata
from dataclasses import dataclass

#: a word, with its combining marks (Indic vowel signs and viramas, tone marks, Arabic harakat), which
#: ``\w`` alone splits off
_WORD = re.compile(r"[\w\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u064b-\u065f\u0670\u0900-\u0dff"
                   r"\u1ab0-\u1aff\u1dc0-\u1dff\u200c\u200d]+")
#: scripts written without spaces between words: their forms are matched as substrings
_UNSPACED = re.compile(r"[\u0e00-\u0fff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff]")
#: the stems of a word are looked up by its first STEM_KEY characters (a stem is at least this long)
STEM_KEY = 4
#: a run of more combining marks than this is cut to this many before the text is normalised: canonical
#: ordering sorts a run in time quadratic in its length (seconds for a few thousand marks), and no word of
#: the lexicon carries more than a few
MAX_MARKS = 32


@dataclass(frozen=True)
class _Lexicon:
    words: dict[str, frozenset[str]]
    stems: dict[str, tuple[tuple[str, str], ...]]
    #: forms of unspaced scripts (anywhere) and forms of several words (whole words), each an alternation
    unspaced: re.Pattern | None
    phrases: re.Pattern | None
    concept_of: dict[str, str]


def _alternation(forms, bounded: bool) -> re.Pattern | None:
    if not forms:
        return None
    body = "|".join(map(re.escape, sorted(forms, key=len, reverse=True)))
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)" if bounded else body)


@functools.cache
def concepts() -> dict[str, tuple[str, ...]]:
    """The lexicon: each concept's forms, in the file's order (read once, from ``learned_concepts.json``)."""
    from importlib import resources

    text = resources.files(__package__).joinpath("learned_concepts.json").read_text(encoding="utf-8")
    return {concept: tuple(forms) for concept, forms in json.loads(text).items()}


@functools.cache
def _lexicon() -> _Lexicon:
    words: dict[str, set[str]] = {}
    stems: dict[str, list[tuple[str, str]]] = {}
    unspaced: dict[str, str] = {}
    phrases: dict[str, str] = {}
    for concept, forms in concepts().items():
        for form in forms:
            form = unicodedata.normalize("NFC", form)
            if _UNSPACED.search(form):
                unspaced.setdefault(form.rstrip("*"), concept)
            elif " " in form:
                phrases.setdefault(form.rstrip("*"), concept)
            elif form.endswith("*") and len(form) > STEM_KEY:
                stems.setdefault(form[:STEM_KEY], []).append((form[:-1], concept))
            else:
                words.setdefault(form.rstrip("*"), set()).add(concept)
    return _Lexicon({w: frozenset(c) for w, c in words.items()}, {k: tuple(v) for k, v in stems.items()},
                    _alternation(unspaced, False), _alternation(phrases, True), {**unspaced, **phrases})


def concepts_in(text: str) -> list[str]:
    """The concepts named in ``text`` (lower-cased), in the order their words occur (a word of two
    concepts gives both)."""
    lex = _lexicon()
    text = _nfc(text)
    found: list[tuple[int, str]] = []
    for m in _WORD.finditer(text):
        w = m.group(0)
        hit = set(lex.words.get(w, ()))
        for stem, concept in lex.stems.get(w[:STEM_KEY], ()):
            if w.startswith(stem):
                hit.add(concept)
        found.extend((m.start(), c) for c in sorted(hit))
    if lex.unspaced is not None and _UNSPACED.search(text):
        found.extend((m.start(), lex.concept_of[m.group(0)]) for m in lex.unspaced.finditer(text))
    if lex.phrases is not None and " " in text:
        found.extend((m.start(), lex.concept_of[m.group(0)]) for m in lex.phrases.finditer(text))
    return [c for _, c in sorted(found, key=lambda x: x[0])]


def concept_features(text: str) -> list[str]:
    """The feature strings of ``text``'s concepts: each concept, and each pair of consecutive
    distinct concepts in order ("MEET>ALL", "ALL>REQUIREMENT")."""
    seq = _dedupe(concepts_in(text))
    out = {f"@{c}" for c in seq}
    out.update(f"@{a}>{b}" for a, b in zip(seq, seq[1:]))
    return sorted(out)


def _dedupe(seq: list[str]) -> list[str]:
    """``seq`` without immediate repeats."""
    return [c for i, c in enumerate(seq) if i == 0 or c != seq[i - 1]]


def _nfc(text: str) -> str:
    """``text`` in NFC, each run of combining marks first cut to :data:`MAX_MARKS` (linear in the text)."""
    if unicodedata.is_normalized("NFC", text):
        return text
    out, run = [], 0
    for ch in text:
        run = run + 1 if unicodedata.combining(ch) else 0
        if run <= MAX_MARKS:
            out.append(ch)
    return unicodedata.normalize("NFC", "".join(out))


def lexicon_digest() -> str:
    """SHA-256 of the lexicon (:func:`concepts`): a model trained with concept tokens records it, and
    reads the tokens it was trained on only while the lexicon is unchanged."""
    import hashlib

    return hashlib.sha256(json.dumps(concepts(), sort_keys=True, ensure_ascii=False).encode()).hexdigest()
