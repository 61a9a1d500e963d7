"""``report.md`` and ``report.html`` of an evaluation, with its PNG plots.

Plots (:mod:`rubric_plugin.plot`): per-category pass rates of every protocol, the distribution of
per-row criterion pass rates, all-or-nothing vs fractional, and the criterion-level
verdict-agreement matrix between protocols. The HTML is the Markdown's tables and images as plain
HTML (no template engine, no scripts), so it opens from the output folder.
"""
from __future__ import annotations

import html
from pathlib import Path
from typing import Any, Mapping, Sequence

from rubric_plugin.eval.summary import criterion_rates

PLOTS = {"categories": "plot_categories.png", "distribution": "plot_criterion_distribution.png",
         "aon": "plot_all_or_nothing_vs_fractional.png", "agreement": "plot_agreement.png"}


def _pct(x: Any) -> str:
    return "n/a" if x is None else f"{100 * x:.1f}%"


def make_plots(out: Path, summary: Mapping[str, Any], rows: Sequence[Mapping[str, Any]]) -> dict[str, Path]:
    from rubric_plugin import plot

    protos = summary["protocols"]
    rates = {p: {c: b["pass_rate"] for c, b in e["by_category"].items()} for p, e in protos.items()}
    fractions = {p: [r["fraction"] or 0.0 for r in rows if r["protocol"] == p and not r["failed"]] for p in protos}
    pairs = {p: (e["overall"]["pass_rate"], e["overall"]["mean_fraction"]) for p, e in protos.items()}
    ag = summary["agreement"]
    return {"categories": plot.category_pass_rates(rates, out / PLOTS["categories"]),
            "distribution": plot.criterion_pass_distribution(fractions, out / PLOTS["distribution"]),
            "aon": plot.all_or_nothing_vs_fractional(pairs, out / PLOTS["aon"]),
            "agreement": plot.matrix(ag["criterion"], ag["protocols"], ag["protocols"], out / PLOTS["agreement"],
                                     "Criterion verdict agreement between protocols")}


def markdown(summary: Mapping[str, Any], rows: Sequence[Mapping[str, Any]], meta: Mapping[str, Any]) -> str:
    lines = ["# Evaluation report", ""]
    lines += [f"* {k}: `{v}`" for k, v in meta.items()]
    lines += ["", "## Pass rates", "", "| protocol | rows | failed | all-or-nothing | fractional (mean) |",
              "|---|---|---|---|---|"]
    for p, e in summary["protocols"].items():
        o = e["overall"]
        lines.append(f"| {p} | {o['rows']} | {o['failed']} | {_pct(o['pass_rate'])} | {_pct(o['mean_fraction'])} |")
    lines += ["", f"![per-category pass rates]({PLOTS['categories']})", "",
              f"![all-or-nothing vs fractional]({PLOTS['aon']})", "", "## Per category", "",
              "| protocol | category | rows | failed | pass rate | fractional |", "|---|---|---|---|---|---|"]
    for p, e in summary["protocols"].items():
        for c, b in e["by_category"].items():
            lines.append(f"| {p} | {c} | {b['rows']} | {b['failed']} | {_pct(b['pass_rate'])} | "
                         f"{_pct(b['mean_fraction'])} |")
    for p, e in summary["protocols"].items():
        if "official" in e:
            o = e["official"]["overall"]
            lines += ["", "## AdvancedIF (official scoring)", "",
                      f"* overall pass rate (judge's declaration): {_pct(o['overall_pass_rate'])}",
                      f"* micro rubric pass rate: {_pct(o['micro_pass_rate'])}",
                      f"* success rate: {_pct(o['success_rate'])}",
                      f"* recomputed all-or-nothing: {_pct(o['recomputed_pass_rate'])} (disagrees with the "
                      f"declaration on {_pct(o['declaration_disagreement_rate'])} of judged rows)",
                      f"* macro mean over benchmark_name: {_pct(e['official']['macro_overall_pass_rate'])}"]
        if "ifeval" in e:
            f = e["ifeval"]
            lines += ["", "## IFEval", "", "| | strict | loose |", "|---|---|---|",
                      f"| prompt level | {_pct(f['prompt_strict'])} | {_pct(f['prompt_loose'])} |",
                      f"| instruction level | {_pct(f['instruction_strict'])} | {_pct(f['instruction_loose'])} |"]
    lines += ["", "## Criteria", "", f"![criterion pass-rate distribution]({PLOTS['distribution']})", "",
              "| protocol | criterion type | pass rate |", "|---|---|---|"]
    for p in summary["protocols"]:
        lines += [f"| {p} | {k} | {_pct(v)} |" for k, v in criterion_rates(rows, p).items()]
    lines += ["", "## Agreement between protocols", "", f"![verdict agreement]({PLOTS['agreement']})", ""]
    ag = summary["agreement"]
    lines += ["| | " + " | ".join(ag["protocols"]) + " |", "|---" * (len(ag["protocols"]) + 1) + "|"]
    for p, vals in zip(ag["protocols"], ag["criterion"]):
        lines.append(f"| {p} | " + " | ".join(_pct(v) for v in vals) + " |")
    lines += ["", "## Cost", "", "| protocol | judge requests | prompt tokens | completion tokens |", "|---|---|---|---|"]
    for p, e in summary["protocols"].items():
        c = e["cost"]
        lines.append(f"| {p} | {c['requests']:.0f} | {c['prompt_tokens']:.0f} | {c['completion_tokens']:.0f} |")
    failures = [(p, f) for p, e in summary["protocols"].items() for f in e["failures"]]
    if failures:
        lines += ["", "## Failed rows (counted as not passed)", ""]
        lines += [f"* {p} / {f['id']}: {f['error']}" for p, f in failures]
    return "\n".join(lines) + "\n"


