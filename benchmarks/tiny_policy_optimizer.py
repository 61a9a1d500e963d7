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
import tempfile
import time
from importlib import resources
from pathlib import Path

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
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from rubric_plugin.convert.files import load_records
    from rubric_plugin.devtools.tiny import build_tiny_policy
    from rubric_plugin.scoring import check_verdicts
    from rubric_plugin.verdicts import passes

    torch.set_num_threads(1)
    examples = resources.files("rubric_plugin") / "examples"
    train = list(load_records(Path(str(examples / "tiny_gift_train.jsonl"))).records)
    held = list(load_records(Path(str(examples / "tiny_gift_heldout.jsonl"))).records)
    policy_dir = build_tiny_policy(Path(tempfile.mkdtemp(prefix="tiny_policy_")) / "model")
    tok = AutoTokenizer.from_pretrained(policy_dir)
    eos = tok.convert_tokens_to_ids("<|im_end|>")

    def prompt_ids(record) -> list[int]:
        msgs = [{"role": m.role, "content": m.content} for m in record.messages]
        return tok.encode(tok.apply_chat_template(msgs, add_generation_prompt=True, tokenize=False), add_special_tokens=False)

    def reward(record, finished: bool, text: str) -> float:
        checks = check_verdicts(record, text)
        penalty = {c.id: c.penalty for c in record.criteria}
        return float(finished and all(passes(v.satisfied, penalty[cid]) for cid, v in checks.items()))

    def sample(model, records, n):
        out = []
        for record in records:
            ids = torch.tensor([prompt_ids(record)])
            with torch.no_grad():
                gen = model.generate(ids, attention_mask=torch.ones_like(ids), do_sample=True, temperature=1.0, top_k=0,
                                     top_p=1.0, max_new_tokens=32, num_return_sequences=n, eos_token_id=eos,
                                     pad_token_id=tok.pad_token_id)
            for row in gen:
                resp = row[ids.shape[1]:].tolist()
                finished = eos in resp
                resp = resp[:resp.index(eos) + 1] if finished else resp
                text = tok.decode(resp, skip_special_tokens=True)
                out.append((ids[0].tolist(), resp, finished, reward(record, finished, text)))
        return out

    def evaluate(model):
        model.eval()
        s = sample(model, held, 4)
        return sum(r for *_, r in s) / len(s), sum(f for _, _, f, _ in s) / len(s)

    print(f"{len(train)} train / {len(held)} held-out prompts, {args.steps} steps, {args.seeds} seeds\n")
    print("| setting | seed | held-out pass (finished) step 0 | " + " | ".join(f"step {m}" for m in marks_at) + " | s |")
    print("|---|---:|---|" + "---|" * len(marks_at) + "---:|")
    finals: dict[str, list[float]] = {}
    for name, (opt_name, lr) in settings.items():
        for seed in range(args.first_seed, args.first_seed + args.seeds):
            model = AutoModelForCausalLM.from_pretrained(policy_dir, dtype=torch.float32)
            opt = (torch.optim.SGD(model.parameters(), lr=lr) if opt_name == "SGD"
                   else torch.optim.AdamW(model.parameters(), lr=lr, weight_decay=0.01, betas=(0.9, 0.999)))
            torch.manual_seed(seed)
            random.seed(seed)
            t0 = time.time()
            marks = {0: evaluate(model)}
            for step in range(1, args.steps + 1):
                model.eval()
                batch = sample(model, random.sample(train, min(8, len(train))), 4)
                rewards = torch.tensor([r for *_, r in batch]).view(-1, 4)
                adv = ((rewards - rewards.mean(1, keepdim=True)) / (rewards.std(1, keepdim=True) + 1e-6)).view(-1)
                model.train()
                opt.zero_grad()
                n_tokens = sum(len(resp) for _, resp, _, _ in batch)
                for (p, resp, _, _), a in zip(batch, adv):
                    if float(a) == 0.0:
                        continue
                    logits = model(torch.tensor([p + resp])).logits[0, len(p) - 1:-1]
                    logp = torch.log_softmax(logits.float(), -1).gather(1, torch.tensor(resp).view(-1, 1)).sum()
                    (-(a * logp) / n_tokens).backward()
                torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
                opt.step()
                if step in marks_at:
                    marks[step] = evaluate(model)
            cells = [f"{marks[s][0]:.2f} ({marks[s][1]:.2f})" if s in marks else "-" for s in (0, *marks_at)]
            print(f"| {name} | {seed} | " + " | ".join(cells) + f" | {time.time() - t0:.0f} |", flush=True)
            finals.setdefault(name, []).append(marks[args.steps][0])
    print("\nheld-out pass rate at the last step, mean over seeds (goal of the main job: >= 0.8):")
    for name, values in finals.items():
        print(f"  {name}: {sum(values) / len(values):.2f}  (runs reaching 0.8: {sum(v >= 0.8 for v in values)}/{len(values)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
