"""Built-in checks. Each answers its criterion's question: True means "yes".

Counting checks take ``n`` and a ``relation`` from :data:`~rubric_plugin.checks.RELATIONS`.

Two families live here, and ``rubric-plugin checks`` says which is which:

* **IFEval equivalents** (registered with ``ifeval=<instruction id>``) delegate to the reference
  instruction and answer exactly as IFEval does, regular-expression arguments included.
* **Plugin-native checks** have their own documented semantics; each docstring has a
  ``Not an IFEval equivalent:`` paragraph saying how it differs. Their keywords are literal text:
  ``"C++"`` matches only ``C++`` and ``"f(x"`` only ``f(x``, never a regular expression.

Every argument is validated when a rubric is loaded (type hints, relation words, and the
``validate`` hooks below), so a check never raises while scoring.
"""
from __future__ import annotations

import functools
import json
import re

from rubric_plugin.checks import ifeval, text
from rubric_plugin.checks.registry import RELATIONS, register_check


def _cmp(actual: int, relation: str, n: int) -> bool:
    return RELATIONS[relation](actual, n)


@functools.lru_cache(maxsize=1024)
def literal_pattern(keyword: str) -> re.Pattern[str]:
    """Case-insensitive pattern for ``keyword`` as literal text, delimited like a word.

    A word boundary is required only at an edge that is a word character: ``cat`` does not match
    inside ``category``, while ``C++`` matches ``C++.`` and ``f(x`` matches ``f(x)``. Runs of
    whitespace inside the keyword match any run of whitespace.
    """
    parts = keyword.split()
    body = r"\s+".join(re.escape(p) for p in parts)
    head = r"(?<!\w)" if re.match(r"\w", parts[0][0]) else ""
    tail = r"(?!\w)" if re.match(r"\w", parts[-1][-1]) else ""
    return re.compile(head + body + tail, flags=re.IGNORECASE)


def count_literal(response: str, keyword: str) -> int:
    """Non-overlapping occurrences of ``keyword`` in ``response`` (see :func:`literal_pattern`)."""
    return len(literal_pattern(keyword).findall(response))


@register_check("word_count")
def word_count(response: str, n: int, relation: str = "at most") -> bool:
    """Number of words (``\\w+`` tokens, as IFEval counts them) compared with n.

    Not an IFEval equivalent: any relation, default 'at most', and an empty response has 0 words;
    IFEval's length_constraints:number_words takes only 'less than' or 'at least' and fails an
    empty response.
    """
    return _cmp(text.count_words(response), relation, n)


@register_check("sentence_count")
def sentence_count(response: str, n: int, relation: str = "at most") -> bool:
    """Number of sentences compared with n.

    Not an IFEval equivalent: any relation, and an empty response has 0 sentences; IFEval's
    length_constraints:number_sentences takes only 'less than' or 'at least' and fails an empty
    response.
    """
    return _cmp(text.count_sentences(response), relation, n)


@register_check("paragraph_count")
def paragraph_count(response: str, n: int, relation: str = "exactly", separator: str = "blank_line") -> bool:
    """Number of paragraphs (blank-line or *** separated) compared with n.

    Not an IFEval equivalent: paragraphs are separated by blank lines by default, empty parts are
    skipped, and any relation is allowed; IFEval's length_constraints:number_paragraphs splits on
    *** only, fails a response with an empty inner paragraph, and checks 'exactly'.
    """
    return _cmp(len(text.split_paragraphs(response, separator)), relation, n)


paragraph_count.validate = lambda n, relation, separator: (  # type: ignore[attr-defined]
    None if separator in ("blank_line", "***")
    else (f"separator={separator!r} must be 'blank_line' or '***'", "set separator to 'blank_line' or '***'"))


@register_check("keywords_include")
def keywords_include(response: str, keywords: list[str]) -> bool:
    """Every keyword appears as literal text, delimited like a word (case-insensitive).

    Not an IFEval equivalent: keywords are literal text delimited like words ("cat" is not found
    in "category"); IFEval's keywords:existence treats each keyword as a regular expression and
    finds it anywhere, even inside a word (use the ifeval check for that).
    """
    return all(literal_pattern(k).search(response) for k in keywords)


