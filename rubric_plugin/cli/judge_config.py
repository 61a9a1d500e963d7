"""The judge of ``eval`` and ``calibrate``: ``reward.rubric`` composed by Hydra, as a training run composes it.

``overrides`` are the same Hydra overrides a training run takes
(``+verifier@reward.rubric.verifier=vllm_server reward.rubric.verifier.backend.base_url=...``,
``+shaping@reward.rubric.shaping=rifl``), composed into verl's ``ppo_trainer`` with the plugin's
config groups on the search path; ``recipe`` composes a recipe of ``rubric_plugin/conf`` instead
(``tiny_cpu``), so the judge, its layout and the shaping chain are exactly the training run's.

With the worker-group preset (``backend.base_url: worker_group:<model>``), :func:`judge_session`
starts Ray and the verifier worker group itself and stops both at the end: no trainer is there to
do it. A group that cannot start is a :class:`~rubric_plugin.errors.VerifierSetupError` naming why.
"""
from __future__ import annotations

import contextlib
from typing import Any, Iterator, Sequence

SEARCH = "hydra.searchpath=[pkg://rubric_plugin.conf]"


def rubric_config(overrides: Sequence[str] = (), recipe: str | None = None) -> Any:
    """``(RubricRewardConfig, the composed reward.rubric as a dict)``."""
    from hydra import compose, initialize_config_module
    from hydra.core.global_hydra import GlobalHydra
    from omegaconf import OmegaConf

    from rubric_plugin.config import RubricRewardConfig

    GlobalHydra.instance().clear()
    if recipe is not None:
        with initialize_config_module(config_module="rubric_plugin.conf", version_base=None):
            cfg = compose(config_name=recipe, overrides=list(overrides))
    else:
        with initialize_config_module(config_module="verl.trainer.config", version_base=None):
            cfg = compose(config_name="ppo_trainer", overrides=[SEARCH, *overrides])
    GlobalHydra.instance().clear()
    node = OmegaConf.select(cfg, "reward.rubric")
    raw = OmegaConf.to_container(node, resolve=True) if node is not None else {}
    return RubricRewardConfig.from_mapping(raw), raw


def needs_judge(records: Sequence[Any], protocols: Sequence[str]) -> bool:
    return "advancedif" in protocols or ("rubric" in protocols and any(
        c.kind == "llm" for r in records for c in r.criteria))


@contextlib.contextmanager
def judge_session(cfg: Any, num_cpus: int | None = None) -> Iterator[Any]:
    """The configured verifier (None when unset), with the worker group running when its preset asks for one."""
    from rubric_plugin.config import build_verifier

    if cfg.verifier is None:
        yield None
        return
    verifier = build_verifier(cfg)
    backend = getattr(verifier, "backend", None)
    group = None
    started_ray = False
    try:
        if getattr(backend, "worker_group_model", None) is not None:
            import ray

            from rubric_plugin.errors import VerifierSetupError
            from rubric_plugin.worker_group import VerifierWorkerGroup, WorkerGroupConfig, WorkerGroupError

            wg = WorkerGroupConfig.from_mapping(cfg.worker_group)
            if wg is None:
                from rubric_plugin.errors import ConfigError

                raise ConfigError("the worker_group verifier preset needs reward.rubric.worker_group "
                                  "(+worker_group@reward.rubric.worker_group=cpu or gpu)")
            if not ray.is_initialized():
                ray.init(num_cpus=num_cpus, include_dashboard=False, log_to_driver=False)
                started_ray = True
            try:
                group = VerifierWorkerGroup(wg).start()
            except WorkerGroupError as e:  # stops the command with its reason, not a traceback
                raise VerifierSetupError(f"the verifier worker group (reward.rubric.worker_group) could not start: "
                                         f"{e}") from e
        yield verifier
    finally:
        with contextlib.suppress(Exception):
            verifier.close()
        if group is not None:
            group.shutdown()
        if started_ray:
            import ray

            ray.shutdown()
