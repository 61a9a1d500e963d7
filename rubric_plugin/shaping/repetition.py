"""Repetition loops: a short unit of words or characters repeated back to back.

A policy that pads or loops repeats a unit (a word, a short phrase, a line, a few characters)
many times in a row; songs, chants and lists repeat too, but a refrain comes back a handful of
times, not dozens. :func:`longest_run` finds the longest back-to-back repetition of a unit of up to
``max_unit`` words; :func:`char_run` the longest of up to ``max_unit`` characters. Units made only of
digits (a zero matrix) are not counted; rules of ``-``, ``=``, ``_``, ``*`` and ``#`` (markdown and code
separators) count only at a much greater length.
"""
from __future__ import annotations

import re
from typing import Sequence

_RULE_CHARS = set("-=_*#~+. ")


def longest_run(words: Sequence[str], max_unit: int = 8) -> tuple[int, int]:
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


def char_run(text: str, max_unit: int = 4) -> tuple[int, str]:
    """``(length in characters, unit)`` of the longest back-to-back repetition of a unit of up to
    ``max_unit`` non-space characters (a unit of digits or of separator characters is skipped
    unless it runs three times as long)."""
    best = (0, "")
    for p in range(1, max_unit + 1):
        for m in re.finditer(r"(\S{%d})\1{4,}" % p, text):
            unit, length = m.group(1), len(m.group(0))
            if unit.isdigit():
                continue
            if set(unit) <= _RULE_CHARS:
                length //= 3
            if length > best[0]:
                best = (length, unit)
    return best
