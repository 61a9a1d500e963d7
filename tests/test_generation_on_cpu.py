"""Rubric generation: the parser with awkward generator outputs, each filter, the run (resume, error
file, filter report), rubric quality, and the SFT export."""
from __future__ import annotations

import asyncio
import json

import pytest

from rubric_plugin.generation import filters
from rubric_plugin.generation.schema import GeneratorOutputError, parse_output
from rubric_plugin.verifier.base import ChatBackend, Completion

pytestmark = pytest.mark.timeout(120)

GOOD = {"criteria": [{"id": "c1", "question": "Does the response name exactly two fruits?", "hard": True,
                      "penalty": False, "kind": "llm"},
                     {"id": "c2", "question": "Is the response at most 20 words long?", "hard": True, "penalty": False,
                      "kind": "check", "check": "word_count", "args": {"n": 20, "relation": "at most"}}]}


def c(q, i="c1", **kw):
    return {"id": i, "question": q, "hard": False, "penalty": False, "kind": "llm", **kw}


# -- parser: tolerated wrapping is repaired, everything else is an error naming the fix ---------------
def test_prose_and_code_fence_around_json_are_repaired():
    text = "Here is the rubric:\n```json\n" + json.dumps(GOOD) + "\n```\nHope this helps!"
    out = parse_output(text)
    assert [x["id"] for x in out.criteria] == ["c1", "c2"] and "code fence" in out.repairs


def test_trailing_commas_are_repaired():
    text = '{"criteria": [{"id": "c1", "question": "Does the response name two fruits?", "hard": true,},]}'
    out = parse_output(text)
    assert out.criteria[0]["question"] == "Does the response name two fruits?" and "trailing comma" in out.repairs


def test_no_json_empty_list_and_huge_output_raise_with_the_fix():
    with pytest.raises(GeneratorOutputError, match="no JSON object.*structured output"):
        parse_output("I cannot write a rubric for this.")
    with pytest.raises(GeneratorOutputError, match="criteria list is empty"):
        parse_output('{"criteria": []}')
    with pytest.raises(GeneratorOutputError, match="over max_chars=100"):
        parse_output(json.dumps(GOOD) + " " * 200, max_chars=100)
    with pytest.raises(GeneratorOutputError, match="'criteria' is a str"):
        parse_output('{"criteria": "c1"}')


def test_missing_fields_wrong_types_and_duplicate_ids_drop_only_those_criteria():
    raw = {"criteria": [c("Does the response name two fruits?"), {"id": "c2", "hard": True},
                        c("Does it rhyme?", "c3", hard="yes"), c("Is it short enough now?", "c1")]}
    out = parse_output(json.dumps(raw))
    assert [x["id"] for x in out.criteria] == ["c1"]
    rendered = [p.render() for p in out.problems]
    assert any("criteria[1].question" in r for r in rendered)
    assert any("criteria[2].hard = 'yes'" in r and "true or false" in r for r in rendered)
    assert any("criteria[3].id = 'c1'" in r and "duplicates criteria[0].id" in r for r in rendered)
    with pytest.raises(GeneratorOutputError, match="unusable criteria"):
        parse_output(json.dumps(raw), strict=True)


def test_invalid_check_proposal_falls_back_to_llm_and_valid_one_stays_a_check():
    raw = {"criteria": [c("Is it under 20 words?", "c1", kind="check", check="word_count", args={"n": "20"}),
                        c("Is it in French?", "c2", kind="check", check="no_such_check", args={}),
                        GOOD["criteria"][1] | {"id": "c3"}]}
    out = parse_output(json.dumps(raw))
    kinds = {x["id"]: x["kind"] for x in out.criteria}
    assert kinds == {"c1": "llm", "c2": "llm", "c3": "check"}
    assert [cid for cid, _ in out.fallbacks] == ["c1", "c2"] and "non-negative integer" in out.fallbacks[0][1]


def test_format_target_round_trips_through_the_parser():
    from rubric_plugin.generation import format_target

    assert parse_output(format_target(GOOD["criteria"])).criteria == GOOD["criteria"]


