"""In-process vLLM engine backend, for offline jobs (scoring a dataset, evaluation, benchmarks).

Requests are collected for ``batch_window_s`` (or until ``max_batch``) and generated in one
``vllm.LLM.chat`` call, so ``LLMVerifier.judge_many`` over thousands of responses becomes a handful
of engine calls with continuous batching and prefix caching inside each. Structured output is
enforced by vLLM's own decoding (``StructuredOutputsParams(json=schema)``) without free
whitespace, so answers stay within the schema's size bound.

The engine is created on first use, in the backend's own worker thread (it is not thread-safe),
and never pickled: a copy of the backend builds its own engine.
"""
from __future__ import annotations

import asyncio
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Mapping, Sequence

from rubric_plugin.errors import ConfigError, VerifierTransportError
from rubric_plugin.verifier.base import ChatBackend, ChatRequest, Completion


class VLLMEngineBackend(ChatBackend):
    """``vllm.LLM`` in this process; see the module docstring."""

    def __init__(self, model: str, served_model_name: str | None = None, dtype: str = "auto",
                 max_model_len: int = 8192, tensor_parallel_size: int = 1, gpu_memory_utilization: float = 0.85,
                 enable_prefix_caching: bool = True, batch_window_s: float = 0.02, max_batch: int = 4096,
                 disable_any_whitespace: bool = True, engine_kwargs: Mapping[str, Any] | None = None):
        if not model:
            raise ConfigError("verifier engine model is empty; give a local model directory or a model id")
        if max_batch < 1 or batch_window_s < 0:
            raise ConfigError(f"verifier engine max_batch={max_batch}, batch_window_s={batch_window_s}; "
                              "expected max_batch >= 1 and batch_window_s >= 0")
        self.model_path = model
        self.model = served_model_name or model
        self.engine_args = {"model": model, "dtype": dtype, "max_model_len": max_model_len,
                            "tensor_parallel_size": tensor_parallel_size,
                            "gpu_memory_utilization": gpu_memory_utilization,
                            "enable_prefix_caching": enable_prefix_caching, **dict(engine_kwargs or {})}
        if disable_any_whitespace:
            # vLLM 0.32 honours compact JSON only as an engine setting (the per-request flag is ignored)
            self.engine_args.setdefault("structured_outputs_config",
                                        {"backend": "xgrammar", "disable_any_whitespace": True})
        self.batch_window_s = batch_window_s
        self.max_batch = max_batch
        self.disable_any_whitespace = disable_any_whitespace
        self.engine_calls = 0
        self._init_runtime()

    def _init_runtime(self) -> None:
        self._llm = None
        self._executor: ThreadPoolExecutor | None = None
        self._lock = threading.Lock()
        self._queues: dict[int, asyncio.Queue] = {}

    def __getstate__(self):
        state = {k: v for k, v in self.__dict__.items() if k not in ("_llm", "_executor", "_lock", "_queues")}
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self._init_runtime()

    # -- engine ------------------------------------------------------------------------------------
    def engine(self):
        """The ``vllm.LLM`` (built on first call; takes tens of seconds)."""
        with self._lock:
            if self._llm is None:
                from vllm import LLM

                self._llm = LLM(**self.engine_args)
            return self._llm

    def _pool(self) -> ThreadPoolExecutor:
        if self._executor is None:
            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="rubric-verifier-engine")
        return self._executor

    def generate(self, requests: Sequence[ChatRequest]) -> list[Completion]:
        """One engine call for all ``requests`` (blocking)."""
        from vllm import SamplingParams
        from vllm.sampling_params import StructuredOutputsParams

        llm = self.engine()
        params = []
        for r in requests:
            structured = StructuredOutputsParams(json=r.schema) if r.schema is not None else None
            params.append(SamplingParams(max_tokens=r.max_tokens, temperature=r.temperature,
                                         structured_outputs=structured))
        outputs = llm.chat([r.messages for r in requests], sampling_params=params, use_tqdm=False)
        self.engine_calls += 1
        return [Completion(text=o.outputs[0].text, finish_reason=o.outputs[0].finish_reason,
                           prompt_tokens=len(o.prompt_token_ids or ()), cached_tokens=int(o.num_cached_tokens or 0),
                           completion_tokens=len(o.outputs[0].token_ids)) for o in outputs]

    # -- async interface ---------------------------------------------------------------------------
    async def complete(self, request: ChatRequest, timeout_s: float | None = None) -> Completion:
        loop = asyncio.get_running_loop()
        queue = self._queues.get(id(loop))
        if queue is None:
            queue = self._queues[id(loop)] = asyncio.Queue()
            loop.create_task(self._batcher(queue))
        future = loop.create_future()
        await queue.put((request, future))
        return await future  # an engine call cannot be cut short; the deadline applies between attempts

    async def complete_many(self, requests: Sequence[ChatRequest]) -> list[Completion | BaseException]:
        loop = asyncio.get_running_loop()
        try:
            return list(await loop.run_in_executor(self._pool(), self.generate, list(requests)))
        except Exception as e:  # noqa: BLE001 - an engine failure fails every request of the call
            err = VerifierTransportError(f"vLLM engine call failed: {type(e).__name__}: {e}", retryable=False)
            return [err] * len(requests)

    async def _batcher(self, queue: asyncio.Queue) -> None:
        while True:
            batch = [await queue.get()]
            if self.batch_window_s:
                await asyncio.sleep(self.batch_window_s)
            while not queue.empty() and len(batch) < self.max_batch:
                batch.append(queue.get_nowait())
            results = await self.complete_many([r for r, _ in batch])
            for (_, future), result in zip(batch, results):
                if future.done():
                    continue
                if isinstance(result, BaseException):
                    future.set_exception(result)
                else:
                    future.set_result(result)

    async def aclose(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=False)
        self._llm = None
        self._executor = None
