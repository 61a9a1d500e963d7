"""The run's key on every route of a worker-group server, not only on vLLM's ``/v1``.

vLLM's ``--api-key`` (``VLLM_API_KEY``) guards only the ``/v1``, ``/v2``, ``/inference`` and
``/cohere`` prefixes. Other routes of the same server stay open, ``/invocations`` among them, which
answers chat and completion requests exactly as ``/v1`` does, and ``/tokenize``. A server bound
to the node's IP with only vLLM's check is therefore still usable (and loadable) by anyone on
the cluster network.

:class:`RequireRunKey` is a plain ASGI middleware that the plugin's servers load with
``--middleware rubric_plugin.worker_group.auth.RequireRunKey`` whenever they have a key: every
request except the probes in :data:`OPEN_PATHS` must carry ``Authorization: Bearer <key>``, else
it gets HTTP 401 (a WebSocket is closed with code 1008). The key is read from the server's
environment (``VLLM_API_KEY``), never from its command line.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import os
from typing import Any, Awaitable, Callable

#: Routes answered without the key: the readiness probe and Prometheus metrics (no inference).
OPEN_PATHS = frozenset({"/health", "/metrics"})
#: The environment variable holding the run's key (the one vLLM reads too).
KEY_ENV = "VLLM_API_KEY"
#: The import path given to vLLM's ``--middleware``.
IMPORT_PATH = "rubric_plugin.worker_group.auth.RequireRunKey"

Scope = dict[str, Any]
ASGIApp = Callable[[Scope, Callable[[], Awaitable[dict]], Callable[[dict], Awaitable[None]]], Awaitable[None]]


class RequireRunKey:
    """Refuse every request without the run's bearer key, except :data:`OPEN_PATHS` and CORS preflights."""

    def __init__(self, app: ASGIApp, key: str | None = None) -> None:
        key = key if key is not None else os.environ.get(KEY_ENV)
        if not key:
            raise RuntimeError(f"{IMPORT_PATH} needs the run's key in {KEY_ENV}; the server was started without one")
        self.app = app
        self._digest = hashlib.sha256(key.encode()).digest()

    def authorized(self, scope: Scope) -> bool:
        for name, value in scope.get("headers", ()):
            if name.lower() == b"authorization":
                scheme, _, token = value.decode("latin-1").partition(" ")
                if scheme.lower() == "bearer":
                    return hmac.compare_digest(hashlib.sha256(token.strip().encode()).digest(), self._digest)
        return False

    async def __call__(self, scope: Scope, receive, send) -> None:
        kind = scope.get("type")
        if kind not in ("http", "websocket") or scope.get("method") == "OPTIONS":
            return await self.app(scope, receive, send)
        path = scope.get("path", "")
        root = scope.get("root_path", "")
        if root and path.startswith(root):
            path = path[len(root):]
        if path in OPEN_PATHS or self.authorized(scope):
            return await self.app(scope, receive, send)
        if kind == "websocket":
            await send({"type": "websocket.close", "code": 1008})
            return
        body = json.dumps({"error": "Unauthorized: this server needs the run's API key"}).encode()
        await send({"type": "http.response.start", "status": 401,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                                (b"www-authenticate", b"Bearer")]})
        await send({"type": "http.response.body", "body": body})


__all__ = ["IMPORT_PATH", "KEY_ENV", "OPEN_PATHS", "RequireRunKey"]
