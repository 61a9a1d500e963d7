"""Generator SFT on verl 0.9.1, end to end on CPU: rows -> verl's Ray SFT trainer -> HF model.

Policy: SFT rows are checked when they are written or read, before any Ray or GPU time, and a bad
row is reported with its row, field, value and fix. The recipes are deltas over verl's
``sft_trainer_engine`` with a finetuning learning rate and offline loggers. The real trainer
(``verl.trainer.sft_trainer_ray``'s ``SFTTrainer`` driving verl's ``TrainingWorker`` over Ray, FSDP2 on
gloo through the plugin's CPU platform) trains a tiny model; the checkpoint comes back as a Hugging
Face directory, the same weights whether copied from ``hf_model`` or rebuilt by verl's model merger,
and the finetuned model prefers the target it was trained on.
"""
from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path

import pytest

from rubric_plugin.sft.data import SFTDataError, check_rows, read_sft_parquet, write_sft_parquet

ROOT = Path(__file__).resolve().parents[1]
SFT_CONF = ROOT / "conf" / "sft"
SYSTEM = "You write rubrics as JSON."
TARGET = '{"criteria": [{"id": "c1", "question": "Does the response list exactly two gift ideas?", "hard": true}]}'


def _row(i: int) -> dict:
    return {"messages": [{"role": "system", "content": SYSTEM},
                         {"role": "user", "content": f"Rubric for: suggest gifts for friend number {i}."},
                         {"role": "assistant", "content": TARGET}]}


# --- rows -------------------------------------------------------------------------------------

BAD_ROWS = [
    # no messages column at all
    ({"prompt": "hi"}, "messages", "is missing"),
    # an empty conversation
    ({"messages": []}, "messages", "non-empty list"),
    # a role verl's dataset does not template
    ({"messages": [{"role": "bot", "content": "x"}, {"role": "assistant", "content": "y"}]}, "messages[0].role",
     "must be one of"),
    # structured targets must be serialised text
    ({"messages": [{"role": "user", "content": "q"}, {"role": "assistant", "content": {"criteria": []}}]},
     "messages[1].content", "must be a string"),
    # an empty answer teaches nothing
    ({"messages": [{"role": "user", "content": "q"}, {"role": "assistant", "content": "  "}]}, "messages[1].content",
     "is empty"),
    # nothing to train on
    ({"messages": [{"role": "user", "content": "q"}]}, "messages", "no assistant message"),
    # a trailing user turn is never learned
    ({"messages": [{"role": "user", "content": "q"}, {"role": "assistant", "content": "a"},
                   {"role": "user", "content": "again"}]}, "messages[-1].role", "must end with the assistant"),
]


@pytest.mark.parametrize("row,field,problem", BAD_ROWS)
def test_bad_row_is_rejected_naming_row_field_value_and_fix(row, field, problem):
    rows = [_row(0), row]
    with pytest.raises(SFTDataError, match=problem) as info:
        check_rows(rows)
    (p,) = info.value.problems
    # the good row 0 passes; the bad one is row 1, with the field, and a fix
    assert (p.row, p.field) == (1, field) and p.fix
    assert "row 1" in str(info.value) and "fix:" in str(info.value)


def test_every_problem_is_listed_not_just_the_first():
    rows = [{"messages": []}, _row(1), {"messages": [{"role": "user", "content": "q"}]}]
    with pytest.raises(SFTDataError) as info:
        check_rows(rows)
    assert [p.row for p in info.value.problems] == [0, 2]


