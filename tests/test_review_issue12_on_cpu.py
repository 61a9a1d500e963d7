"""Review of the evaluation harness (issue 12): gaps found by reading each bullet against the code.

* A failed row never stops the run: a verifier that raises something other than a
  ``VerifierError`` (a bug in a custom verifier, an unwrapped client error) fails that row, with its
  error, in every judging protocol; the rows after it are still judged. Only a
  ``VerifierSetupError`` (every request would fail the same way) stops the run.
* Validation inside training: the manager tells validation from training only by
  ``extra_info.split``. A ``data.val_files`` row converted with the default ``--split train`` would be
  scored as a training sample (no ``acc``, NaN for an unscorable one); the startup data scan names it.
"""
from __future__ import annotations

import asyncio
import json

import pytest

from rubric_plugin.config import RubricRewardConfig
from rubric_plugin.convert import load_records
from rubric_plugin.devtools.crash import CRASH_MESSAGE, CrashingVerifier
from rubric_plugin.eval import harness
from rubric_plugin.eval.protocols import JudgeContext

pytestmark = pytest.mark.timeout(120)


def _aif_row(rid, rubrics):
    return {"conversation_history": json.dumps([{"role": "user", "content": f"Question {rid}"}]),
            "benchmark_name": "complex_if_single_turn_v5",
            "prompt_metadata": json.dumps({"id": rid, "rubrics": json.dumps(rubrics)})}


@pytest.mark.parametrize("protocol", ["advancedif", "rubric"])
def test_a_verifier_bug_fails_its_row_and_the_run_goes_on(tmp_path, protocol):
    path = tmp_path / "aif.jsonl"
    path.write_text("".join(json.dumps(_aif_row(f"r{i}", ['Does it say "fog"?'])) + "\n" for i in range(3)))
    items = harness.items_from_load(load_records(str(path)))
    harness.attach_responses(items, {f"r{i}": "fog" for i in range(3)})
    # judges the first response, then raises a plain RuntimeError on every later one
    ctx = JudgeContext(CrashingVerifier(mode="raise", after=1), RubricRewardConfig(), "official_release")
    rows = asyncio.run(harness.run(items, [protocol], ctx, tmp_path / "out", concurrency=1, progress=False))
    assert [(r["id"], r["passed"], r["failed"]) for r in rows] == [
        ("r0", True, False), ("r1", False, True), ("r2", False, True)]
    for r in rows[1:]:
        assert r["failure"] == "judge" and "RuntimeError" in r["error"] and CRASH_MESSAGE in r["error"]
    written = [json.loads(x) for x in (tmp_path / "out" / "rows.jsonl").read_text().splitlines()]
    assert len(written) == 3
    # failed rows stay in the denominator and are listed with their errors
    from rubric_plugin.eval.summary import summarize_rows

    s = summarize_rows(rows, [protocol])["protocols"][protocol]
    assert s["overall"]["rows"] == 3 and s["overall"]["pass_rate"] == pytest.approx(1 / 3)
    assert [f["id"] for f in s["failures"]] == ["r1", "r2"]


def test_a_setup_error_still_stops_the_run(tmp_path):
    from rubric_plugin.errors import VerifierSetupError

    class Refusing(CrashingVerifier):
        async def judge(self, record, response, criteria):
            raise VerifierSetupError("401 unauthorized: wrong API key")

    path = tmp_path / "aif.jsonl"
    path.write_text(json.dumps(_aif_row("r0", ['Does it say "fog"?'])) + "\n")
    items = harness.items_from_load(load_records(str(path)))
    harness.attach_responses(items, {"r0": "fog"})
    ctx = JudgeContext(Refusing(), RubricRewardConfig(), "official_release")
    with pytest.raises(VerifierSetupError):
        asyncio.run(harness.run(items, ["advancedif"], ctx, tmp_path / "out", progress=False))


def _parquet(tmp_path, name, split):
    from rubric_plugin.convert.verl_rows import write_parquet

    path = tmp_path / "aif.jsonl"
    path.write_text(json.dumps(_aif_row("r0", ['Does it say "fog"?'])) + "\n")
    out = tmp_path / name
    write_parquet(load_records(str(path)).records, out, split=split)
    return str(out)


