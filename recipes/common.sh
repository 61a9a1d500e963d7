# shellcheck shell=bash
# Sourced by recipes/*/run.sh: run a recipe of rubric_plugin.conf on this node with verl's main_ppo.
#
# The recipe's required inputs come from the environment, each becoming one Hydra override:
#   POLICY  actor_rollout_ref.model.path                           (the policy: HF id or local path)
#   JUDGE   reward.rubric.worker_group.models.verifier.model_path  (the rubric verifier)
#   TRAIN   data.train_files                                       (verl parquet: rubric-plugin convert)
#   VAL     data.val_files                                         (held-out parquet)
# PYTHON (default python3) runs main_ppo. A first argument --dry-run prints the command and runs nothing.
# RUN_DIR (default ./runs/RECIPE) holds the run: verl's file logger writes RUN_DIR/metrics.jsonl
# (`rubric-plugin plot RUN_DIR` draws it), checkpoints and provenance.json go to RUN_DIR/checkpoints.
# The job's environment starts from the plugin's runtime_env.yaml (the same env_vars a cluster job
# gets from recipes/submit.sh); a variable already set in this shell wins.

# rubric_recipe_run RECIPE [--dry-run] [HYDRA_OVERRIDE ...]; RECIPE_OVERRIDES (array) go before the user's.
rubric_recipe_run() {
  local recipe=$1 dry=0 name v kv missing=()
  shift
  if [[ ${1:-} == --dry-run ]]; then dry=1; shift; fi
  for v in POLICY JUDGE TRAIN VAL; do
    [[ -n ${!v:-} ]] || missing+=("$v")
  done
  if [[ ${#missing[@]} -gt 0 ]]; then
    echo "$(basename "$0"): error: set ${missing[*]}: POLICY=model JUDGE=verifier-model TRAIN=train.parquet VAL=val.parquet $0 [HYDRA_OVERRIDE ...]" >&2
    return 2
  fi
  local py=${PYTHON:-python3}
  local env_file=${RUBRIC_PLUGIN_RUNTIME_ENV:-}
  [[ -n "$env_file" ]] || env_file=$("$py" -c 'from rubric_plugin.launch import RUNTIME_ENV; print(RUNTIME_ENV)') \
    || { echo "$(basename "$0"): error: rubric_plugin is not importable with $py: pip install rubric-plugin (or set PYTHON)" >&2; return 2; }
  local base
  base=$("$py" -c '
import sys, yaml
with open(sys.argv[1], encoding="utf-8") as f:
    for k, v in ((yaml.safe_load(f) or {}).get("env_vars") or {}).items():
        print(f"{k}={v}")
' "$env_file") || return 2
  while IFS= read -r kv; do
    [[ -n "$kv" ]] || continue
    name=${kv%%=*}
    [[ -n ${!name+x} ]] || export "$name=${kv#*=}"
  done <<< "$base"
  local run_dir=${RUN_DIR:-$PWD/runs/$recipe}
  # the file logger's path reaches the TaskRunner (where verl's tracker runs) through Ray's runtime env
  local cmd=("$py" -m verl.trainer.main_ppo --config-path=pkg://rubric_plugin.conf "--config-name=$recipe"
             "actor_rollout_ref.model.path=$POLICY" "data.train_files=$TRAIN" "data.val_files=$VAL"
             "reward.rubric.worker_group.models.verifier.model_path=$JUDGE"
             "++ray_kwargs.ray_init.runtime_env.env_vars.VERL_FILE_LOGGER_PATH=$run_dir/metrics.jsonl"
             "trainer.default_local_dir=$run_dir/checkpoints"
             ${RECIPE_OVERRIDES[@]+"${RECIPE_OVERRIDES[@]}"} "$@")
  if [[ $dry == 1 ]]; then
    printf '%q ' "${cmd[@]}"
    echo
    return 0
  fi
  mkdir -p "$run_dir"
  exec "${cmd[@]}"
}
