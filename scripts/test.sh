#!/usr/bin/env bash
# README command 2: set up, then run the test suite.
# Two pytest-xdist workers: the modules that start Ray, vLLM or verl's trainers run one after another
# in one worker (tests/conftest.py groups them), the rest beside them. PYTEST_WORKERS=0 runs serially.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
source scripts/env.sh
workers=${PYTEST_WORKERS:-2}
if [[ $workers == 0 ]]; then
  exec .venv/bin/python -m pytest "$@"
fi
exec .venv/bin/python -m pytest -n "$workers" --dist loadscope "$@"
