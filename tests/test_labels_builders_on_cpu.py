"""Label builders: teacher labels (concurrent, resumable, never guessed), human CSV/JSONL import, splits by record.

Policy: a teacher that cannot judge a response writes no label for it (counted, asked again on the
next run); a bad human row is named with its row, field, value and fix; a split never puts one
record's labels on two sides.
"""
from __future__ import annotations

import asyncio
import json

import pytest

from rubric_plugin.cli.main import main
from rubric_plugin.errors import RubricSchemaError, VerifierTransportError
from rubric_plugin.labels.format import Label, read_labels
from rubric_plugin.labels.human import import_human
from rubric_plugin.labels.splits import class_balance, split_by_record
from rubric_plugin.labels.teacher import teacher_labels
from rubric_plugin.schema import parse_record
from rubric_plugin.verdicts import Verdict, VerdictSet
from rubric_plugin.verifier.base import Verifier

pytestmark = pytest.mark.timeout(60)


def _record(i: int):
    return parse_record({"id": f"r{i}", "messages": [{"role": "user", "content": f"Write about item {i}."}],
                         "criteria": [{"id": "short", "question": "Is the response under 10 words?", "kind": "check",
                                       "check": "word_count", "args": {"n": 10, "relation": "less than"}},
                                      {"id": "polite", "question": "Is the response polite?", "kind": "llm"}]})


class Teacher(Verifier):
    """Says yes iff the response contains 'please'; fails on responses containing 'FAIL'; counts calls."""

    name = "teacher"

    def __init__(self):
        self.calls, self.in_flight, self.peak = 0, 0, 0

    async def judge(self, record, response, criteria):
        self.calls += 1
        self.in_flight += 1
        self.peak = max(self.peak, self.in_flight)
        await asyncio.sleep(0.01)
        self.in_flight -= 1
        if "FAIL" in response:
            raise VerifierTransportError("teacher endpoint down")
        assert all(c.kind == "llm" for c in criteria)  # every criterion is asked as a question
        ok = "please" in response
        return VerdictSet({c.id: Verdict(c.id, ok, f"{'has' if ok else 'lacks'} please", self.name) for c in criteria})


def test_teacher_labels_every_criterion_with_reasons_and_resumes(tmp_path):
    records = [_record(i) for i in range(6)]
    pairs = [(r, "please help" if i % 2 else ("FAIL" if i == 4 else "no")) for i, r in enumerate(records)]
    out = tmp_path / "teacher.jsonl"
    t = Teacher()
    ticks = []
    run = asyncio.run(teacher_labels(t, pairs, out, concurrency=3, progress=ticks.append))
    # 5 responses judged x 2 criteria; the failed one (r4) has no label at all, never a "no"
    assert (run.judged, run.written, [r for r, _ in run.failed]) == (5, 10, ["r4"])
    assert t.peak <= 3 and len(ticks) == 6
    labels = read_labels(out)
    assert {lab.record_id for lab in labels} == {"r0", "r1", "r2", "r3", "r5"}
    assert all(lab.source == "teacher" and lab.reason for lab in labels)
    assert {(lab.record_id, lab.label) for lab in labels if lab.criterion_id == "polite"} >= {("r1", "yes"), ("r0", "no")}
    # a rerun asks only what is missing: r4, which fails again, and nothing else
    t2 = Teacher()
    run2 = asyncio.run(teacher_labels(t2, pairs, out, concurrency=3))
    assert (t2.calls, run2.already, run2.written) == (1, 5, 0)
    # once the teacher recovers, the rerun completes the file without duplicates
    fixed = [(r, "please" if resp == "FAIL" else resp) for r, resp in pairs]
    run3 = asyncio.run(teacher_labels(Teacher(), fixed, out))
    assert run3.written == 2 and len(read_labels(out)) == 12


