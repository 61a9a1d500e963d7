"""Rows of verifiable-instruction benchmarks (IFEval, IFBench) -> :class:`~rubric_plugin.schema.RubricRecord`.

Both benchmarks write one prompt per row: ``key``, ``prompt``, ``instruction_id_list`` and
``kwargs`` (one object per instruction). Their Hugging Face copies write every kwarg name in every
object, ``null`` where an instruction does not use it; those nulls are dropped. A null (or
missing) argument that an instruction *does* use is an error: the benchmark would draw a random
value for it. What differs per benchmark (its instructions, their arguments, questions, category
and data source) is an :class:`InstructionSet`.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Mapping

from rubric_plugin.errors import FieldProblem, RubricSchemaError
from rubric_plugin.schema import RubricRecord, parse_record

COLUMNS = ("prompt", "instruction_id_list", "kwargs")


def is_instruction_row(row: Mapping[str, Any]) -> bool:
    return "instruction_id_list" in row and "prompt" in row


@dataclass(frozen=True)
class InstructionSet:
    """One benchmark's instructions, as the converter needs them."""

    #: Benchmark name in messages ("IFEval").
    name: str
    #: The check that answers the instructions (``ifeval``); its ``args`` are ``instruction_id``,
    #: the instruction's kwargs and ``mode`` when not strict.
    check: str
    #: instruction id -> {argument name: kind}; arguments outside it are dropped when null.
    args: Mapping[str, Mapping[str, str]]
    #: ``(instruction id, kwargs) -> [(argument or None, problem, fix)]``.
    arg_problems: Callable[[Any, dict[str, Any]], list[tuple[str | None, str, str]]]
    #: ``(instruction id, kwargs) -> question`` phrased for a human.
    question: Callable[[str, Mapping[str, Any]], str]
    #: ``instruction ids -> (category, data_source)`` of the record.
    source: Callable[[list[str]], tuple[str, str]]
    #: Instruction ids without a check: they become ``kind: llm`` criteria with the same question.
    llm_only: frozenset[str] = frozenset()


def _clean_kwargs(spec: InstructionSet, instruction_id: str, raw: Mapping[str, Any]) -> dict[str, Any]:
    """Drop the Hugging Face form's nulls for arguments the instruction does not take."""
    taken = spec.args.get(instruction_id, {})
    return {k: v for k, v in raw.items() if k in taken or v is not None}


def _criterion(spec: InstructionSet, cid: str, iid: str, kwargs: dict[str, Any], mode: str) -> dict[str, Any]:
    question = spec.question(iid, kwargs)
    if iid in spec.llm_only:
        return {"id": cid, "question": question, "kind": "llm"}
    args = {"instruction_id": iid, **kwargs, **({"mode": mode} if mode != "strict" else {})}
    return {"id": cid, "question": question, "kind": "check", "check": spec.check, "args": args}


def convert_instruction_row(spec: InstructionSet, row: Any, index: int, mode: str = "strict") -> RubricRecord:
    """One benchmark row -> a validated record. Raises :class:`RubricSchemaError` naming every problem."""
    problems: list[FieldProblem] = []

    def bad(fld: str, value: Any, problem: str, fix: str) -> None:
        problems.append(FieldProblem(index, fld, value, problem, fix))

    if not isinstance(row, Mapping):
        bad("<row>", row, "is not a JSON object", f"write one {spec.name} example per line: {{key, prompt, instruction_id_list, kwargs}}")
        raise RubricSchemaError(problems)
    for c in COLUMNS:
        if c not in row:
            bad(c, None, "missing", f"{spec.name} rows need {list(COLUMNS)}")
    prompt, ids, kwargs_list = row.get("prompt"), row.get("instruction_id_list"), row.get("kwargs")
    if "prompt" in row and (not isinstance(prompt, str) or not prompt.strip()):
        bad("prompt", prompt, "must be a non-empty string", "put the instruction text in 'prompt'")
    if "instruction_id_list" in row and (not isinstance(ids, list) or not ids):
        bad("instruction_id_list", ids, f"must be a non-empty list of {spec.name} instruction ids", "list the prompt's instructions")
    if "kwargs" in row and not isinstance(kwargs_list, list):
        bad("kwargs", kwargs_list, "must be a list with one object per instruction", "write kwargs as [{...}, {...}]")
    if problems:
        raise RubricSchemaError(problems)
    if len(kwargs_list) != len(ids):
        bad("kwargs", kwargs_list, f"has {len(kwargs_list)} entries for {len(ids)} instructions",
            "give one kwargs object per instruction id, {} for an instruction without arguments")
        raise RubricSchemaError(problems)
    criteria: list[dict[str, Any]] = []
    for i, (iid, raw) in enumerate(zip(ids, kwargs_list)):
        if not isinstance(raw, Mapping):
            bad(f"kwargs[{i}]", raw, "is not an object", "write the instruction's arguments as {name: value}, {} for none")
            continue
        kwargs = _clean_kwargs(spec, iid, raw) if isinstance(iid, str) else dict(raw)
        found = spec.arg_problems(iid, kwargs)
        for key, problem, fix in found:
            if key is None:
                bad(f"instruction_id_list[{i}]", iid, problem, fix)
            else:
                bad(f"kwargs[{i}].{key}", kwargs.get(key), f"({iid}) {problem}", fix)
        if found:
            continue
        cid = iid if iid not in (c["id"] for c in criteria) else f"{iid}.{i + 1}"
        criteria.append(_criterion(spec, cid, iid, kwargs, mode))
    if problems:
        raise RubricSchemaError(problems)
    key = row.get("key", index)
    category, data_source = spec.source(list(ids))
    native = {
        "id": str(key),
        "category": category,
        "data_source": data_source,
        "messages": [{"role": "user", "content": prompt}],
        "criteria": criteria,
        "metadata": {f"{spec.check}_key": key, "instruction_id_list": list(ids)},
    }
    return parse_record(native, row=index)
