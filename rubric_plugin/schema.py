"""Rubric records: the typed unit of training and evaluation data.

A :class:`RubricRecord` is one prompt to answer (a conversation ending on the user turn) plus the
criteria a response must meet. Records are validated when they are built, never in the middle of
a rollout: :func:`parse_record` collects *every* problem of a row into one
:class:`~rubric_plugin.errors.RubricSchemaError` whose lines name the row, the field, the value
and the fix.

Criterion semantics (used by :mod:`rubric_plugin.aggregate`):

* ``kind="llm"``: the yes/no ``question`` is answered by the verifier.
* ``kind="check"``: the question is answered by the programmatic check ``check`` called with
  ``args`` (see :mod:`rubric_plugin.checks`).
* ``penalty=True``: the criterion is a pitfall ("Does the response claim to have followed all
  instructions?"): answering *yes* is bad. A penalty criterion *passes* when it is not satisfied.
* ``hard=True``: failing the criterion vetoes the reward (every aggregation becomes 0).
"""
from __future__ import annotations

import math
import re
from dataclasses import asdict, dataclass, field
from typing import Any, Mapping

from rubric_plugin.errors import FieldProblem, RubricSchemaError

ROLES = ("system", "user", "assistant")
KINDS = ("llm", "check")
#: Categories of the AdvancedIF benchmark; any other non-empty string is accepted as free text.
KNOWN_CATEGORIES = ("complex", "carried_context", "system_steerability")
DEFAULT_DATA_SOURCE = "rubric_plugin"
_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$")
#: Ids of criteria the plugin adds itself (anti-hacking criteria, :mod:`rubric_plugin.shaping`).
#: A user id must start with a letter or digit, so these can never collide with one.
RESERVED_ID_PREFIX = "_shaping."
_RESERVED_ID_RE = re.compile(r"^_shaping\.[a-z0-9_]{1,48}$")


def is_reserved_id(cid: object) -> bool:
    """True for an id of a plugin-added criterion (``_shaping.<name>``)."""
    return isinstance(cid, str) and bool(_RESERVED_ID_RE.match(cid))


@dataclass(frozen=True)
class Message:
    """One chat message. ``role`` is system, user or assistant."""

    role: str
    content: str


@dataclass(frozen=True)
class Criterion:
    """One yes/no criterion of a rubric."""

    #: Unique within its record; letters, digits and ``_ . : -``; used as metric and log key.
    id: str
    #: The yes/no question, phrased so that *yes* means "satisfied".
    question: str
    #: Relative weight for the weighted aggregation; finite and >= 0 (0 = reported, not weighed).
    weight: float = 1.0
    #: ``llm`` (judged by the verifier) or ``check`` (a named programmatic check).
    kind: str = "llm"
    #: Name of the programmatic check; required iff ``kind == "check"``.
    check: str | None = None
    #: Keyword arguments of the check.
    args: Mapping[str, Any] = field(default_factory=dict)
    #: Failing this criterion vetoes the reward.
    hard: bool = False
    #: A pitfall: satisfying it is bad.
    penalty: bool = False

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["args"] = dict(self.args)
        return d


@dataclass(frozen=True)
class RubricRecord:
    """A prompt (conversation ending on the user turn) with its rubric."""

    messages: tuple[Message, ...]
    criteria: tuple[Criterion, ...]
    category: str = "complex"
    #: Stable identifier of the prompt (the GRPO group key is verl's uid; this one is for logs).
    id: str | None = None
    #: verl ``data_source`` column; selects per-source validation metrics.
    data_source: str = DEFAULT_DATA_SOURCE
    #: Free-form metadata kept through conversion (e.g. AdvancedIF benchmark_name).
    metadata: Mapping[str, Any] = field(default_factory=dict)

    @property
    def system_prompt(self) -> str | None:
        return self.messages[0].content if self.messages[0].role == "system" else None

    @property
    def last_user_turn(self) -> str:
        return self.messages[-1].content

    def criterion(self, cid: str) -> Criterion:
        for c in self.criteria:
            if c.id == cid:
                return c
        raise KeyError(cid)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "category": self.category,
            "data_source": self.data_source,
            "messages": [asdict(m) for m in self.messages],
            "criteria": [c.to_dict() for c in self.criteria],
            "metadata": dict(self.metadata),
        }


# --------------------------------------------------------------------------- validation


class _Collector:
    def __init__(self, row: int | str | None):
        self.row = row
        self.problems: list[FieldProblem] = []

    def add(self, fld: str, value: Any, problem: str, fix: str) -> None:
        self.problems.append(FieldProblem(self.row, fld, value, problem, fix))


def _parse_messages(raw: Any, out: _Collector) -> tuple[Message, ...]:
    if not isinstance(raw, list) or not raw:
        out.add("messages", raw, "must be a non-empty list of {role, content}",
                "give the conversation as [{'role': 'user', 'content': '...'}, ...]")
        return ()
    msgs = []
    for i, m in enumerate(raw):
        f = f"messages[{i}]"
        if not isinstance(m, Mapping):
            out.add(f, m, "is not an object", "write each message as {'role': ..., 'content': ...}")
            continue
        role, content = m.get("role"), m.get("content")
        if role not in ROLES:
            out.add(f"{f}.role", role, f"unknown role; expected one of {list(ROLES)}", "use system, user or assistant")
        if not isinstance(content, str) or not content.strip():
            out.add(f"{f}.content", content, "must be a non-empty string", "put the message text in 'content'")
        if role == "system" and i != 0:
            out.add(f"{f}.role", role, "a system message may only be the first message", "move it to the front or merge it")
        msgs.append(Message(str(role), content if isinstance(content, str) else ""))
    if msgs and msgs[-1].role != "user":
        out.add(f"messages[{len(msgs) - 1}].role", msgs[-1].role,
                "the conversation must end on the user turn to be answered",
                "drop the trailing assistant message (the response is generated by the policy)")
    return tuple(msgs)


