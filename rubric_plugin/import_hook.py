"""Run a callback right after a module finishes importing, without importing it ourselves.

verl loads the plugin's entry point in every process (``import verl``), but only the TaskRunner
needs the trainer registry, and importing ``verl.trainer.ppo.v1`` costs seconds and pulls in vLLM.
:func:`when_imported` defers the registration of the ``rubric_sync`` trainer mode until that
package has been imported by verl itself (``TaskRunnerV1.run`` imports it just before
``get_trainer_cls``), so other processes pay nothing.
"""
from __future__ import annotations

import importlib.abc
import sys
import threading
from collections.abc import Callable
from types import ModuleType
from typing import Any

_callbacks: dict[str, list[Callable[[ModuleType], None]]] = {}
_lock = threading.Lock()


class _NotifyingLoader(importlib.abc.Loader):
    """Delegates to the real loader, then runs the callbacks registered for the module."""

    def __init__(self, loader: Any, name: str) -> None:
        self._loader = loader
        self._name = name

    def create_module(self, spec):
        return self._loader.create_module(spec)

    def exec_module(self, module: ModuleType) -> None:
        self._loader.exec_module(module)
        with _lock:
            callbacks = _callbacks.pop(self._name, [])
        for callback in callbacks:
            callback(module)

    def __getattr__(self, item: str) -> Any:  # get_source, is_package, get_resource_reader, ...
        return getattr(self._loader, item)


class _PostImportFinder(importlib.abc.MetaPathFinder):
    """Finds nothing itself: asks the finders after it and wraps the loader of watched modules."""

    def find_spec(self, fullname, path, target=None):
        with _lock:
            watched = fullname in _callbacks
        if not watched:
            return None
        for finder in sys.meta_path:
            if finder is self or not hasattr(finder, "find_spec"):
                continue
            spec = finder.find_spec(fullname, path, target)
            if spec is not None:
                if spec.loader is not None and not isinstance(spec.loader, _NotifyingLoader):
                    spec.loader = _NotifyingLoader(spec.loader, fullname)
                return spec
        return None


_FINDER = _PostImportFinder()


def when_imported(module_name: str, callback: Callable[[ModuleType], None]) -> None:
    """Call ``callback(module)`` once ``module_name`` is imported; at once if it already is."""
    module = sys.modules.get(module_name)
    if module is not None:
        callback(module)
        return
    with _lock:
        _callbacks.setdefault(module_name, []).append(callback)
        if _FINDER not in sys.meta_path:
            sys.meta_path.insert(0, _FINDER)
