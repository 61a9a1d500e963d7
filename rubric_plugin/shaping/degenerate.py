"""Degenerate output (the pure reading behind :class:`.detectors.Degenerate`): an empty response, a repetition loop
(looser under a prompt that asks for repetition, :mod:`.loops_asked`), or padding (runs of whitespace, blank lines,
separator lines or characters, a long bare count nobody asked for, in ones or in other constant steps). See :mod:`.detectors` for the thresholds."""
from __future__ import annotations

import re
import zlib
from collections import Counter
from typing import Sequence

from rubric_plugin.shaping.loops_asked import asked_loop, count_asked, licensed_count, named_count, repetition_asked
from rubric_plugin.shaping.repetition import (char_run, counting_run, line_run, longest_run, numbered_run, rule_line_run, symbol_run_units,
                                              token_run, word_salad)
from rubric_plugin.shaping.tails_empty import stepped_run
from rubric_plugin.shaping.tails_lexicon import VERSE_ASKED

_WORD = re.compile(r"\w+", re.UNICODE)


def _ngrams(words: Sequence[str], n: int) -> set[tuple[str, ...]]:
    return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}

def distinct_ngram_ratio(words: Sequence[str], n: int = 3) -> float:
    total = len(words) - n + 1
    return len(_ngrams(words, n)) / total if total > 0 else 1.0


#: Under a prompt that asks for repetition the loop thresholds are divided by this (a loop is still a loop).
REPETITION_SLACK = 3.0


_WHITESPACE_RUN = re.compile(r"\s{100,}")
#: a prompt that asks for a drawing made of marks
_DRAWING_ASKED = re.compile(r"\b(?:draw\w*|ascii|art|patterns?|grids?|shapes?|box(?:es)?|banners?|dividers?|separators?|borders?|"
                            r"lines?\s+of)\b", re.IGNORECASE)
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


#: a blank to fill in: a rule of underscores, an empty box, a row of dots
_BLANK = re.compile(r"_{3,}|\[\s\]|[☐□]|\.{4,}|…{2,}")
#: a prompt that asks for a template to fill in (a planner, a tracker, a journal, a worksheet)
_TEMPLATE_ASKED = re.compile(r"\b(?:planners?|templates?|trackers?|journals?|worksheets?|workbooks?|forms?|checklists?|log\s*books?|"
                             r"agendas?|calendars?|diary|diaries|organi[sz]ers?|fill[\s-]in|blanks?)\b", re.IGNORECASE)
#: a prompt that asks for a dump of bytes or a matrix of numbers (a zero-filled sector, an identity matrix)
_NUMBERS_DUMP_ASKED = re.compile(r"\b(?:hex\w*|dump|bytes?|binary|memory|buffer|sector|matrix|matrices|array|zeros?|bits?|"
                                 r"registers?|bitmap|grid)\b", re.IGNORECASE)
_HEX_WORD = re.compile(r"(?:0x)?[0-9a-f]*\d[0-9a-f]*|[0-9a-f]{2}", re.IGNORECASE)


#: a structured key: an IP address or a network, a time of day, a date
_ROW_KEY = re.compile(r"\b\d{1,3}(?:\.\d{1,3}){3}\b|\b\d{1,2}:\d{2}\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b")


def _keyed_rows(text: str, share: float = 0.8) -> bool:
    """Whether the lines are rows keyed by a structured value (an address plan's "192.168.1.40 | free", a day's slots
    "10:30 - free", a date log): four fifths of the non-blank lines or more hold an IP address, a time or a date. Rows
    that differ in such a key are a table of slots, not a counter in a loop, unless what they repeat is a sentence."""
    lines = [line for line in text.split("\n") if line.strip()]
    if len(lines) < 8 or sum(bool(_ROW_KEY.search(line)) for line in lines) < share * len(lines):
        return False
    # the same sentence stamped with a time is a loop ("[09:01] I will follow the rules"): what the rows repeat besides
    # their key is a cell or two ("free", "Reserved | Reserved"), not a sentence
    rests = Counter(" ".join(_WORD.findall(_ROW_KEY.sub(" ", line).lower())) for line in lines)
    common, count = rests.most_common(1)[0]
    return count < len(lines) / 2 or len(set(common.split())) <= 3


def _requested_shape(words: Sequence[str], text: str, prompt: str) -> bool:
    """A shape that repeats by design and that the prompt asks for: a template whose lines are mostly blanks to fill in
    (a twelve-month planner: the same "Goal: ____" under each month), or a dump of bytes or numbers (a hex dump of a
    zeroed buffer), four fifths of its words numbers. Its repeats are no loop to the share of distinct 3-grams."""
    if not prompt:
        return False
    if _TEMPLATE_ASKED.search(prompt):
        lines = [line for line in text.split("\n") if line.strip()]
        if lines and sum(bool(_BLANK.search(line)) for line in lines) >= 0.3 * len(lines):
            return True
    return bool(_NUMBERS_DUMP_ASKED.search(prompt)) and sum(bool(_HEX_WORD.fullmatch(w)) for w in words) >= 0.8 * len(words)


