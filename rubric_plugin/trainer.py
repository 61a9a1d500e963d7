"""The ``rubric_sync`` trainer mode: verl's synchronous V1 trainer plus the rubric verifier's lifecycle and metrics.

Select it with ``trainer.v1.trainer_mode=rubric_sync`` (every recipe in ``conf/`` does). The
class is registered in verl's ``TRAINER_REGISTRY`` when verl imports ``verl.trainer.ppo.v1``
(see :mod:`rubric_plugin.import_hook`), so no other process pays for that import.

What it adds to :class:`verl.trainer.ppo.v1.PPOTrainerSync`, and the verl internals it touches:

* **Verifier worker group** (``reward.rubric.worker_group``): ``_init_resource_pool_mgr`` adds the
  group's GPUs to ``resource_pool_spec`` so verl's up-front GPU count covers them (verl creates
  placement groups lazily and never for a pool without workers); ``_setup`` starts the group after
  verl's own setup and stops it if setup fails; ``fit`` stops it in a ``finally`` (verl's
  ``on_train_end`` is skipped on the last step and on errors).
* **Per-step metrics**: ``_compute_metrics`` (the one hook that still sees the batch in the
  TransferQueue) reads each sample's ``extra_fields["reward_extra_info"]`` and ``rm_scores`` (and
  ``token_level_rewards`` when verl wrote them) with ``transfer_queue.kv_batch_get``, adds
  :func:`rubric_plugin.metrics.step_metrics` to the step's metrics, which verl's ``Tracking`` logs
  (console, W&B, file...), and replaces verl's ``critic/score/*`` and ``critic/rewards/*``, which
  one unscorable (NaN) sample turns into NaN, with their scorable-only values
  (:func:`rubric_plugin.metrics.scorable_reward_stats`). Every ``table_freq`` steps a W&B table of
  sampled verdicts goes to the ``wandb`` backend only.
* **Unscorable budget** (``reward.rubric.max_unscorable_fraction`` over ``unscorable_window``
  steps, :mod:`rubric_plugin.budget`): in ``_compute_metrics`` too, over the whole step's batch
  (each reward worker sees only its own slice); past it the step's metrics are logged and the run
  fails with :class:`~rubric_plugin.errors.UnscorableBudgetError`.
* **Reward-worker watchdog** (:mod:`rubric_plugin.watchdog`): ``_setup`` creates the failure board
  before verl starts the reward workers (``self.reward_loop_manager.reward_loop_workers``) and a
  thread that fails the job on the first reward failure or dead reward worker; ``fit`` stops it.
* **Resume** (``trainer.resume_mode=auto``): ``fit`` binds verl's W&B tracker to the run id kept
  beside the checkpoints (:func:`rubric_plugin.resume.bind_wandb_run`), so a resumed run continues
  its W&B run; the worker group, the watchdog and the unscorable window start fresh (docs/trainer.md).
* **Provenance** (:mod:`rubric_plugin.provenance`): ``__init__`` writes ``provenance.json`` into
  ``trainer.default_local_dir`` and adds ``rubric_provenance`` to the config verl's ``Tracking`` logs
  to W&B, so every launch records it, whatever started it.
* **A clean W&B exit** (:mod:`rubric_plugin.tracking`): ``fit`` finishes verl's tracker and tears down
  W&B's service in its ``finally``, before Ray stops the TaskRunner.
* ``trainer_mode`` is pinned to ``"sync"``: verl switches on asynchronous behaviour (replay buffer,
  TransferQueue persistence) for any mode name other than ``"sync"``. Mode settings are therefore
  read from ``trainer.v1.sync``.

All of this lives in :class:`RubricTrainerMixin`; :class:`RubricTrainer` puts it on verl's
``PPOTrainerSync``, and :mod:`rubric_plugin.trainer_async` on verl's two asynchronous modes
(``rubric_colocate_async``, ``rubric_separate_async``), each pinning ``trainer_mode`` to verl's
own name of the mode.
"""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from typing import Any

import transfer_queue as tq
from verl.trainer.ppo.v1 import PPOTrainerSync, register_trainer

from rubric_plugin.budget import UnscorableWindow, count_step
from rubric_plugin.config import from_verl_config
from rubric_plugin.errors import ConfigError, UnscorableBudgetError
from rubric_plugin.estimators import advantage_on_scorable, check_estimator
from rubric_plugin.sampling import with_filtered, with_rubric_filter, with_sync_poll
from rubric_plugin.metrics import (VERL_REWARD_STAT_KEYS, reward_tail_metrics, scorable_reward_stats, step_metrics,
                                   verdict_table)
