"""rubric_plugin: rubric-based rewards (RIFL) for verl.

Importing this package is cheap on purpose: verl imports its plugins in every Ray actor. Nothing
here imports torch, Ray, vLLM or transformers; the verl integration lives in
:mod:`rubric_plugin.verl_plugin` (loaded by verl's entry point) and the public helpers below are
imported on first use.
"""
from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

_LAZY = {
    "RubricRecord": "rubric_plugin.schema",
    "Criterion": "rubric_plugin.schema",
    "Message": "rubric_plugin.schema",
    "parse_record": "rubric_plugin.schema",
    "load_records": "rubric_plugin.convert",
    "write_parquet": "rubric_plugin.convert",
    "to_verl_row": "rubric_plugin.convert",
    "RubricRewardConfig": "rubric_plugin.config",
    "score_response": "rubric_plugin.scoring",
    "aggregate_all": "rubric_plugin.aggregate",
}

__all__ = ["__version__", *sorted(_LAZY)]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'rubric_plugin' has no attribute {name!r}")
