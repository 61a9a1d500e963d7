"""The evaluation harness: `rubric-plugin eval` over records and responses, under several protocols at once.

Policy: a row that cannot be judged (rejected at load, no response, judge failure) never stops the
run; it is written with its error, counts as not passed and stays in the denominator. A re-run
skips rows already judged. The rule-based test verifier is chosen explicitly
(+verifier@reward.rubric.verifier=rules): a criterion is satisfied iff its quoted phrase occurs.
"""
from __future__ import annotations

import asyncio
import json

import pytest

from rubric_plugin.cli.main import main
from rubric_plugin.convert import load_records
from rubric_plugin.errors import RubricSchemaError, VerifierTransportError
from rubric_plugin.eval import harness
from rubric_plugin.eval.compare import bootstrap_ci, mcnemar_exact, paired
from rubric_plugin.eval.protocols import JudgeContext
from rubric_plugin.verifier.base import ChatBackend, Completion

pytestmark = pytest.mark.timeout(300)


def aif_row(rid, bench, conversation, rubrics, response=None):
    row = {"conversation_history": json.dumps(conversation), "benchmark_name": bench,
           "prompt_metadata": json.dumps({"id": rid, "rubrics": json.dumps(rubrics)})}
    if response is not None:
        row["response"] = response
    return row


AIF = [
    aif_row("aif-1", "complex_if_single_turn_v5", [{"role": "user", "content": "A haiku about rain with 'umbrella'."}],
            ['Does the response mention "umbrella"?', 'Does the response mention "rain"?'],
            "Rain taps the umbrella\nsoft grey rain\nall day"),
    aif_row("aif-2", "system_steerability_v2",
            [{"role": "system", "content": "You are Quill. Sign every answer 'Quill'."}, {"role": "user", "content": "Hi"},
             {"role": "assistant", "content": "Hello. Quill"}, {"role": "user", "content": "Tell me about fog."}],
            ['Is the response signed "Quill"?', 'Does the response mention "fog"?'], "Fog is a cloud at ground level."),
]
IFEVAL = [
    {"key": 1, "prompt": "Write about cats without commas.", "instruction_id_list": ["punctuation:no_comma"], "kwargs": [{}]},
    {"key": 2, "prompt": "Write about dogs in at least 5 words, all lowercase.",
     "instruction_id_list": ["length_constraints:number_words", "change_case:english_lowercase"],
     "kwargs": [{"num_words": 5, "relation": "at least"}, {}]},
    # IFEval would draw num_words at random: rejected at load, a failed row in every protocol
    {"key": 3, "prompt": "Write fewer than N words.", "instruction_id_list": ["length_constraints:number_words"],
     "kwargs": [{"num_words": None, "relation": "less than"}]},
]
IFEVAL_RESPONSES = [{"id": "1", "response": "Cats are soft and quiet."},
                    # 6 words, but not all lower case: strict fails; loose mode does not fix case
                    {"id": "2", "response": "Dogs Are Loyal friends to people."}]


def write(path, rows):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return str(path)


def eval_cli(*args):
    return main(["eval", *map(str, args), "--no-progress", "+verifier@reward.rubric.verifier=rules"])


def rows_of(out):
    return [json.loads(line) for line in (out / "rows.jsonl").read_text().splitlines()]


def test_ifeval_records_under_three_protocols_with_a_rejected_row(tmp_path):
    recs, resp = write(tmp_path / "ifeval.jsonl", IFEVAL), write(tmp_path / "resp.jsonl", IFEVAL_RESPONSES)
    out = tmp_path / "out"
    assert eval_cli("--records", recs, "--responses", resp, "--protocol", "rubric,ifeval,advancedif", "--out", out) == 0
    s = json.loads((out / "summary.json").read_text())["protocols"]
    # ifeval: row 1 passes, row 2 fails lowercase, row 3 rejected -> 1/3 prompts; instructions 2 of 3 known
    assert s["ifeval"]["ifeval"] == pytest.approx({"prompt_strict": 1 / 3, "prompt_loose": 1 / 3,
                                                   "instruction_strict": 2 / 3, "instruction_loose": 2 / 3})
    # rubric: the checks decide the same way (no llm criteria): 1 of 3, the rejected row failed
    assert (s["rubric"]["overall"]["passed"], s["rubric"]["overall"]["rows"], s["rubric"]["overall"]["failed"]) == (1, 3, 1)
    # advancedif asks the questions of the check criteria; the rule verifier says yes to unquoted ones
    off = s["advancedif"]["official"]["overall"]
    assert (off["processed_rows"], off["failed_rows"], off["overall_pass_rate"]) == (3, 1, pytest.approx(2 / 3))
    rejected = [r for r in rows_of(out) if r["id"] == "row:3"]
    assert len(rejected) == 3 and all(r["failed"] and "num_words" in r["error"] for r in rejected)
    # ifeval and rubric answer every check the same way: full agreement on shared criteria
    ag = json.loads((out / "summary.json").read_text())["agreement"]
    i, j = ag["protocols"].index("rubric"), ag["protocols"].index("ifeval")
    assert ag["criterion"][i][j] == 1.0


