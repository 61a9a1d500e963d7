#!/usr/bin/env bash
# README command 2: set up, then run the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
source scripts/env.sh
# two workers (pytest-xdist): the Ray/vLLM/e2e tests one after another in one, every other module
# beside them in the other (the groups are set in tests/conftest.py); `-n 0` runs everything in one
exec .venv/bin/python -m pytest -n 2 --dist loadgroup "$@"
