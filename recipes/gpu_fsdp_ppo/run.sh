#!/usr/bin/env bash
# gpu_fsdp_ppo on one node with 8 GPUs: PPO with a critic (GAE). 6 GPUs for the policy and the critic
# (FSDP2, vLLM TP 2), 2 for the verifier. Ray is started by main_ppo itself. See README.md beside this file.
#
#   POLICY=Qwen/Qwen3-8B JUDGE=/models/judge TRAIN=train.parquet VAL=val.parquet \
#     recipes/gpu_fsdp_ppo/run.sh [--dry-run] [HYDRA_OVERRIDE ...]      e.g. critic.model.path=Qwen/Qwen3-1.7B
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=SCRIPTDIR/../common.sh
source "$here/../common.sh"
RECIPE_OVERRIDES=()
rubric_recipe_run gpu_fsdp_ppo "$@"