def test_advancedif_records_with_their_own_responses_report_and_plots(tmp_path):
    recs = write(tmp_path / "aif.jsonl", AIF)
    out = tmp_path / "out"
    # AdvancedIF's own `response` field is a responses file too
    assert eval_cli("--records", recs, "--responses", recs, "--protocol", "advancedif,rubric", "--out", out) == 0
    rows = {(r["protocol"], r["id"]): r for r in rows_of(out)}
    # aif-1 says both phrases; aif-2 is not signed "Quill"
    assert rows[("advancedif", "aif-1")]["passed"] and not rows[("advancedif", "aif-2")]["passed"]
    assert rows[("advancedif", "aif-2")]["fraction"] == 0.5
    assert list(rows[("advancedif", "aif-2")]["satisfied"].values()) == [False, True]  # per criterion, in order
    raw = json.loads(rows[("advancedif", "aif-2")]["raw_judge"])
    assert raw["SATISFIED_ALL_REQUIREMENTS"] == "NO" and set(raw["rubrics_check"]) == {"question_1", "question_2"}
    assert rows[("rubric", "aif-1")]["passed"] and rows[("rubric", "aif-1")]["reward"] == 1.0
    s = json.loads((out / "summary.json").read_text())
    assert s["protocols"]["advancedif"]["by_category"]["system_steerability"]["pass_rate"] == 0.0
    assert set(s["protocols"]["advancedif"]["official"]["by_benchmark"]) == {"complex_if_single_turn_v5",
                                                                            "system_steerability_v2"}
    html = (out / "report.html").read_text()
    from PIL import Image

    for name in ("plot_categories.png", "plot_criterion_distribution.png", "plot_all_or_nothing_vs_fractional.png",
                 "plot_agreement.png"):
        assert name in html and name in (out / "report.md").read_text()
        with Image.open(out / name) as im:
            im.load()
            assert im.format == "PNG" and im.size[0] >= 300 and im.size[1] >= 200
            low, high = im.convert("L").getextrema()
            assert high - low > 100  # drawn, not blank


def test_plugin_parquet_records_evaluate_exactly_as_their_jsonl(tmp_path):
    # AdvancedIF and IFEval rows in one file, converted by the plugin's own writer to verl parquet
    recs = write(tmp_path / "mixed.jsonl", AIF + IFEVAL[:2])
    resp = write(tmp_path / "resp.jsonl", IFEVAL_RESPONSES + [
        {"id": "aif-1", "response": AIF[0]["response"]}, {"id": "aif-2", "response": AIF[1]["response"]}])
    assert main(["convert", recs, "--out", str(tmp_path / "mixed.parquet")]) == 0
    summaries = {}
    for name in ("mixed.jsonl", "mixed.parquet"):
        out = tmp_path / f"out-{name}"
        assert eval_cli("--records", tmp_path / name, "--responses", resp, "--protocol", "advancedif,rubric,ifeval",
                        "--out", out) == 0
        summaries[name] = json.loads((out / "summary.json").read_text())
        summaries[name].pop("meta")  # names the input file
    assert summaries["mixed.parquet"] == summaries["mixed.jsonl"]
    s = summaries["mixed.parquet"]["protocols"]
    # 4 records judged, none failed: aif-2 is not signed "Quill"; IFEval row 2 is not lower case
    assert (s["rubric"]["overall"]["rows"], s["rubric"]["overall"]["failed"], s["rubric"]["overall"]["passed"]) == (4, 0, 2)
    assert set(s["rubric"]["by_category"]) == {"complex", "system_steerability", "ifeval"}


