"""IFBench's test file (``IFBench_test.jsonl``) -> :class:`~rubric_plugin.schema.RubricRecord`.

IFBench rows have IFEval's shape (``key``, ``prompt``, ``instruction_id_list``, ``kwargs``) with
IFBench's own 58 instruction ids; :mod:`rubric_plugin.convert.instruction_rows` reads them.

* **Criteria.** Each instruction becomes a criterion whose question is phrased for a human. The 56
  instructions the ``ifbench`` check answers are ``kind: check`` criteria; the 2 whose reference
  needs NLTK downloads (:data:`rubric_plugin.checks.ifbench.NO_CHECK`) are ``kind: llm`` criteria,
  asked of the verifier. ``rubric-plugin convert`` prints how many criteria are of each kind.
* **Category and data source.** verl groups validation metrics by ``data_source`` only, so it is
  per category: the instruction id's prefix (``count:numbers`` -> category ``count``, data source
  ``ifbench/count``). A row whose instructions have different prefixes is ``ifbench/mixed``.
* **Determinism.** A configuration IFBench would randomise is a row error naming the field
  (``kwargs[0].N``), the value and the fix (see docs/checks.md).
"""
from __future__ import annotations

from typing import Any, Callable, Mapping

from rubric_plugin.checks import ifbench
from rubric_plugin.convert.instruction_rows import InstructionSet, convert_instruction_row, is_instruction_row
from rubric_plugin.schema import RubricRecord

MIXED = "mixed"


def is_ifbench_row(row: Mapping[str, Any]) -> bool:
    """An instruction row whose ids include an IFBench id (IFEval's ids have other prefixes)."""
    ids = row.get("instruction_id_list") if is_instruction_row(row) else None
    return isinstance(ids, list) and any(isinstance(i, str) and i in ifbench.ARGS for i in ids)


def _short(value: str, limit: int = 80) -> str:
    value = " ".join(value.split())
    return repr(value if len(value) <= limit else value[: limit - 3] + "...")


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _times(n: int) -> str:
    return {1: "once", 2: "twice"}.get(n, f"{n} times")


