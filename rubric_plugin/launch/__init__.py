"""Files for launching recipes on a cluster, shipped in the wheel.

``runtime_env.yaml`` is the Ray runtime environment for ``ray job submit --runtime-env``
(verl's wheel does not ship one). ``rubric-plugin runtime-env`` prints its path; the recipes'
``submit.sh`` scripts and the docker image use it.
"""
from __future__ import annotations

from pathlib import Path

RUNTIME_ENV = Path(__file__).resolve().parent / "runtime_env.yaml"


def runtime_env() -> dict:
    """The shipped runtime environment as a dict (``env_vars`` values are strings)."""
    import yaml

    with open(RUNTIME_ENV, encoding="utf-8") as f:
        return yaml.safe_load(f)


__all__ = ["RUNTIME_ENV", "runtime_env"]