def test_parquet_round_trip_feeds_verls_dataset_and_trains_only_on_the_answer(tmp_path, tiny_tokenizer_dir):
    # verl's MultiTurnSFTDataset reads the file; its loss mask must cover the assistant answer only
    from omegaconf import OmegaConf
    from transformers import AutoTokenizer
    from verl.utils.dataset.multiturn_sft_dataset import MultiTurnSFTDataset

    path = tmp_path / "train.parquet"
    assert write_sft_parquet([_row(i) for i in range(3)], path) == 3
    assert read_sft_parquet(path)[2]["messages"][1]["content"].endswith("number 2.")
    tok = AutoTokenizer.from_pretrained(tiny_tokenizer_dir)
    cfg = OmegaConf.create({"max_length": 512, "truncation": "error", "pad_mode": "no_padding",
                            "messages_key": "messages"})
    ds = MultiTurnSFTDataset(parquet_files=str(path), tokenizer=tok, config=cfg)
    item = ds[0]
    trained = item["input_ids"][item["loss_mask"].bool()]
    # the trained tokens decode to the answer (and the end-of-turn marker the template adds)
    assert tok.decode(trained).strip().startswith(TARGET)
    assert SYSTEM not in tok.decode(trained) and "friend number" not in tok.decode(trained)


def test_reading_a_missing_file_names_the_key_to_change(tmp_path):
    with pytest.raises(SFTDataError, match="data.train_files"):
        read_sft_parquet(tmp_path / "nope.parquet")


# --- recipes ----------------------------------------------------------------------------------

RECIPES = ["generator_sft", "generator_sft_megatron"]


@pytest.mark.parametrize("name", RECIPES)
def test_recipe_composes_over_verls_sft_config_with_a_finetuning_lr_and_offline_loggers(name):
    from verl.utils.config import omega_conf_to_dataclass

    from rubric_plugin.sft.train import compose

    cfg = compose(name, ["model.path=/models/base", "data.train_files=/data/sft.parquet"])
    # verl's default lr is 1e-3; a recipe for full finetuning stays at or below 1e-4
    assert cfg.optim.lr <= 1e-4
    assert "wandb" not in cfg.trainer.logger and "console" in cfg.trainer.logger
    assert "hf_model" in cfg.checkpoint.save_contents
    # the engine and optimiser nodes build verl's typed configs
    engine, optim = omega_conf_to_dataclass(cfg.engine), omega_conf_to_dataclass(cfg.optim)
    expected = ("McoreEngineConfig", "McoreOptimizerConfig") if "megatron" in name else ("FSDPEngineConfig",
                                                                                          "FSDPOptimizerConfig")
    assert (type(engine).__name__, type(optim).__name__) == expected
    # everything else is verl's sft_trainer_engine
    assert cfg.data.messages_key == "messages" and cfg.trainer.resume_mode == "auto"


@pytest.mark.parametrize("name", RECIPES)
def test_recipe_yaml_has_a_comment_above_every_key(name):
    lines = (SFT_CONF / f"{name}.yaml").read_text().splitlines()
    body = lines[next(i for i, l in enumerate(lines) if not l.startswith("#")):]
    for i, line in enumerate(body):
        stripped = line.strip()
        if not stripped or stripped.startswith(("#", "-", "hydra:", "searchpath:", "defaults:")) or line.startswith(" " * 4 + "-"):
            continue
        assert " #" not in line, f"inline comment: {line!r}"
        if line.startswith("  ") and ":" in stripped:
            assert body[i - 1].strip().startswith("#"), f"no comment above {line!r}"


def test_missing_inputs_fail_before_ray_starts(tmp_path):
    from rubric_plugin.errors import ConfigError
    from rubric_plugin.sft.train import check_inputs, compose

    with pytest.raises(ConfigError, match="model.path is not set"):
        check_inputs(compose("generator_sft"))
    bad = tmp_path / "bad.parquet"
    import pandas as pd

    pd.DataFrame([{"messages": [{"role": "user", "content": "q"}]}]).to_parquet(bad)
    with pytest.raises(SFTDataError, match="no assistant message"):
        check_inputs(compose("generator_sft", [f"model.path={tmp_path}", f"data.train_files={bad}"]))


