"""The judge's context holds the worst-case judging request, checked before the first step; a request that
still does not fit is judged with the middle of the response left out, never a storm of HTTP 400s.

Policy (rubric_plugin.verifier.context): worst case = data.max_prompt_length + max response length +
rendered instructions and rubric (data scan or reward.rubric.judge_context) + shaping criteria +
LLMVerifier.completion_budget(ids). Too small is a ConfigError naming both numbers and the keys.
"""
from __future__ import annotations

import asyncio
import json
import logging
import re

import pytest
from omegaconf import OmegaConf

import test_recipes_on_cpu as recipes
from rubric_plugin.convert.verl_rows import write_parquet
from rubric_plugin.devtools.judge_endpoint import completion
from rubric_plugin.errors import ConfigError, ContextOverflowError
from rubric_plugin.schema import Criterion, Message, RubricRecord
from rubric_plugin.verifier import context
from rubric_plugin.verifier.context import ContextNeed, check_fits, check_judge_context
from rubric_plugin.verifier.http import OpenAIChatBackend
from rubric_plugin.verifier.llm import LLMVerifier

pytestmark = pytest.mark.timeout(120)

DECLARED = ["+reward.rubric.judge_context.rubric_tokens=1024", "+reward.rubric.judge_context.max_criteria=24"]
WG_LEN = "reward.rubric.worker_group.models.verifier.max_model_len"


def recipe(name: str, *overrides: str):
    placeholders = [f"{k}={v}" for k, v in recipes.PLACEHOLDERS.items()
                    if name != "tiny_cpu" or not k.startswith("reward.")]
    return recipes._compose(name, [*placeholders, *overrides])


# -- the arithmetic ------------------------------------------------------------------------------------
def test_too_small_a_context_names_both_numbers_every_term_and_the_key_to_raise():
    # 2048 + 8192 + 1000 + 200 + 3000 = 14440 > 8192
    need = ContextNeed(prompt=2048, response=8192, rubric=1000, shaping=200, verdict=3000)
    with pytest.raises(ConfigError) as e:
        check_fits(8192, "reward.rubric.worker_group.models.verifier.max_model_len", need)
    msg = str(e.value)
    assert "max_model_len=8192" in msg and "14440" in msg
    for term in ("prompt 2048 (data.max_prompt_length)", "response 8192 (data.max_response_length)",
                 "instructions and rubric 1000", "shaping criteria 200", "verdict and reasoning 3000"):
        assert term in msg
    assert "Raise reward.rubric.worker_group.models.verifier.max_model_len to at least 14440" in msg
    check_fits(14440, "k", need)  # exactly enough passes


# -- the shipped recipes -------------------------------------------------------------------------------
@pytest.mark.parametrize("name", recipes.RECIPES)
def test_every_shipped_recipe_holds_its_worst_case_request(name):
    # a declared bound stands in for the data scan: 24 criteria, 1024 tokens of instructions and rubric
    # (tiny_cpu: its own small rubrics)
    declared = DECLARED if name != "tiny_cpu" else ["+reward.rubric.judge_context.rubric_tokens=512",
                                                    "+reward.rubric.judge_context.max_criteria=8"]
    checked = check_judge_context(recipe(name, *declared))
    assert checked, f"{name}: no judge was checked"
    for limit, need in checked:
        assert need.total <= limit
        assert need.verdict > 0 and need.prompt > 0 and need.response > 0


def test_the_megatron_recipe_with_its_former_8k_judge_is_refused_before_the_first_step():
    cfg = recipe("megatron_qwen3_8b", *DECLARED, f"{WG_LEN}=8192")
    with pytest.raises(ConfigError, match=rf"{re.escape(WG_LEN)}=8192 is smaller than the worst-case judging "
                                          r"request 1\d{4} = prompt 2048 .* response 8192"):
        check_judge_context(cfg)


