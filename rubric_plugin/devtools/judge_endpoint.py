"""A local OpenAI-compatible rubric judge of known capacity, for benchmarking the verifier pipeline.

Every chat request takes exactly ``latency`` seconds once admitted, and at most ``max_concurrency``
requests are served at a time; the rest wait in FIFO order. Slots follow a nominal schedule
(:class:`JudgeState`), so the endpoint sustains exactly ``max_concurrency / latency`` requests per
second however busy its own process is, and a benchmark can compare the pipeline's measured
throughput with that ceiling.

Answers follow the plugin's verdict format, ``{"<id>": {"reason": "...", "verdict": "yes"|"no"}}``,
for exactly the ids in ``response_format.json_schema.schema.required``; without a schema the ids are
read from the rubric lines (``1. id=<id>: ...``) of the prompt. A verdict is "yes" iff the SHA-256 of
the last user message plus the id is even, or "no" for every id when the user message contains
``VERDICT=no``.

``reasoning`` makes it answer like a reasoning judge whose reasoning holds a draft verdict with
every verdict flipped (so a parser that reads the draft gets each one wrong):

* ``think`` (Qwen3 with thinking on): ``<think>`` reasoning ``</think>`` then the answer, in the content;
* ``open`` (R1-style distills, whose chat template opens ``<think>``): reasoning ``</think>`` answer;
* ``separate`` (a server with a reasoning parser; vLLM >= 0.10): the reasoning in
  ``message.reasoning``, the answer in the content; ``separate_legacy`` uses ``message.reasoning_content``;
* ``unfinished``: ``<think>`` and the reasoning with no end and no answer (a stopped thinker).

Routes: ``POST /v1/chat/completions``, ``GET /health``, ``GET /v1/models``,
``GET /stats`` and ``POST /stats/reset``.
:class:`JudgeEndpoint` runs ``python -m rubric_plugin.devtools.judge_endpoint`` in a separate process.
"""
from __future__ import annotations

import argparse
import asyncio
import contextlib
import hashlib
import heapq
import json
import re
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from typing import Any

import httpx
import orjson
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

_RUBRIC_LINE = re.compile(r"^\s*\d+\.\s+id=([A-Za-z0-9][A-Za-z0-9_.:-]{0,63}?):\s", re.MULTILINE)
NO_MARKER = "VERDICT=no"
REASONING_STYLES = ("none", "think", "open", "separate", "separate_legacy", "unfinished")


