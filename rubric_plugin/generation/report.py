"""The filter report of a generation run: counts per filter, examples of each rejection."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

#: Filters in the order they run (``schema`` and ``check_fallback`` come from the parser).
FILTERS = ("schema", "check_fallback", "vague", "compound", "near_duplicate", "uninformative", "count")
EXAMPLES = 3


@dataclass
class FilterReport:
    """Everything a run set aside and why; ``render()`` is what the command prints."""

    rows: dict[str, int] = field(default_factory=lambda: {"read": 0, "skipped_existing": 0, "written": 0,
                                                          "failed": 0, "bad_input": 0})
    proposed: int = 0
    kept: int = 0
    filters: dict[str, dict[str, Any]] = field(
        default_factory=lambda: {f: {"rejected": 0, "split": 0, "fell_back": 0, "examples": []} for f in FILTERS})
    tokens: dict[str, int] = field(default_factory=lambda: {"requests": 0, "prompt": 0, "completion": 0})
    failures: dict[str, int] = field(default_factory=dict)

    def reject(self, name: str, row_id: str, question: Any, reason: str) -> None:
        f = self.filters[name]
        f["rejected"] += 1
        if len(f["examples"]) < EXAMPLES:
            f["examples"].append({"id": row_id, "criterion": question, "reason": reason})

    def note(self, name: str, row_id: str, what: Any, reason: str) -> None:
        """A change that removes nothing (a proposed check that fell back to ``kind: llm``)."""
        f = self.filters[name]
        f["fell_back"] += 1
        if len(f["examples"]) < EXAMPLES:
            f["examples"].append({"id": row_id, "criterion": what, "reason": reason})

    def split(self, name: str, row_id: str, question: str, parts: list[str]) -> None:
        f = self.filters[name]
        f["split"] += 1
        if len(f["examples"]) < EXAMPLES:
            f["examples"].append({"id": row_id, "criterion": question, "reason": f"split into {parts}"})

    def fail(self, kind: str) -> None:
        self.rows["failed"] += 1
        self.failures[kind] = self.failures.get(kind, 0) + 1

    def to_dict(self) -> dict[str, Any]:
        return {"rows": dict(self.rows), "criteria": {"proposed": self.proposed, "kept": self.kept},
                "filters": self.filters, "tokens": dict(self.tokens), "failures": dict(self.failures)}

    def write(self, path: str | Path) -> Path:
        Path(path).write_text(json.dumps(self.to_dict(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        return Path(path)

    def render(self) -> str:
        r = self.rows
        lines = [f"rows: read {r['read']}  already written {r['skipped_existing']}  written {r['written']}  "
                 f"failed {r['failed']}  bad input {r['bad_input']}",
                 f"criteria: proposed {self.proposed}  kept {self.kept}",
                 f"tokens: {self.tokens['requests']} requests, {self.tokens['prompt']} prompt + "
                 f"{self.tokens['completion']} completion",
                 "filter report:"]
        for name in FILTERS:
            f = self.filters[name]
            extra = (f"  split {f['split']}" if f["split"] else "") + (
                f"  fell back to llm {f['fell_back']}" if f["fell_back"] else "")
            lines.append(f"  {name:<15} rejected {f['rejected']:>5}{extra}")
            for ex in f["examples"]:
                lines.append(f"      e.g. {ex['id']}: {str(ex['criterion'])[:90]!r} -- {ex['reason'][:140]}")
        for kind, n in sorted(self.failures.items()):
            lines.append(f"  failed rows ({kind}): {n}")
        return "\n".join(lines)
