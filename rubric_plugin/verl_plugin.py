"""verl entry point (group ``verl.plugins``): registers the plugin's pieces in verl's registries.

``import verl`` loads this module in every process (driver, TaskRunner, RewardLoopWorker,
actors). verl swallows entry-point errors at DEBUG level, so ``rubric-plugin doctor`` checks the
outcome from a fresh interpreter. Registrations:

* reward manager ``rubric`` -> :class:`rubric_plugin.manager.RubricRewardManager`;
* advantage estimator ``rubric_grpo`` -> :func:`rubric_plugin.advantage.compute_rubric_grpo_advantage`;
* trainer modes ``rubric_sync`` -> :class:`rubric_plugin.trainer.RubricTrainer`,
  ``rubric_colocate_async`` and ``rubric_separate_async`` (:mod:`rubric_plugin.trainer_async`), registered once
  verl itself imports ``verl.trainer.ppo.v1`` (only the TaskRunner does; the import is heavy);
* platform ``cpu`` (:mod:`rubric_plugin.cpu_platform`): a name in verl's platform registry,
  selected only by ``VERL_PLATFORM=cpu`` (the ``tiny_cpu`` recipe); only then does the plugin
  default verl's process groups to gloo.
"""
from __future__ import annotations

from verl.experimental.reward_loop.reward_manager import register as _register_manager
from verl.trainer.ppo.core_algos import register_adv_est as _register_adv_est

from rubric_plugin import cpu_platform
from rubric_plugin.advantage import ESTIMATOR_NAME, compute_rubric_grpo_advantage
from rubric_plugin.import_hook import when_imported
from rubric_plugin.manager import MANAGER_NAME, RubricRewardManager
from rubric_plugin.trainer_config import TRAINER_MODE

_register_manager(MANAGER_NAME)(RubricRewardManager)
_register_adv_est(ESTIMATOR_NAME)(compute_rubric_grpo_advantage)
CPU_PLATFORM_ACTIVE = cpu_platform.activate()


def _register_trainer(_module) -> None:
    import rubric_plugin.trainer  # noqa: F401  (the class decorators register the modes, async ones included)


when_imported("verl.trainer.ppo.v1", _register_trainer)

REGISTERED = {"reward_manager": MANAGER_NAME, "adv_estimator": ESTIMATOR_NAME, "trainer_mode": TRAINER_MODE,
              "platform": cpu_platform.PLATFORM_NAME}