def _finite_weight(raw: Any) -> float | None:
    if isinstance(raw, bool) or not isinstance(raw, (int, float)):
        return None
    w = float(raw)
    return w if math.isfinite(w) and w >= 0 else None


def _parse_criterion(i: int, raw: Any, out: _Collector) -> Criterion | None:
    f = f"criteria[{i}]"
    if not isinstance(raw, Mapping):
        out.add(f, raw, "is not an object", "write each criterion as {'id': ..., 'question': ...}")
        return None
    problems_before = len(out.problems)
    unknown = sorted(set(raw) - {"id", "question", "weight", "kind", "check", "args", "hard", "penalty"})
    if unknown:
        out.add(f, unknown, "unknown keys", "remove them or check their spelling (id, question, weight, kind, check, args, hard, penalty)")
    cid = raw.get("id")
    if not isinstance(cid, str) or not (_ID_RE.match(cid) or is_reserved_id(cid)):
        out.add(f"{f}.id", cid, "must be 1-64 characters of letters, digits and _ . : - starting with a letter or digit",
                "give every criterion a short stable id such as 'c1' or 'word_limit'")
    question = raw.get("question")
    if not isinstance(question, str) or not question.strip():
        out.add(f"{f}.question", question, "must be a non-empty yes/no question", "phrase it so that 'yes' means satisfied")
    weight = raw.get("weight", 1.0)
    if _finite_weight(weight) is None:
        out.add(f"{f}.weight", weight, "must be a finite number >= 0", "use a weight such as 1.0 (0 keeps it out of the weighted score)")
    kind = raw.get("kind", "llm")
    if kind not in KINDS:
        out.add(f"{f}.kind", kind, f"unknown kind; expected one of {list(KINDS)}", "use 'llm' for the verifier or 'check' for a programmatic check")
    check, args = raw.get("check"), raw.get("args", {}) or {}
    if not isinstance(args, Mapping):
        out.add(f"{f}.args", args, "must be an object of keyword arguments", "write args as {'n': 3, 'relation': 'at most'}")
        args = {}
    if kind == "check":
        from rubric_plugin.checks import validate_check  # local: keeps schema import light

        problem = validate_check(check, dict(args))
        if problem is not None:
            where, message, fix = problem
            out.add(f"{f}.{where}", check if where == "check" else dict(args), message, fix)
    elif check is not None:
        out.add(f"{f}.check", check, "is set but kind is not 'check'", "set kind: check, or remove 'check'")
    for flag in ("hard", "penalty"):
        if not isinstance(raw.get(flag, False), bool):
            out.add(f"{f}.{flag}", raw.get(flag), "must be true or false", f"write {flag}: true or {flag}: false")
    if len(out.problems) == problems_before:
        return Criterion(id=cid, question=question.strip(), weight=float(weight), kind=kind, check=check,
                         args=dict(args), hard=bool(raw.get("hard", False)), penalty=bool(raw.get("penalty", False)))
    return None


def parse_record(raw: Any, row: int | str | None = None) -> RubricRecord:
    """Build a validated :class:`RubricRecord` from a plain dict (the plugin's JSON format).

    Raises :class:`RubricSchemaError` listing every problem of the row.
    """
    out = _Collector(row)
    if not isinstance(raw, Mapping):
        out.add("<row>", raw, "is not a JSON object", "write one object per line with 'messages' and 'criteria'")
        raise RubricSchemaError(out.problems)
    unknown = sorted(set(raw) - {"id", "category", "data_source", "messages", "criteria", "metadata"})
    if unknown:
        out.add("<row>", unknown, "unknown keys", "remove them or move them under 'metadata'")
    messages = _parse_messages(raw.get("messages"), out)
    category = raw.get("category", "complex")
    if not isinstance(category, str) or not category.strip():
        out.add("category", category, "must be a non-empty string", f"use one of {list(KNOWN_CATEGORIES)} or a free-text label")
    data_source = raw.get("data_source", DEFAULT_DATA_SOURCE) or DEFAULT_DATA_SOURCE
    if not isinstance(data_source, str):
        out.add("data_source", data_source, "must be a string", "name the dataset, e.g. 'advancedif/complex'")
    rid = raw.get("id")
    if rid is not None and not isinstance(rid, (str, int)):
        out.add("id", rid, "must be a string or an integer", "use a stable prompt id")
    metadata = raw.get("metadata", {}) or {}
    if not isinstance(metadata, Mapping):
        out.add("metadata", metadata, "must be an object", "write metadata as {'key': value}")
        metadata = {}
    raw_criteria = raw.get("criteria")
    criteria: list[Criterion] = []
    if not isinstance(raw_criteria, list) or not raw_criteria:
        out.add("criteria", raw_criteria, "must be a non-empty list", "give at least one yes/no criterion")
    else:
        for i, rc in enumerate(raw_criteria):
            c = _parse_criterion(i, rc, out)
            if c is not None:
                criteria.append(c)
        seen: dict[str, int] = {}
        for i, rc in enumerate(raw_criteria):
            cid = rc.get("id") if isinstance(rc, Mapping) else None
            if isinstance(cid, str) and cid in seen:
                out.add(f"criteria[{i}].id", cid, f"duplicates criteria[{seen[cid]}].id", "give every criterion a unique id")
            elif isinstance(cid, str):
                seen[cid] = i
    if out.problems:
        raise RubricSchemaError(out.problems)
    return RubricRecord(messages=messages, criteria=tuple(criteria), category=category.strip(),
                        id=None if rid is None else str(rid), data_source=data_source, metadata=dict(metadata))