def test_a_bad_parquet_row_is_named_by_row_and_field_and_is_a_failed_row(tmp_path):
    import pandas as pd

    recs = write(tmp_path / "aif.jsonl", AIF)
    pq = tmp_path / "aif.parquet"
    assert main(["convert", recs, "--out", str(pq)]) == 0
    rows = pd.read_parquet(pq).to_dict("records")
    record = json.loads(rows[1]["reward_model"]["ground_truth"])
    record["criteria"][1]["weight"] = -1.0
    rows[1]["reward_model"] = {"style": "rubric", "ground_truth": json.dumps(record)}
    pd.DataFrame(rows).to_parquet(pq, index=False)
    loaded = load_records(pq)
    assert [r.id for r in loaded.records] == ["aif-1"]
    (p,) = loaded.problems
    assert (p.row, p.field, p.value) == (2, "reward_model.ground_truth: criteria[1].weight", -1.0)
    out = tmp_path / "out"
    assert eval_cli("--records", pq, "--responses", recs, "--protocol", "rubric", "--out", out) == 0
    (bad,) = [r for r in rows_of(out) if r["failed"]]
    assert bad["id"] == "row:2" and "criteria[1].weight" in bad["error"]
    (pq.parent / "not.parquet").write_text("a text file")
    with pytest.raises(RubricSchemaError, match="not a readable parquet file"):
        load_records(pq.parent / "not.parquet")


class ScriptedJudge(ChatBackend):
    """Answers the official judge prompt: yes to every question, except that a response containing
    FAILME gets a transport error (while `broken` is set)."""

    model = "scripted"

    def __init__(self):
        self.requests, self.broken = [], True

    async def complete(self, request, timeout_s=None):
        self.requests.append(request)
        (msg,) = request.messages
        if self.broken and "FAILME" in msg["content"]:
            raise VerifierTransportError("connection reset", retryable=False)
        qs = request.schema["properties"]["rubrics_check"]["required"]
        return Completion(json.dumps({"rubrics_check": {q: "Looks right. Yes" for q in qs},
                                      "SATISFIED_ALL_REQUIREMENTS": "YES"}), "stop", 100, 0, 20)


def test_judge_failures_are_counted_listed_and_judged_again_on_resume(tmp_path):
    from rubric_plugin.verifier.llm import LLMVerifier

    aif = write(tmp_path / "aif.jsonl", AIF)
    items = harness.items_from_load(load_records(aif))
    harness.attach_responses(items, {"aif-1": "fine answer", "aif-2": "FAILME"})
    backend = ScriptedJudge()
    ctx = JudgeContext(LLMVerifier(backend, retry={"max_retries": 0}, cache_size=0), None, "by_category")
    out = tmp_path / "out"
    rows = asyncio.run(harness.run(items, ["advancedif"], ctx, out, progress=False))
    assert [(r["id"], r["passed"], r["failed"], r["failure"]) for r in rows] == [
        ("aif-1", True, False, None), ("aif-2", False, True, "judge")]
    assert "connection reset" in rows[1]["error"]
    # one user message in the official structure; routed by category to the steer judge
    assert rows[0]["judge"] == "plain" and rows[1]["judge"] == "steer" and len(backend.requests) == 2
    assert rows[0]["cost"]["prompt_tokens"] == 100
    # re-run: the judged row is kept, only the failed one is judged again
    backend.broken = False
    rows = asyncio.run(harness.run(items, ["advancedif"], ctx, out, progress=False))
    assert len(backend.requests) == 3 and all(r["passed"] for r in rows)
    assert len((out / "rows.jsonl").read_text().splitlines()) == 2


def test_a_record_without_a_response_is_a_failed_row(tmp_path):
    recs = write(tmp_path / "ifeval.jsonl", IFEVAL[:2])
    resp = write(tmp_path / "resp.jsonl", IFEVAL_RESPONSES[:1])
    out = tmp_path / "out"
    assert eval_cli("--records", recs, "--responses", resp, "--protocol", "ifeval", "--out", out) == 0
    (missing,) = [r for r in rows_of(out) if r["id"] == "2"]
    assert missing["failed"] and missing["failure"] == "input" and "no response" in missing["error"]


