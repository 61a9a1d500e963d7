"""A fault-injecting reverse proxy for testing the verifier against a misbehaving OpenAI-compatible server.

:class:`FaultProxy` sits in front of an upstream (``vllm serve``, the synthetic judge of
:mod:`rubric_plugin.devtools.judge_endpoint`) and serves in a background thread of the test process,
so a test scripts faults directly: ``proxy.inject(Fault.status(429), Fault.delay(5.0), Fault.reset())``.
Each ``POST .../chat/completions`` request consumes the next planned fault, in order; once the plan is
empty it meets the sticky fault of :meth:`FaultProxy.fail_all`, if any, else passes through untouched.
Other requests always pass through, unlogged. An unreachable upstream yields 502 with a JSON error.
"""
from __future__ import annotations

import asyncio
import json
import socket
import threading
import time
from dataclasses import dataclass
from typing import Any, Awaitable, Callable

import httpx
import uvicorn

Scope = dict[str, Any]
Receive = Callable[[], Awaitable[dict[str, Any]]]
Send = Callable[[dict[str, Any]], Awaitable[None]]

KINDS = ("status", "delay", "truncate", "garbage", "reset")
GARBAGE = b"<html>upstream hiccup</html>"
_HOP_BY_HOP = {b"host", b"content-length", b"connection", b"keep-alive", b"transfer-encoding", b"upgrade",
               b"te", b"trailer", b"proxy-authorization", b"proxy-connection", b"accept-encoding"}


@dataclass(frozen=True)
class Fault:
    """One injected fault; build it with the class methods (``Fault.status(429)``, ``Fault.reset()``)."""

    kind: str
    code: int | None = None  # HTTP status of a ``status`` fault
    seconds: float = 0.0  # wait before forwarding, for a ``delay`` fault

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"fault kind {self.kind!r}; expected one of {list(KINDS)}")

    @classmethod
    def status(cls, code: int) -> Fault:
        """Answer ``code`` with a JSON error body, without forwarding (429 carries ``Retry-After: 0``)."""
        return cls("status", code=int(code))

    @classmethod
    def delay(cls, seconds: float) -> Fault:
        """Wait ``seconds``, then forward (to outlast the client's timeout)."""
        return cls("delay", seconds=float(seconds))

    @classmethod
    def truncate(cls) -> Fault:
        """Forward, then answer 200 with only the first half of the upstream's 200 body."""
        return cls("truncate")

    @classmethod
    def garbage(cls) -> Fault:
        """Answer 200 with a non-JSON body, without forwarding."""
        return cls("garbage")

    @classmethod
    def reset(cls) -> Fault:
        """Drop the connection without any response (the client sees a transport error)."""
        return cls("reset")

    @classmethod
    def parse(cls, text: str) -> Fault:
        """From text: ``"429"``, ``"status:500"``, ``"delay:5"``, ``"truncate"``, ``"garbage"``, ``"reset"``."""
        kind, _, arg = text.strip().partition(":")
        if kind.isdigit():
            return cls.status(int(kind))
        if kind == "status":
            return cls.status(int(arg))
        if kind == "delay":
            return cls.delay(float(arg))
        return cls(kind)


def _upstream_root(url: str) -> str:
    url = url.rstrip("/")
    return url[:-3] if url.endswith("/v1") else url


async def _respond(send: Send, status: int, body: bytes, content_type: bytes, extra: list[Any] | None = None) -> None:
    headers = [(b"content-type", content_type), (b"content-length", str(len(body)).encode()), *(extra or [])]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


def _error_body(status: int, message: str) -> bytes:
    return json.dumps({"error": {"message": message, "type": "fault_proxy", "code": status}}).encode()


async def _drop_connection(send: Send) -> None:
    """Abort the TCP connection under this request without writing a byte.

    uvicorn's ``send`` is a method of its per-request cycle, which holds the transport. After the
    abort the cycle is marked disconnected, so uvicorn writes no fallback 500 either.
    """
    transport = getattr(getattr(send, "__self__", None), "transport", None)
    if transport is None:
        raise RuntimeError("a reset fault needs the proxy served by uvicorn (FaultProxy.start)")
    transport.abort()
    await asyncio.sleep(0)  # connection_lost runs before this task resumes
    await asyncio.sleep(0)


