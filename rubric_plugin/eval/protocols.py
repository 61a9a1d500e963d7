"""Evaluation protocols: how one response to one record is judged and what counts as a pass.

Each protocol returns a :class:`ProtocolResult`: all-or-nothing ``passed``, a fractional rate,
whether the row **failed** (and why), the answer to every criterion's question (``satisfied``,
used for the agreement between protocols), the judge's raw output and what the judging cost.
A failed row is never dropped: it counts as not passed and stays in every denominator.

* ``rubric``: the plugin's training judge (:func:`rubric_plugin.scoring.score_response`) with the
  training run's ``reward.rubric`` (verifier layout, shaping chain, aggregation), so the reward
  shown is the reward trained on. Pass = every criterion passes (shaping criteria included);
  ``reward`` is the shaped training reward. An unscorable sample is a failed row.
* ``ifeval``: IFEval's programmatic scoring of the record's ``ifeval`` check criteria, strict and
  loose (:func:`rubric_plugin.checks.ifeval.follows`); IFBench records the same way with their
  ``ifbench`` criteria (:func:`rubric_plugin.checks.ifbench.follows`). Pass = prompt-level strict.
  A record with neither is not applicable (no row); an IFBench record with an instruction that has
  no offline checker (an ``llm`` criterion) is a failed row.
* ``advancedif``: the official AdvancedIF protocol (:mod:`rubric_plugin.eval.advancedif_prompt`,
  :mod:`rubric_plugin.eval.advancedif_score`): one judge request in the official structure,
  routed by ``routing``, scored from the raw text as the official processor scores it. Pass =
  the judge's ``SATISFIED_ALL_REQUIREMENTS``. The request goes to the configured LLM verifier's
  chat backend with its retry policy; a verifier without a chat backend (the rule-based test
  verifier, a custom ``Verifier``) answers the rubric questions through its verdicts and the
  plugin writes that answer in the official shape (recorded as ``judge_via: verdicts``).
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from typing import Any, Mapping

PROTOCOLS = ("advancedif", "rubric", "ifeval")


@dataclass
class ProtocolResult:
    protocol: str
    passed: bool
    fraction: float | None
    failed: bool = False
    error: str | None = None
    #: criterion id -> the answer to its question (True = yes)
    satisfied: dict[str, bool] = field(default_factory=dict)
    raw_judge: str | None = None
    cost: dict[str, float] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"protocol": self.protocol, "passed": self.passed, "fraction": self.fraction, "failed": self.failed,
                "error": self.error, "satisfied": self.satisfied, "raw_judge": self.raw_judge, "cost": self.cost,
                **self.extra}


@dataclass
class JudgeContext:
    """What the judging protocols share: the verifier, the training run's reward config, AdvancedIF options."""

    verifier: Any = None
    cfg: Any = None
    routing: str = "official_release"
    templates: Any = None


def failed_result(protocol: str, error: str, record: Any = None) -> ProtocolResult:
    """A row that could not be judged (bad input, no response, judge failure): not passed, counted."""
    extra: dict[str, Any] = {}
    if protocol == "advancedif":
        from rubric_plugin.eval.advancedif_score import failed

        extra = failed(error, len(record.criteria) if record is not None else 0).to_dict()
        extra.pop("passed", None)
        extra.pop("error", None)
    return ProtocolResult(protocol, False, 0.0 if protocol != "ifeval" else 0.0, True, error, extra=extra)


# -- rubric ---------------------------------------------------------------------------------------------
async def run_rubric(record: Any, response: str, ctx: JudgeContext) -> ProtocolResult:
    from rubric_plugin.scoring import score_response

    cfg = replace(ctx.cfg, on_failure="unscorable")
    res = await score_response(record, response, ctx.verifier, cfg)
    cost = {k: float(res.cost.get(k, 0)) for k in ("requests", "prompt_tokens", "completion_tokens")}
    if not res.scorable:
        return ProtocolResult("rubric", False, 0.0, True, res.reason or "unscorable", cost=cost,
                              extra={"reward": None})
    info = res.extra_info()
    satisfied = {cid: v.satisfied for cid, v in res.verdicts.items()}
    reasons = {cid: v.reason for cid, v in res.verdicts.items()}
    return ProtocolResult("rubric", res.scores["all_or_nothing"] == 1.0, info["rubric_pass_fraction"],
                          satisfied=satisfied, raw_judge=res.raw or None, cost=cost,
                          extra={"reward": res.reward, "scores": dict(res.scores), "reasons": reasons,
                                 "shaping": dict(res.shaping)})


# -- ifeval ---------------------------------------------------------------------------------------------
#: the programmatic checks of the ``ifeval`` protocol: IFEval's and IFBench's instructions (same protocol)
PROGRAMMATIC = {"ifeval": "rubric_plugin.checks.ifeval", "ifbench": "rubric_plugin.checks.ifbench"}


def ifeval_criteria(record: Any) -> list[Any]:
    return [c for c in record.criteria if c.kind == "check" and c.check in PROGRAMMATIC]


