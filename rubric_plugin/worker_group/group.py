"""The verifier worker group: vLLM replicas of one or more models on their own Ray placement groups.

``start`` creates one STRICT_PACK placement group per replica (a single bundle ``{"GPU": tp,
"CPU": cpus}``, or ``{"CPU": cpus}`` on cpu), waits for them with the startup timeout (naming
what was asked for against ``ray.available_resources()`` instead of hanging), places one
:class:`~rubric_plugin.worker_group.replica.VerifierReplica` actor in each, starts every server
in parallel and waits until all are healthy, starts one verl naive router per model when
``routing=router``, and publishes ``{model: urls, served name, router, API key}`` in the named
directory actor. Any failure tears down whatever was started. ``shutdown`` is idempotent.

The servers bind to the node's IP, so each group generates a random API key (``secrets``, 256
bits) that every replica requires on ``/v1``; only the directory hands it out. The routers forward
the client's ``Authorization`` header, so they need no key of their own.
"""
from __future__ import annotations

import logging
import os
import secrets
import time
from typing import Any

from rubric_plugin.worker_group.config import WorkerGroupConfig
from rubric_plugin.worker_group.directory import DIRECTORY_NAME, ModelEndpoint, create_directory

logger = logging.getLogger(__name__)

#: Driver environment variables handed to every server: actors do not inherit the driver's
#: environment, so these are passed to the server subprocess explicitly (``env`` of a model wins).
ENV_PREFIXES = ("HF_", "HUGGING_FACE_", "TRANSFORMERS_", "TOKENIZERS_", "VLLM_", "NCCL_", "TORCH_")


class WorkerGroupError(RuntimeError):
    """The worker group could not start: resources, a replica that died or did not become healthy."""


def passthrough_env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k.startswith(ENV_PREFIXES)}


def launch_router(urls: list[str]) -> tuple[str, Any]:
    """Start verl's naive router (a forked process, least-loaded over ``urls``); ``(base URL, process)``.

    The router ignores the request's ``model``, so each model gets its own.
    """
    from verl.experimental.reward_loop.router.naive_router import launch_router_process

    roots = [u[: -len("/v1")] if u.endswith("/v1") else u for u in urls]
    address, process = launch_router_process(worker_urls=roots)
    return f"http://{address}/v1", process


def stop_router(process: Any, grace_s: float = 5.0) -> None:
    """Terminate a router process, then kill it if it is still alive after ``grace_s``."""
    process.terminate()
    process.join(grace_s)
    if process.is_alive():
        process.kill()
        process.join(grace_s)


