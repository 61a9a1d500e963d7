"""Does a judging request fit the judge's context? Checked before the first step, enforced per request.

**Before the first step** (:func:`check_judge_context`, called by the ``rubric_sync`` trainer and,
without the data scan, by the ``rubric`` manager), the judge's context must hold the worst case::

    prompt      data.max_prompt_length               the conversation, as the policy sees it
  + response    data.max_response_length             (else the rollout's response_length)
  + rubric      instructions + rubric, rendered      scan of data.train_files / val_files with the real
                                                     prompt code, or reward.rubric.judge_context.rubric_tokens
  + shaping     criteria the shaping chain appends   (reward.rubric.shaping, e.g. rifl's anti-hacking questions)
  + verdict     LLMVerifier.completion_budget(ids)   verdict JSON bound plus reasoning_tokens
  <= max_model_len of the judge

The judge's context comes from the worker group (``reward.rubric.worker_group.models.<m>.max_model_len``),
the engine backend (``backend.max_model_len``), a declared ``backend.max_model_len`` on the ``http``
backend, or ``reward.reward_model.rollout.max_model_len`` for verl's reward router. Too small is a
:class:`~rubric_plugin.errors.ConfigError` naming both numbers and the keys to change. A judge whose
context is unknown (a hosted API without a declared ``max_model_len``) gets a warning.

Rubric and shaping are counted with the judge's tokenizer when its model is a local directory,
else the policy's, else estimated at one token per :data:`BYTES_PER_TOKEN` bytes of UTF-8. Prompt and
response are counted in policy tokens; two tokenizers differ by a few percent, which the run-time
rule below absorbs.

**At run time** one rule applies to a request that does not fit (the judge refuses it as too long,
or answers with fewer tokens than asked because its context ran out, or the engine backend's
pre-check finds it too long): the middle of the response is replaced by :data:`OMISSION` and the
request is re-sent, at most :data:`MAX_FITS` times. The judge sees the response's beginning and
end and is told that text was left out; the characters left out are recorded in
``rubric_verifier_judge_truncated_chars``. A request whose rubric and conversation alone overflow
fails as a ``ContextOverflowError`` (unscorable, or a failed step under ``on_failure=raise``). It
never becomes a storm of HTTP 400s.
"""
from __future__ import annotations

import logging
import math
import os
import re
from dataclasses import dataclass, fields, replace
from typing import Any, Callable, Iterable, Mapping, Sequence

from rubric_plugin.errors import ConfigError, ContextOverflowError

logger = logging.getLogger(__name__)

#: Fallback token estimate: one token per this many UTF-8 bytes (generous for English text).
BYTES_PER_TOKEN = 3
#: Tokens a chat template adds around the system and user messages (role markers, turn ends).
TEMPLATE_TOKENS = 32
#: Re-sends of one request with a shorter response before it fails.
MAX_FITS = 3
OMISSION = "\n[... {n} characters of the response are left out here: it does not fit the judge's context ...]\n"
#: Rows whose rubric is rendered with the tokenizer: the longest by bytes (the rest cannot be larger).
SCAN_TOP_ROWS = 256
_LIMIT = re.compile(r"maximum (?:context|model) length (?:is|of) (\d+)", re.IGNORECASE)
_PROMPT = re.compile(r"(?:contains (?:at least )?(\d+) input tokens|\((\d+) in the messages|prompt \(length (\d+)\)"
                     r"|Input length \((\d+)\))", re.IGNORECASE)

TokenCounter = Callable[[str], int]


# -- run time: one rule for a request that does not fit ----------------------------------------------
def overflow_from_message(text: str) -> tuple[int | None, int | None] | None:
    """``(limit, prompt_tokens)`` if ``text`` is a server's "too long for the context" error, else None."""
    m = _LIMIT.search(text) or re.search(r"longer than the maximum model length of (\d+)", text)
    if m is None:
        return None
    p = _PROMPT.search(text)
    prompt = next((int(g) for g in p.groups() if g), None) if p else None
    return int(m.group(1)), prompt


def chars_to_drop(err: ContextOverflowError, prompt_chars: int) -> int | None:
    """Response characters to leave out so the request fits; None when the judge gave no numbers."""
    if err.limit is None or err.prompt_tokens is None or err.max_tokens is None or err.prompt_tokens <= 0:
        return None
    excess = err.prompt_tokens + err.max_tokens - err.limit
    chars_per_token = max(prompt_chars, 1) / err.prompt_tokens
    # 10% and 16 tokens of slack: the response's own characters per token may differ from the average
    return max(1, math.ceil((excess + 16) * chars_per_token * 1.1))


