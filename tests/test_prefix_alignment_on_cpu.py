"""verifier.block_size pads each group's shared prefix to a whole number of the judge's KV blocks.

The judge's tokenizer here is the tiny one (a real BPE tokenizer with a chat template); the backend
counts with it exactly as vLLM's /tokenize does (chat template applied, last message left open).
"""
import asyncio
import json

import pytest

from rubric_plugin.devtools.workload import make_group
from rubric_plugin.errors import ConfigError
from rubric_plugin.verifier.base import ChatBackend, Completion
from rubric_plugin.verifier.llm import LLMVerifier

pytestmark = pytest.mark.timeout(120)


class TokenizerJudge(ChatBackend):
    """Counts with a real tokenizer; answers 'yes' to every asked criterion; records the prompts."""

    model = "tokenizer-judge"

    def __init__(self, tokenizer, can_count=True):
        self.tokenizer, self.can_count = tokenizer, can_count
        self.prompts: list[list[int]] = []
        self.counts = 0

    def ids(self, messages, open_last):
        text = self.tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=not open_last,
                                                  continue_final_message=open_last)
        return self.tokenizer.encode(text, add_special_tokens=False)

    async def count_prefix_tokens(self, messages):
        if not self.can_count:
            return None
        self.counts += 1
        return len(self.ids(messages, open_last=True))

    async def complete(self, request, timeout_s=None):
        self.prompts.append(self.ids(request.messages, open_last=False))
        ids = request.schema["required"]
        return Completion(json.dumps({c: {"reason": "ok", "verdict": "yes"} for c in ids}), "stop")


def judge_group(verifier, group):
    criteria = list(group.record.criteria)
    return asyncio.run(verifier.judge_many([(group.record, r, criteria) for r in group.responses]))


@pytest.mark.parametrize("block", [16, 32])
@pytest.mark.parametrize("turns", [1, 3])
def test_a_groups_requests_share_whole_blocks_up_to_the_response(tiny_tokenizer, block, turns):
    group = make_group(turns, n_responses=4, n_criteria=5, turns=turns, response_words=40)
    backend = TokenizerJudge(tiny_tokenizer)
    verifier = LLMVerifier(backend, block_size=block, cache_size=0)
    out = judge_group(verifier, group)
    assert all(not isinstance(o, Exception) for o in out)
    pad = asyncio.run(verifier.padding(group.record, list(group.record.criteria)))
    from rubric_plugin.verifier import prompt

    rendered = prompt.render(group.record, "", list(group.record.criteria), key=verifier._key(), pad=pad)
    head = backend.ids(prompt.shared_head(rendered), open_last=True)
    from rubric_plugin.verifier.align import MIN_FILL

    plain = backend.ids(prompt.shared_head(prompt.render(group.record, "", list(group.record.criteria),
                                                         key=verifier._key())), open_last=True)
    if len(plain) % block and len(plain) % block < block * MIN_FILL:
        # a nearly empty last block is left alone: padding it would cost more than it saves
        assert pad == ""
        return
    assert len(head) % block == 0 and verifier.aligner.aligned >= 1
    # every request starts with exactly those whole blocks: the judge caches them once for the group
    for ids in backend.prompts:
        assert ids[:len(head)] == head
    # the unpadded prefix would have ended inside a block, or needed no filler at all
    assert (pad == "") == (len(plain) % block == 0)


def test_the_padding_is_found_once_per_group(tiny_tokenizer):
    groups = [make_group(i, n_responses=4, n_criteria=3, response_words=20) for i in range(3)]
    backend = TokenizerJudge(tiny_tokenizer)
    verifier = LLMVerifier(backend, block_size=32, cache_size=0)
    for g in groups:
        before = backend.counts
        judge_group(verifier, g)  # 4 responses, counted for once
        assert backend.counts > before
    seen = backend.counts
    for g in groups:  # groups seen before: no counting at all
        judge_group(verifier, g)
    assert backend.counts == seen


def test_a_backend_that_cannot_count_leaves_prompts_unpadded_and_still_judges(tiny_tokenizer):
    group = make_group(5, n_responses=2, n_criteria=3, response_words=20)
    verifier = LLMVerifier(TokenizerJudge(tiny_tokenizer, can_count=False), block_size=32, cache_size=0)
    out = judge_group(verifier, group)
    assert all(not isinstance(o, Exception) for o in out) and not verifier.aligner.enabled


def test_block_size_is_checked_and_enters_the_template_id(tiny_tokenizer):
    backend = TokenizerJudge(tiny_tokenizer)
    with pytest.raises(ConfigError, match="block_size=0"):
        LLMVerifier(backend, block_size=0)
    assert LLMVerifier(backend, block_size=16).template_id != LLMVerifier(backend).template_id
    assert LLMVerifier(backend, layout="advancedif", block_size=16).aligner is None  # response before the rubric
