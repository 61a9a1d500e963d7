"""Repetition loops: a short unit of words or characters repeated back to back.

A policy that pads or loops repeats a unit (a word, a short phrase, a line, a few characters)
many times in a row; songs, chants and lists repeat too, but a refrain comes back a handful of
times, not dozens. :func:`longest_run` finds the longest back-to-back repetition of a unit of up to
``max_unit`` words; :func:`char_run` the longest of up to ``max_unit`` characters. Units made only of
digits (a zero matrix) are not counted; rules of ``-``, ``=``, ``_``, ``*`` and ``#`` (markdown and code
separators) count only at a much greater length.
"""
from __future__ import annotations

import bisect
import re
from typing import Sequence

_RULE_CHARS = set("-=_*#~+. ")


def longest_run(words: Sequence[str], max_unit: int = 12) -> tuple[int, int]:
    """``(repeats, unit)`` of the longest back-to-back repetition in ``words``: a unit of
    ``unit`` words that occurs ``repeats`` times in a row (1 when nothing repeats)."""
    best = (1, 1)
    n = len(words)
    for p in range(1, max_unit + 1):
        same = 0
        for i in range(p, n):
            if words[i] == words[i - p]:
                same += 1
                repeats = same // p + 1
                unit = words[i - p + 1:i + 1]
                if repeats > best[0] and not all(w.isdigit() for w in unit):
                    best = (repeats, p)
            else:
                same = 0
    return best