def shorten_middle(text: str, drop: int) -> tuple[str, int]:
    """``text`` with at least ``drop`` characters of its middle replaced by :data:`OMISSION`;
    ``("", len(text))`` when nothing of it can stay. Returns the new text and the characters left out."""
    keep = len(text) - drop - len(OMISSION.format(n=len(text)))
    if keep <= 0:
        return "", len(text)
    head = keep // 2 + keep % 2
    cut = len(text) - keep
    return text[:head] + OMISSION.format(n=cut) + text[len(text) - keep // 2:], cut


# -- before the first step: the arithmetic ------------------------------------------------------------
@dataclass(frozen=True)
class JudgeContextConfig:
    """``reward.rubric.judge_context``: a declared bound in place of the startup data scan."""

    #: Tokens of the verifier's instructions and rendered rubric, without the conversation, the
    #: response and the shaping criteria. Null (default): measured by scanning the training data.
    rubric_tokens: int | None = None
    #: With ``rubric_tokens``: the most ``llm`` criteria of one row (sizes the verdict budget).
    max_criteria: int | None = None
    #: With ``rubric_tokens``: the longest criterion id (the converters write ``q1`` ... ``qN``).
    id_chars: int = 8

    def __post_init__(self) -> None:
        for key in ("rubric_tokens", "max_criteria", "id_chars"):
            value = getattr(self, key)
            if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 1):
                raise ConfigError(f"reward.rubric.judge_context.{key}={value!r}; expected a positive integer"
                                  + ("" if key == "id_chars" else " or null"))
        if (self.rubric_tokens is None) != (self.max_criteria is None):
            raise ConfigError("reward.rubric.judge_context: set rubric_tokens and max_criteria together (a declared "
                              "bound), or neither (the training data is scanned)")

    @classmethod
    def from_mapping(cls, raw: Mapping[str, Any] | None) -> "JudgeContextConfig":
        raw = dict(raw or {})
        allowed = {f.name for f in fields(cls)}
        unknown = sorted(set(raw) - allowed)
        if unknown:
            raise ConfigError(f"reward.rubric.judge_context has unknown keys {unknown}; allowed: {sorted(allowed)}")
        return cls(**raw)


@dataclass(frozen=True)
class ContextNeed:
    """The worst-case request, term by term (tokens)."""

    prompt: int
    response: int
    rubric: int
    shaping: int
    verdict: int
    #: Where ``rubric`` and ``verdict`` come from: ``data scan (N rows)`` or ``declared``.
    rubric_source: str = "declared"

    @property
    def total(self) -> int:
        return self.prompt + self.response + self.rubric + self.shaping + self.verdict

    def explain(self) -> str:
        return (f"{self.total} = prompt {self.prompt} (data.max_prompt_length) + response {self.response} "
                f"(data.max_response_length) + instructions and rubric {self.rubric} ({self.rubric_source}) + "
                f"shaping criteria {self.shaping} (reward.rubric.shaping) + verdict and reasoning {self.verdict} "
                "(verifier reason_max_chars / max_tokens / reasoning_tokens)")


def check_fits(limit: int, limit_key: str, need: ContextNeed, what: str = "judge") -> None:
    """Raise :class:`ConfigError` unless ``need.total <= limit``."""
    if need.total <= limit:
        return
    raise ConfigError(
        f"the {what}'s context {limit_key}={limit} is smaller than the worst-case judging request "
        f"{need.explain()}. Raise {limit_key} to at least {need.total} (the judge model must support it), or lower "
        "data.max_response_length / data.max_prompt_length, the verifier's reason_max_chars or reasoning_tokens. "
        "Too small a context makes long responses unjudgeable (see docs/recipes.md, Sizing the judge's context)")


# -- the judge's context --------------------------------------------------------------------------------
def _get(node: Any, *path: str) -> Any:
    for key in path:
        node = node.get(key) if hasattr(node, "get") else None
        if node is None:
            return None
    return node


def judge_limit(verifier: Any, config: Any, key: str) -> tuple[int | None, str, str | None]:
    """``(max_model_len or None, the key that sets it, the judge's local model directory or None)``."""
    backend = getattr(verifier, "backend", None)
    engine_args = getattr(backend, "engine_args", None)
    if isinstance(engine_args, Mapping):
        return engine_args.get("max_model_len"), f"{key}.backend.max_model_len", getattr(backend, "model_path", None)
    group = getattr(backend, "worker_group_model", None)
    if group is not None:
        node = _get(config, "reward", "rubric", "worker_group", "models", group)
        return (_get(node, "max_model_len"), f"reward.rubric.worker_group.models.{group}.max_model_len",
                _get(node, "model_path"))
    declared = getattr(backend, "max_model_len", None)
    if declared is not None:
        return declared, f"{key}.backend.max_model_len", None
    if "router" in (getattr(backend, "urls", None) or ()):
        return (_get(config, "reward", "reward_model", "rollout", "max_model_len"),
                "reward.reward_model.rollout.max_model_len", _get(config, "reward", "reward_model", "model_path"))
    return None, f"{key}.backend.max_model_len", None


