"""Specification: IFBench data converts to rubric records, and the ``ifbench`` check answers as
IFBench's reference evaluation does, offline and without changing process-wide state.

The reference is the pinned ``if-verifiable`` package's IFBench checkers under the
``evaluation_lib`` protocol (``tests/ifbench_corpus.py``); the cases were written for this project.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import ifbench_corpus as corpus
from ifeval_corpus import reference_environment
from rubric_plugin.checks import ifbench, run_check
from rubric_plugin.convert import load_records
from rubric_plugin.convert.ifbench import QUESTIONS
from rubric_plugin.errors import CheckError, RubricSchemaError
from rubric_plugin.schema import parse_record

pytestmark = pytest.mark.timeout(300)

VALID = {iid: kw for iid, kw, _, _ in corpus.CASES} | dict(corpus.LLM_ONLY)


def _args(iid, kwargs, mode="strict"):
    return {"instruction_id": iid, **kwargs, **({"mode": mode} if mode != "strict" else {})}


# --------------------------------------------------------------------------- the instructions


def test_all_58_ifbench_instructions_are_known_and_all_but_two_are_checks():
    reference = ifbench.reference()
    assert len(reference) == 58
    assert set(ifbench.ARGS) == set(reference) == set(QUESTIONS)
    # the two whose reference needs NLTK downloads no pinned package ships have no check
    assert set(ifbench.NO_CHECK) == {"ratio:stop_words", "words:start_verb"}
    assert ifbench.CHECKABLE == set(reference) - set(ifbench.NO_CHECK) == set(ifbench.registry())
    # the corpus gives every checkable instruction a passing and a failing response
    assert {iid for iid, _, _, _ in corpus.CASES} == ifbench.CHECKABLE


def test_the_corpus_pairs_follow_and_fail_by_the_reference():
    # each case's first response follows the instruction by IFBench's own rule, the second does not
    with reference_environment():
        verdicts = [(iid, corpus.reference_verdicts(iid, kw, yes), corpus.reference_verdicts(iid, kw, no))
                    for iid, kw, yes, no in corpus.CASES]
    assert [v for v in verdicts if v[1][0] is not True or v[2][0] is not False] == []


def test_ifbench_check_agrees_with_the_reference_in_strict_and_loose_mode():
    items = corpus.items()
    plugin = [(run_check("ifbench", r, _args(i, k)), run_check("ifbench", r, _args(i, k, "loose"))) for i, k, r in items]
    with reference_environment():
        reference = [corpus.reference_verdicts(i, k, r) for i, k, r in items]
    crashed = [(i, r) for (i, _, r), ref in zip(items, reference) if isinstance(ref, str)]
    disagree = [(i, r, p, ref) for (i, _, r), p, ref in zip(items, plugin, reference) if not isinstance(ref, str) and p != ref]
    assert disagree == []
    # the reference crashes (IndexError) only on quote_unquote answers of digits and punctuation;
    # those have no quoted phrase at all, and the check answers no
    assert crashed and {i for i, _ in crashed} == {"format:quote_unquote"}
    assert all(p == (False, False) for (i, _, r), p, ref in zip(items, plugin, reference) if isinstance(ref, str))
    assert len(plugin) >= 2 * 56


def test_loose_mode_is_chosen_per_criterion():
    # a first line of preamble: strict sees the line break (whitespace), loose drops the first line
    answer = "Here it is:\nNoSpacesHere"
    assert run_check("ifbench", answer, _args("format:no_whitespace", {})) is False
    assert run_check("ifbench", answer, _args("format:no_whitespace", {}, "loose")) is True


_PIECES = list("ab Z.,!?;:\"'*-\n\t()[]{}12<>i/猫🍵") + ["<i>", "</i>", "Question 1", "?!", "SEPARATOR", "My Answer:"]
_TEXT = st.lists(st.sampled_from(_PIECES), max_size=30).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(response=_TEXT, case=st.sampled_from(corpus.CASES), mode=st.sampled_from(["strict", "loose"]))
def test_a_valid_configuration_answers_yes_or_no_on_any_response(response, case, mode):
    # validation is the only gate: what it accepts answers on any text, the same twice
    iid, kwargs, _, _ = case
    answer = run_check("ifbench", response, _args(iid, kwargs, mode))
    assert answer in (True, False)
    assert run_check("ifbench", response, _args(iid, kwargs, mode)) == answer


@pytest.mark.parametrize("response", ["", "   ", "\n\t \n"])
@pytest.mark.parametrize("mode", ["strict", "loose"])
def test_empty_or_whitespace_response_fails_every_instruction(response, mode):
    # even instructions an empty text trivially satisfies (no whitespace, ...) count as not followed
    assert [iid for iid in sorted(ifbench.CHECKABLE) if run_check("ifbench", response, _args(iid, VALID[iid], mode))] == []


@pytest.mark.parametrize("iid, kwargs, problem_part", [
    # missing or null: IFBench would draw a random value
    ("count:numbers", {}, "N is missing or null"),
    ("count:word_count_range", {"min_words": 10, "max_words": None}, "max_words is missing or null"),
    ("format:options", {"options": None}, "options is missing or null"),
    ("count:keywords_multiple", {**VALID["count:keywords_multiple"], "keyword3": " "}, "keyword3=' ' must be a string"),
    # negative counts are randomised too; 0 is read as missing where IFBench tests truthiness
    ("count:pronouns", {"N": -1}, "N=-1 must be a whole number >= 0"),
    ("count:words_japanese", {"N": 0}, "N=0 must be a whole number >= 1 (positions count from 1"),
    ("repeat:repeat_change", {}, "IFBench cannot build the instruction without it"),
    ("repeat:repeat_span", {"prompt_to_repeat": "a b c d", "n_start": 0, "n_end": 2}, "IFBench reads 0 as missing"),
    ("words:keywords_specific_position", {"keyword": "blue", "n": 2, "m": 2.5}, "m=2.5 must be a whole number"),
    ("count:numbers", {"N": True}, "N=True must be a whole number"),
    # configurations no response can follow
    ("count:word_count_range", {"min_words": 10, "max_words": 5}, "max_words=5 is below min_words=10"),
    ("repeat:repeat_span", {"prompt_to_repeat": "a b c d", "n_start": 2, "n_end": 2}, "n_end=2 is not after n_start=2"),
    # arguments the instruction does not take, ids it does not have
    ("format:no_whitespace", {"N": 3}, "does not take ['N']"),
    ("keywords:existence", {"keywords": ["x"]}, "is not an IFBench instruction"),
    # the two ids without a check say where to go instead
    ("words:start_verb", {}, "has no check"),
])
def test_configurations_ifbench_would_randomise_are_rejected_at_load(iid, kwargs, problem_part):
    record = {"messages": [{"role": "user", "content": "x"}],
              "criteria": [{"id": "c", "question": "q?", "kind": "check", "check": "ifbench", "args": _args(iid, kwargs)}]}
    with pytest.raises(RubricSchemaError, match="criteria\\[0\\].args") as err:
        parse_record(record, row=7)
    assert problem_part in str(err.value)
    # the check itself refuses to run it: it never guesses
    with pytest.raises(CheckError, match="fix:"):
        run_check("ifbench", "Some answer.", _args(iid, kwargs))


def test_a_bad_mode_is_rejected():
    with pytest.raises(CheckError, match="mode='lenient'"):
        run_check("ifbench", "x", {"instruction_id": "format:no_whitespace", "mode": "lenient"})


# --------------------------------------------------------------------------- converter


def _rows(null_filled: bool) -> list[dict]:
    """IFBench_test.jsonl rows: every one of the 58 ids, plus one row with two instructions."""
    names = sorted({k for kw in VALID.values() for k in kw})
    cases = [(iid, kw) for iid, kw, _, _ in corpus.CASES] + corpus.LLM_ONLY
    rows = []
    for n, (iid, kw) in enumerate(cases):
        kwargs = {name: kw.get(name) for name in names} if null_filled else dict(kw)
        rows.append({"key": f"ifb-{n}", "prompt": f"Describe your favourite season. {iid} applies.",
                     "instruction_id_list": [iid], "kwargs": [kwargs]})
    rows.append({"key": "ifb-two", "prompt": "Name three numbers, no spaces.",
                 "instruction_id_list": ["count:numbers", "format:no_whitespace"], "kwargs": [{"N": 3}, {}]})
    return rows


def _write(path: Path, rows: list) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.mark.parametrize("null_filled", [False, True], ids=["reference", "hugging-face-nulls"])
def test_ifbench_rows_become_one_criterion_per_instruction_with_per_category_data_source(tmp_path, null_filled):
    result = load_records(_write(tmp_path / "IFBench_test.jsonl", _rows(null_filled)))
    assert result.ok, [p.render() for p in result.problems]
    by_id = {r.id: r for r in result.records}
    assert len(by_id) == len(corpus.CASES) + len(corpus.LLM_ONLY) + 1
    first = by_id["ifb-0"]
    # data_source per category (the id's prefix): verl groups validation metrics by data_source only
    assert (first.category, first.data_source) == ("count", "ifbench/count")
    assert {r.data_source for r in result.records} == {
        "ifbench/count", "ifbench/ratio", "ifbench/words", "ifbench/sentence", "ifbench/format", "ifbench/custom",
        "ifbench/repeat", "ifbench/mixed"}
    # 56 ids (format:options twice) plus the two-instruction row are checks; the 2 NLTK-data ids are llm
    assert result.counts_by_kind() == {"check": len(corpus.CASES) + 2, "llm": 2}
    llm = [r.criteria[0] for r in result.records if r.criteria[0].kind == "llm"]
    assert {c.id for c in llm} == set(ifbench.NO_CHECK)
    assert "no more than 40%" in next(c.question for c in llm if c.id == "ratio:stop_words")
    two = by_id["ifb-two"]
    assert [(c.id, c.check, c.args) for c in two.criteria] == [
        ("count:numbers", "ifbench", {"instruction_id": "count:numbers", "N": 3}),
        ("format:no_whitespace", "ifbench", {"instruction_id": "format:no_whitespace"})]
    assert two.metadata == {"ifbench_key": "ifb-two", "instruction_id_list": ["count:numbers", "format:no_whitespace"]}


def test_converted_criteria_score_like_the_instructions(tmp_path):
    result = load_records(_write(tmp_path / "rows.jsonl", _rows(null_filled=True)), fmt="ifbench").raise_if_bad()
    for record, (iid, _, yes, no) in zip(result.records, corpus.CASES):
        criterion = record.criteria[0]
        assert (run_check(criterion.check, yes, dict(criterion.args)), run_check(criterion.check, no, dict(criterion.args))) \
            == (True, False), iid


def test_every_question_names_the_instructions_values():
    assert QUESTIONS["count:word_count_range"](min_words=50, max_words=80) == \
        "Does the response contain between 50 and 80 words?"
    assert QUESTIONS["count:words_japanese"](N=3) == "Is every 3rd word of the response written in Japanese?"
    assert "words 2 to 4 of 'The quick brown fox'" in QUESTIONS["repeat:repeat_span"](
        prompt_to_repeat="The quick brown fox", n_start=1, n_end=4)
    # every question is a question and shows each value as given (n_start is shown counted from 1)
    for iid, kw in VALID.items():
        q = QUESTIONS[iid](**kw)
        assert q.endswith("?") and all(str(v).strip() in q for k, v in kw.items() if k != "n_start"), iid


def test_auto_format_tells_ifbench_rows_from_ifeval_rows(tmp_path):
    rows = [{"key": 1, "prompt": "Write a haiku.", "instruction_id_list": ["punctuation:no_comma"], "kwargs": [{}]},
            {"key": "b", "prompt": "Write a haiku.", "instruction_id_list": ["format:no_whitespace"], "kwargs": [{}]}]
    result = load_records(_write(tmp_path / "mixed.jsonl", rows)).raise_if_bad()
    assert [(r.data_source, r.criteria[0].check) for r in result.records] == [("ifeval", "ifeval"),
                                                                             ("ifbench/format", "ifbench")]


def test_bad_ifbench_rows_are_row_errors_naming_field_value_and_fix(tmp_path):
    rows = [
        {"key": "a", "prompt": "x", "instruction_id_list": ["count:numbers"], "kwargs": [{"N": None}]},
        {"key": "b", "prompt": "x", "instruction_id_list": ["count:numbers", "format:nope"], "kwargs": [{"N": 2}, {}]},
        {"key": "c", "prompt": "x", "instruction_id_list": ["words:repeats"], "kwargs": [{"small_n": "two"}]},
        {"key": "d", "prompt": "x", "instruction_id_list": ["format:list"], "kwargs": []},
    ]
    result = load_records(_write(tmp_path / "bad.jsonl", rows), fmt="ifbench")
    assert result.records == [] and result.bad_rows == [1, 2, 3, 4]
    rendered = [p.render() for p in result.problems]
    assert any("kwargs[0].N" in r and "IFBench would pick a random value" in r and "set N explicitly" in r
               for r in rendered)
    assert any("instruction_id_list[1]" in r and "'format:nope'" in r for r in rendered)
    assert any("kwargs[0].small_n" in r and "'two'" in r for r in rendered)
    assert any("has 0 entries for 1 instructions" in r for r in rendered)


def test_cli_validate_and_convert_report_checks_and_llm_criteria(tmp_path, capsys):
    import pandas as pd

    from rubric_plugin.cli.main import main

    src = _write(tmp_path / "IFBench_test.jsonl", _rows(null_filled=True))
    out = tmp_path / "ifbench.parquet"
    assert main(["convert", str(src), "--out", str(out), "--format", "ifbench", "--split", "test"]) == 0
    printed = capsys.readouterr().out
    assert f"criteria: {len(corpus.CASES) + 2} check, 2 llm" in printed
    assert "ifbench/count" not in printed and "count " in printed
    rows = pd.read_parquet(out)
    assert set(rows["data_source"]) >= {"ifbench/count", "ifbench/custom", "ifbench/repeat"}
    assert {r["split"] for r in rows["extra_info"]} == {"test"}
    bad = _write(tmp_path / "bad.jsonl", [{"key": 1, "prompt": "x", "instruction_id_list": ["count:numbers"], "kwargs": [{}]}])
    assert main(["validate", str(bad), "--format", "ifbench"]) == 1
    assert "BAD" in capsys.readouterr().out


# --------------------------------------------------------------------------- offline, no side effects

_PROBE = textwrap.dedent("""
    import json, socket, sys
    sys.path.insert(0, sys.argv[1])
    attempts = []
    def refuse(self, address):
        attempts.append(str(address))
        raise OSError("network disabled for this test")
    socket.socket.connect = refuse
    import nltk, nltk.data
    downloads = []
    def record(*args, **kwargs):
        downloads.append(args)
        return False
    nltk.download = record
    # no NLTK data anywhere, so IFBench's import-time lookups all miss and would download
    nltk.data.path[:] = [sys.argv[2]]
    import types
    def snapshot():
        # every attribute of NLTK's module and data module; submodules imported later may add attributes
        return {f"{m.__name__}.{k}": id(v) for m in (nltk, nltk.data) for k, v in vars(m).items()
                if not isinstance(v, types.ModuleType)}, list(nltk.data.path)
    before = snapshot()

    import ifbench_corpus as corpus
    from rubric_plugin.checks import run_check
    verdicts = [run_check("ifbench", r, {"instruction_id": i, **k}) for i, k, r in corpus.items()]
    from if_verifiable.ifbench import instructions_util
    print(json.dumps({"unchanged": snapshot() == before, "download_is_the_original": nltk.download is record,
                      "module_sees_real_nltk": instructions_util.nltk is nltk, "downloads": downloads,
                      "attempts": attempts, "verdicts": verdicts}))
""")


def test_ifbench_imports_offline_without_downloads_or_process_wide_changes(tmp_path):
    # a fresh interpreter with no network: importing IFBench's reference must not call nltk.download
    # (which fails or stalls offline), and must leave NLTK's module, data path and download function as they were
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "HF_DATASETS_OFFLINE": "1"}
    run = subprocess.run([sys.executable, "-c", _PROBE, str(Path(__file__).parent), str(tmp_path / "empty")],
                         capture_output=True, text=True, timeout=240, env=env)
    assert run.returncode == 0, run.stderr[-2000:]
    probe = json.loads(run.stdout.strip().splitlines()[-1])
    assert (probe["downloads"], probe["attempts"]) == ([], [])
    assert probe["unchanged"] and probe["download_is_the_original"] and probe["module_sees_real_nltk"]
    # and it answers as this process does
    assert probe["verdicts"] == [run_check("ifbench", r, _args(i, k)) for i, k, r in corpus.items()]
    assert not (tmp_path / "empty").exists()
