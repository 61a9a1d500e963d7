"""IFEval's ``input_data.jsonl`` -> :class:`~rubric_plugin.schema.RubricRecord`.

A row has ``key``, ``prompt``, ``instruction_id_list`` and ``kwargs`` (one object per
instruction). The Hugging Face copy of the data set writes every kwarg name in every object,
``null`` where an instruction does not use it; those nulls are dropped here. A null (or missing)
argument that an instruction *does* use is an error: IFEval would draw a random value for it.

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
from rubric_plugin.errors import FieldProblem, RubricSchemaError
from rubric_plugin.schema import RubricRecord, parse_record

COLUMNS = ("prompt", "instruction_id_list", "kwargs")
CATEGORY = "ifeval"


def is_ifeval_row(row: Mapping[str, Any]) -> bool:
    return "instruction_id_list" in row and "prompt" in row


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


def _clean_kwargs(instruction_id: str, raw: Mapping[str, Any]) -> dict[str, Any]:
    """Drop the Hugging Face form's nulls for arguments the instruction does not take."""
    taken = ifeval.ARGS.get(instruction_id, {})
    return {k: v for k, v in raw.items() if k in taken or v is not None}


def convert_row(row: Any, index: int, mode: str = "strict") -> RubricRecord:
    """One IFEval row -> a validated record. Raises :class:`RubricSchemaError` naming every problem."""
    if mode not in ifeval.MODES:
        raise ValueError(f"mode={mode!r}; expected one of {list(ifeval.MODES)}")
    problems: list[FieldProblem] = []

    def bad(fld: str, value: Any, problem: str, fix: str) -> None:
        problems.append(FieldProblem(index, fld, value, problem, fix))

    if not isinstance(row, Mapping):
        bad("<row>", row, "is not a JSON object", "write one IFEval example per line: {key, prompt, instruction_id_list, kwargs}")
        raise RubricSchemaError(problems)
    for c in COLUMNS:
        if c not in row:
            bad(c, None, "missing", f"IFEval rows need {list(COLUMNS)}")
    prompt, ids, kwargs_list = row.get("prompt"), row.get("instruction_id_list"), row.get("kwargs")
    if "prompt" in row and (not isinstance(prompt, str) or not prompt.strip()):
        bad("prompt", prompt, "must be a non-empty string", "put the instruction text in 'prompt'")
    if "instruction_id_list" in row and (not isinstance(ids, list) or not ids):
        bad("instruction_id_list", ids, "must be a non-empty list of IFEval instruction ids", "list the prompt's instructions")
    if "kwargs" in row and not isinstance(kwargs_list, list):
        bad("kwargs", kwargs_list, "must be a list with one object per instruction", "write kwargs as [{...}, {...}]")
    if problems:
        raise RubricSchemaError(problems)
    if len(kwargs_list) != len(ids):
        bad("kwargs", kwargs_list, f"has {len(kwargs_list)} entries for {len(ids)} instructions",
            "give one kwargs object per instruction id, {} for an instruction without arguments")
        raise RubricSchemaError(problems)
    criteria = []
    for i, (iid, raw) in enumerate(zip(ids, kwargs_list)):
        if not isinstance(raw, Mapping):
            bad(f"kwargs[{i}]", raw, "is not an object", "write the instruction's arguments as {name: value}, {} for none")
            continue
        kwargs = _clean_kwargs(iid, raw) if isinstance(iid, str) else dict(raw)
        found = ifeval.arg_problems(iid, kwargs)
        for key, problem, fix in found:
            if key is None:
                bad(f"instruction_id_list[{i}]", iid, problem, fix)
            else:
                bad(f"kwargs[{i}].{key}", kwargs.get(key), f"({iid}) {problem}", fix)
        if found:
            continue
        cid = iid if iid not in (c["id"] for c in criteria) else f"{iid}.{i + 1}"
        args = {"instruction_id": iid, **kwargs, **({"mode": mode} if mode != "strict" else {})}
        criteria.append({"id": cid, "question": question(iid, kwargs), "kind": "check", "check": "ifeval", "args": args})
    if problems:
        raise RubricSchemaError(problems)
    key = row.get("key", index)
    native = {
        "id": str(key),
        "category": CATEGORY,
        "data_source": "ifeval",
        "messages": [{"role": "user", "content": prompt}],
        "criteria": criteria,
        "metadata": {"ifeval_key": key, "instruction_id_list": list(ids)},
    }
    return parse_record(native, row=index)
