"""Text measurements shared by the checks: words, sentences, paragraphs, bullets, placeholders.

Words follow IFEval (``\\w+`` tokens). Sentences are split by NLTK's Punkt tokenizer with the
parameters bundled in ``nltk_data/`` (common abbreviations, written for this project): IFEval's
splitter loads NLTK's downloaded ``punkt`` model, which an offline machine does not have, and a
reward must not download at run time. :func:`use_bundled_nltk_data` points NLTK at that folder.
"""
from __future__ import annotations

import functools
import re
from pathlib import Path

_WORD = re.compile(r"\w+")
_BULLET = re.compile(r"^\s*(?:[*\-+•]|\d+[.)])\s+\S", re.MULTILINE)
_PLACEHOLDER = re.compile(r"\[[^\[\]\n]+\]")


BUNDLED_NLTK_DATA = str(Path(__file__).with_name("nltk_data"))


def use_bundled_nltk_data() -> None:
    """Put the bundled NLTK data first on NLTK's search path (idempotent)."""
    import nltk

    if BUNDLED_NLTK_DATA not in nltk.data.path:
        nltk.data.path.insert(0, BUNDLED_NLTK_DATA)


def count_words(text: str) -> int:
    return len(_WORD.findall(text))


@functools.lru_cache(maxsize=1)
def _sentence_tokenizer():
    from nltk.tokenize.punkt import PunktTokenizer

    use_bundled_nltk_data()
    return PunktTokenizer("english")


def split_sentences(text: str) -> list[str]:
    out: list[str] = []
    # a line break ends a sentence too (lists, headings); punkt handles the inside of a line
    for line in text.splitlines():
        if line.strip():
            out.extend(s for s in _sentence_tokenizer().tokenize(line.strip()) if _WORD.search(s))
    return out


def count_sentences(text: str) -> int:
    return len(split_sentences(text))


def split_paragraphs(text: str, separator: str = "blank_line") -> list[str]:
    """Paragraphs separated by blank lines, or by markdown dividers ``***`` (IFEval style)."""
    parts = re.split(r"\s*\*\*\*\s*", text) if separator == "***" else re.split(r"\n\s*\n", text)
    return [p for p in parts if p.strip()]


def count_bullets(text: str) -> int:
    """Lines starting with ``*``, ``-``, ``+``, ``•`` or ``1.`` / ``1)`` followed by text."""
    return len(_BULLET.findall(text))


def count_placeholders(text: str) -> int:
    """Square-bracket placeholders such as ``[name]``."""
    return len(_PLACEHOLDER.findall(text))