# -- counting -------------------------------------------------------------------------------------------
def estimate_tokens(text: str) -> int:
    return math.ceil(len(text.encode("utf-8")) / BYTES_PER_TOKEN)


def token_counter(*model_dirs: str | None) -> TokenCounter:
    """Counts with the first local model directory's tokenizer that loads, else :func:`estimate_tokens`."""
    for path in model_dirs:
        if not (isinstance(path, str) and os.path.isdir(path)):
            continue
        try:
            from transformers import AutoTokenizer

            tok = AutoTokenizer.from_pretrained(path)
        except Exception as e:  # noqa: BLE001 - any tokenizer trouble falls back to the next source
            logger.info("judge context check: no tokenizer from %s (%s)", path, e)
            continue
        return lambda text: len(tok(text, add_special_tokens=False)["input_ids"])
    return estimate_tokens


def _messages_tokens(messages: Sequence[Mapping[str, str]], count: TokenCounter) -> int:
    return sum(count(m["content"]) for m in messages) + TEMPLATE_TOKENS


def _groups(verifier: Any, criteria: Sequence[Any]) -> list[list[Any]]:
    return [list(criteria)] if getattr(verifier, "mode", "all") == "all" else [[c] for c in criteria]


def shaping_criteria(chain: Any) -> tuple[Any, ...]:
    """The ``llm`` criteria the shaping chain appends to every rubric."""
    if chain is None:
        return ()
    from rubric_plugin.schema import Criterion, Message, RubricRecord

    probe = RubricRecord((Message("user", ""),), (Criterion(id="probe", question=""),))
    return tuple(c for c in chain.augment(probe).criteria[1:] if c.kind == "llm")


def _rubric_lines(criteria: Sequence[Any], start: int) -> str:
    return "\n".join(f"{start + i + 1}. id={c.id}: {c.question}" for i, c in enumerate(criteria))


def scan_need(records: Iterable[Any], verifier: Any, extra: Sequence[Any], count: TokenCounter) -> tuple[int, int, int, int]:
    """``(rubric, shaping, verdict, rows)`` maxima over ``records``: rendered instructions and rubric
    with the conversation and response left empty, the shaping criteria's rubric lines, and the
    verdict budget of the largest request."""
    from rubric_plugin.schema import Message
    from rubric_plugin.verifier import prompt

    rows = []
    n = 0
    for record in records:
        n += 1
        llm = [c for c in record.criteria if c.kind == "llm"]
        if not llm and not extra:
            continue
        hollow = replace(record, messages=tuple(Message(m.role, "") for m in record.messages))
        for group in _groups(verifier, [*llm, *extra]):
            own = [c for c in group if c not in extra]
            rendered = prompt.render(hollow, "", own or group[:1], layout=verifier.layout)
            text = "".join(m["content"] for m in rendered.messages)
            rows.append((len(text.encode("utf-8")), rendered.messages, group, len(own)))
    rows.sort(key=lambda r: r[0], reverse=True)
    rubric = verdict = shaping = 0
    for _, messages, group, n_own in rows[:SCAN_TOP_ROWS]:
        rubric = max(rubric, _messages_tokens(messages, count))
        verdict = max(verdict, verifier.completion_budget([c.id for c in group]))
        shaping = max(shaping, count(_rubric_lines(group[n_own:], n_own)) if n_own < len(group) else 0)
    return rubric, shaping, verdict, n


def declared_need(cfg: JudgeContextConfig, verifier: Any, extra: Sequence[Any], count: TokenCounter
                  ) -> tuple[int, int, int]:
    """``(rubric, shaping, verdict)`` from a declared bound: ``max_criteria`` ids of ``id_chars`` characters."""
    ids = [f"{i:0{cfg.id_chars}d}" for i in range(cfg.max_criteria)] + [c.id for c in extra]
    groups = [ids] if getattr(verifier, "mode", "all") == "all" else [[i] for i in ids]
    verdict = max(verifier.completion_budget(g) for g in groups)
    shaping = count(_rubric_lines(extra, cfg.max_criteria)) if extra else 0
    return cfg.rubric_tokens, shaping, verdict


