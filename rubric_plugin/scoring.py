"""Score one response against its rubric: checks + verifier -> verdicts -> aggregations.

Failure policy (the contract with verl's trainer):

* Programmatic checks never fail silently: a check that raises is a bug in the data and
  propagates as :class:`~rubric_plugin.errors.CheckError`.
* When the verifier raises, or returns a verdict set that does not have exactly one verdict per
  requested criterion, the sample is **unscorable** (``on_failure=unscorable``) or the error is
  re-raised (``on_failure=raise``). An unscorable sample has reward NaN -- never 0 -- with the
  reason recorded in ``rubric_unscorable_reason``; the ``rubric_grpo`` advantage estimator gives
  it zero advantage and leaves it out of its group's mean and std.
* Reward shaping (``reward.rubric.shaping``, :mod:`rubric_plugin.shaping`) augments the record
  before judging and shapes the aggregated reward afterwards; an unscorable sample is never shaped.
* A :class:`~rubric_plugin.errors.VerifierSetupError` (the endpoint refuses every request: wrong
  key, model or URL) always fails the step: no sample could be scored, so "unscorable" would
  silently stop learning.
"""
from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass, field, replace
from typing import Any, Mapping, Sequence

from rubric_plugin import aggregate
from rubric_plugin.checks import run_check
from rubric_plugin.config import RubricRewardConfig
from rubric_plugin.errors import ConfigError, VerdictParseError, VerifierError, VerifierSetupError
from rubric_plugin.schema import Criterion, RubricRecord
from rubric_plugin.shaping.base import ResponseMeta
from rubric_plugin.shaping.chain import ShapingChain, chain_for
from rubric_plugin.verdicts import CHECK_SOURCE, Verdict, VerdictSet, passes
from rubric_plugin.verifier.base import Verifier
from rubric_plugin.verifier.stats import CallMeta

NAN = float("nan")

#: What judging one response cost (:class:`~rubric_plugin.verifier.stats.CallMeta`), per sample.
#: ``cache_bytes`` is the verdict cache's footprint after the call; ``judge_truncated_chars`` the response
#: characters left out so that the request fits the judge's context (see :mod:`rubric_plugin.verifier.context`).
VERIFIER_COST_KEYS = ("requests", "retries", "prompt_tokens", "cached_tokens", "completion_tokens", "latency_s", "cache",
                      "cache_bytes", "judge_truncated_chars")

#: Keys of ``reward_extra_info``: identical for every sample (verl takes the keys of the first).
EXTRA_KEYS = (
    "score",
    *(f"rubric_{a}" for a in aggregate.AGGREGATIONS),
    "rubric_pass_fraction",
    "rubric_num_criteria",
    "rubric_num_passed",
    "rubric_hard_veto",
    "rubric_scorable",
    "rubric_category",
    "rubric_verifier",
    "rubric_verifier_status",
    "rubric_unscorable_reason",
    "rubric_verdicts",
    *(f"rubric_verifier_{k}" for k in VERIFIER_COST_KEYS),
    # wall-clock times (s since the epoch) at which the reward manager received the finished rollout
    # and returned its reward; NaN outside the manager (rubric_plugin.metrics.reward_tail_metrics)
    "rubric_reward_received_t",
    "rubric_reward_ready_t",
)


def extra_keys(cfg: RubricRewardConfig | None = None) -> tuple[str, ...]:
    """The ``reward_extra_info`` keys of every sample scored under ``cfg``: :data:`EXTRA_KEYS`, then
    the shaping chain's (``shaping_<hook>_fired`` / ``_delta`` ...) when ``cfg.shaping`` is set."""
    chain = chain_for(cfg.shaping) if cfg is not None else None
    return EXTRA_KEYS + (chain.keys() if chain is not None else ())


