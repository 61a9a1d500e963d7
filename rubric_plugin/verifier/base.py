"""The verifier interface.

A verifier receives one record, one response and the ``llm`` criteria to judge, and returns a
:class:`~rubric_plugin.verdicts.VerdictSet` with exactly one verdict per criterion. It raises a
:class:`~rubric_plugin.errors.VerifierError` when it cannot: it never guesses "no". The caller
(:mod:`rubric_plugin.scoring`) checks completeness and applies the failure policy.

LLM verifiers talk to a :class:`ChatBackend` (an OpenAI-compatible HTTP endpoint or an in-process
vLLM engine) through :class:`ChatRequest` / :class:`Completion`.

Implementations must pickle (they cross Ray process boundaries) and keep heavy imports inside
methods.
"""
from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass
from typing import Any, Sequence

from rubric_plugin.schema import Criterion, RubricRecord
from rubric_plugin.verdicts import VerdictSet


class Verifier(ABC):
    """Judges ``llm`` criteria of a rubric for one response."""

    #: Recorded with every verdict and in ``reward_extra_info['rubric_verifier']``.
    name: str = "verifier"

    @abstractmethod
    async def judge(self, record: RubricRecord, response: str, criteria: Sequence[Criterion]) -> VerdictSet:
        """Return one verdict per criterion in ``criteria`` or raise ``VerifierError``."""

    async def aclose(self) -> None:
        """Release connections or engines; the default has nothing to release."""

    def close(self) -> None:
        """Release connections or engines now, from any thread (owners' finalizers call it)."""


@dataclass(frozen=True)
class ChatRequest:
    """One verifier request: chat messages and how to decode the answer."""

    messages: list[dict[str, str]]
    #: JSON schema the answer must follow (structured output), or None for free text.
    schema: dict[str, Any] | None
    max_tokens: int
    temperature: float = 0.0


@dataclass(frozen=True)
class Completion:
    """The backend's answer to a :class:`ChatRequest`, with the server's token accounting."""

    text: str
    finish_reason: str | None = None
    prompt_tokens: int = 0
    cached_tokens: int = 0
    completion_tokens: int = 0
    #: The judge's reasoning when the server returned it apart from the answer (``message.reasoning``
    #: or ``message.reasoning_content``); None when it did not (no reasoning, or reasoning inline in ``text``).
    reasoning: str | None = None


class ChatBackend(ABC):
    """Sends one chat request (one attempt; retries belong to the caller).

    Raises :class:`~rubric_plugin.errors.VerifierTransportError` (``retryable`` set as the
    failure deserves) instead of returning a partial answer.
    """

    #: Identifies the judging model in cache keys (not the endpoint: replicas are interchangeable).
    model: str = ""
    #: The reasoning parser the server or engine runs (vLLM's ``--reasoning-parser``), or None. With
    #: one, structured output starts after the judge's reasoning instead of at its first token.
    reasoning_parser: str | None = None

    @property
    def reasoning_inline(self) -> bool:
        """True when a reasoning judge's reasoning arrives inside ``Completion.text`` (with its markers)."""
        return True

    def check_reasoning(self) -> None:
        """Raise :class:`~rubric_plugin.errors.ConfigError` when a reasoning judge cannot answer through
        this backend (structured output that would start at the first token, before any reasoning)."""

    @abstractmethod
    async def complete(self, request: ChatRequest, timeout_s: float | None = None) -> Completion:
        """Answer ``request`` within ``timeout_s`` seconds (None: the backend's own timeout)."""

    async def count_prefix_tokens(self, messages: list[dict[str, str]]) -> int | None:
        """Tokens of ``messages`` under the judge's chat template, the last message left open (no
        end of turn, no assistant header); None when this backend cannot count
        (:mod:`rubric_plugin.verifier.align` then leaves prompts unpadded)."""
        return None

    async def complete_many(self, requests: Sequence[ChatRequest]) -> list[Completion | BaseException]:
        """Answer several requests; the default sends them concurrently. Failures are returned."""
        import asyncio

        return list(await asyncio.gather(*(self.complete(r) for r in requests), return_exceptions=True))

    def bind_router(self, address: str) -> None:
        """Receive verl's reward-router address (``host:port``); ignored unless the backend uses it."""

    async def aclose(self) -> None:
        """Release connections or engines."""

    def close(self) -> None:
        """Release connections or engines now, from any thread, without awaiting (see
        :mod:`rubric_plugin.verifier.release`); a later request opens them again."""
