"""Which optimizer lets the main job's tiny policy learn the ``tiny_gift`` rubric (docs/main-job.md).

A standalone replica of one verl GRPO step as ``tiny_cpu`` runs it: 8 prompts x 4 samples at
temperature 1 (max 32 tokens), the group-normalised advantage, verl's token-mean policy-gradient
loss (on-policy, so the PPO ratio is 1 and the clip inactive), gradient norm clipped to 1, one
optimizer step per training step. The reward is the rubric's programmatic part under the
all-or-nothing rule plus the truncation veto: the ``says_gift`` check (the plugin's own check) and
an answer that ends its turn. The LLM criterion ("written in English?") is taken as passed: this
script measures the policy side, not the judge.

For each optimizer setting and seed it prints the held-out pass rate (8 held-out prompts x 4
samples) and the fraction of finished answers at steps 0, 10 and 20.

    python benchmarks/tiny_policy_optimizer.py [--seeds 3] [--steps 20]
"""
from __future__ import annotations

import argparse
import random
import sys
import time

SETTINGS = {  # name: (optimizer, lr)
    "AdamW lr 3e-3 (tiny_cpu before)": ("AdamW", 3e-3),
    "AdamW lr 1e-3": ("AdamW", 1e-3),
    "SGD lr 0.1 (tiny_cpu now)": ("SGD", 0.1),
}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seeds", type=int, default=3)
    ap.add_argument("--first-seed", type=int, default=0)
    ap.add_argument("--steps", type=int, default=20)
    ap.add_argument("--settings", default="",
                    help="comma-separated OPTIMIZER:LR pairs (e.g. SGD:0.2,SGD:0.3) instead of the built-in table")
    ap.add_argument("--marks", default="10", help="comma-separated steps at which to measure besides 0 and the last")
    args = ap.parse_args(argv)
    settings = ({f"{o} lr {lr}": (o, float(lr)) for o, lr in (p.split(":") for p in args.settings.split(","))}
                if args.settings else SETTINGS)
    marks_at = sorted({int(m) for m in args.marks.split(",") if m} | {args.steps})

    import torch

    from _tiny_grpo import TinySetup, grpo_step

    setup = TinySetup()
    train, held = setup.train, setup.held

    print(f"{len(train)} train / {len(held)} held-out prompts, {args.steps} steps, {args.seeds} seeds\n")
    print("| setting | seed | held-out pass (finished) step 0 | " + " | ".join(f"step {m}" for m in marks_at) + " | s |")
    print("|---|---:|---|" + "---|" * len(marks_at) + "---:|")
    finals: dict[str, list[float]] = {}
    for name, (opt_name, lr) in settings.items():
        for seed in range(args.first_seed, args.first_seed + args.seeds):
            model = setup.fresh_policy()
            opt = (torch.optim.SGD(model.parameters(), lr=lr) if opt_name == "SGD"
                   else torch.optim.AdamW(model.parameters(), lr=lr, weight_decay=0.01, betas=(0.9, 0.999)))
            torch.manual_seed(seed)
            random.seed(seed)
            t0 = time.time()
            marks = {0: setup.evaluate(model)}
            for step in range(1, args.steps + 1):
                model.eval()
                grpo_step(model, opt, [setup.sample(model, r) for r in random.sample(train, min(8, len(train)))])
                if step in marks_at:
                    marks[step] = setup.evaluate(model)
            cells = [f"{marks[s][0]:.2f} ({marks[s][1]:.2f})" if s in marks else "-" for s in (0, *marks_at)]
            print(f"| {name} | {seed} | " + " | ".join(cells) + f" | {time.time() - t0:.0f} |", flush=True)
            finals.setdefault(name, []).append(marks[args.steps][0])
    print("\nheld-out pass rate at the last step, mean over seeds (goal of the main job: >= 0.8):")
    for name, values in finals.items():
        print(f"  {name}: {sum(values) / len(values):.2f}  (runs reaching 0.8: {sum(v >= 0.8 for v in values)}/{len(values)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
