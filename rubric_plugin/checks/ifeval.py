"""IFEval's instructions, answered exactly as IFEval's reference evaluation answers them.

The instruction classes are the pinned ``if-verifiable`` package's copy of IFEval's
``instructions.py``; this module adds what IFEval's ``evaluation_lib`` does around them:

* **the empty-response gate**: an instruction is followed only when ``response.strip()`` is
  non-empty, so an empty or whitespace-only answer fails every instruction, absence constraints
  ("no commas") included;
* **strict and loose mode**: strict checks the response as written; loose also accepts it when any
  of IFEval's seven variants passes (first line, last line or both removed, ``*`` removed);
* **determinism**: IFEval draws a random value for a missing or null argument (and for a ``letter``
  that is not one letter). :func:`validate_args` rejects such a configuration when a rubric is
  loaded, and :func:`follows` refuses to run one, so a verdict never depends on chance.

Nothing process-wide is changed. The five instructions that reach process-wide state in the
reference (NLTK's data path for sentences and words, langdetect's global detector and seed) are
subclasses here whose ``check_following`` uses the plugin's own objects: an English Punkt
tokenizer with NLTK's English parameters (:mod:`rubric_plugin.checks.text`) and a private
langdetect factory seeded with 0 (the reference is reproducible only with
``langdetect.DetectorFactory.seed = 0``; that is the configuration the plugin equals).
Imports are lazy: the package pulls in NLTK and langdetect.
"""
from __future__ import annotations

import functools
import json
import re
from typing import Any, Iterable, Sequence

from rubric_plugin.errors import CheckError

MODES = ("strict", "loose")
#: The relation words IFEval accepts (``_COMPARISON_RELATION``).
IFEVAL_RELATIONS = ("less than", "at least")

# Each instruction's arguments and their kind (checked in _arg_problem). IFEval picks a random value
# for every one of them when it is missing or null, so all are required.
ARGS: dict[str, dict[str, str]] = {
    "keywords:existence": {"keywords": "patterns"},
    "keywords:frequency": {"keyword": "pattern", "frequency": "count", "relation": "relation"},
    "keywords:forbidden_words": {"forbidden_words": "word_patterns"},
    "keywords:letter_frequency": {"letter": "letter", "let_frequency": "count", "let_relation": "relation"},
    "language:response_language": {"language": "language"},
    "length_constraints:number_sentences": {"num_sentences": "count", "relation": "relation"},
    "length_constraints:number_paragraphs": {"num_paragraphs": "count"},
    "length_constraints:number_words": {"num_words": "count", "relation": "relation"},
    "length_constraints:nth_paragraph_first_word": {"num_paragraphs": "count", "nth_paragraph": "nth", "first_word": "text"},
    "detectable_content:number_placeholders": {"num_placeholders": "count"},
    "detectable_content:postscript": {"postscript_marker": "marker"},
    "detectable_format:number_bullet_lists": {"num_bullets": "count"},
    "detectable_format:constrained_response": {},
    "detectable_format:number_highlighted_sections": {"num_highlights": "count"},
    "detectable_format:multiple_sections": {"section_spliter": "splitter", "num_sections": "count"},
    "detectable_format:json_format": {},
    "detectable_format:title": {},
    "combination:two_responses": {},
    "combination:repeat_prompt": {"prompt_to_repeat": "text"},
    "startend:end_checker": {"end_phrase": "text"},
    "startend:quotation": {},
    "change_case:capital_word_frequency": {"capital_frequency": "count", "capital_relation": "relation"},
    "change_case:english_capital": {},
    "change_case:english_lowercase": {},
    "punctuation:no_comma": {},
}


# --------------------------------------------------------------------------- scoped reference


@functools.lru_cache(maxsize=1)
def _language_factory():
    from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

    factory = DetectorFactory()
    factory.load_profile(PROFILES_DIRECTORY)
    # an instance attribute: langdetect's class-wide DetectorFactory.seed stays untouched
    factory.seed = 0
    return factory


def detect_language(text: str) -> str:
    """``langdetect.detect(text)`` as it answers with ``DetectorFactory.seed = 0``, without setting it."""
    detector = _language_factory().create()
    detector.append(text)
    return detector.detect()


def _language_is(value: str, code: str) -> bool:
    from langdetect import LangDetectException

    try:
        return detect_language(value) == code
    except LangDetectException:
        # the reference counts an undetectable language as followed
        return True


def _compare(actual: int, relation: str, threshold: int) -> bool:
    return actual < threshold if relation == "less than" else actual >= threshold


