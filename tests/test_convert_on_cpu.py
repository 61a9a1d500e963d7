"""Specification of rubric file loading, AdvancedIF conversion, verl parquet rows and the CLI."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

import rubric_plugin
from rubric_plugin.cli.main import main
from rubric_plugin.convert import from_verl_row, load_records, write_jsonl, write_parquet

EXAMPLES = Path(rubric_plugin.__file__).with_name("examples") / "examples.jsonl"
CATEGORIES = {"complex", "carried_context", "system_steerability"}


# --------------------------------------------------------------------------- the plugin's JSONL


def test_bundled_examples_round_trip_through_write_jsonl(tmp_path):
    first = load_records(EXAMPLES)
    assert first.ok, [p.render() for p in first.problems]
    out = tmp_path / "again.jsonl"
    # every record is written, one line each
    assert write_jsonl(first.records, out) == first.rows_read
    second = load_records(out)
    assert second.ok
    # writing then reading loses nothing
    assert [r.to_dict() for r in second.records] == [r.to_dict() for r in first.records]


def test_bundled_examples_cover_all_three_categories():
    result = load_records(EXAMPLES)
    counts = result.counts_by_category()
    # the examples demonstrate every AdvancedIF category, and every record is counted once
    assert set(counts) == CATEGORIES
    assert sum(counts.values()) == len(result.records) == result.rows_read


# --------------------------------------------------------------------------- AdvancedIF

AIF_COLUMNS = ["conversation_history", "benchmark_name", "prompt_metadata", "response"]


def _aif_rows() -> list[dict[str, str]]:
    def row(history, benchmark, rubrics, response, encode_twice=False):
        encoded = json.dumps(rubrics)
        if encode_twice:
            encoded = json.dumps(encoded)
        return {"conversation_history": json.dumps(history), "benchmark_name": benchmark,
                "prompt_metadata": json.dumps({"rubrics": encoded}), "response": response}

    return [
        row([{"role": "user", "content": "Name two rivers in one line."}], "complex_if_single_turn_v5",
            ["Does the response name two rivers?", "Is the response one line?"], "Nile and Amazon."),
        row([{"role": "user", "content": "Answer in French from now on."},
             {"role": "assistant", "content": "D'accord."},
             {"role": "user", "content": "What is the capital of Italy?"}],
            "carried_context_multi_turn_eval_v5", ["Is the response in French?"], "Rome."),
        row([{"role": "system", "content": "You are a pirate."},
             {"role": "user", "content": "Greet me."}],
            "system_steerability_v2", ["Does the response sound like a pirate?", "Does it greet the user?"], "Ahoy!"),
        row([{"role": "user", "content": "Write a haiku."}], "complex_if_single_turn_v5",
            ["Is it a haiku?"], "", encode_twice=True),
        row([{"role": "user", "content": "Say hi."}], "tone_eval_v1", ["Does the response say hi?"], "Hi."),
    ]


# (category, data_source, number of messages, first role, rubric questions, reference response or None)
AIF_EXPECTED = [
    ("complex", "advancedif/complex", 1, "user",  # exact benchmark name of the single-turn set
     ["Does the response name two rivers?", "Is the response one line?"], "Nile and Amazon."),
    ("carried_context", "advancedif/carried_context", 3, "user",  # multi-turn: earlier turns are kept
     ["Is the response in French?"], "Rome."),
    ("system_steerability", "advancedif/system_steerability", 2, "system",  # the system message stays first
     ["Does the response sound like a pirate?", "Does it greet the user?"], "Ahoy!"),
    ("complex", "advancedif/complex", 1, "user",  # rubrics JSON-encoded twice are decoded twice
     ["Is it a haiku?"], None),  # an empty response column is not kept as a reference
    ("tone_eval_v1", "advancedif/tone_eval_v1", 1, "user",  # unknown name with no keyword: the name is the category
     ["Does the response say hi?"], "Hi."),
]


def _write_aif_csv(path: Path) -> Path:
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=AIF_COLUMNS)
        writer.writeheader()
        writer.writerows(_aif_rows())
    return path


def _write_aif_jsonl(path: Path) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in _aif_rows()), encoding="utf-8")
    return path


@pytest.mark.parametrize("writer", [_write_aif_csv, _write_aif_jsonl], ids=["csv", "jsonl"])
def test_advancedif_rows_become_records_with_q_criteria(tmp_path, writer):
    path = writer(tmp_path / ("aif.csv" if writer is _write_aif_csv else "aif.jsonl"))
    result = load_records(path)
    assert result.ok, [p.render() for p in result.problems]
    assert len(result.records) == len(AIF_EXPECTED)
    for i, (record, (category, source, n_msgs, first_role, questions, reference)) in enumerate(zip(result.records, AIF_EXPECTED)):
        assert record.category == category
        assert record.data_source == source
        assert len(record.messages) == n_msgs and record.messages[0].role == first_role
        assert record.messages[-1].role == "user"
        # every rubric question becomes an llm criterion q1..qN of weight 1, in order
        assert [c.id for c in record.criteria] == [f"q{k + 1}" for k in range(len(questions))]
        assert [c.question for c in record.criteria] == questions
        assert {(c.kind, c.weight) for c in record.criteria} == {("llm", 1.0)}
        assert record.metadata.get("reference_response") == reference
        assert record.metadata["benchmark_name"] == _aif_rows()[i]["benchmark_name"]
        # rows without an id are named by their row number (counted from 1)
        assert record.id == str(i + 1)


def test_advancedif_format_is_detected_per_row_in_auto_mode(tmp_path):
    # a forced native format does not recognise AdvancedIF columns: every row is bad
    path = _write_aif_jsonl(tmp_path / "aif.jsonl")
    assert len(load_records(path, fmt="native").bad_rows) == len(AIF_EXPECTED)
    assert load_records(path, fmt="advancedif").ok


# --------------------------------------------------------------------------- bad rows

_USER = [{"role": "user", "content": "Write one line."}]
_C1 = {"id": "c1", "question": "Is it one line?"}


def _native(**over):
    row = {"messages": _USER, "criteria": [_C1]}
    row.update(over)
    return json.dumps(row)


def _aif(history_text: str, metadata: dict) -> str:
    return json.dumps({"conversation_history": history_text, "benchmark_name": "complex_if_single_turn_v5",
                       "prompt_metadata": json.dumps(metadata)})


# (line, expected field of the problem or None for a good row); the row number is the line number (from 1)
BAD_FILE = [
    (_native(id="good-1"), None),  # a valid native row
    ('{"messages": [oops', "<line>"),  # not JSON at all
    (_native(messages=[]), "messages"),  # nothing to answer
    (_native(messages=_USER + [{"role": "assistant", "content": "Done."}]), "messages[1].role"),  # ends on the assistant
    (_native(messages=[{"role": "user", "content": "Hi."}, {"role": "system", "content": "Be terse."},
                       {"role": "user", "content": "Go."}]), "messages[1].role"),  # system message not first
    (_native(messages=[{"role": "bot", "content": "Hi."}, {"role": "user", "content": "Go."}]), "messages[0].role"),  # bad role
    (_native(criteria=[]), "criteria"),  # a rubric needs a criterion
    (_native(criteria=[_C1, {"id": "c1", "question": "Is it short?"}]), "criteria[1].id"),  # duplicate id
    (_native(criteria=[_C1, {"id": "c2", "question": "Is it short?", "weight": -1}]), "criteria[1].weight"),  # negative
    ('{"messages": [{"role": "user", "content": "Go."}], "criteria": [{"id": "c1", "question": "Ok?", "weight": NaN}]}',
     "criteria[0].weight"),  # NaN is not a finite weight
    (_native(criteria=[{"id": "c1", "question": "Ok?", "weight": "1.0"}]), "criteria[0].weight"),  # a string, not a number
    (_native(criteria=[{"id": "c1", "question": "Ok?", "kind": "human"}]), "criteria[0].kind"),  # unknown kind
    (_native(criteria=[{"id": "c1", "question": "Ok?", "check": "word_count", "args": {"n": 3}}]),
     "criteria[0].check"),  # a check on an llm criterion
    (_native(criteria=[{"id": "c1", "question": "Ok?", "kind": "check", "check": "word_cuont", "args": {"n": 3}}]),
     "criteria[0].check"),  # unknown check name
    (_native(criteria=[{"id": "c1", "question": "Ok?", "kind": "check", "check": "word_count", "args": {"n": -3}}]),
     "criteria[0].args"),  # bad check arguments
    (_native(id="good-2", category="carried_context"), None),  # a second valid native row
    (_aif('[{"role": "user", "content": "Hi"', {"rubrics": json.dumps(["Ok?"])}), "conversation_history"),  # broken JSON
    (_aif(json.dumps(_USER), {"source": "x"}), "prompt_metadata.rubrics"),  # no rubrics at all
    (_aif(json.dumps(_USER), {"rubrics": json.dumps(["Is it one line?"])}), None),  # a valid AdvancedIF row
]


def _write_bad_file(path: Path) -> Path:
    path.write_text("".join(line + "\n" for line, _ in BAD_FILE), encoding="utf-8")
    return path


def test_load_records_reports_every_bad_row_and_keeps_the_good_ones(tmp_path):
    result = load_records(_write_bad_file(tmp_path / "mixed.jsonl"))
    expected_bad = {i for i, (_, fld) in enumerate(BAD_FILE, start=1) if fld is not None}
    assert result.rows_read == len(BAD_FILE)
    # one bad row never hides another
    assert set(result.bad_rows) == expected_bad
    assert not result.ok
    # the three good rows load despite their bad neighbours
    assert [r.id for r in result.records] == ["good-1", "good-2", "19"]


@pytest.mark.parametrize("row", [i for i, (_, fld) in enumerate(BAD_FILE, start=1) if fld is not None])
def test_each_bad_row_names_its_field_value_and_fix(tmp_path, row):
    result = load_records(_write_bad_file(tmp_path / "mixed.jsonl"))
    problems = [p for p in result.problems if p.row == row]
    expected_field = BAD_FILE[row - 1][1]
    # the problem points at the exact field that is wrong
    assert expected_field in [p.field for p in problems]
    problem = next(p for p in problems if p.field == expected_field)
    rendered = problem.render()
    assert rendered.startswith(f"row {row}: ")
    assert f"field '{expected_field}'" in rendered
    assert repr(problem.value)[:60] in rendered
    assert "; fix: " in rendered


def test_bad_values_are_reported_as_found(tmp_path):
    result = load_records(_write_bad_file(tmp_path / "mixed.jsonl"))
    by_row = {(p.row, p.field): p.value for p in result.problems}
    # the offending value itself is carried, so a table can show it
    assert by_row[(9, "criteria[1].weight")] == -1
    assert by_row[(11, "criteria[0].weight")] == "1.0"
    assert by_row[(12, "criteria[0].kind")] == "human"
    assert by_row[(14, "criteria[0].check")] == "word_cuont"
    assert by_row[(6, "messages[0].role")] == "bot"
    nan = by_row[(10, "criteria[0].weight")]
    assert nan != nan  # NaN is the only value not equal to itself


# --------------------------------------------------------------------------- verl parquet


def test_write_parquet_rows_have_verl_columns_and_decode_back(tmp_path):
    import pandas as pd

    records = load_records(EXAMPLES).records
    out = tmp_path / "train.parquet"
    assert write_parquet(records, out) == len(records)
    df = pd.read_parquet(out)
    # the columns verl's RLHFDataset and reward loop read
    assert list(df.columns) == ["data_source", "prompt", "ability", "reward_model", "extra_info"]
    assert len(df) == len(records)
    for i, (row, record) in enumerate(zip(df.to_dict("records"), records)):
        assert row["data_source"] == record.data_source
        assert row["ability"] == "instruction_following"
        assert row["reward_model"]["style"] == "rubric"
        assert [dict(m) for m in row["prompt"]] == [{"role": m.role, "content": m.content} for m in record.messages]
        assert row["extra_info"]["index"] == i and row["extra_info"]["num_criteria"] == len(record.criteria)
        # the rubric travels whole in reward_model.ground_truth
        assert from_verl_row(row).to_dict() == record.to_dict()


def test_verl_rlhf_dataset_reads_the_parquet(tmp_path):
    from omegaconf import OmegaConf
    from transformers import AutoTokenizer
    from verl.utils.dataset.rl_dataset import RLHFDataset

    from rubric_plugin.devtools.tiny import build_tiny_tokenizer

    records = load_records(EXAMPLES).records
    path = tmp_path / "train.parquet"
    write_parquet(records, path)
    tokenizer = AutoTokenizer.from_pretrained(str(build_tiny_tokenizer(tmp_path / "tok")))
    config = OmegaConf.create({
        "prompt_key": "prompt",
        "max_prompt_length": 1024,
        "return_raw_chat": True,
        "filter_overlong_prompts": True,
        "filter_overlong_prompts_workers": 1,
        "truncation": "error",
        "cache_dir": str(tmp_path / "verl_cache"),
    })
    dataset = RLHFDataset(data_files=str(path), tokenizer=tokenizer, config=config)
    # no prompt is over 1024 tokens, so none is filtered out
    assert len(dataset) == len(records)
    item = dataset[0]
    first = records[0]
    # the reward manager gets the whole rubric back from the dataset item
    assert item["reward_model"]["style"] == "rubric"
    assert from_verl_row(item).to_dict() == first.to_dict()
    # the rollout reads the chat messages from raw_prompt
    expected_messages = [{"role": m.role, "content": m.content} for m in first.messages]
    assert [dict(m) for m in item["raw_prompt"]] == expected_messages
    assert [dict(m) for m in item["prompt"]] == expected_messages
    assert item["data_source"] == first.data_source


# --------------------------------------------------------------------------- CLI


def test_cli_validate_returns_0_for_the_bundled_examples(capsys):
    assert main(["validate", str(EXAMPLES)]) == 0
    out = capsys.readouterr().out
    # a clean file reports no bad rows
    assert "bad rows: 0" in out and "BAD " not in out


@pytest.mark.parametrize("name, content, says", [
    ("broken.parquet", b"junk", "is not a readable parquet file"),
    ("records.txt", b"{}", "unsupported extension '.txt'"),
])
def test_cli_validate_and_convert_name_a_file_they_cannot_read_without_a_traceback(tmp_path, capsys, name,
                                                                                    content, says):
    path = tmp_path / name
    path.write_bytes(content)
    assert main(["validate", str(path)]) == 1
    out = capsys.readouterr().out
    assert out.startswith("BAD ") and "field '<file>'" in out and says in out and "fix:" in out
    assert main(["convert", str(path), "--out", str(tmp_path / "out.parquet")]) == 1
    assert says in capsys.readouterr().out and not (tmp_path / "out.parquet").exists()


def test_cli_validate_returns_1_and_prints_every_bad_row(tmp_path, capsys):
    path = _write_bad_file(tmp_path / "mixed.jsonl")
    assert main(["validate", str(path)]) == 1
    out = capsys.readouterr().out
    bad_lines = [line for line in out.splitlines() if line.startswith("BAD row ")]
    # every bad row appears at least once, and no good row does
    rows = {int(line.split()[2].rstrip(":")) for line in bad_lines}
    assert rows == {i for i, (_, fld) in enumerate(BAD_FILE, start=1) if fld is not None}


def test_cli_convert_refuses_a_bad_file_and_writes_nothing(tmp_path, capsys):
    out = tmp_path / "x.parquet"
    assert main(["convert", str(_write_bad_file(tmp_path / "mixed.jsonl")), "--out", str(out)]) == 1
    # half-converted data never reaches training
    assert not out.exists()
    assert "--skip-bad" in capsys.readouterr().err


def test_cli_convert_skip_bad_writes_the_good_rows_and_still_returns_1(tmp_path):
    import pandas as pd

    out = tmp_path / "x.parquet"
    assert main(["convert", str(_write_bad_file(tmp_path / "mixed.jsonl")), "--out", str(out), "--skip-bad"]) == 1
    # the three valid rows are written; the exit code still flags the bad ones
    df = pd.read_parquet(out)
    assert [from_verl_row(r).id for r in df.to_dict("records")] == ["good-1", "good-2", "19"]


def test_cli_convert_bundled_examples_to_parquet_returns_0(tmp_path):
    import pandas as pd

    out = tmp_path / "examples.parquet"
    assert main(["convert", str(EXAMPLES), "--out", str(out)]) == 0
    # one verl row per example record
    assert len(pd.read_parquet(out)) == len(load_records(EXAMPLES).records)


def test_bundled_examples_round_trip_through_a_json_list(tmp_path):
    from importlib import resources

    first = load_records(str(resources.files("rubric_plugin") / "examples" / "examples.jsonl"))
    out = tmp_path / "examples.json"
    # a .json target is written as one list, and read back to the same records
    assert write_jsonl(first.records, out) == len(first.records)
    assert json.loads(out.read_text())[0]["id"] == first.records[0].id
    assert [r.to_dict() for r in load_records(out).records] == [r.to_dict() for r in first.records]


# --------------------------------------------------------------------------- malformed AdvancedIF rows

_RUBRICS = json.dumps({"rubrics": json.dumps(["Is it one line?"])})


def _aif_obj(**over):
    row = {"conversation_history": json.dumps(_USER), "benchmark_name": "complex_if_single_turn_v5",
           "prompt_metadata": _RUBRICS}
    row.update(over)
    return row


# (row as stored in a .json list, the field its problem names, a fragment of the problem);
# every malformed shape is a row error of the loader, never an exception escaping it
MALFORMED_AIF = [
    (["conversation_history", "prompt_metadata"], "<row>", "not an object (got list)"),  # a row that is a list
    (None, "<row>", "not an object (got null)"),  # a null row
    ("complex_if_single_turn_v5", "<row>", "not an object (got str)"),  # a bare string
    (_aif_obj(conversation_history=None), "conversation_history", "missing column"),  # Hugging Face null fill
    (_aif_obj(benchmark_name="   "), "benchmark_name", "missing column"),  # blank benchmark name
    (_aif_obj(benchmark_name=5), "benchmark_name", "must be a string"),  # a number for a name
    (_aif_obj(prompt_metadata="[1, 2]"), "prompt_metadata", "not a JSON object"),  # metadata is a list
    (_aif_obj(prompt_metadata=json.dumps({"rubrics": None})), "prompt_metadata.rubrics", "missing"),  # null rubrics
    (_aif_obj(prompt_metadata=json.dumps({"rubrics": {"q1": "Ok?"}})), "prompt_metadata.rubrics",
     "non-empty list"),  # rubrics as an object
    (_aif_obj(prompt_metadata=json.dumps({"rubrics": "Is it short?"})), "prompt_metadata.rubrics",
     "not valid JSON"),  # one question, not a JSON list
    (_aif_obj(prompt_metadata={"rubrics": ["Is it one line?", None]}), "prompt_metadata.rubrics[1]",
     "question string"),  # a null question among good ones
    (_aif_obj(conversation_history=json.dumps({"role": "user", "content": "Hi"})), "conversation_history",
     "non-empty list"),  # one message, not a list
    (_aif_obj(conversation_history=json.dumps(["Hi"])), "conversation_history[0]", "not an object"),  # a bare string turn
    (_aif_obj(conversation_history="[" * 5000 + "]" * 5000), "conversation_history", "nested too deeply"),
]


def test_malformed_advancedif_rows_are_row_errors_naming_field_value_and_fix(tmp_path):
    rows = [row for row, _, _ in MALFORMED_AIF] + [_aif_obj(id=None)]
    path = tmp_path / "aif.json"
    path.write_text(json.dumps(rows), encoding="utf-8")
    result = load_records(path, fmt="advancedif")
    # every malformed row is reported (rows count from 1); the well-formed last row still loads
    assert result.bad_rows == list(range(1, len(MALFORMED_AIF) + 1))
    for row, (raw, field, fragment) in enumerate(MALFORMED_AIF, start=1):
        problems = {p.field: p for p in result.problems if p.row == row}
        assert field in problems, (row, sorted(problems))
        problem = problems[field]
        assert fragment in problem.problem, (row, problem.problem)
        assert problem.fix.strip()
        assert problem.render().startswith(f"row {row}: field '{field}' = ")
    # a null id falls back to the row number, not the text "None"
    assert [r.id for r in result.records] == [str(len(rows))]


# --------------------------------------------------------------------------- IFEval

# rows in the format of IFEval's input_data.jsonl (written for these tests)
IFEVAL_ROWS = [
    {"key": 3001, "prompt": "Write a short ad for a bakery. Use at least 2 placeholders like [address] and no commas.",
     "instruction_id_list": ["detectable_content:number_placeholders", "punctuation:no_comma"],
     "kwargs": [{"num_placeholders": 2}, {}]},
    {"key": 3002, "prompt": "Describe a storm in fewer than 4 sentences; the letter z must appear at least 2 times.",
     "instruction_id_list": ["length_constraints:number_sentences", "keywords:letter_frequency"],
     "kwargs": [{"num_sentences": 4, "relation": "less than"}, {"letter": "z", "let_frequency": 2, "let_relation": "at least"}]},
]
# the Hugging Face copy: every kwarg name in every object, null where the instruction does not use it
HF_KEYS = ["num_placeholders", "num_sentences", "relation", "letter", "let_frequency", "let_relation", "keywords", "language"]


def _hf(row):
    return {**row, "kwargs": [{k: kw.get(k) for k in HF_KEYS} for kw in row["kwargs"]]}


def _write_jsonl(path, rows):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.mark.parametrize("form", ["reference", "hugging_face"])
def test_ifeval_rows_become_one_ifeval_check_criterion_per_instruction(tmp_path, form):
    rows = IFEVAL_ROWS if form == "reference" else [_hf(r) for r in IFEVAL_ROWS]
    result = load_records(_write_jsonl(tmp_path / "input_data.jsonl", rows))
    assert result.ok, [p.render() for p in result.problems]
    first, second = result.records
    assert (first.id, first.category, first.data_source) == ("3001", "ifeval", "ifeval")
    assert first.messages[0].content == IFEVAL_ROWS[0]["prompt"]
    # the nulls of the Hugging Face form are dropped; the instruction's own arguments stay
    assert [dict(c.args) for c in first.criteria] == [
        {"instruction_id": "detectable_content:number_placeholders", "num_placeholders": 2},
        {"instruction_id": "punctuation:no_comma"}]
    assert [(c.id, c.kind, c.check) for c in second.criteria] == [
        ("length_constraints:number_sentences", "check", "ifeval"), ("keywords:letter_frequency", "check", "ifeval")]
    # questions are phrased for a human, with the instruction's values
    assert [c.question for c in first.criteria] == [
        "Does the response contain at least 2 placeholders in square brackets, such as [address]?",
        "Does the response avoid commas entirely?"]
    assert [c.question for c in second.criteria] == [
        "Does the response contain fewer than 4 sentences?",
        "Does the letter 'z' appear at least 2 times in the response?"]


def test_every_ifeval_instruction_has_a_question_with_its_values():
    from ifeval_corpus import CASES

    from rubric_plugin.checks import ifeval
    from rubric_plugin.convert.ifeval import QUESTIONS, question

    assert set(QUESTIONS) == set(ifeval.ARGS)
    for iid, kwargs, _ in CASES:
        q = question(iid, kwargs)
        assert q.endswith("?") and q.split()[0] in ("Does", "Do", "Is"), q
        # every number of the configuration is in the question a verifier is asked
        numbers = [v for v in kwargs.values() if isinstance(v, int)]
        assert all(str(n) in q for n in numbers), (iid, q)


def test_converted_ifeval_criteria_score_like_the_instructions(tmp_path):
    from rubric_plugin.checks import run_check

    (record, _) = load_records(_write_jsonl(tmp_path / "i.jsonl", IFEVAL_ROWS)).records
    ad = "Visit us at [address] on [day] for fresh bread"
    # two placeholders and no comma: both criteria pass; one comma fails the second only
    assert [run_check(c.check, ad, dict(c.args)) for c in record.criteria] == [True, True]
    assert [run_check(c.check, ad + ", rolls", dict(c.args)) for c in record.criteria] == [True, False]


# (row, field of the error, part of the problem)
BAD_IFEVAL = [
    # a null argument the instruction uses (Hugging Face form): IFEval would pick a random value
    (_hf({**IFEVAL_ROWS[1], "kwargs": [{"num_sentences": None, "relation": "less than"}, IFEVAL_ROWS[1]["kwargs"][1]]}),
     "kwargs[0].num_sentences", "missing or null"),
    # a letter that is not a letter
    ({**IFEVAL_ROWS[1], "kwargs": [IFEVAL_ROWS[1]["kwargs"][0], {"letter": "7", "let_frequency": 2, "let_relation": "at least"}]},
     "kwargs[1].letter", "not a single letter"),
    # a keyword that is not a regular expression
    ({**IFEVAL_ROWS[0], "instruction_id_list": ["keywords:existence"], "kwargs": [{"keywords": ["f(x"]}]},
     "kwargs[0].keywords", "not a valid regular expression"),
    # an instruction IFEval does not have
    ({**IFEVAL_ROWS[0], "instruction_id_list": ["punctuation:no_semicolon", "punctuation:no_comma"]},
     "instruction_id_list[0]", "not an IFEval instruction"),
    # one kwargs object missing
    ({**IFEVAL_ROWS[0], "kwargs": [{"num_placeholders": 2}]}, "kwargs", "1 entries for 2 instructions"),
    # a kwargs entry that is not an object
    ({**IFEVAL_ROWS[0], "kwargs": [{"num_placeholders": 2}, "none"]}, "kwargs[1]", "not an object"),
    # no prompt
    ({k: v for k, v in IFEVAL_ROWS[0].items() if k != "prompt"} | {"prompt": ""}, "prompt", "non-empty string"),
]


def test_bad_ifeval_rows_are_row_errors_naming_field_value_and_fix(tmp_path):
    path = _write_jsonl(tmp_path / "bad.jsonl", [row for row, _, _ in BAD_IFEVAL] + [IFEVAL_ROWS[0]])
    result = load_records(path, fmt="ifeval")
    assert result.bad_rows == list(range(1, len(BAD_IFEVAL) + 1))
    for line, (_, field, fragment) in enumerate(BAD_IFEVAL, start=1):
        problems = {p.field: p for p in result.problems if p.row == line}
        assert field in problems, (line, sorted(problems))
        assert fragment in problems[field].problem
        assert problems[field].fix.strip()
    # the good last row still converts
    assert [r.id for r in result.records] == ["3001"]


def test_cli_convert_writes_ifeval_rows_to_verl_parquet(tmp_path, capsys):
    import pandas as pd

    src = _write_jsonl(tmp_path / "input_data.jsonl", [_hf(r) for r in IFEVAL_ROWS])
    out = tmp_path / "ifeval.parquet"
    assert main(["convert", str(src), "--out", str(out), "--format", "ifeval"]) == 0
    assert "ifeval" in capsys.readouterr().out
    rows = pd.read_parquet(out).to_dict("records")
    assert [from_verl_row(r).id for r in rows] == ["3001", "3002"]
    assert {r["data_source"] for r in rows} == {"ifeval"}