def unchecked_instructions(record: Any) -> list[str]:
    """Instructions of an IFEval/IFBench record that were converted to ``llm`` criteria (no offline checker)."""
    listed = set(record.metadata.get("instruction_id_list") or ())
    return [c.id for c in record.criteria if c.kind == "llm" and c.id in listed]


def ifeval_applies(record: Any) -> bool:
    return bool(ifeval_criteria(record)) or bool(unchecked_instructions(record))


def run_ifeval(record: Any, response: str) -> ProtocolResult:
    import importlib

    crits = ifeval_criteria(record)
    # an IFBench instruction converted to an llm criterion (no offline checker) cannot be scored
    # programmatically: the row fails, listed, rather than being scored on its other instructions
    unchecked = unchecked_instructions(record)
    if unchecked:
        return failed_result("ifeval", f"instructions {unchecked} have no offline checker (converted to llm "
                                       "criteria); score them with the rubric protocol", record)
    modes: dict[str, dict[str, bool]] = {"strict": {}, "loose": {}}
    for c in crits:
        follows = importlib.import_module(PROGRAMMATIC[c.check]).follows
        kwargs = {k: v for k, v in c.args.items() if k not in ("instruction_id", "mode")}
        for mode in modes:
            modes[mode][c.id] = follows(c.args["instruction_id"], response, mode=mode, **kwargs)
    strict, loose = modes["strict"], modes["loose"]
    return ProtocolResult("ifeval", all(strict.values()), sum(strict.values()) / len(strict), satisfied=dict(strict),
                          extra={"prompt_strict": all(strict.values()), "prompt_loose": all(loose.values()),
                                 "strict": strict, "loose": loose})


# -- advancedif -----------------------------------------------------------------------------------------
def _official_answer(record: Any, verdicts: Mapping[str, Any]) -> str:
    """A verdict-based verifier's answers written in the official answer shape."""
    check = {f"question_{i + 1}": f"{verdicts[c.id].reason or 'judged'}. {'Yes' if verdicts[c.id].satisfied else 'No'}"
             for i, c in enumerate(record.criteria)}
    every = all(verdicts[c.id].satisfied for c in record.criteria)
    return json.dumps({"rubrics_check": check, "SATISFIED_ALL_REQUIREMENTS": "YES" if every else "NO"})


async def _ask_backend(verifier: Any, messages: list[dict[str, str]], n: int) -> tuple[str, dict[str, float]]:
    """One official judge request through the verifier's chat backend and retry policy."""
    from rubric_plugin.verifier.base import ChatRequest
    from rubric_plugin.verifier.parse import json_schema, max_answer_chars
    from rubric_plugin.verifier.retry import call_with_retries
    from rubric_plugin.verifier.stats import CallMeta

    ids = [f"q{i}" for i in range(n)]
    budget = verifier.max_tokens or max_answer_chars(ids, verifier.reason_max_chars, "advancedif") + 16
    req = ChatRequest(messages, json_schema(ids, verifier.reason_max_chars, "advancedif"),
                      budget + verifier.reasoning_tokens, verifier.temperature)
    meta = CallMeta()
    completion = await call_with_retries(lambda left: verifier.backend.complete(req, timeout_s=left), verifier.retry,
                                         meta, what=f"{verifier.name} AdvancedIF judge call")
    return completion.text, {"requests": float(meta.requests), "prompt_tokens": float(completion.prompt_tokens),
                             "completion_tokens": float(completion.completion_tokens)}


async def run_advancedif(record: Any, response: str, ctx: JudgeContext) -> ProtocolResult:
    from rubric_plugin.errors import VerifierError, VerifierSetupError
    from rubric_plugin.eval.advancedif_prompt import render_record
    from rubric_plugin.eval.advancedif_score import failed, question_index, says_yes, score_judge_output
    from rubric_plugin.labels.from_checks import as_question

    n = len(record.criteria)
    prompt = render_record(record, response, ctx.routing, ctx.templates)
    via = "backend" if hasattr(ctx.verifier, "backend") else "verdicts"
    raw, cost = None, {}
    try:
        if via == "backend":
            raw, cost = await _ask_backend(ctx.verifier, prompt.messages, n)
        else:
            got = await ctx.verifier.judge(record, response, [as_question(c) for c in record.criteria])
            raw = _official_answer(record, got.verdicts)
        score = score_judge_output(raw, n)
    except VerifierSetupError:
        raise
    except (VerifierError, KeyError) as e:
        score = failed(f"judge call failed: {type(e).__name__}: {e}", n)
        cost = {"requests": float(getattr(getattr(e, "meta", None), "requests", 1) or 1)}
    answers: dict[int, list[bool]] = {}
    for key, ans in score.rubrics_check.items():
        i = question_index(key)
        if i is not None and 1 <= i <= n and isinstance(ans, str):
            answers.setdefault(i, []).append(says_yes(ans))
    satisfied = {c.id: all(answers[i + 1]) for i, c in enumerate(record.criteria) if i + 1 in answers}
    extra = {**score.to_dict(), "judge": prompt.judge, "judge_via": via}
    extra.pop("passed", None)
    extra.pop("error", None)
    return ProtocolResult("advancedif", score.passed, score.rubric_level_pass_rate if score.success else 0.0,
                          not score.success, score.error, satisfied, raw, cost, extra)
