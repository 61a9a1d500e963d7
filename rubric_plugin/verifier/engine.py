"""In-process vLLM engine backend, for offline jobs (scoring a dataset, evaluation, benchmarks).

Requests are collected for ``batch_window_s`` (or until ``max_batch``) and generated in one
``vllm.LLM.chat`` call, so ``LLMVerifier.judge_many`` over thousands of responses becomes a handful
of engine calls with continuous batching and prefix caching inside each. Structured output is
enforced by vLLM's own decoding (``StructuredOutputsParams(json=schema)``) without free
whitespace, so answers stay within the schema's size bound.

Threads and processes:

* The engine is built and driven on the backend's single worker thread, never on an event loop:
  on first use, or up front with :meth:`VLLMEngineBackend.warm_up` (tens of seconds). vLLM does
  not need the main thread for this: its signal handlers live in the engine-core process.
* vLLM starts its engine core in a separate process, and on CPU its platform forces the
  ``spawn`` start method. A spawned child re-imports the parent's main module, so a script that
  builds this backend must keep its work under ``if __name__ == "__main__":`` (pytest and console
  entry points already do).
* Each event loop gets its own micro-batcher task. It exits as soon as its queue is empty, so no
  task outlives the requests it serves; :meth:`VLLMEngineBackend.aclose` cancels the running
  ones, fails their waiting requests and shuts the engine down.

Reasoning judges: ``reasoning_parser`` (a vLLM reasoning parser name, e.g. ``qwen3``,
``deepseek_r1``) makes vLLM start structured output after the judge's reasoning, and keeps
special tokens in the text so the reasoning markers survive; the final answer is read after them
(:mod:`rubric_plugin.verifier.reasoning`). Without it a reasoning judge cannot reason here: the
engine applies the verdict grammar from the first token (:meth:`VLLMEngineBackend.check_reasoning`).

Failures stay with the request that caused them:

* :meth:`VLLMEngineBackend.complete` refuses a malformed request (not a ``ChatRequest``, messages
  that are not role/content strings, a bad ``max_tokens`` or ``temperature``) with ``TypeError`` /
  ``ValueError`` at once: that is a bug in the caller, never a transport error.
* Before each engine call every request is measured with the engine's tokenizer; one whose prompt
  plus ``max_tokens`` exceeds ``max_model_len`` gets a ``ContextOverflowError`` (the verifier then
  shortens the response, :mod:`rubric_plugin.verifier.context`) and is not sent.
* If ``LLM.chat`` still fails for a batch, each of its requests is sent again on its own, so only
  the request vLLM refuses fails (``VerifierTransportError``, not retried).
* An exception raised by the backend's own code is handed to the callers of that batch as it is.

The engine is never pickled: a copy of the backend builds its own engine.
"""
from __future__ import annotations

import asyncio
import contextlib
import threading
from collections import deque
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Mapping, Sequence

from rubric_plugin.errors import ConfigError, ContextOverflowError, VerifierSetupError, VerifierTransportError
from rubric_plugin.verifier.base import ChatBackend, ChatRequest, Completion

if TYPE_CHECKING:
    from vllm import LLM

_RUNTIME = ("_llm", "_build_error", "_executor", "_engine_lock", "_pool_lock", "_batchers")

#: Exceptions that mean a bug in code, not a request vLLM refuses: raised, never a transport error.
_BUGS = (TypeError, AttributeError, NameError, AssertionError)

#: A request waiting for its engine call, with the future its caller awaits.
_Pending = tuple[ChatRequest, "asyncio.Future[Completion]"]


@dataclass
class _LoopBatcher:
    """Requests of one event loop waiting for the next engine call, and the task that sends them."""

    pending: deque[_Pending] = field(default_factory=deque)
    task: asyncio.Task[None] | None = None


