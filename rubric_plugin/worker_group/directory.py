"""Where the worker group's models are served: a named Ray actor, and the resolver reward workers use.

Reward workers are Ray actors created before the group starts, holding a copy of the config, so
they cannot be told the replicas' URLs; they look them up here on their first request instead
(``base_url: worker_group:<model>`` in the HTTP backend). Ray is imported lazily.
"""
from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass
from typing import Any

from rubric_plugin.errors import VerifierSetupError

DIRECTORY_NAME = "rubric_plugin_worker_group"
SENTINEL = "worker_group:"
FIX = ("start the verifier worker group before scoring (reward.rubric.worker_group with enable=true and the "
       "rubric trainer), or point reward.rubric.verifier.backend.base_url at the servers' URLs")


@dataclass(frozen=True)
class ModelEndpoint:
    """One model as the group serves it: replica base URLs (``http://host:port/v1``), the served name,
    and the router's base URL when ``routing=router``."""

    urls: tuple[str, ...]
    served_model_name: str
    router_url: str | None = None

    @property
    def targets(self) -> list[str]:
        """The URLs a client should use: the router alone when there is one, else every replica."""
        return [self.router_url] if self.router_url else list(self.urls)


class WorkerGroupDirectory:
    """Body of the named directory actor: ``{model: ModelEndpoint}``."""

    def __init__(self) -> None:
        self._models: dict[str, ModelEndpoint] = {}

    def publish(self, model: str, endpoint: ModelEndpoint) -> None:
        self._models[model] = endpoint

    def lookup(self, model: str) -> ModelEndpoint | None:
        return self._models.get(model)

    def models(self) -> dict[str, ModelEndpoint]:
        return dict(self._models)


def create_directory(name: str = DIRECTORY_NAME) -> Any:
    """Create the named directory actor (0 CPUs, so it never competes with replicas for a slot)."""
    import ray

    return ray.remote(num_cpus=0)(WorkerGroupDirectory).options(name=name).remote()


def parse_sentinel(url: str) -> str | None:
    """``"worker_group:verifier"`` -> ``"verifier"``; None for anything else."""
    if isinstance(url, str) and url.startswith(SENTINEL):
        return url[len(SENTINEL):] or "verifier"
    return None


def _get_actor(name: str) -> Any | None:
    import ray

    if not ray.is_initialized():
        raise VerifierSetupError(f"base_url {SENTINEL}... needs a Ray job, but Ray is not initialized in this process; "
                                 f"{FIX}")
    try:
        return ray.get_actor(name)
    except ValueError:
        return None


async def resolve(model: str, *, wait_s: float = 10.0, poll_s: float = 0.5,
                  name: str = DIRECTORY_NAME) -> ModelEndpoint:
    """The endpoint of ``model`` from the directory actor, waiting up to ``wait_s`` for it to appear.

    Raises :class:`VerifierSetupError` (always fatal) naming the model and the fix when the
    directory does not exist or does not list the model.
    """
    deadline = time.monotonic() + wait_s
    loop = asyncio.get_running_loop()
    while True:
        handle = await loop.run_in_executor(None, _get_actor, name)
        if handle is not None:
            endpoint = await handle.lookup.remote(model)
            if endpoint is not None:
                return endpoint
            known = sorted(await handle.models.remote())
            if time.monotonic() >= deadline:
                raise VerifierSetupError(f"the verifier worker group serves no model {model!r} (it serves {known}); "
                                         f"set base_url to {SENTINEL}<one of {known}> or add models.{model} to "
                                         "reward.rubric.worker_group")
        elif time.monotonic() >= deadline:
            raise VerifierSetupError(f"base_url {SENTINEL}{model}: no verifier worker group is running (Ray actor "
                                     f"{name!r} not found after {wait_s:g} s); {FIX}")
        await asyncio.sleep(poll_s)
