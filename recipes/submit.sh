#!/usr/bin/env bash
# Submit a rubric RL run (a recipe from rubric_plugin/conf) to an existing Ray cluster.
# recipes/<recipe>/submit.sh call it with their recipe and inputs.
#
#   RAY_ADDRESS=http://HEAD:8265 recipes/submit.sh [options] RECIPE [HYDRA_OVERRIDE ...]
#
#   recipes/submit.sh megatron_qwen3_8b \
#     actor_rollout_ref.model.path=Qwen/Qwen3-8B \
#     data.train_files=/data/rubrics/train.parquet data.val_files=/data/rubrics/val.parquet \
#     reward.rubric.worker_group.models.verifier.model_path=Qwen/Qwen3-8B
#
# It runs, on the cluster:
#   python -m verl.trainer.main_ppo --config-path=pkg://rubric_plugin.conf --config-name=RECIPE OVERRIDES
#
# rubric-plugin must be pip-installed, in the same environment as verl, on EVERY node: verl loads it
# through its `verl.plugins` entry point in each Ray worker (reward manager, advantage estimator,
# trainer mode), and shipping it with Ray's py_modules/working_dir does not register the entry point.
#
# Options:
#   --dry-run            print the `ray job submit` command and the runtime env, submit nothing
#   --no-wait            return once the job is submitted (ray job submit --no-wait)
#   --submission-id ID   job id (ray job submit --submission-id)
#   --hf-offline         set HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 HF_DATASETS_OFFLINE=1 on the cluster
#   -h, --help           this text
#
# Runtime env (env_vars of the job, seen by the driver and every Ray worker):
#   the plugin's runtime_env.yaml (`rubric-plugin runtime-env` prints its path; the checkout's
#   rubric_plugin/launch/runtime_env.yaml beside this script): PYTHONUNBUFFERED=1, NCCL_DEBUG=WARN,
#   VLLM_LOGGING_LEVEL=WARN, TORCH_NCCL_AVOID_RECORD_STREAMS=1, RAY_OVERRIDE_JOB_RUNTIME_ENV=1
#   (NCCL_*, VLLM_* set in this shell win, see below); it is read with $PYTHON (default python3, needs PyYAML);
#   CUDA_DEVICE_MAX_CONNECTIONS=1 for recipes that override model_engine to megatron (needed on
#   Hopper/Ampere; verl only adds it itself when the driver's node has such a GPU). On Blackwell, run
#   with CUDA_DEVICE_MAX_CONNECTIONS= (empty) to leave it out;
#   every WANDB_*, HF_*, NCCL_*, VLLM_*, VERL_FILE_LOGGER_*, TRANSFORMERS_OFFLINE, *_SOCKET_IFNAME variable
#   set in this shell. Every recipe logs to verl's file logger too: set VERL_FILE_LOGGER_PATH=/shared/run/metrics.jsonl
#   (shared storage) for `rubric-plugin plot`; unset, it is ./<project_name>/<experiment_name>.jsonl in the job's directory.
#   RAY_OVERRIDE_JOB_RUNTIME_ENV=1 is needed because verl's own ray.init(runtime_env=...) sets some of
#   the same keys, and Ray refuses to merge a job env and a driver env that share a key otherwise.
# Secrets (WANDB_API_KEY, HF_TOKEN) are forwarded when set but masked in --dry-run output; they are
# visible to anyone who can read the job's runtime env on the cluster (dashboard).
set -euo pipefail

PROG=$(basename "$0")
die() { echo "$PROG: error: $*" >&2; exit 2; }
usage() { sed -n '2,/^set -euo/{/^set -euo/d;s/^# \{0,1\}//;p}' "$0"; }

dry_run=0
submit_opts=()
hf_offline=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --dry-run) dry_run=1; shift ;;
    --no-wait) submit_opts+=(--no-wait); shift ;;
    --submission-id)
      [[ $# -ge 2 && -n "$2" ]] || die "--submission-id needs a value"
      submit_opts+=(--submission-id "$2"); shift 2 ;;
    --submission-id=*) submit_opts+=(--submission-id "${1#*=}"); shift ;;
    --hf-offline) hf_offline=1; shift ;;
    -h|--help) usage; exit 0 ;;
    --) shift; break ;;
    -*) die "unknown option $1 (see --help)" ;;
    *) break ;;
  esac
done

