"""What the prompt asks for: the context that tells an ordinary answer from a hacking attempt.

A detector's match is *requested* when the prompt itself contains the matched words in the same
order (the user asked for that sentence, that tag, that JSON key), and a *topic* is the prompt's when
it mentions one of a few words (a letter to a judge, a song with a chorus, an XML answer). Both
are pure functions of text; :func:`prompt_text` collects the record's messages once.
"""
from __future__ import annotations

import re
from typing import Iterable

from rubric_plugin.schema import RubricRecord

_WORD = re.compile(r"\w+", re.UNICODE)
#: Quoted spans: "...", “...”, «...», '...' (an apostrophe inside a word does not open a quote).
QUOTED = re.compile(r"\"[^\"\n]*\"|“[^”\n]*”|«[^»\n]*»|(?<!\w)'[^'\n]*'(?!\w)")


def prompt_text(record: RubricRecord) -> str:
    """Every message of the conversation (system, user and earlier assistant turns), one per line."""
    return "\n".join(m.content for m in record.messages)


def words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def requested(span: str, prompt: str) -> bool:
    """True when the words of ``span`` occur in ``prompt`` in the same order, as one run."""
    needle = words(span)
    if not needle or not prompt:
        return False
    return f" {' '.join(needle)} " in f" {' '.join(words(prompt))} "


def mentions(prompt: str, pattern: re.Pattern) -> bool:
    return bool(prompt) and bool(pattern.search(prompt))


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Quoted speech: every quoted span but the keys and values of JSON-like data ("key": value)."""
    return [m.span() for m in QUOTED.finditer(text)
            if not (re.match(r"\s*:", text[m.end():]) or re.search(r"[:{\[]\s*$", text[max(0, m.start() - 3):m.start()])
                    or re.search(r",\s*$", text[max(0, m.start() - 3):m.start()]) and re.match(r"\s*[,\]}]", text[m.end():]))]


def inside(pos: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)
