#!/usr/bin/env bash
# The verifier's RL stage (conf/rl/verifier_rl.yaml): verl's GRPO with the verifier as the policy and
# the agreement reward. Ray is started by main_ppo itself. See README.md.
#
#   VERIFIER=/ckpt/verifier_sft_hf TRAIN=rl_train.parquet VAL=rl_test.parquet \
#     recipes/verifier_rl/run.sh [--dry-run] [HYDRA_OVERRIDE ...]
set -euo pipefail
dry=0
if [[ ${1:-} == --dry-run ]]; then dry=1; shift; fi
missing=()
for v in VERIFIER TRAIN VAL; do
  [[ -n ${!v:-} ]] || missing+=("$v")
done
if [[ ${#missing[@]} -gt 0 ]]; then
  echo "$(basename "$0"): error: set ${missing[*]}: VERIFIER=sft-hf-dir TRAIN=rl_train.parquet VAL=rl_test.parquet $0 [HYDRA_OVERRIDE ...]" >&2
  exit 2
fi
cmd=("${PYTHON:-python3}" -m verl.trainer.main_ppo --config-path=pkg://rubric_plugin.conf --config-name=rl/verifier_rl
     "actor_rollout_ref.model.path=$VERIFIER" "data.train_files=$TRAIN" "data.val_files=$VAL" "$@")
if [[ $dry == 1 ]]; then printf '%q ' "${cmd[@]}"; echo; exit 0; fi
exec "${cmd[@]}"