def to_html(md: str, title: str = "Evaluation report") -> str:
    """The report's Markdown subset (headings, bullets, pipe tables, images) as HTML."""
    import re

    body, table = [], []

    def flush() -> None:
        if table:
            cells = [[html.escape(c.strip()) for c in r.strip("|").split("|")] for r in table if not set(r) <= set("|-")]
            head, *rest = cells
            body.append("<table><tr>" + "".join(f"<th>{c}</th>" for c in head) + "</tr>"
                        + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rest) + "</table>")
            table.clear()

    for line in md.splitlines():
        if line.startswith("|"):
            table.append(line)
            continue
        flush()
        img = re.fullmatch(r"!\[(.*)\]\((.*)\)", line)
        if line.startswith("#"):
            level = len(line) - len(line.lstrip("#"))
            body.append(f"<h{level}>{html.escape(line.lstrip('#').strip())}</h{level}>")
        elif img:
            body.append(f'<p><img src="{html.escape(img.group(2))}" alt="{html.escape(img.group(1))}"></p>')
        elif line.startswith("* "):
            body.append(f"<li>{html.escape(line[2:])}</li>")
        elif line.strip():
            body.append(f"<p>{html.escape(line)}</p>")
    flush()
    style = "body{font-family:sans-serif;max-width:60em}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 6px}"
    return (f"<!doctype html><html><head><meta charset='utf-8'><title>{html.escape(title)}</title>"
            f"<style>{style}</style></head><body>\n" + "\n".join(body) + "\n</body></html>\n")


def write_report(out: str | Path, summary: Mapping[str, Any], rows: Sequence[Mapping[str, Any]],
                 meta: Mapping[str, Any]) -> dict[str, Path]:
    """Write the plots, ``report.md`` and ``report.html`` into ``out``; returns their paths."""
    out = Path(out)
    paths = make_plots(out, summary, rows)
    md = markdown(summary, rows, meta)
    (out / "report.md").write_text(md, encoding="utf-8")
    (out / "report.html").write_text(to_html(md), encoding="utf-8")
    return {**paths, "md": out / "report.md", "html": out / "report.html"}
