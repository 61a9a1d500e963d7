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

Memory is bounded twice: by entries (``max_entries``) and by bytes (``max_bytes``, default
256 MiB). Each stored entry is charged :func:`approx_bytes` of its key and value (Python object
sizes, judge text included; a verdict set is sized in one flat pass, :func:`entry_bytes`), and the
least recently used entries are evicted until both bounds hold; a single value larger than
``max_bytes`` is not stored. :attr:`VerdictCache.nbytes` is the footprint, reported per sample in
``rubric_verifier_cache_bytes``.
"""
from __future__ import annotations

import asyncio
import dataclasses
import hashlib
import operator
import sys
from collections import OrderedDict
from typing import Any, Awaitable, Callable, Mapping, Sequence

import orjson

from rubric_plugin.schema import Criterion, RubricRecord
from rubric_plugin.verdicts import Verdict, VerdictSet
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
    # orjson: several times faster than json.dumps on the hot path; keys are in-memory only
    return hashlib.sha256(orjson.dumps(payload, option=orjson.OPT_SORT_KEYS)).hexdigest()


#: Tells the waiters of a cancelled call to compute it themselves.
_RECOMPUTE = object()
#: Default byte bound of one cache (one per verifier per process): 256 MiB.
DEFAULT_MAX_BYTES = 256 * 2 ** 20


def approx_bytes(obj: Any, _seen: set[int] | None = None) -> int:
    """Memory held by ``obj`` and what it references (``sys.getsizeof`` summed over strings,
    numbers, containers and dataclass fields; shared objects counted once)."""
    if type(obj) in _SCALARS:  # the common case first (hot path: one call per cached field)
        if _seen is not None:
            if id(obj) in _seen:
                return 0
            _seen.add(id(obj))
        return sys.getsizeof(obj)
    seen = set() if _seen is None else _seen
    if id(obj) in seen:
        return 0
    seen.add(id(obj))
    size = sys.getsizeof(obj)
    if isinstance(obj, (str, bytes, int, float, bool)) or obj is None:
        return size
    if type(obj) is dict or isinstance(obj, Mapping):  # the exact-type test skips typing's slow isinstance
        return size + sum(approx_bytes(k, seen) + approx_bytes(v, seen) for k, v in obj.items())
    if isinstance(obj, (list, tuple, set, frozenset)):
        return size + sum(approx_bytes(v, seen) for v in obj)
    names = _FIELDS.get(type(obj))
    if names is None and dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        names = _FIELDS[type(obj)] = tuple(f.name for f in dataclasses.fields(obj))
    if names:
        return size + sum(approx_bytes(getattr(obj, n), seen) for n in names)
    return size


_SCALARS = frozenset({str, bytes, int, float, bool, type(None)})
#: Field names per dataclass type (``dataclasses.fields`` is slow on the hot path).
_FIELDS: dict[type, tuple[str, ...]] = {}


def entry_bytes(value: Any) -> int:
    """:func:`approx_bytes` of ``value``, computed without recursion for the common entry: a
    :class:`VerdictSet` of :class:`Verdict` objects with scalar fields and a scalar ``meta``.

    The same sum (every distinct object reachable from ``value`` counted once, by identity), in one
    flat pass instead of about 50 recursive calls per entry; any other shape goes to :func:`approx_bytes`.
    """
    if type(value) is not VerdictSet:
        return approx_bytes(value)
    verdicts, raw, meta = value.verdicts, value.raw, value.meta
    if type(verdicts) is not dict or type(meta) is not dict or type(raw) not in _SCALARS:
        return approx_bytes(value)
    objs = {id(value): value, id(verdicts): verdicts, id(raw): raw, id(meta): meta}
    scalars = _SCALARS
    for k, v in verdicts.items():
        if type(k) not in scalars or type(v) is not Verdict:
            return approx_bytes(value)
        cid, ok, reason, source = v.criterion_id, v.satisfied, v.reason, v.source
        if (type(cid) not in scalars or type(ok) not in scalars or type(reason) not in scalars
                or type(source) not in scalars):
            return approx_bytes(value)
        objs[id(k)] = k
        objs[id(v)] = v
        objs[id(cid)] = cid
        objs[id(ok)] = ok
        objs[id(reason)] = reason
        objs[id(source)] = source
    for k, v in meta.items():
        if type(k) not in scalars or type(v) not in scalars:
            return approx_bytes(value)
        objs[id(k)] = k
        objs[id(v)] = v
    return sum(map(sys.getsizeof, objs.values()))


class IdentityMemo:
    """Values computed once per object and argument objects, compared by identity, not by content.

    Every response of a GRPO group arrives with the same record object and the same criterion
    objects (records are decoded once per rubric), so a value that depends only on them -- the
    group's fence nonce -- is computed once per group instead of once per request, without hashing
    their content. Entries hold their objects, so an ``id`` is never reused while its entry lives;
    at most ``max_entries`` (then it starts over); a copy (pickle) starts empty.
    """

    def __init__(self, max_entries: int = 4096):
        self.max_entries = max_entries
        self._memo: dict[int, tuple[Any, tuple[Any, ...], Any]] = {}

    def get(self, obj: Any, args: Sequence[Any], compute: Callable[[], Any]) -> Any:
        hit = self._memo.get(id(obj))
        if hit is not None and hit[0] is obj and len(hit[1]) == len(args) and all(map(operator.is_, hit[1], args)):
            return hit[2]
        value = compute()
        if len(self._memo) >= self.max_entries:
            self._memo.clear()
        self._memo[id(obj)] = (obj, tuple(args), value)
        return value

    def __len__(self) -> int:
        return len(self._memo)

    def __reduce__(self):
        return type(self), (self.max_entries,)


class VerdictCache:
    """LRU cache of verdict sets, bounded in entries and bytes, plus in-flight deduplication
    (one asyncio loop per instance use)."""

    def __init__(self, max_entries: int = 100_000, max_bytes: int = DEFAULT_MAX_BYTES):
        if isinstance(max_entries, bool) or not isinstance(max_entries, int) or max_entries < 0:
            raise ValueError(f"cache max_entries={max_entries!r}; expected an integer >= 0 (0 disables caching)")
        if isinstance(max_bytes, bool) or not isinstance(max_bytes, int) or max_bytes < 0:
            raise ValueError(f"cache max_bytes={max_bytes!r}; expected an integer >= 0 (0 disables caching)")
        self.max_entries = max_entries
        self.max_bytes = max_bytes
        #: Bytes charged for the stored entries (see :func:`approx_bytes`).
        self.nbytes = 0
        self._store: OrderedDict[str, tuple[Any, int]] = OrderedDict()
        self._inflight: dict[str, asyncio.Future] = {}

    def __len__(self) -> int:
        return len(self._store)

    def get(self, key: str) -> Any | None:
        entry = self._store.get(key)
        if entry is None:
            return None
        self._store.move_to_end(key)
        return entry[0]

    def put(self, key: str, value: Any) -> None:
        size = approx_bytes(key) + entry_bytes(value)
        if self.max_entries == 0 or size > self.max_bytes:
            return
        old = self._store.pop(key, None)
        if old is not None:
            self.nbytes -= old[1]
        self._store[key] = (value, size)
        self.nbytes += size
        while len(self._store) > self.max_entries or self.nbytes > self.max_bytes:
            _, (_, evicted) = self._store.popitem(last=False)
            self.nbytes -= evicted

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
        return {"max_entries": self.max_entries, "max_bytes": self.max_bytes, "nbytes": self.nbytes,
                "_store": OrderedDict(self._store), "_inflight": {}}
