"""IFEval's ``input_data.jsonl`` -> :class:`~rubric_plugin.schema.RubricRecord`.

A row has ``key``, ``prompt``, ``instruction_id_list`` and ``kwargs`` (one object per
instruction); :mod:`rubric_plugin.convert.instruction_rows` reads it (Hugging Face nulls dropped, a
null argument an instruction uses rejected: IFEval would draw a random value for it).

Every instruction becomes a ``kind: check`` criterion of the ``ifeval`` check whose question is
phrased for a human ("Does the response contain at least 3 placeholders in square brackets, such
as [address]?"), so an LLM verifier can be asked the same question the check answers. Criterion
ids are the instruction ids. ``mode="loose"`` makes every criterion use IFEval's loose mode.

A rejected row is reported by ``rubric-plugin validate`` / ``convert`` with its line, the field
(``kwargs[1].letter``), the value and the fix; how it counts in evaluation is in docs/checks.md.
"""
from __future__ import annotations

from typing import Any, Callable, Mapping

from rubric_plugin.checks import ifeval
from rubric_plugin.convert.instruction_rows import InstructionSet, convert_instruction_row, is_instruction_row
from rubric_plugin.schema import RubricRecord

CATEGORY = "ifeval"
is_ifeval_row = is_instruction_row


def _quote(items: list[str]) -> str:
    quoted = [repr(i) for i in items]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " and " + quoted[-1]


def _times(relation: str, n: int, what: str) -> str:
    return f"{'fewer than' if relation == 'less than' else 'at least'} {n} {what}"


def _language(code: str) -> str:
    from if_verifiable.ifeval.instructions_util import LANGUAGE_CODES

    return LANGUAGE_CODES[code]


#: instruction id -> the yes/no question the check answers, from the instruction's arguments.
QUESTIONS: dict[str, Callable[..., str]] = {
    "keywords:existence": lambda keywords: f"Does the response include the keywords {_quote(keywords)}?",
    "keywords:frequency": lambda keyword, frequency, relation:
        f"Does the word {keyword.strip()!r} appear {_times(relation, frequency, 'times')} in the response?",
    "keywords:forbidden_words": lambda forbidden_words:
        f"Does the response avoid the words {_quote(sorted(set(forbidden_words)))}?",
    "keywords:letter_frequency": lambda letter, let_frequency, let_relation:
        f"Does the letter {letter.lower()!r} appear {_times(let_relation, let_frequency, 'times')} in the response?",
    "language:response_language": lambda language:
        f"Is the entire response written in {_language(language)}, with no other language?",
    "length_constraints:number_sentences": lambda num_sentences, relation:
        f"Does the response contain {_times(relation, num_sentences, 'sentences')}?",
    "length_constraints:number_paragraphs": lambda num_paragraphs:
        f"Does the response have exactly {num_paragraphs} paragraphs, separated by the markdown divider ***?",
    "length_constraints:number_words": lambda num_words, relation:
        f"Does the response contain {_times(relation, num_words, 'words')}?",
    "length_constraints:nth_paragraph_first_word": lambda num_paragraphs, nth_paragraph, first_word:
        f"Does the response have exactly {num_paragraphs} paragraphs separated by blank lines, with paragraph "
        f"{nth_paragraph} starting with the word {first_word.lower()!r}?",
    "detectable_content:number_placeholders": lambda num_placeholders:
        f"Does the response contain at least {num_placeholders} placeholders in square brackets, such as [address]?",
    "detectable_content:postscript": lambda postscript_marker:
        f"Does the response include a postscript starting with {postscript_marker.strip()!r}?",
    "detectable_format:number_bullet_lists": lambda num_bullets:
        f"Does the response contain exactly {num_bullets} markdown bullet points (lines starting with * or -)?",
    "detectable_format:constrained_response": lambda:
        "Does the response answer with one of the options 'My answer is yes.', 'My answer is no.' or 'My answer is maybe.'?",
    "detectable_format:number_highlighted_sections": lambda num_highlights:
        f"Does the response highlight at least {num_highlights} sections with markdown, such as *highlighted section*?",
    "detectable_format:multiple_sections": lambda section_spliter, num_sections:
        f"Does the response have at least {num_sections} sections, each beginning with "
        f"'{section_spliter.strip()} X' (X the section number)?",
    "detectable_format:json_format": lambda:
        "Is the entire response wrapped in JSON format (markdown code fences allowed)?",
    "detectable_format:title": lambda:
        "Does the response contain a title wrapped in double angular brackets, such as <<poem of joy>>?",
    "combination:two_responses": lambda:
        "Does the response give exactly two different responses, separated by six asterisks (******)?",
    "combination:repeat_prompt": lambda prompt_to_repeat:
        f"Does the response start by repeating the request word for word: {prompt_to_repeat.strip()!r}?",
    "startend:end_checker": lambda end_phrase:
        f"Does the response end with the exact phrase {end_phrase.strip()!r}, with nothing after it?",
    "startend:quotation": lambda: "Is the entire response wrapped in double quotation marks?",
    "change_case:capital_word_frequency": lambda capital_frequency, capital_relation:
        f"Do words in all capital letters appear {_times(capital_relation, capital_frequency, 'times')} in the response?",
    "change_case:english_capital": lambda: "Is the entire response in English and in capital letters only?",
    "change_case:english_lowercase": lambda:
        "Is the entire response in English and in lowercase letters only, with no capital letters?",
    "punctuation:no_comma": lambda: "Does the response avoid commas entirely?",
}


def question(instruction_id: str, kwargs: Mapping[str, Any]) -> str:
    """The human-readable yes/no question for one validated instruction."""
    return QUESTIONS[instruction_id](**kwargs)


#: IFEval as the shared instruction-row converter reads it.
INSTRUCTIONS = InstructionSet(name="IFEval", check="ifeval", args=ifeval.ARGS, arg_problems=ifeval.arg_problems,
                              question=question, source=lambda ids: (CATEGORY, "ifeval"))


def convert_row(row: Any, index: int, mode: str = "strict") -> RubricRecord:
    """One IFEval row -> a validated record. Raises :class:`RubricSchemaError` naming every problem."""
    if mode not in ifeval.MODES:
        raise ValueError(f"mode={mode!r}; expected one of {list(ifeval.MODES)}")
    return convert_instruction_row(INSTRUCTIONS, row, index, mode)
