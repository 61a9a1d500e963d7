"""Typed configuration of the rubric reward, read from ``reward.rubric`` of verl's config.

YAML (see ``conf/``)::

    reward:
      reward_manager: {source: register, name: rubric}
      rubric:
        train_on: all_or_nothing
        hybrid_bonus: 0.5
        on_failure: unscorable
        # no default: a judge preset (+verifier@reward.rubric.verifier=vllm_server ...), or none
        verifier: {_target_: rubric_plugin.verifier.llm.LLMVerifier, backend: {...}}

There is no default verifier: leaving ``reward.rubric.verifier`` unset is a :class:`ConfigError`
when the reward manager, a ``compute_score`` entry point or the ``rubric_sync`` trainer is built.
Check-only data says ``verifier: none``; the rule-based test verifier is ``verifier: rules``.
"""
from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any, Mapping, Sequence

from rubric_plugin.aggregate import AGGREGATIONS
from rubric_plugin.budget import validate_budget
from rubric_plugin.errors import ConfigError

#: What happens to a sample whose verdicts could not be obtained.
FAILURE_POLICIES = ("unscorable", "raise")

#: The presets of ``conf/verifier/`` (``+verifier@reward.rubric.verifier=<name>``), with what each is for.
VERIFIER_PRESETS = {
    "vllm_server": "a judge served by `vllm serve` (set backend.base_url)",
    "openai": "a hosted OpenAI-compatible API",
    "reward_router": "verl's reward-model pool",
    "vllm_engine": "an in-process vLLM engine (offline jobs)",
    "worker_group": "the plugin's verifier worker group",
    "none": "no judge: check-only data; an llm criterion fails the run",
    "rules": "the rule-based TEST verifier (tests and demos, not a judge)",
}
#: Presets that need no setting, also accepted as a plain string (``reward.rubric.verifier: none``).
VERIFIER_SHORTHANDS = {
    "none": {"_target_": "rubric_plugin.verifier.none.NoVerifier"},
    "rules": {"_target_": "rubric_plugin.verifier.rules.RuleVerifier"},
}
#: Hydra's marker of a mandatory value nobody set.
MISSING = "???"


def presets_help() -> str:
    """One line per verifier preset, for error messages."""
    return "; ".join(f"{name}: {what}" for name, what in VERIFIER_PRESETS.items())


def unset_verifier_error(key: str = "reward.rubric.verifier") -> ConfigError:
    return ConfigError(
        f"{key} is not set and has no default: the plugin never scores llm criteria without a judge you chose. "
        f"Select a preset with +verifier@{key}=<name> (or `{key}: none` for check-only data). "
        f"Presets: {presets_help()}")


def _normalise_verifier(node: Any, key: str = "reward.rubric.verifier") -> dict[str, Any] | None:
    """``None`` (unset), a shorthand string, or a Hydra node with a ``_target_``; anything else is a ConfigError."""
    if node is None:
        return None
    if isinstance(node, str):
        if node in VERIFIER_SHORTHANDS:
            return dict(VERIFIER_SHORTHANDS[node])
        raise ConfigError(f"{key}={node!r}: only {sorted(VERIFIER_SHORTHANDS)} can be given as a name; select "
                          f"any preset with +verifier@{key}=<name> instead. Presets: {presets_help()}")
    if not isinstance(node, Mapping) or "_target_" not in node:
        raise ConfigError(f"{key}={node!r} needs a _target_; pick a preset with +verifier@{key}=<name> "
                          f"or set {key}._target_. Presets: {presets_help()}")
    missing = _missing_paths(node, key)
    if missing:
        raise ConfigError(f"{missing} not set (???): the verifier preset needs a value there, e.g. "
                          f"{key}.backend.base_url=http://judge-host:8000/v1 for a `vllm serve` endpoint")
    if "block_size" in node:
        from rubric_plugin.verifier.align import check_block_size

        check_block_size(node["block_size"], f"{key}.block_size")
    return dict(node)


def _missing_paths(node: Any, path: str) -> list[str]:
    if isinstance(node, str):
        return [path] if node == MISSING else []
    if isinstance(node, Mapping):
        return [p for k, v in node.items() for p in _missing_paths(v, f"{path}.{k}")]
    if isinstance(node, (list, tuple)):
        return [p for i, v in enumerate(node) for p in _missing_paths(v, f"{path}[{i}]")]
    return []