def test_human_csv_import_normalises_answers_and_names_bad_rows(tmp_path):
    good = tmp_path / "human.csv"
    good.write_text('record_id,response,criterion_id,label,reason\nr0,"hi, there",polite,Yes,friendly\n'
                    "r0,\"hi, there\",short,0,\nr1,ok,polite,TRUE,\n")
    labels = import_human(good, [_record(0), _record(1)])
    assert [(lab.record_id, lab.criterion_id, lab.label, lab.reason) for lab in labels] == [
        ("r0", "polite", "yes", "friendly"), ("r0", "short", "no", None), ("r1", "polite", "yes", None)]
    assert labels[0].response == "hi, there" and {lab.source for lab in labels} == {"human"}
    bad = tmp_path / "bad.jsonl"
    bad.write_text("\n".join(json.dumps(r) for r in [
        {"record_id": "r0", "response": "x", "criterion_id": "polite", "label": "maybe"},
        {"record_id": "r0", "response": "x", "criterion_id": "polite", "label": "no", "rater": "a"},
        {"record_id": "r0", "response": "x", "criterion_id": "short", "label": "no"},
        {"record_id": "r0", "response": "x", "criterion_id": "short", "label": "yes"}]) + "\n")
    with pytest.raises(RubricSchemaError) as e:
        import_human(bad)
    text = str(e.value)
    assert "row 1: field 'label' = 'maybe'" in text and "yes when the criterion is met" in text
    assert "row 2" in text and "unknown keys" in text
    assert "row 4: field 'criterion_id'" in text and "same record, response and criterion as row 3" in text
    # labels naming a criterion the rubric lacks are refused when the records are given
    stray = tmp_path / "stray.csv"
    stray.write_text("record_id,response,criterion_id,label\nr0,x,tone,yes\n")
    with pytest.raises(RubricSchemaError, match="'tone'.*not a criterion of record 'r0'"):
        import_human(stray, [_record(0)])


def _labels(n_records: int, per: int = 3):
    return [Label(f"r{i}", "resp", f"c{j}", "yes" if (i + j) % 4 else "no", "program")
            for i in range(n_records) for j in range(per)]


def test_split_keeps_each_record_on_one_side_and_reports_balance():
    labels = _labels(20)
    splits = split_by_record(labels, {"train": 0.8, "test": 0.2}, seed=1)
    train_ids = {lab.record_id for lab in splits["train"]}
    test_ids = {lab.record_id for lab in splits["test"]}
    assert not train_ids & test_ids and len(train_ids | test_ids) == 20
    assert (len(splits["train"]), len(splits["test"])) == (48, 12)  # 16 and 4 records of 3 labels
    # the split does not depend on the file's order, and a different seed draws different records
    assert split_by_record(labels[::-1], {"train": 0.8, "test": 0.2}, seed=1)["test"][0].record_id in test_ids
    assert {lab.record_id for lab in split_by_record(labels, {"train": 0.8, "test": 0.2}, seed=2)["test"]} != test_ids
    b = class_balance(labels)
    assert (b["labels"], b["records"], b["yes"] + b["no"]) == (60, 20, 60) and b["yes_rate"] == b["yes"] / 60


def test_split_and_import_verbs_write_files_and_print_balance(tmp_path, capsys):
    src = tmp_path / "labels.jsonl"
    src.write_text("".join(json.dumps(lab.to_dict()) + "\n" for lab in _labels(10)))
    assert main(["labels-split", str(src), "--out-dir", str(tmp_path / "s"), "--test", "0.2", "--val", "0.1"]) == 0
    out = capsys.readouterr().out
    assert out.count("yes rate") == 3 and out.startswith("train (")
    balance = json.loads((tmp_path / "s" / "balance.json").read_text())
    assert set(balance) == {"train", "val", "test"}
    assert sum(b["records"] for b in balance.values()) == 10
    assert main(["labels-split", str(src), "--out-dir", str(tmp_path / "s2"), "--test", "0.9", "--val", "0.3"]) == 1
