"""Verifier training verbs: teacher and human labels, record-level splits, SFT / RL data, checkpoint metadata.

* ``labels-teacher RECORDS RESPONSES --out labels.jsonl [HYDRA OVERRIDES...]``: a strong judge
  (chosen as for training, ``+verifier@reward.rubric.verifier=openai ...``) labels every criterion;
  concurrent, resumable (rerun to continue), with a progress bar.
* ``labels-import FILE --out labels.jsonl [--records RECORDS]``: human CSV / JSONL labels.
* ``labels-split LABELS --out-dir DIR [--test 0.2] [--val 0.0] [--seed 0]``: splits by record,
  with each split's class balance.
* ``verifier-data LABELS --records RECORDS --out sft.parquet [--rl-out rl.parquet]``: the verifier
  prompt the training run sends (its verifier composed from ``--recipe`` / Hydra overrides, or
  from ``--layout/--mode/--reason-max-chars``) answered by the labels.
* ``verifier-meta MODEL_DIR --data sft.parquet``: record the data's prompt-template id in a
  finetuned model directory, so a verifier built on it checks it.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import sys
from pathlib import Path
from typing import Any


def _fail(verb: str, msg: Any) -> int:
    print(f"rubric-plugin {verb}: {msg}", file=sys.stderr)
    return 1


def _records(path: str, fmt: str = "auto") -> list[Any]:
    from rubric_plugin.convert import load_records

    return load_records(path, fmt).raise_if_bad().records


def _balance_line(name: str, labels: Any) -> str:
    from rubric_plugin.labels.splits import class_balance

    b = class_balance(labels)
    rate = "n/a" if b["yes_rate"] is None else f"{b['yes_rate']:.2f}"
    return f"{name}: {b['labels']} labels over {b['records']} records, {b['yes']} yes / {b['no']} no (yes rate {rate})"


def cmd_labels_teacher(args: argparse.Namespace) -> int:
    from rubric_plugin.cli.judge_config import judge_session, rubric_config
    from rubric_plugin.config import unset_verifier_error
    from rubric_plugin.errors import RubricError
    from rubric_plugin.eval.generate import read_responses
    from rubric_plugin.labels.teacher import progress_bar, teacher_labels

    try:
        records = _records(args.records, args.format)
        responses = read_responses(args.responses)
        pairs = [(r, responses[str(r.id)]) for r in records if str(r.id) in responses]
        cfg, _ = rubric_config(args.overrides, args.recipe)
        if cfg.verifier is None:
            raise unset_verifier_error()
        bar = progress_bar(len(pairs))
        with judge_session(cfg) as verifier:
            run = asyncio.run(teacher_labels(verifier, pairs, args.out, args.concurrency,
                                             bar.update if bar is not None else None))
        if bar is not None:
            bar.close()
    except RubricError as e:
        return _fail("labels-teacher", e)
    print(f"{run.written} teacher labels for {run.judged} responses written to {args.out}; {run.already} already "
          f"labelled; {len(run.failed)} failed")
    for rid, err in run.failed:
        print(f"  record {rid}: {err}", file=sys.stderr)
    return 1 if run.failed else 0


def cmd_labels_import(args: argparse.Namespace) -> int:
    from rubric_plugin.errors import RubricError
    from rubric_plugin.labels.format import write_labels
    from rubric_plugin.labels.human import import_human

    try:
        labels = import_human(args.file, _records(args.records, args.format) if args.records else None)
    except RubricError as e:
        return _fail("labels-import", e)
    write_labels(labels, args.out)
    print(_balance_line(f"human labels written to {args.out}", labels))
    return 0


def cmd_labels_split(args: argparse.Namespace) -> int:
    from rubric_plugin.errors import RubricError
    from rubric_plugin.labels.format import read_labels, write_labels
    from rubric_plugin.labels.splits import class_balance, split_by_record

    try:
        labels = read_labels(args.labels)
        fractions = {"train": 1 - args.test - args.val, "val": args.val, "test": args.test}
        splits = split_by_record(labels, {k: v for k, v in fractions.items() if v > 0}, args.seed)
    except RubricError as e:
        return _fail("labels-split", e)
    out = Path(args.out_dir)
    out.mkdir(parents=True, exist_ok=True)
    report = {}
    for name, labs in splits.items():
        write_labels(labs, out / f"{name}.jsonl")
        report[name] = class_balance(labs)
        print(_balance_line(f"{name} ({out / f'{name}.jsonl'})", labs))
    (out / "balance.json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 0


def _prompt_verifier(args: argparse.Namespace) -> Any:
    from rubric_plugin.verifier_training.sft_data import prompt_verifier

    if args.recipe is None and not args.overrides:
        return prompt_verifier(args.layout, args.mode, args.reason_max_chars)
    from rubric_plugin.cli.judge_config import rubric_config
    from rubric_plugin.config import instantiate_verifier

    cfg, _ = rubric_config(args.overrides, args.recipe)
    # the configured verifier's prompt settings; its judge is not contacted
    verifier = instantiate_verifier(cfg.verifier)
    if not hasattr(verifier, "request"):
        from rubric_plugin.errors import ConfigError

        raise ConfigError(f"the configured verifier {type(verifier).__name__} sends no prompt; choose an LLM verifier "
                          "preset, or give --layout/--mode/--reason-max-chars without overrides")
    return verifier


def cmd_verifier_data(args: argparse.Namespace) -> int:
    from rubric_plugin.errors import RubricError
    from rubric_plugin.labels.format import read_labels
    from rubric_plugin.verifier_training.sft_data import rl_rows, sft_rows, write_parquet

    try:
        records, labels = _records(args.records, args.format), read_labels(args.labels)
        verifier = _prompt_verifier(args)
        n = write_parquet(sft_rows(verifier, records, labels), args.out)
        m = write_parquet(rl_rows(verifier, records, labels, args.split), args.rl_out) if args.rl_out else None
    except RubricError as e:
        return _fail("verifier-data", e)
    print(_balance_line("labels", labels))
    print(f"wrote {n} SFT rows (template {verifier.template_id}) to {args.out}"
          + (f"; {m} RL rows to {args.rl_out}" if m is not None else ""))
    return 0


def cmd_verifier_meta(args: argparse.Namespace) -> int:
    import pyarrow.parquet as pq

    from rubric_plugin.errors import RubricError
    from rubric_plugin.verifier_training.template_meta import template_of_rows, write_meta

    if not Path(args.model_dir).is_dir():
        return _fail("verifier-meta", f"{args.model_dir!r} is not a directory; give the finetuned model's Hugging "
                                      "Face directory (e.g. <checkpoint>/global_step_N/huggingface)")
    try:
        table = pq.read_table(args.data)
        if "template_id" in table.column_names:
            tid = template_of_rows(table.column("template_id").to_pylist())
        else:
            tid = template_of_rows(json.loads(gt)["template_id"]
                                   for gt in (r["ground_truth"] for r in table.column("reward_model").to_pylist()))
    except RubricError as e:
        return _fail("verifier-meta", e)
    path = write_meta(args.model_dir, tid, stage=args.stage, data=Path(args.data).name)
    print(f"wrote {path} (template {tid})")
    return 0


def add_verifier_training_parsers(sub: Any) -> None:
    t = sub.add_parser("labels-teacher", help="a strong judge labels every criterion of every response (teacher "
                                              "labels; concurrent, resumable)")
    t.add_argument("records")
    t.add_argument("responses", help="JSONL with record ids and responses (as for eval)")
    t.add_argument("overrides", nargs="*", help="Hydra overrides choosing the teacher judge, as for training")
    t.add_argument("--out", required=True, help="labels JSONL; appended to, so a rerun resumes")
    t.add_argument("--recipe", default=None)
    t.add_argument("--format", default="auto")
    t.add_argument("--concurrency", type=int, default=16)
    t.set_defaults(fn=cmd_labels_teacher)
    h = sub.add_parser("labels-import", help="human labels from CSV or JSONL (record_id, response, criterion_id, label)")
    h.add_argument("file")
    h.add_argument("--out", required=True)
    h.add_argument("--records", default=None, help="the rubric file, to check every label names a criterion")
    h.add_argument("--format", default="auto")
    h.set_defaults(fn=cmd_labels_import)
    s = sub.add_parser("labels-split", help="split labels by record (never by criterion), with class balance")
    s.add_argument("labels")
    s.add_argument("--out-dir", required=True)
    s.add_argument("--test", type=float, default=0.2)
    s.add_argument("--val", type=float, default=0.0)
    s.add_argument("--seed", type=int, default=0)
    s.set_defaults(fn=cmd_labels_split)
    d = sub.add_parser("verifier-data", help="verifier SFT parquet (the live verifier prompt + label verdicts) "
                                             "and optional RL parquet")
    d.add_argument("labels")
    d.add_argument("overrides", nargs="*", help="Hydra overrides choosing the verifier, as for training")
    d.add_argument("--records", required=True)
    d.add_argument("--out", required=True, help="SFT parquet (verl MultiTurnSFTDataset `messages`)")
    d.add_argument("--rl-out", default=None, help="RL parquet for recipes/verifier_rl (labels in reward_model)")
    d.add_argument("--split", default="train")
    d.add_argument("--recipe", default=None, help="take reward.rubric.verifier from this recipe")
    d.add_argument("--layout", default="prefix_shared", help="without overrides: the verifier's layout")
    d.add_argument("--mode", default="all", help="without overrides: the verifier's mode")
    d.add_argument("--reason-max-chars", type=int, default=200)
    d.add_argument("--format", default="auto")
    d.set_defaults(fn=cmd_verifier_data)
    m = sub.add_parser("verifier-meta", help="write the prompt-template id of training data into a finetuned model dir")
    m.add_argument("model_dir")
    m.add_argument("--data", required=True, help="the SFT or RL parquet the model was trained on")
    m.add_argument("--stage", default="sft", choices=["sft", "rl"])
    m.set_defaults(fn=cmd_verifier_meta)