@dataclass(frozen=True)
class RubricRewardConfig:
    """Settings of the ``rubric`` reward manager and of the ``compute_score`` entry points."""

    #: Aggregation used as the training reward; all four are always reported.
    #: Default all_or_nothing, RIFL's choice after its ablation.
    train_on: str = "all_or_nothing"
    #: Weight of the fractional bonus in the hybrid aggregation, in [0, 1].
    hybrid_bonus: float = 0.5
    #: ``unscorable``: the sample's reward is NaN, it is counted and its reason recorded, and the
    #: ``rubric_grpo`` advantage estimator keeps it out of the update. ``raise``: fail the step.
    on_failure: str = "unscorable"
    #: Hydra node instantiated into the verifier of ``llm`` criteria (``_target_`` + kwargs), or one of
    #: :data:`VERIFIER_SHORTHANDS` by name. No default (None): building a verifier from an unset
    #: key is a ConfigError listing the presets, so no run is ever judged by a seam nobody chose.
    verifier: Mapping[str, Any] | str | None = None
    #: The verifier worker group (``conf/worker_group/``), read by the rubric trainer through
    #: :class:`rubric_plugin.worker_group.WorkerGroupConfig`; the reward manager ignores it.
    worker_group: Mapping[str, Any] | None = None
    #: Per-step metrics of the ``rubric_sync`` trainer (:class:`rubric_plugin.trainer_config.TrainerMetricsConfig`).
    metrics: Mapping[str, Any] | None = None
    #: Reference-judge monitor (:class:`rubric_plugin.monitor.ReferenceConfig`): a second verifier
    #: re-scores a sampled fraction of rollouts; None (default) turns it off.
    reference: Mapping[str, Any] | None = None
    #: Ordered reward-shaping hooks (``conf/shaping/``), each a Hydra node (``_target_`` + kwargs,
    #: optional ``enabled: false``); built by :func:`rubric_plugin.shaping.build_shaping`. Empty: no shaping.
    shaping: Sequence[Mapping[str, Any]] = ()
    #: A declared bound on the judge's instructions and rubric (``rubric_tokens``, ``max_criteria``)
    #: for the startup context check (:mod:`rubric_plugin.verifier.context`); None: the data is scanned.
    judge_context: Mapping[str, Any] | None = None
    #: Largest share of unscorable samples over the last ``unscorable_window`` training steps before the
    #: ``rubric_sync`` trainer fails the run (:mod:`rubric_plugin.budget`). Default 0.5: past half the
    #: batch, the verifier is broken, not noisy. 1.0 turns the budget off.
    max_unscorable_fraction: float = 0.5
    #: Training steps the unscorable budget pools over. Default 5: one bad step between healthy ones
    #: passes, a total outage fails the run after its first step (or by its third, mid-run).
    unscorable_window: int = 5
    #: Longest time one sample's reward may take in a reward worker, in seconds: judge calls, retries,
    #: the reference monitor and waiting behind the worker's other samples for a request slot. Past it
    #: the manager raises :class:`~rubric_plugin.errors.RewardDeadlineError` and the ``rubric_sync``
    #: watchdog fails the job, so a reward worker that is alive but stuck (a hung connection, a
    #: deadlock) cannot stall a step forever. Default 3600: far above what a healthy or even a failing
    #: judge takes (each judge call gives up at its retry deadline, 300 s by default), so it fires
    #: only on a hang. null: no deadline.
    sample_deadline_s: float | None = 3600.0
    #: A verifier model directory whose ``rubric_plugin_verifier.json`` names another prompt template
    #: than the configured verifier sends (:mod:`rubric_plugin.verifier_training.template_meta`):
    #: ``refuse`` (default: a finetuned verifier behind a changed prompt judges worse, silently) or ``warn``.
    template_mismatch: str = "refuse"
    #: Seconds between the ``rubric_sync`` trainer's checks for a finished batch. verl's sync replay
    #: buffer checks every 2 s, so a step waited up to 2 s after its last reward was ready (half a
    #: step of a small run). Default 0.25; null keeps verl's interval. Other modes keep verl's.
    sync_poll_s: float | None = 0.25

    def __post_init__(self) -> None:
        if self.train_on not in AGGREGATIONS:
            raise ConfigError(f"reward.rubric.train_on={self.train_on!r}; expected one of {list(AGGREGATIONS)}")
        if not isinstance(self.hybrid_bonus, (int, float)) or not 0 <= self.hybrid_bonus <= 1:
            raise ConfigError(f"reward.rubric.hybrid_bonus={self.hybrid_bonus!r}; expected a number in [0, 1]")
        if self.on_failure not in FAILURE_POLICIES:
            raise ConfigError(f"reward.rubric.on_failure={self.on_failure!r}; expected one of {list(FAILURE_POLICIES)}")
        validate_budget(self.max_unscorable_fraction, self.unscorable_window)
        if self.sample_deadline_s is not None and (isinstance(self.sample_deadline_s, bool) or not isinstance(
                self.sample_deadline_s, (int, float)) or not self.sample_deadline_s > 0):
            raise ConfigError(f"reward.rubric.sample_deadline_s={self.sample_deadline_s!r}; expected a number of "
                              "seconds > 0, or null for no deadline")
        if self.sync_poll_s is not None and (isinstance(self.sync_poll_s, bool) or not isinstance(
                self.sync_poll_s, (int, float)) or not 0 < self.sync_poll_s <= 60):
            raise ConfigError(f"reward.rubric.sync_poll_s={self.sync_poll_s!r}; expected seconds in (0, 60], or "
                              "null for verl's 2 s")
        if self.template_mismatch not in ("refuse", "warn"):
            raise ConfigError(f"reward.rubric.template_mismatch={self.template_mismatch!r}; expected one of "
                              "['refuse', 'warn']")
        object.__setattr__(self, "verifier", _normalise_verifier(self.verifier))
        shaping = () if self.shaping is None else self.shaping
        if isinstance(shaping, (str, Mapping)) or not all(isinstance(n, Mapping) and "_target_" in n for n in shaping):
            raise ConfigError(f"reward.rubric.shaping={self.shaping!r}; expected a list of hooks, each with a _target_ "
                              "(pick a chain with +shaping@reward.rubric.shaping=rifl)")
        object.__setattr__(self, "shaping", tuple(dict(n) for n in shaping))

    @classmethod
    def from_mapping(cls, raw: Mapping[str, Any] | None) -> "RubricRewardConfig":
        """Build from a dict or DictConfig; unknown keys are an error naming the allowed ones."""
        if raw is None:
            return cls()
        try:
            from omegaconf import DictConfig, OmegaConf

            if isinstance(raw, DictConfig):
                raw = OmegaConf.to_container(raw, resolve=True)
        except ImportError:  # pragma: no cover - omegaconf always ships with verl
            pass
        allowed = {f.name for f in fields(cls)}
        unknown = sorted(set(raw) - allowed)
        if unknown:
            raise ConfigError(f"reward.rubric has unknown keys {unknown}; allowed: {sorted(allowed)}")
        return cls(**dict(raw))