# -- filters: one test each ------------------------------------------------------------------------------
def test_vague_filter_rejects_non_questions_vague_words_and_unanswerable_ones():
    crit = [c("Does the response name exactly two fruits?", "a"), c("List the fruits.", "b"),
            c("Is the response good?", "d"), c("Will the user feel satisfied with it?", "e"),
            c("Is it short?", "f", kind="check", check="word_count", args={"n": 5})]
    out = filters.vague(crit)
    assert [x["id"] for x in out.kept] == ["a", "f"]  # a check is defined by its program, never vague
    reasons = {x["id"]: why for x, why in out.rejected}
    assert "yes/no" in reasons["b"] and "'good'" in reasons["d"] and "unanswerable" in reasons["e"]


def test_compound_filter_splits_separate_questions_and_rejects_unsplittable_ones():
    crit = [c("Does the response list two fruits, and does it put each on its own line?", "a", hard=True),
            c("Does the response mention both Paris and London?", "b"), c("Does it mention Paris?", "d")]
    out = filters.compound(crit)
    assert [(x["id"], x["question"], x["hard"]) for x in out.kept] == [
        ("a.1", "Does the response list two fruits?", True), ("a.2", "Does it put each on its own line?", True),
        ("d", "Does it mention Paris?", False)]
    assert [x["id"] for x, _ in out.rejected] == ["b"]


def test_near_duplicate_filter_keeps_the_first_and_respects_penalty_and_checks():
    crit = [c("Does the response name exactly two fruits?", "a"), c("Does the response list exactly two fruits?", "b"),
            c("Does the response name exactly two fruits?", "p", penalty=True),
            c("Does the response use commas?", "d"), c("Does the response avoid commas?", "e")]
    out = filters.near_duplicate(crit, 0.8)
    # "name" vs "list": 3 of 4 content words shared in order -> similarity 0.82 >= 0.8
    assert [x["id"] for x in out.kept] == ["a", "p", "d", "e"]
    assert "near-duplicate of a" in out.rejected[0][1]


def test_count_filter_cuts_past_max_keeping_hard_first_and_rejects_too_few():
    crit = [c(f"Does it mention item {i}?", f"c{i}", hard=(i == 4)) for i in range(5)]
    out = filters.count(crit, min_criteria=2, max_criteria=2)
    assert [x["id"] for x in out.kept] == ["c0", "c4"]
    assert [x["id"] for x, _ in filters.count(crit[:1], 2, 12).rejected] == ["c0"]


# -- the run ---------------------------------------------------------------------------------------------
class Scripted(ChatBackend):
    """Answers by the first word of the final user turn: ok, prose, broken, down."""

    model = "scripted"

    def __init__(self):
        self.calls = 0

    async def complete(self, request, timeout_s=None):
        from rubric_plugin.errors import VerifierTransportError

        self.calls += 1
        last = request.messages[-1]["content"].rsplit("\n", 1)[-1]
        if last.startswith("down"):
            raise VerifierTransportError("connection refused", status=None, retryable=False)
        if last.startswith("broken"):
            return Completion("Sorry, I can't.", "stop", 10, 0, 4)
        body = {"criteria": [*GOOD["criteria"], c("Is the response good?", "c3"),
                             c("Does the response list exactly two fruits?", "c4")]}
        text = json.dumps(body)
        return Completion(("Sure:\n" + text) if last.startswith("prose") else text, "stop", 100, 0, 50)


