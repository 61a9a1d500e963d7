"""The rubric variants of verl 0.9.1's asynchronous trainer modes: ``rubric_colocate_async`` and
``rubric_separate_async``.

Each is :class:`rubric_plugin.trainer.RubricTrainerMixin` (the verifier worker group's lifecycle,
the reward-worker watchdog, the rubric metrics, unscorable rows kept out of the estimator, the
NaN-aware group filter and the unscorable budget) put before verl's class of the mode, so every
hook of the mode (partial rollout, weight sync, separate_async's standalone rollout pool and
resource pools) runs unchanged. ``trainer_mode`` answers verl's own name of the mode, which picks
verl's asynchronous replay buffer and reads the mode's settings from ``trainer.v1.colocate_async``
/ ``trainer.v1.separate_async``.

Registered like ``rubric_sync``, when verl imports ``verl.trainer.ppo.v1`` (rubric_plugin.verl_plugin).
What holds in which mode, and what verl 0.9.1 allows on CPU: docs/trainer.md, "Trainer modes".
"""
from __future__ import annotations

from verl.trainer.ppo.v1 import register_trainer
from verl.trainer.ppo.v1.trainer_colocate_async import PPOTrainerColocateAsync
from verl.trainer.ppo.v1.trainer_separate_async import PPOTrainerSeparateAsync

from rubric_plugin.trainer import RubricTrainerMixin
from rubric_plugin.trainer_config import ASYNC_TRAINER_MODES

COLOCATE_ASYNC = "rubric_colocate_async"
SEPARATE_ASYNC = "rubric_separate_async"


@register_trainer(COLOCATE_ASYNC)
class RubricColocateAsyncTrainer(RubricTrainerMixin, PPOTrainerColocateAsync):
    """``PPOTrainerColocateAsync`` with the rubric mechanism (mode ``rubric_colocate_async``)."""

    verl_mode = ASYNC_TRAINER_MODES[COLOCATE_ASYNC]
    rubric_mode = COLOCATE_ASYNC


@register_trainer(SEPARATE_ASYNC)
class RubricSeparateAsyncTrainer(RubricTrainerMixin, PPOTrainerSeparateAsync):
    """``PPOTrainerSeparateAsync`` with the rubric mechanism (mode ``rubric_separate_async``)."""

    verl_mode = ASYNC_TRAINER_MODES[SEPARATE_ASYNC]
    rubric_mode = SEPARATE_ASYNC


__all__ = ["COLOCATE_ASYNC", "SEPARATE_ASYNC", "RubricColocateAsyncTrainer", "RubricSeparateAsyncTrainer"]
