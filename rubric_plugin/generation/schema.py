"""The generator's output schema and its strict parser.

The generator answers ``{"criteria": [{id, question, hard, penalty, kind[, check, args]}, ...]}``
(:data:`OUTPUT_SCHEMA`, sent as structured output where the backend supports it). Small or
unconstrained models wrap and bend that JSON, so the parser separates two things:

* **Tolerated wrapping** (repaired, never guessed at): prose before or after the JSON, markdown
  code fences, trailing commas before ``]`` or ``}``, a bare list of criteria without the
  ``{"criteria": ...}`` envelope.
* **Errors** (never repaired): no JSON at all, JSON that is not a rubric, an output over
  ``max_chars``, an empty criteria list. These raise :class:`GeneratorOutputError`, and the row
  goes to the error file with the message.

Per-criterion problems (a missing question, ``hard: "yes"``, a duplicate id, unknown keys) are
returned as :class:`ItemProblem` lines naming the index, field, value and fix; the schema filter
drops those criteria and reports them. ``strict=True`` raises on them instead.

A proposed ``kind: check`` is validated against the checks registry; an unknown check or bad
arguments turn the criterion into ``kind: llm`` (its question stays), recorded as a fallback.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from rubric_plugin.errors import RubricError

#: Keys a generated criterion may carry.
ITEM_KEYS = ("id", "question", "hard", "penalty", "kind", "check", "args")
#: Default bound on the raw output: a rubric of 12 criteria is ~2 KB; 64 KB is a runaway generation.
MAX_CHARS = 65536
_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$")
_FENCE_RE = re.compile(r"```[A-Za-z0-9_-]*\s*\n?(.*?)```", re.S)

def output_schema(max_criteria: int = 12, args: dict[str, Any] | None = None) -> dict[str, Any]:
    """JSON schema of the generator's answer (structured output), at most ``max_criteria`` items.

    ``args`` is the schema of a check's arguments (:func:`rubric_plugin.generation.prompt.check_args_schema`:
    flat, named, bounded); None allows any object. The id's character rule is checked by the parser,
    not the schema: regular-expression support differs between structured-output backends.
    """
    return {
    "type": "object",
    "properties": {
        "criteria": {
            "type": "array",
            "minItems": 1,
            "maxItems": max_criteria,
            "items": {
                "type": "object",
                "properties": {
                    "id": {"type": "string", "maxLength": 64},
                    "question": {"type": "string", "minLength": 8, "maxLength": 400},
                    "hard": {"type": "boolean"},
                    "penalty": {"type": "boolean"},
                    "kind": {"type": "string", "enum": ["llm", "check"]},
                    "check": {"type": "string"},
                    "args": args if args is not None else {"type": "object"},
                },
                "required": ["id", "question", "hard", "penalty", "kind"],
                "additionalProperties": False,
            },
        },
    },
    "required": ["criteria"],
    "additionalProperties": False,
    }


OUTPUT_SCHEMA = output_schema()


class GeneratorOutputError(RubricError, ValueError):
    """The generator's output holds no usable rubric. ``text`` keeps (the start of) the output."""

    def __init__(self, message: str, text: str = ""):
        self.text = text[:2000]
        super().__init__(message)

    def __reduce__(self):
        return (type(self), (str(self), self.text))


@dataclass(frozen=True)
class ItemProblem:
    """One generated criterion that cannot be used: which, which field, which value, the fix."""

    index: int
    field: str
    value: Any
    problem: str
    fix: str

    def render(self) -> str:
        shown = repr(self.value)
        shown = shown if len(shown) <= 80 else shown[:77] + "..."
        return f"criteria[{self.index}].{self.field} = {shown}: {self.problem}; fix: {self.fix}"


@dataclass
class ParsedOutput:
    """Usable criteria (plain dicts in the plugin's criterion format) and what was set aside."""

    criteria: list[dict[str, Any]] = field(default_factory=list)
    #: criteria dropped by the schema, with why
    problems: list[ItemProblem] = field(default_factory=list)
    #: ``(criterion id, why)`` for each proposed check that fell back to ``kind: llm``
    fallbacks: list[tuple[str, str]] = field(default_factory=list)
    #: the repairs applied to the raw text (``code fence``, ``surrounding prose``, ``trailing comma``, ...)
    repairs: list[str] = field(default_factory=list)


def _strip_trailing_commas(text: str) -> str:
    """Remove commas directly before ``]`` or ``}`` outside strings (a common small-model slip)."""
    out, in_str, esc, i = [], False, False, 0
    while i < len(text):
        ch = text[i]
        if in_str:
            esc = (ch == "\\") and not esc
            in_str = not (ch == '"' and not esc) if ch == '"' else True
            out.append(ch)
        elif ch == '"':
            in_str = True
            esc = False
            out.append(ch)
        elif ch == ",":
            j = i + 1
            while j < len(text) and text[j].isspace():
                j += 1
            if j >= len(text) or text[j] not in "]}":
                out.append(ch)
        else:
            out.append(ch)
        i += 1
    return "".join(out)


def _candidates(text: str) -> list[tuple[str, list[str]]]:
    """Texts to try decoding, each with the repairs it took: fenced blocks first (a model that
    fences its answer means the fenced part), then the whole text."""
    return [(f.strip(), ["code fence"]) for f in _FENCE_RE.findall(text)] + [(text.strip(), [])]


