"""Verdict cache and in-flight deduplication.

GRPO samples n responses per prompt, and short answers often coincide; validation re-scores the
same pairs every time. :class:`VerdictCache` answers a (verifier, template, conversation, rubric,
response) key that was judged before, and while a key is being judged, later requests for it wait
for that one call instead of sending their own (dedupe within a batch). Only successful verdict
sets are cached; a failure reaches every waiter of that call and is not remembered, so the next
request retries.

The key is a SHA-256 over a canonical JSON of everything the verdicts depend on: the verifier's
identity (name, model, endpoint-independent), the template (layout, mode, instruction text), the
conversation, the asked criteria (ids and questions) and the response. The per-request nonce is
not part of it: it changes the prompt, not the question.
"""
from __future__ import annotations

import asyncio
import hashlib
import json
from collections import OrderedDict
from typing import Any, Awaitable, Callable, Sequence

from rubric_plugin.schema import Criterion, RubricRecord
from rubric_plugin.verifier.stats import CACHE_HIT, CACHE_MISS, DEDUPED


def verdict_key(verifier_id: str, template_id: str, record: RubricRecord, response: str,
                criteria: Sequence[Criterion]) -> str:
    """Stable hex digest identifying one judging question."""
    payload = {
        "verifier": verifier_id,
        "template": template_id,
        "messages": [[m.role, m.content] for m in record.messages],
        "criteria": [[c.id, c.question] for c in criteria],
        "response": response,
    }
    blob = json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


#: Tells the waiters of a cancelled call to compute it themselves.
_RECOMPUTE = object()


class VerdictCache:
    """LRU cache of verdict sets plus in-flight deduplication (one asyncio loop per instance use)."""

    def __init__(self, max_entries: int = 100_000):
        if max_entries < 0:
            raise ValueError(f"cache max_entries={max_entries}; expected >= 0 (0 disables caching)")
        self.max_entries = max_entries
        self._store: OrderedDict[str, Any] = OrderedDict()
        self._inflight: dict[str, asyncio.Future] = {}

    def __len__(self) -> int:
        return len(self._store)

    def get(self, key: str) -> Any | None:
        value = self._store.get(key)
        if value is not None:
            self._store.move_to_end(key)
        return value

    def put(self, key: str, value: Any) -> None:
        if self.max_entries == 0:
            return
        self._store[key] = value
        self._store.move_to_end(key)
        while len(self._store) > self.max_entries:
            self._store.popitem(last=False)

    async def get_or_compute(self, key: str, compute: Callable[[], Awaitable[Any]]) -> tuple[Any, str]:
        """``(value, how)``: ``how`` is ``hit`` (cached), ``dedupe`` (joined a call in flight) or ``miss``.

        If the call being joined is cancelled (its own caller went away), a waiter takes over and
        computes it, instead of inheriting a failure that was not its own.
        """
        while True:
            cached = self.get(key)
            if cached is not None:
                return cached, CACHE_HIT
            pending = self._inflight.get(key)
            if pending is None:
                break
            value = await asyncio.shield(pending)
            if value is not _RECOMPUTE:
                return value, DEDUPED
        future = asyncio.get_running_loop().create_future()
        self._inflight[key] = future
        try:
            value = await compute()
        except asyncio.CancelledError:
            future.set_result(_RECOMPUTE)
            raise
        except BaseException as e:
            future.set_exception(e)
            future.exception()  # mark retrieved: waiters re-raise it, nobody else must
            raise
        else:
            self.put(key, value)
            future.set_result(value)
            return value, CACHE_MISS
        finally:
            if self._inflight.get(key) is future:
                del self._inflight[key]

    def __getstate__(self):  # futures belong to one loop; a copy starts with no calls in flight
        return {"max_entries": self.max_entries, "_store": OrderedDict(self._store), "_inflight": {}}
