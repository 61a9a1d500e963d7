"""The HTTP backend against local endpoints: replicas, slow and failing ones, deadlines, 400 storms."""
import asyncio
import math

import pytest

from conftest import make_record
from rubric_plugin.config import RubricRewardConfig
from rubric_plugin.devtools.fault_proxy import Fault, FaultProxy
from rubric_plugin.devtools.judge_endpoint import JudgeEndpoint
from rubric_plugin.errors import ConfigError, VerifierSetupError, VerifierTransportError
from rubric_plugin.scoring import score_batch
from rubric_plugin.verifier.http import OpenAIChatBackend
from rubric_plugin.verifier.llm import LLMVerifier

pytestmark = pytest.mark.timeout(120)

RECORD = make_record([{"id": "a", "question": "Is it good?"}, {"id": "b", "question": "Is it short?"}])


def pairs(n):
    return [(RECORD, f"response number {i}") for i in range(n)]


@pytest.fixture(scope="module")
def endpoint():
    with JudgeEndpoint(latency=0.05, max_concurrency=16) as ep:
        yield ep


def verifier(urls, retry=None, **backend_kw):
    backend = OpenAIChatBackend(urls, model="synthetic-judge", **backend_kw)
    return LLMVerifier(backend, name="judge",
                       retry=retry or {"max_retries": 4, "backoff_base_s": 0.01, "backoff_max_s": 0.05, "deadline_s": 30})


async def test_a_replica_answering_503_is_avoided_so_every_sample_is_judged(endpoint):
    with FaultProxy(endpoint.url) as broken:
        broken.fail_all(Fault.status(503))
        v = verifier([broken.base_url, endpoint.base_url], cooldown_s=30)
        results = await score_batch(pairs(40), v, RubricRewardConfig())
        assert all(r.scorable for r in results), [r.reason for r in results if not r.scorable][:3]
        assert broken.requests <= 20  # half of the first wave; after that the cooldown sends everything elsewhere
        await v.aclose()


async def test_requests_spread_over_healthy_replicas(endpoint):
    with FaultProxy(endpoint.url) as a, FaultProxy(endpoint.url) as b:
        v = verifier([a.base_url, b.base_url])
        results = await score_batch(pairs(40), v, RubricRewardConfig())
        assert all(r.scorable for r in results)
        assert a.requests >= 10 and b.requests >= 10 and a.requests + b.requests == 40
        await v.aclose()


async def test_the_deadline_covers_the_wait_for_a_request_slot():
    with JudgeEndpoint(latency=0.5, max_concurrency=4) as slow:
        backend = OpenAIChatBackend(slow.base_url, model="synthetic-judge", max_concurrency=1)
        holder = LLMVerifier(backend, name="judge", retry={"max_retries": 0, "deadline_s": 30})
        hurried = LLMVerifier(backend, name="judge", retry={"max_retries": 0, "deadline_s": 0.25})
        cfg = RubricRewardConfig()
        # one slot, held for 0.5 s by a call with time to spare; the other call's 0.25 s deadline
        # passes while it waits for that slot, and it gives up then, not once the slot frees
        held, waited = await asyncio.gather(score_batch(pairs(1), holder, cfg),
                                            score_batch([(RECORD, "another response")], hurried, cfg))
        assert held[0].scorable and not waited[0].scorable
        assert "deadline passed while waiting for one of max_concurrency=1 request slots" in waited[0].reason
        await holder.aclose()


async def test_a_storm_of_400s_is_a_setup_error_not_a_batch_of_unscorable_samples(endpoint):
    with FaultProxy(endpoint.url) as p:
        p.fail_all(Fault.status(400))
        v = verifier(p.base_url, max_consecutive_rejections=5)
        with pytest.raises(VerifierSetupError, match="rejected the last 5 requests"):
            await score_batch(pairs(12), v, RubricRewardConfig(on_failure="unscorable"))
        await v.aclose()


async def test_a_single_400_is_that_samples_problem(endpoint):
    with FaultProxy(endpoint.url) as p:
        p.inject(Fault.status(400))
        v = verifier(p.base_url, max_concurrency=1)
        results = await score_batch(pairs(3), v, RubricRewardConfig())
        assert [r.scorable for r in results].count(False) == 1
        bad = next(r for r in results if not r.scorable)
        assert math.isnan(bad.reward) and "HTTP 400" in bad.reason
        await v.aclose()


def test_a_url_without_scheme_is_refused_when_configured():
    with pytest.raises(ConfigError, match="http:// or https://"):
        OpenAIChatBackend("127.0.0.1:8000/v1", model="m")


async def test_sessions_of_finished_event_loops_are_released(endpoint):
    v = verifier(endpoint.base_url)
    for _ in range(5):
        await asyncio.to_thread(asyncio.run, score_batch(pairs(1), v, RubricRewardConfig()))
    assert len(v.backend._loops) <= 1


async def test_an_unreachable_endpoint_is_a_retried_transport_error():
    v = verifier("http://127.0.0.1:9/v1", retry={"max_retries": 1, "backoff_base_s": 0.01, "deadline_s": 5})
    with pytest.raises(VerifierTransportError, match="after 2 attempt"):
        await v.judge(RECORD, "x", RECORD.criteria)
    await v.aclose()


def test_a_body_read_as_bytes_parses_as_its_decoded_text_does():
    """The backend hands the body over as bytes (orjson reads them directly): the same Completion or the
    same error as the decoded text, and invalid UTF-8 is replaced, not fatal."""
    from rubric_plugin.errors import VerifierTransportError
    from rubric_plugin.verifier.http_response import _completion

    body = ('{"choices":[{"message":{"content":"{\\"c1\\":{\\"reason\\":\\"caf\\u00e9 ok\\",\\"verdict\\":\\"yes\\"}}"},'
            '"finish_reason":"stop"}],"usage":{"prompt_tokens":12,"completion_tokens":7,'
            '"prompt_tokens_details":{"cached_tokens":8}}}')
    assert _completion("u", 200, body.encode(), None) == _completion("u", 200, body, None)
    broken = body.encode().replace(b"ok", b"\xff\xfe")
    assert "\ufffd\ufffd" in _completion("u", 200, broken, None).text
    for status, raw in [(200, b"<html>busy</html>"), (503, b"overloaded \xff"), (200, b'{"choices": []}')]:
        with pytest.raises(VerifierTransportError) as from_bytes:
            _completion("u", status, raw, None)
        with pytest.raises(VerifierTransportError) as from_text:
            _completion("u", status, raw.decode("utf-8", errors="replace"), None)
        assert str(from_bytes.value) == str(from_text.value) and from_bytes.value.retryable == from_text.value.retryable