def periodic_run(words: Sequence[str], max_unit: int = 60) -> tuple[int, int]:
    """``(repeats, unit)`` of the longest back-to-back repetition of a unit of up to ``max_unit`` words (longer units
    than :func:`longest_run` reads: a paragraph of connectives pasted again and again). Each word is compared with
    the word one period earlier, for the periods at which the word's previous occurrence lies (one dictionary pass,
    then one pass per period found): linear in the text for the few periods a text has."""
    last: dict[str, int] = {}
    periods: dict[int, int] = {}
    for i, w in enumerate(words):
        j = last.get(w)
        if j is not None and i - j <= max_unit:
            periods[i - j] = periods.get(i - j, 0) + 1
        last[w] = i
    best = (1, 1)
    n = len(words)
    # a period must recur at least twice per word of the unit before it can hold a run of three
    for p in sorted(k for k, c in periods.items() if c >= 2 * k):
        same = 0
        for i in range(p, n):
            if words[i] == words[i - p]:
                same += 1
                if same // p + 1 > best[0]:
                    best = (same // p + 1, p)
            else:
                same = 0
    return best


def char_run(text: str, max_unit: int = 4, rules_only: bool = False) -> tuple[int, str]:
    """``(length in characters, unit)`` of the longest back-to-back repetition of a unit of up to
    ``max_unit`` non-space characters (a unit of digits or of separator characters is skipped
    unless it runs three times as long); ``rules_only``: only units of separator characters."""
    best = (0, "")
    for p in range(1, max_unit + 1):
        # back to back, or one space apart ("... ... ...", "★ ☆ ★ ☆")
        for m in re.finditer(r"(\S{%d})(?: ?\1){4,}" % p, text):
            unit, length = m.group(1), len(m.group(0))
            if unit.isdigit():
                continue
            if set(unit) <= _RULE_CHARS:
                length //= 3
            elif rules_only:
                continue
            if length > best[0]:
                best = (length, unit)
    return best


def symbol_run(text: str) -> int:
    """Length in characters of the longest :func:`char_run`-style run whose unit has no letter or
    digit and is not a separator rule (emoji, stars, check marks): no song or list needs dozens."""
    return symbol_run_units(text)[0]


def symbol_run_units(text: str) -> tuple[int, int]:
    """:func:`symbol_run`'s longest run as ``(characters, units)``: a row of 31 empty boxes is 31 units."""
    best = (0, 0)
    for p in range(1, 5):
        for m in re.finditer(r"(\S{%d})(?: ?\1){4,}" % p, text):
            unit = m.group(1)
            if not any(c.isalnum() for c in unit) and not set(unit) <= _RULE_CHARS | {"|"}:
                best = max(best, (len(m.group(0)), m.group(0).count(unit)))
    return best


def token_run(text: str, max_unit: int = 4) -> tuple[int, int]:
    """:func:`longest_run` over whitespace-separated tokens, for loops the word tokenizer does not
    see (emoji, symbols: "👍 👍 👍 ..."). Tokens made only of separator characters or ``|`` (table
    rules) are left out."""
    tokens = [t.lower() for t in text.split() if not set(t) <= _RULE_CHARS | {"|"}]
    return longest_run(tokens, max_unit)


#: function words of English, French, Spanish, German, Italian and Portuguese: every sentence of
#: ordinary prose has some
_FUNCTION = frozenset("""
the a an of to in and or is are was were be for on with as by at it this that not but from i you he she we they his her their its my
your our if so do no than then there which who what have has had will can
le la les de des du un une et est en que qui dans pour pas sur au aux ce il elle je nous vous
el los las del y es por para con se lo al su una
der die das und ist ein eine zu den mit von nicht auf sich dem des im ich sie er wir
il lo gli di che è per non della dei nel
o os as do da dos das em um não no na ao
""".split())
_SEGMENT = re.compile(r"[^\n.,;:!?()\[\]{}\"“”«»|]+")
_SALAD_ASKED = re.compile(r"\b(?:words|keywords|tags|vocabulary|list|random|nouns|verbs|adjectives|hashtags|names)\b", re.IGNORECASE)


#: letters of the six languages above: ASCII and the Latin-1 letters (no Vietnamese, Cyrillic, Hangul ...)
_KNOWN_LETTERS = re.compile(r"[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ffœŒ]+")
#: a prompt that asks for another language, whose function words the list does not hold
_OTHER_LANGUAGE = re.compile(r"\b(?:translat\w*|indonesian|malay|finnish|vietnamese|russian|korean|turkish|swahili|tagalog|filipino|polish|"
                             r"czech|slovak|hungarian|estonian|latvian|lithuanian|dutch|swedish|norwegian|danish|icelandic|romanian|"
                             r"croatian|serbian|slovenian|albanian|basque|catalan|galician|welsh|irish|latin|esperanto|hausa|yoruba|"
                             r"zulu|somali|uzbek|kazakh|azerbaijani|javanese|sundanese|cebuano|maori|hawaiian|samoan|language)\b",
                             re.IGNORECASE)


def _known_language(words: Sequence[str], min_words: int = 8, rate: float = 0.2) -> bool:
    """Whether ``words`` read as prose of one of the six languages: enough words, and a normal share of function
    words or three different ones (a short request: "Turn this into a checklist with ...")."""
    function = [w.lower() for w in words if w.lower() in _FUNCTION]
    return len(words) >= min_words and (len(function) >= rate * len(words) or len(set(function)) >= 3)


def word_salad(text: str, prompt: str = "", min_words: int = 25) -> int:
    """Length of the longest run of at least ``min_words`` alphabetic words with at most one
    function word and no punctuation (a policy emitting random vocabulary), or 0. A prompt that
    asks for words, keywords, tags or a list is answered by such runs. Only text of a language whose
    function words the list holds: the run is written in its letters, and the rest of the response or the
    prompt reads as that language's prose; prose in another language (Finnish,
    Indonesian, Vietnamese, Russian ...) has none of these function words and is not salad."""
    if prompt and (_SALAD_ASKED.search(prompt) or _OTHER_LANGUAGE.search(prompt)):
        return 0
    runs = []
    for seg in _SEGMENT.findall(text):
        words = seg.split()
        if len(words) >= min_words and all(w.isalpha() and _KNOWN_LETTERS.fullmatch(w) for w in words):
            if sum(w.lower() in _FUNCTION for w in words) <= 1:
                runs.append(words)
    if not runs:
        return 0
    # the rest of the response, counted once: its alphabetic words and how many of them are function words
    every = [w for w in text.split() if w.isalpha()]
    total, function = len(every), sum(w.lower() in _FUNCTION for w in every)
    rest = total - sum(len(words) for words in runs)  # outside every run
    rest_function = function - sum(w.lower() in _FUNCTION for words in runs for w in words)
    known = (rest >= 8 and rest_function >= 0.2 * rest) or _known_language(re.findall(r"[^\W\d_]+", prompt), 5)
    return max(len(words) for words in runs) if known else 0


_NUMBER = re.compile(r"\d{1,9}")
_NUMBER_GAP = re.compile(r"[^\w\n]{1,4}|[^\w\n]{0,3}\n[^\w\n]{0,3}")
#: between two numbers of a bare run: spaces, a comma, a full stop, a semicolon, one line break
_BARE_GAP = re.compile(r"[^\S\n]*[,.;]?[^\S\n]*\n?[^\S\n]*|[^\S\n]*[,.;]?[^\S\n]+")
#: what opens a value rather than a bare number: a bracket, a quote, an assignment, a label's letter
_OPENER = re.compile(r"[\[({\"'=#$€£]")


def counting_run(text: str, bare: bool = False) -> int:
    """Length of the longest run of numbers that count up or down by one ("1 2 3 ... 53", "60, 59, 58", "1.\\n2.\\n3."), with
    nothing but a few marks or one line break between two numbers (a list of leap years or of multiples steps by more).
    ``bare``: only numbers standing alone, with spaces, commas, full stops or one line break between them, outside a code
    block and not opened by a bracket, a quote or a label (a JSON array of order ids, seats C10, C11 ... are values).
    Linear in the text."""
    best = run = 0
    prev: re.Match | None = None
    step = 0
    opened = True
    fences = [f.start() for f in re.finditer("```", text)] if bare else []
    for m in _NUMBER.finditer(text):
        value = int(m.group(0))
        gap = _BARE_GAP if bare else _NUMBER_GAP
        if bare and ((m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] == "_"))
                     or (m.end() < len(text) and (text[m.end()].isalpha() or text[m.end()] == "_"))):
            run, step, prev = 0, 0, None  # part of a word or a label: C10, 10th, x_10
            continue
        if prev is not None and gap.fullmatch(text, prev.end(), m.start()) and value != int(prev.group(0)):
            d = value - int(prev.group(0))
            if abs(d) != 1:
                run, step = 1, 0
            elif run >= 2 and d == step:
                run += 1
            else:
                run, step = 2, d
        else:
            run, step = 1, 0
        if bare and run == 1:  # a run opens here: it must open bare, outside a code block
            j = m.start() - 1
            while j >= 0 and text[j].isspace() and m.start() - j < 64:
                j -= 1
            opened = not ((j >= 0 and _OPENER.fullmatch(text[j])) or bisect.bisect_left(fences, m.start()) % 2)
        prev = m
        if opened:
            best = max(best, run)
    return best


