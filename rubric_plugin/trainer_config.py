"""Settings of the ``rubric_sync`` trainer mode, read from ``reward.rubric.metrics`` (no verl import)."""
from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any, Mapping

from rubric_plugin.errors import ConfigError

#: ``trainer.v1.trainer_mode`` value that selects :class:`rubric_plugin.trainer.RubricTrainer`.
TRAINER_MODE = "rubric_sync"
#: The rubric variants of verl 0.9.1's asynchronous modes -> verl's own name of the mode
#: (:mod:`rubric_plugin.trainer_async`).
ASYNC_TRAINER_MODES = {"rubric_colocate_async": "colocate_async", "rubric_separate_async": "separate_async"}
#: Every rubric trainer mode -> verl's name of the mode it extends.
TRAINER_MODES = {TRAINER_MODE: "sync", **ASYNC_TRAINER_MODES}


@dataclass(frozen=True)
class TrainerMetricsConfig:
    """``reward.rubric.metrics``: what the trainer logs each step besides verl's own metrics."""

    #: Log the W&B table of sampled verdicts every this many steps (0 disables it).
    table_freq: int = 10
    #: Samples per verdict table.
    table_rows: int = 16

    def __post_init__(self) -> None:
        for name in ("table_freq", "table_rows"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise ConfigError(f"reward.rubric.metrics.{name}={value!r}; expected an integer >= 0")

    def table_due(self, step: int) -> bool:
        """Whether step ``step`` (1-based) logs a verdict table: the first step, then every ``table_freq``."""
        return self.table_freq > 0 and self.table_rows > 0 and (step == 1 or step % self.table_freq == 0)

    @classmethod
    def from_mapping(cls, raw: Mapping[str, Any] | None) -> "TrainerMetricsConfig":
        if raw is None:
            return cls()
        allowed = {f.name for f in fields(cls)}
        unknown = sorted(set(raw) - allowed)
        if unknown:
            raise ConfigError(f"reward.rubric.metrics has unknown keys {unknown}; allowed: {sorted(allowed)}")
        return cls(**{k: raw[k] for k in raw})

    @classmethod
    def from_verl_config(cls, config: Any) -> "TrainerMetricsConfig":
        reward = config.get("reward") if hasattr(config, "get") else None
        rubric = reward.get("rubric") if reward is not None else None
        raw = rubric.get("metrics") if rubric is not None else None
        if raw is not None and not isinstance(raw, Mapping):
            from omegaconf import OmegaConf

            raw = OmegaConf.to_container(raw, resolve=True)
        return cls.from_mapping(raw)
