"""AdvancedIF scoring, identical to the official processor, from the judge's raw text.

Per row (:func:`score_judge_output`), in the official order:

1. **Reading the answer.** The raw text is decoded with :func:`json.loads` as a whole: no search
   for an object inside prose, no code-fence stripping, no trailing-comma repair (the official
   judge asks for ``response_format={"type": "json_object"}``). Surrounding whitespace is fine;
   Python's extensions are kept (``NaN``/``Infinity`` decode; a repeated key keeps its last
   value). Anything that does not decode, or decodes to something other than an object, makes
   the row **failed**.
2. ``rubrics_check`` defaults to ``{}`` when absent, ``SATISFIED_ALL_REQUIREMENTS`` to ``"NO"``.
   A ``rubrics_check`` that is not an object makes the row failed.
3. **Question index** of a key: ``int(key.split("_")[1])`` (Python's ``int``: surrounding spaces,
   a sign and any Unicode digits are accepted). A key without that form ("question1",
   "question_two") has no index. ``Question_2`` and ``q_2`` have index 2; ``question_0`` has 0.
4. **Per-row rate** (``rubric_level_pass_rate``): keys with no index, or with ``index - 1 >=
   len(rubric)``, are skipped; every other key (index <= 0 included) counts 1 when its answer
   contains ``"yes"`` after lower-casing ("eyes", "Yes.", "not yes" count); the sum is divided by
   ``max(len(rubric), 1)``, so it can exceed 1 when keys repeat an index.
5. A counted answer that is not a string makes the row failed (the official judge raises there).
6. **Overall pass**: ``SATISFIED_ALL_REQUIREMENTS.lower() == "yes"`` -- the judge's own
   declaration, exact: ``"Yes."``, ``"YES "`` and ``"yes, all"`` fail.
7. **Micro rubric rate** inputs: every emitted key counts in the denominator, out-of-range and
   index-less keys included; those whose answer contains ``"yes"`` in the numerator.

A declaration that is not a string, or a skipped key whose answer is not a string, makes the
official stats step raise for the whole file; here such a row is counted **failed**, and marked
``official_raises``. A failed row is not passed and stays in every denominator but the micro
rate's (it emitted no keys).

Next to the declaration the plugin reports its own all-or-nothing, **recomputed** from the
per-question answers with the same per-question rule: passed when every question ``1..N`` has at
least one key with that index and all of them contain "yes". :func:`summarize` reports how often
it disagrees with the declaration, over the successful rows.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Mapping, Sequence


@dataclass(frozen=True)
class RowScore:
    """The official scoring of one row, and the plugin's recomputed pass."""

    #: The judge answer was usable (the official ``JudgeResult.success``).
    success: bool
    #: Why the row failed (None when it did not).
    error: str | None = None
    #: ``SATISFIED_ALL_REQUIREMENTS`` as emitted (``"NO"`` when absent); None for a failed row.
    declaration: Any = None
    #: Official overall pass: ``declaration.lower() == "yes"``.
    passed: bool = False
    #: The emitted ``rubrics_check`` (empty for a failed row).
    rubrics_check: Mapping[str, Any] = field(default_factory=dict)
    #: Rubric length of the row.
    n_rubrics: int = 0
    #: Official per-row rate; None for a failed row.
    rubric_level_pass_rate: float | None = None
    #: Keys emitted (micro denominator) and those answering "yes" (micro numerator).
    emitted: int = 0
    emitted_yes: int = 0
    #: The plugin's all-or-nothing from the per-question answers.
    recomputed_pass: bool = False
    #: The official stats step would raise on this row (non-string declaration or skipped answer).
    official_raises: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {"success": self.success, "error": self.error, "declaration": self.declaration, "passed": self.passed,
                "recomputed_pass": self.recomputed_pass, "rubric_level_pass_rate": self.rubric_level_pass_rate,
                "n_rubrics": self.n_rubrics, "emitted": self.emitted, "emitted_yes": self.emitted_yes,
                "rubrics_check": dict(self.rubrics_check), "official_raises": self.official_raises}


def failed(error: str, n_rubrics: int = 0, official_raises: bool = False) -> RowScore:
    """A failed row: not passed, in every denominator but the micro rate's."""
    return RowScore(False, error, n_rubrics=n_rubrics, official_raises=official_raises)


def question_index(key: str) -> int | None:
    """The official index of a ``rubrics_check`` key: ``int(key.split("_")[1])``, or None."""
    try:
        return int(key.split("_")[1])
    except (IndexError, ValueError):
        return None


def says_yes(answer: str) -> bool:
    """The official per-question pass: ``"yes"`` is a substring of the lower-cased answer."""
    return "yes" in answer.lower()


def _in_row(index: int | None, n_rubrics: int) -> bool:
    # the official check skips only ``index - 1 >= len(rubrics)``: 0 and negatives stay in
    return index is not None and index - 1 < n_rubrics


