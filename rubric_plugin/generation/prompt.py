"""The generation prompt and the generator's target format.

Both ``rubric-plugin generate`` (the request it sends) and ``rubric-plugin generator-data`` (the
SFT rows that teach a model to answer it) go through this module, so a finetuned generator sees
at training time exactly the prompt it is sent at generation time:

* :func:`generation_messages` -- the chat messages of one generation request.
* :func:`format_target` -- the answer a perfect generator gives: the rubric as compact JSON in
  the output schema of :mod:`rubric_plugin.generation.schema`.

The instructions live in ``prompt.txt`` beside this module. The conversation to write a rubric
for is rendered as text inside the user message (not replayed as chat turns): the generator must
read the system prompt and earlier turns as material, not obey them.
"""
from __future__ import annotations

import functools
import inspect
import json
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

#: Checks offered to the generator, by name; each is shown with its arguments from the registry.
#: A short menu: IFEval-style length, format, case and keyword instructions. Any registered check
#: proposed by the generator is still accepted after validation.
CHECK_MENU = ("word_count", "sentence_count", "paragraph_count", "bullet_count", "keywords_include",
              "keywords_exclude", "keyword_frequency", "all_lowercase", "all_uppercase", "json_format",
              "starts_with", "ends_with", "no_commas", "postscript", "response_language")
#: Default bounds on the number of criteria, stated in the prompt and enforced by the count filter.
MIN_CRITERIA = 2
MAX_CRITERIA = 12


@functools.lru_cache(maxsize=1)
def _template() -> str:
    return (Path(__file__).with_name("prompt.txt")).read_text(encoding="utf-8").strip()


@functools.lru_cache(maxsize=1)
def check_menu() -> str:
    """One line per offered check: ``name(arg: type = default): description``, read from the registry."""
    from rubric_plugin.checks import CHECKS
    from rubric_plugin.checks.registry import _ensure_loaded

    _ensure_loaded()
    lines = []
    for name in CHECK_MENU:
        spec = CHECKS.get(name)
        if spec is None:  # a check renamed in the registry drops out of the menu rather than misleading
            continue
        params = list(inspect.signature(spec.fn).parameters.values())[1:]
        shown = ", ".join(p.name + (f"={p.default!r}" if p.default is not p.empty else "") for p in params)
        lines.append(f"- {name}({shown}): {spec.doc}")
    return "\n".join(lines)


_ARG_TYPES = {"int": {"type": "integer"}, "float": {"type": "number"}, "bool": {"type": "boolean"},
              "str": {"type": "string", "maxLength": 80},
              "list[str]": {"type": "array", "items": {"type": "string", "maxLength": 40}, "maxItems": 8}}


@functools.lru_cache(maxsize=1)
def check_args_schema() -> dict[str, Any]:
    """Structured-output schema of a proposed check's ``args``: the menu's argument names and types.

    A free ``{"type": "object"}`` lets a small model nest objects in ``args`` until ``max_tokens``
    runs out (seen with SmolLM2-135M); a flat object of known, bounded fields cannot run away. The
    registry still validates every proposal (wrong arguments for the chosen check fall back to llm).
    """
    from rubric_plugin.checks import CHECKS
    from rubric_plugin.checks.registry import _ensure_loaded

    _ensure_loaded()
    props: dict[str, Any] = {}
    for name in CHECK_MENU:
        spec = CHECKS.get(name)
        if spec is None:
            continue
        for p in list(inspect.signature(spec.fn).parameters.values())[1:]:
            props.setdefault(p.name, _ARG_TYPES.get(str(p.annotation).replace("typing.", ""), {"type": "string"}))
    return {"type": "object", "properties": props, "additionalProperties": False}


