"""``compute_score`` entry points for ``reward.custom_reward_function.path=pkg://rubric_plugin.reward_fn``.

Use these with verl's own managers (``naive``, ``rate_limited``, ...) when you do not want the
``rubric`` manager. Settings arrive as ``reward_kwargs``
(``+reward.custom_reward_function.reward_kwargs.train_on=fractional``) with the same names as
``reward.rubric``. Unknown kwargs that verl passes (``reward_router_address``,
``reward_model_tokenizer``, ...) are accepted and ignored.
"""
from __future__ import annotations

import functools
import json
from typing import Any

from rubric_plugin.config import RubricRewardConfig, build_verifier
from rubric_plugin.convert.verl_rows import record_from_ground_truth
from rubric_plugin.scoring import score_response

_CONFIG_KEYS = ("train_on", "hybrid_bonus", "on_failure", "verifier", "shaping")


@functools.lru_cache(maxsize=16)
def _setup(frozen: str):
    cfg = RubricRewardConfig.from_mapping(json.loads(frozen))
    return cfg, build_verifier(cfg)


async def _score(ground_truth: str, solution_str: str, overrides: dict[str, Any]) -> dict[str, Any]:
    cfg, verifier = _setup(json.dumps(overrides, sort_keys=True))
    result = await score_response(record_from_ground_truth(ground_truth), solution_str, verifier, cfg)
    return result.extra_info()


def _overrides(kwargs: dict[str, Any], **fixed: Any) -> dict[str, Any]:
    out = {k: kwargs[k] for k in _CONFIG_KEYS if k in kwargs}
    out.update(fixed)
    return out


async def compute_score(data_source: str, solution_str: str, ground_truth: str, extra_info: dict | None = None,
                        **kwargs: Any) -> dict[str, Any]:
    """Rubric reward with the configured aggregation (default all-or-nothing)."""
    return await _score(ground_truth, solution_str, _overrides(kwargs))


async def compute_score_all_or_nothing(data_source, solution_str, ground_truth, extra_info=None, **kwargs):
    """Rubric reward trained on all-or-nothing (RIFL)."""
    return await _score(ground_truth, solution_str, _overrides(kwargs, train_on="all_or_nothing"))


async def compute_score_fractional(data_source, solution_str, ground_truth, extra_info=None, **kwargs):
    """Rubric reward trained on the fraction of criteria passed."""
    return await _score(ground_truth, solution_str, _overrides(kwargs, train_on="fractional"))


async def compute_score_weighted(data_source, solution_str, ground_truth, extra_info=None, **kwargs):
    """Rubric reward trained on the weighted aggregation (pitfalls subtract)."""
    return await _score(ground_truth, solution_str, _overrides(kwargs, train_on="weighted"))


async def compute_score_hybrid(data_source, solution_str, ground_truth, extra_info=None, **kwargs):
    """Rubric reward trained on all-or-nothing plus a fractional bonus."""
    return await _score(ground_truth, solution_str, _overrides(kwargs, train_on="hybrid"))