_RULE_LINE = re.compile(r"(?=(?:\s*[^\w\s]){3})[^\w\n]+")


def rule_line_run(text: str) -> int:
    """Longest run of identical separator lines ("-----", "=====", "*****"), blank lines between them allowed."""
    best = run = 0
    last = None
    for line in text.split("\n"):
        line = line.strip()
        if not line:
            continue
        if _RULE_LINE.fullmatch(line):
            run = run + 1 if line == last else 1
            best = max(best, run)
        else:
            run = 0
        last = line
    return best


_LETTERED = re.compile(r"\S*[^\W\d_]\S*")


def line_run(text: str, max_unit: int = 6) -> tuple[int, int]:
    """``(repeats, words in the run)`` of the longest back-to-back repetition of a block of up to ``max_unit`` non-blank
    lines (a paragraph or a question-and-answer pair pasted again and again)."""
    lines = [" ".join(line.split()).lower() for line in text.split("\n") if line.strip()]
    repeats, unit = longest_run(lines, max_unit)
    if repeats < 2:
        return 1, 0
    for i in range(len(lines) - repeats * unit + 1):
        chunk = lines[i:i + unit]
        if all(lines[i + k * unit:i + (k + 1) * unit] == chunk for k in range(repeats)):
            # words with a letter: a block of numbers and rules (a table's identical rows, a zero matrix) is data
            return repeats, repeats * sum(len(_LETTERED.findall(line)) for line in chunk)
    return repeats, 0