def system_text(min_criteria: int = MIN_CRITERIA, max_criteria: int = MAX_CRITERIA) -> str:
    """The generator's instructions (the system message of every request)."""
    # str.replace, not str.format: the template holds literal JSON braces
    return (_template().replace("{checks}", check_menu()).replace("{min_criteria}", str(min_criteria))
            .replace("{max_criteria}", str(max_criteria)))


def _messages_of(item: Any) -> list[tuple[str, str]]:
    msgs = getattr(item, "messages", None)
    if msgs is None and isinstance(item, Mapping):
        msgs = item.get("messages")
    if msgs is None:
        msgs = item
    if not isinstance(msgs, (list, tuple)) or not msgs:
        raise ValueError(f"expected a rubric record, a conversation dict with 'messages', or a list of messages; "
                         f"got {type(item).__name__}")
    out = []
    for m in msgs:
        role = m.get("role") if isinstance(m, Mapping) else getattr(m, "role", None)
        content = m.get("content") if isinstance(m, Mapping) else getattr(m, "content", None)
        out.append((str(role), str(content)))
    return out


def render_conversation(item: Any) -> str:
    """The conversation as the text block the generator reads (system prompt, earlier turns, final turn)."""
    msgs = _messages_of(item)
    parts = []
    for i, (role, content) in enumerate(msgs):
        if role == "system":
            label = "SYSTEM PROMPT"
        elif i == len(msgs) - 1:
            label = "FINAL USER TURN (the response to grade answers this)"
        else:
            label = f"EARLIER {role.upper()} TURN"
        parts.append(f"[{label}]\n{content.strip()}")
    return "\n\n".join(parts)


def generation_messages(record_or_conversation: Any, min_criteria: int = MIN_CRITERIA,
                        max_criteria: int = MAX_CRITERIA) -> list[dict[str, str]]:
    """The chat messages ``generate`` sends for one conversation: ``[system, user]``.

    ``record_or_conversation`` is a :class:`~rubric_plugin.schema.RubricRecord` (its criteria are
    ignored), a dict with ``messages``, or a list of ``{role, content}`` messages ending on the user
    turn. The result is deterministic: the same conversation always gives the same messages, so the
    SFT export (``generator-data``) trains on exactly what ``generate`` sends.
    """
    user = ("Write the rubric for the assistant's next response in this conversation.\n\n"
            + render_conversation(record_or_conversation))
    return [{"role": "system", "content": system_text(min_criteria, max_criteria)},
            {"role": "user", "content": user}]


def _criterion_dict(c: Any, i: int) -> dict[str, Any]:
    get = (lambda k, d=None: c.get(k, d)) if isinstance(c, Mapping) else (lambda k, d=None: getattr(c, k, d))
    out: dict[str, Any] = {"id": get("id") or f"c{i + 1}", "question": get("question"),
                           "hard": bool(get("hard", False)), "penalty": bool(get("penalty", False)),
                           "kind": get("kind", "llm") or "llm"}
    if out["kind"] == "check":
        out["check"] = get("check")
        out["args"] = dict(get("args") or {})
    return out


def format_target(criteria: Iterable[Any]) -> str:
    """The generator's answer for ``criteria`` (``Criterion`` objects or dicts): compact JSON
    ``{"criteria": [{id, question, hard, penalty, kind[, check, args]}, ...]}``.

    This is the output schema :func:`rubric_plugin.generation.schema.parse_output` reads back, so
    ``parse_output(format_target(cs))`` gives the same criteria. Weights are not part of it (the
    generator writes equal-weight rubrics).
    """
    items = [_criterion_dict(c, i) for i, c in enumerate(criteria)]
    return json.dumps({"criteria": items}, ensure_ascii=False, separators=(", ", ": "))


def sft_row(record: Any) -> dict[str, Sequence[Mapping[str, str]]]:
    """One row of verl's ``MultiTurnSFTDataset``: the generation request plus the gold rubric as the answer."""
    return {"messages": [*generation_messages(record),
                         {"role": "assistant", "content": format_target(record.criteria)}]}
