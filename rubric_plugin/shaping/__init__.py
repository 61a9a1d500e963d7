"""Reward shaping against rubric hacking: composable hooks run around the verifier call.

See ``docs/shaping.md``. Modules: :mod:`.base` (the hook contract, declared reward range),
:mod:`.criteria` (anti-hacking criteria judged with the rubric), :mod:`.detectors` (deterministic
detectors, with their patterns in :mod:`.claims` and :mod:`.judge` and the prompt context in
:mod:`.context`), :mod:`.length` (overlong and target-length penalties), :mod:`.chain` (the ordered
chain and its builder).
"""
from rubric_plugin.shaping.base import REWARD_RANGE, Effect, ResponseMeta, ShapeInput, ShapingHook, response_meta
from rubric_plugin.shaping.chain import ShapingChain, build_shaping, chain_for
from rubric_plugin.shaping.criteria import AntiHackingCriteria
from rubric_plugin.shaping.detectors import Degenerate, JudgeAddressed, RubricEcho, SelfAssessment, Truncation
from rubric_plugin.shaping.length import OverlongPenalty

__all__ = ["REWARD_RANGE", "AntiHackingCriteria", "Degenerate", "Effect", "JudgeAddressed", "OverlongPenalty",
           "ResponseMeta", "RubricEcho", "SelfAssessment", "ShapeInput", "ShapingChain", "ShapingHook", "Truncation",
           "build_shaping", "chain_for", "response_meta"]
