"""Align a group's shared prompt prefix to the judge's KV-cache block size (``verifier.block_size``).

vLLM's automatic prefix caching reuses whole blocks only. When the prefix a GRPO group shares
(instructions, conversation, rubric, opening fence tag) ends inside a block, every request after
the first computes that partial block again: up to ``block_size - 1`` tokens per request. With
``block_size`` set to the judge's block size (``vllm serve --block-size``; vLLM's default is 16 on
GPU, the CPU presets use 32), :class:`PrefixAligner` pads the shared prefix with a short filler
line (``" . . ."``) after the rubric, so that it ends on a block boundary.

Counting needs the judge's tokenizer: :meth:`ChatBackend.count_prefix_tokens
<rubric_plugin.verifier.base.ChatBackend.count_prefix_tokens>` (vLLM's ``/tokenize`` for a server,
the engine's tokenizer in process). The padding is found once per group (and the filler unit once
per verifier) and checked by counting again; a backend that cannot count, or a tokenizer on which
no filler unit adds exactly one token, leaves the prompt unpadded (logged once), never fails a call.

``block_size: auto`` (the default) reads the number from the judge on the first group: a vLLM
server's Prometheus ``/metrics`` (the ``block_size`` label of ``vllm:cache_config_info``, from the
first replica that answers), or an in-process engine's ``cache_config``. A judge that does not
report it (a hosted API, verl's reward router) turns alignment off for the run, logged once.
"""
from __future__ import annotations

import asyncio
import logging
import re
from collections import OrderedDict
from typing import Any, Awaitable, Callable

from rubric_plugin.errors import ConfigError

logger = logging.getLogger(__name__)

#: Filler units tried in order; the first that adds one token per unit on this judge is kept.
FILLER_UNITS = (" .", " -", " |", " ~", "\t")
#: Pad only a last block filled to at least this fraction: then the filler (computed once) costs
#: less than the partial block recomputed by every later request of a group of 4 or more.
MIN_FILL = 0.25
#: Groups whose padding is remembered (LRU): a step's prompts, many times over.
MAX_GROUPS = 4096

#: ``verifier.block_size`` value that reads the block size from the judge.
AUTO = "auto"
#: vLLM's cache-config gauge in its Prometheus ``/metrics`` (labels: every CacheConfig field).
CACHE_CONFIG_METRIC = "vllm:cache_config_info"

Render = Callable[[str], list[dict[str, str]]]
Count = Callable[[list[dict[str, str]]], Awaitable["int | None"]]
#: ``() -> (block size, where from)``, or ``(None, why not)``
ReadBlockSize = Callable[[], Awaitable["tuple[int | None, str]"]]

_LABEL = re.compile(r'([A-Za-z_][A-Za-z0-9_]*)="((?:[^"\\]|\\.)*)"')


def check_block_size(value: Any, key: str = "reward.rubric.verifier.block_size") -> int | str | None:
    """``value`` when it is a block size (int >= 1), ``"auto"`` or None; else a ConfigError naming ``key``."""
    if value is None or value == AUTO or (isinstance(value, int) and not isinstance(value, bool) and value >= 1):
        return value
    raise ConfigError(f"{key}={value!r}; expected 'auto' (read the judge's KV block size from its server's /metrics "
                      "or the in-process engine), the block size in tokens (an int >= 1: vllm serve --block-size, "
                      "16 is vLLM's GPU default), or null to not align the shared prefix")


def block_size_from_metrics(text: str) -> int | None:
    """The ``block_size`` label of ``vllm:cache_config_info`` in a Prometheus text exposition, or None."""
    head = CACHE_CONFIG_METRIC + "{"
    for line in text.splitlines():
        if not line.startswith(head):
            continue
        labels = dict(_LABEL.findall(line[len(head):line.rfind("}")]))
        value = labels.get("block_size", "")
        if value.isdigit() and int(value) >= 1:
            return int(value)
    return None