class VerifierWorkerGroup:
    """See the module docstring. Use ``start()`` ... ``shutdown()`` (or a ``with`` block)."""

    def __init__(self, cfg: WorkerGroupConfig, directory_name: str = DIRECTORY_NAME) -> None:
        self.cfg = cfg
        self.directory_name = directory_name
        self._pgs: dict[str, list[Any]] = {}
        self._actors: dict[str, list[Any]] = {}
        self._endpoints: dict[str, ModelEndpoint] = {}
        self._routers: dict[str, Any] = {}
        self._directory: Any = None
        self._api_key: str | None = None

    # -- the trainer's view ------------------------------------------------------------------------
    def gpu_pool_spec(self) -> dict[str, list[int]]:
        """``{"rubric_<model>_pool": [n_gpus_per_node] * nnodes}`` per model on gpu; ``{}`` on cpu."""
        if self.cfg.device != "gpu":
            return {}
        return {f"rubric_{name}_pool": [m.n_gpus_per_node] * m.nnodes for name, m in self.cfg.models.items()}

    def urls(self, model: str) -> list[str]:
        """Replica base URLs (``http://host:port/v1``) of ``model``."""
        return list(self._endpoint(model).urls)

    def served_model_name(self, model: str) -> str:
        return self._endpoint(model).served_model_name

    def router_url(self, model: str) -> str | None:
        return self._endpoint(model).router_url

    def replicas(self, model: str) -> list[Any]:
        """The ``VerifierReplica`` actor handles of ``model``."""
        return list(self._actors.get(model, []))

    def placement_groups(self, model: str) -> list[Any]:
        return list(self._pgs.get(model, []))

    def _endpoint(self, model: str) -> ModelEndpoint:
        try:
            return self._endpoints[model]
        except KeyError:
            raise KeyError(f"worker group serves no model {model!r} (started: {sorted(self._endpoints)}); "
                           "call start() first or check the name") from None

    # -- lifecycle ---------------------------------------------------------------------------------
    def start(self) -> VerifierWorkerGroup:
        """Blocking; see the module docstring. On failure everything started is torn down, then it raises."""
        import ray

        if not ray.is_initialized():
            raise WorkerGroupError("the verifier worker group needs Ray; call ray.init() (verl's TaskRunner does)")
        deadline = time.monotonic() + self.cfg.startup_timeout_s
        self._api_key = secrets.token_urlsafe(32)
        try:
            self._directory = create_directory(self.directory_name)
            self._create_placement_groups(deadline)
            starts = self._start_replicas(deadline)
            self._wait_healthy(starts, deadline)
            for name in self.cfg.models:
                router = self._start_router(name) if self.cfg.routing == "router" else None
                ep = ModelEndpoint(tuple(self._endpoints[name].urls), self.cfg.models[name].served_model_name, router,
                                   api_key=self._api_key)
                self._endpoints[name] = ep
                ray.get(self._directory.publish.remote(name, ep))
        except BaseException:
            self.shutdown()
            raise
        return self

    def _create_placement_groups(self, deadline: float) -> None:
        import ray
        from ray.util.placement_group import placement_group

        gpu = self.cfg.device == "gpu"
        for name, spec in self.cfg.models.items():
            bundle = {"CPU": float(spec.cpus_per_replica)}
            if gpu:
                bundle["GPU"] = float(spec.tensor_parallel_size)
            self._pgs[name] = [placement_group([bundle], strategy="STRICT_PACK", name=f"rubric_wg_{name}_{i}")
                               for i in range(spec.num_replicas)]
        for name, pgs in self._pgs.items():
            for i, pg in enumerate(pgs):
                left = max(0.0, deadline - time.monotonic())
                ready, _ = ray.wait([pg.ready()], timeout=left)
                if not ready:
                    spec = self.cfg.models[name]
                    raise WorkerGroupError(
                        f"placement group {i} of model {name!r} (bundle {pg.bundle_specs[0]}, {spec.num_replicas} "
                        f"replicas in all) was not placed within startup_timeout_s={self.cfg.startup_timeout_s:g}; "
                        f"requested per model: {self._requested()}; available now: {ray.available_resources()}; "
                        "add nodes/GPUs or lower nnodes, n_gpus_per_node or cpus_per_replica")

    def _requested(self) -> dict[str, dict[str, float]]:
        gpu = self.cfg.device == "gpu"
        out = {}
        for name, s in self.cfg.models.items():
            out[name] = {"CPU": float(s.cpus_per_replica * s.num_replicas)}
            if gpu:
                out[name]["GPU"] = float(s.tensor_parallel_size * s.num_replicas)
        return out

    def _start_replicas(self, deadline: float) -> list[tuple[str, int, Any]]:
        import ray
        from ray.util.scheduling_strategies import PlacementGroupSchedulingStrategy

        from rubric_plugin.worker_group.replica import VerifierReplica

        env = passthrough_env()
        gpu = self.cfg.device == "gpu"
        remote_cls = ray.remote(VerifierReplica)
        starts = []
        for name, spec in self.cfg.models.items():
            self._actors[name] = []
            for i, pg in enumerate(self._pgs[name]):
                actor = remote_cls.options(
                    name=f"rubric_wg_{name}_{i}",
                    num_cpus=spec.cpus_per_replica,
                    num_gpus=spec.tensor_parallel_size if gpu else 0,
                    max_concurrency=4,  # info/metrics answer while start() waits for /health
                    scheduling_strategy=PlacementGroupSchedulingStrategy(
                        placement_group=pg, placement_group_bundle_index=0),
                ).remote(spec, self.cfg.device, i, env, self._api_key)
                self._actors[name].append(actor)
        timeout = max(1.0, deadline - time.monotonic())  # what is left after placement
        for name, actors in self._actors.items():
            starts += [(name, i, a.start.remote(timeout)) for i, a in enumerate(actors)]
        return starts

    def _wait_healthy(self, starts: list[tuple[str, int, Any]], deadline: float) -> None:
        import ray

        urls: dict[str, dict[int, str]] = {name: {} for name in self.cfg.models}
        pending = {ref: (name, i) for name, i, ref in starts}
        while pending:
            left = deadline - time.monotonic()
            done, _ = ray.wait(list(pending), num_returns=1, timeout=max(0.0, left))
            if not done:
                name, i = next(iter(pending.values()))
                raise WorkerGroupError(f"replica {i} of model {name!r} not healthy within startup_timeout_s="
                                       f"{self.cfg.startup_timeout_s:g}; log tail:\n{self._tail(name, i)}")
            ref = done[0]
            name, i = pending.pop(ref)
            try:
                urls[name][i] = ray.get(ref)
            except Exception as e:  # VLLMServerError (with the log tail) or the actor's death
                raise WorkerGroupError(f"replica {i} of model {name!r} failed to start: {e}") from e
        for name, by_index in urls.items():
            self._endpoints[name] = ModelEndpoint(tuple(by_index[i] for i in sorted(by_index)),
                                                  self.cfg.models[name].served_model_name)

    def _tail(self, name: str, i: int) -> str:
        import ray

        try:
            return ray.get(self._actors[name][i].log_tail.remote(), timeout=10)
        except Exception as e:  # the actor may be busy or gone
            return f"<log unavailable: {type(e).__name__}: {e}>"

    def _start_router(self, name: str) -> str:
        url, self._routers[name] = launch_router(list(self._endpoints[name].urls))
        return url

    def shutdown(self, grace_s: float = 20.0) -> None:
        """Stop every server (SIGTERM, then SIGKILL of its process group), kill the actors, remove the
        placement groups, stop the routers and kill the directory. Safe to call more than once."""
        try:
            import ray
        except ImportError:  # pragma: no cover
            return
        for process in self._routers.values():
            stop_router(process)
        self._routers.clear()
        actors = [a for group in self._actors.values() for a in group]
        if actors and ray.is_initialized():
            stops = [a.stop.remote(grace_s) for a in actors]
            try:
                ray.wait(stops, num_returns=len(stops), timeout=grace_s + 15)
            except Exception as e:  # noqa: BLE001 - best effort: the kill below still runs
                logger.warning("worker group: stopping servers failed: %s", e)
            for a in actors:
                try:
                    ray.kill(a, no_restart=True)
                except Exception:  # noqa: BLE001 - already gone
                    pass
        self._actors.clear()
        if ray.is_initialized():
            from ray.util.placement_group import remove_placement_group

            for pg in (pg for pgs in self._pgs.values() for pg in pgs):
                try:
                    remove_placement_group(pg)
                except Exception:  # noqa: BLE001 - already removed
                    pass
            if self._directory is not None:
                try:
                    ray.kill(self._directory, no_restart=True)
                except Exception:  # noqa: BLE001
                    pass
        self._pgs.clear()
        self._directory = None
        self._endpoints.clear()
        self._api_key = None

    def __enter__(self) -> VerifierWorkerGroup:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.shutdown()
