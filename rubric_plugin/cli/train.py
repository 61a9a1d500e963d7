"""``rubric-plugin train``: prepare the tiny offline inputs, then run a recipe with verl's ``main_ppo``.

The README's main job is ``rubric-plugin train`` with the embedded default recipe ``tiny_cpu``:

1. build a tiny random Qwen2 policy (also the judge) and its tokenizer offline, and write the
   bundled rubric examples as verl parquet (:func:`prepare_tiny`);
2. run ``python -m verl.trainer.main_ppo --config-path=pkg://rubric_plugin.conf
   --config-name=tiny_cpu <paths> <user overrides>`` in a child process, with the CPU platform
   environment, mirroring its output to the console and to ``<workdir>/train.log``;
3. sample the memory of the whole process tree (Ray, vLLM, workers) while it runs, then print
   the wall time, the peak memory, the per-step ``rubric/*`` and ``verifier/*`` metrics read back
   from the console logger's lines, and the W&B offline run directory.

The exit code is the child's.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from importlib import resources
from pathlib import Path

from rubric_plugin.devtools.proctree import PeakMemory

CPU_ENV = {
    "VERL_PLATFORM": "cpu",
    "VERL_ENGINE_DEVICE": "cuda",
    "VLLM_TARGET_DEVICE": "cpu",
    "VLLM_CPU_KVCACHE_SPACE": "1",
    "WANDB_MODE": "offline",
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "TOKENIZERS_PARALLELISM": "false",
    "RAY_DEDUP_LOGS": "0",
    "PYTHONUNBUFFERED": "1",
}
_STEP_LINE = re.compile(r"step:(\d+) - (.*)$")


def prepare_tiny(workdir: str | Path) -> dict[str, Path]:
    """Tiny model + tokenizer and train/val parquet of the bundled examples under ``workdir`` (idempotent)."""
    from rubric_plugin.convert.files import load_records
    from rubric_plugin.convert.verl_rows import write_parquet
    from rubric_plugin.devtools.tiny import build_tiny_model

    work = Path(workdir).resolve()
    model = build_tiny_model(work / "model")
    examples = resources.files("rubric_plugin.examples") / "examples.jsonl"
    with resources.as_file(examples) as path:
        records = load_records(path).raise_if_bad().records
    train, val = work / "data" / "train.parquet", work / "data" / "val.parquet"
    write_parquet(records, train, split="train")
    write_parquet(records[:2], val, split="val")
    return {"model": model, "train": train, "val": val, "work": work}


def tiny_overrides(paths: dict[str, Path]) -> list[str]:
    """The path overrides ``tiny_cpu`` leaves open (``???``), and where verl's file logger writes."""
    work = paths["work"]
    return [
        f"+ray_kwargs.ray_init.runtime_env.env_vars.VERL_FILE_LOGGER_PATH={work / 'metrics.jsonl'}",
        f"actor_rollout_ref.model.path={paths['model']}",
        f"data.train_files={paths['train']}",
        f"data.val_files={paths['val']}",
        f"trainer.default_local_dir={work / 'checkpoints'}",
    ]


SUMMARY_PREFIXES = ("rubric/", "verifier/", "critic/score/mean", "critic/rewards/mean", "timing_s/step",
                    "timing_s/gen", "actor/pg_loss", "actor/entropy")


def read_metrics_jsonl(path: str | Path, prefixes=SUMMARY_PREFIXES) -> dict[int, dict]:
    """``{step: {metric: value}}`` from verl's file logger (one ``{"step", "data"}`` object per line)."""
    import json

    steps: dict[int, dict] = {}
    try:
        text = Path(path).read_text()
    except OSError:
        return steps
    for line in text.splitlines():
        if not line.strip():
            continue
        entry = json.loads(line)
        found = steps.setdefault(int(entry["step"]), {})
        for key, value in entry.get("data", {}).items():
            if key.startswith(prefixes) and isinstance(value, (int, float)):
                found[key] = float(value)
    return steps


def parse_step_metrics(lines, prefixes=SUMMARY_PREFIXES) -> dict[int, dict]:
    """``{step: {metric: value}}`` from verl's console logger lines (``step:N - key:value - ...``)."""
    steps: dict[int, dict] = {}
    for line in lines:
        match = _STEP_LINE.search(line)
        if not match:
            continue
        found = steps.setdefault(int(match.group(1)), {})
        for item in match.group(2).split(" - "):
            key, sep, value = item.partition(":")
            key = key.strip()
            if sep and key.startswith(prefixes):
                try:
                    found[key] = float(value)
                except ValueError:
                    continue
    return steps


def format_summary(steps: dict[int, dict], wall_s: float, peak_gib: float, wandb_dirs: list[Path]) -> str:
    lines = [f"wall time: {wall_s:.0f} s", f"peak memory (PSS of the process tree): {peak_gib:.1f} GiB"]
    keys = sorted({k for m in steps.values() for k in m})
    if steps:
        lines.append("per-step metrics:")
        width = max(len(k) for k in keys) if keys else 10
        lines.append(" " * width + "".join(f"  step {s:>3}" for s in sorted(steps)))
        for k in keys:
            lines.append(k.ljust(width) + "".join(
                f"  {steps[s][k]:8.3f}" if k in steps[s] else "         -" for s in sorted(steps)))
    for d in wandb_dirs:
        lines.append(f"W&B offline run: {d}")
    return "\n".join(lines)


def run_train(recipe: str, workdir: str, overrides: list[str]) -> int:
    paths = prepare_tiny(workdir)
    work = paths["work"]
    cmd = [sys.executable, "-m", "verl.trainer.main_ppo", "--config-path=pkg://rubric_plugin.conf",
           f"--config-name={recipe}", *tiny_overrides(paths), *overrides]
    env = {**os.environ, **CPU_ENV, "WANDB_DIR": str(work)} if recipe == "tiny_cpu" else dict(os.environ)
    print("+ " + " ".join(cmd), flush=True)
    log_path = work / "train.log"
    (work / "metrics.jsonl").unlink(missing_ok=True)
    t0 = time.monotonic()
    lines: list[str] = []
    with open(log_path, "w") as log, PeakMemory(os.getpid()) as peak:
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env, cwd=work, text=True,
                                bufsize=1)
        assert proc.stdout is not None
        for line in proc.stdout:
            sys.stdout.write(line)
            log.write(line)
            lines.append(line)
        code = proc.wait()
    wall = time.monotonic() - t0
    wandb_dirs = sorted((work / "wandb").glob("offline-run-*"), key=lambda p: p.stat().st_mtime)[-1:]
    print("\n== rubric-plugin train: summary ==")
    steps = read_metrics_jsonl(work / "metrics.jsonl") or parse_step_metrics(lines)
    print(format_summary(steps, wall, peak.peak_bytes / 2**30, wandb_dirs))
    print(f"log: {log_path}\nexit code: {code}", flush=True)
    return code
