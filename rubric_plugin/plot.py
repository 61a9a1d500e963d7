"""Plots: the one plotting module, used by ``train`` and ``plot`` (learning curves), ``eval`` and ``calibrate``.

matplotlib is imported lazily inside each function, with the non-interactive ``Agg`` backend, so
``import rubric_plugin`` stays cheap and nothing needs a display. Every function writes one PNG
and returns its path.
"""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, Mapping, Sequence


# -- evaluation and calibration -------------------------------------------------------------------------
def _pyplot():
    import matplotlib

    matplotlib.use("Agg", force=False)
    import matplotlib.pyplot as plt

    return plt


def _save(fig: Any, path: str | Path) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    _pyplot().close(fig)
    return path


def category_pass_rates(rates: Mapping[str, Mapping[str, float]], path: str | Path,
                        title: str = "All-or-nothing pass rate per category") -> Path:
    """Grouped bars: ``rates[protocol][category]`` in [0, 1]."""
    plt = _pyplot()
    cats = sorted({c for per in rates.values() for c in per})
    fig, ax = plt.subplots(figsize=(max(5.0, 1.2 * len(cats) * max(1, len(rates)) + 2), 3.6))
    width = 0.8 / max(1, len(rates))
    for k, (proto, per) in enumerate(rates.items()):
        xs = [i + k * width for i in range(len(cats))]
        ax.bar(xs, [per.get(c, 0.0) for c in cats], width, label=proto)
    ax.set_xticks([i + width * (len(rates) - 1) / 2 for i in range(len(cats))], cats, rotation=15, ha="right")
    ax.set_ylim(0, 1)
    ax.set_ylabel("pass rate")
    ax.set_title(title)
    ax.legend(fontsize=8)
    return _save(fig, path)


def criterion_pass_distribution(fractions: Mapping[str, Sequence[float]], path: str | Path) -> Path:
    """Histogram per protocol of per-row criterion pass rates (share of a row's criteria met)."""
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(6, 3.6))
    bins = [i / 10 for i in range(11)]
    for proto, vals in fractions.items():
        ax.hist(list(vals), bins=bins, alpha=0.55, label=proto)
    ax.set_xlabel("share of the row's criteria passed")
    ax.set_ylabel("rows")
    ax.set_title("Criterion pass-rate distribution")
    ax.legend(fontsize=8)
    return _save(fig, path)


def all_or_nothing_vs_fractional(pairs: Mapping[str, tuple[float, float]], path: str | Path) -> Path:
    """Per protocol, the all-or-nothing pass rate beside the mean fractional rate."""
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(max(4.5, 1.6 * len(pairs) + 2), 3.6))
    names = list(pairs)
    ax.bar([i - 0.2 for i in range(len(names))], [pairs[n][0] for n in names], 0.4, label="all-or-nothing")
    ax.bar([i + 0.2 for i in range(len(names))], [pairs[n][1] for n in names], 0.4, label="fractional (mean)")
    ax.set_xticks(range(len(names)), names)
    ax.set_ylim(0, 1)
    ax.set_title("All-or-nothing vs fractional")
    ax.legend(fontsize=8)
    return _save(fig, path)


def matrix(values: Sequence[Sequence[Any]], labels_y: Sequence[str], labels_x: Sequence[str], path: str | Path,
           title: str, fmt: str = "{:.2f}", vmax: float | None = 1.0) -> Path:
    """An annotated heatmap (``None`` cells shown as n/a): protocol agreement, confusion matrices."""
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(1.4 * len(labels_x) + 2.4, 1.1 * len(labels_y) + 1.6))
    shown = [[float("nan") if v is None else float(v) for v in row] for row in values]
    im = ax.imshow(shown, cmap="Blues", vmin=0, vmax=vmax)
    for i, row in enumerate(values):
        for j, v in enumerate(row):
            ax.text(j, i, "n/a" if v is None else fmt.format(v), ha="center", va="center", fontsize=9)
    ax.set_xticks(range(len(labels_x)), labels_x)
    ax.set_yticks(range(len(labels_y)), labels_y)
    ax.set_title(title)
    fig.colorbar(im, ax=ax, fraction=0.046)
    return _save(fig, path)


# -- training learning curves ---------------------------------------------------------------------------
# ``rubric-plugin plot RUN_DIR`` -> ``RUN_DIR/learning_curve.png``, from verl's JSONL file logger
# (``trainer.logger`` includes ``file``; ``rubric-plugin train`` points VERL_FILE_LOGGER_PATH at
# ``<workdir>/metrics.jsonl``). One point per logged step, five panels: reward
# (``critic/score/mean``, ``rubric/fractional``); training pass rate (``rubric/pass_rate/all`` and
# each ``rubric/criterion/<id>/pass_rate``, else per kind); held-out pass rate
# (``val-core/<data_source>/acc/mean@N`` per data source and their mean); unscorable fraction;
# shaping fire rates (``rubric/shaping/<hook>/fire_rate``). An empty panel says "no data logged".
_VAL_ACC = re.compile(r"^val-core/(.+)/acc/mean@\d+$")
PNG_NAME = "learning_curve.png"


