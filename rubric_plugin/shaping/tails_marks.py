"""Junk tails made of marks (read by :func:`.tails.detect_junk_tail`, a penalty): one character, one mark or one emoji
over and over, identical lines of marks, one or two digits repeated, and padding of blank lines.

* :func:`mark_run`: a letter said thirty times, a unit of one or two marks over forty characters ("…" three of them), ten identical short
  lines of marks; a rule alone on its line with text after it is a divider between sections (a newsletter's), not a tail;
* :func:`pictograph_run`: a unit of one to six emoji said twenty times or more in a row ("✅✅✅ ...", "👍👍👍 ...",
  "🌙⭐🌙⭐ ..."), or forty characters of them under a creative prompt (a poem's stars are a handful);
* :func:`digit_run`: a unit of one or two digits over forty characters ("0.9999 ...", "1010 ..."): no quantity is written
  so, unless the prompt asks for bits, a dump, a matrix or the digits of a number;
* :func:`blank_padding`: twenty line breaks or more in a row with nothing (or a lone mark) on their lines.

What the prompt asks for (a drawing, a divider, a tracker's boxes, a template with space to write) is content.
"""
from __future__ import annotations

import math
import re

from rubric_plugin.shaping.degenerate import blank_line_run
from rubric_plugin.shaping.loops_asked import licensed_count, named_count, repetition_asked
from rubric_plugin.shaping.tails_lexicon import DRAWING_ASKED, TEMPLATE_ASKED

_WORDISH = re.compile(r"\w+", re.UNICODE)

_LETTER_RUN = re.compile(r"([^\W\d_])\1{29,}")
_SYMBOL_RUN = re.compile(r"([^\w\s]{1,2}?)\1{19,}")
#: the same with a space between the marks ("👍 👍 👍 ..."), for marks that draw no rule or leader (". . ." in a contents page)
_SPACED_SYMBOL_RUN = re.compile(r"([^\w\s.\-_=*#~+|]{1,2}?)(?:[^\S\n]\1){19,}")
_DIGITS = re.compile(r"\d+")
#: a row of empty boxes is a tracker's or a checklist's when the prompt asks for one
_BOXES = set("☐□▢⬜◻○◯")
_TRACKER_ASKED = re.compile(r"\b(?:trackers?|checklists?|check-lists?|to-?do|planners?|chore\s+charts?|sticker\s+charts?|log\s*sheets?)\b",
                            re.IGNORECASE)


def _width(run: str) -> int:
    """Characters of a run of marks, an ellipsis character ("…") counted as the three dots it is drawn as."""
    return len(run) + 2 * run.count("…")


def mark_run(text: str, prompt: str = "", min_lines: int = 10, max_words: int = 2) -> str | None:
    """A letter said thirty times (a stretched "aaah" or "nooo" is shorter), a unit of one or two marks over forty
    characters, or ``min_lines`` identical lines of marks (a bullet and a word or two: "- point"; a status word alone,
    "PASSED", is a log's), or lines of numbers and marks only that are the same with their numbers masked; a drawing, a
    template or a form the prompt asks for aside."""
    m = _LETTER_RUN.search(text)
    if m:
        return f"{m.group(1)!r} said {len(m.group(0))} times in a row"
    drawn = bool(prompt and DRAWING_ASKED.search(prompt))
    bounds = _bounds(text)
    for pattern in ((_SYMBOL_RUN, _SPACED_SYMBOL_RUN) if not drawn else ()):
        for m in pattern.finditer(text):  # every run: a short divider may come before a long one
            if _width(m.group(0)) >= 40 and len(set(m.group(1))) == len(m.group(1)) and not (
                    set(m.group(1)) <= _BOXES and prompt and _TRACKER_ASKED.search(prompt)) and not divider(text, m, bounds=bounds):
                return f"{m.group(1)!r} repeated over {len(m.group(0))} characters"
    if drawn or (prompt and (TEMPLATE_ASKED.search(prompt) or repetition_asked(prompt))):
        return None
    run, prev = 0, None
    numbers_asked = bool(prompt) and licensed_count(prompt) == float("inf")  # a count, powers, a binary table: rows of data
    for line in text.split("\n"):
        line = " ".join(line.split())
        if not line:
            continue
        numbers = _DIGITS.findall(line)
        data = numbers_asked and len(set(numbers)) == len(numbers)  # "2^3 = 8" is a row; "16. 16. 16." says one number thrice
        key = _DIGITS.sub("0", line) if not (data or re.search(r"[^\W\d_]", line)) else line
        marked = bool(re.match(r"[^\w\s]", line)) or not re.search(r"[^\W\d_]", line)  # a bullet, or no letter at all
        short = marked and (len(_WORDISH.findall(line)) <= max_words or key != line)
        run = run + 1 if short and key == prev else (1 if short else 0)
        prev = key if short else None
        if run >= min_lines:
            return f"{run} identical lines in a row"
    return None


