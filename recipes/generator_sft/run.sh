#!/usr/bin/env bash
# Finetune the rubric generator with verl's SFT trainer (recipe conf/sft/generator_sft.yaml).
#
#   recipes/generator_sft/run.sh MODEL_DIR TRAIN_PARQUET [hydra overrides ...]
#
# TRAIN_PARQUET comes from `rubric-plugin generator-data GOLD --out sft.parquet`.
# Environment:
#   LAUNCHER  torchrun (default: verl.trainer.sft_trainer, one process per GPU), ray (verl's Ray SFT
#             trainer through rubric_plugin.sft.train) or cpu (the Ray trainer on the plugin's CPU platform)
#   ENGINE    fsdp (default) or megatron (conf/sft/generator_sft_megatron.yaml)
#   NPROC     GPUs on this node (default: all visible)
#   PYTHON    interpreter (default: python)
# The Hugging Face model is written beside each checkpoint: <trainer.default_local_dir>/global_step_N/huggingface.
set -euo pipefail
MODEL=${1:?usage: run.sh MODEL_DIR TRAIN_PARQUET [overrides]}
DATA=${2:?usage: run.sh MODEL_DIR TRAIN_PARQUET [overrides]}
shift 2
PY=${PYTHON:-python}
CONFIG=generator_sft
if [[ "${ENGINE:-fsdp}" == megatron ]]; then CONFIG=generator_sft_megatron; fi
case "${LAUNCHER:-torchrun}" in
  torchrun)
    NPROC=${NPROC:-$("$PY" -c 'import torch; print(max(torch.cuda.device_count(), 1))')}
    exec "$PY" -m torch.distributed.run --standalone --nproc_per_node="$NPROC" -m verl.trainer.sft_trainer \
      --config-path=pkg://rubric_plugin.conf --config-name="sft/$CONFIG" \
      model.path="$MODEL" data.train_files="$DATA" "$@" ;;
  ray)
    NPROC=${NPROC:-$("$PY" -c 'import torch; print(max(torch.cuda.device_count(), 1))')}
    exec "$PY" -m rubric_plugin.sft.train --config-name="$CONFIG" trainer.n_gpus_per_node="$NPROC" \
      model.path="$MODEL" data.train_files="$DATA" "$@" ;;
  cpu)
    export VERL_PLATFORM=cpu VERL_ENGINE_DEVICE=cuda HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 WANDB_MODE=offline
    mapfile -t CPU_OVERRIDES < <("$PY" -c 'from rubric_plugin.sft.train import cpu_overrides; print("\n".join(cpu_overrides()))')
    exec "$PY" -m rubric_plugin.sft.train --config-name="$CONFIG" "${CPU_OVERRIDES[@]}" \
      model.path="$MODEL" data.train_files="$DATA" "$@" ;;
  *) echo "LAUNCHER=${LAUNCHER} : expected torchrun, ray or cpu" >&2; exit 2 ;;
esac
