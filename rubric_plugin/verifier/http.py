"""OpenAI-compatible chat backend over ``aiohttp``: vLLM, SGLang, verl's reward router, hosted APIs.

* **Pooled and bounded**: one ``aiohttp.ClientSession`` per event loop (Ray actors and tests each run
  their own), keep-alive connections, and at most ``max_concurrency`` requests in flight; the
  rest wait their turn, so the endpoint sees a steady queue rather than a thundering herd.
  (aiohttp, the client verl's own reward loop uses, rather than httpx: httpcore's pool costs
  O(connections) per request and capped the pipeline at ~80 responses/s on 2 cores.)
* **Several endpoints** (``base_url`` a list): each request goes to the endpoint with the fewest
  requests in flight; an endpoint that failed at the transport level is avoided for
  ``cooldown_s`` (so do one that answered 429 or 5xx) so retries land on a live replica.
* **Structured output**: ``structured_output=json_schema`` sends the verdict schema as OpenAI's
  ``response_format`` (vLLM and SGLang enforce it during decoding); ``json_object`` asks for any
  JSON; ``none`` relies on the tolerant parser.
* **Errors**: every failure becomes a :class:`~rubric_plugin.errors.VerifierTransportError`
  whose ``retryable`` says whether to try again -- timeouts, connection errors, 408/409/425/429,
  5xx and malformed bodies are; 400/413/422 (this request is refused) are not; 401/403/404 (wrong
  key, model or URL), an invalid URL, or ``max_consecutive_rejections`` HTTP 400s in a row raise
  :class:`~rubric_plugin.errors.VerifierSetupError`, which fails the step. A 400 that says the
  request exceeds the judge's context is a :class:`~rubric_plugin.errors.ContextOverflowError`:
  the verifier shortens the response and re-sends it (:mod:`rubric_plugin.verifier.context`), and
  it never counts toward ``max_consecutive_rejections``.
* **Reasoning judges**: with ``reasoning_parser`` set (the server runs ``--reasoning-parser``),
  the reasoning comes back in ``message.reasoning`` / ``message.reasoning_content`` and
  ``message.content`` is the final answer; structured output then starts after the reasoning.
  Without it, a reasoning judge reasons inline and needs ``structured_output: none``
  (:meth:`OpenAIChatBackend.check_reasoning`). ``max_tokens_field: max_completion_tokens`` suits
  APIs that count reasoning under that name and refuse ``max_tokens``.
* ``base_url: router`` uses verl's reward-router address, handed over by the reward manager.
* ``base_url: worker_group:<model>`` uses the replicas (or the router) of ``<model>`` in the
  verifier worker group (:mod:`rubric_plugin.worker_group`), looked up in its directory actor on
  the first request; ``model: null`` then sends the group's served model name, and every request
  carries the group's API key for this run, handed over by the same lookup.
* **Keys**: ``api_key_env`` names an environment variable holding the key; an inline ``api_key``
  is a :class:`~rubric_plugin.errors.ConfigError` (verl prints its config and sends it to W&B).
"""
from __future__ import annotations

import asyncio
import contextlib
import os
import time
from typing import Any, Mapping, Sequence

import orjson

from rubric_plugin.errors import ConfigError, ContextOverflowError, VerifierSetupError, VerifierTransportError
from rubric_plugin.verifier.base import ChatBackend, ChatRequest, Completion
from rubric_plugin.verifier.http_response import _completion
from rubric_plugin.worker_group.directory import SENTINEL, parse_sentinel

STRUCTURED_OUTPUT = ("json_schema", "json_object", "none")
MAX_TOKENS_FIELDS = ("max_tokens", "max_completion_tokens")
ROUTER = "router"


