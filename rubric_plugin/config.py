"""Typed configuration of the rubric reward, read from ``reward.rubric`` of verl's config.

YAML (see ``conf/``)::

    reward:
      reward_manager: {source: register, name: rubric}
      rubric:
        train_on: all_or_nothing
        hybrid_bonus: 0.5
        on_failure: unscorable
        verifier: {_target_: rubric_plugin.verifier.rules.RuleVerifier}
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any, Mapping, Sequence

from rubric_plugin.aggregate import AGGREGATIONS
from rubric_plugin.errors import ConfigError

#: What happens to a sample whose verdicts could not be obtained.
FAILURE_POLICIES = ("unscorable", "raise")
DEFAULT_VERIFIER = {"_target_": "rubric_plugin.verifier.rules.RuleVerifier"}


@dataclass(frozen=True)
class RubricRewardConfig:
    """Settings of the ``rubric`` reward manager and of the ``compute_score`` entry points."""

    #: Aggregation used as the training reward; all four are always reported.
    #: Default all_or_nothing, RIFL's choice after its ablation.
    train_on: str = "all_or_nothing"
    #: Weight of the fractional bonus in the hybrid aggregation, in [0, 1].
    hybrid_bonus: float = 0.5
    #: ``unscorable``: the sample's reward is NaN, it is counted and its reason recorded, and the
    #: ``rubric_grpo`` advantage estimator keeps it out of the update. ``raise``: fail the step.
    on_failure: str = "unscorable"
    #: Hydra node instantiated into the verifier of ``llm`` criteria (``_target_`` + kwargs).
    verifier: Mapping[str, Any] = field(default_factory=lambda: dict(DEFAULT_VERIFIER))
    #: The verifier worker group (``conf/worker_group/``), read by the rubric trainer through
    #: :class:`rubric_plugin.worker_group.WorkerGroupConfig`; the reward manager ignores it.
    worker_group: Mapping[str, Any] | None = None
    #: Per-step metrics of the ``rubric_sync`` trainer (:class:`rubric_plugin.trainer_config.TrainerMetricsConfig`).
    metrics: Mapping[str, Any] | None = None
    #: Reference-judge monitor (:class:`rubric_plugin.monitor.ReferenceConfig`): a second verifier
    #: re-scores a sampled fraction of rollouts; None (default) turns it off.
    reference: Mapping[str, Any] | None = None
    #: Ordered reward-shaping hooks (``conf/shaping/``), each a Hydra node (``_target_`` + kwargs,
    #: optional ``enabled: false``); built by :func:`rubric_plugin.shaping.build_shaping`. Empty: no shaping.
    shaping: Sequence[Mapping[str, Any]] = ()

    def __post_init__(self) -> None:
        if self.train_on not in AGGREGATIONS:
            raise ConfigError(f"reward.rubric.train_on={self.train_on!r}; expected one of {list(AGGREGATIONS)}")
        if not isinstance(self.hybrid_bonus, (int, float)) or not 0 <= self.hybrid_bonus <= 1:
            raise ConfigError(f"reward.rubric.hybrid_bonus={self.hybrid_bonus!r}; expected a number in [0, 1]")
        if self.on_failure not in FAILURE_POLICIES:
            raise ConfigError(f"reward.rubric.on_failure={self.on_failure!r}; expected one of {list(FAILURE_POLICIES)}")
        if not isinstance(self.verifier, Mapping) or "_target_" not in self.verifier:
            raise ConfigError(f"reward.rubric.verifier={self.verifier!r} needs a _target_; "
                              "pick a preset with verifier=<name> or set reward.rubric.verifier._target_")
        shaping = () if self.shaping is None else self.shaping
        if isinstance(shaping, (str, Mapping)) or not all(isinstance(n, Mapping) and "_target_" in n for n in shaping):
            raise ConfigError(f"reward.rubric.shaping={self.shaping!r}; expected a list of hooks, each with a _target_ "
                              "(pick a chain with +shaping@reward.rubric.shaping=rifl)")
        object.__setattr__(self, "shaping", tuple(dict(n) for n in shaping))

    @classmethod
    def from_mapping(cls, raw: Mapping[str, Any] | None) -> "RubricRewardConfig":
        """Build from a dict or DictConfig; unknown keys are an error naming the allowed ones."""
        if raw is None:
            return cls()
        try:
            from omegaconf import DictConfig, OmegaConf

            if isinstance(raw, DictConfig):
                raw = OmegaConf.to_container(raw, resolve=True)
        except ImportError:  # pragma: no cover - omegaconf always ships with verl
            pass
        allowed = {f.name for f in fields(cls)}
        unknown = sorted(set(raw) - allowed)
        if unknown:
            raise ConfigError(f"reward.rubric has unknown keys {unknown}; allowed: {sorted(allowed)}")
        return cls(**dict(raw))


def from_verl_config(config: Any) -> RubricRewardConfig:
    """Read ``reward.rubric`` from verl's config (absent = defaults)."""
    reward = config.get("reward") if hasattr(config, "get") else None
    return RubricRewardConfig.from_mapping(reward.get("rubric") if reward is not None else None)


def instantiate_verifier(node: Mapping[str, Any], key: str = "reward.rubric.verifier"):
    """Instantiate a verifier node (``_target_`` + kwargs) through Hydra; a bad node is a ConfigError naming ``key``."""
    from hydra.errors import InstantiationException
    from hydra.utils import instantiate

    try:
        return instantiate(dict(node), _convert_="all")
    except InstantiationException as e:
        cause = e.__cause__ or e
        raise ConfigError(f"{key} could not be built: {cause}; check the keys against "
                          f"conf/verifier/ (target {node.get('_target_')!r})") from e


def build_verifier(cfg: RubricRewardConfig):
    """Instantiate the configured verifier through Hydra's ``instantiate``."""
    return instantiate_verifier(cfg.verifier)
