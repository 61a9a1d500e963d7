"""Which verifier prompt a checkpoint was trained on, and the check when a verifier loads it.

A verifier checkpoint answers the prompt it was trained on; the same weights behind a changed
prompt (new instructions, layout, mode or reason length) judge worse without any error. So the
template id (:attr:`rubric_plugin.verifier.llm.LLMVerifier.template_id`) travels with the model:

* every SFT / RL row records it (:mod:`rubric_plugin.verifier_training.sft_data`);
* ``rubric-plugin verifier-meta MODEL_DIR --data sft.parquet`` writes :data:`META_FILE` into a
  finetuned model's Hugging Face directory;
* when a verifier is built (:func:`rubric_plugin.config.build_verifier`) on a local model directory
  that holds the file (``vllm_engine``'s ``backend.model`` or the worker group's
  ``model_path``), :func:`check_model` compares the ids. ``reward.rubric.template_mismatch``
  chooses ``refuse`` (default: a ConfigError before any GPU time is spent) or ``warn``.

A model directory without the file (a base model, a hosted judge) is not checked.
"""
from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from typing import Any, Iterable, Mapping

from rubric_plugin.errors import ConfigError

META_FILE = "rubric_plugin_verifier.json"
#: Accepted values of ``reward.rubric.template_mismatch``.
POLICIES = ("refuse", "warn")
log = logging.getLogger(__name__)


def write_meta(model_dir: str | os.PathLike, template_id: str, **extra: Any) -> Path:
    """Write :data:`META_FILE` (``template_id`` plus ``extra``, e.g. the training stage) into ``model_dir``."""
    path = Path(model_dir) / META_FILE
    path.write_text(json.dumps({"template_id": template_id, **extra}, indent=2, sort_keys=True) + "\n",
                    encoding="utf-8")
    return path


def read_meta(model_dir: str | os.PathLike) -> dict[str, Any] | None:
    """The metadata of ``model_dir``, or None when it has none (or is not a local directory)."""
    path = Path(str(model_dir)) / META_FILE
    if not path.is_file():
        return None
    return json.loads(path.read_text(encoding="utf-8"))


def template_of_rows(template_ids: Iterable[str]) -> str:
    """The one template id of a training file's rows; several is an error (mixed prompts)."""
    ids = sorted(set(template_ids))
    if len(ids) != 1:
        raise ConfigError(f"the training rows carry template ids {ids}; expected exactly one: rebuild the data with "
                          "one verifier config (`rubric-plugin verifier-data`)")
    return ids[0]


def check_model(model_dir: Any, template_id: str, policy: str = "refuse", key: str = "reward.rubric.verifier") -> bool:
    """True when ``model_dir`` was trained on ``template_id`` or carries no metadata; else refuse or warn."""
    if policy not in POLICIES:
        raise ConfigError(f"reward.rubric.template_mismatch={policy!r}; expected one of {list(POLICIES)}")
    meta = read_meta(model_dir) if model_dir else None
    # the ``|block=`` part is the judge's KV block size, for prefix alignment at serving time: training
    # rows are rendered unpadded (sft_data), so a checkpoint suits any block size, "auto" included
    if meta is None or str(meta.get("template_id")).split("|block=")[0] == template_id.split("|block=")[0]:
        return True
    msg = (f"{key}: the verifier model {str(model_dir)!r} was trained on prompt template {meta.get('template_id')!r} "
           f"but this verifier sends {template_id!r} (layout|mode|hash of the instructions and reason length). "
           "Use the layout, mode and reason_max_chars it was trained with, retrain it on data from "
           "`rubric-plugin verifier-data` with this config, or set reward.rubric.template_mismatch=warn to judge anyway")
    if policy == "refuse":
        raise ConfigError(msg)
    log.warning(msg)
    return False


def model_dirs(verifier: Any, worker_group: Mapping[str, Any] | None) -> list[str]:
    """Local model directories behind ``verifier``: an in-process engine's model, or the worker-group
    model its ``worker_group:<model>`` URL names."""
    backend = getattr(verifier, "backend", None)
    out = []
    path = getattr(backend, "model_path", None)
    if path:
        out.append(str(path))
    name = getattr(backend, "worker_group_model", None)
    if name and worker_group:
        spec = (worker_group.get("models") or {}).get(name) or {}
        if spec.get("model_path"):
            out.append(str(spec["model_path"]))
    return [p for p in out if Path(p).is_dir()]


def check_verifier(verifier: Any, worker_group: Mapping[str, Any] | None, policy: str = "refuse") -> None:
    """:func:`check_model` for every local model directory behind an LLM verifier."""
    template_id = getattr(verifier, "template_id", None)
    if template_id is None:
        return
    for d in model_dirs(verifier, worker_group):
        check_model(d, template_id, policy)