_WORD = re.compile(r"\w+", re.UNICODE)
#: a record's field label is a word, not a sentence: a line of function words ("I will follow the rules 12") is prose
_MAX_FUNCTION_WORDS = 1


def _independent_fields(fields: Sequence[Sequence[int]]) -> int:
    """How many of the rows' number fields change independently: a field that never changes is none, and fields that
    move together (their difference or their sum the same on every row: "Step 12: repeat step 11", "day 3, 27 to go")
    are one counter."""
    columns = [[row[k] for row in fields] for k in range(len(fields[0]))]
    kept: list[list[int]] = []
    for col in columns:
        if len(set(col)) > 1 and not any(len({a - b for a, b in zip(col, other)}) == 1 or len({a + b for a, b in zip(col, other)}) == 1
                                         for other in kept):
            kept.append(col)
    return len(kept)


def _record_block(lines: Sequence[str]) -> bool:
    """Lines of one shape (the same words, numbers masked) that are records, not a counted sentence: every line holds two
    numbers or more, two of its number fields change independently from line to line (a row and a seat, a match and its
    seeds, a period and its times), and its words are labels (at most one function word: "Row 1: seat 4 - candidate 12",
    not "Day 3: I will follow the rules"). A loop's numbers are one counter ("Step 61: done", "Step 12: repeat step 11"),
    or a counter and a constant ("1 of 40")."""
    fields = [[int(n) for n in _NUMBER.findall(line)] for line in lines]
    if len(fields[0]) < 2 or len({len(row) for row in fields}) > 1:
        return False
    labels = [w.lower() for w in _WORD.findall(lines[0]) if not w.isdigit()]
    return _independent_fields(fields) >= 2 and sum(w in _FUNCTION for w in labels) <= _MAX_FUNCTION_WORDS


def numbered_run(text: str, max_unit: int = 12, min_rows: int = 3) -> tuple[int, list[str]]:
    """``(repeats, unit)`` of the longest back-to-back repetition of the text's words (lower case) with their numbers masked
    as ``0`` (a numbered loop: "Step 61: done. Step 62: done. ..."), the unit as its masked words. A list of records (at
    least ``min_rows`` consecutive non-blank lines of one shape whose numbers are data, see :func:`_record_block`: a seating
    chart, a timetable, a bracket, an inventory) is left out: its lines differ in their numbers, which is the content."""
    lines = [line for line in text.split("\n") if line.strip()]
    shapes = [tuple("0" if w.isdigit() else w.lower() for w in _WORD.findall(line)) for line in lines]
    kept: list[str] = []
    i = 0
    while i < len(lines):
        j = i + 1
        while j < len(lines) and shapes[j] == shapes[i]:
            j += 1
        if j - i >= min_rows and _record_block(lines[i:j]):
            kept.append("_records_")  # one word in their place: the words on either side do not join into one run
        else:
            kept.extend(lines[i:j])
        i = j
    masked = ["0" if w.isdigit() else w.lower() for w in _WORD.findall("\n".join(kept))]
    repeats, unit = longest_run(masked, max_unit)
    for k in range(len(masked) - repeats * unit + 1):
        chunk = masked[k:k + unit]
        if all(masked[k + r * unit:k + (r + 1) * unit] == chunk for r in range(repeats)):
            return repeats, chunk
    return repeats, masked[:unit]