@register_check("keywords_exclude")
def keywords_exclude(response: str, keywords: list[str]) -> bool:
    """No keyword appears as literal text, delimited like a word (case-insensitive).

    Not an IFEval equivalent: keywords are literal text ("C++", "f(x"); for plain words it answers
    as IFEval's keywords:forbidden_words, which treats them as regular expressions, and an empty
    response passes (IFEval fails it).
    """
    return not any(literal_pattern(k).search(response) for k in keywords)


@register_check("forbidden_words")
def forbidden_words(response: str, words: list[str]) -> bool:
    """None of the forbidden words appears (keywords_exclude with IFEval's argument name).

    Not an IFEval equivalent: words are literal text, as in keywords_exclude; use the ifeval check
    with keywords:forbidden_words for IFEval's regular-expression semantics.
    """
    return keywords_exclude(response, words)


@register_check("keyword_frequency")
def keyword_frequency(response: str, keyword: str, n: int, relation: str = "at least") -> bool:
    """Occurrences of keyword (literal text delimited like a word, case-insensitive) compared with n.

    Not an IFEval equivalent: whole-word literal occurrences with any relation; IFEval's
    keywords:frequency counts regular-expression matches anywhere, even inside words.
    """
    return _cmp(count_literal(response, keyword), relation, n)


def _json_loads(body: str) -> tuple[bool, object]:
    try:
        return True, json.loads(body)
    except (ValueError, RecursionError):
        # RecursionError: nesting deeper than Python's parser reads; treated as not parseable
        return False, None


@register_check("json_format", ifeval="detectable_format:json_format")
def json_format(response: str) -> bool:
    """The whole response is valid JSON (markdown code fences allowed)."""
    try:
        return ifeval.follows("detectable_format:json_format", response)
    except RecursionError:
        # the reference crashes on nesting deeper than Python's parser reads; a reward must not
        return False


@register_check("bullet_count")
def bullet_count(response: str, n: int, relation: str = "exactly") -> bool:
    """Number of bullet-point lines compared with n.

    Not an IFEval equivalent: counts lines starting with *, -, +, • or 1. / 1) with any relation;
    IFEval's detectable_format:number_bullet_lists counts only * and - lines and checks 'exactly'.
    """
    return _cmp(text.count_bullets(response), relation, n)


@register_check("all_lowercase")
def all_lowercase(response: str) -> bool:
    """The response has letters and none is uppercase.

    Not an IFEval equivalent: any language; IFEval's change_case:english_lowercase also requires
    the response to be detected as English.
    """
    return response.islower()


@register_check("all_uppercase")
def all_uppercase(response: str) -> bool:
    """The response has letters and none is lowercase.

    Not an IFEval equivalent: any language; IFEval's change_case:english_capital also requires
    the response to be detected as English.
    """
    return response.isupper()


@register_check("starts_with")
def starts_with(response: str, phrase: str, case_sensitive: bool = False) -> bool:
    """The response starts with phrase (leading whitespace ignored).

    Not an IFEval equivalent: IFEval has no starts-with instruction.
    """
    head = response.lstrip()
    return head.startswith(phrase) if case_sensitive else head.lower().startswith(phrase.lower())


@register_check("ends_with", ifeval="startend:end_checker")
def ends_with(response: str, phrase: str) -> bool:
    """The response ends with phrase (case-insensitive, trailing whitespace and quotes ignored)."""
    return ifeval.follows("startend:end_checker", response, end_phrase=phrase)


@register_check("placeholder_count")
def placeholder_count(response: str, n: int, relation: str = "at least") -> bool:
    """Number of [square bracket] placeholders compared with n.

    Not an IFEval equivalent: a placeholder is non-empty text on one line without nested
    brackets, and any relation is allowed; IFEval's detectable_content:number_placeholders counts
    every [...] match, empty ones included, and checks 'at least'.
    """
    return _cmp(text.count_placeholders(response), relation, n)