def score_judge_output(raw: str | None, n_rubrics: int) -> RowScore:
    """Score one judge answer against a rubric of ``n_rubrics`` questions; see the module docstring."""
    if not isinstance(raw, str):
        return failed(f"no judge output (got {type(raw).__name__})", n_rubrics)
    # 1) the whole text is the JSON answer
    try:
        obj = json.loads(raw)
    except ValueError as e:
        return failed(f"judge output is not JSON ({e}): {raw[:120]!r}", n_rubrics)
    except RecursionError:
        return failed(f"judge output nests too deeply to decode: {raw[:120]!r}", n_rubrics)
    if not isinstance(obj, dict):
        return failed(f"judge output is a JSON {type(obj).__name__}, not an object: {raw[:120]!r}", n_rubrics)
    # 2) defaults as the official judge sets them
    check = obj.get("rubrics_check", {})
    declaration = obj.get("SATISFIED_ALL_REQUIREMENTS", "NO")
    if not isinstance(check, dict):
        return failed(f"rubrics_check is a {type(check).__name__}, not an object", n_rubrics)
    # 3-5) the per-row rate over the rubric length; a counted non-string answer fails the row
    passed_in_row = 0
    for key, answer in check.items():
        if not _in_row(question_index(key), n_rubrics):
            continue
        if not isinstance(answer, str):
            return failed(f"rubrics_check[{key!r}] = {answer!r} is not a string", n_rubrics)
        passed_in_row += says_yes(answer)
    # the official stats step would raise on these; counted as failed rows here
    if not isinstance(declaration, str):
        return failed(f"SATISFIED_ALL_REQUIREMENTS = {declaration!r} is not a string", n_rubrics, official_raises=True)
    odd = [k for k, a in check.items() if not isinstance(a, str)]
    if odd:
        return failed(f"rubrics_check[{odd[0]!r}] = {check[odd[0]]!r} is not a string", n_rubrics, official_raises=True)
    # 6-7) the declaration, the micro counts
    emitted_yes = sum(says_yes(a) for a in check.values())
    return RowScore(True, None, declaration, declaration.lower() == "yes", dict(check), n_rubrics,
                    passed_in_row / max(n_rubrics, 1), len(check), emitted_yes, _recomputed(check, n_rubrics))


def _recomputed(check: Mapping[str, str], n_rubrics: int) -> bool:
    """Every question 1..N answered by at least one key of that index, and every such answer says yes."""
    answers: dict[int, list[bool]] = {}
    for key, answer in check.items():
        i = question_index(key)
        if i is not None and 1 <= i <= n_rubrics:
            answers.setdefault(i, []).append(says_yes(answer))
    return n_rubrics > 0 and all(i in answers and all(answers[i]) for i in range(1, n_rubrics + 1))


def stats(scores: Sequence[RowScore]) -> dict[str, Any]:
    """The official statistics of a list of rows, plus the plugin's recomputed pass and disagreement.

    Official: ``processed_rows``, ``successful_rows``, ``failed_rows``, ``success_rate``,
    ``overall_pass_rate`` (declared passes / all rows), ``micro_pass_rate`` (yes answers / emitted
    keys, 0 when none), ``total_rubrics`` and ``passed_rubrics`` (its counts). Plugin:
    ``recomputed_pass_rate`` (over all rows), ``declaration_disagreements`` and
    ``declaration_disagreement_rate`` (successful rows where declaration and recomputed pass
    differ, over successful rows), ``mean_row_rubric_pass_rate`` (mean per-row rate over
    successful rows; the official tool does not report it), ``official_raises_rows``.
    """
    n = len(scores)
    ok = [s for s in scores if s.success]
    total = sum(s.emitted for s in ok)
    passed_rubrics = sum(s.emitted_yes for s in ok)
    disagree = sum(s.passed != s.recomputed_pass for s in ok)
    return {
        "processed_rows": n,
        "successful_rows": len(ok),
        "failed_rows": n - len(ok),
        "success_rate": len(ok) / n if n else 0.0,
        "overall_pass_rate": sum(s.passed for s in ok) / n if n else 0.0,
        "micro_pass_rate": passed_rubrics / total if total else 0.0,
        "total_rubrics": total,
        "passed_rubrics": passed_rubrics,
        "recomputed_pass_rate": sum(s.recomputed_pass for s in ok) / n if n else 0.0,
        "declaration_disagreements": disagree,
        "declaration_disagreement_rate": disagree / len(ok) if ok else 0.0,
        "mean_row_rubric_pass_rate": sum(s.rubric_level_pass_rate or 0.0 for s in ok) / len(ok) if ok else 0.0,
        "official_raises_rows": sum(s.official_raises for s in scores),
    }


def summarize(scores: Sequence[RowScore], benchmark_names: Sequence[str]) -> dict[str, Any]:
    """Overall and per-``benchmark_name`` :func:`stats`, and the macro mean of the per-benchmark pass rates.

    ``benchmark_names[i]`` is row i's group (the official tool uses ``"unknown"`` for a row
    without one). ``macro_overall_pass_rate`` is the unweighted mean of the per-benchmark overall
    pass rates; how the paper combines its three categories into one number is not published.
    """
    if len(scores) != len(benchmark_names):
        raise ValueError(f"{len(scores)} scores but {len(benchmark_names)} benchmark names")
    groups: dict[str, list[RowScore]] = {}
    for s, name in zip(scores, benchmark_names):
        groups.setdefault(name, []).append(s)
    by = {name: stats(rows) for name, rows in sorted(groups.items())}
    macro = sum(b["overall_pass_rate"] for b in by.values()) / len(by) if by else 0.0
    return {"overall": {"total_rows": len(scores), **stats(scores)}, "by_benchmark": by,
            "macro_overall_pass_rate": macro}
