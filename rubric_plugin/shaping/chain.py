"""The shaping chain: an ordered list of hooks, built from ``reward.rubric.shaping``.

:meth:`ShapingChain.augment` runs every hook's pre-judging step (before the verifier call);
:meth:`ShapingChain.apply` runs the hooks in order on the aggregated reward, clips after each into
:data:`~rubric_plugin.shaping.base.REWARD_RANGE` and reports, per hook, whether it fired and the
reward change, under keys that are identical for every sample of a run (:meth:`ShapingChain.keys`).
An unscorable sample (reward NaN) is never shaped: its reward and every report stay NaN.
"""
from __future__ import annotations

import functools
import json
import math
import re
from dataclasses import dataclass, replace
from typing import Any, Mapping, Sequence

from rubric_plugin.errors import ConfigError
from rubric_plugin.schema import RubricRecord
from rubric_plugin.shaping.base import ResponseMeta, ShapeInput, ShapingHook, clip, encodable  # noqa: F401
from rubric_plugin.verdicts import Verdict

NAN = float("nan")
_NAME = re.compile(r"^[A-Za-z0-9_]{1,48}$")
UNSHAPED_KEY = "shaping_unshaped_reward"
NOTES_KEY = "shaping_notes"


@dataclass(frozen=True)
class Shaped:
    """The shaped reward and the fixed-key report of one sample."""

    reward: float
    info: dict[str, Any]


class ShapingChain:
    """Ordered hooks; see the module docstring."""

    def __init__(self, hooks: Sequence[ShapingHook]):
        names = [getattr(h, "name", None) for h in hooks]
        bad = [n for n in names if not (isinstance(n, str) and _NAME.match(n))]
        if bad:
            raise ConfigError(f"shaping hook names {bad} must be 1-48 letters, digits or _ (they become metric keys)")
        dup = sorted({n for n in names if names.count(n) > 1})
        if dup:
            raise ConfigError(f"shaping hooks {dup} appear twice; give each a distinct name: (it keys the metrics)")
        self.hooks = tuple(hooks)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(h.name for h in self.hooks)

    def keys(self) -> tuple[str, ...]:
        """The ``reward_extra_info`` keys this chain adds, in order."""
        per_hook = (k for n in self.names for k in (f"shaping_{n}_fired", f"shaping_{n}_delta"))
        return (UNSHAPED_KEY, *per_hook, NOTES_KEY)

    def augment(self, record: RubricRecord) -> RubricRecord:
        for h in self.hooks:
            record = h.augment(record)
        return record

    def apply(self, record: RubricRecord, response: str, verdicts: Mapping[str, Verdict], reward: float,
              meta: ResponseMeta | None = None, train_on: str = "all_or_nothing", hybrid_bonus: float = 0.5) -> Shaped:
        """Run the hooks on ``reward``; NaN in, NaN out (with NaN reports)."""
        info: dict[str, Any] = {UNSHAPED_KEY: reward}
        if math.isnan(reward):
            info.update({k: NAN for k in self.keys()[1:-1]})
            info[NOTES_KEY] = "{}"
            return Shaped(reward, info)
        notes: dict[str, str] = {}
        current = clip(reward)
        response = encodable(response)
        x = ShapeInput(record, response, verdicts, meta or ResponseMeta(), current, train_on, hybrid_bonus)
        for h in self.hooks:
            effect = h(replace(x, reward=current, fired=frozenset(notes)))
            if not isinstance(effect.reward, (int, float)) or not math.isfinite(effect.reward):
                raise ValueError(f"shaping hook {h.name!r} returned reward {effect.reward!r} for a scorable sample; "
                                 "a hook must return a finite number")
            shaped = clip(float(effect.reward))
            info[f"shaping_{h.name}_fired"] = float(bool(effect.fired))
            info[f"shaping_{h.name}_delta"] = float(effect.delta) if effect.delta is not None else shaped - current
            if effect.fired:
                notes[h.name] = effect.detail
            current = shaped
        info[NOTES_KEY] = json.dumps(notes, ensure_ascii=False)
        return Shaped(current, info)


def build_hooks(nodes: Sequence[Mapping[str, Any]]) -> list[ShapingHook]:
    """Instantiate the Hydra nodes (``_target_`` + kwargs); ``enabled: false`` drops a node."""
    from hydra.errors import InstantiationException
    from hydra.utils import instantiate

    hooks = []
    for i, node in enumerate(nodes):
        node = dict(node)
        if not node.pop("enabled", True):
            continue
        try:
            hook = instantiate(node, _convert_="all")
        except InstantiationException as e:
            cause = e.__cause__ or e
            raise ConfigError(f"reward.rubric.shaping[{i}] could not be built: {cause}; check the keys against "
                              f"conf/shaping/ (target {node.get('_target_')!r})") from e
        if not callable(hook) or not hasattr(hook, "name"):
            raise ConfigError(f"reward.rubric.shaping[{i}] ({node.get('_target_')!r}) is not a shaping hook: "
                              "it needs a name and __call__(ShapeInput) -> Effect")
        hooks.append(hook)
    return hooks


def build_shaping(nodes: Sequence[Mapping[str, Any]] | None) -> ShapingChain | None:
    """The chain of ``reward.rubric.shaping``, or None when it is empty (no shaping)."""
    hooks = build_hooks(nodes or ())
    return ShapingChain(hooks) if hooks else None


@functools.lru_cache(maxsize=16)
def _cached(frozen: str) -> ShapingChain | None:
    return build_shaping(json.loads(frozen))


def chain_for(nodes: Sequence[Mapping[str, Any]] | None) -> ShapingChain | None:
    """:func:`build_shaping`, built once per distinct configuration (cheap to call per sample)."""
    if not nodes:
        return None
    return _cached(json.dumps([dict(n) for n in nodes], sort_keys=True))