def read_history(path: str | Path) -> dict[int, dict[str, float]]:
    """``{step: {metric: value}}`` from a verl JSONL file log; a line that is not JSON is an error
    naming the line."""
    steps: dict[int, dict[str, float]] = {}
    for n, line in enumerate(Path(path).read_text().splitlines(), 1):
        if not line.strip():
            continue
        try:
            entry = json.loads(line)
            step, data = int(entry["step"]), entry["data"]
        except (ValueError, KeyError, TypeError) as e:
            raise ValueError(f"{path}:{n}: not a verl file-logger line ({e}); expected "
                             '{"step": N, "data": {...}}') from None
        found = steps.setdefault(step, {})
        found.update({k: float(v) for k, v in data.items() if isinstance(v, (int, float)) and not isinstance(v, bool)})
    return steps


def find_history(run_dir: str | Path) -> Path:
    """The file log of a run directory (``metrics.jsonl``, else the only ``*.jsonl`` in it)."""
    run = Path(run_dir)
    if run.is_file():
        return run
    candidate = run / "metrics.jsonl"
    if candidate.exists():
        return candidate
    found = sorted(run.glob("*.jsonl"))
    if len(found) == 1:
        return found[0]
    raise FileNotFoundError(f"{run}: no metrics.jsonl (verl's file logger); run with trainer.logger including "
                            "'file' and VERL_FILE_LOGGER_PATH=<run dir>/metrics.jsonl, as `rubric-plugin train` does")


def series(steps: dict[int, dict[str, float]], key: str) -> tuple[list[int], list[float]]:
    xs = [s for s in sorted(steps) if key in steps[s]]
    return xs, [steps[s][key] for s in xs]


def _keys(steps, pattern: str) -> list[str]:
    rx = re.compile(pattern)
    return sorted({k for m in steps.values() for k in m if rx.match(k)})


def heldout_mean(steps) -> tuple[list[int], list[float]]:
    xs, ys = [], []
    for s in sorted(steps):
        vals = [v for k, v in steps[s].items() if _VAL_ACC.match(k)]
        if vals:
            xs.append(s)
            ys.append(sum(vals) / len(vals))
    return xs, ys


def plot_history(steps: dict[int, dict[str, float]], out: str | Path, title: str = "") -> Path:
    """Write the five-panel learning curve of ``steps`` to ``out`` (PNG)."""
    plt = _pyplot()
    fig, axes = plt.subplots(5, 1, figsize=(8, 14), sharex=True)
    per_id = _keys(steps, r"^rubric/criterion/.+/pass_rate$")
    panels = [
        ("reward", ["critic/score/mean", "rubric/fractional"], None),
        ("training pass rate", ["rubric/pass_rate/all"] + (per_id or _keys(steps, r"^rubric/criterion_pass_rate/")), None),
        ("held-out pass rate (all-or-nothing)", _keys(steps, _VAL_ACC.pattern), heldout_mean(steps)),
        ("unscorable fraction", ["rubric/unscorable_fraction"], None),
        ("shaping fire rate", _keys(steps, r"^rubric/shaping/.+/fire_rate$"), None),
    ]
    for ax, (name, keys, mean) in zip(axes, panels):
        drawn = 0
        for key in keys:
            xs, ys = series(steps, key)
            if xs:
                ax.plot(xs, ys, marker="o", markersize=3, label=_short(key))
                drawn += 1
        if mean is not None and mean[0]:
            ax.plot(*mean, marker="s", color="black", linewidth=2, label="mean over categories")
            drawn += 1
        if not drawn:
            ax.text(0.5, 0.5, "no data logged", ha="center", va="center", transform=ax.transAxes, color="gray")
        else:
            ax.legend(fontsize=7, loc="best")
        ax.set_ylabel(name, fontsize=8)
        ax.grid(alpha=0.3)
    axes[-1].set_xlabel("step")
    if title:
        fig.suptitle(title)
    return _save(fig, out)


def _short(key: str) -> str:
    m = _VAL_ACC.match(key)
    if m:
        return m.group(1)
    for prefix in ("rubric/criterion/", "rubric/shaping/", "rubric/criterion_pass_rate/", "rubric/"):
        if key.startswith(prefix):
            return key[len(prefix):].replace("/pass_rate", "").replace("/fire_rate", "")
    return key


def plot_run(run_dir: str | Path, out: str | Path | None = None) -> Path:
    """Plot a run directory (or its JSONL file log); the PNG goes beside the log unless ``out`` is given."""
    history = find_history(run_dir)
    target = Path(out) if out is not None else history.parent / PNG_NAME
    return plot_history(read_history(history), target, title=str(Path(run_dir).name))


def rubric_quality(per_record: Sequence[Mapping[str, Any]], path: str | Path, anchor_f1: float = 0.790,
                   title: str = "rubric quality") -> Path:
    """Per-record precision, recall and F1 of generated rubrics against expert ones, with RIFL's F1 anchor."""
    plt = _pyplot()
    ok = [r for r in per_record if not r.get("failed")]
    ids = [str(r["id"]) for r in ok]
    fig, ax = plt.subplots(figsize=(max(5.0, 0.5 * len(ids) + 2), 3.6))
    x = list(range(len(ids)))
    for k, (key, off) in enumerate((("precision", -0.27), ("recall", 0.0), ("f1", 0.27))):
        ax.bar([i + off for i in x], [r[key] for r in ok], width=0.27, label=key)
    ax.axhline(anchor_f1, color="black", linestyle="--", linewidth=1, label=f"RIFL F1 {anchor_f1}")
    ax.set_xticks(x)
    ax.set_xticklabels(ids, rotation=45, ha="right", fontsize=7)
    ax.set_ylim(0, 1.05)
    ax.set_title(title)
    ax.legend(fontsize=7)
    return _save(fig, path)
