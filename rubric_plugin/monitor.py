"""Reference-judge monitor: a second judge re-scores a sample of rollouts, for drift and hacking.

For a configurable ``fraction`` of rollouts (``reward.rubric.reference``), a reference verifier --
usually a stronger or different model, e.g. the worker group's ``reference`` model -- judges the
same response against the same rubric. Per sample it records whether the two judges agree and the
gap between the training reward and the reference reward (aggregated with the same
``train_on`` / ``hybrid_bonus``); per step :func:`reference_metrics` turns those columns into
scalars. A rising gap with falling agreement is the proxy-vs-reference divergence of reward hacking.

Contract:

* **Sampling** is a pure function of (record id, conversation, response, seed): a SHA-256 hash,
  so it is the same in every Ray process and every run, and identical rollouts are sampled alike.
* **The monitor never touches training.** The training reward and its ``reward_extra_info`` are
  exactly what they would be without it. A reference failure of any kind (transport, parse, setup)
  marks the sample's reference fields ``unscorable`` with the reason; the reference reward stays
  NaN, never 0, and the step goes on.
* **The monitor never stalls training.** Once the training scoring is done, the reference gets at
  most ``deadline_s`` more seconds (default 5); a later result is dropped (its request cancelled)
  and the sample's reference status is ``late``, counted in ``rubric/reference/late``. A reference
  outage therefore delays a sample's reward by ``deadline_s`` at most, never by the reference
  verifier's own retry deadline.
* **No state across steps.** Every count (sampled, failures, late) is the step's own, computed by
  :func:`reference_metrics` from that step's ``reward_extra_info``, and sampling is a pure hash: a
  run resumed from a checkpoint has nothing of the monitor to restore (docs/trainer.md, "Resume
  after preemption").
* **Agreement** is the share of compared criteria on which both judges gave the same verdict
  (``satisfied``). ``agreement_on=llm`` (default) compares the verifier-judged criteria only;
  ``all`` also counts ``check`` criteria, which both sides evaluate identically.

Keys added to ``reward_extra_info`` (:data:`REFERENCE_KEYS`, identical for every sample, NaN or
``""`` when the sample was not monitored): ``rubric_ref_sampled`` (0/1), ``rubric_ref_status``
(``not_sampled`` / ``ok`` / ``unscorable`` / ``late``), ``rubric_ref_reason``, ``rubric_ref_verifier``,
``rubric_ref_reward``, ``rubric_ref_gap`` (training - reference), ``rubric_ref_agreement``,
``rubric_ref_compared`` (criteria compared).
"""
from __future__ import annotations

import asyncio
import dataclasses
import hashlib
import json
import math
from dataclasses import dataclass, fields
from typing import Any, Awaitable, Mapping, Sequence

from rubric_plugin.config import RubricRewardConfig
from rubric_plugin.errors import ConfigError
from rubric_plugin.schema import RubricRecord
from rubric_plugin.scoring import ScoreResult, score_response
from rubric_plugin.verifier.base import Verifier
from rubric_plugin.verifier.release import release_with

NAN = float("nan")
AGREEMENT_ON = ("llm", "all")
NOT_SAMPLED, OK, UNSCORABLE, LATE = "not_sampled", "ok", "unscorable", "late"

#: Per-sample keys the monitor adds to ``reward_extra_info`` (same keys for every sample).
REFERENCE_KEYS = (
    "rubric_ref_sampled",
    "rubric_ref_status",
    "rubric_ref_reason",
    "rubric_ref_verifier",
    "rubric_ref_reward",
    "rubric_ref_gap",
    "rubric_ref_agreement",
    "rubric_ref_compared",
)