from rubric_plugin.monitor import ReferenceMonitor, reference_metrics
from rubric_plugin.preflight import preflight
from rubric_plugin.resume import bind_wandb_run
from rubric_plugin.tracking import finish_tracking
from rubric_plugin.trainer_config import TRAINER_MODE, TrainerMetricsConfig
from rubric_plugin.watchdog import RewardWatchdog, start_board

logger = logging.getLogger(__name__)


def extra_columns(extra_fields: list[Any]) -> dict[str, list[Any]]:
    """Columns of ``reward_extra_info`` from per-sample ``extra_fields`` dicts (missing keys -> None)."""
    infos = [(f.get("reward_extra_info") or {}) if isinstance(f, dict) else {} for f in extra_fields]
    keys: list[str] = []
    for info in infos:
        keys.extend(k for k in info if k not in keys)
    return {k: [info.get(k) for info in infos] for k in keys}


def row_sums(values) -> tuple[list[float], list[int]]:
    """Per-row sum and length of a TransferQueue field (a jagged nested tensor, or a plain 2-D tensor)."""
    rows = values.unbind(0)
    return [float(r.sum()) for r in rows], [int(r.numel()) for r in rows]


@dataclass
class StepData:
    """What the trainer reads back for its metrics: one entry per non-padding sample."""

    #: ``reward_extra_info`` columns (see :func:`extra_columns`).
    extra: dict[str, list[Any]]
    #: Summed ``rm_scores`` (verl's sequence score), NaN for an unscorable sample.
    scores: list[float]
    #: Summed ``token_level_rewards`` (the score after an in-reward KL penalty); the scores without one.
    rewards: list[float]
    #: Response token counts (0 for an aborted sample).
    response_lengths: list[int]
    #: Decoded responses, when asked for.
    responses: list[str] | None = None


