"""The AdvancedIF protocol: the official judge prompt's structure, its routing, and the official scoring.

Policy: the scorer reproduces the official processor's semantics case for case, from the raw
judge text (the case table in ``advancedif_judged_cases.py`` documents why each case scores as it
does); a failed judge row is never dropped: it is not passed and stays in the denominator.
"""
from __future__ import annotations

import csv
import io
import json
import math
import subprocess
import sys
from contextlib import redirect_stderr, redirect_stdout

import pytest

from advancedif_judged_cases import CASES, RECORD_CASES, YES3, _out
from conftest import make_record
from rubric_plugin.cli.main import main
from rubric_plugin.errors import ConfigError, RubricSchemaError
from rubric_plugin.eval.advancedif_judged import read_judged, rescore, rescore_file
from rubric_plugin.eval.advancedif_prompt import (format_history, render_judge_prompt, render_record, route,
                                                  system_prompt_of)
from rubric_plugin.eval.advancedif_score import score_judge_output, stats
from rubric_plugin.eval.advancedif_templates import PLUGIN_STEER_EXAMPLES, load_official_templates

pytestmark = pytest.mark.timeout(60)

CONV = [{"role": "system", "content": "You are Quill. Answer in haiku."},
        {"role": "user", "content": "Describe rain."}, {"role": "assistant", "content": "Soft rain on the roof"},
        {"role": "user", "content": "Now snow."}, {"role": "assistant", "content": "White hush on the pines"},
        {"role": "user", "content": "And fog, in five words?"}]
QUESTIONS = ["Is the reply a haiku?", "Is the reply about fog?", "Does it use five words?"]


def _close(a, b) -> bool:
    return (a is None and b is None) or (a is not None and b is not None and math.isclose(a, b))


# -- scoring, case by case ------------------------------------------------------------------------------
@pytest.mark.parametrize("name, raw, n, expected", CASES, ids=[c[0] for c in CASES])
def test_official_scoring_of_each_recorded_judge_output(name, raw, n, expected):
    got = score_judge_output(raw, n)
    assert (got.success, got.passed, got.emitted, got.emitted_yes, got.recomputed_pass, got.official_raises) == (
        expected["ok"], expected["passed"], expected["emitted"], expected["yes"], expected["recomputed"],
        expected["raises"])
    assert _close(got.rubric_level_pass_rate, expected["rate"])
    # a failed row is never a pass, and says why
    assert got.success or (not got.passed and not got.recomputed_pass and got.error)


def test_the_case_table_covers_at_least_thirty_outputs_and_every_awkward_case():
    names = {c[0] for c in CASES}
    assert len(CASES) >= 30
    assert {"verdict_before_reason", "yes_inside_eyes", "declared_yes_answers_no", "missing_key", "extra_key_yes",
            "not_applicable", "capitalised_keys", "prose_before_json", "code_fence", "trailing_comma", "bool_answer",
            "empty_output", "declaration_yes_period", "declaration_trailing_space"} <= names


def test_summary_arithmetic_on_four_rows():
    rows = [score_judge_output(_out(YES3), 3),                                      # declared pass, 3 of 3 yes
            score_judge_output(_out({"question_1": "Yes", "question_2": "No", "question_3": "Yes"}, "NO"), 3),
            score_judge_output("```json\n{}\n```", 3),                             # failed row
            score_judge_output(_out({"question_1": "Her eyes. No", "question_2": "Yes", "question_3": "Yes"}, "NO"), 3)]
    s = stats(rows)
    assert s["overall_pass_rate"] == 1 / 4          # 1 declared pass over all 4 rows, the failed one included
    assert s["success_rate"] == 3 / 4
    assert s["micro_pass_rate"] == (3 + 2 + 3) / 9  # "eyes" counts; the failed row emitted no keys
    assert s["recomputed_pass_rate"] == 2 / 4       # the "eyes" row passes when recomputed
    assert s["declaration_disagreements"] == 1 and s["declaration_disagreement_rate"] == 1 / 3


# -- rescoring the official evaluator's files -------------------------------------------------------------
def _input_row(i: int, n: int) -> dict:
    rubrics = [f"Rubric question {k + 1}?" for k in range(n)]
    return {"id": f"row{i}", "benchmark_name": ["complex_if_single_turn_v5", "system_steerability_v2"][i % 2],
            "conversation_history": json.dumps([{"role": "user", "content": f"prompt {i}"}]),
            "prompt_metadata": json.dumps({"rubrics": json.dumps(rubrics)}), "response": f"response {i}"}


