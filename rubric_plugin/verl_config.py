"""Compose verl's own ``ppo_trainer`` config (Hydra) with the plugin's settings."""
from __future__ import annotations

from typing import Sequence


def compose_ppo_config(overrides: Sequence[str] = ()):
    """``ppo_trainer`` from the installed verl package, composed by Hydra with ``overrides``."""
    from hydra import compose, initialize_config_module
    from hydra.core.global_hydra import GlobalHydra

    GlobalHydra.instance().clear()
    with initialize_config_module(config_module="verl.trainer.config", version_base=None):
        return compose(config_name="ppo_trainer", overrides=list(overrides))


def reward_loop_overrides(tokenizer_path: str, *, verifier: str, num_workers: int = 2,
                          train_on: str = "all_or_nothing") -> list[str]:
    """Only ``reward.*`` keys (plus the tokenizer path and the estimator the failure policy needs).
    ``verifier`` is the ``_target_`` of the judge: no default, as in ``reward.rubric.verifier``."""
    return [
        f"actor_rollout_ref.model.path={tokenizer_path}",
        "algorithm.adv_estimator=rubric_grpo",
        "reward.reward_manager.source=register",
        "reward.reward_manager.name=rubric",
        f"reward.num_workers={num_workers}",
        f"+reward.rubric.train_on={train_on}",
        "+reward.rubric.on_failure=unscorable",
        f"+reward.rubric.verifier._target_={verifier}",
    ]
