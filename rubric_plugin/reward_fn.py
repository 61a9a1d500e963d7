"""``compute_score`` entry points for ``reward.custom_reward_function.path=pkg://rubric_plugin.reward_fn``.

Use these with verl's own managers (``naive``, ``rate_limited``, ...) when you do not want the
``rubric`` manager. Settings arrive as ``reward_kwargs`` with the same names as ``reward.rubric``::

    reward.custom_reward_function.path=pkg://rubric_plugin.reward_fn
    +reward.custom_reward_function.reward_kwargs.verifier=none          # check-only data, or a judge node
    +reward.custom_reward_function.reward_kwargs.train_on=fractional

Unknown kwargs that verl passes (``reward_router_address``, ``reward_model_tokenizer``, ...) are
accepted and ignored.

Failure policy: **raise**, always. verl hands a ``compute_score`` function only its
``reward_kwargs``, never ``algorithm.*``, so it cannot know whether the advantage estimator
tolerates a NaN reward; verl's own GRPO does not (one NaN spreads to the whole group's baseline).
So these functions never return NaN: a verifier failure (after the verifier's own retries) fails
the step, ``on_failure=unscorable`` in ``reward_kwargs`` is a ConfigError, and so is an unset
``verifier``. Unscorable samples that training skips need the ``rubric`` manager with
``algorithm.adv_estimator=rubric_grpo``.
"""
from __future__ import annotations

import functools
import json
import math
from typing import Any, Mapping

from rubric_plugin.config import RubricRewardConfig, build_verifier, unset_verifier_error
from rubric_plugin.convert.verl_rows import record_from_ground_truth
from rubric_plugin.errors import ConfigError, RubricError
from rubric_plugin.scoring import score_response
from rubric_plugin.shaping import chain_for
from rubric_plugin.verifier.none import check_chain
from rubric_plugin.verifier.release import release_with

_CONFIG_KEYS = ("train_on", "hybrid_bonus", "on_failure", "verifier", "shaping")
KWARGS_KEY = "reward.custom_reward_function.reward_kwargs"
#: The only failure policy an entry point has (see the module docstring).
FAILURE_POLICY = "raise"


def config_from_kwargs(kwargs: Mapping[str, Any]) -> RubricRewardConfig:
    """The reward settings of an entry point; ``on_failure`` other than ``raise`` and an unset
    ``verifier`` are ConfigErrors naming the ``reward_kwargs`` key."""
    raw = {k: kwargs[k] for k in _CONFIG_KEYS if k in kwargs}
    policy = raw.setdefault("on_failure", FAILURE_POLICY)
    if policy != FAILURE_POLICY:
        raise ConfigError(
            f"{KWARGS_KEY}.on_failure={policy!r}: compute_score entry points always fail the step on a verifier "
            "failure (on_failure=raise), because verl does not show them algorithm.adv_estimator and a NaN reward "
            "would spread through GRPO's group baseline. Remove the key, or use the rubric manager "
            "(reward.reward_manager.name=rubric) with algorithm.adv_estimator=rubric_grpo to skip unscorable samples")
    if raw.get("verifier") is None:
        raise unset_verifier_error(f"{KWARGS_KEY}.verifier")
    return RubricRewardConfig.from_mapping(raw)


@functools.lru_cache(maxsize=16)
def _setup(frozen: str):
    cfg = config_from_kwargs(json.loads(frozen))
    verifier = build_verifier(cfg)
    check_chain(verifier, chain_for(cfg.shaping))
    # released when the cache drops this entry (or at exit): verl gives compute_score no shutdown hook
    release_with(verifier, getattr(verifier, "backend", None))
    return cfg, verifier


async def _score(ground_truth: str, solution_str: str, overrides: dict[str, Any]) -> dict[str, Any]:
    cfg, verifier = _setup(json.dumps(overrides, sort_keys=True))
    result = await score_response(record_from_ground_truth(ground_truth), solution_str, verifier, cfg)
    if not (isinstance(result.reward, (int, float)) and math.isfinite(result.reward)):
        # unreachable under on_failure=raise; a guard so that a NaN can never reach verl's GRPO
        raise RubricError(f"compute_score got reward {result.reward!r} for record {result.record.id!r} "
                          f"({result.status}: {result.reason}); entry points never return a non-finite reward")
    info = result.extra_info()
    # the reward manager stamps these two; outside it they are NaN placeholders, and an entry point
    # hands verl no NaN (the same keys are dropped for every sample, so the keys stay identical)
    for key in ("rubric_reward_received_t", "rubric_reward_ready_t"):
        info.pop(key, None)
    return info


def _plain(value: Any) -> Any:
    """reward_kwargs nodes arrive as OmegaConf containers; the settings cache key needs plain data."""
    if type(value).__module__.startswith("omegaconf"):
        from omegaconf import OmegaConf

        return OmegaConf.to_container(value, resolve=True)
    return value


def _overrides(kwargs: dict[str, Any], **fixed: Any) -> dict[str, Any]:
    out = {k: _plain(kwargs[k]) for k in _CONFIG_KEYS if k in kwargs}
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


def verifier_agreement(data_source, solution_str, ground_truth, extra_info=None, **kwargs):
    """Verifier training's RL reward: class-balanced agreement of a verifier's answer with its labels,
    an unparseable answer scored lowest (:mod:`rubric_plugin.verifier_training.agreement_reward`)."""
    from rubric_plugin.verifier_training.agreement_reward import verifier_agreement as score

    return score(data_source, solution_str, ground_truth, extra_info, **kwargs)
