"""The end of a run's trackers: verl's ``Tracking`` finished and W&B's service torn down in the trainer's process.

verl's ``Tracking`` (created in the trainer's ``fit``, in the TaskRunner actor) calls
``wandb.finish()``, which ends the run but leaves the W&B service process (``wandb-core``) running
and an ``atexit`` hook registered to tear it down. That hook runs only when the TaskRunner's
process exits, which happens when the driver leaves and Ray shuts its actors down: by then the
service (a child of the actor, in the tree Ray stops) has gone, and the hook prints an
``Exception ignored in atexit callback ... ConnectionResetError: Connection lost`` traceback at
the end of every finished run. W&B documents ``wandb.teardown()`` for exactly this: processes whose
exit hooks are not reliable.

:func:`finish_tracking` runs at the end of every rubric trainer's ``fit`` (success or failure):
it finishes verl's tracker with the run's exit code (verl's own later ``finish`` is then a no-op)
and, when the ``wandb`` backend is on, calls ``wandb.teardown`` while the service is alive, which
also unregisters the exit hook.
"""
from __future__ import annotations

import logging
from typing import Any

logger = logging.getLogger(__name__)


def finish_tracking(tracker: Any, exit_code: int = 0) -> None:
    """Finish verl's ``Tracking`` ``tracker`` (None: nothing to do) and tear down the W&B service
    of this process when the tracker logged to W&B."""
    if tracker is None:
        return
    tracker.finish(exit_code=exit_code)
    if "wandb" not in (getattr(tracker, "logger", None) or {}):
        return
    import wandb

    try:
        wandb.teardown(exit_code=exit_code)
    except SystemExit as e:  # wandb exits with the service's code when it failed: say so, the run is over
        logger.error("W&B's service process exited with %s while the run was being finished; the offline "
                     "files may be incomplete (see wandb/debug-internal.log)", e.code)
