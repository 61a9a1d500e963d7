"""Tiny offline models: a byte-level BPE tokenizer (ChatML template), a random Qwen2, and a
warm-started tiny *policy* that answers in a few words and stops.

Byte-level BPE decodes any text exactly, so responses survive the tokenize -> decode round trip
that verl's reward loop performs. Nothing is downloaded.

Why a warm start for the main job's policy: a random model emits its end-of-turn token with
probability ~1/400 per token, so almost every rollout hits the length limit and the truncation
veto zeroes it; nothing can be learned. A few seconds of next-token training on short ChatML
exchanges (answers of 3-7 words drawn uniformly from :data:`ANSWER_WORDS`) gives a policy that
finishes, whose word choice is the thing GRPO can move.
"""
from __future__ import annotations

import random
from pathlib import Path

CHATML = (
    "{% for message in messages %}<|im_start|>{{ message['role'] }}\n{{ message['content'] }}<|im_end|>\n{% endfor %}"
    "{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}"
)
SPECIAL = ["<|endoftext|>", "<|im_start|>", "<|im_end|>"]
_WORDS = ("the a response rubric criterion yes no does is are with without exactly words sentence section json "
          "hiking autumn lisbon milk nova bike doctor scattering sky blue gift ideas list title poem answer").split()


def _corpus(n_lines: int = 2000, seed: int = 0) -> list[str]:
    rng = random.Random(seed)
    return [" ".join(rng.choice(_WORDS) for _ in range(rng.randint(4, 16))) + rng.choice([".", "!", "?", ","]) for _ in range(n_lines)]


def build_tiny_tokenizer(out_dir: str | Path, vocab_size: int = 512) -> Path:
    """Train and save a tokenizer loadable with ``AutoTokenizer.from_pretrained(out_dir)``."""
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import PreTrainedTokenizerFast

    out = Path(out_dir)
    if (out / "tokenizer.json").exists():
        return out
    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(vocab_size=vocab_size, special_tokens=SPECIAL,
                                  initial_alphabet=pre_tokenizers.ByteLevel.alphabet())
    tok.train_from_iterator(_corpus(), trainer)
    fast = PreTrainedTokenizerFast(tokenizer_object=tok, eos_token="<|im_end|>", pad_token="<|endoftext|>",
                                   bos_token=None, unk_token=None)
    fast.chat_template = CHATML
    out.mkdir(parents=True, exist_ok=True)
    fast.save_pretrained(out)
    return out


def build_tiny_model(out_dir: str | Path, seed: int = 0) -> Path:
    """Save a tiny random ``Qwen2ForCausalLM`` (safetensors) next to the tiny tokenizer in ``out_dir``.

    The directory loads with ``AutoModelForCausalLM.from_pretrained`` and serves with ``vllm serve``.
    Shapes suit vLLM's CPU attention (head_dim 64). Weights are random: the model produces noise, which
    is all the plumbing tests need. Nothing is rebuilt when ``config.json`` already exists.
    """
    import torch
    from transformers import AutoTokenizer, Qwen2Config, Qwen2ForCausalLM

    out = Path(out_dir)
    if (out / "config.json").exists():
        return out
    build_tiny_tokenizer(out)
    tokenizer = AutoTokenizer.from_pretrained(out)
    config = Qwen2Config(
        vocab_size=len(tokenizer),
        hidden_size=128,
        intermediate_size=256,
        num_hidden_layers=2,
        num_attention_heads=2,
        num_key_value_heads=1,
        head_dim=64,
        max_position_embeddings=4096,
        tie_word_embeddings=True,
        bos_token_id=tokenizer.pad_token_id,
        eos_token_id=tokenizer.eos_token_id,
        pad_token_id=tokenizer.pad_token_id,
        dtype="bfloat16",
    )
    torch.manual_seed(seed)
    model = Qwen2ForCausalLM(config).to(torch.bfloat16)
    model.generation_config.eos_token_id = tokenizer.eos_token_id
    model.generation_config.pad_token_id = tokenizer.pad_token_id
    model.save_pretrained(out, safe_serialization=True)
    return out


#: Words of the warm-started policy's answers, drawn uniformly (none of them reads as a judge-addressed
#: note, a compliance claim or a verdict, so the shaping detectors stay silent on the base policy).
ANSWER_WORDS = ("the a blue sky bike milk nova autumn hiking lisbon doctor poem title list answer gift ideas "
                "with red tree river bread song").split()


def _exchanges(tokenizer, n: int, seed: int) -> list[list[int]]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        user = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(4, 12))) + "?"
        answer = " ".join(rng.choice(ANSWER_WORDS) for _ in range(rng.randint(3, 7))) + "."
        text = tokenizer.apply_chat_template([{"role": "user", "content": user}, {"role": "assistant", "content": answer}],
                                             tokenize=False)
        out.append(tokenizer.encode(text.rstrip("\n"), add_special_tokens=False))
    return out


def build_tiny_policy(out_dir: str | Path, seed: int = 0, steps: int = 150, lr: float = 3e-3) -> Path:
    """:func:`build_tiny_model`, then ``steps`` of next-token training on short ChatML exchanges
    (about 15 s of one CPU core). The saved model answers a question with 3-7 words and ends its
    turn; which words it picks is near uniform over :data:`ANSWER_WORDS`. Idempotent like
    :func:`build_tiny_model` (a ``warm_start.json`` marks a finished build)."""
    import json

    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    out = Path(out_dir)
    marker = out / "warm_start.json"
    if marker.exists():
        return out
    build_tiny_model(out, seed=seed)
    tokenizer = AutoTokenizer.from_pretrained(out)
    torch.manual_seed(seed)
    # one thread: the model is too small to gain from more, and on a busy machine torch's worker
    # threads spin waiting for each other (measured: 10x the CPU time of one thread)
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    model = AutoModelForCausalLM.from_pretrained(out, dtype=torch.float32)
    model.train()
    optim = torch.optim.AdamW(model.parameters(), lr=lr)
    data = _exchanges(tokenizer, n=steps * 32, seed=seed)
    pad = tokenizer.pad_token_id
    for step in range(steps):
        batch = data[step * 32:(step + 1) * 32]
        width = max(map(len, batch))
        ids = torch.tensor([b + [pad] * (width - len(b)) for b in batch])
        mask = torch.tensor([[1] * len(b) + [0] * (width - len(b)) for b in batch])
        labels = ids.masked_fill(mask == 0, -100)
        loss = model(input_ids=ids, attention_mask=mask, labels=labels).loss
        optim.zero_grad()
        loss.backward()
        optim.step()
    torch.set_num_threads(threads)
    model.to(torch.bfloat16).save_pretrained(out, safe_serialization=True)
    marker.write_text(json.dumps({"seed": seed, "steps": steps, "lr": lr, "final_loss": float(loss.detach())}))
    return out
