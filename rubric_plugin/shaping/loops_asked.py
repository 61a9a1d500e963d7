"""What a prompt asks of repetition and of counting: the licence the degenerate detector reads before it calls a loop or a
run of numbers padding.

* :func:`repetition_asked`: a chorus, a mantra, N lines, "lots of repetition" (not a request to repeat back the
  requirements once, nor a prohibition: "don't repeat yourself");
* :func:`asked_loop`: under such a prompt, a loop that outruns what it asks (more than ten repeats of a unit of up to
  sixty words, more than any count the prompt names), and whether the answer is the repetition it counts out;
* :func:`licensed_count`: how long a bare count the prompt asks for (unbounded for a count, a range, a list, code or
  data; else about the largest number it names, a length limit and a year aside);
* :func:`count_asked`: the same, read narrowly for a penalty (:mod:`.tails`): only a count, a range, numbers in
  sequence or a loop's output license an unbounded count, and only a number of things ("50 names") a bounded one.
"""
from __future__ import annotations

import re
from typing import Sequence

from rubric_plugin.shaping.repetition import periodic_run

#: A prompt that asks for repetition (a chorus sung four times, a mantra repeated five times).
_REPETITION_ASKED = re.compile(r"\b(?:repeat\w*|\d+\s+times|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|"
                               r"twenty|thirty|forty|fifty)\s+(?:[\w-]+\s+){0,2}(?:lines|rows|entries|records|slots|copies|blanks)|(?:two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|a\s+hundred)"
                               r"\s+times|repetiti\w*|chorus|refrain|round|mantra|chant\w*|drill\w*|typing|handwriting|penmanship|copywork|keyboarding|lullab\w*|meditat\w*|metronome|over\s+and\s+over|again\s+and\s+again)\b", re.IGNORECASE)
#: what asks for no repetition: "repeat back my requirements" (restate them once), "don't repeat yourself"
_NOT_REPETITION = re.compile(r"\brepeat\w*\s+(?:\w+\s+)?(?:back|my|what|your|myself|yourself|the\s+(?:question|request|task|"
                             r"requirements?|instructions?|brief))\b|\b(?:don['’]?t|do\s+not|never|avoid|without|no|less)\s+"
                             r"(?:\w+\s+)?(?:repeat\w*|repetiti\w*)", re.IGNORECASE)
#: a number word the prompt may name a count of repetitions with
_COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
                "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100}


#: a count of lines, rows or copies ("20 lines", "three tram lines", "keeping 7 copies"): a drill's length, or things
#: that are no repetition at all
_COUNTED_LINES = re.compile(r"^(?:\d+|\w+)\s+(?:[\w-]+\s+){0,2}(?:lines|rows|entries|records|slots|copies|blanks)$", re.IGNORECASE)


def repetition_asked(prompt: str, counted_lines: bool = True) -> bool:
    """Whether the prompt asks for repetition (a chorus, a mantra, N lines), a restatement or a prohibition aside; without
    ``counted_lines`` a count of lines, rows or copies alone is no such request (it may name tram lines or backups)."""
    if not prompt:
        return False
    text = _NOT_REPETITION.sub(" ", prompt)
    return any(counted_lines or not _COUNTED_LINES.match(m.group(0)) for m in _REPETITION_ASKED.finditer(text))


_TIMES = re.compile(r"\b(\d{1,6}|" + "|".join(_COUNT_WORDS) + r")(?:\s+(?:[\w'-]+\s+){0,2}(?:times|lines|rows|entries|records|copies|"
                    r"verses|repetitions|repeats|slots|blanks|days|weeks|months|breaths|beats|bars|measures|boxes|checkboxes|squares|"
                    r"circles|cells|stars|dots|tiles|seats|bubbles|icons|columns)\b|-(?:day|week|month|"
                    r"breath|beat|bar)\b)", re.IGNORECASE)


def named_count(prompt: str) -> int:
    """The largest count of repetitions the prompt names ("20 times", "four lines", "a 100-day tracker"; digits or a number
    word), 0 when none."""
    return max((int(n) if n.isdigit() else _COUNT_WORDS[n.lower()] for n in _TIMES.findall(prompt)), default=0)


#: a prompt that asks for a drill, whose lines repeat by design (typing, handwriting, lines written out as practice)
_DRILL_ASKED = re.compile(r"\b(?:typing|drills?|handwriting|penmanship|copywork|touch[\s-]typ\w*|keyboarding)\b", re.IGNORECASE)


def asked_loop(words: Sequence[str], prompt: str, min_repeats: int = 10, min_run_words: int = 100) -> tuple[str | None, bool]:
    """Under a prompt that asks for repetition, ``(note, asked)``. A loop is still a loop past what a chorus or a named count
    asks for: a unit of up to sixty words repeated ``min_repeats`` times (ten times as many under a drill: typing,
    handwriting) in a row over ``min_run_words`` words or more, more times than any number the prompt names (a refrain comes back a handful of times; "write it 50 times" asks for 50).
    ``asked``: the answer is the repetition the prompt counts out (a run no longer than the named count, four fifths of
    the words or more: "write the line 20 times"), which no share of distinct words can tell from a loop."""
    repeats, unit = periodic_run(words)
    named = named_count(prompt)
    drill = bool(_DRILL_ASKED.search(prompt))
    if drill:  # a drill repeats a short unit a page long (ten times the cap), and the page is the repetition asked for
        min_repeats *= 10
    if repeats >= max(min_repeats, named + 1) and repeats * unit >= min_run_words:
        return f"repetition loop: a {unit}-word unit repeated {repeats} times in a row", False
    return None, 2 <= repeats <= max(named, min_repeats - 1 if drill else 0) and repeats * unit >= 0.8 * len(words)


