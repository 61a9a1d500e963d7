"""The ``rubric`` reward manager for verl's reward loop.

verl's ``RewardLoopWorker`` calls :meth:`RubricRewardManager.run_single` once per trajectory as
rollouts finish. The manager decodes the response, reads the rubric from
``reward_model.ground_truth``, scores it (:func:`rubric_plugin.scoring.score_response`) and
returns the reward with a fixed-key ``reward_extra_info``. Settings come from ``reward.rubric``
(:class:`rubric_plugin.config.RubricRewardConfig`); ``reward.custom_reward_function`` is not
needed and, if set, is not called: this manager owns the scoring and the failure policy.
``reward.rubric.verifier`` has no default: constructing the manager without it is a ConfigError
listing the presets (``none`` for check-only data).

Touches these verl internals: ``RewardManagerBase`` (constructor, ``self.loop``), the
``DataProto`` row layout built by the agent loop (``responses``, ``attention_mask``,
``non_tensor_batch['reward_model']``).
"""
from __future__ import annotations

import asyncio
import math
import os
import time
from typing import Any

from verl import DataProto
from verl.experimental.reward_loop.reward_manager.base import RewardManagerBase

from rubric_plugin.advantage import ESTIMATOR_NAME
from rubric_plugin.config import RubricRewardConfig, build_verifier, from_verl_config
# VALIDATION_SPLITS: the extra_info.split values that mark a validation sample (the converters write split)
from rubric_plugin.convert.verl_rows import VALIDATION_SPLITS, record_from_ground_truth
from rubric_plugin.errors import ConfigError, RewardDeadlineError
from rubric_plugin.monitor import ReferenceMonitor
from rubric_plugin.scoring import score_response
from rubric_plugin.shaping import ResponseMeta, chain_for, response_meta
from rubric_plugin.verifier.none import check_chain
from rubric_plugin.verifier.context import check_verifier
from rubric_plugin.verifier.release import release_with
from rubric_plugin.watchdog import report_failure

MANAGER_NAME = "rubric"


def is_validation(data_item) -> bool:
    """Whether a sample comes from ``data.val_files``: verl gives the reward loop no other sign than
    the row's ``extra_info.split`` (``rubric-plugin convert --split val``)."""
    info = data_item.non_tensor_batch.get("extra_info")
    return isinstance(info, dict) and str(info.get("split", "")).lower() in VALIDATION_SPLITS


def for_validation(reward: float, info: dict) -> tuple[float, dict]:
    """The validation view of a scored sample, for verl's ``val-core`` / ``val-aux`` metrics.

    * ``acc`` (verl's headline variable: ``val-core/<data_source>/acc/mean@N``) is 1.0 when the
      sample was scored and passed every criterion (all-or-nothing), else 0.0: an unscorable sample
      counts as not passed, as the official AdvancedIF scorer counts a failed judge call. It is
      counted separately too: ``rubric_scorable`` is 0 for it (``val-aux/.../rubric_scorable``).
    * the reward of an unscorable sample is 0.0 instead of NaN, and every other NaN value becomes
      None, which verl's validation metrics skip: no NaN reaches the tracker. Validation never
      trains, so this is not a verifier failure turned into a training reward.
    """
    scorable = float(info.get("rubric_scorable", 0.0)) == 1.0
    aon = info.get("rubric_all_or_nothing")
    out = {k: (None if isinstance(v, float) and math.isnan(v) else v) for k, v in info.items()}
    out["acc"] = 1.0 if scorable and aon == 1.0 else 0.0
    return (0.0 if isinstance(reward, float) and math.isnan(reward) else reward), out


def check_trainer_compat(config: Any, cfg: RubricRewardConfig) -> None:
    """Refuse settings that would corrupt training, before the first step."""
    algorithm = config.get("algorithm") if hasattr(config, "get") else None
    estimator = algorithm.get("adv_estimator") if algorithm is not None else None
    # the rubric trainer modes keep unscorable rows out of any estimator (rubric_plugin.estimators)
    trainer = config.get("trainer") if hasattr(config, "get") else None
    v1 = trainer.get("v1") if hasattr(trainer, "get") else None
    mode = str(v1.get("trainer_mode", "")) if hasattr(v1, "get") else ""
    if cfg.on_failure == "unscorable" and estimator is not None and estimator != ESTIMATOR_NAME \
            and not mode.startswith("rubric_"):
        raise ConfigError(
            f"reward.rubric.on_failure=unscorable gives unscorable samples a NaN reward, which "
            f"algorithm.adv_estimator={estimator!r} would spread to its whole group under "
            f"trainer.v1.trainer_mode={mode!r}; set trainer.v1.trainer_mode=rubric_sync (keeps them out of any "
            f"estimator), algorithm.adv_estimator={ESTIMATOR_NAME}, or reward.rubric.on_failure=raise"
        )


def max_response_length(config: Any) -> int | None:
    """The rollout's generation limit: ``data.max_response_length``, else the rollout's ``response_length``."""
    for path in (("data", "max_response_length"), ("actor_rollout_ref", "rollout", "response_length")):
        node = config
        for key in path:
            node = node.get(key) if hasattr(node, "get") else None
            if node is None:
                break
        if isinstance(node, int) and node > 0:
            return node
    return None


