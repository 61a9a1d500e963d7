#!/usr/bin/env bash
# megatron_llama on an existing Ray cluster (5 nodes x 8 GPUs: 4 for the policy, 1 for the verifier) with
# `ray job submit` and the plugin's runtime_env.yaml (recipes/submit.sh --help for options and env).
# rubric-plugin must be pip-installed on EVERY node (docker/README.md).
#
#   RAY_ADDRESS=http://HEAD:8265 POLICY=/models/policy JUDGE=/models/judge \
#     TRAIN=/data/train.parquet VAL=/data/val.parquet recipes/megatron_llama/submit.sh [options] [HYDRA_OVERRIDE ...]
# Paths are read on the cluster's nodes: use shared storage.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
opts=()
while [[ $# -gt 0 && $1 == -* ]]; do
  case "$1" in
    --submission-id) opts+=("$1" "${2:-}"); shift 2 || shift ;;
    --) shift; break ;;
    *) opts+=("$1"); shift ;;
  esac
done
missing=()
for v in POLICY JUDGE TRAIN VAL; do [[ -n ${!v:-} ]] || missing+=("$v"); done
if [[ ${#missing[@]} -gt 0 ]]; then
  echo "$(basename "$0"): error: set ${missing[*]} (POLICY, JUDGE, TRAIN, VAL: model and data paths on the cluster)" >&2
  exit 2
fi
exec bash "$here/../submit.sh" ${opts[@]+"${opts[@]}"} megatron_llama \
  "actor_rollout_ref.model.path=$POLICY" "data.train_files=$TRAIN" "data.val_files=$VAL" \
  "reward.rubric.worker_group.models.verifier.model_path=$JUDGE" "$@"
