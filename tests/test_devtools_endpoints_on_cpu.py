"""The benchmark judge endpoint (known capacity) and the fault-injecting proxy, driven with plain httpx."""
import asyncio
import json
import time

import httpx
import pytest

from rubric_plugin.devtools.fault_proxy import GARBAGE, Fault, FaultProxy
from rubric_plugin.devtools.judge_endpoint import JudgeEndpoint
from rubric_plugin.verifier.parse import json_schema, parse_verdicts

IDS = ["c1", "word_limit", "sec.2:a-b"]


def chat_body(ids=IDS, user="Rate this response.", schema=True):
    body = {"model": "judge", "temperature": 0.0,
            "messages": [{"role": "system", "content": "You are a strict rubric verifier."},
                         {"role": "user", "content": user}]}
    if schema:
        body["response_format"] = {"type": "json_schema", "json_schema": {"name": "verdicts", "schema": json_schema(ids)}}
    return body


def content_of(response: httpx.Response) -> str:
    return response.json()["choices"][0]["message"]["content"]


@pytest.fixture(scope="module")
def judge():
    with JudgeEndpoint(latency=0.02, max_concurrency=8) as endpoint:
        yield endpoint


@pytest.fixture
def proxy(judge):
    with FaultProxy(judge.base_url) as p:
        yield p


@pytest.mark.timeout(60)
def test_judge_answers_exactly_the_schema_ids_with_yes_or_no(judge):
    r = httpx.post(judge.base_url + "/chat/completions", json=chat_body(), timeout=10)
    assert r.status_code == 200
    data = r.json()
    assert data["object"] == "chat.completion" and data["choices"][0]["finish_reason"] == "stop"
    assert data["choices"][0]["message"]["role"] == "assistant"
    usage = data["usage"]
    assert usage["total_tokens"] == usage["prompt_tokens"] + usage["completion_tokens"] > 0
    assert usage["prompt_tokens_details"] == {"cached_tokens": 0}
    answer = json.loads(content_of(r))
    assert list(answer) == IDS
    assert all(set(v) == {"reason", "verdict"} and v["verdict"] in ("yes", "no") for v in answer.values())
    assert set(parse_verdicts(content_of(r), IDS).verdicts) == set(IDS)  # the plugin's own parser accepts it


@pytest.mark.timeout(60)
def test_judge_verdicts_are_deterministic_and_forced_no_is_honoured(judge):
    url = judge.base_url + "/chat/completions"
    many = [f"c{i}" for i in range(40)]
    first = json.loads(content_of(httpx.post(url, json=chat_body(many), timeout=10)))
    again = json.loads(content_of(httpx.post(url, json=chat_body(many), timeout=10)))
    assert first == again
    assert {v["verdict"] for v in first.values()} == {"yes", "no"}  # 40 hashes: both parities occur
    forced = json.loads(content_of(httpx.post(url, json=chat_body(many, user="text VERDICT=no"), timeout=10)))
    assert {v["verdict"] for v in forced.values()} == {"no"}


@pytest.mark.timeout(60)
def test_judge_without_response_format_reads_ids_from_the_rubric_lines(judge):
    user = "Rubric:\n1. id=alpha: Is it short?\n2. id=beta.2: Is it polite?\n\nAnswer for exactly these ids: alpha, beta.2."
    r = httpx.post(judge.base_url + "/chat/completions", json=chat_body(user=user, schema=False), timeout=10)
    assert list(json.loads(content_of(r))) == ["alpha", "beta.2"]


@pytest.mark.timeout(60)
def test_judge_health_models_and_bad_requests(judge):
    assert httpx.get(judge.url + "/health").json() == {"status": "ok"}
    assert httpx.get(judge.base_url + "/models").json()["data"][0]["id"] == "synthetic-judge"
    assert httpx.post(judge.base_url + "/chat/completions", content=b"not json").status_code == 400
    assert judge.capacity == pytest.approx(8 / 0.02)


@pytest.mark.timeout(60)
def test_judge_capacity_is_respected():
    with JudgeEndpoint(latency=0.2, max_concurrency=4) as endpoint:
        assert endpoint.capacity == pytest.approx(20.0)

        async def burst():
            limits = httpx.Limits(max_connections=32)
            async with httpx.AsyncClient(base_url=endpoint.base_url, timeout=30, limits=limits) as client:
                start = time.perf_counter()
                responses = await asyncio.gather(*(client.post("/chat/completions", json=chat_body()) for _ in range(16)))
                return time.perf_counter() - start, responses

        endpoint.reset_stats()
        wall, responses = asyncio.run(burst())
        assert all(r.status_code == 200 for r in responses)
        assert wall >= 0.75  # 16 requests / 4 slots = 4 waves of 0.2 s
        stats = endpoint.stats()
        assert stats["requests"] == 16 and stats["max_in_flight"] == 4 and stats["in_flight"] == 0
        assert stats["max_waiting"] > 0
        assert 0.75 <= stats["busy_s"] <= wall + 0.1