class FaultProxy:
    """The proxy, serving in a background thread; a context manager (see the module docstring).

    ``log`` holds one ``(kind, status)`` per chat request in arrival order: kind ``"pass"`` when no fault
    applied; status is the one sent to the client, ``None`` until known and after a reset.
    """

    def __init__(self, upstream_url: str, host: str = "127.0.0.1", port: int = 0) -> None:
        self.upstream = _upstream_root(upstream_url)
        self.host, self.port = host, port
        self.log: list[tuple[str, int | None]] = []
        self._plan: list[Fault] = []
        self._sticky: Fault | None = None
        self._lock = threading.Lock()
        self._client: httpx.AsyncClient | None = None
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        """Server root, e.g. ``http://127.0.0.1:PORT`` (the port is known once started when 0 was asked)."""
        return f"http://{self.host}:{self.port}"

    @property
    def base_url(self) -> str:
        """OpenAI base URL for the verifier, ``url + "/v1"``."""
        return self.url + "/v1"

    @property
    def requests(self) -> int:
        """Chat requests seen so far."""
        with self._lock:
            return len(self.log)

    @property
    def pending(self) -> int:
        """Planned faults not yet consumed."""
        with self._lock:
            return len(self._plan)

    def inject(self, *faults: Fault | str) -> FaultProxy:
        """Append faults to the plan; each is consumed by one chat request, in order."""
        with self._lock:
            self._plan.extend(f if isinstance(f, Fault) else Fault.parse(f) for f in faults)
        return self

    def fail_all(self, fault: Fault | str | None) -> FaultProxy:
        """Apply ``fault`` to every chat request once the plan is empty; ``None`` turns it off."""
        with self._lock:
            self._sticky = Fault.parse(fault) if isinstance(fault, str) else fault
        return self

    def clear(self) -> None:
        """Drop the remaining plan and the sticky fault (the log is kept)."""
        with self._lock:
            self._plan.clear()
            self._sticky = None

    def _take(self) -> tuple[Fault | None, int]:
        """The fault for a new chat request and the index of its (not yet final) log entry."""
        with self._lock:
            fault = self._plan.pop(0) if self._plan else self._sticky
            self.log.append((fault.kind if fault else "pass", None))
            return fault, len(self.log) - 1

    def _settle(self, index: int, status: int) -> None:
        with self._lock:
            self.log[index] = (self.log[index][0], status)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """The ASGI app."""
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
            return
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        if scope["method"] != "POST" or not scope["path"].endswith("/chat/completions"):
            await _respond(send, *await self._fetch(scope, body))
            return
        fault, index = self._take()
        kind = fault.kind if fault else "pass"
        if fault is not None and kind == "reset":
            await _drop_connection(send)
            return
        if fault is not None and kind == "status":
            code = fault.code or 500
            answer = (code, _error_body(code, f"injected fault: HTTP {code}"), b"application/json",
                      [(b"retry-after", b"0")] if code == 429 else [])
        elif kind == "garbage":
            answer = (200, GARBAGE, b"text/html", [])
        else:
            if fault is not None and kind == "delay":
                await asyncio.sleep(fault.seconds)
            answer = await self._fetch(scope, body)
            if kind == "truncate" and answer[0] == 200:
                answer = (200, answer[1][: len(answer[1]) // 2], *answer[2:])
        self._settle(index, answer[0])
        await _respond(send, *answer)

    async def _fetch(self, scope: Scope, body: bytes) -> tuple[int, bytes, bytes, list[Any]]:
        """The upstream answer as (status, body, content type, extra headers); 502 when unreachable."""
        assert self._client is not None, "the proxy's client is made at lifespan startup"
        headers = [(k, v) for k, v in scope["headers"] if k.lower() not in _HOP_BY_HOP]
        query = scope.get("query_string", b"").decode()
        url = self.upstream + scope["path"] + (f"?{query}" if query else "")
        try:
            r = await self._client.request(scope["method"], url, headers=headers, content=body)
        except httpx.HTTPError as e:
            return 502, _error_body(502, f"upstream unreachable: {type(e).__name__}: {e}"), b"application/json", []
        extra = [(b"retry-after", r.headers["retry-after"].encode())] if "retry-after" in r.headers else []
        return r.status_code, r.content, r.headers.get("content-type", "application/json").encode(), extra

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                self._client = httpx.AsyncClient(timeout=httpx.Timeout(None, connect=5.0),
                                                 limits=httpx.Limits(max_connections=None, max_keepalive_connections=256))
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                if self._client is not None:
                    await self._client.aclose()
                await send({"type": "lifespan.shutdown.complete"})
                return

    def start(self, timeout: float = 10.0) -> FaultProxy:
        """Serve in a background thread; returns once the proxy accepts connections."""
        if self._thread is not None:
            return self
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((self.host, self.port))
        self.port = int(sock.getsockname()[1])
        config = uvicorn.Config(self, lifespan="on", log_level="warning", log_config=None, loop="asyncio",
                                backlog=2048, limit_concurrency=None, timeout_keep_alive=600, access_log=False,
                                proxy_headers=False, timeout_graceful_shutdown=2)
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, kwargs={"sockets": [sock]},
                                        name=f"fault-proxy-{self.port}", daemon=True)
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"fault proxy did not start on {self.url}")
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        """Shut the server down (in-flight requests get ~2 s) and join its thread; idempotent."""
        if self._server is not None and self._thread is not None:
            self._server.should_exit = True
            self._thread.join(10)
        self._server = self._thread = None

    def __enter__(self) -> FaultProxy:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