@functools.lru_cache(maxsize=1)
def registry() -> dict[str, type]:
    """IFEval instruction id -> checker class, with the plugin's scoped subclasses where needed."""
    from if_verifiable.ifeval import instructions as ref
    from if_verifiable.ifeval.instructions_registry import INSTRUCTION_DICT

    from rubric_plugin.checks import text

    class NumberOfSentences(ref.NumberOfSentences):
        def check_following(self, value):
            args = self.get_instruction_args()
            return _compare(text.count_sentences_ifeval(value), args["relation"], args["num_sentences"])

    class ResponseLanguage(ref.ResponseLanguageChecker):
        def check_following(self, value):
            return _language_is(value, self.get_instruction_args()["language"])

    class EnglishCapital(ref.CapitalLettersEnglishChecker):
        def check_following(self, value):
            return value.isupper() and _language_is(value, "en")

    class EnglishLowercase(ref.LowercaseLettersEnglishChecker):
        def check_following(self, value):
            return value.islower() and _language_is(value, "en")

    class CapitalWordFrequency(ref.CapitalWordFrequencyChecker):
        def check_following(self, value):
            args = self.get_instruction_args()
            capital_words = sum(1 for word in text.word_tokenize(value) if word.isupper())
            return _compare(capital_words, args["capital_relation"], args["capital_frequency"])

    class JsonFormat(ref.JsonFormat):
        def check_following(self, value):
            try:
                return super().check_following(value)
            except RecursionError:
                # the reference crashes on nesting deeper than Python's parser reads; not JSON here
                return False

    scoped = {
        "length_constraints:number_sentences": NumberOfSentences,
        "language:response_language": ResponseLanguage,
        "change_case:english_capital": EnglishCapital,
        "change_case:english_lowercase": EnglishLowercase,
        "change_case:capital_word_frequency": CapitalWordFrequency,
        "detectable_format:json_format": JsonFormat,
    }
    out = {iid: scoped.get(iid, cls) for iid, cls in INSTRUCTION_DICT.items()}
    if set(out) != set(ARGS):
        raise CheckError(f"the installed if-verifiable has instructions {sorted(set(out) ^ set(ARGS))} "
                         "this plugin does not know; install the pinned if-verifiable from requirements/lock-cpu.txt")
    return out


# --------------------------------------------------------------------------- validation


def _regex_problem(key: str, value: str, pattern: str) -> tuple[str, str] | None:
    try:
        re.compile(pattern)
    except re.error as e:
        return (f"{key}={value!r} is not a valid regular expression ({e}); IFEval matches it as one",
                r"escape special characters with a backslash (the expression C\+\+ matches the text C++), "
                "or use a plugin-native check, which matches literal text")
    return None


def _arg_problem(key: str, kind: str, value: Any) -> tuple[str, str] | None:
    """``(problem, fix)`` when ``value`` is not a deterministic, valid IFEval argument of ``kind``."""
    if value is None:
        return (f"{key} is missing or null; IFEval would pick a random value for it", f"set {key} explicitly")
    if kind in ("count", "nth"):
        if isinstance(value, bool) or not isinstance(value, int) or value < (1 if kind == "nth" else 0):
            least = 1 if kind == "nth" else 0
            return (f"{key}={value!r} must be a whole number >= {least} (IFEval picks a random value otherwise)",
                    f"write {key} as a whole number such as 3")
        return None
    if kind == "relation":
        if value not in IFEVAL_RELATIONS:
            return (f"{key}={value!r} is not one of IFEval's relations {list(IFEVAL_RELATIONS)}",
                    f"set {key} to 'less than' or 'at least'")
        return None
    if kind == "language":
        from if_verifiable.ifeval.instructions_util import LANGUAGE_CODES

        if value not in LANGUAGE_CODES:
            return (f"{key}={value!r} is not in IFEval's language table {sorted(LANGUAGE_CODES)}",
                    "use one of the listed ISO 639-1 codes")
        return None
    if kind == "letter":
        if not isinstance(value, str) or len(value) != 1 or not value.isalpha():
            return (f"{key}={value!r} is not a single letter; IFEval would pick a random letter",
                    f"set {key} to one letter such as 'e'")
        return None
    if kind in ("patterns", "word_patterns"):
        if not isinstance(value, list) or not value or not all(isinstance(v, str) and v.strip() for v in value):
            return (f"{key}={value!r} must be a non-empty list of non-empty strings (IFEval picks random words otherwise)",
                    f"write {key} as a list such as ['alpha', 'beta']")
        for v in value:
            problem = _regex_problem(key, v, r"\b" + v + r"\b" if kind == "word_patterns" else v)
            if problem:
                return problem
        return None
    # text-like kinds: IFEval strips them; an empty string is random (pattern) or always true (text)
    if not isinstance(value, str) or not value.strip():
        return (f"{key}={value!r} must be a string with visible text", f"set {key} to the text IFEval should look for")
    if kind == "pattern":
        return _regex_problem(key, value, value.strip())
    if kind == "marker" and value.strip() not in ("P.S.", "P.P.S"):
        return _regex_problem(key, value, r"\s*" + value.strip().lower() + r".*$")
    if kind == "splitter":
        return _regex_problem(key, value, r"\s?" + value.strip() + r"\s?\d+\s?")
    return None