class VLLMEngineBackend(ChatBackend):
    """``vllm.LLM`` in this process; see the module docstring."""

    def __init__(self, model: str, served_model_name: str | None = None, dtype: str = "auto",
                 max_model_len: int = 8192, tensor_parallel_size: int = 1, gpu_memory_utilization: float = 0.85,
                 enable_prefix_caching: bool = True, batch_window_s: float = 0.02, max_batch: int = 4096,
                 disable_any_whitespace: bool = True, engine_kwargs: Mapping[str, Any] | None = None,
                 reasoning_parser: str | None = None):
        if not model:
            raise ConfigError("verifier engine model is empty; give a local model directory or a model id")
        if max_batch < 1 or batch_window_s < 0:
            raise ConfigError(f"verifier engine max_batch={max_batch}, batch_window_s={batch_window_s}; "
                              "expected max_batch >= 1 and batch_window_s >= 0")
        self.model_path = model
        self.model = served_model_name or model
        self.engine_args: dict[str, Any] = {
            "model": model, "dtype": dtype, "max_model_len": max_model_len,
            "tensor_parallel_size": tensor_parallel_size, "gpu_memory_utilization": gpu_memory_utilization,
            "enable_prefix_caching": enable_prefix_caching, **dict(engine_kwargs or {})}
        if disable_any_whitespace:
            # vLLM 0.32 honours compact JSON only as an engine setting (the per-request flag is ignored);
            # ``LLM`` accepts this config as a dict and builds its ``StructuredOutputsConfig`` itself
            self.engine_args.setdefault("structured_outputs_config",
                                        {"backend": "xgrammar", "disable_any_whitespace": True})
        if reasoning_parser is not None and (not isinstance(reasoning_parser, str) or not reasoning_parser.strip()):
            raise ConfigError(f"verifier engine reasoning_parser={reasoning_parser!r}; expected a vLLM reasoning "
                              "parser name (e.g. qwen3, deepseek_r1) or null")
        self.reasoning_parser = reasoning_parser
        if reasoning_parser:
            # vLLM's EngineArgs hands it to structured output (grammar after the reasoning) itself
            self.engine_args.setdefault("reasoning_parser", reasoning_parser)
        self.batch_window_s = batch_window_s
        self.max_batch = max_batch
        self.disable_any_whitespace = disable_any_whitespace
        #: Number of ``LLM.chat`` calls made by this instance (one per micro-batch).
        self.engine_calls = 0
        self._init_runtime()

    def _init_runtime(self) -> None:
        self._llm: LLM | None = None
        self._build_error: BaseException | None = None
        self._executor: ThreadPoolExecutor | None = None
        self._engine_lock = threading.Lock()  # held while the engine is built (tens of seconds)
        self._pool_lock = threading.Lock()
        self._batchers: dict[asyncio.AbstractEventLoop, _LoopBatcher] = {}

    def __getstate__(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if k not in _RUNTIME}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self._init_runtime()

    def check_reasoning(self) -> None:
        if not self.reasoning_parser:
            raise ConfigError(
                "a reasoning judge (verifier reasoning: true) on the vllm engine backend needs "
                "backend.reasoning_parser (the model's vLLM reasoning parser, e.g. qwen3 or deepseek_r1): without "
                "it the engine applies the verdict JSON grammar from the first token and the judge cannot reason")

    # -- engine ------------------------------------------------------------------------------------
    def engine(self) -> LLM:
        """The ``vllm.LLM``, built on first call (tens of seconds).

        Raises :class:`~rubric_plugin.errors.VerifierSetupError` when the engine cannot be built;
        the failure is remembered, so later calls fail at once instead of building again.
        """
        with self._engine_lock:
            if self._llm is None:
                if self._build_error is not None:
                    raise self._build_error
                from vllm import LLM

                try:
                    self._llm = LLM(**self.engine_args)
                except Exception as e:  # noqa: BLE001 - any build failure makes every request fail
                    self._build_error = VerifierSetupError(
                        f"vLLM engine for {self.model_path!r} could not be built: {type(e).__name__}: {e}")
                    raise self._build_error from e
            return self._llm

    def warm_up(self) -> VLLMEngineBackend:
        """Build the engine now, on the worker thread that runs every engine call, and wait for it.

        Optional: the first request builds it otherwise. Call it before timing anything, and
        outside a running event loop (it blocks).
        """
        self._pool().submit(self.engine).result()
        return self

    def _pool(self) -> ThreadPoolExecutor:
        with self._pool_lock:
            if self._executor is None:
                self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="rubric-verifier-engine")
            return self._executor

    def prompt_tokens(self, request: ChatRequest) -> int:
        """Tokens of ``request``'s prompt as the engine will see it (chat template applied)."""
        tokenizer = self.engine().get_tokenizer()
        text = tokenizer.apply_chat_template(request.messages, tokenize=False, add_generation_prompt=True)
        return len(tokenizer.encode(text, add_special_tokens=False))

    async def count_prefix_tokens(self, messages: list[dict[str, str]]) -> int | None:
        """Tokens of ``messages`` with the last message left open (prefix alignment)."""
        tokenizer = self.engine().get_tokenizer()
        text = tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=False,
                                             continue_final_message=True)
        return len(tokenizer.encode(text, add_special_tokens=False))

    async def kv_block_size(self) -> tuple[int | None, str]:
        """The engine's own KV block size (``block_size: auto``): its ``cache_config.block_size``."""
        size = self.engine().llm_engine.vllm_config.cache_config.block_size
        return (int(size), "the in-process engine's cache_config") if size else (None, "the engine has no block size")

    def _too_long(self, request: ChatRequest) -> ContextOverflowError | None:
        limit = int(self.engine().llm_engine.vllm_config.model_config.max_model_len)
        n = self.prompt_tokens(request)
        if n + request.max_tokens <= limit:
            return None
        return ContextOverflowError(f"vLLM engine: prompt of {n} tokens plus max_tokens={request.max_tokens} exceeds "
                                    f"max_model_len={limit}", limit=limit, prompt_tokens=n,
                                    max_tokens=request.max_tokens)

    def _check(self, request: ChatRequest) -> BaseException | None:
        """This request's own error before any engine call (too long, or a chat template that refuses it)."""
        try:
            return self._too_long(request)
        except _BUGS:
            raise
        except Exception as e:  # noqa: BLE001 - e.g. a template error: this request cannot be sent
            return _engine_error(e)

    def _params(self, r: ChatRequest):
        from vllm import SamplingParams
        from vllm.sampling_params import StructuredOutputsParams

        structured = StructuredOutputsParams(json=r.schema) if r.schema is not None else None
        # a reasoning parser's markers may be special tokens: keep them so the answer can be found
        return SamplingParams(max_tokens=r.max_tokens, temperature=r.temperature, structured_outputs=structured,
                              skip_special_tokens=not self.reasoning_parser)

    def _chat(self, requests: Sequence[ChatRequest]) -> list[Completion]:
        outputs = self.engine().chat([r.messages for r in requests], sampling_params=[self._params(r) for r in requests],
                                     use_tqdm=False)
        self.engine_calls += 1
        # ``num_cached_tokens``: prompt tokens answered from the prefix cache (set once prefill is done)
        return [Completion(text=o.outputs[0].text, finish_reason=o.outputs[0].finish_reason,
                           prompt_tokens=len(o.prompt_token_ids or ()), cached_tokens=int(o.num_cached_tokens or 0),
                           completion_tokens=len(o.outputs[0].token_ids)) for o in outputs]

    def generate(self, requests: Sequence[ChatRequest]) -> list[Completion | BaseException]:
        """One engine call for the ``requests`` that fit (blocking; runs on the worker thread).

        Results are in order: a :class:`Completion`, or the error of that request alone (see the
        module docstring). Errors of this method's own code propagate.
        """
        self.engine()  # a build failure (VerifierSetupError) fails every request
        results: list[Completion | BaseException | None] = [self._check(r) for r in requests]
        todo = [i for i, r in enumerate(results) if r is None]
        if not todo:
            return results
        try:
            done: list[Completion | BaseException] = self._chat([requests[i] for i in todo])
        except _BUGS:
            raise
        except Exception as e:  # noqa: BLE001 - vLLM refused the batch: find the request(s) it refuses
            if len(todo) == 1:
                done = [_engine_error(e)]
            else:
                done = []
                for i in todo:
                    try:
                        done.extend(self._chat([requests[i]]))
                    except _BUGS:
                        raise
                    except Exception as one:  # noqa: BLE001 - this request alone fails
                        done.append(_engine_error(one))
        for i, result in zip(todo, done):
            results[i] = result
        return results

    # -- async interface ---------------------------------------------------------------------------
    async def complete(self, request: ChatRequest, timeout_s: float | None = None) -> Completion:
        """Queue ``request`` for this loop's next engine call (a malformed one raises here, unqueued).

        An engine call cannot be cut short, so ``timeout_s`` is not enforced here; the caller's
        deadline applies between attempts.
        """
        validate_request(request)
        loop = asyncio.get_running_loop()
        future: asyncio.Future[Completion] = loop.create_future()
        batcher = self._batchers.get(loop)
        if batcher is None:
            batcher = self._batchers[loop] = _LoopBatcher()
            batcher.task = loop.create_task(self._serve(loop, batcher), name="rubric-verifier-engine-batcher")
        batcher.pending.append((request, future))
        return await future

    async def complete_many(self, requests: Sequence[ChatRequest]) -> list[Completion | BaseException]:
        """One engine call for ``requests``, on the worker thread; failures are returned per request.

        An engine that cannot be built fails every request (``VerifierSetupError``); an exception of
        the backend's own code fails every request with itself (a bug, not a transport error).
        """
        loop = asyncio.get_running_loop()
        try:
            return list(await loop.run_in_executor(self._pool(), self.generate, list(requests)))
        except Exception as e:  # noqa: BLE001 - handed to every caller of the batch, unchanged
            return [e] * len(requests)

    async def _serve(self, loop: asyncio.AbstractEventLoop, batcher: _LoopBatcher) -> None:
        """Send ``batcher``'s requests in micro-batches until none are left, then exit."""
        batch: list[_Pending] = []
        try:
            while batcher.pending:
                if self.batch_window_s and len(batcher.pending) < self.max_batch:
                    await asyncio.sleep(self.batch_window_s)
                batch = [batcher.pending.popleft() for _ in range(min(len(batcher.pending), self.max_batch))]
                results = await self.complete_many([r for r, _ in batch])
                for (_, future), result in zip(batch, results):
                    if future.done():  # the caller gave up waiting
                        continue
                    if isinstance(result, BaseException):
                        future.set_exception(result)
                    else:
                        future.set_result(result)
                batch = []
        finally:
            # no await from the emptiness check to here: a request queued later starts a new batcher
            if self._batchers.get(loop) is batcher:
                del self._batchers[loop]
            for _, future in [*batch, *batcher.pending]:
                if not future.done():
                    future.set_exception(VerifierTransportError(
                        "vLLM engine backend was closed before answering", retryable=False))
            batcher.pending.clear()

    # -- shutdown ----------------------------------------------------------------------------------
    def close(self) -> None:
        """Wait for a running engine call, then shut the engine and its processes down (blocking).

        A later request builds a new engine.
        """
        with self._pool_lock:
            executor, self._executor = self._executor, None
        if executor is not None:
            executor.shutdown(wait=True)
        with self._engine_lock:
            llm, self._llm = self._llm, None
            self._build_error = None
        if llm is not None:
            llm.llm_engine.engine_core.shutdown()

    async def aclose(self) -> None:
        """Cancel the micro-batchers (their waiting requests fail), then :meth:`close` off the loop."""
        current = asyncio.get_running_loop()
        own: list[asyncio.Task[None]] = []
        for loop, batcher in list(self._batchers.items()):
            if batcher.task is None:
                continue
            if loop is current:
                batcher.task.cancel()
                own.append(batcher.task)
            else:
                with contextlib.suppress(RuntimeError):  # that loop closed meanwhile
                    loop.call_soon_threadsafe(batcher.task.cancel)
        await asyncio.gather(*own, return_exceptions=True)
        await asyncio.to_thread(self.close)


