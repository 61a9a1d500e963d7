"""verl entry point (group ``verl.plugins``): registers the plugin's pieces in verl's registries.

``import verl`` loads this module in every process (driver, TaskRunner, RewardLoopWorker,
actors). verl swallows entry-point errors at DEBUG level, so ``rubric-plugin doctor`` checks the
outcome from a fresh interpreter. Registrations:

* reward manager ``rubric`` -> :class:`rubric_plugin.manager.RubricRewardManager`;
* advantage estimator ``rubric_grpo`` -> :func:`rubric_plugin.advantage.compute_rubric_grpo_advantage`.
"""
from __future__ import annotations

from verl.experimental.reward_loop.reward_manager import register as _register_manager
from verl.trainer.ppo.core_algos import register_adv_est as _register_adv_est

from rubric_plugin.advantage import ESTIMATOR_NAME, compute_rubric_grpo_advantage
from rubric_plugin.manager import MANAGER_NAME, RubricRewardManager

_register_manager(MANAGER_NAME)(RubricRewardManager)
_register_adv_est(ESTIMATOR_NAME)(compute_rubric_grpo_advantage)

REGISTERED = {"reward_manager": MANAGER_NAME, "adv_estimator": ESTIMATOR_NAME}
