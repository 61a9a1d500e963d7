"""Generator SFT on verl 0.9.1, end to end on CPU: rows -> verl's Ray SFT trainer -> HF model.

Policy: SFT rows are checked when they are written or read, before any Ray or GPU time, and a bad
row is reported with its row, field, value and fix. The recipes are deltas over verl's
``sft_trainer_engine`` with a finetuning learning rate and offline loggers. The real trainer
(``verl.trainer.sft_trainer_ray``'s ``SFTTrainer`` driving verl's ``TrainingWorker`` over Ray, FSDP2 on
gloo through the plugin's CPU platform) trains a tiny model on what ``rubric-plugin generator-data``
writes from gold rubrics; the checkpoint comes back as a Hugging Face directory, the same weights
whether copied from ``hf_model`` or rebuilt by verl's model merger, and the finetuned model prefers
the rubric it was trained on. ``python -m rubric_plugin.sft.checkpoint`` exports it, and
``rubric-plugin generate generator=vllm_engine`` serves the export to conversations it never saw:
every row ends as a validated record or as a failed row with its reason. A verl checkpoint given
in place of its export, or an export without weights, is refused at load time with the key, the
path and the export command.
"""
from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path

import pytest

from rubric_plugin.generation.prompt import format_target, generation_messages
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


# --- end to end: generator-data -> verl's Ray SFT trainer -> export -> generate ------------------

STEPS = 4
# gold rubrics for the SFT run: one rubric for every prompt, so that a tiny model can pick it up
GOLD_CRITERIA = [{"id": "c1", "question": "Is the response written in English?", "hard": True},
                 {"id": "c2", "question": "Does the response stay under fifty words?", "hard": False}]
GOLD_TOPICS = ["fruits", "birds", "rivers", "cities", "colours", "trees", "songs", "poems"]
# conversations the generator never saw: single-turn, and system-prompted
UNSEEN = [{"id": "planets", "messages": [{"role": "user", "content": "Name two planets, one per line."}]},
          {"id": "quill", "messages": [{"role": "system", "content": "You are Quill. Answer in one sentence."},
                                       {"role": "user", "content": "Name two metals."}]}]


def _gold(i: int, topic: str) -> dict:
    return {"id": f"gold-{i}", "category": "complex", "criteria": GOLD_CRITERIA,
            "messages": [{"role": "user", "content": f"Name two {topic}, one per line."}]}


def _env(**extra: str) -> dict:
    from rubric_plugin.sft.train import CPU_ENV

    return {**os.environ, **CPU_ENV, **extra, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}


@pytest.fixture(scope="module")
def trained(tmp_path_factory, tiny_model_dir):
    """One real SFT run: the tiny model learns the gold rubric, from ``generator-data`` rows, on the CPU platform."""
    from rubric_plugin.cli.main import main
    from rubric_plugin.sft.train import command, cpu_overrides

    work = tmp_path_factory.mktemp("gen-sft")
    gold = work / "gold.jsonl"
    gold.write_text("".join(json.dumps(_gold(i, t)) + "\n" for i, t in enumerate(GOLD_TOPICS)))
    assert main(["generator-data", str(gold), "--out", str(work / "train.parquet")]) == 0
    overrides = [*cpu_overrides(num_cpus=16), f"model.path={tiny_model_dir}", f"data.train_files={work / 'train.parquet'}",
                 # the generation prompt (instructions and check menu) is ~2.6k tokens of the tiny tokenizer
                 "data.train_batch_size=2", "data.micro_batch_size_per_gpu=2", "data.max_length=3072",
                 f"trainer.total_training_steps={STEPS}", "trainer.total_epochs=20", "trainer.save_freq=-1",
                 # a 0.3M-parameter random model: a large step shows learning within STEPS steps
                 "optim.lr=1e-2", "optim.lr_warmup_steps_ratio=0", f"trainer.default_local_dir={work / 'ckpt'}"]
    # a loaded 2-core machine can take more than Ray's default minute to register the raylet
    env = _env(VERL_FILE_LOGGER_PATH=str(work / "metrics.jsonl"),
               RAY_raylet_start_wait_time_s=os.environ.get("RAY_raylet_start_wait_time_s", "300"))
    proc = subprocess.run(command("generator_sft", overrides), cwd=work, env=env, capture_output=True, text=True,
                          timeout=600)
    (work / "train.log").write_text(proc.stdout + proc.stderr)
    assert proc.returncode == 0, (proc.stdout + proc.stderr)[-4000:]
    return work


@pytest.mark.ray
@pytest.mark.timeout(700)
def test_verls_ray_sft_trainer_runs_on_cpu_and_logs_every_step(trained):
    lines = [json.loads(line) for line in (trained / "metrics.jsonl").read_text().splitlines()]
    losses = [row["data"]["train/loss"] for row in lines if "train/loss" in row["data"]]
    assert len(losses) == STEPS and all(math.isfinite(x) for x in losses)
    assert losses[-1] < losses[0]


@pytest.mark.ray
@pytest.mark.timeout(700)
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
    # an unseen conversation, asked for exactly as `generate` asks
    prompt = tok.apply_chat_template(generation_messages(UNSEEN[0]), add_generation_prompt=True, tokenize=False)
    ids = tok(prompt + format_target(GOLD_CRITERIA) + "<|im_end|>", return_tensors="pt", add_special_tokens=False).input_ids
    labels = ids.clone()
    labels[:, :len(tok(prompt, add_special_tokens=False).input_ids)] = -100

    def target_loss(path):
        model = AutoModelForCausalLM.from_pretrained(path, dtype=torch.float32).eval()
        with torch.no_grad():
            return model(ids, labels=labels).loss.item()

    # the finetuned model, loaded back with transformers, predicts the gold rubric for an unseen row better
    assert target_loss(copied) < target_loss(tiny_model_dir) - 0.1


