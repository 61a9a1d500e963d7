"""Resume after preemption: a resumed run logs to the W&B run it was checkpointed with.

verl resumes the policy itself (``trainer.resume_mode=auto`` loads the latest
``<trainer.default_local_dir>/global_step_<N>``: actor, dataloader, step counter), but its
``Tracking`` calls ``wandb.init(project, name, ...)`` with no run id, so every restart opens a
new W&B run: a preempted multi-day run becomes a fork of runs, each a piece of the curves.

The ``rubric_sync`` trainer calls :func:`bind_wandb_run` at the start of ``fit``, after verl has
loaded the checkpoint and before verl's ``Tracking`` exists:

* **fresh run** (no checkpoint loaded): a new id is generated, written to
  ``<trainer.default_local_dir>/wandb_run_id`` when checkpoints are saved (``trainer.save_freq > 0``),
  and exported as ``WANDB_RUN_ID``;
* **resumed run** (a checkpoint was loaded): the id beside that checkpoint (its parent folder's
  ``wandb_run_id``) is exported as ``WANDB_RUN_ID`` with ``WANDB_RESUME=allow``, so ``wandb.init``
  continues that run (online: the same run page; offline: a new ``offline-run-*`` folder with the
  same run id, which ``wandb sync`` appends to the same run). A checkpoint without the file (written
  before this existed) gets a new run, with a warning.

A ``WANDB_RUN_ID`` the user exported is left alone (and not written to the file). Nothing happens
without the ``wandb`` logger. Only the TaskRunner's environment changes, where verl's tracker runs.

What else a resume restores or restarts is documented in docs/trainer.md, "Resume after preemption".
"""
from __future__ import annotations

import logging
import os
import secrets
import string
from pathlib import Path
from typing import Any

logger = logging.getLogger(__name__)

#: File beside the ``global_step_<N>`` folders that holds the W&B run id.
WANDB_ID_FILE = "wandb_run_id"
_ID_CHARS = string.ascii_lowercase + string.digits


def new_run_id() -> str:
    """A W&B-style run id: 8 random lowercase letters and digits."""
    return "".join(secrets.choice(_ID_CHARS) for _ in range(8))


def _get(config: Any, *keys: str, default: Any = None) -> Any:
    node = config
    for key in keys:
        try:
            node = node.get(key) if hasattr(node, "get") else getattr(node, key)
        except (AttributeError, KeyError):
            return default
        if node is None:
            return default
    return node


def _absolute(path: str) -> Path:
    """verl resolves a relative ``default_local_dir`` / ``resume_from_path`` against the working directory."""
    return Path(path) if os.path.isabs(path) else Path(os.getcwd()) / path


def checkpoint_root(config: Any) -> Path:
    """``trainer.default_local_dir`` as verl resolves it."""
    return _absolute(str(_get(config, "trainer", "default_local_dir")))


def resumed_root(config: Any) -> Path:
    """The folder holding the checkpoint a resumed run loaded (``resume_from_path``'s parent, or the root)."""
    if _get(config, "trainer", "resume_mode") == "resume_path" and _get(config, "trainer", "resume_from_path"):
        return _absolute(str(_get(config, "trainer", "resume_from_path"))).parent
    return checkpoint_root(config)


def read_run_id(folder: Path) -> str | None:
    """The id in ``folder/wandb_run_id``; None when absent or empty."""
    try:
        text = (folder / WANDB_ID_FILE).read_text().strip()
    except OSError:
        return None
    return text or None


def write_run_id(folder: Path, run_id: str) -> Path:
    """Write ``run_id`` to ``folder/wandb_run_id`` atomically (a kill never leaves half an id)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / WANDB_ID_FILE
    tmp = path.with_name(f".{WANDB_ID_FILE}.{os.getpid()}.tmp")
    tmp.write_text(run_id + "\n")
    os.replace(tmp, path)
    return path


def _loggers(config: Any) -> list[str]:
    raw = _get(config, "trainer", "logger", default=[])
    return [raw] if isinstance(raw, str) else [str(x) for x in raw]


def bind_wandb_run(config: Any, resumed: bool, environ: dict | None = None) -> str | None:
    """Export the W&B run id for verl's tracker (see the module docstring); the id, or None without W&B.

    ``resumed`` is whether verl loaded a checkpoint (``global_steps > 0`` before ``fit``).
    ``environ`` defaults to ``os.environ``.
    """
    env = os.environ if environ is None else environ
    if "wandb" not in _loggers(config):
        return None
    if env.get("WANDB_RUN_ID"):
        logger.warning("rubric_sync: WANDB_RUN_ID=%s is set; W&B logs to that run", env["WANDB_RUN_ID"])
        return env["WANDB_RUN_ID"]
    run_id = read_run_id(resumed_root(config)) if resumed else None
    if resumed and run_id is None:
        logger.warning("rubric_sync: the checkpoint in %s has no %s (saved before the plugin kept one): "
                       "this resumed run starts a new W&B run", resumed_root(config), WANDB_ID_FILE)
    if run_id is not None:
        env["WANDB_RESUME"] = env.get("WANDB_RESUME") or "allow"
        logger.warning("rubric_sync: resuming W&B run %s", run_id)
    else:
        run_id = new_run_id()
    env["WANDB_RUN_ID"] = run_id
    save_freq = _get(config, "trainer", "save_freq", default=-1)
    if isinstance(save_freq, int) and save_freq > 0:
        # beside the checkpoints this run saves, so the next resume finds it
        write_run_id(checkpoint_root(config), run_id)
    return run_id


__all__ = ["WANDB_ID_FILE", "bind_wandb_run", "checkpoint_root", "new_run_id", "read_run_id", "resumed_root",
           "write_run_id"]
