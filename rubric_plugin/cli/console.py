"""What ``rubric-plugin train`` prints: a startup block, one line per step, the summary.

verl, vLLM and Ray write thousands of lines per run; they go to ``<workdir>/train.log`` and the
console shows only what a user follows a run by (``--verbose`` mirrors everything as well). The
per-step figures come from verl's console logger lines (``step:N - key:value - ...``), which the
trainer prints once per step, so nothing here depends on verl's internals.

Held-out pass rate: verl's validation logs ``val-core/<data_source>/acc/mean@N`` per data source;
the plugin's converters give each category its own data source (``advancedif/complex``,
``tiny_gift/complex``...). The line shows their unweighted mean (a macro average over
categories, as AdvancedIF reports); the summary lists each one.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Iterable, Mapping

_STEP_LINE = re.compile(r"step:(\d+) - (.*)$")
_VAL_ACC = re.compile(r"^val-core/(.+)/acc/mean@\d+$")
_NP_REPR = re.compile(r"^np\.\w+\((.*)\)$")

#: Metrics the summary table reads (prefixes).
SUMMARY_PREFIXES = ("rubric/", "verifier/", "critic/score/mean", "critic/rewards/mean", "timing_s/step",
                    "timing_s/gen", "actor/pg_loss", "actor/entropy", "val-core/")


def parse_step_line(line: str, prefixes: tuple[str, ...] = SUMMARY_PREFIXES) -> tuple[int, dict[str, float]] | None:
    """``(step, {metric: value})`` of one console logger line; None for any other line."""
    match = _STEP_LINE.search(line)
    if not match:
        return None
    found: dict[str, float] = {}
    for item in match.group(2).split(" - "):
        key, sep, value = item.partition(":")
        key = key.strip()
        if sep and key.startswith(prefixes):
            # verl prints numpy scalars as their repr on numpy >= 2: ``np.float64(0.25)``
            value = _NP_REPR.sub(r"\1", value.strip())
            try:
                found[key] = float(value)
            except ValueError:
                continue
    return int(match.group(1)), found


def parse_step_metrics(lines: Iterable[str], prefixes: tuple[str, ...] = SUMMARY_PREFIXES) -> dict[int, dict]:
    """``{step: {metric: value}}`` from verl's console logger lines."""
    steps: dict[int, dict] = {}
    for line in lines:
        parsed = parse_step_line(line, prefixes)
        if parsed is not None:
            steps.setdefault(parsed[0], {}).update(parsed[1])
    return steps


def heldout_by_source(metrics: Mapping[str, float]) -> dict[str, float]:
    """``{data_source: held-out all-or-nothing pass rate}`` from one step's ``val-core/*/acc/mean@N``."""
    return {m.group(1): v for k, v in metrics.items() if (m := _VAL_ACC.match(k))}


def heldout_pass_rate(metrics: Mapping[str, float]) -> float | None:
    """Unweighted mean over data sources (categories) of the held-out pass rate; None when not validated."""
    by_source = heldout_by_source(metrics)
    return sum(by_source.values()) / len(by_source) if by_source else None


def _fmt(value: float | None, width: int = 8) -> str:
    return f"{value:{width}.3f}" if value is not None else " " * (width - 1) + "-"


STEP_HEADER = "  step    reward  pass rate  held-out    s/step"


def step_line(step: int, metrics: Mapping[str, float]) -> str:
    """One console line: step, mean reward, all-or-nothing pass rate, held-out pass rate, s/step."""
    reward = metrics.get("critic/score/mean", metrics.get("rubric/reward"))
    step_s = metrics.get("timing_s/step")
    return (f"  {step:>4}  {_fmt(reward)}  {_fmt(metrics.get('rubric/pass_rate/all'), 9)}"
            f"  {_fmt(heldout_pass_rate(metrics))}  {_fmt(step_s, 8) if step_s is not None else '       -'}")


def startup_block(recipe: str, lines: Mapping[str, str], log_path: Path) -> str:
    """What runs where, before the first step."""
    width = max(map(len, lines)) if lines else 0
    out = [f"rubric-plugin train: recipe {recipe}"]
    out += [f"  {k.ljust(width)}  {v}" for k, v in lines.items()]
    out.append(f"  {'log'.ljust(width)}  verl / vLLM / Ray output -> {log_path} (--verbose also prints it)")
    return "\n".join(out)


def format_summary(steps: dict[int, dict], wall_s: float, peak_gib: float, wandb_dirs: list[Path]) -> str:
    """Wall time, peak memory, held-out pass rate per category (first and last validation), and the
    per-step table of rubric / verifier metrics."""
    lines = [f"wall time: {wall_s:.0f} s", f"peak memory (PSS of the process tree): {peak_gib:.1f} GiB"]
    validated = [s for s in sorted(steps) if heldout_by_source(steps[s])]
    if validated:
        first, last = validated[0], validated[-1]
        lines.append(f"held-out pass rate (all-or-nothing): step {first} {heldout_pass_rate(steps[first]):.3f}"
                     f" -> step {last} {heldout_pass_rate(steps[last]):.3f}")
        before, after = heldout_by_source(steps[first]), heldout_by_source(steps[last])
        for source in sorted(after):
            lines.append(f"  {source:<32} {_fmt(before.get(source))} -> {_fmt(after[source])}")
    table = {s: {k: v for k, v in m.items() if not k.startswith("val-")} for s, m in steps.items()}
    keys = sorted({k for m in table.values() for k in m})
    if keys:
        lines.append("per-step metrics:")
        width = max(len(k) for k in keys)
        shown = sorted(s for s in table if table[s])
        lines.append(" " * width + "".join(f"  step {s:>3}" for s in shown))
        for k in keys:
            lines.append(k.ljust(width) + "".join(
                f"  {table[s][k]:8.3f}" if k in table[s] else "         -" for s in shown))
    for d in wandb_dirs:
        lines.append(f"W&B offline run: {d}")
    return "\n".join(lines)