@pytest.fixture(scope="module")
def exported(trained):
    """The user's export command on the run folder (its latest checkpoint)."""
    out = trained / "generator-hf"
    proc = subprocess.run([sys.executable, "-m", "rubric_plugin.sft.checkpoint", str(trained / "ckpt"), str(out)],
                          env=_env(), capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0 and f"wrote {out}" in proc.stdout, proc.stderr[-2000:]
    return out


@pytest.fixture(scope="module")
def generated(exported, tmp_path_factory):
    """One ``rubric-plugin generate`` run with the in-process vLLM engine serving the export."""
    work = tmp_path_factory.mktemp("gen-loadback")
    convs = work / "convs.jsonl"
    convs.write_text("".join(json.dumps(c) + "\n" for c in UNSEEN))
    cmd = [sys.executable, "-m", "rubric_plugin.cli.main", "generate", str(convs), "--out", str(work / "rubrics.jsonl"),
           "--no-progress", "generator=vllm_engine", f"generator.backend.model={exported}",
           "generator.name=finetuned-tiny", "generator.max_tokens=64",
           # what vLLM needs on CPU (as in the engine verifier's tests); the tiny model's context is 4k
           "generator.backend.dtype=bfloat16", "generator.backend.max_model_len=4096",
           "+generator.backend.engine_kwargs.enforce_eager=true", "+generator.backend.engine_kwargs.block_size=32"]
    proc = subprocess.run(cmd, cwd=work, env=_env(VLLM_CPU_KVCACHE_SPACE="1"), capture_output=True, text=True,
                          timeout=600)
    (work / "generate.log").write_text(proc.stdout + proc.stderr)
    return work, proc


def _read_jsonl(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text().splitlines()] if path.is_file() else []


@pytest.mark.vllm
@pytest.mark.timeout(900)
def test_the_finetuned_generator_loads_back_into_generate_and_every_row_is_accounted_for(generated, exported):
    # A few steps do not teach a tiny random model the rubric by heart, so a row may end as a
    # validated record or as a failed row with its reason; either way it is accounted for.
    from transformers import AutoTokenizer

    work, proc = generated
    assert (work / "rubrics.report.json").is_file(), (proc.stdout + proc.stderr)[-4000:]
    report = json.loads((work / "rubrics.report.json").read_text())
    errors = _read_jsonl(work / "rubrics.errors.jsonl")
    print(json.dumps({"rows": report["rows"], "criteria": report["criteria"], "tokens": report["tokens"],
                      "failures": report["failures"], "errors": [(e["id"], e["kind"], e["error"][:120]) for e in errors]}))
    # the engine served the exported model, with its tokenizer and chat template, exactly the prompt
    # the generator was trained on: one request per row, and every prompt token counted
    tok = AutoTokenizer.from_pretrained(exported)
    prompts = [tok.apply_chat_template(generation_messages(c), add_generation_prompt=True, tokenize=False) for c in UNSEEN]
    prompt_tokens = sum(len(tok(p, add_special_tokens=False).input_ids) for p in prompts)
    assert report["tokens"]["requests"] == len(UNSEEN) and report["tokens"]["prompt"] == prompt_tokens
    assert report["tokens"]["completion"] > 0
    # every row is accounted for, and the filter report printed
    assert report["rows"]["read"] == len(UNSEEN) == report["rows"]["written"] + report["rows"]["failed"]
    assert len(errors) == report["rows"]["failed"] == sum(report["failures"].values())
    assert "filter report:" in proc.stdout
    # a failed row names its kind and reason in the error file, and fails the command
    assert all(e["kind"] in report["failures"] and e["error"] for e in errors)
    assert proc.returncode == (1 if errors else 0)


@pytest.mark.ray
@pytest.mark.timeout(700)
def test_a_checkpoint_that_is_not_an_exported_model_is_refused_before_the_engine_starts(trained, exported, tmp_path,
                                                                                          capsys):
    import shutil

    from rubric_plugin.cli.main import main

    broken = tmp_path / "broken-export"
    shutil.copytree(exported, broken, ignore=shutil.ignore_patterns("*.safetensors"))
    convs = tmp_path / "convs.jsonl"
    convs.write_text(json.dumps(UNSEEN[0]) + "\n")
    step = trained / "ckpt" / f"global_step_{STEPS}"
    cases = [(trained / "ckpt", "is a verl training checkpoint"), (step, "is a verl training checkpoint"),
             (broken, "missing weights"), (tmp_path / "no-such-export", "does not exist")]
    for model, problem in cases:
        out = tmp_path / f"{model.name}.jsonl"
        rc = main(["generate", str(convs), "--out", str(out), "--no-progress", "generator=vllm_engine",
                   f"generator.backend.model={model}"])
        err = capsys.readouterr().err
        # the key, the value, what is wrong and the command that fixes it; no engine was built, nothing written
        assert rc == 1 and "generator.backend.model" in err and str(model) in err and problem in err, err
        assert "python -m rubric_plugin.sft.checkpoint" in err and "vLLM engine" not in err
        assert not out.exists()
