#!/usr/bin/env bash
# README command 1: set up, then run the main job on the embedded default.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
source scripts/env.sh
.venv/bin/rubric-plugin doctor
exec .venv/bin/rubric-plugin demo "$@"
