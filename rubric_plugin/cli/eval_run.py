"""The commands behind ``rubric-plugin eval --records ...`` and ``rubric-plugin eval compare A B``."""
from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path
from typing import Any

RESPONSES = "responses.jsonl"


def _fail(msg: str, code: int = 1) -> int:
    print(f"rubric-plugin eval: {msg}", file=sys.stderr)
    return code


def _responses(args: Any, items: list[Any], out: Path) -> dict[str, Any]:
    """The responses of ``items``: read from --responses, or generated (kept in ``out/responses.jsonl``
    so that a re-run judges the same responses and skips the rows already judged)."""
    from rubric_plugin.eval.generate import generate, policy_backend, read_responses
    from rubric_plugin.eval.harness import Progress

    if args.responses is not None:
        return read_responses(args.responses)
    have = read_responses(out / RESPONSES) if (out / RESPONSES).is_file() else {}
    todo = [it.record for it in items if it.record is not None and it.id not in have]
    got: dict[str, Any] = dict(have)
    if todo:
        backend = policy_backend(args.model, args.model_url, args.model_name)
        bar = Progress(len(todo), "generating", not args.no_progress)
        try:
            generated = asyncio.run(generate(backend, todo, args.max_new_tokens, args.temperature, bar))
        finally:
            bar.close()
            backend.close()
        with (out / RESPONSES).open("a", encoding="utf-8") as fh:
            for rid, (text, err) in generated.items():
                if err is None:
                    fh.write(json.dumps({"id": rid, "response": text}, ensure_ascii=False) + "\n")
        got.update({rid: (text, err) for rid, (text, err) in generated.items()})
    return got


def run_eval(args: Any) -> int:
    from rubric_plugin.cli.judge_config import judge_session, needs_judge, rubric_config
    from rubric_plugin.config import unset_verifier_error
    from rubric_plugin.convert import load_records
    from rubric_plugin.errors import RubricError
    from rubric_plugin.eval import harness
    from rubric_plugin.eval.protocols import JudgeContext
    from rubric_plugin.eval.report import write_report
    from rubric_plugin.eval.summary import summarize_rows

    if args.out is None:
        return _fail("pass --out DIR", 2)
    if (args.responses is None) == (args.model is None and args.model_url is None):
        return _fail("give the responses as --responses FILE, or a policy as --model PATH or --model-url URL", 2)
    protocols = args.protocol or ["rubric"]
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    try:
        loaded = load_records(args.records, args.format)
        for p in loaded.problems:
            print(f"BAD {p.render()} (counts as a failed row)", file=sys.stderr)
        items = harness.items_from_load(loaded)
        # the judge's config and wording are checked before any response is generated (hours on a big set)
        cfg, raw_cfg = rubric_config([a for a in args.args], args.recipe)
        if cfg.verifier is None and needs_judge(loaded.records, protocols):
            raise unset_verifier_error()
        templates = None
        if args.official_judge:
            from rubric_plugin.eval.advancedif_templates import load_official_templates

            templates = load_official_templates(args.official_judge)
        harness.attach_responses(items, _responses(args, items, out))
        judging = needs_judge(loaded.records, protocols) and harness.needs_judging(items, protocols, out) > 0
        with judge_session(cfg if judging else _no_judge(cfg)) as verifier:
            ctx = JudgeContext(verifier, cfg, args.routing, templates)
            rows = asyncio.run(harness.run(items, protocols, ctx, out, args.concurrency, not args.no_progress))
    except RubricError as e:
        return _fail(str(e))
    summary = summarize_rows(rows, protocols)
    judge = getattr(verifier, "name", None) if verifier is not None else _configured_name(cfg.verifier)
    model = getattr(getattr(verifier, "backend", None), "model", None)
    meta = {"records": str(args.records), "responses": str(args.responses or args.model or args.model_url),
            "protocols": ",".join(protocols), "judge": f"{judge} ({model})" if model else str(judge),
            "routing": args.routing, "judge wording": str(args.official_judge or "plugin")}
    summary = {"meta": meta, **summary}
    (out / harness.SUMMARY).write_text(json.dumps(summary, indent=2, sort_keys=True, default=str) + "\n", encoding="utf-8")
    write_report(out, summary, rows, meta)
    _print(summary)
    print(f"wrote {out / harness.ROWS}, {out / harness.SUMMARY}, {out / 'report.md'}, {out / 'report.html'}")
    return 0


def _configured_name(node: Any) -> str | None:
    """The configured verifier's name when it was not started (nothing left to judge, or no llm criteria)."""
    if isinstance(node, str) or node is None:
        return node
    return str(node.get("name") or node.get("_target_"))


def _no_judge(cfg: Any) -> Any:
    from dataclasses import replace

    return replace(cfg, verifier=None) if cfg.verifier is not None else cfg


def _print(summary: dict[str, Any]) -> None:
    for p, e in summary["protocols"].items():
        o = e["overall"]
        line = (f"{p:<11} rows {o['rows']:>5}  failed {o['failed']:>4}  all-or-nothing {100 * o['pass_rate']:5.1f}%  "
                f"fractional {100 * o['mean_fraction']:5.1f}%")
        if "official" in e:
            off = e["official"]["overall"]
            line += (f"  | official pass {100 * off['overall_pass_rate']:.1f}%  micro {100 * off['micro_pass_rate']:.1f}%"
                     f"  success {100 * off['success_rate']:.1f}%")
        if "ifeval" in e:
            f = e["ifeval"]
            line += (f"  | prompt strict {100 * f['prompt_strict']:.1f}% loose {100 * f['prompt_loose']:.1f}%  "
                     f"instruction strict {100 * f['instruction_strict']:.1f}% loose {100 * f['instruction_loose']:.1f}%")
        print(line)
        for c, b in e["by_category"].items():
            print(f"    {c:<28} {b['rows']:>5} rows  pass {100 * b['pass_rate']:5.1f}%")
        for f in e["failures"][:20]:
            print(f"    FAILED {f['id']}: {str(f['error'])[:160]}")


def run_compare(args: Any) -> int:
    from rubric_plugin.errors import RubricError
    from rubric_plugin.eval.compare import compare_dirs, render

    if len(args.args) != 3:
        return _fail("usage: rubric-plugin eval compare A B [--out DIR] (A, B: --out folders of two evaluations)", 2)
    try:
        result = compare_dirs(args.args[1], args.args[2], args.resamples, args.seed)
    except RubricError as e:
        return _fail(str(e))
    text = render(result)
    print(text, end="")
    if args.out:
        out = Path(args.out)
        out.mkdir(parents=True, exist_ok=True)
        (out / "compare.json").write_text(json.dumps(result, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        (out / "compare.md").write_text("```\n" + text + "```\n", encoding="utf-8")
    return 0
