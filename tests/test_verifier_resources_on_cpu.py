"""Verifier resources stay bounded and are released with their owner.

Policy: the verdict cache holds at most ``cache_max_bytes`` (judge text included), evicting the least
recently used entries, and every sample reports its footprint (``rubric_verifier_cache_bytes``); the
manager, the reference monitor and the verifiers ``reward_fn`` caches close their connections and
engines when they go away (rubric_plugin.verifier.release).
"""
from __future__ import annotations

import gc
import json

import pytest

from rubric_plugin.config import RubricRewardConfig
from rubric_plugin.devtools.judge_endpoint import completion
from rubric_plugin.errors import ConfigError
from rubric_plugin.metrics import verifier_metrics
from rubric_plugin.scoring import EXTRA_KEYS, score_response
from rubric_plugin.verdicts import Verdict, VerdictSet
from rubric_plugin.verifier.cache import VerdictCache, approx_bytes
from rubric_plugin.verifier.http import OpenAIChatBackend
from rubric_plugin.verifier.llm import LLMVerifier
from rubric_plugin.verifier.parse import parse_verdicts
from rubric_plugin.verifier.release import release_with

from conftest import make_record

pytestmark = pytest.mark.timeout(60)


def verdicts(raw_chars: int) -> VerdictSet:
    return VerdictSet({"q1": Verdict("q1", True, "fine", "judge")}, raw="x" * raw_chars)


# -- the verdict cache in bytes ------------------------------------------------------------------------
def test_the_cache_evicts_least_recently_used_entries_to_stay_under_its_byte_bound():
    one = approx_bytes("k0") + approx_bytes(verdicts(10_000))
    cache = VerdictCache(max_entries=1000, max_bytes=3 * one + 100)  # room for three entries, not four
    for i in range(3):
        cache.put(f"k{i}", verdicts(10_000))
    assert cache.get("k0") is not None  # k0 is now the most recently used; k1 the least
    cache.put("k3", verdicts(10_000))
    assert len(cache) == 3 and cache.get("k1") is None
    assert cache.get("k0") is not None and cache.get("k3") is not None
    assert 3 * one - 100 <= cache.nbytes <= cache.max_bytes


def test_a_value_larger_than_the_whole_bound_is_not_stored_and_replacing_a_key_is_not_double_counted():
    cache = VerdictCache(max_entries=10, max_bytes=5_000)
    cache.put("big", verdicts(50_000))
    assert len(cache) == 0 and cache.nbytes == 0
    cache.put("k", verdicts(100))
    first = cache.nbytes
    cache.put("k", verdicts(100))
    assert cache.nbytes == first and len(cache) == 1


def judged(n: int, reason: str = "The response lists two ideas, as asked.") -> VerdictSet:
    """A verdict set as the verifier caches it: parsed from a judge's JSON answer."""
    answer = {f"c{i}": {"reason": f"{reason} ({i})", "verdict": "yes" if i % 2 else "no"} for i in range(n)}
    return parse_verdicts(json.dumps(answer, ensure_ascii=False), [f"c{i}" for i in range(n)], source="judge")


@pytest.mark.parametrize("value", [
    judged(8), judged(1), judged(3, "Réponse: ✓ 两个"), verdicts(10_000),
    VerdictSet({}, raw=""),
    # shared objects are counted once, whichever path sizes them
    VerdictSet({"a": Verdict("a", True, "same", "judge"), "b": Verdict("b", False, "same", "judge")}, raw="same"),
    VerdictSet({"a": Verdict("a", True, "r", "judge")}, meta={"requests": 1, "latency_s": 0.25, "cache": "miss"}),
    # shapes outside the flat pass: nested containers fall back to the recursive walk
    VerdictSet({"a": Verdict("a", True, ["a", "list"], "judge")}),
    VerdictSet({"a": Verdict("a", True, "r", "judge")}, meta={"nested": {"k": [1, 2, 3]}}),
], ids=["parsed-8", "parsed-1", "non-ascii", "long-raw", "empty", "shared", "meta", "list-reason", "nested-meta"])
def test_a_cached_verdict_set_is_charged_exactly_its_recursive_size(value):
    cache = VerdictCache(max_entries=10, max_bytes=10 ** 9)
    cache.put("key", value)
    assert cache.nbytes == approx_bytes("key") + approx_bytes(value)


def test_parsed_verdict_sets_fill_the_byte_bound_at_the_same_entry_as_their_recursive_size_says():
    sizes = [approx_bytes(f"k{i}") + approx_bytes(judged(8, "x" * i)) for i in range(6)]
    cache = VerdictCache(max_entries=1000, max_bytes=sum(sizes[:5]))  # exactly five entries fit
    for i in range(5):
        cache.put(f"k{i}", judged(8, "x" * i))
    assert len(cache) == 5 and cache.nbytes == cache.max_bytes
    cache.put("k5", judged(8, "x" * 5))  # the sixth evicts the oldest entries until the bound holds
    assert cache.get("k0") is None and cache.get("k5") is not None
    assert cache.nbytes == sum(sizes[len(sizes) - len(cache):]) <= cache.max_bytes


def test_the_byte_bound_is_a_checked_verifier_setting():
    backend = OpenAIChatBackend("http://127.0.0.1:9/v1", "m")
    assert LLMVerifier(backend).cache.max_bytes == 256 * 2 ** 20  # the production default
    with pytest.raises(ConfigError, match=r"max_bytes=-1.*cache_max_bytes"):
        LLMVerifier(backend, cache_max_bytes=-1)


