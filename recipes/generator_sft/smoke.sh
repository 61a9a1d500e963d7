#!/usr/bin/env bash
# Smoke run of the generator SFT recipe on a tiny random model built offline (no downloads):
# builds the model and 64 training rows, trains STEPS steps with run.sh (LAUNCHER as in run.sh),
# exports the last checkpoint to Hugging Face format both ways (the hf_model copy and verl's model
# merger), checks they hold the same weights, and prints the target's loss before and after.
#   STEPS=20 LAUNCHER=torchrun recipes/generator_sft/smoke.sh [WORKDIR]
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
W=${1:-$(mktemp -d)}
PY=${PYTHON:-python}
STEPS=${STEPS:-20}
mkdir -p "$W"
"$PY" - "$W" <<'PYEOF'
import sys
from pathlib import Path
from rubric_plugin.devtools.tiny import build_tiny_model
from rubric_plugin.sft.data import write_sft_parquet
w = Path(sys.argv[1])
build_tiny_model(w / "model")
target = '{"criteria": [{"id": "c1", "question": "Does the response list exactly two gift ideas?", "hard": true}]}'
rows = [{"messages": [{"role": "system", "content": "You write rubrics."},
                      {"role": "user", "content": f"Rubric for: suggest gifts for friend number {i}."},
                      {"role": "assistant", "content": target}]} for i in range(64)]
print("rows", write_sft_parquet(rows, w / "train.parquet"))
PYEOF
export VERL_FILE_LOGGER_PATH="$W/metrics.jsonl"
start=$(date +%s)
bash "$HERE/run.sh" "$W/model" "$W/train.parquet" data.train_batch_size=16 data.micro_batch_size_per_gpu=4 \
  data.max_length=256 trainer.total_epochs=100 trainer.total_training_steps="$STEPS" optim.lr=1e-3 \
  model.use_remove_padding=False ++model.override_config.attn_implementation=sdpa engine.use_torch_compile=False \
  trainer.default_local_dir="$W/ckpt" trainer.resume_mode=disable "${@:2}"
echo "train wall s: $(( $(date +%s) - start ))"
"$PY" - "$W" <<'PYEOF'
import json, sys
from pathlib import Path
import torch
from safetensors.torch import load_file
from transformers import AutoModelForCausalLM, AutoTokenizer
from rubric_plugin.sft.checkpoint import export_hf
w = Path(sys.argv[1])
copied = export_hf(w / "ckpt", w / "hf")
merged = export_hf(w / "ckpt", w / "hf_merged", merge=True)
a, b = load_file(copied / "model.safetensors"), load_file(merged / "model.safetensors")
# the merger writes the model config's dtype, the hf_model copy the fp32 master weights
same = sorted(a) == sorted(b) and all(torch.equal(a[k].to(b[k].dtype), b[k]) for k in a)
print("hf_model copy == model merger (in the merger's dtype):", same)
dev = "cuda" if torch.cuda.is_available() else "cpu"
tok = AutoTokenizer.from_pretrained(copied)
msgs = [{"role": "system", "content": "You write rubrics."}, {"role": "user", "content": "Rubric for: suggest gifts for friend number 3."}]
target = '{"criteria": [{"id": "c1", "question": "Does the response list exactly two gift ideas?", "hard": true}]}'
prompt = tok.apply_chat_template(msgs, add_generation_prompt=True, tokenize=False)
ids = tok(prompt + target + "<|im_end|>", return_tensors="pt", add_special_tokens=False).input_ids.to(dev)
n = len(tok(prompt, add_special_tokens=False).input_ids)
def nll(path):
    m = AutoModelForCausalLM.from_pretrained(path, dtype=torch.float32).to(dev).eval()
    labels = ids.clone(); labels[:, :n] = -100
    with torch.no_grad():
        return m(ids, labels=labels).loss.item()
print(f"target loss: base {nll(w / 'model'):.3f} -> finetuned {nll(copied):.3f}")
lines = [json.loads(l) for l in open(w / "metrics.jsonl")]
steps = [l for l in lines if "train/loss" in l.get("data", {})]
print("logged steps:", len(steps), "first/last train/loss:", steps[0]["data"]["train/loss"], steps[-1]["data"]["train/loss"])
PYEOF