@pytest.mark.timeout(30)
def test_judge_slots_follow_the_nominal_schedule_when_its_own_loop_is_late():
    """A slot frees at admission + latency even when the endpoint's event loop is busy (it shares the
    benchmark's cores), so a queued request is admitted on time; the capacity is never exceeded."""
    from rubric_plugin.devtools.judge_endpoint import JudgeState

    async def burst():
        state = JudgeState(latency=0.1, max_concurrency=2, model="judge")
        start = time.monotonic()
        done = []

        async def one():
            await state.serve()
            done.append(time.monotonic() - start)

        tasks = [asyncio.create_task(one()) for _ in range(6)]
        await asyncio.sleep(0.095)
        time.sleep(0.08)  # the loop is blocked from just before the first wave is due until 0.175 s
        await asyncio.gather(*tasks)
        return sorted(done), state

    done, state = asyncio.run(burst())
    # three waves of two, due at 0.1, 0.2 and 0.3 s: the first is answered late (0.175 s), but the
    # blocked loop does not push the later waves back (a semaphore would: 0.275 and 0.375 s)
    assert 0.17 <= done[1] and 0.2 <= done[2] < 0.26 and 0.3 <= done[4] < 0.36, done
    assert state.served == 6 and state.max_in_flight == 2 and state.max_waiting == 4 and state.in_flight == 0


@pytest.mark.timeout(60)
def test_proxy_passes_through_untouched_when_no_fault_is_planned(judge, proxy):
    direct = httpx.post(judge.base_url + "/chat/completions", json=chat_body(), timeout=10)
    via = httpx.post(proxy.base_url + "/chat/completions", json=chat_body(), timeout=10)
    assert via.status_code == 200 and via.headers["content-type"] == "application/json"
    assert content_of(via) == content_of(direct)
    assert httpx.get(proxy.base_url + "/models").json()["data"][0]["id"] == "synthetic-judge"
    assert proxy.log == [("pass", 200)] and proxy.requests == 1  # only chat requests are logged


@pytest.mark.timeout(60)
def test_each_fault_has_its_observable_effect_then_requests_pass(proxy):
    proxy.inject(Fault.status(429), Fault.status(500), Fault.delay(1.5), Fault.truncate(), Fault.garbage(),
                 Fault.reset())
    assert proxy.pending == 6
    url = proxy.base_url + "/chat/completions"
    with httpx.Client(timeout=0.5) as client:
        r = client.post(url, json=chat_body())
        assert r.status_code == 429 and r.headers["retry-after"] == "0" and "error" in r.json()
        r = client.post(url, json=chat_body())
        assert r.status_code == 500 and "retry-after" not in r.headers
        with pytest.raises(httpx.TimeoutException):
            client.post(url, json=chat_body())
        r = client.post(url, json=chat_body())
        assert r.status_code == 200
        with pytest.raises(json.JSONDecodeError):
            json.loads(r.text)
        r = client.post(url, json=chat_body())
        assert r.status_code == 200 and r.content == GARBAGE
        with pytest.raises(json.JSONDecodeError):
            r.json()
        with pytest.raises(httpx.TransportError) as raised:
            client.post(url, json=chat_body())
        assert not isinstance(raised.value, httpx.TimeoutException)
        assert proxy.pending == 0
        r = client.post(url, json=chat_body())
        assert r.status_code == 200 and list(json.loads(content_of(r))) == IDS
    kinds = [kind for kind, _ in proxy.log]
    assert kinds == ["status", "status", "delay", "truncate", "garbage", "reset", "pass"]
    assert proxy.log[:2] == [("status", 429), ("status", 500)] and proxy.log[5] == ("reset", None)


@pytest.mark.timeout(60)
def test_sticky_fault_and_text_faults(proxy):
    url = proxy.base_url + "/chat/completions"
    proxy.inject("503").fail_all("status:429")
    codes = [httpx.post(url, json=chat_body(), timeout=10).status_code for _ in range(3)]
    assert codes == [503, 429, 429]
    proxy.fail_all(None)
    assert httpx.post(url, json=chat_body(), timeout=10).status_code == 200
    assert Fault.parse("delay:2.5") == Fault.delay(2.5) and Fault.parse("reset") == Fault.reset()
    with pytest.raises(ValueError):
        Fault("explode")


@pytest.mark.timeout(60)
def test_proxy_answers_502_when_the_upstream_is_gone():
    upstream = JudgeEndpoint(latency=0.01, max_concurrency=2).start()
    with FaultProxy(upstream.base_url) as proxy:
        url = proxy.base_url + "/chat/completions"
        assert httpx.post(url, json=chat_body(), timeout=10).status_code == 200
        upstream.stop()
        r = httpx.post(url, json=chat_body(), timeout=10)
        assert r.status_code == 502 and "upstream unreachable" in r.json()["error"]["message"]
        assert proxy.log == [("pass", 200), ("pass", 502)]