#: a run of a unit of one to six pictographs (emoji, dingbats, symbols of the So category; a skin tone is one), each with
#: its emoji presentation selector when written with one ("❤️"), no punctuation or rule marks: "✅✅✅", "🙏🏻✨🙏🏻✨", a cycle of
#: five different emoji pasted over and over
_PICTOGRAPH_RUN = re.compile(r"((?:[\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff]\ufe0f?){1,6}?)\1{19,}")
_PICTOGRAPHS_ONLY = re.compile(r"[\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff\ufe0f]+")


_NON_SPACE = re.compile(r"\S")


def _bounds(text: str) -> tuple[int, int]:
    """Where ``text``'s first character that is no space is, and its last letter or digit (-1 when none)."""
    first, last = _NON_SPACE.search(text), _last_alnum(text)
    return (first.start() if first else len(text)), (-1 if last is None else last)


def divider(text: str, m: re.Match, max_chars: int = 100, bounds: tuple[int, int] | None = None) -> bool:
    """Whether the run ``m`` is a divider: alone on its line, no longer than ``max_chars``, with text after it (a
    section follows). A rule pasted after the answer ends it; a divider separates two parts of it. ``bounds`` is
    :func:`_bounds` of ``text``, read once by a caller that tries every run (so that a thousand rules stay linear)."""
    if len(m.group(0)) > max_chars:
        return False
    start, end = text.rfind("\n", 0, m.start()) + 1, text.find("\n", m.end())
    end = len(text) if end < 0 else end
    first, last = bounds or _bounds(text)
    return text[start:end].strip() == m.group(0).strip() and first < start and last >= end


#: stars, read as ratings in a row of groups
_STARS = frozenset("⭐★☆🌟")


def pictograph_run(text: str, prompt: str = "", min_units: int = 20, creative: bool = False) -> str | None:
    """A unit of one or two emoji said ``min_units`` times or more in a row (over forty characters under a creative
    prompt); a drawing, a divider, a tracker's row or as many as the prompt counts out aside."""
    if prompt and DRAWING_ASKED.search(prompt):
        return None
    bounds = _bounds(text)
    for m in _PICTOGRAPH_RUN.finditer(text):
        units = len(m.group(0)) // len(m.group(1))
        if creative and len(m.group(0)) < 40 or units < min_units or divider(text, m, bounds=bounds):
            continue
        if prompt and (units <= named_count(prompt) or _TRACKER_ASKED.search(prompt)):
            continue
        return f"{m.group(1)!r} repeated over {len(m.group(0))} characters"
    for line in text.split("\n"):  # groups with spaces between them ("⭐⭐⭐⭐⭐ ⭐⭐⭐⭐⭐ ..."): one row of decoration
        groups = line.split()
        marks = "".join(groups)
        if len(marks) < min_units or len(groups) < 2 or _PICTOGRAPHS_ONLY.fullmatch(marks) is None:
            continue
        kinds = set(marks) - {"\ufe0f"}
        if len(kinds) > 2 or kinds & _STARS or len(marks) < 3 * len(groups):  # ratings ("⭐⭐⭐⭐⭐ ⭐⭐⭐⭐"), a divider ("🌸 🌼 🌸")
            continue
        units = len(marks.replace("\ufe0f", ""))
        if (creative and units < 40) or (prompt and (units <= named_count(prompt) or _TRACKER_ASKED.search(prompt))):
            continue
        return f"{units} emoji of {len(kinds)} kinds in one row"
    return None


_DIGIT_RUN = re.compile(r"(\d{1,2}?)\1{19,}")
_REPEATED_DIGIT = re.compile(r"(\d)\1\1")
#: a prompt that asks for digits written out: bits, a dump, a matrix, a number's digits or a large number in full, or
#: decimals in other languages ("1/11 in decimale?", "1/9 в виде десятичной дроби")
_DIGITS_ASKED = re.compile(r"\b(?:binary|bits?|bytes?|hex\w*|dump|memory|buffer|registers?|bitmap|matrix|matrices|array|zeros?|"
                           r"digits?|decimals?|recurring|repeating|periodic|precision|float\w*|infinit\w*|pi|googol\w*|"
                           r"powers?|exponent\w*|factorial|barcode|serial|pattern|sequence|string|"
                           # the same in other languages: decimals, digits, recurring, a fraction's value
                           r"d[eé]cimal\w*|dezimal\w*|десятичн\w*|дроб\w*|chiffres?|cifras?|cifre|ziffern?|цифр\w*|"
                           r"p[eé]riodi\w*|periódic\w*|периодич\w*|fraction\w*|fracci\w*|frazion\w*|brüche|bruch\w*)\b"
                           r"|小数|桁", re.IGNORECASE)