def validate_request(request: Any) -> None:
    """``TypeError`` / ``ValueError`` for a request no engine call should see (a caller's bug)."""
    if not isinstance(request, ChatRequest):
        raise TypeError(f"engine backend got {type(request).__name__}, expected a ChatRequest")
    msgs = request.messages
    if not isinstance(msgs, list) or not msgs or not all(
            isinstance(m, dict) and isinstance(m.get("role"), str) and isinstance(m.get("content"), str) for m in msgs):
        raise TypeError(f"ChatRequest.messages={msgs!r:.200}; expected a non-empty list of "
                        "{'role': str, 'content': str} dicts")
    if isinstance(request.max_tokens, bool) or not isinstance(request.max_tokens, int) or request.max_tokens < 1:
        raise ValueError(f"ChatRequest.max_tokens={request.max_tokens!r}; expected a positive integer")
    if isinstance(request.temperature, bool) or not isinstance(request.temperature, (int, float)) \
            or not request.temperature >= 0:
        raise ValueError(f"ChatRequest.temperature={request.temperature!r}; expected a number >= 0")
    if request.schema is not None and not isinstance(request.schema, dict):
        raise TypeError(f"ChatRequest.schema={request.schema!r:.200}; expected a JSON schema dict or None")


def _engine_error(e: Exception) -> VerifierTransportError:
    return VerifierTransportError(f"vLLM engine refused the request: {type(e).__name__}: {e}", retryable=False)
