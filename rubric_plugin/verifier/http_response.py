"""An OpenAI-compatible chat response (status, body, Retry-After) -> a :class:`Completion`, or the typed error.

Status classes: 400/413 naming the context length -> :class:`ContextOverflowError`; 401/403/404 ->
:class:`VerifierSetupError` (a wrong base_url, model or key, never retried); 408/409/425/429 and 5xx ->
retryable :class:`VerifierTransportError`. A 200 whose body is malformed is a transport error too.
"""
from __future__ import annotations

from typing import Any

import orjson

from rubric_plugin.errors import ContextOverflowError, VerifierSetupError, VerifierTransportError
from rubric_plugin.verifier.base import Completion
from rubric_plugin.verifier.context import overflow_from_message

_RETRYABLE_STATUS = {408, 409, 425, 429}
_SETUP_STATUS = {401, 403, 404}


def _completion(url: str, status: int, text: str | bytes, retry_after: str | None,
                max_tokens: int | None = None) -> Completion:
    if isinstance(text, bytes):  # the body as received: orjson reads UTF-8 bytes directly (the hot path)
        if status == 200:
            try:
                return _completion_of(orjson.loads(text), url, status, text)
            except ValueError:
                pass  # not JSON as bytes (invalid UTF-8 is decoded with replacement below)
        text = text.decode("utf-8", errors="replace")
    if status != 200:
        detail = text[:300]
        overflow = overflow_from_message(text) if status in (400, 413) else None
        if overflow is not None:
            raise ContextOverflowError(f"{url}: HTTP {status} {detail!r}", limit=overflow[0], prompt_tokens=overflow[1],
                                       max_tokens=max_tokens, status=status)
        if status in _SETUP_STATUS:
            raise VerifierSetupError(f"{url}: HTTP {status} {detail!r}; check the verifier's base_url, model and api key",
                                     status=status)
        retryable = status in _RETRYABLE_STATUS or status >= 500
        raise VerifierTransportError(f"{url}: HTTP {status} {detail!r}", status=status, retryable=retryable,
                                     retry_after=_retry_after(retry_after))
    try:
        data = orjson.loads(text)
    except ValueError as e:
        raise VerifierTransportError(f"{url}: malformed response body ({type(e).__name__}: {e}): {text[:200]!r}",
                                     status=status) from None
    return _completion_of(data, url, status, text)


def _completion_of(data: Any, url: str, status: int, text: str | bytes) -> Completion:
    """The :class:`Completion` in a decoded chat-completion body."""
    try:
        choice = data["choices"][0]
        message = choice["message"]
        content = message.get("content")
        # vLLM >= 0.10 names it ``reasoning``; SGLang, older vLLM and DeepSeek's API ``reasoning_content``
        reasoning = message.get("reasoning")
        if reasoning is None:
            reasoning = message.get("reasoning_content")
        if reasoning is not None and not isinstance(reasoning, str):
            raise TypeError(f"message.reasoning is {type(reasoning).__name__}")
        if content is None and reasoning is not None:
            content = ""  # reasoned but never answered: the parser reports it, with the attempt's tokens
        if not isinstance(content, str):
            raise TypeError(f"message.content is {type(content).__name__}")
        usage = data.get("usage") or {}
        details = usage.get("prompt_tokens_details") or {}
        return Completion(text=content, finish_reason=choice.get("finish_reason"),
                          prompt_tokens=int(usage.get("prompt_tokens") or 0),
                          cached_tokens=int(details.get("cached_tokens") or 0),
                          completion_tokens=int(usage.get("completion_tokens") or 0), reasoning=reasoning)
    except (ValueError, KeyError, IndexError, TypeError, AttributeError) as e:
        body = text.decode("utf-8", errors="replace") if isinstance(text, bytes) else text
        raise VerifierTransportError(f"{url}: malformed response body ({type(e).__name__}: {e}): {body[:200]!r}",
                                     status=status) from None


def _retry_after(value: str | None) -> float | None:
    try:
        return max(0.0, float(value)) if value is not None else None
    except ValueError:
        return None
