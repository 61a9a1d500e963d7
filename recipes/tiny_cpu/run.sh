#!/usr/bin/env bash
# tiny_cpu: the main job, a full verl GRPO run on one CPU machine (see README.md beside this file).
# The same path as the README's `bash scripts/main.sh`: set up .venv, then
# `rubric-plugin train --recipe tiny_cpu`, which builds its own tiny policy, judge and data.
#
#   recipes/tiny_cpu/run.sh [HYDRA_OVERRIDE ...]      e.g. trainer.total_training_steps=4
#   RUBRIC_WORKDIR=DIR                                where the models, data, logs and W&B run go
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
if [[ -f "$root/scripts/main.sh" ]]; then
  exec bash "$root/scripts/main.sh" "$@"
fi
# an installed plugin without a checkout: the same command, in this environment
exec rubric-plugin train --recipe tiny_cpu --workdir "${RUBRIC_WORKDIR:-.work/tiny_cpu}" "$@"
