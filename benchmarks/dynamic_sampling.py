"""Does DAPO dynamic sampling (``algorithm.filter_groups``) pay on the main job's learnable rubric?

A standalone replica of ``tiny_cpu``'s GRPO training (``benchmarks/_tiny_grpo.py``: the tiny policy,
the ``tiny_gift`` rubric, 8 prompts x 4 samples per step (``--n``), SGD lr 0.1). The reward is the rubric's
programmatic part under the all-or-nothing rule plus the truncation veto (the ``says_gift`` check
and an answer that ends its turn); the LLM criterion ("written in English?") is taken as passed.

Two settings, both given the same budgets of GENERATED samples:

* ``off``: every step trains on the 8 groups it generated.
* ``filter_groups``: verl 0.9.1's sync V1 replay buffer (``verl/trainer/ppo/v1/replay_buffer.py``,
  ``ReplayBuffer.sample``) with ``max_inflight_gen_batches=1``. A step dispatches 8 prompts; each
  finished group whose rewards all agree is evicted and earns 2 refill credits; refills are
  dispatched up to ``max_inflight_gen_batches x 8`` prompts in flight; once 8 groups with spread
  are sampleable, what is in flight is drained, 8 of them are trained on (verl orders them by the
  step that dispatched them, all equal in sync mode; the replica takes dispatch order) and the
  surplus is discarded. verl's V1 trainer ignores ``max_num_gen_batches`` (it logs a warning), so
  a step has no cap on generation rounds: the replica has none either, and the budget ends the run.
  The replica runs in rounds (a round's groups all finish before the buffer looks at them), where
  verl polls while requests run; the refill arithmetic is the same.

Prompts come from an endless stream of shuffled epochs, like verl's dataloader, so both settings
see the same prompt order for a seed. A budget of ``N`` generated samples is read as "the policy
after every step whose samples all lie within the first ``N``": the held-out pass rate is measured
just before the generator would go past ``N`` (every held-out prompt x ``--eval-n`` samples, with
its own random stream so evaluation never perturbs training).

Printed per run: the effective-batch fraction (samples with a non-zero advantage / samples trained
on), steps trained, samples trained / generated, held-out pass rate (fraction of finished answers)
at each budget, the held-out pass rate after ``--step-marks`` training steps (equal training
compute: every step trains 8 groups) where the budget reached them, wall time; then means over seeds.

    nice -n 19 python benchmarks/dynamic_sampling.py [--seeds 5] [--budgets 160,320,640] [--eval-n 16] [--n 4]
"""
from __future__ import annotations

import argparse
import random
import sys
import time

from _tiny_grpo import BATCH_PROMPTS, GROUP, LR, TinySetup, grpo_step

SETTINGS = ("off", "filter_groups")


def prompt_stream(records, seed: int):
    """Endless shuffled epochs over ``records`` (a shuffling dataloader)."""
    rng = random.Random(seed)
    while True:
        epoch = list(records)
        rng.shuffle(epoch)
        yield from epoch


def no_signal(group) -> bool:
    """verl's test: a group of more than one member whose metric values all agree (np.std == 0)."""
    return len(group) > 1 and len({s.reward for s in group}) == 1


class BudgetSpent(Exception):
    pass