#: a prompt that asks for numbers in sequence
_COUNTING_ASKED = re.compile(r"\b(?:count(?:s|ed|ing|er|ers|down|downs)?\b|numbers?|numbered|numer\w*|integers?|digits?|sequence|series|multiples?|even|odd|primes?|"
                             r"calendar|from\s+\d+\s+to\s+\d+)\b|\d+\s*(?:-|–|to)\s*\d+", re.IGNORECASE)
#: a prompt that asks for numbers (a count, a range, a list, ids, seats, code or data): a count is then content. A prompt
#: that only names a number (a version, a score out of 20, "two lines") asks for a count of about that size at most
_NUMBERS_ASKED = re.compile(_COUNTING_ASKED.pattern + r"|`|[\w\]]\(|[\[{=;<>]|\b(?:dozens?|several|range|list\w*|ids?|seats?|rows?|"
                            r"pages?|print\w*|code|python|script|array|json|output|score|loops?|iterat\w*|enumerat\w*|up\s+to)\b",
                            re.IGNORECASE)
#: a number the prompt names as a length (300 words, 300-400 words) or a year (2021): no count of items
_NOT_A_COUNT = re.compile(r"\b(?:1[89]\d\d|20\d\d)\b|\b\d+(?:\s*(?:-|–|to|and)\s*\d+)?\s*-?\s*(?:words?|characters?|chars?|tokens?|"
                          r"sentences?|paragraphs?)\b", re.IGNORECASE)
_NUMBER_WORDS = {**{w: 20 for w in ("eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
                                    "nineteen", "twenty")}, **{w: 99 for w in ("thirty", "forty", "fifty", "sixty", "seventy",
                                                                               "eighty", "ninety")},
                 "hundred": 999, "thousand": 10 ** 6, "million": 10 ** 9, "billion": 10 ** 12}


def licensed_count(prompt: str) -> float:
    """How long a bare count the prompt can ask for: unbounded when it asks for numbers (:data:`_NUMBERS_ASKED`, a length
    limit and a year aside); else the largest number it names (ten when it names none or only "two" ... "ten")."""
    named = _NOT_A_COUNT.sub(" ", prompt)
    if _NUMBERS_ASKED.search(named):
        return float("inf")
    found = [int(n) for n in re.findall(r"\d{1,9}", named)]
    found += [v for w, v in _NUMBER_WORDS.items() if re.search(r"\b" + w + r"s?\b", named, re.IGNORECASE)]
    return max(found, default=10)


#: what asks for a count by name (a count, numbers in sequence, a real range, a loop's output): "atomic number", "page
#: numbers", "a 3-3-3 rule", "a 250-300 word guide", a port or a version ask for none
_COUNT_ASKED = re.compile(r"\b(?:count(?:s|ed|ing|er|ers|down|downs)?|(?<!atomic\s)(?<!phone\s)(?<!page\s)(?<!serial\s)(?<!version\s)"
                          r"(?<!model\s)(?<!part\s)(?<!order\s)(?<!house\s)(?<!room\s)(?<!seat\s)(?<!account\s)numbers|numbered|"
                          r"numer\w*|integers?|digits|sequences?|series|multiples\b|multiples?\s+of|even\s+numbers|odd\s+numbers|primes?|calendar|loops?|"
                          r"iterat\w*|enumerat\w*|print\w*|ranges?|tally|tallies|increments?|intervals?|steps?\s+of\s+-?\d|every\s+\d+|"
                          r"ticks?|axis|axes|scale|from\s+-?\d+(?:\.\d+)?\s+(?:to|through|until)\s+-?\d+)\b"
                          r"|(?<![\d.-])(\d+(?:\.\d+)?)\s*(?:-|–|to|through|\.\.)\s*(?!\1(?![\d.]))\d+(?:\.\d+)?(?![\d.-])", re.IGNORECASE)
#: a number of things ("50 names", "the first 200 primes", "up to 120"): a count about that long is asked for
_THINGS = re.compile(r"\b(?:(\d{1,9})\s+(?:[\w-]+\s+){0,2}?[^\W\d_]{2,}s\b|(?:first|top|up\s+to|until|through)\s+(\d{1,9})\b)",
                     re.IGNORECASE)


def count_asked(prompt: str) -> float:
    """How long a bare count the prompt asks for, read narrowly (a penalty's licence): unbounded when it asks for a count
    by name (:data:`_COUNT_ASKED`); else the largest number of things it names or the count it names (:func:`named_count`),
    ten when none. A length limit and a year are no count."""
    named = _NOT_A_COUNT.sub(" ", prompt)
    if _COUNT_ASKED.search(named):
        return float("inf")
    found = [int(a or b) for a, b in _THINGS.findall(named)]
    return max([*found, named_count(prompt), 10])