# -- where the judge's context comes from ------------------------------------------------------------
def _judge_config(tmp_path, backend: dict, *, max_prompt=64, max_response=64, rubric_node=None):
    return OmegaConf.create({
        "data": {"max_prompt_length": max_prompt, "max_response_length": max_response,
                 "train_files": str(tmp_path / "train.parquet"), "val_files": []},
        "reward": {"reward_manager": {"name": "rubric"},
                   "rubric": {"verifier": {"_target_": "rubric_plugin.verifier.llm.LLMVerifier", "name": "judge",
                                           "reason_max_chars": 20, "backend": backend},
                              **({"judge_context": rubric_node} if rubric_node else {})}},
        "actor_rollout_ref": {"model": {"path": None}}})


def _http(**kw):
    return {"_target_": "rubric_plugin.verifier.http.OpenAIChatBackend", "base_url": "https://judge.example/v1",
            "model": "m", **kw}


def _record(i: int, n_criteria: int, question_words: int) -> RubricRecord:
    q = " ".join(["word"] * question_words) + "?"
    return RubricRecord((Message("user", f"prompt {i}"),),
                        tuple(Criterion(id=f"q{j}", question=q) for j in range(n_criteria)), id=f"r{i}")


def test_a_hosted_judge_without_a_declared_context_is_only_warned_about(tmp_path, caplog):
    write_parquet([_record(0, 2, 5)], tmp_path / "train.parquet")
    with caplog.at_level(logging.WARNING, logger="rubric_plugin.verifier.context"):
        assert check_judge_context(_judge_config(tmp_path, _http())) == []
    assert "reward.rubric.verifier.backend.max_model_len" in caplog.text and "unknown" in caplog.text


def test_the_data_scan_measures_the_longest_rubric_with_the_judges_tokenizer(tmp_path, tiny_tokenizer_dir):
    # the judge's tokenizer: an engine backend on a local model directory (the engine is not built)
    engine = {"_target_": "rubric_plugin.verifier.engine.VLLMEngineBackend", "model": str(tiny_tokenizer_dir),
              "max_model_len": 100_000}
    write_parquet([_record(0, 2, 5), _record(1, 3, 400), _record(2, 1, 5)], tmp_path / "train.parquet")
    [(_, need)] = check_judge_context(_judge_config(tmp_path, engine))
    assert need.rubric_source == "data scan of 3 rows"
    # record 1's three 400-word questions dominate: more than 1200 tokens, far beyond the short rows
    assert need.rubric > 1200
    verifier = LLMVerifier(OpenAIChatBackend("http://x/v1", "m"), reason_max_chars=20)
    assert need.verdict == verifier.completion_budget(["q0", "q1", "q2"])
    with pytest.raises(ConfigError, match=r"reward\.rubric\.verifier\.backend\.max_model_len=1500 is smaller"):
        check_judge_context(_judge_config(tmp_path, {**engine, "max_model_len": 1500}))


def test_a_declared_http_context_and_the_shaping_criteria_count(tmp_path):
    write_parquet([_record(0, 2, 5)], tmp_path / "train.parquet")
    cfg = _judge_config(tmp_path, _http(max_model_len=100_000))
    [(limit, plain)] = check_judge_context(cfg)
    cfg.reward.rubric.shaping = [{"_target_": "rubric_plugin.shaping.criteria.AntiHackingCriteria"}]
    [(_, shaped)] = check_judge_context(cfg)
    assert limit == 100_000
    assert plain.shaping == 0 and shaped.shaping > 50  # four anti-hacking questions
    assert shaped.verdict > plain.verdict  # and their verdicts


def test_judge_context_keys_are_checked():
    with pytest.raises(ConfigError, match="rubric_tokens and max_criteria together"):
        context.JudgeContextConfig(rubric_tokens=100)
    with pytest.raises(ConfigError, match=r"unknown keys \['rubric_chars'\]"):
        context.JudgeContextConfig.from_mapping({"rubric_chars": 1})