class RubricRewardManager(RewardManagerBase):
    """Scores responses against per-prompt rubrics (registered as ``rubric``)."""

    def __init__(self, config, tokenizer, compute_score=None, reward_router_address=None, reward_model_tokenizer=None):
        super().__init__(config, tokenizer, compute_score)
        self.rubric_cfg = from_verl_config(config)
        check_trainer_compat(config, self.rubric_cfg)
        self.reward_router_address = reward_router_address
        self.verifier = build_verifier(self.rubric_cfg)
        if reward_router_address is not None and hasattr(self.verifier, "bind_router"):
            # verl's reward-model pool is up: a backend configured with base_url=router talks to it
            self.verifier.bind_router(reward_router_address)
        # reward.rubric.shaping: built once per manager, like the verifier
        self.shaping = chain_for(self.rubric_cfg.shaping)
        check_chain(self.verifier, self.shaping)  # verifier: none cannot judge hooks' llm criteria
        self.max_response_length = max_response_length(config)
        # the judge's context holds prompt + response + verdict (the rubric itself is the trainer's data scan)
        check_verifier(config, self.rubric_cfg, self.verifier, self.shaping, scan_data=False, warn=False)
        # reward.rubric.reference: a second judge re-scores a sample of rollouts (None when off)
        self.reference = ReferenceMonitor.from_reward_config(self.rubric_cfg, reward_router_address)
        # verl's reward loop has no shutdown hook: the verifier is released with the manager, or at exit
        self._release = release_with(self, self.verifier)

    def close(self) -> None:
        """Release the verifiers' connections and engines now (idempotent)."""
        self._release()
        if self.reference is not None:
            self.reference.close()

    def _meta(self, data_item) -> ResponseMeta:
        """Token length of the response and whether generation stopped at the limit (not on EOS)."""
        response_ids = data_item.batch["responses"]
        valid = int(data_item.batch["attention_mask"][-response_ids.shape[-1]:].sum())
        last = int(response_ids[valid - 1]) if valid > 0 else None
        eos = getattr(self.tokenizer, "eos_token_id", None)
        eos_ids = set(eos) if isinstance(eos, (list, tuple, set)) else ({eos} if eos is not None else set())
        return response_meta(valid, self.max_response_length or int(response_ids.shape[-1]), last, eos_ids)

    def _decode(self, data_item) -> str:
        response_ids = data_item.batch["responses"]
        valid = int(data_item.batch["attention_mask"][-response_ids.shape[-1]:].sum())
        return self.tokenizer.decode(response_ids[:valid], skip_special_tokens=True)

    async def run_single(self, data: DataProto) -> dict:
        try:
            return await self._within_deadline(data)
        except Exception as e:
            # verl's agent loop would log this in another actor and train on without the sample: tell the
            # rubric_sync trainer's watchdog (rubric_plugin.watchdog), which fails the job, then raise as before
            await report_failure(e, f"reward manager {MANAGER_NAME!r} in process {os.getpid()}")
            raise

    async def _within_deadline(self, data: DataProto) -> dict:
        """:meth:`_run_single`, bounded by ``reward.rubric.sample_deadline_s`` (a stuck worker fails the job)."""
        deadline = self.rubric_cfg.sample_deadline_s
        if deadline is None:
            return await self._run_single(data)
        try:
            return await asyncio.wait_for(self._run_single(data), deadline)
        except asyncio.TimeoutError as e:
            raise RewardDeadlineError(
                f"a sample's reward took longer than reward.rubric.sample_deadline_s={deadline:g} s in reward "
                f"worker process {os.getpid()} (verifier {getattr(self.verifier, 'name', '?')!r}); the worker is "
                "alive but stuck (a hung connection or a deadlock). Raise reward.rubric.sample_deadline_s only if "
                "a healthy judge really needs longer per sample") from e

    async def _run_single(self, data: DataProto) -> dict:
        received = time.time()  # the rollout is finished: reward_tail starts here (rubric_plugin.metrics)
        # multi-sequence outputs: the reward belongs to the last sequence, as in verl's managers
        item = data[-1:][0]
        response = await self.loop.run_in_executor(None, self._decode, item)
        record = record_from_ground_truth(item.non_tensor_batch["reward_model"]["ground_truth"])
        meta = self._meta(item)
        scoring = score_response(record, response, self.verifier, self.rubric_cfg, meta, self.shaping)
        if self.reference is None:
            result = await scoring
            reward, info = result.reward, result.extra_info()
        else:
            result, ref_info = await self.reference.alongside(record, response, scoring, meta, self.shaping)
            reward, info = result.reward, {**result.extra_info(), **ref_info}
        if is_validation(item):
            reward, info = for_validation(reward, info)
        else:
            info["rubric_reward_received_t"], info["rubric_reward_ready_t"] = received, time.time()
        return {"reward_score": reward, "reward_extra_info": info}