def from_verl_config(config: Any) -> RubricRewardConfig:
    """Read ``reward.rubric`` from verl's config (absent = defaults)."""
    reward = config.get("reward") if hasattr(config, "get") else None
    return RubricRewardConfig.from_mapping(reward.get("rubric") if reward is not None else None)


def instantiate_verifier(node: Mapping[str, Any] | str | None, key: str = "reward.rubric.verifier"):
    """Instantiate a verifier node (``_target_`` + kwargs) through Hydra; an unset or bad node is a
    ConfigError naming ``key`` (and, when unset, listing the presets)."""
    from hydra.errors import InstantiationException
    from hydra.utils import instantiate

    node = _normalise_verifier(node, key)
    if node is None:
        raise unset_verifier_error(key)
    try:
        return instantiate(dict(node), _convert_="all")
    except InstantiationException as e:
        cause = e.__cause__ or e
        raise ConfigError(f"{key} could not be built: {cause}; check the keys against "
                          f"conf/verifier/ (target {node.get('_target_')!r})") from e


def build_verifier(cfg: RubricRewardConfig):
    """Instantiate the configured verifier through Hydra's ``instantiate``; unset is a ConfigError.

    A local verifier model trained on another prompt template is refused or warned about
    (``template_mismatch``, :mod:`rubric_plugin.verifier_training.template_meta`)."""
    from rubric_plugin.verifier_training.template_meta import check_verifier

    verifier = instantiate_verifier(cfg.verifier)
    check_verifier(verifier, cfg.worker_group, cfg.template_mismatch)
    return verifier
