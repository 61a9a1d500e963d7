"""Inline API keys are refused before verl prints the config.

verl's TaskRunner prints the whole resolved config (``pprint(OmegaConf.to_container(config,
resolve=True))``) and its W&B tracker uploads it, before any reward manager or verifier is built.
A key written into the config (``reward.rubric.verifier.backend.api_key: sk-...``, or an
``${oc.env:...}`` interpolation, which that print resolves) therefore reaches the console, the log
files and W&B once, even though the verifier itself refuses it later
(:class:`rubric_plugin.verifier.http.OpenAIChatBackend`).

:class:`RefuseInlineKeys` is a Hydra callback that runs in the driver when the run starts, before
Hydra calls verl's ``main``: a key named ``api_key`` with any value other than null or ``""``
anywhere in the composed config stops the launch with a :class:`~rubric_plugin.errors.ConfigError`
that names the key's path (never its value) and points to ``api_key_env``. Every shipped recipe
registers it (``- /secrets@_global_: refuse_inline_keys`` in its defaults list,
``conf/secrets/refuse_inline_keys.yaml``); a recipe of your own adds the same line. (It cannot sit
in the HTTP backend preset: a run with a reference judge composes that preset twice, and Hydra
refuses a ``_global_`` default that appears twice.)
"""
from __future__ import annotations

import sys
from typing import Any

#: config keys that hold a secret and must never be set inline
SECRET_KEYS = ("api_key",)


def find_inline_keys(config: Any) -> list[str]:
    """Dotted paths of every :data:`SECRET_KEYS` entry that is set (not null, not ``""``), unresolved.

    The ``hydra`` node is skipped: it holds Hydra's own settings, never a verifier's.
    """
    from omegaconf import OmegaConf

    tree = OmegaConf.to_container(config, resolve=False, throw_on_missing=False) if OmegaConf.is_config(config) \
        else config
    found: list[str] = []

    def walk(node: Any, path: str) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                where = f"{path}.{key}" if path else str(key)
                if key in SECRET_KEYS and value not in (None, "", "???"):
                    found.append(where)
                elif not (path == "" and key == "hydra"):
                    walk(value, where)
        elif isinstance(node, list):
            for i, value in enumerate(node):
                walk(value, f"{path}[{i}]")

    walk(tree, "")
    return found


def refuse_inline_keys(config: Any) -> None:
    """Raise :class:`~rubric_plugin.errors.ConfigError` naming every inline key (see the module docstring)."""
    found = find_inline_keys(config)
    if found:
        from rubric_plugin.errors import ConfigError

        env_keys = ", ".join(f"{path}_env" for path in found)
        raise ConfigError(
            f"{', '.join(found)} set inline: verl prints its config (interpolations resolved) and sends it to "
            f"W&B before the verifier starts, so the key would leak. Remove it (set it to null) and set "
            f"{env_keys}=NAME, where NAME is an environment variable that holds the key in the Ray "
            f"workers' environment (export it before `ray start`, or before launching a local Ray)")


def _stop_launch(config: Any) -> None:
    try:
        refuse_inline_keys(config)
    except Exception as e:  # noqa: BLE001 - ConfigError; re-raised as an exit Hydra lets through
        # Hydra 1.3 turns an exception from a callback into a warning and runs the job anyway;
        # SystemExit is not an Exception, so it ends the launch before verl prints the config
        print(f"rubric_plugin: {type(e).__name__}: {e}", file=sys.stderr, flush=True)
        raise SystemExit(2) from e


class RefuseInlineKeys:
    """Hydra callback (``hydra.callbacks``): at run start, an inline key ends the launch with exit code 2
    and the :func:`refuse_inline_keys` message on stderr."""

    def on_run_start(self, config: Any, **kwargs: Any) -> None:
        _stop_launch(config)

    def on_multirun_start(self, config: Any, **kwargs: Any) -> None:
        _stop_launch(config)

    # Hydra calls every hook of a callback; the rest have nothing to do
    def on_run_end(self, config: Any, **kwargs: Any) -> None:
        pass

    def on_multirun_end(self, config: Any, **kwargs: Any) -> None:
        pass

    def on_job_start(self, config: Any, **kwargs: Any) -> None:
        pass

    def on_job_end(self, config: Any, job_return: Any, **kwargs: Any) -> None:
        pass

    def on_compose_config(self, config: Any, config_name: str | None, overrides: list[str]) -> None:
        pass


__all__ = ["RefuseInlineKeys", "SECRET_KEYS", "find_inline_keys", "refuse_inline_keys"]
