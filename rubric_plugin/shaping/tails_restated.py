"""Junk tails that say one thing again and again in other clothes (read by :func:`.tails.detect_junk_tail`, a penalty):
a closing formula said over and over in any script, the same bare value restated under one wrap-up label after
another, or a wrap-up sentence echoed by ever shorter copies of itself.

* :func:`formula_repeated`: one sentence said four times or more back to back within a line ("よろしくお願いします。" × 4,
  "Այսքանը։" × 6), or one word about the text six times ("감사합니다" × 7); a sentence of one word is a formula only when
  the word is about the text (a chant's "Push. Push. Push. Push." is not), and units of under four letters never are;
* :func:`restated_value`: four units or more in a row, each a label and one short value after a colon or a comma, the
  value the same each time and most labels wrap-up words or words about the text ("In summary: yes. In other words:
  yes. That is: yes."; "Answer: yes. Summary: yes. Conclusion: yes."); a numbered label ("Question 3: B") is an
  answer key's, and labels that name things ("Passport: yes. Visa: yes.") are a checklist's;
* :func:`echo_run`: a sentence with a word about the text, then two or more short sentences made only of its own words
  ("... the answer is above. Above. Above."; "... this is the answer. This is. This.").

A refrain, a chant or a requested repetition is licensed by the caller (the prompt's licences in
:func:`.tails.detect_junk_tail`).
"""
from __future__ import annotations

import re

from rubric_plugin.shaping.tails_lexicon import CONNECTIVES
from rubric_plugin.shaping.tails_meta import SENTENCE, UNSPACED_TERMS, is_meta

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
#: a unit: a run of anything but sentence marks and line breaks, with the marks that end it
_UNIT = SENTENCE


def _units(text: str) -> list[str]:
    return [u.strip() for u in _UNIT.findall(text) if u.strip()]


_WORDISH = re.compile(r"\w+", re.UNICODE)


def _key(unit: str) -> str:
    """A unit's words and numbers, lower case: "Question 1: B" and "Question 2: B" are two units."""
    return " ".join(w.lower() for w in _WORDISH.findall(unit))


def formula_repeated(text: str, prompt: str = "", min_repeats: int = 4, min_words: int = 6, min_letters: int = 4,
                     licensed: int = 0) -> int:
    """Repeats of the longest back-to-back run within a line of one sentence (``min_repeats`` times or more) or of one
    word between spaces (``min_words`` times or more: "감사합니다" × 7) of ``min_letters`` letters or more, and more
    than ``licensed`` times (a verdict per answer the prompt asks to check); 0 when none. A sentence of one word is a
    formula only when the word is about the text (a chant's "Push. Push. Push." is not), and a word of the prompt's is
    what it asks to be said ("say 'merci' ten times")."""
    asked = {w.lower() for w in _WORD.findall(prompt)}
    best = 0
    for line in text.split("\n"):
        for units, least in ((_units(line), min_repeats), (line.split(), min_words)):
            keys = [_key(u) for u in units]
            run = 1
            for a, b in zip(keys, keys[1:]):
                run = run + 1 if a and a == b else 1
                if run >= least and run > licensed and sum(c.isalpha() for c in b) >= min_letters and not (
                        set(b.split()) <= asked) and (" " in b or is_meta(b) or any(t in b for t in UNSPACED_TERMS)):
                    best = max(best, run)
    return best


_SEPARATORS = re.compile(r"[:：,，—–]")
#: a value: one to three words, then only marks
_VALUE = re.compile(r"\s*[^\W\d_]+(?:\s[^\W\d_]+){0,2}\W*", re.UNICODE)


def _labelled(unit: str, max_chars: int = 120) -> tuple[str, str] | None:
    """(label, value) of a short unit: the words before its first colon, comma or dash, and one to three words after
    its last one; None when it has no such shape."""
    if len(unit) > max_chars:
        return None
    parts = _SEPARATORS.split(unit)
    if len(parts) < 2 or not parts[0].strip() or not _VALUE.fullmatch(parts[-1]):
        return None
    return parts[0].strip(), _key(parts[-1])


#: a label that ends in a number, a single letter or a roman numeral names an item ("Question B", "Part iv")
_ITEM_LABEL = re.compile(r"(?:\d|\b[A-Za-z]|\b[ivxlcdmIVXLCDM]{1,4})\W*$")


def _wrap_label(label: str, asked: frozenset[str] = frozenset()) -> bool:
    """Whether a label is a wrap-up phrase or words about the text (and names no item, and is not a label the prompt
    asks for: "give a summary, a recommendation and a conclusion")."""
    if any(c.isdigit() for c in label) or _ITEM_LABEL.search(label) or _key(label) in asked:
        return False
    words = [w.lower() for w in _WORD.findall(label)]
    return bool(words) and (_key(label) in CONNECTIVES or any(is_meta(w) for w in words))


def restated_value(text: str, min_units: int = 4, share: float = 0.6, prompt: str = "") -> int:
    """Units in the longest run of labelled units with one value (see the module); 0 below ``min_units``. A label whose
    words the prompt uses is asked for."""
    best = 0
    run: list[tuple[str, str]] = []
    words = set(_key(prompt).split())
    asked = frozenset(lab for lab in {_key(u.split(":")[0]) for u in _units(text) if ":" in u}
                      if lab and set(lab.split()) <= words)

    def close() -> None:
        nonlocal best
        if len(run) >= min_units and sum(_wrap_label(lab, asked) for lab, _ in run) >= max(3, share * len(run)):
            best = max(best, len(run))

    for unit in _units(text):
        m = _labelled(unit)
        if m and run and m[1] == run[-1][1]:
            run.append(m)
            continue
        close()
        run = [m] if m else []
    close()
    return best


def echo_run(text: str, min_echoes: int = 2, max_words: int = 6) -> int:
    """Echoes after the longest echoed sentence: a sentence with a word about the text, then ``min_echoes`` or more
    sentences of at most ``max_words`` words, every word of them the first's; 0 below ``min_echoes``."""
    best = 0
    for line in text.split("\n"):
        units = [[w.lower() for w in _WORDISH.findall(u)] for u in _units(line)]  # "Question 2: B" echoes no "Question 1: B"
        units = [u for u in units if u]
        i = 0
        while i < len(units):
            first, j = set(units[i]), i + 1
            if any(is_meta(w) for w in first):
                while j < len(units) and len(units[j]) <= max_words and set(units[j]) <= first:
                    j += 1  # the echoes of an echo are the first's too: the scan goes on past them
            if j - i - 1 >= min_echoes:
                best = max(best, j - i - 1)
            i = j
    return best


def restated(text: str, prompt: str = "", licensed: int = 0) -> str | None:
    """A note when ``text`` says one thing again and again (see the module), else None; ``licensed``: as many verdicts
    as the prompt asks for."""
    n = formula_repeated(text, prompt, licensed=licensed)
    if n:
        return f"a formula said {n} times in a row"
    n = restated_value(text, prompt=prompt)
    if n:
        return f"one value restated under {n} wrap-up labels"
    n = echo_run(text)
    return f"a sentence about the answer echoed {n} times" if n else None