@dataclass(frozen=True)
class ReferenceConfig:
    """``reward.rubric.reference``: the reference judge and which rollouts it sees."""

    #: Hydra node of the reference verifier, shaped like ``reward.rubric.verifier`` (``_target_`` + kwargs).
    verifier: Mapping[str, Any]
    #: Share of rollouts the reference judges, in [0, 1]. Default 0.1: a steady signal at a tenth of the cost.
    fraction: float = 0.1
    #: Salt of the sampling hash; change it to monitor a different (equally reproducible) subset.
    seed: int = 0
    #: Criteria compared for agreement: ``llm`` (verifier-judged only) or ``all`` (checks too).
    agreement_on: str = "llm"
    #: Seconds the reference may still take once the training scoring is done; a later result is
    #: dropped and counted (status ``late``). Default 5: a healthy reference, judging concurrently,
    #: is done by then, and 5 s is a small fraction of a GPU training step; 0 takes only results
    #: already in.
    deadline_s: float = 5.0

    def __post_init__(self) -> None:
        if not isinstance(self.verifier, Mapping) or "_target_" not in self.verifier:
            raise ConfigError(f"reward.rubric.reference.verifier={self.verifier!r} needs a _target_; select a preset "
                              "with +reference@reward.rubric.reference=worker_group or set "
                              "reward.rubric.reference.verifier._target_")
        if isinstance(self.fraction, bool) or not isinstance(self.fraction, (int, float)) or not 0 <= self.fraction <= 1:
            raise ConfigError(f"reward.rubric.reference.fraction={self.fraction!r}; expected a number in [0, 1]")
        if isinstance(self.seed, bool) or not isinstance(self.seed, int):
            raise ConfigError(f"reward.rubric.reference.seed={self.seed!r}; expected an integer")
        if isinstance(self.deadline_s, bool) or not isinstance(self.deadline_s, (int, float)) \
                or not math.isfinite(self.deadline_s) or self.deadline_s < 0:
            raise ConfigError(f"reward.rubric.reference.deadline_s={self.deadline_s!r}; expected a number of "
                              "seconds >= 0 (default 5.0)")
        if self.agreement_on not in AGREEMENT_ON:
            raise ConfigError(f"reward.rubric.reference.agreement_on={self.agreement_on!r}; "
                              f"expected one of {list(AGREEMENT_ON)}")

    @classmethod
    def from_mapping(cls, raw: Mapping[str, Any] | None) -> "ReferenceConfig | None":
        """None (monitor off) for an absent node; unknown keys are an error naming the allowed ones."""
        if raw is None:
            return None
        if not isinstance(raw, Mapping):
            from omegaconf import OmegaConf

            raw = OmegaConf.to_container(raw, resolve=True)
        allowed = {f.name for f in fields(cls)}
        unknown = sorted(set(raw) - allowed)
        if unknown:
            raise ConfigError(f"reward.rubric.reference has unknown keys {unknown}; allowed: {sorted(allowed)}")
        if "verifier" not in raw:
            raise ConfigError("reward.rubric.reference needs a verifier; select a preset with "
                              "+reference@reward.rubric.reference=worker_group")
        return cls(**dict(raw))


# -- sampling ----------------------------------------------------------------------------------------
def sample_key(record: RubricRecord, response: str) -> str:
    """What identifies a rollout for sampling: record id, conversation and response."""
    return json.dumps([record.id, [[m.role, m.content] for m in record.messages], response], ensure_ascii=False)


