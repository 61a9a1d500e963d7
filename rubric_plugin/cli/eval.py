"""``rubric-plugin eval``: score responses under a benchmark protocol.

Today: ``--protocol advancedif --judged FILE --out DIR`` rescores the official AdvancedIF
evaluator's output (JSONL or CSV) from its raw judge text, with no model, prints the official
statistics overall and per ``benchmark_name``, and writes ``DIR/summary.json`` and
``DIR/rows.jsonl`` (one scored row per input row). Heavy imports stay inside the command.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

PROTOCOLS = ("advancedif",)


def add_eval_parser(sub) -> argparse.ArgumentParser:
    e = sub.add_parser("eval", help="score responses under a benchmark protocol (AdvancedIF: rescore the official "
                                    "evaluator's judged output with --judged)")
    e.add_argument("--protocol", default="advancedif", choices=PROTOCOLS)
    e.add_argument("--judged", default=None, help="the official AdvancedIF evaluator's output (.jsonl or .csv) to "
                                                 "rescore from its raw judge text")
    e.add_argument("--out", required=True, help="directory for summary.json and rows.jsonl")
    e.set_defaults(fn=cmd_eval)
    return e


def _pct(x: float) -> str:
    return f"{100 * x:.1f}%"


def print_advancedif_summary(summary: dict, out=None) -> None:
    """The official tool's headline lines, then the plugin's recomputed pass next to the declaration."""
    out = sys.stdout if out is None else out
    o = summary["overall"]
    print(f"rows: {o['processed_rows']}  judged: {o['successful_rows']}  failed: {o['failed_rows']}  "
          f"success rate: {_pct(o['success_rate'])}", file=out)
    print(f"overall pass rate: {_pct(o['overall_pass_rate'])}  (judge's SATISFIED_ALL_REQUIREMENTS)", file=out)
    print(f"micro rubric pass rate: {_pct(o['micro_pass_rate'])}  ({o['passed_rubrics']}/{o['total_rubrics']} "
          "answers containing 'yes')", file=out)
    print(f"recomputed all-or-nothing: {_pct(o['recomputed_pass_rate'])}  disagrees with the declaration on "
          f"{o['declaration_disagreements']} judged row(s) ({_pct(o['declaration_disagreement_rate'])})", file=out)
    print("by benchmark_name:", file=out)
    for name, b in summary["by_benchmark"].items():
        print(f"  {name:<40} {b['processed_rows']:>5} rows  pass {_pct(b['overall_pass_rate']):>6}  "
              f"micro {_pct(b['micro_pass_rate']):>6}  success {_pct(b['success_rate']):>6}", file=out)
    print(f"macro mean of per-benchmark pass rates: {_pct(summary['macro_overall_pass_rate'])}", file=out)


def cmd_eval(args) -> int:
    from rubric_plugin.errors import RubricError

    if args.judged is None:
        print("rubric-plugin eval: only rescoring is available here; pass --judged FILE (the official AdvancedIF "
              "evaluator's .jsonl or .csv output)", file=sys.stderr)
        return 2
    from rubric_plugin.eval.advancedif_judged import rescore_file

    try:
        rows, scores, summary = rescore_file(args.judged)
    except RubricError as e:
        print(f"rubric-plugin eval: {args.judged}: {e}", file=sys.stderr)
        return 1
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    summary = {"protocol": args.protocol, "source": str(args.judged), **summary}
    (out / "summary.json").write_text(json.dumps(summary, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    with (out / "rows.jsonl").open("w", encoding="utf-8") as fh:
        for r, s in zip(rows, scores):
            fh.write(json.dumps({"row": r.index, "id": r.row_id, "benchmark_name": r.benchmark_name,
                                 "raw_output": r.raw_output, **s.to_dict()}, default=str) + "\n")
    print_advancedif_summary(summary)
    print(f"wrote {out / 'summary.json'} and {out / 'rows.jsonl'}")
    return 0
