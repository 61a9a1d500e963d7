"""The LLM rubric verifier: render -> backend -> parse, with cache, dedupe, retries and counters.

For one response it sends one request with all asked criteria (``mode=all``, the default) or one
request per criterion (``mode=per_criterion``), through a :class:`~rubric_plugin.verifier.base.ChatBackend`:
an OpenAI-compatible endpoint (:mod:`rubric_plugin.verifier.http`) or an in-process vLLM engine
(:mod:`rubric_plugin.verifier.engine`). The answer is decoded under the verdict JSON schema and
parsed strictly (:mod:`rubric_plugin.verifier.parse`); a transport failure, a truncated or
unparseable answer, or a missing / unknown id is retried under :class:`RetryPolicy`, then raised as
a :class:`~rubric_plugin.errors.VerifierError` for the failure policy. Never a silent "no".

Reasoning judges (``reasoning: true``) get ``reasoning_tokens`` on top of the answer's budget
(:meth:`LLMVerifier.completion_budget`), their backend is checked at construction (structured
output must start after the reasoning, see ``ChatBackend.check_reasoning``), and the verdicts
are read from the final answer, never from a draft in the reasoning (:mod:`rubric_plugin.verifier.reasoning`).

What each call cost (:class:`~rubric_plugin.verifier.stats.CallMeta`) rides along in
``VerdictSet.meta`` and is totalled in :attr:`LLMVerifier.stats`.
"""
from __future__ import annotations

import asyncio
import functools
import hashlib
import time
from typing import Any, Mapping, Sequence

from rubric_plugin.errors import ConfigError, ContextOverflowError, VerdictParseError, VerifierError
from rubric_plugin.schema import Criterion, RubricRecord
from rubric_plugin.verdicts import VerdictSet
from rubric_plugin.verifier import prompt
from rubric_plugin.verifier.align import PrefixAligner, check_block_size
from rubric_plugin.verifier.base import ChatBackend, ChatRequest, Verifier
from rubric_plugin.verifier import context
from rubric_plugin.verifier.cache import DEFAULT_MAX_BYTES, IdentityMemo, VerdictCache, verdict_key
from rubric_plugin.verifier.parse import MAX_REASON_CHARS, json_schema, max_answer_chars, parse_verdicts
from rubric_plugin.verifier.retry import RetryPolicy, call_with_retries
from rubric_plugin.verifier.stats import CACHE_HIT, CACHE_MISS, DEDUPED, NO_CALL, CallMeta, VerifierStats

MODES = ("all", "per_criterion")


