"""Load rubric files (the plugin's JSONL/parquet, AdvancedIF, IFEval, IFBench), reporting every bad row; write the plugin's JSONL."""
from __future__ import annotations

import csv
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator

from rubric_plugin.convert import ifbench as ifbench_format
from rubric_plugin.convert import ifeval as ifeval_format
from rubric_plugin.convert.advancedif import convert_row, is_advancedif_row
from rubric_plugin.convert.verl_rows import is_verl_row, record_from_verl_row
from rubric_plugin.errors import FieldProblem, RubricSchemaError
from rubric_plugin.schema import RubricRecord, parse_record

FORMATS = ("auto", "native", "advancedif", "ifeval", "ifbench")


@dataclass
class LoadResult:
    """Records that validated, and every problem of every row that did not."""

    records: list[RubricRecord] = field(default_factory=list)
    problems: list[FieldProblem] = field(default_factory=list)
    rows_read: int = 0

    @property
    def bad_rows(self) -> list[int | str | None]:
        return sorted({p.row for p in self.problems}, key=lambda r: (str(type(r)), r))

    @property
    def ok(self) -> bool:
        return not self.problems

    def raise_if_bad(self) -> "LoadResult":
        if self.problems:
            raise RubricSchemaError(self.problems)
        return self

    def counts_by_category(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for r in self.records:
            out[r.category] = out.get(r.category, 0) + 1
        return dict(sorted(out.items()))

    def counts_by_kind(self) -> dict[str, int]:
        """Criteria per kind (``check``, ``llm``) over the valid records."""
        out: dict[str, int] = {}
        for r in self.records:
            for c in r.criteria:
                out[c.kind] = out.get(c.kind, 0) + 1
        return dict(sorted(out.items()))


def _rows(path: Path) -> Iterator[tuple[int, Any]]:
    suffix = path.suffix.lower()
    if suffix == ".csv":
        csv.field_size_limit(sys.maxsize)
        with path.open(newline="", encoding="utf-8") as fh:
            for i, row in enumerate(csv.DictReader(fh), start=1):
                yield i, row
    elif suffix == ".json":
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, list):
            raise RubricSchemaError([FieldProblem(None, "<file>", type(data).__name__, "a .json file must hold a list of records", "wrap the records in [...] or use .jsonl")])
        yield from enumerate(data, start=1)
    elif suffix in (".jsonl", ".ndjson"):
        with path.open(encoding="utf-8") as fh:
            for i, line in enumerate(fh, start=1):
                if not line.strip():
                    continue
                try:
                    yield i, json.loads(line)
                except ValueError as e:
                    yield i, _BadLine(line.strip(), str(e))
    elif suffix == ".parquet":
        yield from enumerate(_parquet_rows(path), start=1)
    else:
        raise RubricSchemaError([FieldProblem(None, "<file>", str(path), f"unsupported extension {suffix!r}",
                                              "use .jsonl, .json, .csv or .parquet")])


def _parquet_rows(path: Path) -> list[Any]:
    import pyarrow.parquet as pq

    try:
        return pq.read_table(path).to_pylist()
    except Exception as e:  # pyarrow raises several types for a file that is not parquet
        raise RubricSchemaError([FieldProblem(None, "<file>", str(path), f"is not a readable parquet file ({e})",
                                              "write it with `rubric-plugin convert RECORDS --out FILE.parquet`")]) from None


@dataclass
class _BadLine:
    text: str
    error: str


def load_records(path: str | Path, fmt: str = "auto") -> LoadResult:
    """Read ``path`` (``.jsonl``/``.json``/``.csv``/``.parquet``) and validate every row.

    Rows are numbered from 1: the line of a JSONL file, the data row of a CSV (header excluded),
    the position in a JSON list or a parquet file.
    A verl row as ``rubric-plugin convert`` writes it (``.parquet``; the record in
    ``reward_model.ground_truth``) is read back as its record under ``native`` and ``auto``.
    ``fmt`` is ``native`` (the plugin's records), ``advancedif``, ``ifeval`` (IFEval's
    ``input_data.jsonl``), ``ifbench`` (IFBench's ``IFBench_test.jsonl``), or ``auto`` (per row:
    rows with ``conversation_history`` and ``prompt_metadata`` are AdvancedIF, rows with
    ``instruction_id_list`` and ``prompt`` are IFBench when an id is IFBench's, else IFEval). Bad rows are reported
    in :attr:`LoadResult.problems`, not raised; call :meth:`LoadResult.raise_if_bad` to fail.
    """
    if fmt not in FORMATS:
        raise ValueError(f"format={fmt!r}; expected one of {list(FORMATS)}")
    result = LoadResult()
    for i, row in _rows(Path(path)):
        result.rows_read += 1
        if isinstance(row, _BadLine):
            result.problems.append(FieldProblem(i, "<line>", row.text, f"is not valid JSON ({row.error})", "write one JSON object per line"))
            continue
        use_aif = fmt == "advancedif" or (fmt == "auto" and isinstance(row, dict) and is_advancedif_row(row))
        use_ifbench = fmt == "ifbench" or (fmt == "auto" and isinstance(row, dict) and ifbench_format.is_ifbench_row(row))
        use_ifeval = fmt == "ifeval" or (fmt == "auto" and isinstance(row, dict) and ifeval_format.is_ifeval_row(row))
        try:
            if use_ifbench:
                result.records.append(ifbench_format.convert_row(row, i))
            elif use_ifeval:
                result.records.append(ifeval_format.convert_row(row, i))
            elif use_aif:
                result.records.append(convert_row(row, i))
            elif fmt in ("auto", "native") and is_verl_row(row):
                result.records.append(record_from_verl_row(row, i))
            else:
                result.records.append(parse_record(row, row=i))
        except RubricSchemaError as e:
            result.problems.extend(e.problems)
    return result


def write_jsonl(records: Iterable[RubricRecord], path: str | Path) -> int:
    """Write records in the plugin's format: JSONL, or one JSON list when ``path`` ends in ``.json``."""
    if Path(path).suffix.lower() == ".json":
        rows = [r.to_dict() for r in records]
        Path(path).write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
        return len(rows)
    n = 0
    with Path(path).open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r.to_dict(), ensure_ascii=False) + "\n")
            n += 1
    return n