def test_mcnemar_and_bootstrap_by_hand():
    # 0 vs 5 discordant pairs: p = 2 * (1/2)^5
    assert mcnemar_exact(0, 5) == pytest.approx(0.0625)
    # 2 vs 8: p = 2 * (C(10,0)+C(10,1)+C(10,2)) / 2^10 = 2 * 56 / 1024
    assert mcnemar_exact(8, 2) == pytest.approx(112 / 1024)
    assert mcnemar_exact(0, 0) == 1.0 and mcnemar_exact(3, 3) == 1.0
    lo, hi = bootstrap_ci([1] * 30 + [0] * 70, resamples=500, seed=1)
    assert lo < 0.3 < hi and 0.15 < lo and hi < 0.45
    assert bootstrap_ci([1] * 30 + [0] * 70, resamples=500, seed=1) == (lo, hi)  # seeded


def test_compare_pairs_rows_by_protocol_and_id(tmp_path, capsys):
    def rows(passes):
        return [{"protocol": "rubric", "id": str(i), "category": "c" if i % 2 else "d", "passed": p}
                for i, p in enumerate(passes)]

    result = paired(rows([False] * 10), rows([True] * 6 + [False] * 4), resamples=200)
    s = result["rubric"]["(all)"]
    assert (s["n"], s["delta"], s["only_a"], s["only_b"]) == (10, pytest.approx(0.6), 0, 6)
    assert s["mcnemar_p"] == pytest.approx(2 / 64)
    for name, passes in (("a", [False] * 10), ("b", [True] * 6 + [False] * 4)):
        (tmp_path / name).mkdir()
        write(tmp_path / name / "rows.jsonl", rows(passes))
    assert main(["eval", "compare", str(tmp_path / "a"), str(tmp_path / "b"), "--out", str(tmp_path / "cmp")]) == 0
    printed = capsys.readouterr().out
    assert "+60.0" in printed and "0.0312" in printed
    assert json.loads((tmp_path / "cmp" / "compare.json").read_text())["protocols"]["rubric"]["c"]["n"] == 5


def test_eval_without_responses_or_model_says_what_to_pass(tmp_path, capsys):
    recs = write(tmp_path / "ifeval.jsonl", IFEVAL[:1])
    assert main(["eval", "--records", recs, "--out", str(tmp_path / "o")]) == 2
    assert "--responses" in capsys.readouterr().err


def test_a_bad_official_judge_checkout_fails_before_any_response_is_generated(tmp_path, capsys, monkeypatch):
    import rubric_plugin.eval.generate as generate

    def no_generation(*args, **kwargs):
        raise AssertionError("a policy was started before the judge's wording was checked")

    monkeypatch.setattr(generate, "policy_backend", no_generation)
    recs, out = write(tmp_path / "aif.jsonl", AIF), tmp_path / "out"
    assert eval_cli("--records", recs, "--model", tmp_path / "policy", "--protocol", "advancedif",
                    "--official-judge", tmp_path, "--out", out) == 1
    err = capsys.readouterr().err
    assert "no judge.py" in err and str(tmp_path) in err and "leave it unset to use the plugin's wording" in err
    assert not (out / "responses.jsonl").exists() and not (out / "rows.jsonl").exists()


@pytest.mark.ray
def test_a_worker_group_that_cannot_start_stops_eval_with_its_reason_and_stops_ray(tmp_path, capsys):
    import ray

    recs, out = write(tmp_path / "aif.jsonl", AIF), tmp_path / "out"
    wg = "reward.rubric.worker_group"
    assert main(["eval", "--records", recs, "--responses", recs, "--protocol", "advancedif", "--out", str(out),
                 "--no-progress", "+verifier@reward.rubric.verifier=worker_group", f"+worker_group@{wg}=cpu",
                 f"{wg}.models.verifier.model_path={tmp_path / 'judge'}", f"{wg}.models.verifier.cpus_per_replica=4096",
                 f"{wg}.startup_timeout_s=2"]) == 1
    err = capsys.readouterr().err
    assert "worker group (reward.rubric.worker_group) could not start" in err and "{'CPU': 4096.0}" in err
    assert not ray.is_initialized()  # the Ray that eval started is stopped