_FRACTION = re.compile(r"(?<![\d/.])(\d{1,6})[^\S\n]*/[^\S\n]*(\d{1,6})(?![\d/.])")


def recurring_fraction(prompt: str) -> bool:
    """Whether the prompt names a fraction whose decimal never ends (1/3, 2/7, 1/11: its digits repeat for ever); 1/4 or
    3/20 end, and so license no run of digits."""
    for a, b in _FRACTION.findall(prompt):
        a, b = int(a), int(b)
        if not a or not b:
            continue
        b //= math.gcd(a, b)
        for f in (2, 5):
            while b % f == 0:
                b //= f
        if b > 1:
            return True
    return False


def digit_run(text: str, prompt: str = "", min_chars: int = 40) -> str | None:
    """A unit of one or two different digits repeated over ``min_chars`` characters or more ("0.99999 ...", "101010 ..."):
    no figure an answer needs is written so (a hash or an address, with letters in the same word, is no figure), unless
    the prompt asks for bits, a dump, a matrix or a number's digits, or writes a repeating decimal itself."""
    if prompt and (_DIGITS_ASKED.search(prompt) or DRAWING_ASKED.search(prompt)
                   or _REPEATED_DIGIT.search(prompt) or recurring_fraction(prompt)):  # "why is 0.999... equal to 1?"
        return None
    token_end, lettered = -1, False
    for m in _DIGIT_RUN.finditer(text):
        if m.start() >= token_end:  # the word around the run, read once per word (linear on one long token)
            start, token_end = m.start(), m.end()
            while start and (text[start - 1].isalnum() or text[start - 1] == "_"):
                start -= 1
            while token_end < len(text) and (text[token_end].isalnum() or text[token_end] == "_"):
                token_end += 1
            lettered = any(c.isalpha() for c in text[start:token_end])
        if lettered:  # a hash, an address, an identifier: "0x0000 ...", "a3f000 ..."
            continue
        if len(m.group(0)) >= min_chars and len(set(m.group(1))) == len(m.group(1)):
            return f"{m.group(1)!r} repeated over {len(m.group(0))} digits"
    return None


#: a prompt that asks for space to write in: a template, a form, a worksheet, a journal or planner page (in English,
#: French, Spanish, Portuguese, Italian, German, Russian)
_SPACE_ASKED = re.compile(r"\b(?:templates?|forms?|blanks?|fill[\s-]in|worksheets?|workbooks?|journals?|planners?|diary|notebook|"
                          r"space|spaces|spacing|gaps?|handwriting|print\w*|"
                          # the same in other languages: room or blank lines to write in, a template, a form
                          r"de\s+la\s+place|espaces?|espacio|espaço|spazio|platz|leerzeilen|lignes\s+vides|l[ií]neas\s+en\s+blanco|"
                          r"mod[eè]le|formulaire|plantilla|formulario|vorlage|formular|шаблон\w*|бланк\w*|"
                          r"мест[оа]\s+для)\b", re.IGNORECASE)


def blank_padding(text: str, prompt: str = "") -> int:
    """Line breaks in the longest run of twenty or more blank lines (or lines of a lone mark) before the answer's first
    word or after its last, on the text as written (before runs of blank lines are cut); 0 when none, or where the
    prompt asks for a template or a drawing (space to write in: :data:`_SPACE_ASKED`)."""
    if prompt and (_SPACE_ASKED.search(prompt) or DRAWING_ASKED.search(prompt)):
        return 0
    content = [i for i in (_first_alnum(text), _last_alnum(text)) if i is not None]
    if not content:
        return 0
    # before the first word or after the last one: a gap between two parts (a riddle's spoiler space) is layout
    return max(blank_line_run(text[:content[0]]), blank_line_run(text[content[1]:]))


def _first_alnum(text: str) -> int | None:
    return next((i for i, c in enumerate(text) if c.isalnum()), None)


def _last_alnum(text: str) -> int | None:
    return next((i for i in range(len(text) - 1, -1, -1) if text[i].isalnum()), None)
