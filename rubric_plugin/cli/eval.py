"""``rubric-plugin eval``: score responses under benchmark protocols.

* ``eval --records FILE (--responses FILE | --model PATH | --model-url URL) --protocol
  advancedif,rubric,ifeval --out DIR [HYDRA OVERRIDES...]``: the evaluation harness
  (:mod:`rubric_plugin.eval.harness`); the judge is chosen with the training run's Hydra overrides
  (``+verifier@reward.rubric.verifier=vllm_server ...``) or ``--recipe``. Writes ``rows.jsonl``,
  ``summary.json``, ``report.md`` / ``report.html`` and PNG plots; resumable.
* ``eval --protocol advancedif --judged FILE --out DIR`` rescores the official AdvancedIF
  evaluator's output (JSONL or CSV) from its raw judge text, with no model, prints the official
  statistics overall and per ``benchmark_name``, and writes ``DIR/summary.json`` and
  ``DIR/rows.jsonl`` (one scored row per input row).
* ``eval compare A B [--out DIR]``: paired deltas between two evaluations
  (:mod:`rubric_plugin.eval.compare`).

Heavy imports stay inside the commands.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

PROTOCOLS = ("advancedif", "rubric", "ifeval")


def _protocols(text: str) -> list[str]:
    names = [p.strip() for p in text.split(",") if p.strip()]
    bad = [p for p in names if p not in PROTOCOLS]
    if bad or not names:
        raise argparse.ArgumentTypeError(f"unknown protocol(s) {bad or text!r}; choose from {list(PROTOCOLS)}, "
                                         "comma-separated (e.g. advancedif,rubric,ifeval)")
    return names


def add_eval_parser(sub) -> argparse.ArgumentParser:
    e = sub.add_parser("eval", help="evaluate responses under benchmark protocols (advancedif, rubric, ifeval); "
                                    "rescore the official AdvancedIF output with --judged; `eval compare A B`")
    e.add_argument("args", nargs="*", metavar="ARG",
                   help="`compare A B` (two --out folders), or Hydra overrides choosing the judge, e.g. "
                        "+verifier@reward.rubric.verifier=vllm_server reward.rubric.verifier.backend.base_url=URL")
    e.add_argument("--protocol", default=None, type=_protocols,
                   help=f"one or more of {list(PROTOCOLS)}, comma-separated (default with --judged: advancedif)")
    e.add_argument("--judged", default=None, help="the official AdvancedIF evaluator's output (.jsonl or .csv) to "
                                                 "rescore from its raw judge text")
    e.add_argument("--records", default=None, help="rubric records (plugin JSONL/JSON/parquet rows, AdvancedIF "
                                                  "CSV/JSONL, IFEval ...)")
    e.add_argument("--format", default="auto", help="format of --records (see `rubric-plugin validate`)")
    e.add_argument("--responses", default=None, help='JSONL of {"id", "response"} (or AdvancedIF rows with response)')
    e.add_argument("--model", default=None, help="generate responses with this model in an in-process vLLM engine")
    e.add_argument("--model-url", default=None, help="generate responses with an OpenAI-compatible server")
    e.add_argument("--model-name", default=None, help="served model name at --model-url")
    e.add_argument("--max-new-tokens", type=int, default=1024)
    e.add_argument("--temperature", type=float, default=0.0)
    e.add_argument("--routing", default="official_release", choices=["official_release", "by_category"],
                   help="AdvancedIF judge routing (official_release reproduces the paper's numbers)")
    e.add_argument("--official-judge", default=None, help="your checkout of the official AdvancedIF repository: "
                                                          "use its judge wording (never shipped)")
    e.add_argument("--recipe", default=None, help="take reward.rubric from this recipe of rubric_plugin/conf")
    e.add_argument("--concurrency", type=int, default=32, help="rows judged at once")
    e.add_argument("--no-progress", action="store_true", help="no progress bar")
    e.add_argument("--resamples", type=int, default=2000, help="compare: bootstrap resamples")
    e.add_argument("--seed", type=int, default=0, help="compare: bootstrap seed")
    e.add_argument("--out", default=None, help="output directory")
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

    if args.args[:1] == ["compare"]:
        from rubric_plugin.cli.eval_run import run_compare

        return run_compare(args)
    if args.judged is None and args.records is not None:
        from rubric_plugin.cli.eval_run import run_eval

        return run_eval(args)
    if args.judged is None or args.out is None:
        print("rubric-plugin eval: pass --records FILE with --responses FILE or --model PATH / --model-url URL, and "
              "--out DIR; or --judged FILE --out DIR to rescore the official AdvancedIF evaluator's .jsonl or .csv "
              "output; or `eval compare A B`", file=sys.stderr)
        return 2
    if args.protocol not in (None, ["advancedif"]):
        print("rubric-plugin eval: --judged rescores AdvancedIF output; use --protocol advancedif", file=sys.stderr)
        return 2
    from rubric_plugin.eval.advancedif_judged import rescore_file

    try:
        rows, scores, summary = rescore_file(args.judged)
    except RubricError as e:
        print(f"rubric-plugin eval: {args.judged}: {e}", file=sys.stderr)
        return 1
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    summary = {"protocol": "advancedif", "source": str(args.judged), **summary}
    (out / "summary.json").write_text(json.dumps(summary, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    with (out / "rows.jsonl").open("w", encoding="utf-8") as fh:
        for r, s in zip(rows, scores):
            fh.write(json.dumps({"row": r.index, "id": r.row_id, "benchmark_name": r.benchmark_name,
                                 "raw_output": r.raw_output, **s.to_dict()}, default=str) + "\n")
    print_advancedif_summary(summary)
    print(f"wrote {out / 'summary.json'} and {out / 'rows.jsonl'}")
    return 0