def is_sampled(key: str, fraction: float, seed: int = 0) -> bool:
    """Whether the rollout ``key`` is monitored: a uniform hash in [0, 1) below ``fraction``."""
    if fraction <= 0:
        return False
    if fraction >= 1:
        return True
    digest = hashlib.sha256(f"{seed}\x00{key}".encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2 ** 64 < fraction


# -- per-sample comparison (pure) ----------------------------------------------------------------------
def agreement(training: ScoreResult, reference: ScoreResult, on: str = "llm") -> tuple[float, int]:
    """``(share of compared criteria with equal verdicts, number compared)``; NaN, 0 when none compare.

    Both results must be scorable for a criterion to be compared (an unscorable side has no verdict).
    """
    if not (training.scorable and reference.scorable):
        return NAN, 0
    ids = [c.id for c in training.record.criteria if on == "all" or c.kind == "llm"]
    ids = [cid for cid in ids if cid in training.verdicts and cid in reference.verdicts]
    if not ids:
        return NAN, 0
    same = sum(training.verdicts[cid].satisfied == reference.verdicts[cid].satisfied for cid in ids)
    return same / len(ids), len(ids)


def reward_gap(training_reward: float, reference_reward: float) -> float:
    """Training reward minus reference reward; NaN unless both are finite."""
    if not (math.isfinite(training_reward) and math.isfinite(reference_reward)):
        return NAN
    return training_reward - reference_reward


def not_sampled_info() -> dict[str, Any]:
    """The reference fields of a rollout the monitor skipped."""
    return {"rubric_ref_sampled": 0.0, "rubric_ref_status": NOT_SAMPLED, "rubric_ref_reason": "",
            "rubric_ref_verifier": "", "rubric_ref_reward": NAN, "rubric_ref_gap": NAN,
            "rubric_ref_agreement": NAN, "rubric_ref_compared": 0.0}


def reference_info(training: ScoreResult, reference: ScoreResult, on: str = "llm") -> dict[str, Any]:
    """The reference fields of a monitored rollout (keys :data:`REFERENCE_KEYS`)."""
    share, compared = agreement(training, reference, on)
    return {"rubric_ref_sampled": 1.0, "rubric_ref_status": OK if reference.scorable else UNSCORABLE,
            "rubric_ref_reason": reference.reason, "rubric_ref_verifier": reference.verifier,
            "rubric_ref_reward": reference.reward, "rubric_ref_gap": reward_gap(training.reward, reference.reward),
            "rubric_ref_agreement": share, "rubric_ref_compared": float(compared)}


def failed_info(reason: str, verifier: str = "", status: str = UNSCORABLE) -> dict[str, Any]:
    """The reference fields of a monitored rollout whose reference judge raised (or was ``late``)."""
    return {**not_sampled_info(), "rubric_ref_sampled": 1.0, "rubric_ref_status": status,
            "rubric_ref_reason": reason, "rubric_ref_verifier": verifier}


# -- running the reference judge ---------------------------------------------------------------------
class ReferenceMonitor:
    """Scores sampled rollouts with the reference verifier beside the training scoring."""

    def __init__(self, cfg: ReferenceConfig, reward_cfg: RubricRewardConfig, verifier: Verifier):
        self.cfg = cfg
        # same aggregation as training; a reference failure is recorded, never raised
        self.reward_cfg = dataclasses.replace(reward_cfg, on_failure="unscorable")
        self.verifier = verifier

    @classmethod
    def from_reward_config(cls, reward_cfg: RubricRewardConfig, reward_router_address: str | None = None
                           ) -> "ReferenceMonitor | None":
        """The monitor of ``reward.rubric.reference``, or None when it is not configured."""
        cfg = ReferenceConfig.from_mapping(reward_cfg.reference)
        if cfg is None:
            return None
        verifier = build_reference_verifier(cfg)
        if reward_router_address is not None and hasattr(verifier, "bind_router"):
            verifier.bind_router(reward_router_address)
        monitor = cls(cfg, reward_cfg, verifier)
        # the monitor built the verifier, so it owns it: released with the monitor or at exit
        monitor._release = release_with(monitor, verifier)
        return monitor

    def close(self) -> None:
        """Release the reference verifier's connections or engine now (from any thread)."""
        self.verifier.close()

    def sampled(self, record: RubricRecord, response: str) -> bool:
        return is_sampled(sample_key(record, response), self.cfg.fraction, self.cfg.seed)

    async def judge(self, record: RubricRecord, response: str, meta: Any = None, shaping: Any = None
                    ) -> ScoreResult | BaseException:
        """The reference's :class:`ScoreResult`, or the exception it raised (returned, not raised).

        ``meta`` and ``shaping`` are the training scoring's, so both rewards go through the same chain.
        """
        try:
            return await score_response(record, response, self.verifier, self.reward_cfg, meta, shaping)
        except Exception as e:  # noqa: BLE001 - any reference failure is recorded, training goes on
            return e

    async def alongside(self, record: RubricRecord, response: str, training: Awaitable[ScoreResult],
                        meta: Any = None, shaping: Any = None) -> tuple[ScoreResult, dict[str, Any]]:
        """Await the training scoring, with the reference judging concurrently when sampled.

        Returns the training result untouched and the reference fields. A training error propagates
        (and cancels the reference call); a reference error only fills the reference fields; a
        reference still running ``deadline_s`` after the training result is cancelled (status ``late``).
        """
        if not self.sampled(record, response):
            return await training, not_sampled_info()
        ref_task = asyncio.ensure_future(self.judge(record, response, meta, shaping))
        try:
            result = await training
        except BaseException:
            ref_task.cancel()
            raise
        done, _ = await asyncio.wait({ref_task}, timeout=self.cfg.deadline_s)
        if not done:
            ref_task.cancel()
            return result, failed_info(f"late: the reference judge missed reward.rubric.reference.deadline_s="
                                       f"{self.cfg.deadline_s:g} after the training reward; result dropped",
                                       getattr(self.verifier, "name", ""), LATE)
        ref = ref_task.result()
        if isinstance(ref, BaseException):
            return result, failed_info(f"{type(ref).__name__}: {ref}", getattr(self.verifier, "name", ""))
        return result, reference_info(result, ref, self.cfg.agreement_on)

    async def aclose(self) -> None:
        await self.verifier.aclose()


def build_reference_verifier(cfg: ReferenceConfig) -> Verifier:
    """Instantiate ``reward.rubric.reference.verifier`` through Hydra's ``instantiate``."""
    from rubric_plugin.config import instantiate_verifier

    return instantiate_verifier(cfg.verifier, "reward.rubric.reference.verifier")


# -- per-step metrics (pure) -------------------------------------------------------------------------
def _floats(values: Sequence[Any]) -> list[float]:
    out = []
    for v in values:
        try:
            out.append(float(v))
        except (TypeError, ValueError):
            out.append(NAN)
    return out


def reference_metrics(extra: Mapping[str, Sequence[Any]]) -> dict[str, float]:
    """Scalar reference metrics of one step from the ``rubric_ref_*`` columns; never NaN.

    ``rubric/reference/sampled`` (rollouts monitored), ``rubric/reference/failures`` (monitored
    but the reference judge failed) and ``rubric/reference/late`` (monitored, but the result came
    after ``deadline_s`` and was dropped) are always logged when the monitor is on;
    ``rubric/reference/agreement`` (criteria with equal verdicts / criteria compared, pooled over
    the step), ``rubric/reference/reward_gap`` and ``rubric/reference/abs_reward_gap`` (mean over
    samples both judges scored) only when there is something to average. Empty when the monitor is off.
    """
    if "rubric_ref_sampled" not in extra:
        return {}
    sampled = [s == 1.0 for s in _floats(extra["rubric_ref_sampled"])]
    status = list(extra["rubric_ref_status"])
    out = {"rubric/reference/sampled": float(sum(sampled)),
           "rubric/reference/failures": float(sum(1 for s, st in zip(sampled, status) if s and st == UNSCORABLE)),
           "rubric/reference/late": float(sum(1 for s, st in zip(sampled, status) if s and st == LATE))}
    pairs = [(a, n) for a, n in zip(_floats(extra["rubric_ref_agreement"]), _floats(extra["rubric_ref_compared"]))
             if math.isfinite(a) and math.isfinite(n) and n > 0]
    if pairs:
        out["rubric/reference/agreement"] = sum(a * n for a, n in pairs) / sum(n for _, n in pairs)
    gaps = [g for g in _floats(extra["rubric_ref_gap"]) if math.isfinite(g)]
    if gaps:
        out["rubric/reference/reward_gap"] = sum(gaps) / len(gaps)
        out["rubric/reference/abs_reward_gap"] = sum(abs(g) for g in gaps) / len(gaps)
    return out
