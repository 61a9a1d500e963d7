"""The verifier worker group: vLLM replicas of the rubric verifier (and an optional reference judge)
on a dedicated Ray resource pool, started with the trainer and torn down with it.

::

    cfg = WorkerGroupConfig.from_mapping(config.reward.rubric.worker_group)  # None when absent/disabled
    group = VerifierWorkerGroup(cfg).start()
    group.urls("verifier"); group.served_model_name("verifier"); group.gpu_pool_spec()
    group.shutdown()

Reward workers reach the replicas through ``base_url: worker_group:<model>`` (resolved through the
directory actor, :mod:`rubric_plugin.worker_group.directory`). Importing this package does not import Ray.
"""
from rubric_plugin.worker_group.config import ModelSpec, WorkerGroupConfig
from rubric_plugin.worker_group.directory import DIRECTORY_NAME, ModelEndpoint
from rubric_plugin.worker_group.group import VerifierWorkerGroup, WorkerGroupError

__all__ = ["DIRECTORY_NAME", "ModelEndpoint", "ModelSpec", "VerifierWorkerGroup", "WorkerGroupConfig",
           "WorkerGroupError"]
