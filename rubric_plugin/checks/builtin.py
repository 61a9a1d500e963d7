"""Built-in checks. Each answers its criterion's question: True means "yes".

Counting checks take ``n`` and a ``relation`` from :data:`~rubric_plugin.checks.RELATIONS`.
"""
from __future__ import annotations

import json
import re

from rubric_plugin.checks import ifeval, text
from rubric_plugin.checks.registry import RELATIONS, register_check


def _cmp(actual: int, relation: str, n: int) -> bool:
    return RELATIONS[relation](actual, n)


@register_check("word_count")
def word_count(response: str, n: int, relation: str = "at most") -> bool:
    """Number of words compared with n (e.g. at most 100 words)."""
    return _cmp(text.count_words(response), relation, n)


@register_check("sentence_count")
def sentence_count(response: str, n: int, relation: str = "at most") -> bool:
    """Number of sentences compared with n."""
    return _cmp(text.count_sentences(response), relation, n)


@register_check("paragraph_count")
def paragraph_count(response: str, n: int, relation: str = "exactly", separator: str = "blank_line") -> bool:
    """Number of paragraphs (blank-line or *** separated) compared with n."""
    return _cmp(len(text.split_paragraphs(response, separator)), relation, n)


paragraph_count.validate = lambda n, relation="exactly", separator="blank_line": (  # type: ignore[attr-defined]
    None if separator in ("blank_line", "***") else f"separator={separator!r} must be 'blank_line' or '***'")


@register_check("keywords_include")
def keywords_include(response: str, keywords: list[str]) -> bool:
    """Every keyword appears (case-insensitive, IFEval keywords:existence)."""
    return ifeval.follows("keywords:existence", response, keywords=keywords)


@register_check("keywords_exclude")
def keywords_exclude(response: str, keywords: list[str]) -> bool:
    """No keyword appears as a word (case-insensitive, IFEval keywords:forbidden_words)."""
    return ifeval.follows("keywords:forbidden_words", response, forbidden_words=keywords)


@register_check("forbidden_words")
def forbidden_words(response: str, words: list[str]) -> bool:
    """None of the forbidden words appears (alias of keywords_exclude with IFEval's argument name)."""
    return ifeval.follows("keywords:forbidden_words", response, forbidden_words=words)


@register_check("keyword_frequency")
def keyword_frequency(response: str, keyword: str, n: int, relation: str = "at least") -> bool:
    """Occurrences of keyword (whole word, case-insensitive) compared with n."""
    found = len(re.findall(r"\b" + re.escape(keyword) + r"\b", response, flags=re.IGNORECASE))
    return _cmp(found, relation, n)


@register_check("json_format")
def json_format(response: str) -> bool:
    """The whole response is valid JSON (markdown code fences allowed, IFEval json_format)."""
    return ifeval.follows("detectable_format:json_format", response)


@register_check("bullet_count")
def bullet_count(response: str, n: int, relation: str = "exactly") -> bool:
    """Number of bullet-point lines compared with n."""
    return _cmp(text.count_bullets(response), relation, n)


@register_check("all_lowercase")
def all_lowercase(response: str) -> bool:
    """The response has letters and none is uppercase (any language; IFEval's version also requires English)."""
    return response.islower()


@register_check("all_uppercase")
def all_uppercase(response: str) -> bool:
    """The response has letters and none is lowercase (any language; IFEval's version also requires English)."""
    return response.isupper()


@register_check("starts_with")
def starts_with(response: str, phrase: str, case_sensitive: bool = False) -> bool:
    """The response starts with phrase (leading whitespace ignored)."""
    head = response.lstrip()
    return head.startswith(phrase) if case_sensitive else head.lower().startswith(phrase.lower())


@register_check("ends_with")
def ends_with(response: str, phrase: str) -> bool:
    """The response ends with phrase (case-insensitive, trailing whitespace ignored; IFEval end_checker)."""
    return ifeval.follows("startend:end_checker", response, end_phrase=phrase)


@register_check("placeholder_count")
def placeholder_count(response: str, n: int, relation: str = "at least") -> bool:
    """Number of [square bracket] placeholders compared with n."""
    return _cmp(text.count_placeholders(response), relation, n)


@register_check("section_count")
def section_count(response: str, n: int, splitter: str = "Section", relation: str = "at least") -> bool:
    """Number of sections introduced by 'splitter X' headers compared with n."""
    sections = re.split(r"\s?" + re.escape(splitter) + r"\s?\d+\s?", response)
    return _cmp(len(sections) - 1, relation, n)


@register_check("no_commas")
def no_commas(response: str) -> bool:
    """The response contains no comma (IFEval punctuation:no_comma)."""
    return ifeval.follows("punctuation:no_comma", response)


@register_check("title_in_angle_brackets")
def title_in_angle_brackets(response: str) -> bool:
    """The response has a title wrapped in double angle brackets, <<like this>> (IFEval title)."""
    return ifeval.follows("detectable_format:title", response)


@register_check("postscript")
def postscript(response: str, marker: str = "P.S.") -> bool:
    """The response ends with a postscript starting with marker (IFEval postscript)."""
    return ifeval.follows("detectable_content:postscript", response, postscript_marker=marker)


@register_check("response_language")
def response_language(response: str, language: str) -> bool:
    """The response is written in language (ISO 639-1 code such as 'en', 'fr'; IFEval response_language)."""
    return ifeval.follows("language:response_language", response, language=language)


def _validate_language(language: str) -> str | None:
    # IFEval only knows its own language table and raises KeyError for any other code
    ifeval.registry()
    from if_verifiable.ifeval.instructions_util import LANGUAGE_CODES

    if language not in LANGUAGE_CODES:
        return f"language={language!r} is not supported by IFEval; known: {sorted(LANGUAGE_CODES)}"
    return None


response_language.validate = _validate_language  # type: ignore[attr-defined]


@register_check("json_keys")
def json_keys(response: str, keys: list[str]) -> bool:
    """The response is a JSON object containing every key in keys."""
    body = response.strip().removeprefix("```json").removeprefix("```").removesuffix("```").strip()
    try:
        obj = json.loads(body)
    except ValueError:
        return False
    return isinstance(obj, dict) and all(k in obj for k in keys)


@register_check("ifeval")
def ifeval_instruction(response: str, instruction_id: str, **kwargs) -> bool:
    """Any IFEval instruction by id, e.g. {'instruction_id': 'change_case:capital_word_frequency', ...}."""
    return ifeval.follows(instruction_id, response, **kwargs)


def _validate_ifeval(instruction_id: str, **kwargs) -> str | None:
    known = ifeval.registry()
    if instruction_id not in known:
        return f"instruction_id={instruction_id!r} is not an IFEval instruction; known: {sorted(known)}"
    try:
        ifeval.follows(instruction_id, "", **kwargs)
    except TypeError as e:
        return f"IFEval {instruction_id!r} rejects {sorted(kwargs)}: {e}"
    return None


ifeval_instruction.validate = _validate_ifeval  # type: ignore[attr-defined]
