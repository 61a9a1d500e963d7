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
  matches as a substring anywhere (``すべての``, ``モデルは``), except a form of one or two kana
  (``はい``), which matches only where no kana comes right before or after it (not inside
  ``しはいにん`` or ``はいります``);
- a form with a digit (``100分``, ``10/10``): matches where no digit, ``/``, ``.`` or ``,`` comes right
  before or after it, nor a word of time after it (``100分钟`` is a hundred minutes).

Text and forms are compared case-folded, in NFC, with Turkish ``İ``/``ı`` read as ``i``, Tibetan's
non-breaking tsheg as its tsheg and soft hyphens ignored; zero-width spaces and word joiners split no form
of a script written without spaces; punctuation of any script (a danda ``।``, Arabic ``،``, Ethiopic
``።``, Armenian ``։``) ends a word.

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

#: blocks whose combining marks (Indic vowel signs and viramas, tone marks, Arabic harakat, Hebrew points)
#: ``\w`` alone splits off a word; their punctuation (a danda, Hebrew maqaf or sof pasuq) is not taken in
_MARK_BLOCKS = ((0x0300, 0x036f), (0x0483, 0x0489), (0x0591, 0x05c7), (0x064b, 0x065f), (0x0670, 0x0670),
                (0x0900, 0x0dff), (0x1ab0, 0x1aff), (0x1dc0, 0x1dff))
_IN_WORD = "".join(re.escape(chr(c)) for lo, hi in _MARK_BLOCKS for c in range(lo, hi + 1)
                   if unicodedata.category(chr(c))[0] in "LMN")
#: a word, with its combining marks and joiners
_WORD = re.compile(rf"[\w{_IN_WORD}\u200c\u200d]+")
#: scripts written without spaces between words: their forms are matched as substrings
_UNSPACED = re.compile(r"[\u0e00-\u0fff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff]")
_KANA_ONLY = re.compile(r"[\u3040-\u30ff]+")
#: a form of this many kana or fewer occurs inside too many other words to be read as a substring
SHORT_KANA = 2
_DIGIT = re.compile(r"\d")
_SPACE = re.compile(" ")
#: read as another character (Turkish dotless i, Tibetan's non-breaking tsheg), or not at all (soft hyphen)
_FOLD = str.maketrans({"\u0131": "i", "\u0f0c": "\u0f0b", "\u00ad": None})
#: invisible breaks (zero-width space, word joiner, byte-order mark): between words of a spaced script they
#: end a word, inside a run of a script written without spaces they split no form
_INVISIBLE = re.compile("[\u200b\u2060\ufeff]")
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
    #: forms of unspaced scripts (anywhere), of a short kana word (between non-kana), with a digit (between
    #: non-digits) and of several words (whole words), each an alternation
    unspaced: re.Pattern | None
    kana: re.Pattern | None
    numerals: re.Pattern | None
    phrases: re.Pattern | None
    concept_of: dict[str, str]


def _alternation(forms, before: str = "", after: str = "") -> re.Pattern | None:
    """One pattern for ``forms`` (longest first), each neither preceded by ``before`` nor followed by
    ``after`` (character classes; empty: anywhere)."""
    if not forms:
        return None
    body = "|".join(map(re.escape, sorted(forms, key=len, reverse=True)))
    return re.compile((f"(?<!{before})" if before else "") + f"(?:{body})" + (f"(?!{after})" if after else ""))


def _numerals(forms) -> re.Pattern | None:
    """One pattern for the forms with a digit: not inside a longer number, a date or a fraction (no digit or
    ``/`` right before or after, no ``.``/``,`` between it and a digit), nor before a word of time
    (``100分钟``); a sentence's stop or comma after it is fine ("I rate it 10/10.")."""
    pattern = _alternation(forms)
    return pattern and re.compile(rf"(?<![\d/])(?<!\d[.,])(?:{pattern.pattern})(?![\d/钟鐘間间])(?![.,]\d)")


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
    kana: dict[str, str] = {}
    numerals: dict[str, str] = {}
    phrases: dict[str, str] = {}
    for concept, forms in concepts().items():
        for form in forms:
            form = _fold(form)
            if any(ch.isdigit() for ch in form):
                numerals.setdefault(form.rstrip("*"), concept)
            elif len(form) <= SHORT_KANA and _KANA_ONLY.fullmatch(form):
                kana.setdefault(form, concept)
            elif _UNSPACED.search(form):
                unspaced.setdefault(form.rstrip("*"), concept)
            elif " " in form:
                phrases.setdefault(form.rstrip("*"), concept)
            elif form.endswith("*") and len(form) > STEM_KEY:
                stems.setdefault(form[:STEM_KEY], []).append((form[:-1], concept))
            else:
                words.setdefault(form.rstrip("*"), set()).add(concept)
    return _Lexicon({w: frozenset(c) for w, c in words.items()}, {k: tuple(v) for k, v in stems.items()},
                    _alternation(unspaced), _alternation(kana, r"[\u3040-\u30ff]", r"[\u3040-\u30ff]"),
                    _numerals(numerals), _alternation(phrases, r"\w", r"\w"),
                    {**unspaced, **kana, **numerals, **phrases})


def concepts_in(text: str) -> list[str]:
    """The concepts named in ``text``, in the order their words occur (a word of two concepts gives both)."""
    lex = _lexicon()
    text = _fold(text)
    found: list[tuple[int, str]] = []
    for m in _WORD.finditer(text):
        w = m.group(0)
        hit = set(lex.words.get(w, ()))
        for stem, concept in lex.stems.get(w[:STEM_KEY], ()):
            if w.startswith(stem):
                hit.add(concept)
        found.extend((m.start(), c) for c in sorted(hit))
    if _UNSPACED.search(text):
        joined = _INVISIBLE.sub("", text)
        for pattern in (lex.unspaced, lex.kana):
            if pattern is not None:
                found.extend((m.start(), lex.concept_of[m.group(0)]) for m in pattern.finditer(joined))
    for pattern, needs in ((lex.numerals, _DIGIT), (lex.phrases, _SPACE)):
        if pattern is not None and needs.search(text):
            found.extend((m.start(), lex.concept_of[m.group(0)]) for m in pattern.finditer(text))
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


def _fold(text: str) -> str:
    """``text`` as forms are compared: :func:`_nfc`, case-folded (``İ`` as ``i``, not ``i`` and a dot), read
    through :data:`_FOLD`."""
    text = _nfc(text.replace("\u0130", "i")).lower()
    if "\u0307" in text:
        text = text.replace("i\u0307", "i")
    return text.translate(_FOLD)


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