@register_check("section_count")
def section_count(response: str, n: int, splitter: str = "Section", relation: str = "at least") -> bool:
    """Number of sections introduced by 'splitter X' headers compared with n.

    Not an IFEval equivalent: the splitter is literal text and any relation is allowed; IFEval's
    detectable_format:multiple_sections treats it as a regular expression and checks 'at least'.
    """
    sections = re.split(r"\s?" + re.escape(splitter) + r"\s?\d+\s?", response)
    return _cmp(len(sections) - 1, relation, n)


@register_check("no_commas", ifeval="punctuation:no_comma")
def no_commas(response: str) -> bool:
    """The response contains no comma."""
    return ifeval.follows("punctuation:no_comma", response)


@register_check("title_in_angle_brackets", ifeval="detectable_format:title")
def title_in_angle_brackets(response: str) -> bool:
    """The response has a title wrapped in double angle brackets, <<like this>>."""
    return ifeval.follows("detectable_format:title", response)


@register_check("postscript", ifeval="detectable_content:postscript")
def postscript(response: str, marker: str = "P.S.") -> bool:
    """The response has a postscript: marker followed by text, anywhere in the response.

    As in IFEval, the marker is read as a regular expression, except 'P.S.' and 'P.P.S', which
    have fixed patterns that also accept 'P. S.' and 'P. P. S'.
    """
    return ifeval.follows("detectable_content:postscript", response, postscript_marker=marker)


def _validate_postscript(marker: str) -> tuple[str, str] | None:
    # IFEval builds a regular expression from any marker other than "P.S." and "P.P.S"
    stripped = marker.strip()
    if stripped in ("P.S.", "P.P.S"):
        return None
    try:
        re.compile(r"\s*" + stripped.lower() + r".*$")
    except re.error as e:
        return (f"marker={marker!r} is not a valid regular expression ({e}); IFEval matches the marker as one",
                "escape special characters (e.g. 'P\\\\.S\\\\.') or use 'P.S.' or 'P.P.S'")
    return None


postscript.validate = _validate_postscript  # type: ignore[attr-defined]


@register_check("response_language", ifeval="language:response_language")
def response_language(response: str, language: str) -> bool:
    """The response is written in language (ISO 639-1 code such as 'en', 'fr')."""
    return ifeval.follows("language:response_language", response, language=language)


def _validate_language(language: str) -> tuple[str, str] | None:
    # IFEval only knows its own language table and raises KeyError for any other code
    ifeval.registry()
    from if_verifiable.ifeval.instructions_util import LANGUAGE_CODES

    if language not in LANGUAGE_CODES:
        return (f"language={language!r} is not supported by IFEval; known: {sorted(LANGUAGE_CODES)}",
                "use one of the listed ISO 639-1 codes")
    return None


response_language.validate = _validate_language  # type: ignore[attr-defined]


@register_check("json_keys")
def json_keys(response: str, keys: list[str]) -> bool:
    """The response is a JSON object containing every key in keys (markdown code fences allowed).

    Not an IFEval equivalent: IFEval only checks that the response is JSON.
    """
    body = response.strip().removeprefix("```json").removeprefix("```").removesuffix("```").strip()
    ok, obj = _json_loads(body)
    return ok and isinstance(obj, dict) and all(k in obj for k in keys)


@register_check("ifeval", ifeval="<instruction_id>")
def ifeval_instruction(response: str, instruction_id: str, mode: str = "strict", **kwargs) -> bool:
    """Any IFEval instruction by id, answered as IFEval's reference does (mode 'strict' or 'loose').

    Example args: {'instruction_id': 'change_case:capital_word_frequency', 'capital_frequency': 2,
    'capital_relation': 'at least'}. Every argument of the instruction is required (see
    :mod:`rubric_plugin.checks.ifeval`).
    """
    return ifeval.follows(instruction_id, response, mode=mode, **kwargs)


ifeval_instruction.validate = ifeval.validate_args  # type: ignore[attr-defined]
