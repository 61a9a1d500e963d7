"""Rows of verl 0.9.1's ``MultiTurnSFTDataset``, checked before any GPU time is spent.

The format (``verl/utils/dataset/multiturn_sft_dataset.py``): a parquet file with a ``messages``
column, each a list of ``{"role", "content"}`` dicts. verl templates every message separately and
trains on the tokens of **every** assistant message; system, user and tool messages are context
only. There is no per-message switch, so a row whose target is one answer has exactly one
assistant message, at the end.

What :func:`check_rows` rejects, each with the row, the field, the value and the fix:

* a row without a ``messages`` list, or an empty one;
* a message that is not a dict, a role outside system / user / assistant / tool, a content that
  is not a string, an empty assistant content (nothing to learn);
* a row without an assistant message (verl would train on nothing), or one that does not end with
  one (the trailing turns are never learned; almost always a mistake in the export).
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Iterable, Mapping

from rubric_plugin.errors import FieldProblem, RubricError

ROLES = ("system", "user", "assistant", "tool")
#: The column verl reads (``data.messages_key``).
MESSAGES_KEY = "messages"


class SFTDataError(RubricError, ValueError):
    """SFT rows are invalid. ``problems`` lists every problem found, not just the first."""

    def __init__(self, problems: list[FieldProblem], source: str = "SFT data"):
        self.problems = list(problems)
        self.source = source
        lines = [p.render() for p in self.problems]
        super().__init__("\n  ".join([f"{len(lines)} problem(s) in {source}:", *lines]))

    def __reduce__(self):
        return (type(self), (self.problems, self.source))


def _message_problems(i: int, messages: Any) -> list[FieldProblem]:
    if not isinstance(messages, (list, tuple)) or not messages:
        return [FieldProblem(i, MESSAGES_KEY, messages, "must be a non-empty list of {role, content} dicts",
                             "write [{'role': 'user', 'content': ...}, {'role': 'assistant', 'content': ...}]")]
    problems = []
    for j, m in enumerate(messages):
        where = f"{MESSAGES_KEY}[{j}]"
        if not isinstance(m, Mapping):
            problems.append(FieldProblem(i, where, m, "is not a dict", "each message is {'role': ..., 'content': ...}"))
            continue
        role, content = m.get("role"), m.get("content")
        if role not in ROLES:
            problems.append(FieldProblem(i, f"{where}.role", role, f"must be one of {list(ROLES)}",
                                         "use the chat roles verl's dataset templates"))
        if not isinstance(content, str):
            problems.append(FieldProblem(i, f"{where}.content", content, "must be a string",
                                         "serialise structured targets (e.g. a rubric) to JSON text"))
        elif role == "assistant" and not content.strip():
            problems.append(FieldProblem(i, f"{where}.content", content, "is empty: an assistant turn is a training target",
                                         "drop the row or fill in the answer"))
    roles = [m.get("role") for m in messages if isinstance(m, Mapping)]
    if "assistant" not in roles:
        problems.append(FieldProblem(i, MESSAGES_KEY, roles, "has no assistant message, so verl trains on nothing",
                                     "append the target as {'role': 'assistant', 'content': ...}"))
    elif roles and roles[-1] != "assistant":
        problems.append(FieldProblem(i, f"{MESSAGES_KEY}[-1].role", roles[-1],
                                     "the row must end with the assistant target; later turns are never learned",
                                     "cut the conversation after the assistant message to learn"))
    return problems


def _plain(value: Any) -> Any:
    """numpy arrays and pyarrow scalars (what parquet gives back) as plain lists and dicts."""
    if hasattr(value, "tolist") and not isinstance(value, (str, bytes)):
        value = value.tolist()
    if isinstance(value, Mapping):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def check_rows(rows: Iterable[Mapping[str, Any]], source: str = "SFT data") -> list[dict[str, Any]]:
    """The rows as plain dicts, or :class:`SFTDataError` listing every problem."""
    out, problems = [], []
    for i, row in enumerate(rows):
        if not isinstance(row, Mapping) or MESSAGES_KEY not in row:
            problems.append(FieldProblem(i, MESSAGES_KEY, None if isinstance(row, Mapping) else row,
                                         "is missing", f"each row is a dict with a '{MESSAGES_KEY}' list"))
            continue
        plain = {k: _plain(v) for k, v in row.items()}
        problems += _message_problems(i, plain[MESSAGES_KEY])
        out.append(plain)
    if not out and not problems:
        problems.append(FieldProblem(None, MESSAGES_KEY, [], "no rows", "export at least one training example"))
    if problems:
        raise SFTDataError(problems, source)
    return out


def write_sft_parquet(rows: Iterable[Mapping[str, Any]], path: str | Path) -> int:
    """Check ``rows`` and write them as a parquet file verl's SFT trainer reads; returns the row count.

    Columns other than ``messages`` (e.g. an ``id`` to trace a row back) are kept; verl ignores them.
    """
    import pandas as pd

    checked = check_rows(rows, source=str(path))
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    pd.DataFrame(checked).to_parquet(out, index=False)
    return len(checked)


def read_sft_parquet(path: str | Path) -> list[dict[str, Any]]:
    """The rows of an SFT parquet, checked the same way (for a file written by another tool)."""
    import pandas as pd

    p = Path(path)
    if not p.is_file():
        raise SFTDataError([FieldProblem(None, "path", str(p), "no such file",
                                         "point data.train_files at a parquet written by generator-data or "
                                         "verifier-data")], str(p))
    return check_rows(pd.read_parquet(p).to_dict(orient="records"), source=str(p))
