"""The LLM verifier against a real vLLM server on CPU, directly and through a fault-injecting proxy.

The model is a random tiny Qwen2 built offline: its verdicts are arbitrary, but structured output
forces every answer into the verdict schema, so every criterion must get a parseable verdict.
Faults are injected between the verifier and the server; after the retries, the declared failure
policy applies and no sample ever scores 0 for a verifier failure.
"""
import asyncio
import json
import math

import pytest

from rubric_plugin.config import RubricRewardConfig
from rubric_plugin.devtools.fault_proxy import Fault, FaultProxy
from rubric_plugin.devtools.workload import make_group
from rubric_plugin.errors import VerifierTransportError
from rubric_plugin.scoring import score_batch
from rubric_plugin.verifier.http import OpenAIChatBackend
from rubric_plugin.verifier.llm import LLMVerifier

pytestmark = [pytest.mark.vllm, pytest.mark.timeout(600)]

GROUP = make_group(0, n_responses=4, n_criteria=8, turns=3, response_words=60)
PAIRS = [(GROUP.record, r) for r in GROUP.responses]
RETRY = {"max_retries": 4, "backoff_base_s": 0.05, "backoff_max_s": 0.2, "deadline_s": 120.0}


def judge(base_url, retry=RETRY, timeout_s=120.0, **kw):
    backend = OpenAIChatBackend(base_url, model="tiny", timeout_s=timeout_s, max_concurrency=8)
    return LLMVerifier(backend, name="tiny-judge", reason_max_chars=12, retry=retry, **kw)


@pytest.fixture
def proxy(vllm_server):
    with FaultProxy(vllm_server.url) as p:
        yield p


def assert_fully_judged(result):
    assert result.scorable, result.reason
    assert set(result.verdicts) == {c.id for c in GROUP.record.criteria}
    assert all(v.source == "tiny-judge" for v in result.verdicts.values())
    json.loads(result.raw)  # the raw answer is kept, and it is the schema's JSON


async def test_every_criterion_gets_a_parseable_verdict_from_a_real_server(vllm_server):
    v = judge(vllm_server.base_url)
    results = await score_batch(PAIRS, v, RubricRewardConfig())
    for r in results:
        assert_fully_judged(r)
        assert 0.0 <= r.reward <= 1.0
    stats = v.stats.snapshot()
    assert stats["verifier/requests"] == len(PAIRS) and stats["verifier/failures"] == 0
    assert stats["verifier/prompt_tokens"] > 0 and stats["verifier/completion_tokens"] > 0
    # block_size: auto reads the block size the worker group's CPU server was started with from /metrics
    assert await v.backend.kv_block_size() == (32, f"{vllm_server.url}/metrics")
    await v.aclose()


async def test_prefix_shared_prompts_hit_the_servers_prefix_cache(vllm_server):
    v = judge(vllm_server.base_url)
    first = await score_batch(PAIRS[:1], v, RubricRewardConfig())
    rest = await score_batch(PAIRS[1:], v, RubricRewardConfig())
    info = [r.extra_info() for r in first + rest]
    prompt = [i["rubric_verifier_prompt_tokens"] for i in info]
    cached = [i["rubric_verifier_cached_tokens"] for i in info]
    # the group shares conversation + rubric; the later responses reuse most of the first's prompt
    assert all(c >= 0.5 * p for c, p in zip(cached[1:], prompt[1:])), (cached, prompt)
    await v.aclose()


async def test_identical_responses_are_sent_once(vllm_server):
    v = judge(vllm_server.base_url)
    results = await score_batch([PAIRS[0]] * 4, v, RubricRewardConfig())
    assert [r.extra_info()["rubric_verifier_cache"] for r in results].count("miss") == 1
    assert v.stats.snapshot()["verifier/requests"] == 1
    assert all(r.verdicts == results[0].verdicts for r in results)
    await v.aclose()


@pytest.mark.parametrize("faults", [
    [Fault.status(429), Fault.status(500), Fault.status(503)],
    [Fault.garbage(), Fault.truncate()],
    [Fault.reset(), Fault.delay(30.0)],
])
async def test_injected_faults_are_retried_until_every_sample_is_judged(proxy, faults):
    proxy.inject(*faults)
    # a shorter client timeout only where a fault is a delay (30 s, three times the timeout); 10 s
    # still leaves a loaded CPU server room to answer the requests that are not delayed (1.5 s did not)
    slow = any(f.kind == "delay" for f in faults)
    v = judge(proxy.base_url, timeout_s=10.0 if slow else 120.0)
    results = await score_batch(PAIRS[:1], v, RubricRewardConfig())
    assert_fully_judged(results[0])
    assert [kind for kind, _ in proxy.log[: len(faults)]] == [f.kind for f in faults]
    # every request after the planned faults passed through; each one but the last was a retry
    assert all(kind == "pass" for kind, _ in proxy.log[len(faults):]) and proxy.log[-1] == ("pass", 200)
    retries = results[0].extra_info()["rubric_verifier_retries"]
    assert retries == len(proxy.log) - 1 >= len(faults), proxy.log
    await v.aclose()


async def test_after_the_retry_budget_a_sample_is_unscorable_never_zero(proxy):
    proxy.fail_all(Fault.status(500))
    v = judge(proxy.base_url, retry={**RETRY, "max_retries": 2})
    results = await score_batch(PAIRS, v, RubricRewardConfig(on_failure="unscorable"))
    for r in results:
        assert math.isnan(r.reward) and r.status == "unscorable"
        assert "HTTP 500" in r.reason and "after 3 attempt(s)" in r.reason
    assert v.stats.snapshot()["verifier/failures"] == len(PAIRS)
    with pytest.raises(VerifierTransportError, match="HTTP 500"):
        await score_batch(PAIRS[:1], judge(proxy.base_url, retry={**RETRY, "max_retries": 0}),
                          RubricRewardConfig(on_failure="raise"))
    await v.aclose()


# keep last: it kills the session's server
async def test_a_server_killed_mid_batch_leaves_each_sample_judged_or_unscorable(vllm_server, proxy):
    v = judge(proxy.base_url, retry={"max_retries": 3, "backoff_base_s": 0.2, "backoff_max_s": 0.5, "deadline_s": 20.0})
    pairs = [(g.record, r) for i in range(3) for g in [make_group(10 + i, n_responses=4, n_criteria=8)] for r in g.responses]

    # hold the first 6 requests at the proxy so that they reach the server only after it is dead
    # (otherwise vLLM may answer the whole batch before the kill lands)
    proxy.inject(*[Fault.delay(8.0)] * 6)

    async def kill_after_first_results():
        while v.stats.snapshot()["verifier/calls"] < 2:
            await asyncio.sleep(0.05)
        await asyncio.get_running_loop().run_in_executor(None, vllm_server.kill)

    results, _ = await asyncio.gather(score_batch(pairs, v, RubricRewardConfig()), kill_after_first_results())
    judged = [r for r in results if r.scorable]
    lost = [r for r in results if not r.scorable]
    assert len(judged) >= 2 and lost, (len(judged), len(lost))
    for r in judged:
        assert set(r.verdicts) == {c.id for c in r.record.criteria}
    for r in lost:
        assert math.isnan(r.reward) and r.reason and r.extra_info()["rubric_verifier_requests"] >= 1
    await v.aclose()