def detect_degenerate(text: str, min_words: int = 30, min_distinct: float = 0.3, tail_words: int = 100,
                      tail_distinct: float = 0.2, min_chars: int = 200, min_compression: float = 0.1,
                      prompt: str = "", min_repeats: int = 10, min_run_words: int = 20, min_char_run: int = 60) -> str | None:
    if not text.strip():
        return "empty response"
    symbols, units = symbol_run_units(text)
    # before the slack: a chorus repeats words, not sixty emoji; a row of as many marks as the prompt counts out
    # ("a habit tracker row for 31 days with empty boxes") is the row asked for
    marks_counted = bool(prompt) and 0 < units <= named_count(prompt)
    if symbols >= min_char_run and not marks_counted:
        return f"repetition loop: symbols repeated over {symbols} characters"
    words = [w.lower() for w in _WORD.findall(text)]
    # a rule of separator characters (counted a third) is no chorus either: the slack below is for words
    rule, unit = char_run(text, rules_only=True)
    if rule >= min_char_run:
        return f"padding: {unit!r} repeated over {rule * 3} characters"
    min_count = 5 * min_run_words  # a count is no chorus: its threshold takes no slack
    sung_words = 2 * min_run_words  # an outro's cap (below), before any slack
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
    keyed = _keyed_rows(text)
    tabular = counted_out or keyed or _distinct_short_lines(text, prompt) or _requested_shape(words, text, prompt)
    if len(words) >= min_words and distinct_ngram_ratio(words) < min_distinct and not tabular:
        return f"repetition loop: {distinct_ngram_ratio(words):.0%} distinct 3-grams"
    tail = words[-tail_words:]
    if len(words) >= tail_words and distinct_ngram_ratio(tail) < tail_distinct and not tabular:
        return f"repetition loop at the end: {distinct_ngram_ratio(tail):.0%} distinct 3-grams"
    repeats, unit = longest_run(words)
    # under a prompt for a poem, a song or a chant, a line of a word or two said ten times is an outro or a refrain
    # ("love you, love you, ..."): twice the words before it is a loop (a shorter one is the penalty reading's; the
    # token-unit reading below still vetoes a two-word unit said eleven times or more)
    sung = bool(prompt) and bool(VERSE_ASKED.search(prompt)) and repeats * unit < sung_words
    if repeats >= min_repeats and not counted_out and repeats * unit >= min_run_words and not sung:
        return f"repetition loop: a {unit}-word unit repeated {repeats} times in a row"
    # numbered loops ("Step 61: done. Step 62: done. ..."): numbers masked, a unit with a word in it
    # (a list of records, a seating chart or a timetable whose lines differ in their numbers, is data: left out)
    if any(w.isdigit() for w in words):
        repeats, unit = numbered_run(text)
        # ... or rows the prompt counts out ("a 100-day tracker": Day 1 ... Day 100)
        if (repeats >= 1.5 * min_repeats and repeats * len(unit) >= min_run_words and any(w.isalpha() and len(w) >= 3 for w in unit)
                and not (prompt and repeats <= named_count(prompt)) and not keyed):
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
    # ... or in other steps (0.1 0.2 ... 10.0; 5 10 ... 500): a count in tenths or fives is a count
    stepped = stepped_run(text, min_count)
    if stepped and not (prompt and (stepped <= 2 * licensed_count(prompt) or count_asked(prompt) == float("inf"))):
        return f"padding: a run of {stepped} numbers in constant steps"
    repeats, unit = token_run(text)
    if repeats >= min_repeats and repeats * unit >= min_run_words and not (prompt and repeats <= named_count(prompt)):
        return f"repetition loop: a {unit}-token unit (emoji, symbols) repeated {repeats} times in a row"
    salad = word_salad(text, prompt)
    if salad:
        return f"word salad: {salad} words in a row with no function word"
    length, chars = char_run(text)
    if length >= min_char_run and not (marks_counted and not any(c.isalnum() for c in chars)):
        return f"repetition loop: {chars!r} repeated over {length} characters"
    raw = text.encode("utf-8")
    if len(raw) >= min_chars and len(zlib.compress(raw)) / len(raw) < min_compression and not tabular:
        return f"repetition loop: compresses to {len(zlib.compress(raw)) / len(raw):.0%}"
    return None