# -- at run time: one rule -----------------------------------------------------------------------------
class TooLongJudge:
    """An OpenAI-compatible judge with a context of ``limit`` tokens (4 characters each) that answers
    vLLM's HTTP 400 to a longer prompt, and records every prompt it accepted."""

    def __init__(self, limit: int):
        self.limit, self.accepted, self.refused = limit, [], 0

    async def handle(self, request):
        from aiohttp import web

        body = await request.json()
        tokens = sum(len(m["content"]) for m in body["messages"]) // 4
        if tokens + body["max_tokens"] > self.limit:
            self.refused += 1
            msg = (f"This model's maximum context length is {self.limit} tokens. However, your request has "
                   f"{tokens} input tokens. Please reduce the length of the input messages. "
                   f"(contains {tokens} input tokens)")
            return web.json_response({"error": {"message": msg, "code": 400}}, status=400)
        self.accepted.append(body["messages"][-1]["content"])
        return web.json_response(completion(body, "m"))


async def _serve(judge: TooLongJudge):
    from aiohttp import web

    app = web.Application()
    app.router.add_post("/v1/chat/completions", judge.handle)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]
    return runner, f"http://127.0.0.1:{port}/v1"


async def test_an_over_long_response_is_judged_with_its_middle_left_out_and_that_is_recorded():
    judge = TooLongJudge(limit=1500)
    runner, url = await _serve(judge)
    try:
        verifier = LLMVerifier(OpenAIChatBackend(url, "m", max_consecutive_rejections=4), reason_max_chars=20)
        record = _record(0, 2, 5)
        long = "BEGINNING " + "filler text " * 1000 + " THE END"  # ~12k characters, ~3k "tokens"
        # 40 such samples at once: far more 400s than max_consecutive_rejections=4, yet no setup error
        results = await asyncio.gather(*(verifier.judge(record, long + str(i), list(record.criteria))
                                         for i in range(40)))
    finally:
        await runner.cleanup()
    assert all(set(vs.verdicts) == {"q0", "q1"} for vs in results)
    assert judge.refused >= 40 and len(judge.accepted) == 40
    for prompt in judge.accepted:  # the judge saw the beginning, the end, and the note of what was left out
        assert "BEGINNING" in prompt and "THE END" in prompt and "characters of the response are left out" in prompt
    cut = [vs.meta["judge_truncated_chars"] for vs in results]
    assert all(0 < c < len(long) for c in cut)


async def test_a_rubric_that_overflows_on_its_own_fails_as_a_context_overflow_not_a_verdict():
    judge = TooLongJudge(limit=200)
    runner, url = await _serve(judge)
    try:
        verifier = LLMVerifier(OpenAIChatBackend(url, "m"), reason_max_chars=20, retry={"max_retries": 0})
        record = _record(0, 3, 400)
        with pytest.raises(ContextOverflowError, match="rubric and conversation of record 'r0' alone are too long"):
            await verifier.judge(record, "short answer", list(record.criteria))
    finally:
        await runner.cleanup()
    assert judge.accepted == []


def test_server_messages_about_the_context_are_recognised():
    # vLLM >= 0.10 (prompt alone too long), older vLLM and OpenAI (prompt + completion), vLLM's engine
    assert context.overflow_from_message(
        "This model's maximum context length is 4096 tokens. However, your prompt contains 5000 input tokens, "
        "which exceeds this limit even without any output tokens.") == (4096, 5000)
    assert context.overflow_from_message(
        "This model's maximum context length is 8192 tokens. However, you requested 9000 tokens (8500 in the "
        "messages, 500 in the completion).") == (8192, 8500)
    assert context.overflow_from_message("The decoder prompt (length 5000) is longer than the maximum model "
                                         "length of 4096.") == (4096, 5000)
    assert context.overflow_from_message("response_format: unsupported schema") is None


def test_shortening_keeps_both_ends_and_the_requested_length():
    text = "A" * 500 + "B" * 500
    short, cut = context.shorten_middle(text, 300)
    assert 690 <= len(short) <= 700 and short.startswith("A" * 100) and short.endswith("B" * 100)
    assert f"{cut} characters of the response are left out" in short
    assert context.shorten_middle("tiny", 2) == ("", 4)  # nothing of it can stay
    assert json.loads(json.dumps(short)) == short