class JudgeState:
    """Capacity settings and live counters of one endpoint process.

    Requests are served on a **nominal schedule**: ``max_concurrency`` slots, each request taking the
    slot that frees first (FIFO), admitted at ``max(arrival, slot free)`` and answered at admission +
    ``latency``. The endpoint process's own scheduling delays (it shares the benchmark's cores) do not
    stretch a slot, as a judge on its own hardware would not: the capacity is exactly
    ``max_concurrency / latency``, and only a client that does not keep the queue fed loses any.

    ``in_flight`` counts requests between admission and answer (live), ``max_in_flight`` the most
    slots busy at any admission (nominal, so it never exceeds ``max_concurrency``), ``waiting``
    those queued for a slot, and ``busy_s`` the time with at least one request in flight.
    """

    def __init__(self, latency: float, max_concurrency: int, model: str, reasoning: str = "none") -> None:
        self.latency, self.max_concurrency, self.model = latency, max_concurrency, model
        self.reasoning = reasoning
        self._free_at = [0.0] * max_concurrency  # a heap: when each slot is next free (monotonic s)
        self.served = self.in_flight = self.max_in_flight = self.waiting = self.max_waiting = 0
        self.busy_s = 0.0
        self._busy_since = self._started = time.monotonic()
        self._cpu_start = time.process_time()

    async def serve(self) -> None:
        """Wait for a slot (FIFO), hold it for ``latency`` on the nominal schedule, and keep the counters."""
        now = time.monotonic()
        start = max(now, heapq.heappop(self._free_at))
        end = start + self.latency
        busy = sum(t > start for t in self._free_at) + 1  # slots busy at this request's admission
        heapq.heappush(self._free_at, end)
        self.max_in_flight = max(self.max_in_flight, busy)
        if start > now:
            self.waiting += 1
            self.max_waiting = max(self.max_waiting, self.waiting)
            try:
                await asyncio.sleep(start - now)
            finally:
                self.waiting -= 1
        if self.in_flight == 0:
            self._busy_since = time.monotonic()
        self.in_flight += 1
        try:
            await asyncio.sleep(max(0.0, end - time.monotonic()))
        finally:
            self.in_flight -= 1
            self.served += 1
            if self.in_flight == 0:
                self.busy_s += time.monotonic() - self._busy_since

    def reset(self) -> None:
        """Zero the counters, keeping requests that are in flight or waiting now."""
        self.served, self.max_in_flight, self.max_waiting = 0, self.in_flight, self.waiting
        self.busy_s, self._started, self._busy_since = 0.0, time.monotonic(), time.monotonic()
        self._cpu_start = time.process_time()

    def snapshot(self) -> dict[str, Any]:
        """The counters as the ``/stats`` JSON object."""
        busy = self.busy_s + (time.monotonic() - self._busy_since if self.in_flight else 0.0)
        return {"requests": self.served, "in_flight": self.in_flight, "max_in_flight": self.max_in_flight,
                "waiting": self.waiting, "max_waiting": self.max_waiting, "busy_s": round(busy, 6),
                "uptime_s": round(time.monotonic() - self._started, 6), "latency_s": self.latency,
                "max_concurrency": self.max_concurrency, "capacity_rps": self.max_concurrency / self.latency,
                # the endpoint process's own CPU time since the last reset (it shares the client's cores)
                "cpu_s": round(time.process_time() - self._cpu_start, 6)}


def _text(content: Any) -> str:
    """Plain text of a message ``content`` (a string or a list of OpenAI content parts)."""
    if isinstance(content, list):
        return "".join(p.get("text", "") for p in content if isinstance(p, dict))
    return content if isinstance(content, str) else ""


def criterion_ids(body: dict[str, Any]) -> list[str]:
    """Ids to answer: the schema's top-level ``required`` list, else the prompt's rubric lines."""
    schema = ((body.get("response_format") or {}).get("json_schema") or {}).get("schema") or {}
    required = schema.get("required")
    if isinstance(required, list) and required:
        return [str(cid) for cid in required]
    text = "\n".join(_text(m.get("content")) for m in body.get("messages", []) if isinstance(m, dict))
    return list(dict.fromkeys(_RUBRIC_LINE.findall(text)))


def verdicts(body: dict[str, Any]) -> dict[str, dict[str, str]]:
    """The deterministic answer object for a chat request; see the module docstring."""
    users = [_text(m.get("content")) for m in body.get("messages", []) if isinstance(m, dict) and m.get("role") == "user"]
    last = users[-1] if users else ""
    forced_no = NO_MARKER in last
    out: dict[str, dict[str, str]] = {}
    for cid in criterion_ids(body):
        even = hashlib.sha256(f"{last}\x00{cid}".encode()).digest()[-1] % 2 == 0
        ok = even and not forced_no
        out[cid] = {"reason": f"synthetic judge: criterion {cid} {'met' if ok else 'not met'}",
                    "verdict": "yes" if ok else "no"}
    return out


def draft_reasoning(answer: dict[str, dict[str, str]]) -> str:
    """A thinker's reasoning whose draft verdict flips every verdict of ``answer`` before revising it."""
    flipped = {cid: {"reason": "first impression", "verdict": "no" if v["verdict"] == "yes" else "yes"}
               for cid, v in answer.items()}
    return ("Okay, I need to judge the response against each criterion of the rubric.\n"
            f"Draft answer: {json.dumps(flipped)}\n"
            "Wait, let me re-read the response more carefully before I commit. I misread it the first time: "
            "each of my draft verdicts is backwards, so I'll reverse all of them in the final answer.")


