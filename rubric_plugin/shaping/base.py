"""The shaping-hook contract: what a hook sees, what it returns, and the declared reward range.

A hook is a picklable callable ``hook(x: ShapeInput) -> Effect``. It sees the (augmented) record,
the response, every verdict, the response's metadata (:class:`ResponseMeta`) and the reward so far,
and returns the adjusted reward, whether it fired, and a short note of what it did. A hook may also
have a pre-judging step, :meth:`ShapingHook.augment`, that adds criteria to the record so that they
are judged in the same verifier call as the rubric.

Hooks never see an unscorable sample (reward NaN): the chain passes NaN through untouched.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Mapping

from rubric_plugin.schema import RubricRecord
from rubric_plugin.verdicts import Verdict

#: Every shaped reward lies in this closed interval. Aggregations give [0, 1]; shaping may only
#: lower a reward (vetoes, penalties), down to -1 (the full DAPO overlong penalty).
REWARD_RANGE = (-1.0, 1.0)
ACTIONS = ("veto", "penalty")


@dataclass(frozen=True)
class ResponseMeta:
    """What the rollout knows about a response beyond its text."""

    #: Number of generated tokens (None: unknown, length hooks stay silent).
    length_tokens: int | None = None
    #: The generation limit the response was sampled under (None: unknown).
    max_tokens: int | None = None
    #: Generation stopped because it reached ``max_tokens`` (not because the model ended it).
    hit_limit: bool = False


def response_meta(length_tokens: int, max_tokens: int | None, last_token: int | None = None,
                  eos_token_ids: frozenset[int] | set[int] | None = None) -> ResponseMeta:
    """Metadata of one rollout: it hit the limit when it fills ``max_tokens`` without ending on EOS."""
    full = max_tokens is not None and length_tokens >= max_tokens
    ended = last_token is not None and eos_token_ids is not None and last_token in eos_token_ids
    return ResponseMeta(int(length_tokens), max_tokens, bool(full and not ended))


@dataclass(frozen=True)
class ShapeInput:
    """Everything a hook may look at for one scorable response."""

    record: RubricRecord
    response: str
    verdicts: Mapping[str, Verdict]
    meta: ResponseMeta
    #: The reward so far (finite, inside :data:`REWARD_RANGE`).
    reward: float
    #: The training aggregation (``reward.rubric.train_on``) and its hybrid bonus.
    train_on: str = "all_or_nothing"
    hybrid_bonus: float = 0.5
    #: The names of the earlier hooks of the chain that fired on this response.
    fired: frozenset = frozenset()


@dataclass(frozen=True)
class Effect:
    """What a hook did: the reward it hands on, whether it fired, and why."""

    reward: float
    fired: bool
    detail: str = ""
    #: The reward change to report; None = ``reward - input reward``. A hook whose effect happened
    #: earlier (criteria judged inside the aggregation) reports that change here.
    delta: float | None = None


class ShapingHook:
    """Base of the built-in hooks: a name, an optional pre-judging step, and ``__call__``."""

    #: Key of the hook in ``reward_extra_info`` (``shaping_<name>_fired``) and in metrics.
    name: str = "hook"

    def augment(self, record: RubricRecord) -> RubricRecord:
        """Criteria to judge with the rubric; the default adds none."""
        return record

    def __call__(self, x: ShapeInput) -> Effect:  # pragma: no cover - abstract
        raise NotImplementedError


def check_action(action: str, penalty: float, veto_reward: float) -> None:
    """Validate a detector's action settings (raised as ``ValueError`` at build time)."""
    if action not in ACTIONS:
        raise ValueError(f"action={action!r}; expected one of {list(ACTIONS)}")
    lo, hi = REWARD_RANGE
    if not (isinstance(penalty, (int, float)) and 0 <= penalty <= hi - lo):
        raise ValueError(f"penalty={penalty!r}; expected a number in [0, {hi - lo}]")
    if not (isinstance(veto_reward, (int, float)) and lo <= veto_reward <= hi):
        raise ValueError(f"veto_reward={veto_reward!r}; expected a number in {list(REWARD_RANGE)}")


def apply_action(reward: float, action: str, penalty: float, veto_reward: float) -> float:
    """A fired detector's effect: ``veto`` caps the reward at ``veto_reward`` (as a failed ``hard``
    criterion does), ``penalty`` subtracts ``penalty``. Never raises the reward."""
    if action == "veto":
        return min(reward, veto_reward)
    return reward - penalty


def clip(reward: float) -> float:
    """Clip into :data:`REWARD_RANGE`; NaN stays NaN."""
    if math.isnan(reward):
        return reward
    lo, hi = REWARD_RANGE
    return min(hi, max(lo, reward))


def encodable(text: str) -> str:
    """``text`` with lone surrogates (which no UTF-8 encoder accepts: a decoded ``"\\ud800"`` escape) replaced by
    ``?``, so that no hook and no note fails on them."""
    if text.isascii():
        return text
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return text.encode("utf-8", "replace").decode("utf-8")
