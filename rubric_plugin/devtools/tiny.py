"""Build a tiny byte-level BPE tokenizer (ChatML template) offline, in about a second.

Byte-level BPE decodes any text exactly, so responses survive the tokenize -> decode round trip
that verl's reward loop performs. Nothing is downloaded.
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