def _decode(text: str) -> tuple[Any, list[str]]:
    decoder = json.JSONDecoder()
    for body, repairs in _candidates(text):
        # stripping commas before ] or } changes nothing in valid JSON, so it is always applied
        attempt = _strip_trailing_commas(body)
        extra = ["trailing comma"] if attempt != body else []
        # the first '{' or '[' that starts a complete JSON value; prose around it is ignored
        for m in re.finditer(r"[\[{]", attempt):
            try:
                value, end = decoder.raw_decode(attempt, m.start())
            except ValueError:
                continue
            if not isinstance(value, (dict, list)):
                continue
            prose = ["surrounding prose"] if attempt[:m.start()].strip() or attempt[end:].strip() else []
            return value, repairs + extra + prose
    raise GeneratorOutputError(
        f"no JSON object in the generator's output ({len(text)} chars, starts {text[:60]!r}); expected "
        '{"criteria": [...]}: use structured output (the backend\'s structured_output: json_schema) '
        "or a generator that follows the format", text)


def _envelope(value: Any, text: str) -> list[Any]:
    if isinstance(value, list):
        return value
    if isinstance(value, dict) and "criteria" in value:
        items = value["criteria"]
        if not isinstance(items, list):
            raise GeneratorOutputError(f"'criteria' is a {type(items).__name__} ({items!r:.60}), expected a list of "
                                       "criteria objects", text)
        return items
    if isinstance(value, dict) and "question" in value:
        return [value]  # a single criterion without its list
    raise GeneratorOutputError(f"JSON without a 'criteria' list (keys {sorted(value)[:8]}); expected "
                               '{"criteria": [{"id": ..., "question": ...}, ...]}', text)


def _item(i: int, raw: Any, problems: list[ItemProblem]) -> dict[str, Any] | None:
    before = len(problems)

    def bad(fld: str, value: Any, problem: str, fix: str) -> None:
        problems.append(ItemProblem(i, fld, value, problem, fix))

    if not isinstance(raw, dict):
        bad("<item>", raw, "is not an object", 'write each criterion as {"id": ..., "question": ...}')
        return None
    unknown = sorted(set(raw) - set(ITEM_KEYS))
    if unknown:
        bad("<keys>", unknown, "unknown keys", f"use only {list(ITEM_KEYS)}")
    q = raw.get("question")
    if not isinstance(q, str) or not q.strip():
        bad("question", q, "missing or not a non-empty string", "give every criterion a yes/no question")
    cid = raw.get("id", f"c{i + 1}")
    if not isinstance(cid, str) or not _ID_RE.match(cid):
        bad("id", cid, "must be 1-64 letters, digits or _ . : - starting with a letter or digit", "use ids c1, c2, ...")
    for flag in ("hard", "penalty"):
        if not isinstance(raw.get(flag, False), bool):
            bad(flag, raw.get(flag), "must be true or false (a JSON boolean)", f"write {flag}: true or {flag}: false")
    kind = raw.get("kind", "check" if raw.get("check") else "llm")
    if kind not in ("llm", "check"):
        bad("kind", kind, "must be 'llm' or 'check'", "use kind: llm unless a registered check fits")
    if len(problems) > before:
        return None
    out: dict[str, Any] = {"id": cid, "question": " ".join(q.split()), "hard": raw.get("hard", False),
                           "penalty": raw.get("penalty", False), "kind": kind}
    if kind == "check":
        out["check"], out["args"] = raw.get("check"), raw.get("args", {})
    return out


def _fallback(item: dict[str, Any]) -> str | None:
    """Why a proposed check cannot run (the criterion then becomes ``kind: llm``), or None when it can."""
    if item["kind"] != "check":
        return None
    from rubric_plugin.checks import validate_check

    args = item.get("args")
    if not isinstance(args, dict):
        return f"args={args!r} is not an object"
    problem = validate_check(item.get("check"), dict(args))
    if problem is None:
        return None
    return f"{problem[0]}: {problem[1]}"


def parse_output(text: str, max_chars: int = MAX_CHARS, strict: bool = False) -> ParsedOutput:
    """Read the generator's answer; see the module docstring for what is repaired and what raises."""
    if not isinstance(text, str):
        raise GeneratorOutputError(f"output is {type(text).__name__}, expected text")
    if len(text) > max_chars:
        raise GeneratorOutputError(f"output is {len(text)} chars, over max_chars={max_chars} (a runaway generation); "
                                   "lower the generator's max_tokens or raise max_chars", text)
    if not text.strip():
        raise GeneratorOutputError("output is empty; check the generator's max_tokens and its chat template", text)
    value, repairs = _decode(text)
    items = _envelope(value, text)
    if not items:
        raise GeneratorOutputError("the criteria list is empty; a rubric needs at least one criterion", text)
    out = ParsedOutput(repairs=repairs)
    seen: dict[str, int] = {}
    for i, raw in enumerate(items):
        item = _item(i, raw, out.problems)
        if item is None:
            continue
        if item["id"] in seen:
            out.problems.append(ItemProblem(i, "id", item["id"], f"duplicates criteria[{seen[item['id']]}].id",
                                            "give every criterion a unique id"))
            continue
        seen[item["id"]] = i
        why = _fallback(item)
        if why is not None:
            out.fallbacks.append((item["id"], why))
            item = {k: v for k, v in item.items() if k not in ("check", "args")} | {"kind": "llm"}
        out.criteria.append(item)
    if strict and out.problems:
        raise GeneratorOutputError("unusable criteria:\n  " + "\n  ".join(p.render() for p in out.problems), text)
    return out