async def _judge_server(counter: dict):
    from aiohttp import web

    async def handle(request):
        counter["requests"] += 1
        return web.json_response(completion(await request.json(), "m"))

    app = web.Application()
    app.router.add_post("/v1/chat/completions", handle)

    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    return runner, f"http://127.0.0.1:{site._server.sockets[0].getsockname()[1]}/v1"


async def test_every_sample_reports_the_cache_footprint_and_the_step_logs_the_largest():
    counter = {"requests": 0}
    runner, url = await _judge_server(counter)
    try:
        verifier = LLMVerifier(OpenAIChatBackend(url, "m"), reason_max_chars=20)
        record = make_record([{"id": "q1", "question": "Is it short?"}])
        first = (await score_response(record, "answer one", verifier, RubricRewardConfig())).extra_info()
        second = (await score_response(record, "answer two", verifier, RubricRewardConfig())).extra_info()
        await verifier.aclose()
    finally:
        await runner.cleanup()
    assert set(first) == set(EXTRA_KEYS) == set(second)  # the same keys for every sample
    assert 0 < first["rubric_verifier_cache_bytes"] < second["rubric_verifier_cache_bytes"]
    assert second["rubric_verifier_cache_bytes"] == verifier.cache.nbytes
    metrics = verifier_metrics({k: [first[k], second[k]] for k in first})
    assert metrics["verifier/cache_mib_max"] == second["rubric_verifier_cache_bytes"] / 2 ** 20


# -- release with the owner ----------------------------------------------------------------------------
class Owner:
    """Anything that builds a verifier from config (the manager, the monitor, reward_fn's cache)."""


async def test_a_dropped_owner_closes_its_verifiers_http_connections():
    counter = {"requests": 0}
    runner, url = await _judge_server(counter)
    try:
        backend = OpenAIChatBackend(url, "m")
        verifier = LLMVerifier(backend, reason_max_chars=20)
        record = make_record([{"id": "q1", "question": "Is it short?"}])
        await verifier.judge(record, "an answer", list(record.criteria))
        [(session, _, _)] = backend._loops.values()
        connector = session.connector
        assert not session.closed and connector is not None
        owner = Owner()
        release_with(owner, verifier)
        del owner
        gc.collect()
        assert session.closed and connector.closed and backend._loops == {}
        # the backend stays usable: a later request opens a new pool
        await verifier.judge(record, "another answer", list(record.criteria))
        assert counter["requests"] == 2
        verifier.close()
    finally:
        await runner.cleanup()


def test_the_engine_backend_is_shut_down_when_its_owner_goes(monkeypatch):
    from rubric_plugin.verifier.engine import VLLMEngineBackend

    backend = VLLMEngineBackend("/models/judge")
    shut = []

    class Engine:  # what close() reaches of a vllm.LLM: llm_engine.engine_core.shutdown()
        class llm_engine:  # noqa: N801
            class engine_core:  # noqa: N801
                shutdown = staticmethod(lambda: shut.append(True))

    backend._llm = Engine()
    owner = Owner()
    release_with(owner, LLMVerifier(backend))
    del owner
    gc.collect()
    assert shut == [True] and backend._llm is None


def test_reward_fn_releases_a_cached_verifier_when_its_cache_drops_it():
    from rubric_plugin import reward_fn

    reward_fn._setup.cache_clear()
    _, verifier = reward_fn._setup(json.dumps({"verifier": {
        "_target_": "rubric_plugin.verifier.llm.LLMVerifier",
        "backend": {"_target_": "rubric_plugin.verifier.http.OpenAIChatBackend", "base_url": "http://127.0.0.1:9/v1",
                    "model": "m"}}}, sort_keys=True))
    closed = []
    verifier.backend.close = lambda: closed.append(True)  # observe the release of this backend
    del verifier
    reward_fn._setup.cache_clear()
    gc.collect()
    assert closed == [True]


def test_the_reference_monitor_owns_the_verifier_it_builds():
    from rubric_plugin.monitor import ReferenceMonitor

    cfg = RubricRewardConfig(verifier="none", reference={"verifier": {
        "_target_": "rubric_plugin.verifier.llm.LLMVerifier",
        "backend": {"_target_": "rubric_plugin.verifier.http.OpenAIChatBackend", "base_url": "http://127.0.0.1:9/v1",
                    "model": "m"}}})
    monitor = ReferenceMonitor.from_reward_config(cfg)
    closed = []
    monitor.verifier.backend.close = lambda: closed.append(True)
    del monitor
    gc.collect()
    assert closed == [True]


async def test_the_reward_manager_releases_its_verifier_when_it_goes(tiny_tokenizer):
    from test_manager_on_cpu import make_manager

    manager = await make_manager(tiny_tokenizer, verifier={
        "_target_": "rubric_plugin.verifier.llm.LLMVerifier",
        "backend": {"_target_": "rubric_plugin.verifier.http.OpenAIChatBackend", "base_url": "http://127.0.0.1:9/v1",
                    "model": "m"}})
    closed = []
    manager.verifier.backend.close = lambda: closed.append(True)
    del manager
    gc.collect()
    assert closed == [True]