@dataclass(frozen=True)
class ScoreResult:
    """Everything known about one scored response."""

    record: RubricRecord
    reward: float
    scores: Mapping[str, float]
    verdicts: Mapping[str, Verdict] = field(default_factory=dict)
    status: str = "ok"
    reason: str = ""
    verifier: str = ""
    raw: str = ""
    #: Verifier cost of this sample (``CallMeta`` fields); empty when no verifier call was needed.
    cost: Mapping[str, Any] = field(default_factory=dict)
    #: The shaping chain's report (``ShapingChain.keys()``); empty without shaping.
    shaping: Mapping[str, Any] = field(default_factory=dict)

    @property
    def scorable(self) -> bool:
        return self.status == "ok"

    def extra_info(self) -> dict[str, Any]:
        """The fixed-key ``reward_extra_info`` dict (scalars only)."""
        items = [_judged(c, self.verdicts[c.id]) for c in self.record.criteria] if self.scorable else []
        info: dict[str, Any] = {"score": self.reward}
        for a in aggregate.AGGREGATIONS:
            info[f"rubric_{a}"] = self.scores.get(a, NAN)
        info["rubric_pass_fraction"] = aggregate.pass_fraction(items) if items else NAN
        info["rubric_num_criteria"] = len(self.record.criteria)
        info["rubric_num_passed"] = float(sum(j.passed for j in items)) if items else NAN
        info["rubric_hard_veto"] = float(aggregate.vetoed(items)) if items else NAN
        info["rubric_scorable"] = float(self.scorable)
        info["rubric_category"] = self.record.category
        info["rubric_verifier"] = self.verifier
        info["rubric_verifier_status"] = self.status
        info["rubric_unscorable_reason"] = self.reason
        kinds = {c.id: c for c in self.record.criteria}
        info["rubric_verdicts"] = json.dumps(
            {cid: {"satisfied": v.satisfied, "passed": passes(v.satisfied, kinds[cid].penalty), "kind": kinds[cid].kind,
                   "source": v.source, "reason": v.reason} for cid, v in self.verdicts.items() if cid in kinds},
            ensure_ascii=False,
        )
        cost = {**CallMeta().as_dict(), **self.cost}
        for k in VERIFIER_COST_KEYS:
            info[f"rubric_verifier_{k}"] = cost[k] if k == "cache" else float(cost[k])
        info["rubric_reward_received_t"] = info["rubric_reward_ready_t"] = NAN
        info.update(self.shaping)
        return info


def _judged(c: Criterion, v: Verdict) -> aggregate.Judged:
    return aggregate.Judged(satisfied=v.satisfied, weight=c.weight, hard=c.hard, penalty=c.penalty)


def check_verdicts(record: RubricRecord, response: str) -> dict[str, Verdict]:
    """Evaluate every ``check`` criterion of ``record`` on ``response``."""
    out = {}
    for c in record.criteria:
        if c.kind == "check":
            ok = run_check(c.check, response, dict(c.args))
            out[c.id] = Verdict(c.id, ok, f"{c.check}({', '.join(f'{k}={v!r}' for k, v in c.args.items())}) -> {ok}", CHECK_SOURCE)
    return out


def ensure_complete(got: VerdictSet, asked: Sequence[Criterion], verifier: str) -> None:
    """Exactly one verdict per asked criterion, none for anything else."""
    asked_ids = {c.id for c in asked}
    missing = sorted(asked_ids - set(got.verdicts))
    unknown = sorted(set(got.verdicts) - asked_ids)
    if missing or unknown:
        raise VerdictParseError(f"{verifier}: verdicts missing for {missing}, unexpected for {unknown}")


def finalize(record: RubricRecord, verdicts: Mapping[str, Verdict], cfg: RubricRewardConfig,
             verifier: str = "", raw: str = "", cost: Mapping[str, Any] | None = None) -> ScoreResult:
    """Aggregate complete verdicts into a :class:`ScoreResult` (pure)."""
    items = [_judged(c, verdicts[c.id]) for c in record.criteria]
    scores = aggregate.aggregate_all(items, cfg.hybrid_bonus)
    return ScoreResult(record, aggregate.select(scores, cfg.train_on), scores, dict(verdicts), "ok", "", verifier, raw,
                       dict(cost or {}))


