#!/usr/bin/env bash
# megatron_llama on ONE node with 8 GPUs (the recipe itself is written for 5 nodes: recipes/megatron_llama/submit.sh).
# Same model and rubric settings, a one-node layout: 4 GPUs train and roll out the policy (the
# recipe's Megatron model parallelism, data parallel 1, parameters and optimizer state offloaded to
# host memory between phases), 4 GPUs serve the verifier (TP 1, 4 replicas), 64 prompts per step.
# A starting point for a first run and for debugging, not a tuned setting. See README.md beside this file.
#
#   POLICY=/models/policy JUDGE=/models/judge TRAIN=train.parquet VAL=val.parquet \
#     recipes/megatron_llama/run.sh [--dry-run] [HYDRA_OVERRIDE ...]
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=SCRIPTDIR/../common.sh
source "$here/../common.sh"
# Megatron on Hopper/Ampere needs it (verl sets it only when the driver's node has such a GPU);
# on Blackwell run with CUDA_DEVICE_MAX_CONNECTIONS= (empty)
export CUDA_DEVICE_MAX_CONNECTIONS=${CUDA_DEVICE_MAX_CONNECTIONS-1}
RECIPE_OVERRIDES=(
  trainer.nnodes=1 trainer.n_gpus_per_node=4
  reward.rubric.worker_group.models.verifier.n_gpus_per_node=4
  reward.rubric.worker_group.models.verifier.tensor_parallel_size=1
  data.train_batch_size=64 actor_rollout_ref.actor.ppo_mini_batch_size=16
  actor_rollout_ref.actor.megatron.param_offload=true actor_rollout_ref.actor.megatron.optimizer_offload=true
  reward.num_workers=8
)
rubric_recipe_run megatron_llama "$@"