def test_a_validation_file_converted_as_training_data_is_named_at_startup(tmp_path):
    from rubric_plugin.errors import RubricSchemaError
    from rubric_plugin.preflight import scan_val_splits

    good = _parquet(tmp_path, "val.parquet", "val")
    bad = _parquet(tmp_path, "val_as_train.parquet", "train")
    train = _parquet(tmp_path, "train.parquet", "train")
    config = {"data": {"train_files": [train], "val_files": [good]}}
    assert scan_val_splits(config) == 1  # rows read; training files are not asked to say val
    config["data"]["val_files"] = [good, bad]
    with pytest.raises(RubricSchemaError) as e:
        scan_val_splits(config)
    text = str(e.value)
    assert "val_as_train.parquet row 0" in text and "extra_info.split" in text and "'train'" in text
    assert "--split val" in text and "val.parquet row" not in text.replace("val_as_train.parquet row", "")


def test_the_progress_bar_shows_rows_eta_requests_and_tokens(capsys):
    bar = harness.Progress(4, "judging", enabled=True)
    bar(1, {"requests": 2.0, "prompt_tokens": 100.0, "completion_tokens": 20.0})
    bar(1, {"requests": 1.0, "prompt_tokens": 50.0, "completion_tokens": 5.0})
    bar.bar.refresh()
    bar.close()
    err = capsys.readouterr().err
    assert "judging" in err and "2/4" in err and "<" in err  # rows done and tqdm's elapsed<remaining (ETA)
    assert "requests=3" in err and "tokens=175" in err


def test_the_rubric_protocol_applies_the_training_runs_shaping(tmp_path):
    from rubric_plugin.cli.main import main

    path = tmp_path / "aif.jsonl"
    row = _aif_row("r0", ['Does the response mention "fog"?'])
    row["response"] = "Fog is a cloud at ground level.\n\nI have met all the requirements of your request."
    path.write_text(json.dumps(row) + "\n")

    out = tmp_path / "out"
    assert main(["eval", "--records", str(path), "--responses", str(path), "--protocol", "rubric,advancedif",
                 "--out", str(out), "--no-progress", "+verifier@reward.rubric.verifier=rules",
                 "+shaping@reward.rubric.shaping=rifl_detectors"]) == 0
    rows = {r["protocol"]: r for r in map(json.loads, (out / "rows.jsonl").read_text().splitlines())}
    shaped, aif = rows["rubric"], rows["advancedif"]
    # the judged criterion passes; the training chain's self-assessment penalty (0.5) takes its share, as in training
    assert list(shaped["satisfied"].values())[0] is True and shaped["scores"]["fractional"] == 1.0
    assert shaped["reward"] == 0.5 and any("self_assessment" in k for k in shaped["shaping"])
    # the benchmark protocol has no shaping: the same answer passes there
    assert aif["passed"] and list(aif["satisfied"].values()) == [True]


def test_ifbench_records_are_scored_programmatically_strict_and_loose(tmp_path):
    from rubric_plugin.checks.ifbench import NO_CHECK

    rows = [{"key": "b1", "prompt": "Name three numbers, no spaces.",
             "instruction_id_list": ["count:numbers", "format:no_whitespace"], "kwargs": [{"N": 3}, {}]},
            {"key": "b2", "prompt": "Write a sentence.", "instruction_id_list": ["ratio:stop_words"],
             "kwargs": [{"percentage": 40}]}]
    assert "ratio:stop_words" in NO_CHECK
    path = tmp_path / "IFBench_test.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    items = harness.items_from_load(load_records(str(path), "ifbench").raise_if_bad())
    harness.attach_responses(items, {"b1": "one1two2three3", "b2": "A sentence."})
    rows = asyncio.run(harness.run(items, ["ifeval"], JudgeContext(), tmp_path / "out", progress=False))
    by = {r["id"]: r for r in rows}
    # three numbers (as the reference counts them) without whitespace: both instructions followed
    assert by["b1"]["passed"] and by["b1"]["strict"] == {"count:numbers": True, "format:no_whitespace": True}
    assert by["b1"]["prompt_loose"] is True
    # an instruction with no offline checker is not silently dropped: a failed row, in the denominator
    assert by["b2"]["failed"] and "no offline checker" in by["b2"]["error"]