def test_torchrun_command_targets_verls_spmd_trainer_with_the_recipe():
    from rubric_plugin.sft.train import command

    cmd = command("generator_sft", ["model.path=/m"], launcher="torchrun", nproc_per_node=8)
    assert cmd[1:4] == ["-m", "torch.distributed.run", "--nproc_per_node=8"]
    assert "verl.trainer.sft_trainer" in cmd and "--config-name=sft/generator_sft" in cmd and cmd[-1] == "model.path=/m"


# --- end to end -------------------------------------------------------------------------------

STEPS = 3


@pytest.fixture(scope="module")
def trained(tmp_path_factory, tiny_model_dir):
    """One real SFT run: the tiny model learns TARGET for STEPS steps on the CPU platform."""
    from rubric_plugin.sft.train import CPU_ENV, command, cpu_overrides

    work = tmp_path_factory.mktemp("gen-sft")
    write_sft_parquet([_row(i) for i in range(8)], work / "train.parquet")
    overrides = [*cpu_overrides(num_cpus=16), f"model.path={tiny_model_dir}", f"data.train_files={work / 'train.parquet'}",
                 "data.train_batch_size=4", "data.micro_batch_size_per_gpu=4", "data.max_length=256",
                 f"trainer.total_training_steps={STEPS}", "trainer.total_epochs=10", "trainer.save_freq=-1",
                 # a 0.3M-parameter random model: a large step shows learning within 3 steps
                 "optim.lr=3e-3", "optim.lr_warmup_steps_ratio=0", f"trainer.default_local_dir={work / 'ckpt'}"]
    env = {**os.environ, **CPU_ENV, "VERL_FILE_LOGGER_PATH": str(work / "metrics.jsonl"),
           "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    proc = subprocess.run(command("generator_sft", overrides), cwd=work, env=env, capture_output=True, text=True,
                          timeout=420)
    (work / "train.log").write_text(proc.stdout + proc.stderr)
    assert proc.returncode == 0, (proc.stdout + proc.stderr)[-4000:]
    return work


@pytest.mark.timeout(480)
def test_verls_ray_sft_trainer_runs_on_cpu_and_logs_every_step(trained):
    lines = [json.loads(line) for line in (trained / "metrics.jsonl").read_text().splitlines()]
    losses = [row["data"]["train/loss"] for row in lines if "train/loss" in row["data"]]
    assert len(losses) == STEPS and all(math.isfinite(x) for x in losses)
    assert losses[-1] < losses[0]


@pytest.mark.timeout(480)
def test_checkpoint_round_trips_to_a_hf_model_that_learned_the_target(trained, tiny_model_dir):
    import torch
    from safetensors.torch import load_file
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from rubric_plugin.sft.checkpoint import export_hf, latest_checkpoint

    assert latest_checkpoint(trained / "ckpt").name == f"global_step_{STEPS}"
    copied = export_hf(trained / "ckpt", trained / "hf")
    merged = export_hf(trained / "ckpt", trained / "hf_merged", merge=True)
    a, b = load_file(copied / "model.safetensors"), load_file(merged / "model.safetensors")
    # verl's hf_model copy (fp32 master weights) and its model merger (the model config's dtype,
    # bf16 here) give the same weights once rounded to the merger's dtype
    assert sorted(a) == sorted(b) and all(torch.equal(a[k].to(b[k].dtype), b[k]) for k in a)

    tok = AutoTokenizer.from_pretrained(copied)
    msgs = _row(99)["messages"]
    prompt = tok.apply_chat_template(msgs[:2], add_generation_prompt=True, tokenize=False)
    ids = tok(prompt + TARGET + "<|im_end|>", return_tensors="pt", add_special_tokens=False).input_ids
    labels = ids.clone()
    labels[:, :len(tok(prompt, add_special_tokens=False).input_ids)] = -100

    def target_loss(path):
        model = AutoModelForCausalLM.from_pretrained(path, dtype=torch.float32).eval()
        with torch.no_grad():
            return model(ids, labels=labels).loss.item()

    # the finetuned model, loaded back with transformers, predicts an unseen row's target better
    assert target_loss(copied) < target_loss(tiny_model_dir) - 0.1
