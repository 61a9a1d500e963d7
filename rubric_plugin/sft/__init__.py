"""Supervised finetuning in verl 0.9.1, built once for every model the plugin trains (the rubric
generator, the verifier's SFT stage).

* :mod:`.data`: rows of verl's ``MultiTurnSFTDataset`` (one ``messages`` list per row; every
  assistant turn is trained on), checked at load time and written to parquet;
* :mod:`.train`: the launcher. ``python -m rubric_plugin.sft.train --config-name=<recipe>`` composes
  a recipe from ``conf/sft/`` and runs verl's Ray SFT trainer (``verl.trainer.sft_trainer_ray``);
  :func:`~.train.command` builds that command line, or verl's ``torchrun`` one;
* :mod:`.checkpoint`: a trained checkpoint to a Hugging Face directory (the ``hf_model`` weights
  verl writes beside the checkpoint, or verl's model merger) that transformers and vLLM load.

Nothing heavy is imported here: the submodules import torch, pandas and verl when used.
"""
from __future__ import annotations

from importlib import import_module

_EXPORTS = {
    "SFTDataError": "data", "check_rows": "data", "write_sft_parquet": "data", "read_sft_parquet": "data",
    "command": "train", "cpu_overrides": "train", "run": "train",
    "latest_checkpoint": "checkpoint", "export_hf": "checkpoint", "check_hf_dir": "checkpoint",
    "check_model_dir": "checkpoint",
}
__all__ = sorted(_EXPORTS)


def __getattr__(name: str):
    if name in _EXPORTS:
        return getattr(import_module(f"rubric_plugin.sft.{_EXPORTS[name]}"), name)
    raise AttributeError(name)
