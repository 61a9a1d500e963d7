"""Plots: the one plotting module, used by ``train`` (learning curves), ``eval`` and ``calibrate``.

matplotlib is imported lazily inside each function, with the non-interactive ``Agg`` backend, so
``import rubric_plugin`` stays cheap and nothing needs a display. Every function writes one PNG
and returns its path.
"""
from __future__ import annotations

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
