"""verifier.block_size: auto (the default) reads the judge's KV block size from its server.

The judge here is a small aiohttp server in the test's event loop: ``/tokenize`` counts with the tiny
tokenizer as vLLM does, ``/metrics`` exports vLLM's ``vllm:cache_config_info`` gauge (or nothing),
and ``/v1/chat/completions`` answers "yes" to every asked criterion and records each request.
"""
import asyncio
import json
import logging

import pytest

from rubric_plugin.config import RubricRewardConfig
from rubric_plugin.devtools.workload import make_group
from rubric_plugin.errors import ConfigError
from rubric_plugin.verifier.align import block_size_from_metrics
from rubric_plugin.verifier.http import OpenAIChatBackend
from rubric_plugin.verifier.llm import LLMVerifier

pytestmark = pytest.mark.timeout(60)

#: what vLLM 0.32 exports (one label per CacheConfig field; the engine label last)
METRICS = ('# HELP vllm:cache_config_info Information of the LLMEngine CacheConfig\n'
           '# TYPE vllm:cache_config_info gauge\n'
           'vllm:cache_config_info{block_size="%d",cache_dtype="auto",enable_prefix_caching="True",'
           'mamba_block_size="None",prefix_caching_hash_algo="sha256",engine="0"} 1.0\n')


class Judge:
    """The judge server's routes and what it saw."""

    def __init__(self, tokenizer, block_size):
        self.tokenizer, self.block_size = tokenizer, block_size
        self.chats: list[list[dict]] = []
        self.metrics_calls = 0

    async def tokenize(self, request):
        from aiohttp import web

        body = await request.json()
        text = self.tokenizer.apply_chat_template(body["messages"], tokenize=False, add_generation_prompt=False,
                                                  continue_final_message=True)
        return web.json_response({"count": len(self.tokenizer.encode(text, add_special_tokens=False))})

    async def metrics(self, request):
        from aiohttp import web

        self.metrics_calls += 1
        other = '# TYPE vllm:num_requests_running gauge\nvllm:num_requests_running{engine="0"} 0.0\n'
        return web.Response(text=other + (METRICS % self.block_size if self.block_size else ""))

    async def chat(self, request):
        from aiohttp import web

        body = await request.json()
        self.chats.append(body["messages"])
        ids = body["response_format"]["json_schema"]["schema"]["required"]
        answer = json.dumps({c: {"reason": "ok", "verdict": "yes"} for c in ids})
        return web.json_response({"choices": [{"index": 0, "finish_reason": "stop",
                                               "message": {"role": "assistant", "content": answer}}],
                                  "usage": {"prompt_tokens": 1, "completion_tokens": 1}})


async def _judge_all(tokenizer, block_size, configured, groups, key=b"k" * 32):
    """Serve a judge exporting ``block_size`` (None: no metric), judge ``groups`` with
    ``verifier.block_size=configured``; the verifier, its results and the server's record."""
    from aiohttp import web

    judge = Judge(tokenizer, block_size)
    app = web.Application()
    app.add_routes([web.post("/tokenize", judge.tokenize), web.get("/metrics", judge.metrics),
                    web.post("/v1/chat/completions", judge.chat)])
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]
    verifier = LLMVerifier(OpenAIChatBackend(f"http://127.0.0.1:{port}/v1", "judge"), block_size=configured,
                           cache_size=0)
    verifier.__dict__["_fence_key"] = key  # the same nonces for every verifier compared
    try:
        out = []
        for g in groups:
            criteria = list(g.record.criteria)
            out += await verifier.judge_many([(g.record, r, criteria) for r in g.responses])
        await verifier.aclose()
    finally:
        await runner.cleanup()
    return verifier, out, judge


def _groups():
    return [make_group(i, n_responses=3, n_criteria=4, turns=1 + i % 2, response_words=30) for i in range(4)]


def test_auto_reads_the_servers_block_size_and_pads_exactly_as_that_number(tiny_tokenizer):
    auto, out, judge = asyncio.run(_judge_all(tiny_tokenizer, 16, "auto", _groups()))
    fixed, _, fixed_judge = asyncio.run(_judge_all(tiny_tokenizer, 16, 16, _groups()))
    unaligned, _, plain_judge = asyncio.run(_judge_all(tiny_tokenizer, 16, None, _groups()))
    assert all(not isinstance(o, Exception) for o in out)
    assert auto.aligner.block_size == 16 and auto.template_id == fixed.template_id
    assert judge.metrics_calls == 1  # read once for the run, not per group or request
    assert auto.aligner.aligned >= 1  # some group was padded...
    assert judge.chats == fixed_judge.chats  # ...byte for byte as block_size=16 pads it
    assert judge.chats != plain_judge.chats


def test_a_server_without_the_metric_turns_alignment_off_once_and_still_judges(tiny_tokenizer, caplog):
    with caplog.at_level(logging.WARNING, logger="rubric_plugin.verifier.align"):
        auto, out, judge = asyncio.run(_judge_all(tiny_tokenizer, None, "auto", _groups()))
    _, _, plain_judge = asyncio.run(_judge_all(tiny_tokenizer, None, None, _groups()))
    assert len(out) == 12 and all(not isinstance(o, Exception) for o in out)
    assert all(v.verdicts[c].satisfied for v in out for c in v.verdicts)
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1 and "block_size=auto" in warnings[0] and "/metrics" in warnings[0]
    assert judge.metrics_calls == 1 and not auto.aligner.enabled
    assert judge.chats == plain_judge.chats  # unpadded, as with block_size: null
    assert "|block=" not in auto.template_id


def test_an_unreachable_judge_is_an_error_of_the_call_not_of_the_alignment(caplog):
    verifier = LLMVerifier(OpenAIChatBackend("http://127.0.0.1:9/v1", "judge", connect_timeout_s=1.0),
                           block_size="auto", cache_size=0, retry={"max_retries": 0})
    group = make_group(0, n_responses=1, n_criteria=2, response_words=10)
    with caplog.at_level(logging.WARNING, logger="rubric_plugin.verifier.align"):
        out = asyncio.run(verifier.judge_many([(group.record, group.responses[0], list(group.record.criteria))]))
    assert isinstance(out[0], Exception)  # the judge call fails as it would unaligned: never a silent 0
    assert not verifier.aligner.enabled and len([r for r in caplog.records if r.levelno == logging.WARNING]) == 1


def test_the_metric_is_read_from_vllms_label_not_a_lookalike():
    assert block_size_from_metrics(METRICS % 32) == 32
    assert block_size_from_metrics('vllm:cache_config_info{mamba_block_size="16",engine="0"} 1.0\n') is None
    assert block_size_from_metrics('vllm:cache_config_info{x="a,block_size=\\"8\\"",block_size="64"} 1.0') == 64
    assert block_size_from_metrics("vllm:num_requests_running 0.0\n") is None


@pytest.mark.parametrize("bad", [0, -16, "16", "Auto", 2.5, True])
def test_a_bad_block_size_is_refused_when_the_config_loads(bad):
    node = {"_target_": "rubric_plugin.verifier.llm.LLMVerifier", "block_size": bad}
    with pytest.raises(ConfigError, match=r"reward\.rubric\.verifier\.block_size=.*'auto'.*int >= 1.*null"):
        RubricRewardConfig(verifier=node)
    for good in ("auto", 16, None):
        RubricRewardConfig(verifier={**node, "block_size": good})
