"""``rubric-plugin labels`` and ``rubric-plugin calibrate``: verifier labels and the verifier's agreement with them.

* ``labels --from-checks RECORDS RESPONSES --out labels.jsonl``: one ``program`` label per
  ``kind: check`` criterion of every record with a response (:mod:`rubric_plugin.labels.from_checks`).
* ``calibrate (--labels FILE --records RECORDS | --from-checks RECORDS RESPONSES) --out DIR
  [--recipe NAME] [HYDRA OVERRIDES...]``: ask the verifier (chosen as for training,
  ``+verifier@reward.rubric.verifier=vllm_server ...``) every labelled question; print and write
  ``calibration.json``, ``calibration.md`` and ``calibration_confusion.png``, with RIFL's
  published verifier F1 beside ours.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import sys
from pathlib import Path
from typing import Any


def add_calibrate_parsers(sub) -> None:
    lab = sub.add_parser("labels", help="build verifier labels: --from-checks RECORDS RESPONSES answers every check "
                                        "criterion with its check")
    lab.add_argument("--from-checks", nargs=2, metavar=("RECORDS", "RESPONSES"), required=True)
    lab.add_argument("--format", default="auto", help="format of RECORDS")
    lab.add_argument("--out", required=True, help="labels JSONL to write")
    lab.set_defaults(fn=cmd_labels)
    cal = sub.add_parser("calibrate", help="measure a verifier's agreement with labels (accuracy, macro-F1, F1 of no, "
                                           "kappa, yes-rate bias, confusion matrix)")
    cal.add_argument("overrides", nargs="*", help="Hydra overrides choosing the verifier, as for training")
    cal.add_argument("--labels", default=None, help="labels JSONL (record_id, response, criterion_id, label, source)")
    cal.add_argument("--records", default=None, help="the rubric file the labels refer to")
    cal.add_argument("--from-checks", nargs=2, metavar=("RECORDS", "RESPONSES"), default=None,
                     help="label every check criterion with its check, on the fly")
    cal.add_argument("--format", default="auto", help="format of the records file")
    cal.add_argument("--recipe", default=None, help="take reward.rubric from this recipe of rubric_plugin/conf")
    cal.add_argument("--concurrency", type=int, default=32)
    cal.add_argument("--out", required=True, help="output directory")
    cal.set_defaults(fn=cmd_calibrate)


def _records(path: str, fmt: str) -> list[Any]:
    from rubric_plugin.convert import load_records

    return load_records(path, fmt).raise_if_bad().records


def cmd_labels(args: argparse.Namespace) -> int:
    from rubric_plugin.errors import RubricError
    from rubric_plugin.eval.generate import read_responses
    from rubric_plugin.labels.format import write_labels
    from rubric_plugin.labels.from_checks import labels_from_checks

    try:
        labels = labels_from_checks(_records(args.from_checks[0], args.format), read_responses(args.from_checks[1]))
    except RubricError as e:
        print(f"rubric-plugin labels: {e}", file=sys.stderr)
        return 1
    n = write_labels(labels, args.out)
    yes = sum(lab.label == "yes" for lab in labels)
    print(f"wrote {n} program labels ({yes} yes, {n - yes} no) to {args.out}")
    return 0


def cmd_calibrate(args: argparse.Namespace) -> int:
    from rubric_plugin.cli.judge_config import judge_session, rubric_config
    from rubric_plugin.config import unset_verifier_error
    from rubric_plugin.errors import RubricError
    from rubric_plugin.eval.generate import read_responses
    from rubric_plugin.labels.calibrate import calibration_report, judge_labels, render_markdown
    from rubric_plugin.labels.format import read_labels
    from rubric_plugin.labels.from_checks import labels_from_checks

    if (args.from_checks is None) == (args.labels is None) or (args.labels is not None and args.records is None):
        print("rubric-plugin calibrate: give --labels FILE --records FILE, or --from-checks RECORDS RESPONSES",
              file=sys.stderr)
        return 2
    try:
        if args.from_checks:
            records = _records(args.from_checks[0], args.format)
            labels = labels_from_checks(records, read_responses(args.from_checks[1]))
        else:
            records, labels = _records(args.records, args.format), read_labels(args.labels)
        cfg, _ = rubric_config(args.overrides, args.recipe)
        if cfg.verifier is None:
            raise unset_verifier_error()
        with judge_session(cfg) as verifier:
            items = asyncio.run(judge_labels(verifier, records, labels, args.concurrency))
            name = verifier.name
            model = getattr(getattr(verifier, "backend", None), "model", None)
    except RubricError as e:
        print(f"rubric-plugin calibrate: {e}", file=sys.stderr)
        return 1
    report = calibration_report(items, f"{name} ({model})" if model else name)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    from rubric_plugin import plot

    o = report["overall"]
    png = plot.matrix(o["matrix"], ["label yes", "label no"], ["verifier yes", "verifier no"],
                      out / "calibration_confusion.png", "Verifier vs labels", fmt="{:.0f}", vmax=max(1, o["n"]))
    (out / "calibration.json").write_text(json.dumps(report, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    md = render_markdown(report, png.name)
    (out / "calibration.md").write_text(md, encoding="utf-8")
    print(md, end="")
    print(f"wrote {out / 'calibration.json'}, {out / 'calibration.md'}, {png}")
    return 0
