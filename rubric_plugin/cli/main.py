"""``rubric-plugin``: validate and convert rubric data, list checks, self-check, demo."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path


def _report(result, out=None) -> None:
    out = sys.stdout if out is None else out  # looked up per call: redirect_stdout / capsys must see it
    print(f"rows read: {result.rows_read}  valid: {len(result.records)}  bad rows: {len(result.bad_rows)}", file=out)
    for category, n in result.counts_by_category().items():
        print(f"  {category:<24} {n}", file=out)
    kinds = result.counts_by_kind()
    if kinds:
        print("criteria: " + ", ".join(f"{n} {kind}" for kind, n in kinds.items()), file=out)
    for p in result.problems:
        print(f"BAD {p.render()}", file=out)


def _load_or_report(path, fmt):
    """``load_records``, or None after printing why the file as a whole cannot be read (not a row's fault)."""
    from rubric_plugin.convert import load_records
    from rubric_plugin.errors import RubricSchemaError

    try:
        return load_records(path, fmt)
    except RubricSchemaError as e:
        for p in e.problems:
            print(f"BAD {p.render()}", file=sys.stdout)
        return None


def cmd_validate(args) -> int:
    result = _load_or_report(args.file, args.format)
    if result is None:
        return 1
    _report(result)
    return 0 if result.ok else 1


def cmd_convert(args) -> int:
    from rubric_plugin.convert import write_jsonl, write_parquet

    result = _load_or_report(args.file, args.format)
    if result is None:
        return 1
    _report(result)
    if not result.ok and not args.skip_bad:
        print(f"nothing written: fix the bad rows above, or pass --skip-bad to write the {len(result.records)} valid ones",
              file=sys.stderr)
        return 1
    out = Path(args.out)
    n = write_parquet(result.records, out, args.split) if out.suffix == ".parquet" else write_jsonl(result.records, out)
    print(f"wrote {n} rows to {out}")
    return 0 if result.ok else 1


def cmd_checks(args) -> int:
    import inspect

    from rubric_plugin.checks import CHECKS
    from rubric_plugin.checks.registry import _ensure_loaded

    _ensure_loaded()
    for name, spec in sorted(CHECKS.items()):
        params = list(inspect.signature(spec.fn).parameters.values())[1:]
        print(f"{name}({', '.join(str(p) for p in params)})\n    {spec.doc}\n    [{spec.ifeval_note}]")
    return 0


def cmd_doctor(args) -> int:
    from rubric_plugin.cli.doctor import run_doctor

    return run_doctor()


def cmd_demo(args) -> int:
    from rubric_plugin.cli.demo import run_demo

    return run_demo(args.file, num_workers=args.num_workers, num_cpus=args.num_cpus, train_on=args.train_on)


def cmd_train(args) -> int:
    from rubric_plugin.cli.train import run_train

    from rubric_plugin.errors import ConfigError

    overrides = args.overrides[1:] if args.overrides[:1] == ["--"] else args.overrides
    try:
        return run_train(args.recipe, args.workdir, overrides, verbose=args.verbose)
    except ConfigError as e:  # a missing input: nothing was launched
        print(f"rubric-plugin train: error: {e}", file=sys.stderr)
        return 2


def cmd_runtime_env(args) -> int:
    from rubric_plugin.launch import RUNTIME_ENV

    print(RUNTIME_ENV)
    return 0


def cmd_plot(args) -> int:
    from rubric_plugin.plot import plot_run

    print(plot_run(args.run_dir, args.out))
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="rubric-plugin", description=__doc__)
    sub = p.add_subparsers(dest="cmd", required=True)
    v = sub.add_parser("validate", help="validate a rubric file; every bad row is reported")
    v.add_argument("file")
    v.add_argument("--format", default="auto", choices=["auto", "native", "advancedif", "ifeval", "ifbench"])
    v.set_defaults(fn=cmd_validate)
    c = sub.add_parser("convert", help="validate, then write verl parquet (.parquet) or the plugin format (.jsonl / .json)")
    c.add_argument("file")
    c.add_argument("--out", required=True)
    c.add_argument("--format", default="auto", choices=["auto", "native", "advancedif", "ifeval", "ifbench"])
    c.add_argument("--split", default="train")
    c.add_argument("--skip-bad", action="store_true", help="write the valid rows even when some are bad (exit code stays 1)")
    c.set_defaults(fn=cmd_convert)
    k = sub.add_parser("checks", help="list the programmatic checks and their arguments")
    k.set_defaults(fn=cmd_checks)
    d = sub.add_parser("doctor", help="check, from a fresh interpreter, that verl loads the plugin")
    d.set_defaults(fn=cmd_doctor)
    m = sub.add_parser("demo", help="score the bundled examples through verl's RewardLoopManager on local Ray")
    m.add_argument("--file", default=None, help="rubric file whose records carry metadata.demo_responses")
    m.add_argument("--num-workers", type=int, default=2)
    m.add_argument("--num-cpus", type=int, default=4)
    m.add_argument("--train-on", default="all_or_nothing")
    m.set_defaults(fn=cmd_demo)
    t = sub.add_parser("train", help="run a recipe with verl's main_ppo (default tiny_cpu, which builds its own tiny "
                                     "policy, judge and data; other recipes take yours as overrides) and summarise it")
    t.add_argument("--recipe", default="tiny_cpu", help="a recipe in rubric_plugin/conf (default tiny_cpu)")
    t.add_argument("--workdir", default=".work/tiny_cpu", help="where the model, data, logs and W&B run go")
    t.add_argument("--verbose", action="store_true", help="also print verl / vLLM / Ray output (always in train.log)")
    t.add_argument("overrides", nargs=argparse.REMAINDER, help="Hydra overrides passed to main_ppo")
    t.set_defaults(fn=cmd_train)
    pl = sub.add_parser("plot", help="learning-curve PNG of a run from verl's JSONL file log (RUN_DIR/metrics.jsonl)")
    pl.add_argument("run_dir", help="a run directory (e.g. .work/tiny_cpu) or its metrics.jsonl")
    pl.add_argument("--out", default=None, help="PNG path (default RUN_DIR/learning_curve.png)")
    pl.set_defaults(fn=cmd_plot)
    r = sub.add_parser("runtime-env", help="print the path of the plugin's Ray runtime_env.yaml "
                                           "(ray job submit --runtime-env=PATH; recipes/*/submit.sh use it)")
    r.set_defaults(fn=cmd_runtime_env)
    from rubric_plugin.cli.eval import add_eval_parser

    add_eval_parser(sub)
    from rubric_plugin.cli.calibrate import add_calibrate_parsers

    add_calibrate_parsers(sub)
    from rubric_plugin.cli.generate import add_generation_parsers

    add_generation_parsers(sub)
    from rubric_plugin.cli.verifier_training import add_verifier_training_parsers

    add_verifier_training_parsers(sub)
    return p


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args, extra = parser.parse_known_args(argv)
    # Hydra overrides after a verb's options (`generate FILE --out X key=value`): Python 3.11's argparse
    # matches a `nargs="*"` positional together with the positional before the options, leaving these over
    if extra and isinstance(getattr(args, "overrides", None), list) and not any(x.startswith("-") for x in extra):
        args.overrides = [*args.overrides, *extra]
    elif extra:
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    return args.fn(args)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