class RubricTrainerMixin:
    """The rubric mechanism, shared by every rubric trainer mode: put it before one of verl's trainer
    classes (``class T(RubricTrainerMixin, PPOTrainerSync)``) and set :attr:`verl_mode`.

    It overrides only hooks every verl 0.9.1 mode runs (``__init__``, ``_build_replay_buffer``,
    ``_compute_advantage``, ``_init_resource_pool_mgr``, ``_setup``, ``fit``, ``on_step_begin``,
    ``_compute_metrics``),
    each calling ``super()`` first or around it, so a mode's own overrides (separate_async's
    resource pools, standalone rollout, weight-sync hooks) run unchanged.
    """

    #: verl's own mode name (``sync``, ``colocate_async``, ``separate_async``): verl branches on it
    #: (``== "sync"`` picks the synchronous replay buffer) and reads the mode's settings from
    #: ``trainer.v1.<verl_mode>``.
    verl_mode: str = "sync"
    #: The ``trainer.v1.trainer_mode`` value that selects the class (log lines name it).
    rubric_mode: str = TRAINER_MODE

    # verl assigns self.trainer_mode from the config (the rubric name); the class answers verl's name
    trainer_mode = property(lambda self: self.verl_mode, lambda self, value: None)

    def __init__(self, config) -> None:
        # fail before any GPU is claimed: the reward settings, the metrics settings, the group
        from rubric_plugin.worker_group import WorkerGroupConfig

        self.rubric_cfg = from_verl_config(config)
        # an estimator the V1 trainer cannot feed (remax, gdpo, ...) fails here, naming why (rubric_plugin.estimators)
        check_estimator(config.algorithm.adv_estimator)
        # the judge (the reward workers build it again: a bad or unset key fails here, not in an actor) and the
        # startup data scan (every row's rubric; llm criteria under verifier: none), see rubric_plugin.preflight
        preflight(config, self.rubric_cfg)
        ReferenceMonitor.from_reward_config(self.rubric_cfg)  # likewise the reference judge (None when off)
        # the judges' contexts hold the worst-case request (rubric_plugin.verifier.context): before any GPU is claimed
        from rubric_plugin.verifier.context import check_judge_context

        check_judge_context(config, self.rubric_cfg)
        # every launch records what produced its rewards, beside its checkpoints and (through the config,
        # which verl's Tracking logs) in its W&B config (rubric_plugin.provenance)
        from rubric_plugin.provenance import record_run

        self.provenance = record_run(config)
        self.rubric_metrics_cfg = TrainerMetricsConfig.from_verl_config(config)
        # reward.rubric.max_unscorable_fraction over reward.rubric.unscorable_window steps (rubric_plugin.budget);
        # in memory: a resumed run starts a fresh window
        self.unscorable_budget = UnscorableWindow(self.rubric_cfg.max_unscorable_fraction,
                                                  self.rubric_cfg.unscorable_window)
        self.worker_group_cfg = WorkerGroupConfig.from_mapping(config.reward.get("rubric", {}).get("worker_group"))
        self.worker_group = None
        reward_model = config.reward.reward_model
        if reward_model.enable and not reward_model.enable_resource_pool:
            raise ConfigError(
                "reward.reward_model.enable=true with enable_resource_pool=false scores after rollout without "
                "the dataset's rubric; the rubric reward needs the streaming path: set "
                "reward.reward_model.enable_resource_pool=true (verl's reward-model pool) or serve the verifier "
                "with the worker group (+worker_group@reward.rubric.worker_group=gpu)")
        super().__init__(config)

    # ---- verifier worker group -------------------------------------------------------------
    # ---- unscorable samples and dynamic sampling (rubric_plugin.estimators, rubric_plugin.sampling) ----
    def _build_replay_buffer(self):
        # verl's sampler, built with verl's arguments, with unscorable members ignored by filter_groups
        return with_sync_poll(with_rubric_filter(super()._build_replay_buffer()), self.rubric_cfg.sync_poll_s)

    def _compute_advantage(self, batch, metrics):
        # verl's estimator on the scorable rows only; the others leave the loss (zero response_mask)
        verl_compute = super()._compute_advantage
        return advantage_on_scorable(lambda sub: verl_compute(sub, metrics), batch, self.config.algorithm, metrics)

    def _init_resource_pool_mgr(self):
        super()._init_resource_pool_mgr()
        if self.worker_group_cfg is not None:
            from rubric_plugin.worker_group import VerifierWorkerGroup

            spec = VerifierWorkerGroup(self.worker_group_cfg).gpu_pool_spec()
            self.resource_pool_manager.resource_pool_spec.update(spec)

    def _setup(self):
        try:
            # reward workers report their failures to this board; the watchdog fails the job on the first
            # one, or on a dead reward worker (rubric_plugin.watchdog: verl would train on without them)
            board = start_board()
            super()._setup()
            self.reward_watchdog = RewardWatchdog(board, self.reward_loop_manager.reward_loop_workers).start()
            if self.worker_group_cfg is not None:
                from rubric_plugin.worker_group import VerifierWorkerGroup

                self.worker_group = VerifierWorkerGroup(self.worker_group_cfg)
                self.worker_group.start()
                for name in self.worker_group_cfg.models:
                    logger.warning("rubric verifier worker group: %s served at %s", name,
                                   self.worker_group.urls(name))
        except BaseException:
            self.stop_watchdog()
            self.shutdown_verifier()
            raise

    def stop_watchdog(self) -> None:
        """Stop the reward-worker watchdog (idempotent)."""
        watchdog, self.reward_watchdog = getattr(self, "reward_watchdog", None), None
        if watchdog is not None:
            watchdog.stop()

    def shutdown_verifier(self) -> None:
        """Stop the verifier worker group (idempotent)."""
        group, self.worker_group = self.worker_group, None
        if group is not None:
            group.shutdown()

    def fit(self, agent_loop_manager):
        succeeded = False
        try:
            # verl loaded any checkpoint in _setup and creates its W&B tracker in fit: a resumed run
            # continues the W&B run of its checkpoint instead of opening a new one (rubric_plugin.resume)
            bind_wandb_run(self.config, resumed=self.global_steps > 0)
            result = super().fit(agent_loop_manager)
            succeeded = True
            return result
        finally:
            self.stop_watchdog()
            self.shutdown_verifier()
            # W&B's service torn down here, while it is alive, not by its exit hook (rubric_plugin.tracking)
            finish_tracking(getattr(self, "logger", None), exit_code=0 if succeeded else 1)

    # ---- metrics --------------------------------------------------------------------------
    def on_step_begin(self):
        # the wall-clock start of the step, for timing_s/reward_wait (the reward stamps are wall-clock)
        self._rubric_step_began_t = time.time()
        return super().on_step_begin()

    def _compute_metrics(self, batch, metrics, timing_raw, global_steps, epoch):
        super()._compute_metrics(batch, metrics, timing_raw, global_steps=global_steps, epoch=epoch)
        want_table = self.rubric_metrics_cfg.table_due(global_steps)
        step = self._read_step(batch, with_responses=want_table)
        if step is None:
            return
        # verl averaged NaN rewards into these; the scorable-only values replace them (a key with no
        # scorable sample is dropped rather than logged as NaN)
        for key in VERL_REWARD_STAT_KEYS:
            metrics.pop(key, None)
        metrics.update(scorable_reward_stats(step.scores, step.rewards, step.response_lengths))
        if not step.extra:
            return
        metrics.update(step_metrics(step.extra))
        metrics.update(reference_metrics(step.extra))
        # timing_s/reward_tail: last reward ready minus last rollout finished, and its share of the step;
        # timing_s/reward_wait: the part of it this step waited (less than the tail in the async modes)
        metrics.update(reward_tail_metrics(step.extra, timing_raw.get("step"),
                                           getattr(self, "_rubric_step_began_t", None)))
        if want_table:
            self._log_verdict_table(step.extra, step.responses, global_steps)
        self._check_unscorable_budget(step.extra, metrics, global_steps)

    def _check_unscorable_budget(self, extra, metrics, step: int) -> None:
        """Add the step to the unscorable window; past the budget, log the step's metrics, then raise."""
        budget = getattr(self, "unscorable_budget", None)
        if budget is None:
            return
        try:
            budget.observe(with_filtered(count_step(extra), metrics))
        except UnscorableBudgetError as e:
            metrics.update(budget.metrics())
            logger.error("%s: %s", self.rubric_mode, e)
            tracker = getattr(self, "logger", None)
            if tracker is not None:  # the failing step's metrics still reach the trackers (fit logs after us)
                tracker.log(data=metrics, step=step)
            raise
        metrics.update(budget.metrics())
        # steps the window holds: a resumed run starts a fresh window (docs/trainer.md, "Resume after preemption")
        metrics["rubric/unscorable_window_steps"] = float(len(budget.steps))

    def _read_step(self, batch, with_responses: bool) -> StepData | None:
        """The step's non-padding samples as :class:`StepData` (None when every row is padding)."""
        keep = [i for i, tag in enumerate(batch.tags) if not tag.get("is_padding", False)]
        if not keep:
            return None
        keys = [batch.keys[i] for i in keep]
        # a field nobody wrote (token_level_rewards without an in-reward KL penalty) is simply absent
        fields = ["extra_fields", "rm_scores", "token_level_rewards"] + (["responses"] if with_responses else [])
        data = tq.kv_batch_get(keys=keys, partition_id=batch.partition_id, select_fields=fields)
        extra = extra_columns(list(data["extra_fields"]))  # numpy array or TQ LinkedList
        scores, lengths = row_sums(data["rm_scores"])
        rewards = row_sums(data["token_level_rewards"])[0] if "token_level_rewards" in data else scores
        responses = None
        if with_responses:
            padded = data["responses"].to_padded_tensor(padding=self.tokenizer.pad_token_id)
            responses = [self.tokenizer.decode(ids, skip_special_tokens=True) for ids in padded]
        return StepData(extra=extra, scores=scores, rewards=rewards, response_lengths=lengths, responses=responses)

    def _log_verdict_table(self, extra, responses, step: int) -> None:
        tracker = getattr(self, "logger", None)
        if tracker is None or "wandb" not in getattr(tracker, "logger", {}):
            return
        import wandb

        columns, rows = verdict_table(extra, responses, limit=self.rubric_metrics_cfg.table_rows)
        if rows:
            tracker.log({"rubric/verdicts": wandb.Table(columns=columns, data=rows)}, step=step, backend=["wandb"])


@register_trainer(TRAINER_MODE)
class RubricTrainer(RubricTrainerMixin, PPOTrainerSync):
    """``PPOTrainerSync`` with the verifier worker group and rubric metrics (mode ``rubric_sync``)."""

    verl_mode = "sync"
    rubric_mode = TRAINER_MODE


__all__ = ["RubricTrainer", "RubricTrainerMixin", "StepData", "TRAINER_MODE", "extra_columns", "row_sums"]

# the async modes register with this module, whichever of it and verl.trainer.ppo.v1 is imported first
# (importing v1 runs the registration hook, which imports this module); last, as they need the mixin
import rubric_plugin.trainer_async  # noqa: E402,F401