class OpenAIChatBackend(ChatBackend):
    """``POST {base_url}/chat/completions``; see the module docstring."""

    def __init__(self, base_url: str | Sequence[str], model: str | None, api_key: str | None = None,
                 api_key_env: str | None = None, timeout_s: float = 120.0, connect_timeout_s: float = 10.0,
                 max_concurrency: int = 64, structured_output: str = "json_schema",
                 extra_body: Mapping[str, Any] | None = None, headers: Mapping[str, str] | None = None,
                 cooldown_s: float = 5.0, strict_schema: bool = True, max_consecutive_rejections: int = 32,
                 worker_group_wait_s: float = 10.0, reasoning_parser: str | None = None,
                 max_tokens_field: str = "max_tokens", max_model_len: int | None = None):
        urls = [base_url] if isinstance(base_url, str) else list(base_url)
        if not urls or not all(isinstance(u, str) and u for u in urls):
            raise ConfigError(f"verifier backend base_url={base_url!r}; expected a URL, a list of URLs, 'router' "
                              f"or '{SENTINEL}<model>'")
        groups = [g for g in map(parse_sentinel, urls) if g is not None]
        if groups and len(urls) > 1:
            raise ConfigError(f"verifier backend base_url={urls!r}: '{SENTINEL}<model>' stands for all of that "
                              "model's replicas; give it alone, not in a list")
        #: the worker-group model whose URLs are looked up on the first request (None: not used)
        self.worker_group_model = groups[0] if groups else None
        self.worker_group_wait_s = worker_group_wait_s
        self._served_model: str | None = None
        if self.worker_group_model is not None and model in (None, "", "worker_group"):
            model = None  # the group's served model name, once resolved
        elif not model:
            raise ConfigError("verifier backend model is empty; set the served model name (vllm serve --served-model-name)")
        if structured_output not in STRUCTURED_OUTPUT:
            raise ConfigError(f"verifier backend structured_output={structured_output!r}; expected one of {list(STRUCTURED_OUTPUT)}")
        if reasoning_parser is not None and (not isinstance(reasoning_parser, str) or not reasoning_parser.strip()):
            raise ConfigError(f"verifier backend reasoning_parser={reasoning_parser!r}; expected the server's "
                              "--reasoning-parser name (e.g. qwen3, deepseek_r1), 'provider' for a hosted API, or null")
        if max_tokens_field not in MAX_TOKENS_FIELDS:
            raise ConfigError(f"verifier backend max_tokens_field={max_tokens_field!r}; expected one of {list(MAX_TOKENS_FIELDS)}")
        if max_concurrency < 1 or timeout_s <= 0:
            raise ConfigError(f"verifier backend max_concurrency={max_concurrency}, timeout_s={timeout_s}; both must be > 0")
        bad = [u for u in urls if u != ROUTER and not groups and not u.startswith(("http://", "https://"))]
        if bad:
            raise ConfigError(f"verifier backend base_url {bad} lacks http:// or https://; e.g. http://127.0.0.1:8000/v1")
        self.urls = [u.rstrip("/") for u in urls]
        #: identity of the judge (verdict-cache keys); with ``model: null`` under a worker group it
        #: stays ``worker_group:<model>`` and requests carry the served name instead
        self.model: str = model if model is not None else f"{SENTINEL}{self.worker_group_model}"
        self._send_served_name = model is None
        if api_key:
            raise ConfigError("verifier backend api_key is set inline: verl prints its config and sends it to W&B, "
                              "so an inline key leaks; remove api_key and set api_key_env to the name of an "
                              "environment variable that holds the key in the Ray workers' environment (export it "
                              "before `ray start`, or before launching a local Ray)")
        self.api_key_env = api_key_env
        #: the worker group's key for this run, from its directory (never from config)
        self._group_key: str | None = None
        self.timeout_s = timeout_s
        self.connect_timeout_s = connect_timeout_s
        self.max_concurrency = max_concurrency
        self.structured_output = structured_output
        self.extra_body = dict(extra_body or {})
        self.headers = dict(headers or {})
        self.cooldown_s = cooldown_s
        self.strict_schema = strict_schema
        self.max_consecutive_rejections = max_consecutive_rejections
        self.reasoning_parser = reasoning_parser
        self.max_tokens_field = max_tokens_field
        if max_model_len is not None and (isinstance(max_model_len, bool) or not isinstance(max_model_len, int)
                                          or max_model_len < 1):
            raise ConfigError(f"verifier backend max_model_len={max_model_len!r}; expected the judge's context length "
                              "in tokens (vllm serve --max-model-len, or the hosted model's context window) or null")
        #: the judge's context length as declared (null: unknown; the startup context check warns)
        self.max_model_len = max_model_len
        self._rejections = 0
        self._loops: dict[int, tuple[Any, asyncio.Semaphore, asyncio.AbstractEventLoop]] = {}
        self._resolve_locks: dict[int, asyncio.Lock] = {}
        self._inflight = [0] * len(self.urls)
        self._bad_until = [0.0] * len(self.urls)

    # -- configuration ---------------------------------------------------------------------------
    @property
    def reasoning_inline(self) -> bool:
        return self.reasoning_parser is None

    def check_reasoning(self) -> None:
        if self.reasoning_parser is None and self.structured_output != "none":
            raise ConfigError(
                f"a reasoning judge (verifier reasoning: true) with backend structured_output={self.structured_output!r} "
                "and no reasoning parser cannot reason: the server applies the JSON grammar from the first token. "
                "Either serve the judge with `--reasoning-parser NAME` and set backend.reasoning_parser=NAME "
                "(structured output then starts after the reasoning), or set backend.structured_output=none "
                "(the judge reasons inline and the verdict is read after its reasoning)")

    def bind_router(self, address: str) -> None:
        self.urls = [f"http://{address}/v1" if u == ROUTER else u for u in self.urls]

    @property
    def resolved(self) -> bool:
        """False while ``base_url`` is a ``worker_group:`` sentinel not yet looked up."""
        return self.worker_group_model is None or not any(parse_sentinel(u) for u in self.urls)

    @property
    def request_model(self) -> str:
        """The ``model`` field sent with each request."""
        return self._served_model if self._send_served_name and self._served_model else self.model

    async def resolve_worker_group(self) -> None:
        """Replace the ``worker_group:<model>`` sentinel by that model's URLs (or router) from the
        group's directory actor; ``VerifierSetupError`` naming the model and the fix when it is absent."""
        if self.resolved:
            return
        loop_id = id(asyncio.get_running_loop())
        lock = self._resolve_locks.setdefault(loop_id, asyncio.Lock())
        async with lock:
            if self.resolved:
                return
            from rubric_plugin.worker_group.directory import resolve

            endpoint = await resolve(self.worker_group_model, wait_s=self.worker_group_wait_s)
            targets = [u.rstrip("/") for u in endpoint.targets]
            if not targets:
                raise VerifierSetupError(f"the verifier worker group lists no URL for model {self.worker_group_model!r}; "
                                         "its replicas did not start")
            self._served_model = endpoint.served_model_name
            self._group_key = endpoint.api_key
            self._inflight = [0] * len(targets)
            self._bad_until = [0.0] * len(targets)
            self.urls = targets

    def _headers(self) -> dict[str, str]:
        key = self._key()
        cached = self.__dict__.get("_headers_for")
        if cached is not None and cached[0] == key:  # one dict per key, not one per request (hot path)
            return cached[1]
        headers = {"Content-Type": "application/json", **({"Authorization": f"Bearer {key}"} if key else {})}
        self.__dict__["_headers_for"] = (key, headers)
        return headers

    def _key(self) -> str | None:
        if self._group_key:
            return self._group_key
        if self.api_key_env:
            key = os.environ.get(self.api_key_env)
            if not key:
                raise VerifierSetupError(f"verifier backend api_key_env={self.api_key_env!r} is not set in this process; "
                                         "export it in the Ray workers' environment (before `ray start`)")
            return key
        return None

    def __getstate__(self):  # clients and semaphores belong to one event loop; copies make their own
        state = self.__dict__.copy()
        state["_loops"] = {}
        state["_resolve_locks"] = {}
        state["_inflight"] = [0] * len(self.urls)
        state["_rejections"] = 0
        state.pop("_headers_for", None)  # holds the key: never pickled, rebuilt on first use
        return state

    # -- per-loop connection pool ----------------------------------------------------------------
    def _pool(self):
        loop = asyncio.get_running_loop()
        entry = self._loops.get(id(loop))
        if entry is not None and entry[2] is loop and not entry[0].closed:  # hot path: this loop's live pool
            return entry
        import aiohttp

        for key, (old, _, old_loop) in list(self._loops.items()):
            if old_loop.is_closed():  # a finished asyncio.run(): its session can only be dropped
                del self._loops[key]
                connector = old.connector
                with contextlib.suppress(Exception):
                    old.detach()  # the session no longer owns the connector: no "unclosed" warning
                    connector._close()  # closes its sockets synchronously (no loop needed)
        entry = self._loops.get(id(loop))
        if entry is None or entry[0].closed:
            connector = aiohttp.TCPConnector(limit=self.max_concurrency, limit_per_host=self.max_concurrency,
                                             keepalive_timeout=60)
            session = aiohttp.ClientSession(connector=connector, headers=self.headers,
                                            timeout=aiohttp.ClientTimeout(total=None, sock_connect=self.connect_timeout_s))
            entry = (session, asyncio.Semaphore(self.max_concurrency), loop)
            self._loops[id(loop)] = entry
        return entry

    def inflight(self) -> dict[str, int]:
        """Requests sent and not yet answered, per replica URL (this process's view)."""
        return dict(zip(self.urls, self._inflight))

    def _pick(self) -> int:
        if any(u == ROUTER for u in self.urls):
            raise ConfigError("verifier backend base_url=router but no reward router address was given; enable verl's "
                              "reward model pool (reward.reward_model.enable=true) or set base_url")
        now = time.monotonic()
        live = [i for i in range(len(self.urls)) if self._bad_until[i] <= now] or list(range(len(self.urls)))
        return min(live, key=lambda i: (self._inflight[i], i))

    # -- one attempt -------------------------------------------------------------------------------
    def body(self, request: ChatRequest) -> dict[str, Any]:
        """The JSON body sent for ``request``."""
        body: dict[str, Any] = {"model": self.request_model, "messages": request.messages,
                                self.max_tokens_field: request.max_tokens, "temperature": request.temperature}
        if request.schema is not None and self.structured_output == "json_schema":
            body["response_format"] = {"type": "json_schema",
                                       "json_schema": {"name": "verdicts", "schema": request.schema,
                                                       "strict": self.strict_schema}}
        elif request.schema is not None and self.structured_output == "json_object":
            body["response_format"] = {"type": "json_object"}
        body.update(self.extra_body)
        return body

    async def complete(self, request: ChatRequest, timeout_s: float | None = None) -> Completion:
        """One attempt. ``timeout_s`` is what is left of the caller's deadline: it bounds the wait for
        a free slot and the request together; ``self.timeout_s`` bounds the request alone."""
        import aiohttp

        session, gate, loop = self._pool()
        if timeout_s is not None and timeout_s <= 0:
            raise VerifierTransportError("no time left before the verifier deadline", retryable=False)
        if not self.resolved:
            await self.resolve_worker_group()
        deadline = None if timeout_s is None else loop.time() + timeout_s
        headers = self._headers()
        body = orjson.dumps(self.body(request))  # several times faster than json.dumps (hot path)
        try:
            if gate.locked():  # only a wait for a slot needs the deadline (an open gate never suspends)
                async with asyncio.timeout_at(deadline):
                    await gate.acquire()
            else:
                await gate.acquire()
        except TimeoutError:
            raise VerifierTransportError(f"the verifier deadline passed while waiting for one of "
                                         f"max_concurrency={self.max_concurrency} request slots", retryable=False) from None
        try:
            i = self._pick()
            url = f"{self.urls[i]}/chat/completions"
            timeout = self.timeout_s if deadline is None else min(self.timeout_s, deadline - loop.time())
            self._inflight[i] += 1
            try:
                async with asyncio.timeout(timeout):
                    async with session.post(url, data=body, headers=headers) as resp:
                        status, text = resp.status, await resp.read()  # bytes: decoded by orjson, or for an error message
                        retry_after = resp.headers.get("Retry-After")
            except TimeoutError:
                self._bad_until[i] = time.monotonic() + self.cooldown_s
                raise VerifierTransportError(f"{url}: no answer within {timeout:.3g} s") from None
            except aiohttp.InvalidURL as e:
                raise VerifierSetupError(f"{url}: invalid URL ({e}); fix the verifier's base_url") from None
            except aiohttp.ClientError as e:
                self._bad_until[i] = time.monotonic() + self.cooldown_s
                raise VerifierTransportError(f"{url}: {type(e).__name__}: {e}") from None
            finally:
                self._inflight[i] -= 1
        finally:
            gate.release()
        try:
            completion = _completion(url, status, text, retry_after, request.max_tokens)
        except VerifierTransportError as e:
            if e.status is not None and (e.status >= 500 or e.status == 429):
                self._bad_until[i] = time.monotonic() + self.cooldown_s  # retries go to another replica
            self._count_rejection(e, url)
            raise
        self._rejections = 0
        return completion

    async def count_prefix_tokens(self, messages: list[dict[str, str]]) -> int | None:
        """vLLM's ``POST /tokenize`` (beside ``/v1``), the last message left open; None without that route."""
        import aiohttp

        session, _, _ = self._pool()
        if not self.resolved:
            await self.resolve_worker_group()
        root = self.urls[self._pick()].removesuffix("/v1")
        body = orjson.dumps({"model": self.request_model, "messages": messages, "add_generation_prompt": False,
                             "continue_final_message": True, "add_special_tokens": False})
        try:
            async with asyncio.timeout(self.timeout_s):
                async with session.post(f"{root}/tokenize", data=body, headers=self._headers()) as resp:
                    if resp.status != 200:
                        return None
                    count = orjson.loads(await resp.read()).get("count")
        except (TimeoutError, aiohttp.ClientError, ValueError, AttributeError):
            return None
        return count if isinstance(count, int) and not isinstance(count, bool) else None

    async def kv_block_size(self) -> tuple[int | None, str]:
        """The judge's KV block size from vLLM's ``/metrics`` (:func:`.align.server_block_size`)."""
        from rubric_plugin.verifier.align import server_block_size

        return await server_block_size(self)

    def _count_rejection(self, e: VerifierTransportError, url: str) -> None:
        """Many 400s in a row with no success in between is a setup problem, not bad samples."""
        if e.status != 400 or isinstance(e, ContextOverflowError):  # too long: shortened and re-sent, not a format problem
            return
        self._rejections += 1
        if self.max_consecutive_rejections and self._rejections >= self.max_consecutive_rejections:
            raise VerifierSetupError(f"{url} rejected the last {self._rejections} requests with HTTP 400 and accepted "
                                     f"none; the request format does not suit this endpoint (last: {e})", status=400)

    async def aclose(self) -> None:
        loop_id = id(asyncio.get_running_loop())
        entry = self._loops.pop(loop_id, None)
        if entry is not None:
            await entry[0].close()

    def close(self) -> None:
        """Drop every event loop's connection pool now, closing its sockets (from any thread)."""
        for key, (session, _, loop) in list(self._loops.items()):
            self._loops.pop(key, None)
            if loop.is_running() and not _on_loop(loop):
                with contextlib.suppress(RuntimeError):  # it closed meanwhile: drop it here
                    loop.call_soon_threadsafe(_drop_session, session)
                    continue
            _drop_session(session)


def _on_loop(loop: asyncio.AbstractEventLoop) -> bool:
    try:
        return asyncio.get_running_loop() is loop
    except RuntimeError:
        return False


def _drop_session(session: Any) -> None:
    """Close ``session``'s sockets synchronously; the session no longer owns its connector."""
    if session.closed:
        return
    connector = session.connector
    with contextlib.suppress(Exception):
        session.detach()
        if connector is not None:
            connector._close()
