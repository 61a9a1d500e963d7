# shellcheck shell=bash
# Environment for every run on a CPU machine: offline hubs, offline W&B, vLLM's CPU platform.
export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 WANDB_MODE=offline WANDB_SILENT=true
export VLLM_TARGET_DEVICE=cpu TOKENIZERS_PARALLELISM=false RAY_DEDUP_LOGS=0
export RAY_USAGE_STATS_ENABLED=0 PYTHONUNBUFFERED=1
