#!/usr/bin/env bash
# The verifier's SFT stage (conf/sft/verifier_sft.yaml) with verl's Ray SFT trainer. See README.md.
#
#   BASE=/models/judge-base TRAIN=sft.parquet recipes/verifier_sft/run.sh [--dry-run] [--megatron] [HYDRA_OVERRIDE ...]
# VAL (optional) is a held-out SFT parquet; PYTHON (default python3) runs the trainer.
set -euo pipefail
dry=0
name=verifier_sft
if [[ ${1:-} == --dry-run ]]; then dry=1; shift; fi
if [[ ${1:-} == --megatron ]]; then name=verifier_sft_megatron; shift; fi
missing=()
for v in BASE TRAIN; do
  [[ -n ${!v:-} ]] || missing+=("$v")
done
if [[ ${#missing[@]} -gt 0 ]]; then
  echo "$(basename "$0"): error: set ${missing[*]}: BASE=base-verifier TRAIN=sft.parquet $0 [HYDRA_OVERRIDE ...]" >&2
  exit 2
fi
cmd=("${PYTHON:-python3}" -m rubric_plugin.sft.train "--config-name=$name" "model.path=$BASE" "data.train_files=$TRAIN")
if [[ -n ${VAL:-} ]]; then cmd+=("data.val_files=$VAL"); fi
cmd+=("$@")
if [[ $dry == 1 ]]; then printf '%q ' "${cmd[@]}"; echo; exit 0; fi
exec "${cmd[@]}"
