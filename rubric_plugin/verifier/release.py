"""Releasing verifier connections and engines when their owner goes away.

verl's reward loop has no shutdown hook for a reward manager or a ``compute_score`` function, so
whoever builds a verifier from config owns it and ties its release to its own lifetime with
:func:`release_with`: a ``weakref.finalize`` that runs when the owner is garbage-collected and, at
the latest, at interpreter exit (``atexit``). Owners: the ``rubric`` manager (its verifier), the
reference monitor (its reference verifier), and ``rubric_plugin.reward_fn`` (each cached verifier,
released when the cache drops it).

Release is synchronous and safe from any thread, because a finalizer may run on any of them:
``close()`` of an HTTP backend drops every event loop's connection pool (on that loop's thread
when it is still running), and ``close()`` of the engine backend shuts the vLLM engine and its
processes down. A resource's release error is logged, never raised: the owner is already gone.
"""
from __future__ import annotations

import logging
import weakref
from typing import Any

logger = logging.getLogger(__name__)


def close_all(*resources: Any) -> None:
    """``close()`` each resource (``None`` skipped); an error is logged and the rest still close."""
    for resource in resources:
        close = getattr(resource, "close", None)
        if close is None:
            continue
        try:
            close()
        except Exception:  # noqa: BLE001 - the owner is gone; nobody could handle it
            logger.warning("releasing %s failed", type(resource).__name__, exc_info=True)


def release_with(owner: Any, *resources: Any) -> weakref.finalize:
    """Close ``resources`` when ``owner`` is collected or at interpreter exit, whichever comes first.

    ``resources`` must not reference ``owner`` (else it is never collected). Calling the returned
    finalizer releases them now, once.
    """
    return weakref.finalize(owner, close_all, *resources)
