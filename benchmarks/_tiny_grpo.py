"""The main job's tiny GRPO setup, replayed standalone (shared by the tiny-policy benchmarks).

What ``tiny_cpu`` trains (docs/main-job.md): the ``tiny_gift`` rubric (8 train / 8 held-out
prompts), the tiny policy from :func:`rubric_plugin.devtools.tiny.build_tiny_policy`, groups of 4
samples at temperature 1 (max 32 tokens), plain SGD at lr 0.1. One training step is verl's GRPO step
on policy: the group-normalised advantage, verl's token-mean policy-gradient loss (the PPO ratio is
1, so the clip is inactive), the gradient norm clipped to 1, one optimizer step.

The reward is the rubric's programmatic part under the all-or-nothing rule plus the truncation veto:
the ``says_gift`` check (the plugin's own check) and an answer that ends its turn. The LLM criterion
("written in English?") is taken as passed: these benchmarks measure the policy side, not the judge.
"""
from __future__ import annotations

import tempfile
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

GROUP = 4
BATCH_PROMPTS = 8
MAX_NEW_TOKENS = 32
LR = 0.1


@dataclass
class Sample:
    prompt: list[int]
    response: list[int]
    finished: bool
    reward: float


class TinySetup:
    """Data, tokenizer and a fresh-policy factory; :meth:`sample` generates and scores one group per record."""

    def __init__(self) -> None:
        import torch
        from transformers import AutoTokenizer
        from transformers.utils import logging as hf_logging

        from rubric_plugin.convert.files import load_records
        from rubric_plugin.devtools.tiny import build_tiny_policy

        torch.set_num_threads(1)
        hf_logging.disable_progress_bar()
        examples = resources.files("rubric_plugin") / "examples"
        self.train = list(load_records(Path(str(examples / "tiny_gift_train.jsonl"))).records)
        self.held = list(load_records(Path(str(examples / "tiny_gift_heldout.jsonl"))).records)
        self.policy_dir = build_tiny_policy(Path(tempfile.mkdtemp(prefix="tiny_policy_")) / "model")
        self.tok = AutoTokenizer.from_pretrained(self.policy_dir)
        self.eos = self.tok.convert_tokens_to_ids("<|im_end|>")
        self._prompt_ids: dict[int, list[int]] = {}

    def fresh_policy(self):
        import torch
        from transformers import AutoModelForCausalLM

        return AutoModelForCausalLM.from_pretrained(self.policy_dir, dtype=torch.float32)

    def prompt_ids(self, record) -> list[int]:
        key = id(record)
        if key not in self._prompt_ids:
            msgs = [{"role": m.role, "content": m.content} for m in record.messages]
            text = self.tok.apply_chat_template(msgs, add_generation_prompt=True, tokenize=False)
            self._prompt_ids[key] = self.tok.encode(text, add_special_tokens=False)
        return self._prompt_ids[key]

    def reward(self, record, finished: bool, text: str) -> float:
        from rubric_plugin.scoring import check_verdicts
        from rubric_plugin.verdicts import passes

        checks = check_verdicts(record, text)
        penalty = {c.id: c.penalty for c in record.criteria}
        return float(finished and all(passes(v.satisfied, penalty[cid]) for cid, v in checks.items()))

    def sample(self, model, record, n: int = GROUP) -> list[Sample]:
        """One group: ``n`` samples of ``record`` at temperature 1, each scored."""
        import torch

        ids = torch.tensor([self.prompt_ids(record)])
        with torch.no_grad():
            gen = model.generate(ids, attention_mask=torch.ones_like(ids), do_sample=True, temperature=1.0, top_k=0,
                                 top_p=1.0, max_new_tokens=MAX_NEW_TOKENS, num_return_sequences=n,
                                 eos_token_id=self.eos, pad_token_id=self.tok.pad_token_id)
        out = []
        for row in gen:
            resp = row[ids.shape[1]:].tolist()
            finished = self.eos in resp
            resp = resp[:resp.index(self.eos) + 1] if finished else resp
            text = self.tok.decode(resp, skip_special_tokens=True)
            out.append(Sample(ids[0].tolist(), resp, finished, self.reward(record, finished, text)))
        return out

    def evaluate(self, model, n: int = GROUP) -> tuple[float, float]:
        """Held-out pass rate and fraction of finished answers (every held-out prompt x ``n`` samples)."""
        model.eval()
        s = [x for record in self.held for x in self.sample(model, record, n)]
        return sum(x.reward for x in s) / len(s), sum(x.finished for x in s) / len(s)


def group_advantages(groups: list[list[Sample]]) -> list[float]:
    """GRPO's outcome advantage per sample: (r - group mean) / (group std + 1e-6), unbiased std as verl's."""
    import torch

    out: list[float] = []
    for g in groups:
        r = torch.tensor([s.reward for s in g])
        out += (((r - r.mean()) / (r.std() + 1e-6)) if len(g) > 1 else torch.zeros_like(r)).tolist()
    return out


def grpo_step(model, opt, groups: list[list[Sample]]) -> list[float]:
    """One on-policy GRPO step on ``groups``; returns the advantages (one per sample, group order)."""
    import torch

    samples = [s for g in groups for s in g]
    adv = group_advantages(groups)
    model.train()
    opt.zero_grad()
    n_tokens = sum(len(s.response) for s in samples)
    for s, a in zip(samples, adv):
        if a == 0.0:
            continue
        logits = model(torch.tensor([s.prompt + s.response])).logits[0, len(s.prompt) - 1:-1]
        logp = torch.log_softmax(logits.float(), -1).gather(1, torch.tensor(s.response).view(-1, 1)).sum()
        (-(a * logp) / n_tokens).backward()
    torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
    opt.step()
    return adv