class Run:
    """One training run: counts generated samples and evaluates the policy at each budget."""

    def __init__(self, setup: TinySetup, seed: int, budgets: list[int], eval_n: int, max_inflight: int,
                 n: int = GROUP, step_marks: tuple[int, ...] = ()):
        import torch

        self.setup, self.seed, self.eval_n, self.max_inflight, self.n = setup, seed, eval_n, max_inflight, n
        self.budgets = list(budgets)
        torch.manual_seed(seed)
        self.model = setup.fresh_policy()
        self.opt = torch.optim.SGD(self.model.parameters(), lr=LR)
        self.prompts = prompt_stream(setup.train, seed)
        self.generated = self.trained = self.nonzero = self.steps = 0
        self.marks: dict[int, tuple[float, float]] = {0: self.evaluate(0)}
        self.step_marks = set(step_marks)
        self.at_step: dict[int, tuple[float, float]] = {}

    def evaluate(self, mark: int, salt: int = 0) -> tuple[float, float]:
        import torch

        with torch.random.fork_rng():
            torch.manual_seed(10_000 * (self.seed + 1) + mark + salt)
            return self.setup.evaluate(self.model, self.eval_n)

    def generate(self, n_prompts: int) -> list:
        """``n_prompts`` fresh groups; evaluates (and stops the run) before the generator passes a budget."""
        groups = []
        for _ in range(n_prompts):
            while self.budgets and self.generated + self.n > self.budgets[0]:
                mark = self.budgets.pop(0)
                self.marks[mark] = self.evaluate(mark)
            if not self.budgets:
                raise BudgetSpent
            self.model.eval()
            groups.append(self.setup.sample(self.model, next(self.prompts), self.n))
            self.generated += self.n
        return groups

    def collect(self, filtering: bool) -> list:
        """The groups of one step: the first batch as is, or verl's sync DAPO refill loop."""
        if not filtering:
            return self.generate(BATCH_PROMPTS)
        kept, credit, dispatch = [], 0, BATCH_PROMPTS
        while True:
            finished = self.generate(dispatch)
            evicted = [g for g in finished if no_signal(g)]
            kept += [g for g in finished if not no_signal(g)]
            if len(kept) >= BATCH_PROMPTS:
                return kept[:BATCH_PROMPTS]
            credit += 2 * len(evicted)
            dispatch = min(credit, self.max_inflight * BATCH_PROMPTS)
            credit -= dispatch

    def train(self, filtering: bool) -> None:
        try:
            while True:
                groups = self.collect(filtering)
                adv = grpo_step(self.model, self.opt, groups)
                self.steps += 1
                self.trained += len(adv)
                self.nonzero += sum(a != 0.0 for a in adv)
                if self.steps in self.step_marks:
                    self.at_step[self.steps] = self.evaluate(self.steps, salt=5_000)
        except BudgetSpent:
            pass


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seeds", type=int, default=5)
    ap.add_argument("--budgets", default="160,320,640", help="comma-separated budgets of generated samples")
    ap.add_argument("--eval-n", type=int, default=16, help="samples per held-out prompt at each budget")
    ap.add_argument("--max-inflight-gen-batches", type=int, default=1)
    ap.add_argument("--n", type=int, default=GROUP, help="samples per prompt (tiny_cpu: 4; the GPU recipes: 8)")
    ap.add_argument("--step-marks", default="10", help="also measure after these training steps (if reached)")
    ap.add_argument("--settings", default=",".join(SETTINGS))
    args = ap.parse_args(argv)
    budgets = sorted(int(b) for b in args.budgets.split(","))
    step_marks = sorted(int(m) for m in args.step_marks.split(",") if m)
    settings = [s for s in args.settings.split(",") if s]
    unknown = set(settings) - set(SETTINGS)
    if unknown:
        ap.error(f"--settings {sorted(unknown)!r}: choose from {list(SETTINGS)}")

    setup = TinySetup()
    print(f"{len(setup.train)} train / {len(setup.held)} held-out prompts, {BATCH_PROMPTS} prompts x {args.n} "
          f"samples per step, SGD lr {LR}, held-out {len(setup.held)} x {args.eval_n} samples, {args.seeds} seeds, "
          f"max_inflight_gen_batches {args.max_inflight_gen_batches}\n")
    head = " | ".join([f"pass @{b} gen" for b in budgets] + [f"pass @step {m}" for m in step_marks])
    print(f"| setting | seed | effective-batch fraction | steps | trained / generated | pass @0 | {head} | s |")
    print("|---|---:|---:|---:|---:|---|" + "---|" * (len(budgets) + len(step_marks)) + "---:|")
    summary: dict[str, list[list[float]]] = {}
    for setting in settings:
        for seed in range(args.seeds):
            t0 = time.time()
            run = Run(setup, seed, budgets, args.eval_n, args.max_inflight_gen_batches, args.n, tuple(step_marks))
            run.train(setting == "filter_groups")
            frac = run.nonzero / run.trained if run.trained else float("nan")
            cells = " | ".join([f"{run.marks[m][0]:.2f} ({run.marks[m][1]:.2f})" for m in (0, *budgets)]
                               + [f"{run.at_step[m][0]:.2f}" if m in run.at_step else "-" for m in step_marks])
            print(f"| {setting} | {seed} | {frac:.2f} | {run.steps} | {run.trained} / {run.generated} | {cells} | "
                  f"{time.time() - t0:.0f} |", flush=True)
            summary.setdefault(setting, []).append([frac, *(run.marks[m][0] for m in budgets),
                                                    *(run.at_step.get(m, (float("nan"),))[0] for m in step_marks)])
    print("\nmean over seeds:")
    for setting, rows in summary.items():
        means = [sum(col) / len(col) for col in zip(*rows)]
        passes = ", ".join([f"@{b} gen: {v:.2f}" for b, v in zip(budgets, means[1:])]
                           + [f"@step {m}: {v:.2f}" for m, v in zip(step_marks, means[1 + len(budgets):])])
        print(f"  {setting}: effective-batch fraction {means[0]:.2f}; held-out pass {passes}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