class PrefixAligner:
    """Padding per group so that its shared prefix is a whole number of ``block_size`` blocks."""

    def __init__(self, block_size: int | str):
        if block_size is None:
            raise ValueError("block_size=None: build no aligner to not align")
        check_block_size(block_size)
        #: read from the judge (``block_size: auto``) by :meth:`resolve`
        self.auto = block_size == AUTO
        #: the judge's KV block size (None while ``auto`` is not resolved yet)
        self.block_size: int | None = None if self.auto else block_size
        self._resolving: asyncio.Future | None = None
        #: the filler unit that adds exactly one token on this judge (None: not found yet)
        self.unit: str | None = None
        #: False once the backend could not count tokens (alignment is then off for good)
        self.enabled = True
        self._padding: OrderedDict[str, str] = OrderedDict()
        self._inflight: dict[str, asyncio.Future] = {}
        #: groups padded / left unpadded (the filler did not land on a boundary)
        self.aligned = self.unaligned = 0

    def __getstate__(self) -> dict[str, Any]:  # futures belong to one loop
        state = self.__dict__.copy()
        state["_inflight"] = {}
        state["_resolving"] = None
        return state

    @property
    def pending(self) -> bool:
        """True while ``block_size: auto`` has not been read from the judge yet."""
        return self.enabled and self.block_size is None

    @property
    def id_part(self) -> str:
        """The block size's part of the template id: ``|block=N``, ``|block=auto`` before it is read,
        and nothing once ``auto`` found no block size (the prompts are then unpadded)."""
        if self.block_size is not None:
            return f"|block={self.block_size}"
        return f"|block={AUTO}" if self.enabled else ""

    async def resolve(self, read: ReadBlockSize) -> None:
        """Read the block size once (``auto``); a judge that does not report it turns alignment off,
        with one warning. Concurrent callers wait for the one read."""
        if not self.pending:
            return
        if self._resolving is not None:
            await asyncio.shield(self._resolving)
            return
        self._resolving = asyncio.get_running_loop().create_future()
        try:
            try:
                size, where = await read()
            except Exception as e:  # noqa: BLE001 - alignment is an optimisation: never fail a verifier call for it
                size, where = None, f"{type(e).__name__}: {e}"
            if isinstance(size, int) and not isinstance(size, bool) and size >= 1:
                self.block_size = size
                logger.info("verifier prefix alignment: the judge's KV block size is %d (%s)", size, where)
            else:
                self.enabled = False
                logger.warning("verifier prefix alignment off: block_size=auto but the judge's KV block size could "
                               "not be read (%s); set verifier.block_size to the judge's block size, or null", where)
        finally:
            self._resolving.set_result(None)
            self._resolving = None

    async def padding(self, group_key: str, render_head: Render, count: Count) -> str:
        """The filler for the group ``group_key``; ``render_head(filler)`` gives the messages up to the
        end of the shared prefix, ``count(messages)`` their token count (or None)."""
        if not self.enabled or self.block_size is None:
            return ""
        known = self._padding.get(group_key)
        if known is not None:
            self._padding.move_to_end(group_key)
            return known
        pending = self._inflight.get(group_key)
        if pending is not None:
            return await asyncio.shield(pending)
        future = asyncio.get_running_loop().create_future()
        self._inflight[group_key] = future
        pad = ""
        try:
            pad = await self._find(render_head, count)
        except Exception as e:  # noqa: BLE001 - alignment is an optimisation: never fail a verifier call for it
            logger.warning("verifier prefix alignment off: counting tokens failed (%s: %s)", type(e).__name__, e)
            self.enabled = False
        finally:
            future.set_result(pad)
            del self._inflight[group_key]
        self._padding[group_key] = pad
        while len(self._padding) > MAX_GROUPS:
            self._padding.popitem(last=False)
        return pad

    async def _find(self, render_head: Render, count: Count) -> str:
        base = await count(render_head(""))
        if base is None:
            logger.warning("verifier prefix alignment off: the backend cannot count the judge's tokens "
                           "(an OpenAI-compatible server without /tokenize); set verifier.block_size: null")
            self.enabled = False
            return ""
        short = -base % self.block_size
        if short == 0:
            self.aligned += 1
            return ""
        if base % self.block_size < self.block_size * MIN_FILL:
            # a nearly empty last block: padding it (once) costs more than its few tokens recomputed
            # per request save, unless the group is large
            return ""
        units = [self.unit] if self.unit is not None else list(FILLER_UNITS)
        for unit in units:
            # the filler sits on its own line: "\n" + units; try one unit fewer for the newline's token
            for n in (short - 1, short, short + self.block_size - 1):
                if n < 1:
                    continue
                pad = "\n" + unit * n
                got = await count(render_head(pad))
                if got is not None and got % self.block_size == 0:
                    self.unit = unit
                    self.aligned += 1
                    return pad
        self.unaligned += 1
        return ""


async def server_block_size(backend: Any) -> tuple[int | None, str]:
    """The judge's KV block size from vLLM's Prometheus ``/metrics`` beside ``/v1`` (label ``block_size``
    of ``vllm:cache_config_info``), from the first replica of an HTTP ``backend`` that answers;
    ``(None, why)`` from none."""
    import aiohttp

    session, _, _ = backend._pool()
    if not backend.resolved:
        await backend.resolve_worker_group()
    why = []
    for url in backend.urls:
        root = url.removesuffix("/v1")
        try:
            async with asyncio.timeout(min(backend.timeout_s, 10.0)):
                async with session.get(f"{root}/metrics", headers=backend._headers()) as resp:
                    text = await resp.text() if resp.status == 200 else None
        except (TimeoutError, aiohttp.ClientError, ValueError) as e:
            why.append(f"{root}/metrics: {type(e).__name__}")
            continue
        size = block_size_from_metrics(text or "")
        if size is not None:
            return size, f"{root}/metrics"
        why.append(f"{root}/metrics: " + ("no vllm:cache_config_info block_size" if text is not None else "no such route"))
    return None, "; ".join(why) or "no URL"
