"""A junk tail pasted after (or before) a creative piece (read by :func:`.tails.detect_junk_tail`, a penalty).

Under a prompt that asks for a poem, a song or a story, repetition is licensed: a refrain, a chant, a sound. A refrain
repeats the piece's own words, though; filler pasted after the piece stands apart from it: a paragraph of its own,
first or last, that is one unit said over and over and names nothing the piece names ("yes yes yes ...", "Great
question! Great question! ...", "lorem ipsum dolor sit amet ..."), or marks only ("~~~~ ...", a column of "🙂").
Sung syllables ("la la", "yeah yeah", "doo doo") and grammar words are no such unit: an outro may be made of them.
"""
from __future__ import annotations

import re

from rubric_plugin.shaping.tails_empty import GRAMMAR_WORDS
from rubric_plugin.shaping.tails_lexicon import APPROVAL, DRAWING_ASKED, _phrases

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n")
_NUMBER = re.compile(r"\d")
#: syllables a song's outro or a chant is made of: never a pasted unit
SUNG = _phrases("yeah|yea|yay|whoa|woah|ooh|oooh|aah|doo|dum|dah|dee|lee|hey|bop|sha|mmm|hmm|tra|pum|rum|tum|woo|wow|boom|"
                "bang|tick|tock|ding|dong|clap|stomp|hoo|hoy|olé|ole|bam|zoom|buzz|hush|sing|dance|ay|ai|oh")


def _content(word: str) -> bool:
    return word not in GRAMMAR_WORDS and word not in SUNG and (len(word) >= 3 or not word.isascii())


def _period(words: list[str], max_unit: int = 12) -> int:
    """The shortest unit (in words) the whole of ``words`` repeats, said twice or more; 0 when none."""
    for p in range(1, min(max_unit, len(words) // 2) + 1):
        if all(words[i] == words[i - p] for i in range(p, len(words))):
            return p
    return 0


def pasted_coda(text: str, prompt: str = "", min_words: int = 8, min_marks: int = 20, min_sung: int = 15) -> str | None:
    """A note when the first or the last paragraph of ``text`` (of two or more) is filler pasted beside the piece: one
    unit of one to twelve words said over ``min_words`` words or more (ten times for one word, eight for two or three,
    three for a sentence of four words or more; five for a word that closes or approves; ``min_sung`` for any other
    word said on one line with no number: a lullaby's "Sleep, sleep, ...", a rain poem's "drip, drip, ...") whose content
    words occur nowhere else in the answer or in the prompt; or
    ``min_marks`` marks or more of one or two kinds and no letter (a drawing the prompt asks for aside)."""
    paragraphs = [p for p in _PARAGRAPH_BREAK.split(text) if p.strip()]
    if len(paragraphs) < 2:
        return None
    for k in (len(paragraphs) - 1, 0):
        para = paragraphs[k].strip()
        marks = "".join(para.split())
        if not any(c.isalnum() for c in marks):
            if len(marks) >= min_marks and len(set(marks)) <= 2 and not (prompt and DRAWING_ASKED.search(prompt)):
                return f"{len(marks)} marks pasted beside the piece"
            continue
        words = [w.lower() for w in _WORD.findall(para)]
        p = _period(words)
        unit = words[:p]
        if not p or not any(_content(w) for w in unit):
            continue
        rest = " ".join([*paragraphs[:k], *paragraphs[k + 1:], prompt])
        if {w for w in unit if _content(w)} & {w.lower() for w in _WORD.findall(rest)}:
            continue  # the piece's own words (a refrain) or the prompt's
        repeats = len(words) // p
        if p == 1 and unit[0] not in APPROVAL and repeats < min_sung and "\n" not in para and not _NUMBER.search(para):
            continue  # one line of one sound or word ("Sleep, sleep, ...", "Tropf, tropf, ..."): a sung or sounded close
        if (repeats >= 5 and all(w in APPROVAL or w in GRAMMAR_WORDS for w in unit)) or (
                len(words) >= min_words and repeats >= (3 if p >= 4 else 8 if p > 1 else 10)):
            return f"a {p}-word unit said {repeats} times beside the piece"
    return None