def unscorable(record: RubricRecord, reason: str, verifier: str = "", verdicts: Mapping[str, Verdict] | None = None,
               cost: Mapping[str, Any] | None = None) -> ScoreResult:
    """A result with reward NaN and the reason recorded."""
    return ScoreResult(record, NAN, {a: NAN for a in aggregate.AGGREGATIONS}, dict(verdicts or {}), "unscorable", reason,
                       verifier, "", dict(cost or {}))


async def score_response(record: RubricRecord, response: str, verifier: Verifier | None,
                         cfg: RubricRewardConfig, meta: ResponseMeta | None = None,
                         shaping: ShapingChain | None = None) -> ScoreResult:
    """Score ``response``: checks locally, ``llm`` criteria through ``verifier``, then aggregate and shape.

    ``shaping`` defaults to the chain of ``cfg.shaping`` (built once per configuration); ``meta``
    (token length, whether generation hit the limit) feeds the length and truncation hooks.
    """
    chain = shaping if shaping is not None else chain_for(cfg.shaping)
    judged = chain.augment(record) if chain is not None else record
    result = await _judge_and_aggregate(judged, response, verifier, cfg)
    if chain is None:
        return result
    shaped = chain.apply(result.record, response, result.verdicts, result.reward, meta, cfg.train_on, cfg.hybrid_bonus)
    return replace(result, reward=shaped.reward, shaping=shaped.info)


async def _judge_and_aggregate(record: RubricRecord, response: str, verifier: Verifier | None,
                               cfg: RubricRewardConfig) -> ScoreResult:
    verdicts = check_verdicts(record, response)
    llm = [c for c in record.criteria if c.kind == "llm"]
    name = verifier.name if verifier is not None else ""
    raw, cost = "", {}
    if llm:
        if verifier is None:  # a setup error, not a verifier failure: it fails the step under any policy
            raise ConfigError(f"record {record.id!r} has llm criteria {[c.id for c in llm]} but no verifier was "
                              "given; set reward.rubric.verifier to a judge preset")
        try:
            got = await verifier.judge(record, response, llm)
            ensure_complete(got, llm, name)
        except VerifierError as e:
            if cfg.on_failure == "raise" or isinstance(e, VerifierSetupError):
                raise
            return unscorable(record, f"{type(e).__name__}: {e}", name, verdicts, _cost(getattr(e, "meta", None)))
        verdicts.update(got.verdicts)
        raw, cost = got.raw, _cost(got.meta)
    return finalize(record, verdicts, cfg, name, raw, cost)


async def score_batch(items: Sequence[tuple[RubricRecord, str]], verifier: Verifier | None,
                      cfg: RubricRewardConfig, window: int | None = None) -> list[ScoreResult]:
    """Score many responses concurrently (offline jobs, benchmarks): identical pairs are judged once.

    At most ``window`` responses are in progress at once (default: twice the verifier backend's
    ``max_concurrency``, else 256), started in order as earlier ones finish. Starting all of them at
    once would render every prompt before the first request is sent, leaving the judge idle meanwhile.
    The first error is raised, and the responses still in progress or not started are not judged.
    """
    if window is None:
        window = 2 * int(getattr(getattr(verifier, "backend", None), "max_concurrency", 0) or 128)
    if window < 1:
        raise ValueError(f"score_batch window={window}; expected >= 1")
    results: list[ScoreResult | None] = [None] * len(items)
    todo = iter(enumerate(items))

    async def lane() -> None:
        for i, (record, response) in todo:
            results[i] = await score_response(record, response, verifier, cfg)

    lanes = [asyncio.ensure_future(lane()) for _ in range(min(window, len(items)))]
    try:
        await asyncio.gather(*lanes)
    finally:  # an error (or a cancelled caller) stops the other lanes: no judging for a failed batch
        for task in lanes:
            task.cancel()
    return results  # type: ignore[return-value]


def _cost(meta: Any) -> dict[str, Any]:
    if meta is None:
        return {}
    if isinstance(meta, CallMeta):
        return meta.as_dict()
    return {k: v for k, v in dict(meta).items() if k in VERIFIER_COST_KEYS}