# -- wiring: the run's judges, its data, its limits ----------------------------------------------------
def _judges(config: Any, rubric_cfg: Any) -> list[tuple[str, str, Any, Any]]:
    """``(what, config key, verifier, shaping chain)`` of every judge the run's reward will call."""
    from rubric_plugin.preflight import _plain, build_judge, plugin_reward
    from rubric_plugin.shaping import chain_for

    kind = plugin_reward(config)
    if kind is None:
        return []
    if kind == "reward_fn":
        from rubric_plugin.reward_fn import KWARGS_KEY, config_from_kwargs

        kwargs = _get(config, "reward", "custom_reward_function", "reward_kwargs") or {}
        fn_cfg = config_from_kwargs({k: _plain(v) for k, v in kwargs.items()})
        return [("judge", f"{KWARGS_KEY}.verifier", build_judge(config, rubric_cfg), chain_for(fn_cfg.shaping))]
    chain = chain_for(rubric_cfg.shaping)
    out = [("judge", "reward.rubric.verifier", build_judge(config, rubric_cfg), chain)]
    if rubric_cfg.reference is not None:
        from rubric_plugin.monitor import ReferenceConfig, build_reference_verifier

        ref = build_reference_verifier(ReferenceConfig.from_mapping(rubric_cfg.reference))
        out.append(("reference judge", "reward.rubric.reference.verifier", ref, chain))
    return out


def _records(config: Any) -> Iterable[Any]:
    from rubric_plugin.convert.verl_rows import record_from_ground_truth
    from rubric_plugin.errors import RubricSchemaError
    from rubric_plugin.preflight import _ground_truths, data_files

    for path in data_files(config):
        if not (path.endswith(".parquet") and os.path.isfile(path)):
            continue
        for _, ground_truth in _ground_truths(path):
            try:
                yield record_from_ground_truth(ground_truth)
            except RubricSchemaError:
                continue  # the startup data scan reports it


def check_judge_context(config: Any, rubric_cfg: Any = None, scan_data: bool = True, warn: bool = True
                        ) -> list[tuple[int, ContextNeed]]:
    """Check every judge of the run (see the module docstring); returns ``(limit, need)`` per checked judge."""
    from rubric_plugin.config import from_verl_config

    rubric_cfg = rubric_cfg if rubric_cfg is not None else from_verl_config(config)
    checked = []
    for what, key, verifier, chain in _judges(config, rubric_cfg):
        result = check_verifier(config, rubric_cfg, verifier, chain, key, what, scan_data, warn)
        if result is not None:
            checked.append(result)
    return checked


def check_verifier(config: Any, rubric_cfg: Any, verifier: Any, chain: Any, key: str = "reward.rubric.verifier",
                   what: str = "judge", scan_data: bool = True, warn: bool = True) -> tuple[int, ContextNeed] | None:
    """Check one built verifier; None when it has no model behind it or its context is unknown.

    ``scan_data=False`` (the reward manager) skips the data scan: without a declared bound the
    rubric counts as 0, so only a context too small even for that is refused.
    """
    from rubric_plugin.manager import max_response_length

    if not hasattr(verifier, "completion_budget"):
        return None  # no model behind it (rules, none)
    limit, limit_key, judge_dir = judge_limit(verifier, config, key)
    if limit is None:
        if warn:
            logger.warning("rubric %s: its context length is unknown, so nothing checks that the worst-case judging "
                           "request fits it; declare it with %s=<tokens> (a hosted API's documented context "
                           "window)", what, limit_key)
        return None
    declared = JudgeContextConfig.from_mapping(getattr(rubric_cfg, "judge_context", None))
    extra = shaping_criteria(chain)
    if declared.rubric_tokens is not None:
        count = token_counter(judge_dir, _get(config, "actor_rollout_ref", "model", "path"))
        rubric, shaping, verdict = declared_need(declared, verifier, extra, count)
        source = "declared: reward.rubric.judge_context"
    elif scan_data:
        count = token_counter(judge_dir, _get(config, "actor_rollout_ref", "model", "path"))
        rubric, shaping, verdict, rows = scan_need(_records(config), verifier, extra, count)
        source = f"data scan of {rows} rows"
    else:
        rubric, shaping, verdict = 0, 0, verifier.completion_budget([c.id for c in extra])
        source = "not scanned here"
    need = ContextNeed(int(_get(config, "data", "max_prompt_length") or 0), int(max_response_length(config) or 0),
                       rubric, shaping, verdict, source)
    check_fits(int(limit), limit_key, need, what)
    logger.info("rubric %s: context %s=%d holds the worst-case request %s", what, limit_key, limit, need.explain())
    return int(limit), need