def completion(body: dict[str, Any], model: str, reasoning: str = "none") -> dict[str, Any]:
    """An OpenAI ``chat.completion`` object answering ``body`` (in the given reasoning style)."""
    answer = verdicts(body)
    content = json.dumps(answer, separators=(",", ":"))
    message: dict[str, Any] = {"role": "assistant"}
    thought = draft_reasoning(answer) if reasoning != "none" else ""
    if reasoning == "think":
        content = f"<think>\n{thought}\n</think>\n\n{content}"
    elif reasoning == "open":
        content = f"{thought}\n</think>\n\n{content}"
    elif reasoning == "separate":
        message["reasoning"] = thought
    elif reasoning == "separate_legacy":
        message["reasoning_content"] = thought
    elif reasoning == "unfinished":
        content = f"<think>\n{thought}"
    message["content"] = content
    prompt_chars = sum(len(_text(m.get("content"))) for m in body.get("messages", []) if isinstance(m, dict))
    prompt_tokens = prompt_chars // 4
    reasoning_tokens = len(thought) // 4 if reasoning.startswith("separate") else 0
    completion_tokens = max(1, len(content) // 4) + reasoning_tokens
    return {"id": f"chatcmpl-{uuid.uuid4().hex}", "object": "chat.completion", "created": int(time.time()),
            "model": body.get("model") or model,
            "choices": [{"index": 0, "message": message, "logprobs": None, "finish_reason": "stop"}],
            "usage": {"prompt_tokens": prompt_tokens, "completion_tokens": completion_tokens,
                      "total_tokens": prompt_tokens + completion_tokens,
                      "prompt_tokens_details": {"cached_tokens": 0},
                      "completion_tokens_details": {"reasoning_tokens": reasoning_tokens}}}


def _error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": {"message": message, "type": "invalid_request_error", "code": status}}, status)


def create_app(latency: float = 0.1, max_concurrency: int = 8, model: str = "synthetic-judge",
               reasoning: str = "none") -> Starlette:
    """The judge endpoint as an ASGI app (state lives in ``app.state.judge``)."""
    if latency <= 0 or max_concurrency < 1:
        raise ValueError(f"latency={latency} must be > 0 and max_concurrency={max_concurrency} >= 1")
    if reasoning not in REASONING_STYLES:
        raise ValueError(f"reasoning={reasoning!r}; expected one of {list(REASONING_STYLES)}")
    state = JudgeState(latency, max_concurrency, model, reasoning)

    async def chat(request: Request) -> Response:
        raw = await request.body()
        try:
            body = orjson.loads(raw)  # the fast path; json takes what orjson refuses (NaN, huge integers)
        except ValueError:
            try:
                body = json.loads(raw)
            except ValueError:
                return _error(400, "request body is not JSON")
        if not isinstance(body, dict) or not isinstance(body.get("messages"), list):
            return _error(400, "expected a JSON object with a 'messages' list")
        if body.get("stream"):
            return _error(400, "streaming is not supported by the synthetic judge")
        await state.serve()
        # the bytes JSONResponse would send (compact, UTF-8), encoded with orjson: the endpoint shares
        # the benchmark's cores, so its own CPU per request is kept small
        return Response(orjson.dumps(completion(body, state.model, state.reasoning)), media_type="application/json")

    async def info(request: Request) -> Response:
        """``GET /health``, ``/v1/models``, ``/stats``; ``POST /stats/reset``."""
        path = request.url.path
        if path == "/health":
            return JSONResponse({"status": "ok"})
        if path == "/v1/models":
            return JSONResponse({"object": "list", "data": [
                {"id": state.model, "object": "model", "created": 0, "owned_by": "rubric_plugin"}]})
        if path == "/stats/reset":
            state.reset()
        return JSONResponse(state.snapshot())

    app = Starlette(routes=[Route("/v1/chat/completions", chat, methods=["POST"]),
                            *(Route(path, info) for path in ("/health", "/v1/models", "/stats")),
                            Route("/stats/reset", info, methods=["POST"])])
    app.state.judge = state
    return app


class JudgeEndpoint:
    """The judge endpoint in its own process (so it does not share the client's core), as a context manager.

    ``port=0`` picks a free port; :meth:`start` returns once ``/health`` answers. ``url`` is the server
    root and ``base_url`` the OpenAI base URL (``http://127.0.0.1:PORT/v1``).
    """

    def __init__(self, latency: float = 0.1, max_concurrency: int = 8, port: int = 0,
                 model: str = "synthetic-judge", host: str = "127.0.0.1", reasoning: str = "none") -> None:
        if latency <= 0 or max_concurrency < 1:
            raise ValueError(f"latency={latency} must be > 0 and max_concurrency={max_concurrency} >= 1")
        if reasoning not in REASONING_STYLES:
            raise ValueError(f"reasoning={reasoning!r}; expected one of {list(REASONING_STYLES)}")
        self.latency, self.max_concurrency, self.model = float(latency), int(max_concurrency), model
        self.reasoning = reasoning
        if not port:
            with socket.socket() as probe:
                probe.bind((host, 0))
                port = int(probe.getsockname()[1])
        self.host, self.port = host, port
        self.url = f"http://{host}:{port}"
        self.base_url = self.url + "/v1"
        self._proc: subprocess.Popen[bytes] | None = None
        self._log: Any = None

    @property
    def capacity(self) -> float:
        """Sustainable throughput in requests per second (``max_concurrency / latency``)."""
        return self.max_concurrency / self.latency

    def start(self, timeout: float = 30.0) -> JudgeEndpoint:
        """Launch the server process and wait until ``/health`` answers."""
        if self._proc is not None:
            return self
        cmd = [sys.executable, "-m", "rubric_plugin.devtools.judge_endpoint", "--host", self.host,
               "--port", str(self.port), "--latency", str(self.latency),
               "--max-concurrency", str(self.max_concurrency), "--model", self.model, "--reasoning", self.reasoning]
        self._log = tempfile.TemporaryFile()
        self._proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=self._log)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._proc.poll() is not None:
                self._log.seek(0)
                tail = self._log.read().decode(errors="replace")[-2000:]
                self.stop()
                raise RuntimeError(f"judge endpoint exited early: {tail}")
            with contextlib.suppress(httpx.TransportError):
                if httpx.get(self.url + "/health", timeout=1.0).status_code == 200:
                    return self
            time.sleep(0.05)
        self.stop()
        raise TimeoutError(f"judge endpoint not healthy after {timeout}s")

    def stop(self) -> None:
        """Terminate the server process (idempotent)."""
        if self._proc is not None:
            self._proc.terminate()
            try:
                self._proc.wait(10)
            except subprocess.TimeoutExpired:
                self._proc.kill()
                self._proc.wait()
            self._proc = None
        if self._log is not None:
            self._log.close()
            self._log = None

    def stats(self) -> dict[str, Any]:
        """The endpoint's ``/stats`` counters."""
        return httpx.get(self.url + "/stats", timeout=10.0).raise_for_status().json()

    def reset_stats(self) -> dict[str, Any]:
        """Zero the counters (between benchmark runs) and return them."""
        return httpx.post(self.url + "/stats/reset", timeout=10.0).raise_for_status().json()

    def __enter__(self) -> JudgeEndpoint:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def main(argv: list[str] | None = None) -> None:
    """Command line: serve the judge endpoint until interrupted."""
    import uvicorn

    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--latency", type=float, default=0.1, help="seconds per request once admitted")
    p.add_argument("--max-concurrency", type=int, default=8, help="requests served at once; the rest queue")
    p.add_argument("--model", default="synthetic-judge")
    p.add_argument("--reasoning", default="none", choices=REASONING_STYLES,
                   help="answer like a reasoning judge whose draft verdict contradicts its final answer")
    a = p.parse_args(argv)
    # loop="auto": uvloop when installed (less CPU per request on the cores the client shares)
    uvicorn.run(create_app(a.latency, a.max_concurrency, a.model, a.reasoning), host=a.host, port=a.port, log_level="warning",
                loop="auto", backlog=4096, limit_concurrency=None, timeout_keep_alive=600, access_log=False)


if __name__ == "__main__":
    main()
