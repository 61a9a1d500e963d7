"""Run provenance: what produced a run's rewards, recorded in its W&B config and beside its checkpoints.

Every launch records it, however it starts (``rubric-plugin train``, a recipe's ``run.sh`` /
``submit.sh`` / ``slurm.sbatch``, or ``main_ppo`` by hand): the rubric trainer modes call
:func:`record_run` when they are built, in the TaskRunner before verl creates its ``Tracking``. It
writes ``provenance.json`` into ``trainer.default_local_dir`` and adds the record to the run's
config as ``rubric_provenance`` (verl's ``Tracking`` puts the whole config in the W&B run's config).
``rubric-plugin train`` also writes the file and passes the record as ``+rubric_provenance.*``
overrides before it launches, so a run that fails at startup has it too.

Recorded: the plugin version; each judge (the verifier and the reference monitor) with its
model, served model name or path and prompt-template id (layout | mode | hash of the
instructions, :attr:`rubric_plugin.verifier.llm.LLMVerifier.template_id`); the shaping chain's
hook names in order; the training aggregation; sha256 of every data file.
"""
from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any, Mapping


def file_sha256(path: str | Path) -> str | None:
    """sha256 of a local file (None when it is not a readable local file, e.g. an hdfs:// path)."""
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as f:
            for block in iter(lambda: f.read(1 << 20), b""):
                digest.update(block)
    except OSError:
        return None
    return digest.hexdigest()


def _files(value: Any) -> list[str]:
    if value is None:
        return []
    return [str(v) for v in value] if isinstance(value, (list, tuple)) else [str(value)]


def _judge(node: Mapping[str, Any] | None, models: Mapping[str, Any]) -> dict[str, Any] | None:
    """Target, model and template id of a verifier node (template id from an instantiated LLMVerifier)."""
    if not node:
        return None
    from rubric_plugin.config import instantiate_verifier

    backend = node.get("backend") or {}
    out: dict[str, Any] = {"target": node.get("_target_"), "name": node.get("name"),
                           "base_url": backend.get("base_url"), "model": backend.get("model")}
    url = str(backend.get("base_url") or "")
    if url.startswith("worker_group:"):
        spec = models.get(url.split(":", 1)[1]) or {}
        out["model_path"] = spec.get("model_path")
        out["model"] = out["model"] or spec.get("served_model_name")
    verifier = instantiate_verifier(dict(node))
    try:
        out["template_id"] = getattr(verifier, "template_id", None)
    finally:
        close = getattr(verifier, "close", None)
        if callable(close):
            close()
    return out


def provenance(cfg: Any) -> dict[str, Any]:
    """Provenance of a composed verl config (a resolved ``DictConfig`` or dict)."""
    from omegaconf import OmegaConf

    import rubric_plugin
    from rubric_plugin.config import from_verl_config
    from rubric_plugin.shaping import build_shaping

    rubric = from_verl_config(cfg)
    raw = OmegaConf.to_container(cfg, resolve=True) if not isinstance(cfg, dict) else cfg
    reward = (raw.get("reward") or {}).get("rubric") or {}
    models = ((reward.get("worker_group") or {}).get("models")) or {}
    chain = build_shaping(rubric.shaping)
    data = raw.get("data") or {}
    files = {f: file_sha256(f) for key in ("train_files", "val_files") for f in _files(data.get(key))}
    reference = reward.get("reference") or {}
    return {
        "plugin_version": rubric_plugin.__version__,
        "judges": {name: judge for name, judge in (
            ("verifier", _judge(reward.get("verifier"), models)),
            ("reference", _judge(reference.get("verifier"), models) if reference else None)) if judge},
        "shaping": list(chain.names) if chain is not None else [],
        "train_on": rubric.train_on,
        "hybrid_bonus": rubric.hybrid_bonus,
        "data_sha256": files,
    }


#: The config key (and so W&B config key) of the record.
CONFIG_KEY = "rubric_provenance"
#: The file beside the checkpoints.
FILE_NAME = "provenance.json"


def record_run(config: Any) -> dict[str, Any]:
    """Write ``config``'s provenance to ``<trainer.default_local_dir>/provenance.json`` and, unless the
    config carries one already (``rubric-plugin train`` passes it), add it as ``rubric_provenance``
    (keys as :func:`as_overrides` writes them). Returns the record."""
    import json

    from omegaconf import OmegaConf, open_dict

    record = provenance(config)
    directory = OmegaConf.select(config, "trainer.default_local_dir")
    if directory:
        path = Path(str(directory))
        path.mkdir(parents=True, exist_ok=True)
        (path / FILE_NAME).write_text(json.dumps(record, indent=2) + "\n")
    if OmegaConf.select(config, CONFIG_KEY) is None:
        with open_dict(config):
            config[CONFIG_KEY] = as_config(record)
    return record


def as_config(value: Any) -> Any:
    """``value`` with every mapping key made a plain config key (file paths and hook names: see :func:`_key`)."""
    if isinstance(value, Mapping):
        return {_key(str(k)): as_config(v) for k, v in value.items()}
    return value


def as_overrides(record: Mapping[str, Any], key: str = CONFIG_KEY) -> list[str]:
    """``+key.a.b=value`` Hydra overrides carrying ``record`` into verl's config (and so W&B's)."""
    import json

    out = []

    def walk(prefix: str, value: Any) -> None:
        if isinstance(value, Mapping) and value:
            for k, v in value.items():
                walk(f"{prefix}.{_key(str(k))}", v)
        else:
            out.append(f"++{prefix}={json.dumps(value) if not isinstance(value, str) else _quote(value)}")

    walk(key, record)
    return out


def _key(k: str) -> str:
    # file paths and hook names become config keys: keep [A-Za-z0-9_]
    return "".join(c if c.isalnum() or c == "_" else "_" for c in k).strip("_") or "_"


def _quote(value: str) -> str:
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"