def test_generate_writes_valid_records_lists_failed_rows_and_resumes(tmp_path):
    from rubric_plugin.convert import load_records
    from rubric_plugin.generation.generate import RubricGenerator, run
    from rubric_plugin.generation.inputs import load_conversations

    rows = [{"id": "a", "messages": [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "ok go"}]},
            {"id": "b", "messages": [{"role": "user", "content": "hi"}, {"role": "assistant", "content": "hello"},
                                     {"role": "user", "content": "prose please"}]},
            {"id": "c", "messages": [{"role": "user", "content": "broken"}]},
            {"id": "d", "messages": [{"role": "user", "content": "down"}]},
            {"id": "e", "messages": [{"role": "assistant", "content": "no user turn"}]}]
    src = tmp_path / "convs.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in rows))
    convs, problems = load_conversations(src)
    assert [x.id for x in convs] == ["a", "b", "c", "d"] and problems[0].row == 5
    backend = Scripted()
    gen = RubricGenerator(backend, retry={"max_retries": 0})
    out = tmp_path / "rubrics.jsonl"
    rep = asyncio.run(run(gen, convs, out, progress=False))
    assert rep.rows["written"] == 2 and rep.failures == {"unparseable": 1, "generator": 1}
    assert rep.filters["vague"]["rejected"] == 2 and rep.filters["near_duplicate"]["rejected"] == 2
    assert "filter report" in rep.render() and "Is the response good?" in rep.render()
    loaded = load_records(out)  # ready for convert: every record validates
    assert loaded.ok and [len(r.criteria) for r in loaded.records] == [2, 2]
    assert loaded.records[0].messages[0].role == "system" and loaded.records[1].criteria[1].kind == "check"
    errors = [json.loads(x) for x in (tmp_path / "rubrics.errors.jsonl").read_text().splitlines()]
    assert {e["id"]: e["kind"] for e in errors} == {"c": "unparseable", "d": "generator"}
    calls = backend.calls
    rep2 = asyncio.run(run(gen, convs, out, progress=False))  # resume: only the two failed rows are tried again
    assert backend.calls == calls + 2 and rep2.rows["skipped_existing"] == 2 and len(out.read_text().splitlines()) == 2


def test_generate_cli_needs_a_generator_endpoint(tmp_path, capsys):
    from rubric_plugin.cli.main import main

    src = tmp_path / "c.jsonl"
    src.write_text(json.dumps({"messages": [{"role": "user", "content": "hi"}]}) + "\n")
    assert main(["generate", str(src), "--out", str(tmp_path / "o.jsonl"), "--no-progress"]) == 1
    assert "generator.backend.base_url" in capsys.readouterr().err


# -- quality and SFT export ------------------------------------------------------------------------------
def aif(rid, conversation, rubrics):
    return {"conversation_history": json.dumps(conversation), "benchmark_name": "complex_if_single_turn_v5",
            "prompt_metadata": json.dumps({"id": rid, "rubrics": json.dumps(rubrics)})}


def test_rubric_quality_lexical_against_advancedif_gold(tmp_path, capsys):
    from rubric_plugin.cli.main import main

    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(aif("q1", [{"role": "user", "content": "Name two fruits."}],
                                   ["Does the response name exactly two fruits?", "Is each fruit on its own line?"])) + "\n")
    gen = tmp_path / "gen.jsonl"
    gen.write_text(json.dumps({"id": "q1", "messages": [{"role": "user", "content": "Name two fruits."}],
                               "criteria": [c("Does the response name exactly two fruits?", "c1"),
                                            c("Is the answer written in English?", "c2"),
                                            c("Does it avoid vegetables entirely?", "c3")]}) + "\n")
    assert main(["rubric-quality", str(gen), str(gold), "--matcher", "lexical", "--agreement",
                 "--out", str(tmp_path / "q")]) == 0
    res = json.loads((tmp_path / "q" / "quality.json").read_text())
    # 1 match: P = 1/3, R = 1/2, F1 = 2 * (1/3) * (1/2) / (5/6) = 0.4
    assert res["macro"]["f1"] == pytest.approx(0.4) and res["micro"]["precision"] == pytest.approx(1 / 3)
    assert 0 < res["agreement"]["accuracy"] <= 1 and res["agreement"]["pairs"] == 16
    assert (tmp_path / "q" / "quality.png").stat().st_size > 0 and "macro" in (tmp_path / "q" / "quality.md").read_text()
    assert "F1 0.400" in capsys.readouterr().out


def test_generator_data_rows_are_the_generate_request_plus_the_gold_rubric(tmp_path):
    import pyarrow.parquet as pq

    from rubric_plugin.cli.main import main
    from rubric_plugin.convert import load_records
    from rubric_plugin.generation.generate import RubricGenerator

    src = "rubric_plugin/examples/examples.jsonl"
    assert main(["generator-data", src, "--out", str(tmp_path / "sft.parquet")]) == 0
    rows = pq.read_table(tmp_path / "sft.parquet").to_pylist()
    rec = load_records(src).records[0]
    assert rows[0]["messages"][:2] == RubricGenerator(Scripted()).request(rec).messages
    target = parse_output(rows[0]["messages"][2]["content"]).criteria
    assert [x["question"] for x in target] == [x.question for x in rec.criteria]
