"""One verifier replica: a Ray actor, placed in its own placement group, that runs a vLLM server.

The actor holds the bundle's resources (``GPU: tp`` and ``CPU: cpus``, or ``CPU`` alone on cpu), so
Ray sets ``CUDA_VISIBLE_DEVICES`` in its process and the vLLM subprocess, which inherits the
actor's environment plus the ``env`` passed in, sees exactly its GPUs. The server binds to the
node's IP on a free port and refuses requests without the group's API key. The server's process
tree dies with this actor (:mod:`rubric_plugin.worker_group.lifetime`), and Ray kills the actor
when its owner (the TaskRunner, and through it the driver) dies. Ray is not imported here: the
group wraps the class with ``ray.remote``.
"""
from __future__ import annotations

import os
import tempfile
import threading
from typing import Any, Mapping

from rubric_plugin.worker_group.config import ModelSpec
from rubric_plugin.worker_group.server import VLLMServer, parse_prometheus_counters


def server_for(spec: ModelSpec, device: str, host: str, env: Mapping[str, str], log_path: str,
               api_key: str | None = None) -> VLLMServer:
    """The vLLM server of one replica of ``spec`` on ``device`` ("gpu" or "cpu"), requiring ``api_key``."""
    gpu = device == "gpu"
    return VLLMServer(
        spec.model_path,
        served_model_name=spec.served_model_name,
        max_model_len=spec.max_model_len,
        dtype="auto" if gpu else "bfloat16",
        block_size=None if gpu else 32,
        enforce_eager=not gpu,
        kv_cache_gib=spec.kv_cache_gib,
        extra_args=spec.extra_args,
        env={**env, **spec.env},
        log_path=log_path,
        host=host,
        device=device,
        tensor_parallel_size=spec.tensor_parallel_size,
        gpu_memory_utilization=spec.gpu_memory_utilization if gpu else None,
        api_key=api_key,
    )


class VerifierReplica:
    """Actor body: ``start`` launches the server and waits until it is healthy; ``stop`` ends it."""

    def __init__(self, spec: ModelSpec, device: str, index: int, env: Mapping[str, str],
                 api_key: str | None = None) -> None:
        import ray

        host = ray.util.get_node_ip_address().strip("[]")
        fd, log_path = tempfile.mkstemp(prefix=f"rubric-wg-{spec.name}-{index}-", suffix=".log")
        os.close(fd)
        self.server = server_for(spec, device, host, env, log_path, api_key)
        self._stopping = threading.Event()

    def start(self, timeout_s: float) -> str:
        """Launch and wait for ``/health``; the base URL. Raises ``VLLMServerError`` with the log's tail."""
        if self._stopping.is_set():  # the group gave up before this call ran: launch nothing
            raise RuntimeError("replica stopped before its server was started")
        self.server.start(timeout=timeout_s)
        return self.server.base_url

    def info(self) -> dict[str, Any]:
        return {"base_url": self.server.base_url, "pid": self.server.pid, "running": self.server.running(),
                "log_path": str(self.server.log_path), "pids": self.server.group_pids(),
                "tree": self.server.tree_pids(), "watchdog_pid": self.server.watchdog_pid,
                "actor_pid": os.getpid(), "startup_s": self.server.startup_seconds}

    def log_tail(self, n_lines: int = 60) -> str:
        return self.server.log_tail(n_lines)

    def metrics(self) -> dict[str, float]:
        """Counters from the server's ``/metrics``, summed over label sets (empty when it is down)."""
        import httpx

        try:
            response = httpx.get(f"{self.server.url}/metrics", timeout=10.0)
            response.raise_for_status()
        except httpx.HTTPError:
            return {}
        return parse_prometheus_counters(response.text, {"vllm:prompt_tokens_total": "prompt_tokens",
                                                        "vllm:request_success_total": "requests",
                                                        "vllm:num_requests_running": "running"})

    def stop(self, grace_s: float = 20.0) -> None:
        """SIGTERM the server's process group, SIGKILL what is left after ``grace_s``."""
        self._stopping.set()
        self.server.stop(grace=grace_s)
