#!/usr/bin/env bash
# tiny_cpu_ppo: the main job's tiny setup with PPO's critic (GAE) on one CPU machine (see README.md
# beside this file). In a checkout: set up .venv (scripts/setup.sh), then
# `rubric-plugin train --recipe tiny_cpu_ppo`, which builds its own tiny policy, judge and data.
#
#   recipes/tiny_cpu_ppo/run.sh [HYDRA_OVERRIDE ...]  e.g. trainer.total_training_steps=4
#   RUBRIC_WORKDIR=DIR                                where the models, data, logs and W&B run go
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
workdir=${RUBRIC_WORKDIR:-.work/tiny_cpu_ppo}
if [[ -f "$root/scripts/setup.sh" ]]; then
  cd "$root"
  bash scripts/setup.sh
  # shellcheck source=SCRIPTDIR/../../scripts/env.sh
  source scripts/env.sh
  exec .venv/bin/rubric-plugin train --recipe tiny_cpu_ppo --workdir "$workdir" "$@"
fi
# an installed plugin without a checkout: the same command, in this environment
exec rubric-plugin train --recipe tiny_cpu_ppo --workdir "$workdir" "$@"
