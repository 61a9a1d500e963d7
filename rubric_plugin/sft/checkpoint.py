"""A trained SFT checkpoint as a Hugging Face directory that transformers and vLLM load.

verl's SFT trainer writes ``<trainer.default_local_dir>/global_step_N/`` with sharded model and
optimiser states, and ``huggingface/`` beside them: the config and tokenizer always, the full
weights too when ``checkpoint.save_contents`` holds ``hf_model`` (the plugin's recipes set it).
:func:`export_hf` copies those weights, or, for a checkpoint saved without them, runs verl's model
merger (``python -m verl.model_merger merge --backend fsdp|megatron``) on the shards. Either way
the result is checked (:func:`check_hf_dir`) before it is handed to ``generate`` or a verifier.
:func:`check_model_dir` is the load-time check of a config key that names a model folder: a
training checkpoint given in place of its export, or an incomplete export, is refused with the fix.

From the shell::

    python -m rubric_plugin.sft.checkpoint CKPT OUT [--merge] [--backend fsdp|megatron]

``CKPT`` is a ``global_step_N`` folder or the run's ``trainer.default_local_dir`` (its latest
checkpoint); ``OUT`` then serves as a generator (``generate generator=vllm_engine
generator.backend.model=OUT``) or a verifier.
"""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

from rubric_plugin.errors import ConfigError

TRACKER = "latest_checkpointed_iteration.txt"
HF_SUBDIR = "huggingface"


def _weights(path: Path) -> list[Path]:
    return sorted([*path.glob("*.safetensors"), *path.glob("pytorch_model*.bin")])


def latest_checkpoint(default_local_dir: str | Path) -> Path:
    """``global_step_N`` of the last checkpoint verl recorded (its tracker file, else the highest N)."""
    root = Path(default_local_dir)
    tracker = root / TRACKER
    if tracker.is_file():
        step = root / f"global_step_{tracker.read_text().strip()}"
        if step.is_dir():
            return step
    steps = [p for p in root.glob("global_step_*") if re.fullmatch(r"global_step_\d+", p.name) and p.is_dir()]
    if not steps:
        raise ConfigError(f"no checkpoint under {str(root)!r} (no global_step_N folder): point at "
                          "trainer.default_local_dir of a finished run, or set trainer.save_freq")
    return max(steps, key=lambda p: int(p.name.rsplit("_", 1)[1]))


def check_hf_dir(path: str | Path) -> Path:
    """``path`` if it holds a config, weights and a tokenizer; otherwise ConfigError naming what is missing."""
    p = Path(path)
    missing = []
    if not (p / "config.json").is_file():
        missing.append("config.json")
    if not _weights(p):
        missing.append("weights (*.safetensors)")
    if not ((p / "tokenizer.json").is_file() or (p / "tokenizer_config.json").is_file()):
        missing.append("tokenizer")
    if missing:
        raise ConfigError(f"{str(p)!r} is not a complete Hugging Face model directory: missing {', '.join(missing)}; "
                          "export it with python -m rubric_plugin.sft.checkpoint <global_step_N> <target> "
                          "(in Python: rubric_plugin.sft.checkpoint.export_hf)")
    return p


def _is_training_checkpoint(p: Path) -> bool:
    """A verl run folder (``default_local_dir``) or one of its ``global_step_N`` folders."""
    return ((p / TRACKER).is_file() or re.fullmatch(r"global_step_\d+", p.name) is not None
            or any(re.fullmatch(r"global_step_\d+", q.name) for q in p.glob("global_step_*")))


def check_model_dir(model: str | Path, key: str) -> None:
    """Fail at load time when the model that config key ``key`` names cannot be an exported model.

    ``model`` is left alone when it is not a local path (a model id for vLLM to resolve). A verl
    training checkpoint given instead of its export, a missing folder, and a folder without its
    config, weights or tokenizer are each a ConfigError naming the key, the value and the command
    that fixes it, before any engine is built.
    """
    text = str(model)
    p = Path(text).expanduser()
    local = text.startswith(("/", ".", "~")) or p.exists()
    if not local or p.is_file():  # a model id, or a single-file model (GGUF) that vLLM reads itself
        return
    export = f"python -m rubric_plugin.sft.checkpoint {text} OUT, then {key}=OUT"
    if not p.is_dir():
        raise ConfigError(f"{key}={text!r} does not exist: point it at a Hugging Face model directory "
                          "(a finetuned model: the OUT of python -m rubric_plugin.sft.checkpoint CKPT OUT)")
    if _is_training_checkpoint(p) and not (p / "config.json").is_file():
        raise ConfigError(f"{key}={text!r} is a verl training checkpoint, not a model directory: export it "
                          f"first with {export}")
    try:
        check_hf_dir(p)
    except ConfigError as e:
        raise ConfigError(f"{key}: {e}") from None


def _merge(step: Path, target: Path, backend: str) -> None:
    cmd = [sys.executable, "-m", "verl.model_merger", "merge", "--backend", backend,
           "--local_dir", str(step), "--target_dir", str(target)]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        tail = "\n".join((proc.stdout + proc.stderr).splitlines()[-20:])
        raise ConfigError(f"verl's model merger failed on {str(step)!r} (exit {proc.returncode}): {tail}")


def export_hf(checkpoint: str | Path, target_dir: str | Path, backend: str = "fsdp", merge: bool = False) -> Path:
    """Write the model of ``checkpoint`` (a ``global_step_N`` folder, or the run's
    ``default_local_dir`` for its latest one) to ``target_dir`` in Hugging Face format.

    The ``hf_model`` weights saved with the checkpoint are copied when present; ``merge=True``, or
    a checkpoint without them, runs verl's model merger for ``backend`` (``fsdp`` or ``megatron``).
    """
    step = Path(checkpoint)
    if not step.name.startswith("global_step_"):
        step = latest_checkpoint(step)
    if backend not in ("fsdp", "megatron"):
        raise ConfigError(f"backend={backend!r}: expected 'fsdp' or 'megatron' (the engine the run trained with)")
    target = Path(target_dir)
    hf = step / HF_SUBDIR
    if not merge and _weights(hf):
        shutil.copytree(hf, target, dirs_exist_ok=True)
    else:
        target.mkdir(parents=True, exist_ok=True)
        _merge(step, target, backend)
    return check_hf_dir(target)


def main(argv: list[str] | None = None) -> int:
    import argparse

    ap = argparse.ArgumentParser(prog="python -m rubric_plugin.sft.checkpoint",
                                 description="export a verl SFT checkpoint as a Hugging Face model directory")
    ap.add_argument("checkpoint", help="a global_step_N folder, or trainer.default_local_dir (its latest checkpoint)")
    ap.add_argument("out", help="the Hugging Face directory to write")
    ap.add_argument("--backend", default="fsdp", choices=["fsdp", "megatron"], help="the engine the run trained with")
    ap.add_argument("--merge", action="store_true", help="rebuild the weights from the shards with verl's model merger")
    args = ap.parse_args(argv)
    try:
        out = export_hf(args.checkpoint, args.out, backend=args.backend, merge=args.merge)
    except ConfigError as e:
        print(f"rubric_plugin.sft.checkpoint: {e}", file=sys.stderr)
        return 1
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