#: instruction id -> the yes/no question the check (or the verifier) answers, from the arguments.
QUESTIONS: dict[str, Callable[..., str]] = {
    "count:word_count_range": lambda min_words, max_words:
        f"Does the response contain between {min_words} and {max_words} words?",
    "count:unique_word_count": lambda N: f"Does the response use at least {N} different words?",
    "ratio:stop_words": lambda percentage:
        f"Are stop words (such as 'the', 'is', 'and') no more than {percentage}% of the words in the response?",
    "ratio:sentence_type": lambda:
        "Does the response have exactly twice as many statements (ending in '.') as questions (ending in '?')?",
    "ratio:sentence_balance": lambda:
        "Does the response have equally many statements, questions and exclamations?",
    "count:conjunctions": lambda small_n:
        f"Does the response use at least {small_n} different coordinating conjunctions (and, but, for, nor, or, so, yet)?",
    "count:person_names": lambda N:
        f"Does the response mention at least {N} different first names from the list given in the prompt?",
    "ratio:overlap": lambda reference_text, percentage:
        f"Do the response's character trigrams overlap those of the reference text {_short(reference_text)} "
        f"by {percentage}% (within 2 points)?",
    "count:numbers": lambda N: f"Does the response contain exactly {N} numbers?",
    "words:alphabet": lambda:
        "Does each word start with the letter after the previous word's first letter, looping from Z back to A?",
    "words:vowel": lambda: "Is the response a single paragraph that uses at most three different vowels?",
    "words:consonants": lambda:
        "Does every word of the response contain two or more consonants in a row?",
    "sentence:alliteration_increment": lambda:
        "Does each sentence have a longer run of consecutive words starting with the same letter than the sentence before?",
    "words:palindrome": lambda: "Does the response include at least 10 palindromes of 5 or more letters?",
    "count:punctuation": lambda:
        "Does the response use every standard punctuation mark (. , ! ? ; :) as well as an interrobang (?!)?",
    "format:parentheses": lambda:
        "Does the response nest brackets ((), [] or {}) at least 5 levels deep, each closed properly?",
    "format:quotes": lambda:
        "Does the response nest quotations at least 3 levels deep, alternating double and single quotes?",
    "words:prime_lengths": lambda: "Does every word of the response have a prime number of letters?",
    "format:options": lambda options:
        f"Does the response consist only of one of the options {options!r}, with no explanation?",
    "format:newline": lambda: "Is every word of the response on its own line?",
    "format:emoji": lambda: "Does every sentence of the response end with an emoji?",
    "ratio:sentence_words": lambda:
        "Does the response have exactly three sentences, all with the same number of characters?",
    "count:words_japanese": lambda N: f"Is every {_ordinal(N)} word of the response written in Japanese?",
    "words:start_verb": lambda: "Does the response start with a verb?",
    "words:repeats": lambda small_n: f"Does the response avoid using any word more than {small_n} times?",
    "sentence:keyword": lambda word, N: f"Does sentence {N} of the response contain the word {word!r}?",
    "count:pronouns": lambda N: f"Does the response contain at least {N} pronouns?",
    "words:odd_even_syllables": lambda:
        "Do the words of the response alternate between an odd and an even number of syllables?",
    "words:last_first": lambda:
        "Does every sentence start with the word that ended the sentence before it?",
    "words:paragraph_last_first": lambda:
        "Does every paragraph (one per line) end with the same word it starts with?",
    "sentence:increment": lambda small_n:
        f"Does each sentence have exactly {small_n} more words than the sentence before it?",
    "words:no_consecutive": lambda: "Do all pairs of neighbouring words start with different letters?",
    "format:line_indent": lambda: "Is each line indented by more spaces than the line before, like stairs?",
    "format:quote_unquote": lambda:
        "Is every quoted phrase followed by an explanation outside quotes (never two quotes in a row, never ending on a quote)?",
    "format:list": lambda sep: f"Is the response a list whose items are marked with {sep!r} instead of bullet points?",
    "format:thesis": lambda:
        "Does the response begin its section with a thesis statement in HTML italics (<i> or <em>), followed by more text?",
    "format:sub-bullets": lambda:
        "Does every bullet point marked with * have at least one sub-bullet marked with -?",
    "format:no_bullets_bullets": lambda:
        "Does the response give at least two sentences ending in a period, followed by at least two bullet points marked with *?",
    "custom:multiples": lambda: "Does the response list exactly the multiples of 7 between 10 and 50 (14 to 49), in order?",
    "custom:mcq_count_length": lambda:
        "Does the response consist only of 4 multiple-choice questions, each labelled 'Question' with 5 options, "
        "each question longer than the one before?",
    "custom:reverse_newline": lambda:
        "Does the response list the countries of Africa in reverse alphabetical order, one per line, from Zimbabwe?",
    "custom:word_reverse": lambda:
        "Does the response answer 'the bald eagle' in a sentence written with its words in reverse order?",
    "custom:character_reverse": lambda:
        "Does the response answer 'the bald eagle' written letter by letter in reverse ('elgae dlab')?",
    "custom:sentence_alphabet": lambda:
        "Is the response a story of exactly 26 sentences whose first words start with A, B, C, ... Z in order?",
    "custom:european_capitals_sort": lambda:
        "Does the response list, separated by commas, the capitals of European countries north of 45 degrees "
        "latitude, from north to south, without country names?",
    "custom:csv_city": lambda:
        "Is the response CSV with the header ID,Country,City,Year,Count and exactly 7 comma-separated rows of 5 fields?",
    "custom:csv_special_character": lambda:
        "Is the response CSV with the header ProductID,Category,Brand,Price,Stock and exactly 14 rows of 5 fields, "
        "one field containing a special character enclosed in double quotes?",
    "custom:csv_quotes": lambda:
        "Is the response tab-separated data with the header StudentID, Subject, Grade, Semester, Score and exactly "
        "3 rows, every field enclosed in double quotes?",
    "custom:date_format_list": lambda:
        "Is the response only a comma-separated list of valid dates between 1769 and 1821 in the form YYYY-MM-DD?",
    "count:keywords_multiple": lambda keyword1, keyword2, keyword3, keyword4, keyword5:
        f"Does the response contain {keyword1.strip()!r} exactly once, {keyword2.strip()!r} exactly twice, "
        f"{keyword3.strip()!r} exactly 3 times, {keyword4.strip()!r} exactly 5 times and {keyword5.strip()!r} "
        "exactly 7 times?",
    "words:keywords_specific_position": lambda keyword, n, m:
        f"Is the {_ordinal(m)} word of sentence {n} of the response exactly {keyword.strip()!r}?",
    "words:words_position": lambda keyword:
        f"Are the second word and the second-to-last word of the response both {keyword.strip()!r}?",
    "repeat:repeat_change": lambda prompt_to_repeat:
        f"Does the response only repeat the request {_short(prompt_to_repeat)} with its first word changed?",
    "repeat:repeat_simple": lambda:
        "Is the response exactly the sentence 'Only output this sentence here, ignore all other requests.'?",
    "repeat:repeat_span": lambda prompt_to_repeat, n_start, n_end:
        f"Does the response only copy words {n_start + 1} to {n_end} of {_short(prompt_to_repeat)}?",
    "format:title_case": lambda: "Is the entire response in title case (each major word capitalised)?",
    "format:output_template": lambda:
        "Does the response follow the template 'My Answer: ... My Conclusion: ... Future Outlook: ...'?",
    "format:no_whitespace": lambda: "Does the response contain no whitespace at all?",
}


def question(instruction_id: str, kwargs: Mapping[str, Any]) -> str:
    """The human-readable yes/no question for one validated instruction."""
    return QUESTIONS[instruction_id](**kwargs)


def source(instruction_ids: list[str]) -> tuple[str, str]:
    """``(category, data_source)``: the instruction ids' common prefix, or ``mixed``."""
    prefixes = {iid.split(":", 1)[0] for iid in instruction_ids}
    category = prefixes.pop() if len(prefixes) == 1 else MIXED
    return category, f"ifbench/{category}"


#: IFBench as the shared instruction-row converter reads it.
INSTRUCTIONS = InstructionSet(name="IFBench", check="ifbench", args=ifbench.ARGS, arg_problems=ifbench.arg_problems,
                              question=question, source=source, llm_only=frozenset(ifbench.NO_CHECK))


def convert_row(row: Any, index: int, mode: str = "strict") -> RubricRecord:
    """One IFBench row -> a validated record. Raises :class:`RubricSchemaError` naming every problem."""
    if mode not in ifbench.MODES:
        raise ValueError(f"mode={mode!r}; expected one of {list(ifbench.MODES)}")
    return convert_instruction_row(INSTRUCTIONS, row, index, mode)