def _official_rows():
    """Every case as the official JSONL writer writes it, plus the recorded failures."""
    rows = []
    for i, (_, raw, n, _) in enumerate(CASES):
        rows.append({**_input_row(i, n), "judge_result": {"success": True, "raw_output": raw}})
    for j, (_, result, _) in enumerate(RECORD_CASES):
        rows.append({**_input_row(len(CASES) + j, 3), "judge_result": result})
    return rows


def _expected(indices):
    exp = [c[3] for c in CASES] + [c[2] for c in RECORD_CASES]
    sel = [exp[i] for i in indices]
    ok = [e for e in sel if e["ok"]]
    return {"processed_rows": len(sel), "successful_rows": len(ok), "success_rate": len(ok) / len(sel),
            "overall_pass_rate": sum(e["passed"] for e in ok) / len(sel),
            "micro_pass_rate": sum(e["yes"] for e in ok) / sum(e["emitted"] for e in ok),
            "recomputed_pass_rate": sum(e["recomputed"] for e in ok) / len(sel)}


def _check_summary(summary):
    n = len(CASES) + len(RECORD_CASES)
    groups = {"complex_if_single_turn_v5": range(0, n, 2), "system_steerability_v2": range(1, n, 2)}
    for scope, indices in [("overall", range(n))] + [(g, r) for g, r in groups.items()]:
        got = summary["overall"] if scope == "overall" else summary["by_benchmark"][scope]
        for key, value in _expected(list(indices)).items():
            assert math.isclose(got[key], value), (scope, key)
    rates = [summary["by_benchmark"][g]["overall_pass_rate"] for g in groups]
    assert math.isclose(summary["macro_overall_pass_rate"], sum(rates) / 2)


def test_rescoring_official_jsonl_output_through_the_cli(tmp_path):
    judged = tmp_path / "judged.jsonl"
    judged.write_text("".join(json.dumps(r) + "\n" for r in _official_rows()), encoding="utf-8")
    printed = io.StringIO()
    with redirect_stdout(printed):
        assert main(["eval", "--protocol", "advancedif", "--judged", str(judged), "--out", str(tmp_path / "out")]) == 0
    summary = json.loads((tmp_path / "out" / "summary.json").read_text())
    _check_summary(summary)
    assert "overall pass rate" in printed.getvalue() and "system_steerability_v2" in printed.getvalue()
    rows = [json.loads(line) for line in (tmp_path / "out" / "rows.jsonl").read_text().splitlines()]
    assert len(rows) == len(CASES) + len(RECORD_CASES)
    # every failed row is listed with its error
    assert all(r["error"] for r in rows if not r["success"])
    assert rows[-3]["error"].startswith("judge call failed: Error code: 429")


@pytest.mark.parametrize("name, result, expected", RECORD_CASES, ids=[c[0] for c in RECORD_CASES])
def test_a_failed_or_textless_judge_call_is_a_failed_row(tmp_path, name, result, expected):
    judged = tmp_path / "one.jsonl"
    judged.write_text(json.dumps({**_input_row(0, 3), "judge_result": result}) + "\n")
    (row,) = read_judged(judged)
    got = rescore(row)
    assert (got.success, got.passed) == (expected["ok"], expected["passed"]) and got.error