[[ $# -ge 1 ]] || die "no recipe given; usage: $PROG [options] RECIPE [HYDRA_OVERRIDE ...] (see --help)"
recipe=${1%.yaml}
shift
[[ "$recipe" =~ ^[A-Za-z0-9_.-]+$ ]] || die "recipe '$recipe' must be a plain name from rubric_plugin/conf (recipes are flat files, no directories)"

[[ -n "${RAY_ADDRESS:-}" ]] || die "RAY_ADDRESS is not set; export the cluster's job server address, e.g. RAY_ADDRESS=http://HEAD_NODE:8265"

# Find the recipe and the runtime env: the checkout's beside this script, else the installed package's.
conf_dir=""
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
runtime_env_file=${RUBRIC_PLUGIN_RUNTIME_ENV:-}
if [[ -f "$here/../conf/__init__.py" ]]; then
  conf_dir=$(cd "$here/../conf" && pwd)
  [[ -n "$runtime_env_file" ]] || runtime_env_file="$here/../rubric_plugin/launch/runtime_env.yaml"
else
  conf_dir=$("${PYTHON:-python3}" -c 'import os, rubric_plugin.conf as c; print(os.path.dirname(c.__file__))' 2>/dev/null) \
    || die "cannot locate rubric_plugin/conf: run from a checkout, or pip install rubric-plugin here (PYTHON=${PYTHON:-python3})"
fi
if [[ ! -f "$conf_dir/$recipe.yaml" ]]; then
  available=""
  for f in "$conf_dir"/*.yaml; do [[ -e "$f" ]] && available+="$(basename "$f" .yaml) "; done
  die "no recipe '$recipe' in rubric_plugin/conf; available: ${available:-none}"
fi

if [[ -z "$runtime_env_file" ]]; then
  runtime_env_file=$(rubric-plugin runtime-env 2>/dev/null) \
    || die "cannot locate the plugin's runtime_env.yaml: run from a checkout, pip install rubric-plugin here, or set RUBRIC_PLUGIN_RUNTIME_ENV"
fi

# ---- runtime env -------------------------------------------------------------------------------
declare -A env=()
base_env=$("${PYTHON:-python3}" -c '
import sys, yaml
with open(sys.argv[1], encoding="utf-8") as f:
    for k, v in ((yaml.safe_load(f) or {}).get("env_vars") or {}).items():
        print(f"{k}={v}")
' "$runtime_env_file") || die "cannot read env_vars from $runtime_env_file with ${PYTHON:-python3} (it needs PyYAML; set PYTHON to ray's interpreter)"
while IFS= read -r kv; do
  [[ -n "$kv" ]] && env[${kv%%=*}]=${kv#*=}
done <<< "$base_env"
if [[ -z "${CUDA_DEVICE_MAX_CONNECTIONS+x}" ]]; then
  # only for Megatron recipes: Torch-FSDP2 must not run with it
  if grep -Eq '^[[:space:]]*-[[:space:]]*override[[:space:]]+model_engine:[[:space:]]*megatron' "$conf_dir/$recipe.yaml"; then
    env[CUDA_DEVICE_MAX_CONNECTIONS]=1
  fi
elif [[ -n "$CUDA_DEVICE_MAX_CONNECTIONS" ]]; then
  env[CUDA_DEVICE_MAX_CONNECTIONS]=$CUDA_DEVICE_MAX_CONNECTIONS
fi
if [[ $hf_offline == 1 ]]; then
  env[HF_HUB_OFFLINE]=1; env[TRANSFORMERS_OFFLINE]=1; env[HF_DATASETS_OFFLINE]=1
fi
while IFS= read -r name; do
  case "$name" in
    WANDB_*|HF_*|NCCL_*|VLLM_*|VERL_FILE_LOGGER_*|TRANSFORMERS_OFFLINE|*_SOCKET_IFNAME)
      if [[ $hf_offline == 1 && ( $name == HF_HUB_OFFLINE || $name == TRANSFORMERS_OFFLINE || $name == HF_DATASETS_OFFLINE ) ]]; then
        continue
      fi
      env[$name]=${!name} ;;
  esac
done < <(compgen -e | sort)

json_str() {
  local s=$1
  s=${s//\\/\\\\}; s=${s//\"/\\\"}; s=${s//$'\n'/\\n}; s=${s//$'\r'/\\r}; s=${s//$'\t'/\\t}
  printf '"%s"' "$s"
}
secret() { [[ "$1" == *API_KEY* || "$1" == *TOKEN* || "$1" == *SECRET* || "$1" == *PASSWORD* ]]; }
runtime_env_json() {  # $1=1: mask secrets
  local out="" k v
  for k in $(printf '%s\n' "${!env[@]}" | sort); do
    v=${env[$k]}
    if [[ $1 == 1 ]] && secret "$k"; then v="***"; fi
    out+="${out:+,}$(json_str "$k"):$(json_str "$v")"
  done
  printf '{"env_vars":{%s}}' "$out"
}

# ---- command -------------------------------------------------------------------------------------
# ray job submit joins the entrypoint words and runs them through a shell on the cluster: quote each.
entry=("${SUBMIT_PYTHON:-python}" -m verl.trainer.main_ppo --config-path=pkg://rubric_plugin.conf "--config-name=$recipe" "$@")
entrypoint=$(printf '%q ' "${entry[@]}")
entrypoint=${entrypoint% }

cmd=(ray job submit "--address=$RAY_ADDRESS" "--runtime-env-json=$(runtime_env_json 0)" "${submit_opts[@]}" -- "$entrypoint")

if [[ $dry_run == 1 ]]; then
  sq() { local s=${1//\'/\'\\\'\'}; printf "'%s'" "$s"; }
  echo "# recipe: $conf_dir/$recipe.yaml"
  echo "# runtime env: $runtime_env_file"
  echo "# dry run: nothing submitted"
  printf '%s' "ray job submit $(sq "--address=$RAY_ADDRESS") $(sq "--runtime-env-json=$(runtime_env_json 1)")"
  [[ ${#submit_opts[@]} -gt 0 ]] && printf ' %q' "${submit_opts[@]}"
  printf ' -- %s\n' "$(sq "$entrypoint")"
  exit 0
fi

command -v ray >/dev/null 2>&1 || die "the 'ray' CLI is not on PATH; pip install 'ray[default]' in this environment"
exec "${cmd[@]}"