class LLMVerifier(Verifier):
    """Judges ``llm`` criteria with a chat model; see the module docstring."""

    def __init__(self, backend: ChatBackend, name: str = "llm", layout: str = "prefix_shared", mode: str = "all",
                 reason_max_chars: int = 200, temperature: float = 0.0, max_tokens: int | None = None,
                 retry: RetryPolicy | Mapping[str, Any] | None = None, retry_parse_errors: bool = True,
                 cache_size: int = 100_000, reasoning: bool = False, reasoning_tokens: int = 0,
                 cache_max_bytes: int = DEFAULT_MAX_BYTES, block_size: int | str | None = None):
        if not isinstance(backend, ChatBackend):
            raise ConfigError(f"verifier backend={backend!r} is not a ChatBackend; give backend._target_, e.g. "
                              "rubric_plugin.verifier.http.OpenAIChatBackend")
        if layout not in prompt.LAYOUTS:
            raise ConfigError(f"verifier layout={layout!r}; expected one of {list(prompt.LAYOUTS)}")
        if mode not in MODES:
            raise ConfigError(f"verifier mode={mode!r}; expected one of {list(MODES)}")
        if not 1 <= reason_max_chars <= MAX_REASON_CHARS:
            raise ConfigError(f"verifier reason_max_chars={reason_max_chars}; expected 1..{MAX_REASON_CHARS}")
        if not isinstance(reasoning_tokens, int) or isinstance(reasoning_tokens, bool) or reasoning_tokens < 0:
            raise ConfigError(f"verifier reasoning_tokens={reasoning_tokens!r}; expected a whole number of tokens >= 0")
        if reasoning and reasoning_tokens == 0:
            raise ConfigError("verifier reasoning=true with reasoning_tokens=0: a reasoning judge needs a token budget "
                              "for its reasoning on top of the verdict; set reasoning_tokens (e.g. 4096)")
        if not reasoning and reasoning_tokens:
            raise ConfigError(f"verifier reasoning_tokens={reasoning_tokens} with reasoning=false; set reasoning: true "
                              "for a judge that thinks before it answers, or reasoning_tokens: 0")
        if max_tokens is not None and (not isinstance(max_tokens, int) or max_tokens < 1):
            raise ConfigError(f"verifier max_tokens={max_tokens!r}; expected a positive number of tokens or null "
                              "(sized from the verdict schema)")
        if reasoning:
            backend.check_reasoning()
        check_block_size(block_size)
        #: pads each group's shared prefix to the judge's KV blocks (rubric_plugin.verifier.align);
        #: ``block_size: auto`` reads the number from the judge on the first call
        self.aligner = PrefixAligner(block_size) if block_size is not None and layout != "advancedif" else None
        self.block_size = block_size
        self.backend = backend
        self.name = name
        self.layout = layout
        self.mode = mode
        self.reason_max_chars = reason_max_chars
        self.temperature = temperature
        self.max_tokens = max_tokens
        self.reasoning = bool(reasoning)
        self.reasoning_tokens = reasoning_tokens
        self.retry = retry if isinstance(retry, RetryPolicy) else RetryPolicy(**dict(retry or {}))
        self.retry_parse_errors = retry_parse_errors
        try:
            self.cache = VerdictCache(cache_size, cache_max_bytes)
        except ValueError as e:
            raise ConfigError(f"verifier {e} (cache_size / cache_max_bytes)") from None
        self.stats = VerifierStats()

    # -- identity (cache keys) ---------------------------------------------------------------------
    @property
    def verifier_id(self) -> str:
        base = f"{self.name}|{type(self.backend).__name__}|{self.backend.model}|t={self.temperature}"
        return f"{base}|reasoning={self.reasoning_tokens}" if self.reasoning else base

    @property
    def template_id(self) -> str:
        digest = _digest((prompt.INSTRUCTIONS, prompt.ANSWER_FORMAT, prompt.SYSTEM_STEER_INSTRUCTIONS,
                          str(self.reason_max_chars), f"v{prompt.PROMPT_VERSION}"))
        aligned = self.aligner.id_part if self.aligner is not None else ""
        return f"{self.layout}|{self.mode}|{digest}{aligned}"

    # -- token budget ------------------------------------------------------------------------------
    def answer_budget(self, criterion_ids: Sequence[str]) -> int:
        """Tokens for the verdict JSON on ``criterion_ids``: ``max_tokens``, or the schema's bound."""
        return self.max_tokens or max_answer_chars(criterion_ids, self.reason_max_chars, self.layout) + 16

    def completion_budget(self, criterion_ids: Sequence[str]) -> int:
        """``max_tokens`` of a request on ``criterion_ids``: the answer's budget plus ``reasoning_tokens``.

        A request needs ``prompt tokens + completion_budget`` within the judge's context.
        """
        return self.answer_budget(criterion_ids) + self.reasoning_tokens

    # -- judging -----------------------------------------------------------------------------------
    def _key(self) -> bytes:
        key = self.__dict__.get("_fence_key")
        if key is None:  # drawn on first use, in the process that judges
            key = self.__dict__["_fence_key"] = prompt.fence_key()
        return key

    def _nonce(self, record: RubricRecord, criteria: Sequence[Criterion]) -> str:
        """The group's nonce, hashed once per group: its responses share the record and criterion objects."""
        memo = self.__dict__.get("_nonces")
        if memo is None:
            memo = self.__dict__["_nonces"] = IdentityMemo()
        key = self._key()
        return memo.get(record, (key, *criteria), lambda: prompt.group_nonce(record, criteria, key))

    def request(self, record: RubricRecord, response: str, criteria: Sequence[Criterion], pad: str = "") -> ChatRequest:
        """The request for ``criteria`` (the group's nonce, :func:`~rubric_plugin.verifier.prompt.group_nonce`;
        ``pad`` from :meth:`padding`)."""
        rendered = prompt.render(record, response, criteria, layout=self.layout, nonce=self._nonce(record, criteria),
                                 key=self._key(), pad=pad)
        ids = rendered.criterion_ids
        schemas = self.__dict__.setdefault("_schemas", {})  # one schema per rubric, not per request (hot path)
        schema = schemas.get(ids)
        if schema is None:
            if len(schemas) >= 4096:
                schemas.clear()
            schema = schemas[ids] = json_schema(ids, self.reason_max_chars, self.layout)
        return ChatRequest(rendered.messages, schema, self.completion_budget(ids), self.temperature)

    async def padding(self, record: RubricRecord, criteria: Sequence[Criterion]) -> str:
        """The filler that aligns this group's shared prefix to ``block_size`` ("" when not aligning)."""
        if self.aligner is None or not self.aligner.enabled:
            return ""
        if self.aligner.pending:
            await self.aligner.resolve(self._read_block_size)
        key = self._key()
        nonce = prompt.group_nonce(record, criteria, key)

        def head(pad: str) -> list[dict[str, str]]:
            return prompt.shared_head(prompt.render(record, "", criteria, layout=self.layout, nonce=nonce, pad=pad))

        return await self.aligner.padding(nonce, head, self.backend.count_prefix_tokens)

    async def _read_block_size(self) -> tuple[int | None, str]:
        """The judge's KV block size from the backend (``block_size: auto``), or None and why not."""
        read = getattr(self.backend, "kv_block_size", None)
        if read is None:
            return None, f"{type(self.backend).__name__} cannot report it"
        return await read()

    async def judge(self, record: RubricRecord, response: str, criteria: Sequence[Criterion]) -> VerdictSet:
        start = time.monotonic()
        if self.aligner is not None and self.aligner.pending:  # before the verdict key: it holds the template id
            await self.aligner.resolve(self._read_block_size)
        if self.mode == "all":  # one request: awaited in place, no task per response (client hot path)
            outcomes = [await self._judge_group(record, response, list(criteria))]
        else:
            outcomes = await asyncio.gather(*(self._judge_group(record, response, [c]) for c in criteria))
        meta = CallMeta()
        for _, sub, _ in outcomes:
            meta.add(sub)
        meta.cache = _combined_cache([sub.cache for _, sub, _ in outcomes])
        meta.latency_s = time.monotonic() - start
        meta.cache_bytes = self.cache.nbytes
        failure = next((err for _, _, err in outcomes if err is not None), None)
        self.stats.record(meta, failed=failure is not None)
        if failure is not None:
            failure.meta = meta
            raise failure
        verdicts = {cid: v for vs, _, _ in outcomes for cid, v in vs.verdicts.items()}
        return VerdictSet(verdicts, raw="\n".join(vs.raw for vs, _, _ in outcomes), meta=meta.as_dict())

    async def judge_many(self, items: Sequence[tuple[RubricRecord, str, Sequence[Criterion]]]) -> list[VerdictSet | VerifierError]:
        """Judge many responses at once (offline jobs); failures are returned in place, not raised.

        Requests go out concurrently, so identical pairs are judged once and an in-process engine
        receives them as one batch.
        """
        out = await asyncio.gather(*(self.judge(r, resp, c) for r, resp, c in items), return_exceptions=True)
        for o in out:
            if isinstance(o, BaseException) and not isinstance(o, VerifierError):
                raise o
        return list(out)

    async def _judge_group(self, record: RubricRecord, response: str, group: Sequence[Criterion]
                           ) -> tuple[VerdictSet | None, CallMeta, VerifierError | None]:
        """``(verdicts, cost, error)``: the cost counts only requests this call itself sent."""
        meta = CallMeta()
        key = verdict_key(self.verifier_id, self.template_id, record, response, group)
        sent = False

        async def compute() -> VerdictSet:
            nonlocal sent
            sent = True
            return await call_with_retries(lambda left: self._attempt(record, response, group, left, meta),
                                           self.retry, meta, what=f"{self.name} verifier call")

        try:
            verdicts, how = await self.cache.get_or_compute(key, compute)
        except VerifierError as e:
            meta = meta if sent else CallMeta()
            meta.cache = CACHE_MISS if sent else DEDUPED
            return None, meta, e
        if how != CACHE_MISS:
            meta = CallMeta()
        meta.cache = how
        return verdicts, meta, None

    async def _fitted(self, record: RubricRecord, response: str, group: Sequence[Criterion], left: float | None,
                      meta: CallMeta) -> tuple[ChatRequest, Any]:
        """Send the request; one that does not fit the judge's context is re-sent with the middle of the
        response left out (:mod:`rubric_plugin.verifier.context`), at most ``context.MAX_FITS`` times."""
        judged, cut, drop = response, 0, 0
        pad = await self.padding(record, group)
        for fit in range(context.MAX_FITS + 1):
            req = self.request(record, judged, group, pad=pad)
            if fit:
                meta.requests += 1  # a re-send, not a retry of a failure
            try:
                completion = await self.backend.complete(req, timeout_s=left)
                overflow = _clamped(completion, req)
            except ContextOverflowError as e:
                overflow = e
            if overflow is None:
                meta.judge_truncated_chars = max(meta.judge_truncated_chars, cut)
                return req, completion
            if fit == context.MAX_FITS or not judged:
                break
            prompt_chars = sum(len(m["content"]) for m in req.messages)
            # always cut from the original response, a little more each time
            drop += context.chars_to_drop(overflow, prompt_chars) or (len(response) - drop) // 2 + 1
            judged, cut = context.shorten_middle(response, drop)
        raise ContextOverflowError(
            f"{self.name}: the request does not fit the judge's context even with {cut} of the response's "
            f"{len(response)} characters left out ({overflow}); the rubric and conversation of record {record.id!r} "
            "alone are too long: raise the judge's max_model_len (see docs/recipes.md, Sizing the judge's context)",
            limit=overflow.limit, prompt_tokens=overflow.prompt_tokens, max_tokens=overflow.max_tokens)

    async def _attempt(self, record: RubricRecord, response: str, group: Sequence[Criterion], left: float | None,
                       meta: CallMeta) -> VerdictSet:
        req, completion = await self._fitted(record, response, group, left, meta)
        meta.prompt_tokens += completion.prompt_tokens
        meta.cached_tokens += completion.cached_tokens
        meta.completion_tokens += completion.completion_tokens
        ids = [c.id for c in group]
        if completion.finish_reason == "length":
            # greedy decoding would cut off the same answer again: retry only when sampling
            fix = (f"raise verifier.reasoning_tokens (now {self.reasoning_tokens})" if self.reasoning else
                   "raise verifier.max_tokens or lower reason_max_chars")
            raise VerdictParseError(f"{self.name}: answer cut off at max_tokens={req.max_tokens} "
                                    f"({completion.completion_tokens} tokens); {fix}",
                                    retryable=self.retry_parse_errors and self.temperature > 0)
        try:
            if completion.reasoning is not None and not completion.text.strip():
                raise VerdictParseError("the verifier returned its reasoning but no final answer (empty content)")
            # an inline reasoner's text must end its reasoning; a server-separated answer needs no marker
            inline = self.reasoning and self.backend.reasoning_inline and completion.reasoning is None
            return parse_verdicts(completion.text, ids, source=self.name, expect_reasoning=inline,
                                  reasoning_judge=self.reasoning)
        except VerdictParseError as e:
            raise VerdictParseError(f"{self.name}: {e}", criterion=e.criterion, retryable=self.retry_parse_errors) from None

    async def aclose(self) -> None:
        await self.backend.aclose()

    def close(self) -> None:
        self.backend.close()

    def bind_router(self, address: str) -> None:
        self.backend.bind_router(address)


@functools.lru_cache(maxsize=64)  # the template id is asked for on every judge call (hot path)
def _digest(parts: tuple[str, ...]) -> str:
    """16 hex digits of the SHA-256 of ``parts`` joined by line breaks."""
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:16]


def _clamped(completion: Any, req: ChatRequest) -> ContextOverflowError | None:
    """A server that shortens ``max_tokens`` to what its context has left (vLLM >= 0.10 does) answers
    fewer tokens than asked, cut off: the request did not fit, whatever the answer says."""
    if completion.finish_reason != "length" or not 0 < completion.completion_tokens < req.max_tokens:
        return None
    limit = completion.prompt_tokens + completion.completion_tokens
    return ContextOverflowError(f"the judge stopped after {completion.completion_tokens} of max_tokens={req.max_tokens} "
                                f"tokens at its context of {limit}", limit=limit,
                                prompt_tokens=completion.prompt_tokens, max_tokens=req.max_tokens)


def _combined_cache(hows: Sequence[str]) -> str:
    """A call is a miss if any of its requests went out; else a dedupe if any joined one in flight."""
    for how in (CACHE_MISS, DEDUPED, CACHE_HIT):
        if how in hows:
            return how
    return NO_CALL