def test_rescoring_official_csv_output_matches_jsonl(tmp_path):
    # the official CSV writer: the input columns sorted, then judge_success (True/False), derived
    # columns, judge_raw_output (empty when the call failed) and judge_error
    rows = _official_rows()
    fields = sorted(_input_row(0, 3)) + ["judge_success", "judge_satisfied_all_requirements", "judge_prompt",
                                         "judge_raw_output", "judge_error"]
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=fields)
    writer.writeheader()
    for r in rows:
        res = r["judge_result"]
        writer.writerow({**{k: v for k, v in r.items() if k != "judge_result"}, "judge_success": res["success"],
                         "judge_satisfied_all_requirements": "", "judge_prompt": "",
                         "judge_raw_output": res.get("raw_output") or "", "judge_error": res.get("error") or ""})
    (tmp_path / "judged.csv").write_text(buf.getvalue(), encoding="utf-8")
    (tmp_path / "judged.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    _, csv_scores, csv_summary = rescore_file(tmp_path / "judged.csv")
    _, jsonl_scores, jsonl_summary = rescore_file(tmp_path / "judged.jsonl")
    _check_summary(csv_summary)
    assert csv_summary == jsonl_summary
    assert [s.to_dict() for s in csv_scores] == [s.to_dict() for s in jsonl_scores]


def test_a_file_that_is_not_official_output_is_rejected_naming_row_field_and_fix(tmp_path):
    good = {**_input_row(0, 3), "judge_result": {"success": True, "raw_output": _out(YES3)}}
    lines = [json.dumps(good),
             json.dumps(_input_row(1, 3)),                                                     # row 2: no judge_result
             json.dumps({**good, "judge_result": {"success": "yes", "raw_output": "{}"}}),    # row 3: success not a bool
             '{"broken": ',                                                                  # row 4: not JSON
             json.dumps({**good, "prompt_metadata": json.dumps({"notes": 1})})]               # row 5: no rubric
    judged = tmp_path / "bad.jsonl"
    judged.write_text("\n".join(lines) + "\n")
    with pytest.raises(RubricSchemaError) as info:
        read_judged(judged)
    text = str(info.value)
    assert [p.row for p in info.value.problems] == [2, 3, 4, 5]
    assert "field 'judge_result'" in text and "field 'judge_result.success' = 'yes'" in text
    assert "field 'prompt_metadata'" in text and "fix:" in text
    err = io.StringIO()
    with redirect_stdout(io.StringIO()), redirect_stderr(err):
        assert main(["eval", "--judged", str(judged), "--out", str(tmp_path / "o")]) == 1
    assert "row 2" in err.getvalue()


def test_eval_without_a_judged_file_says_what_to_pass(tmp_path, capsys):
    assert main(["eval", "--protocol", "advancedif", "--out", str(tmp_path)]) == 2
    assert "--judged" in capsys.readouterr().err


# -- the judge prompt's structure ------------------------------------------------------------------------
def test_history_is_rendered_with_turn_numbers_advancing_after_each_assistant_message():
    assert format_history(CONV) == ("system [1]: You are Quill. Answer in haiku.\n"
                                    "user [1]: Describe rain.\nassistant [1]: Soft rain on the roof\n"
                                    "user [2]: Now snow.\nassistant [2]: White hush on the pines")


def test_plain_judge_is_one_user_message_in_the_official_order():
    p = render_judge_prompt(CONV, "Grey veil, silent hills", QUESTIONS, "plain", nonce="abcd")
    assert [m["role"] for m in p.messages] == ["user"] and p.judge == "plain"
    order = [p.text.index(s) for s in (format_history(CONV), "\nAnd fog, in five words?\n",
                                       "<response abcd>\nGrey veil, silent hills</response abcd>",
                                       json.dumps(QUESTIONS, indent=4), '"rubrics_check"', '"question_1"',
                                       '"SATISFIED_ALL_REQUIREMENTS"')]
    assert order == sorted(order)


def test_steer_judge_shows_only_the_system_prompt_and_the_last_user_turn():
    p = render_judge_prompt(CONV, "Grey veil, silent hills", QUESTIONS, "steer", nonce="abcd")
    assert [m["role"] for m in p.messages] == ["user"] and p.judge == "steer"
    tail = p.text.split("</examples>")[1]  # after the few-shot examples
    assert "Describe rain." not in tail and "Now snow." not in tail and "[1]" not in tail
    order = [tail.index(s) for s in (system_prompt_of(CONV), "And fog, in five words?", "<response abcd>",
                                     json.dumps(QUESTIONS, indent=4), '"SATISFIED_ALL_REQUIREMENTS"')]
    assert order == sorted(order)
    assert PLUGIN_STEER_EXAMPLES in p.text


def test_few_shot_answers_are_valid_official_answers_that_agree_with_their_declaration():
    answers = [line for line in PLUGIN_STEER_EXAMPLES.splitlines() if line.startswith('{"rubrics_check"')]
    assert len(answers) == 3
    for raw in answers:
        n = len(json.loads(raw)["rubrics_check"])
        s = score_judge_output(raw, n)
        assert s.success and s.passed == s.recomputed_pass
    # one example teaches the judge to fail a self-report appended to the reply
    assert "P.S. As instructed" in PLUGIN_STEER_EXAMPLES


@pytest.mark.parametrize("routing, benchmark, category, judge", [
    ("official_release", "system_steerability_v2", "system_steerability", "plain"),  # released data: never steer
    ("official_release", "if_system_steerability_oss", None, "steer"),               # the one name the script routes
    ("official_release", "carried_context_multi_turn_eval_v5", None, "plain"),
    ("by_category", "system_steerability_v2", None, "steer"),                        # derived from benchmark_name
    ("by_category", None, "system_steerability", "steer"),                           # a record's category decides
    ("by_category", "complex_if_single_turn_v5", "complex", "plain"),
])
def test_routing_switch(routing, benchmark, category, judge):
    assert route(benchmark, routing, category=category) == judge


def test_unknown_routing_is_an_error():
    with pytest.raises(ValueError, match="official_release"):
        route("x", "by_name")


def test_records_are_routed_by_their_category():
    rec = make_record([{"id": "q1", "question": QUESTIONS[0]}], messages=CONV, category="system_steerability")
    assert render_record(rec, "r", routing="by_category").judge == "steer"
    assert render_record(rec, "r").judge == "plain"  # official_release is the default


# -- the official wording, from a user's checkout ------------------------------------------------------------
FAKE_JUDGE_PY = '''
import inspect
import module_that_is_not_installed
raise SystemExit("the loader must not run this file")
JUDGE_PROMPT: str = inspect.cleandoc(
    """
    PLAIN
    {full_conversation}|{user_prompt_last_turn}|{response_text}|{rubrics_text} {{"json": 1}}
    """
)
STEER_FEW_SHOT_EXAMPLES: str = "EXAMPLES {not a placeholder}"
SYSTEM_STEER_JUDGE_PROMPT = inspect.cleandoc("""STEER {few_shot_examples}|{system_prompt}|{user_prompt_last_turn}|{response_text}|{rubrics_text}""")
'''


def test_official_wording_is_read_from_a_checkout_without_running_it(tmp_path):
    (tmp_path / "judge.py").write_text(FAKE_JUDGE_PY)
    t = load_official_templates(tmp_path)
    assert t.fence_response is False and t.source.endswith("judge.py")
    plain = render_judge_prompt(CONV, "resp", QUESTIONS, "plain", t)
    assert plain.nonce is None  # the official wording shows the response unfenced
    assert plain.text == (f"PLAIN\n{format_history(CONV)}|And fog, in five words?|resp|"
                          f"{json.dumps(QUESTIONS, indent=4)} {{\"json\": 1}}")
    steer = render_judge_prompt(CONV, "resp", QUESTIONS, "steer", t)
    assert steer.text.startswith("STEER EXAMPLES {not a placeholder}|You are Quill. Answer in haiku.|And fog")


def test_a_checkout_without_the_judge_constants_is_a_config_error(tmp_path):
    with pytest.raises(ConfigError, match="no judge.py"):
        load_official_templates(tmp_path)
    (tmp_path / "judge.py").write_text("JUDGE_PROMPT = 'x'\n")
    with pytest.raises(ConfigError, match="SYSTEM_STEER_JUDGE_PROMPT"):
        load_official_templates(tmp_path)
    (tmp_path / "judge.py").write_text(FAKE_JUDGE_PY.replace("{rubrics_text} {{", "{rubric} {{"))
    with pytest.raises(ConfigError, match="placeholders"):
        load_official_templates(tmp_path)


# -- the training verifier under the advancedif layout ------------------------------------------------------
def test_llm_verifier_with_advancedif_layout_asks_for_and_reads_the_official_answer():
    import asyncio

    from rubric_plugin.verifier.base import ChatBackend, Completion
    from rubric_plugin.verifier.llm import LLMVerifier

    seen = []

    class OfficialShapeJudge(ChatBackend):
        model = "official-shape"

        async def complete(self, request, timeout_s=None):
            seen.append(request)
            qs = request.schema["properties"]["rubrics_check"]["required"]
            # says yes to the first question only, and declares a pass it has not earned
            check = {q: ("Haiku form. Yes" if i == 0 else "No, it is about snow.") for i, q in enumerate(qs)}
            return Completion(json.dumps({"rubrics_check": check, "SATISFIED_ALL_REQUIREMENTS": "YES"}), "stop")

    rec = make_record([{"id": "haiku", "question": QUESTIONS[0]}, {"id": "fog", "question": QUESTIONS[1]}],
                      messages=CONV)
    verifier = LLMVerifier(OfficialShapeJudge(), layout="advancedif", cache_size=0)
    got = asyncio.run(verifier.judge(rec, "reply", rec.criteria))
    assert {c: v.satisfied for c, v in got.verdicts.items()} == {"haiku": True, "fog": False}
    (req,) = seen
    assert [m["role"] for m in req.messages] == ["user"]
    assert req.schema["required"] == ["rubrics_check", "SATISFIED_ALL_REQUIREMENTS"]


def test_eval_modules_import_without_heavy_dependencies():
    code = ("import sys, rubric_plugin.eval, rubric_plugin.eval.advancedif_prompt, rubric_plugin.eval.advancedif_score, "
            "rubric_plugin.eval.advancedif_judged, rubric_plugin.cli.eval\n"
            "heavy = [m for m in ('torch', 'ray', 'vllm', 'transformers', 'verl', 'pandas') if m in sys.modules]\n"
            "assert not heavy, heavy")
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
