"""Pipeline throughput of the LLM verifier against a judge endpoint of known capacity.

The endpoint (rubric_plugin.devtools.judge_endpoint, its own process) answers every request after
exactly ``--latency`` seconds and serves at most ``--endpoint-concurrency`` at once, so it can do
``concurrency / latency`` requests per second and no more. The pipeline is the plugin's real
scoring path: render the prefix-shared prompt, POST through the pooled aiohttp backend (structured
output), parse and check the verdicts, aggregate. The figure is responses scored per second over
``--responses`` distinct responses, as a fraction of the endpoint's capacity (goal: >= 90%).

The default endpoint is 64 concurrent requests at 0.05 s each: 1,280 requests per second. The
endpoint runs on the same machine as the client and shares its cores; its slots follow a nominal
schedule, so its own process's delays do not lower that capacity. The client keeps 128 requests in
flight (``--client-concurrency``), twice the endpoint's slots, so the endpoint's queue never runs dry
while the client handles a wave of answers.

    .venv/bin/python benchmarks/pipeline_throughput.py [--responses 2000] [--latency 0.05] [--profile N]

``--no-http RUNS`` measures the scoring path alone: the same responses through an in-process judge
(the request body encoded and the answer parsed as over HTTP, no transport), client CPU per response.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import math
import os
import time

from rubric_plugin.config import RubricRewardConfig
from rubric_plugin.devtools.judge_endpoint import JudgeEndpoint
from rubric_plugin.devtools.workload import make_workload
from rubric_plugin.scoring import score_batch
from rubric_plugin.verifier.base import ChatBackend
from rubric_plugin.verifier.http import OpenAIChatBackend
from rubric_plugin.verifier.http_response import _completion
from rubric_plugin.verifier.llm import LLMVerifier


class InProcessJudge(ChatBackend):
    """``--no-http``: the HTTP backend's request body and response parsing with no transport; the
    synthetic endpoint's answer is computed in-process (and counted in the client's CPU)."""

    model = "synthetic-judge"

    def __init__(self):
        self.http = OpenAIChatBackend("http://127.0.0.1:9/v1", model=self.model)

    async def complete(self, request, timeout_s=None):
        import orjson

        from rubric_plugin.devtools.judge_endpoint import completion

        body = orjson.loads(orjson.dumps(self.http.body(request)))
        answer = orjson.dumps(completion(body, self.model)).decode()
        return _completion("in-process", 200, answer, None, request.max_tokens)


def no_http(pairs, runs: int) -> None:
    """Client CPU per response of the scoring path alone (render, key, cache, parse, aggregate)."""
    figures = []
    for _ in range(runs):
        verifier = LLMVerifier(InProcessJudge(), name="bench")
        cpu = time.process_time()
        asyncio.run(score_batch(pairs, verifier, RubricRewardConfig()))
        figures.append(round(1000 * (time.process_time() - cpu) / len(pairs), 3))
    print(json.dumps({"responses": len(pairs), "no_http_client_cpu_ms_per_response": figures,
                      "load_avg_1m": round(os.getloadavg()[0], 2)}))


async def run(base_url: str, pairs, client_concurrency: int, warm=(), on_warm=None):
    backend = OpenAIChatBackend(base_url, model="synthetic-judge", max_concurrency=client_concurrency, timeout_s=60)
    verifier = LLMVerifier(backend, name="bench", retry={"max_retries": 2, "backoff_base_s": 0.1})
    if warm:  # open the pool's connections in this event loop, as a trainer's earlier steps would have
        await score_batch(warm, verifier, RubricRewardConfig())
        verifier.stats.snapshot(reset=True)
        if on_warm is not None:
            on_warm()
    start, cpu = time.perf_counter(), time.process_time()
    results = await score_batch(pairs, verifier, RubricRewardConfig())
    wall = time.perf_counter() - start
    cpu = time.process_time() - cpu  # the client's own CPU time (the endpoint is another process)
    await verifier.aclose()
    return results, wall, cpu, verifier.stats.snapshot()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--responses", type=int, default=2000)
    ap.add_argument("--group-size", type=int, default=8)
    ap.add_argument("--criteria", type=int, default=8)
    ap.add_argument("--latency", type=float, default=0.05, help="endpoint seconds per request")
    ap.add_argument("--endpoint-concurrency", type=int, default=64)
    ap.add_argument("--client-concurrency", type=int, default=128,
                    help="backend.max_concurrency; above the endpoint's, so its queue stays fed while the client "
                         "handles a wave of answers (as with a vLLM judge: set it above the server's batch size)")
    ap.add_argument("--json", action="store_true", help="print one JSON line instead of a table")
    ap.add_argument("--profile", type=int, default=0, metavar="N",
                    help="also print the client's top N functions by own time (cProfile over the measured run)")
    ap.add_argument("--no-http", type=int, default=0, metavar="RUNS",
                    help="instead: RUNS runs of the scoring path with an in-process judge (no transport), "
                         "client CPU per response of each")
    args = ap.parse_args()

    n_prompts = math.ceil(args.responses / args.group_size)
    pairs = make_workload(n_prompts, n_responses=args.group_size, n_criteria=args.criteria)[: args.responses]
    if args.no_http:
        no_http(pairs, args.no_http)
        return
    with JudgeEndpoint(latency=args.latency, max_concurrency=args.endpoint_concurrency) as ep:
        # warm the endpoint and the pool's connections with other responses in the same event loop,
        # then measure from clean counters
        warm = make_workload(math.ceil(2 * args.client_concurrency / args.group_size), n_responses=args.group_size,
                             n_criteria=args.criteria, seed=99)
        profiler = None
        if args.profile:
            import cProfile

            profiler = cProfile.Profile()
            profiler.enable()
        results, wall, cpu_s, stats = asyncio.run(run(ep.base_url, pairs, args.client_concurrency, warm, ep.reset_stats))
        if profiler is not None:
            profiler.disable()
        served = ep.stats()
    scored = sum(r.scorable for r in results)
    throughput = scored / wall
    capacity = args.endpoint_concurrency / args.latency
    out = {
        "responses": len(pairs), "scored": scored, "unscorable": len(pairs) - scored,
        "wall_s": round(wall, 2), "responses_per_s": round(throughput, 1), "capacity_per_s": round(capacity, 1),
        "fraction_of_capacity": round(throughput / capacity, 4),
        # load-insensitive: client CPU per response, and what one free core could score at that cost
        "client_cpu_ms_per_response": round(1000 * cpu_s / len(pairs), 3),
        "one_core_bound_per_s": round(len(pairs) / cpu_s, 1) if cpu_s > 0 else None,
        # the endpoint's own CPU per request (its process shares the client's cores; a real judge's does not)
        "endpoint_cpu_ms_per_request": round(1000 * served["cpu_s"] / max(served["requests"], 1), 3),
        "endpoint_requests": served["requests"], "endpoint_max_in_flight": served["max_in_flight"],
        "client_requests": stats["verifier/requests"], "retries": stats["verifier/retries"],
        "latency_p50_s": round(stats["verifier/latency_p50_s"], 3), "latency_p95_s": round(stats["verifier/latency_p95_s"], 3),
        # other jobs on the machine take cores from the client and the endpoint: report the figures beside it
        "load_avg_1m": round(os.getloadavg()[0], 2),
    }
    if args.json:
        print(json.dumps(out))
        return
    print(f"pipeline throughput: {len(pairs)} responses x {args.criteria} criteria, endpoint latency {args.latency:g} s, "
          f"endpoint concurrency {args.endpoint_concurrency}, client concurrency {args.client_concurrency}")
    for k, v in out.items():
        print(f"  {k:24s} {v}")
    print(f"  => {100 * throughput / capacity:.1f}% of the endpoint's capacity (goal >= 90%)")
    if profiler is not None:
        import pstats

        print(f"client profile (top {args.profile} by own time; the profiler itself slows the run):")
        pstats.Stats(profiler).sort_stats(os.environ.get("PROFILE_SORT", "tottime")).print_stats(args.profile)


if __name__ == "__main__":
    main()