def arg_problems(instruction_id: Any, kwargs: dict[str, Any]) -> list[tuple[str | None, str, str]]:
    """Every problem of one instruction's configuration as ``(argument or None, problem, fix)``."""
    if not isinstance(instruction_id, str) or instruction_id not in ARGS:
        return [(None, f"instruction_id={instruction_id!r} is not an IFEval instruction; known: {sorted(ARGS)}",
                 "use one of IFEval's instruction ids")]
    spec = ARGS[instruction_id]
    out: list[tuple[str | None, str, str]] = []
    unknown = sorted(set(kwargs) - set(spec))
    if unknown:
        out.append((unknown[0], f"IFEval {instruction_id!r} does not take {unknown}; it takes {sorted(spec)}",
                    "remove those arguments"))
    for key, kind in spec.items():
        problem = _arg_problem(key, kind, kwargs.get(key))
        if problem:
            out.append((key, *problem))
    if spec.get("nth_paragraph") and not out and kwargs["nth_paragraph"] > kwargs["num_paragraphs"]:
        out.append(("nth_paragraph", f"nth_paragraph={kwargs['nth_paragraph']} is beyond num_paragraphs="
                    f"{kwargs['num_paragraphs']}; IFEval would pick a random paragraph",
                    "set nth_paragraph between 1 and num_paragraphs"))
    return out


def validate_args(instruction_id: Any, mode: Any = "strict", **kwargs: Any) -> tuple[str, str] | None:
    """``(problem, fix)`` for the first problem of an ``ifeval`` check's arguments, else None."""
    if mode not in MODES:
        return (f"mode={mode!r} is not one of {list(MODES)}", "set mode to 'strict' (IFEval's default) or 'loose'")
    problems = arg_problems(instruction_id, kwargs)
    return problems[0][1:] if problems else None


@functools.lru_cache(maxsize=4096)
def _checked(instruction_id: str, frozen: str) -> None:
    problem = validate_args(instruction_id, **json.loads(frozen))
    if problem is not None:
        raise CheckError(f"IFEval {instruction_id!r}: {problem[0]}; fix: {problem[1]}")


# --------------------------------------------------------------------------- evaluation


def loose_variants(response: str) -> list[str]:
    """IFEval's loose-mode candidates: the response, first/last/both lines removed, each with ``*`` removed."""
    lines = response.split("\n")
    trimmed = ["\n".join(lines[1:]).strip(), "\n".join(lines[:-1]).strip(), "\n".join(lines[1:-1]).strip()]
    return [response, response.replace("*", ""), *trimmed, *(t.replace("*", "") for t in trimmed)]


def _build(instruction_id: str, kwargs: dict[str, Any]):
    checker = registry()[instruction_id](instruction_id)
    checker.build_description(**kwargs)
    return checker


def follows(instruction_id: str, response: str, mode: str = "strict", **kwargs: Any) -> bool:
    """Whether ``response`` follows IFEval instruction ``instruction_id`` built with ``kwargs``.

    Raises :class:`CheckError` for a configuration :func:`validate_args` rejects (never a guess).
    """
    _checked(instruction_id, json.dumps({"mode": mode, **kwargs}, sort_keys=True))
    checker = _build(instruction_id, kwargs)
    candidates = loose_variants(response) if mode == "loose" else [response]
    return any(c.strip() and checker.check_following(c) for c in candidates)


def follow_list(response: str, instruction_ids: Sequence[str], kwargs_list: Iterable[dict[str, Any]],
                mode: str = "strict") -> list[bool]:
    """One verdict per instruction of an IFEval prompt, as ``evaluation_lib`` reports them."""
    return [follows(iid, response, mode=mode, **kw) for iid, kw in zip(instruction_ids, kwargs_list, strict=True)]
