"""Verifier calibration: the labels format, labels from checks, agreement metrics, and `rubric-plugin calibrate`.

Policy: labels are validated when read (every bad line named with field, value and fix); a
verifier failure is left out of the metrics and counted, never scored as "no"; the metrics are
the textbook ones (expected values computed by hand below).
"""
from __future__ import annotations

import json
from importlib import resources

import pytest

from rubric_plugin.cli.main import main
from rubric_plugin.errors import RubricSchemaError
from rubric_plugin.labels.agreement import confusion, metrics
from rubric_plugin.labels.format import read_labels

pytestmark = pytest.mark.timeout(300)


def test_metrics_match_hand_computed_values():
    # tp=3 fn=1 fp=2 tn=4, n=10
    m = metrics(confusion([(True, True)] * 3 + [(True, False)] + [(False, True)] * 2 + [(False, False)] * 4))
    assert m["matrix"] == [[3, 1], [2, 4]]
    assert m["accuracy"] == pytest.approx(0.7)                    # (3 + 4) / 10
    assert m["f1_yes"] == pytest.approx(6 / 9)                    # 2*3 / (2*3 + 2 + 1)
    assert m["f1_no"] == pytest.approx(8 / 11)                    # 2*4 / (2*4 + 1 + 2)
    assert m["macro_f1"] == pytest.approx((6 / 9 + 8 / 11) / 2)
    # p_o = 0.7; p_e = 0.4*0.5 + 0.6*0.5 = 0.5; kappa = 0.2 / 0.5
    assert m["kappa"] == pytest.approx(0.4)
    assert m["yes_rate_bias"] == pytest.approx(0.1)              # 0.5 predicted yes - 0.4 gold yes


def test_metrics_edge_cases():
    # perfect agreement on all-yes labels: "no" is absent from both sides, so it leaves macro-F1
    m = metrics(confusion([(True, True)] * 4))
    assert m["macro_f1"] == 1.0 and m["f1_no"] is None and m["kappa"] is None
    # a judge that always says yes on balanced labels: accuracy 0.5, kappa 0, bias +0.5
    m = metrics(confusion([(True, True), (False, True)] * 3))
    assert m["accuracy"] == 0.5 and m["kappa"] == pytest.approx(0.0) and m["yes_rate_bias"] == pytest.approx(0.5)
    assert m["f1_no"] == 0.0
    assert metrics(confusion([]))["accuracy"] is None


def test_bad_label_lines_are_all_named_with_field_value_and_fix(tmp_path):
    rows = [{"record_id": "r1", "response": "x", "criterion_id": "c1", "label": "yes", "source": "human"},
            {"record_id": "r1", "response": "x", "criterion_id": "c2", "label": "Yes", "source": "human"},
            {"record_id": "r1", "response": "x", "criterion_id": "c3", "label": "no", "source": "crowd"},
            {"record_id": "r1", "response": "x", "criterion_id": "c1", "label": "no", "source": "human"},
            {"record_id": "r2", "criterion_id": "c1", "label": "no", "source": "teacher", "score": 1}]
    p = tmp_path / "labels.jsonl"
    p.write_text("\n".join(json.dumps(r) for r in rows) + "\nnot json\n")
    with pytest.raises(RubricSchemaError) as e:
        read_labels(p)
    text = str(e.value)
    assert "row 2: field 'label' = 'Yes'" in text and "lower case" in text
    assert "row 3: field 'source' = 'crowd'" in text
    assert "row 4: field 'criterion_id'" in text and "same record, response and criterion as line 1" in text
    assert "row 5: field 'response'" in text and "missing" in text and "unknown keys" in text
    assert "row 6: field '<line>'" in text


IFEVAL_ROWS = [
    {"key": 1, "prompt": "Write about cats without commas.", "instruction_id_list": ["punctuation:no_comma"], "kwargs": [{}]},
    {"key": 2, "prompt": "Write about dogs in at least 5 words, all lowercase.",
     "instruction_id_list": ["length_constraints:number_words", "change_case:english_lowercase"],
     "kwargs": [{"num_words": 5, "relation": "at least"}, {}]},
]
RESPONSES = [{"id": "1", "response": "Cats are soft, and quiet."}, {"id": "2", "response": "dogs are loyal friends to people."}]


def _write(path, rows):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return str(path)


def test_labels_from_checks_answer_each_check_with_the_check(tmp_path, capsys):
    rec, resp = _write(tmp_path / "ifeval.jsonl", IFEVAL_ROWS), _write(tmp_path / "resp.jsonl", RESPONSES)
    assert main(["labels", "--from-checks", rec, resp, "--out", str(tmp_path / "labels.jsonl")]) == 0
    labels = read_labels(tmp_path / "labels.jsonl")
    # a comma in response 1; response 2 has 6 words, all lower case
    assert {(lab.record_id, lab.criterion_id): lab.label for lab in labels} == {
        ("1", "punctuation:no_comma"): "no", ("2", "length_constraints:number_words"): "yes",
        ("2", "change_case:english_lowercase"): "yes"}
    assert {lab.source for lab in labels} == {"program"}
    assert "3 program labels (2 yes, 1 no)" in capsys.readouterr().out


def test_calibrate_from_checks_with_the_rule_verifier_reports_every_grouping(tmp_path, capsys):
    # the rule verifier says yes to every unquoted question: it agrees on the two yes labels only
    rec, resp = _write(tmp_path / "ifeval.jsonl", IFEVAL_ROWS), _write(tmp_path / "resp.jsonl", RESPONSES)
    out = tmp_path / "cal"
    assert main(["calibrate", "--from-checks", rec, resp, "--out", str(out), "+verifier@reward.rubric.verifier=rules"]) == 0
    report = json.loads((out / "calibration.json").read_text())
    o = report["overall"]
    assert o["confusion"] == {"tp": 2, "fn": 0, "fp": 1, "tn": 0} and o["accuracy"] == pytest.approx(2 / 3)
    assert set(report["by_kind"]) == {"check"} and set(report["by_category"]) == {"ifeval"}
    assert "ifeval:punctuation:no_comma" in report["by_check_type"]
    printed = capsys.readouterr().out
    assert "0.728" in printed and "rules-test-verifier" in printed
    from PIL import Image

    with Image.open(out / "calibration_confusion.png") as im:
        assert im.size[0] > 200 and im.size[1] > 150


def test_calibrate_without_a_verifier_names_the_presets(tmp_path, capsys):
    rec, resp = _write(tmp_path / "ifeval.jsonl", IFEVAL_ROWS), _write(tmp_path / "resp.jsonl", RESPONSES)
    assert main(["calibrate", "--from-checks", rec, resp, "--out", str(tmp_path / "c")]) == 1
    assert "+verifier@reward.rubric.verifier=<name>" in capsys.readouterr().err


EXAMPLES = str(resources.files("rubric_plugin") / "examples" / "examples.jsonl")
# Human and teacher labels on the plugin's example records, with responses written for them. Each
# comment says how the rule verifier answers (a quoted phrase present, or yes to an unquoted question)
# and where that lands in the confusion matrix (label first, verifier second).
GIFTS_OK = "- A hiking daypack\n- Trail socks"
GIFTS_BAD = "- A cheap mug\n- A book\n- A pen"
HAIKU_OK = "<<autumn>>\nred leaves drift slowly\nautumn wind"
HAIKU_BAD = "Spring Rain\nPetals drift on warm water\nbirds return"
NOVA_OK = "Nova here: please see a doctor about the knee."
NOVA_BAD = "I followed all your instructions. Take ibuprofen."
SKY_BAD = "Scattering is not why; the sky is blue because it reflects the ocean."
TRIP = "Try the custard tarts. Ask for them warm. Boa viagem!"
HAND_LABELS = [
    # (record_id, response, criterion_id, label, source)   verifier -> cell
    ("gift-ideas", GIFTS_OK, "two_bullets", "yes", "human"),     # unquoted: yes -> TP (check)
    ("gift-ideas", GIFTS_OK, "under_60", "yes", "human"),        # unquoted: yes -> TP (check)
    ("gift-ideas", GIFTS_OK, "hiking", "yes", "human"),          # "hiking" present -> TP (llm)
    ("gift-ideas", GIFTS_BAD, "two_bullets", "no", "human"),     # unquoted: yes -> FP (check)
    ("gift-ideas", GIFTS_BAD, "no_cheap", "no", "human"),        # unquoted: yes -> FP (check)
    ("gift-ideas", GIFTS_BAD, "hiking", "no", "human"),          # "hiking" absent -> TN (llm)
    ("haiku-lowercase", HAIKU_OK, "lowercase", "yes", "teacher"),  # unquoted: yes -> TP (check)
    ("haiku-lowercase", HAIKU_OK, "autumn", "yes", "teacher"),     # "autumn" present -> TP (llm)
    ("haiku-lowercase", HAIKU_BAD, "title", "no", "teacher"),      # unquoted: yes -> FP (check)
    ("haiku-lowercase", HAIKU_BAD, "autumn", "no", "teacher"),     # "autumn" absent -> TN (llm)
    ("support-bot", NOVA_OK, "greeting", "yes", "human"),        # 'Nova here:' present -> TP (check)
    ("support-bot", NOVA_OK, "doctor", "yes", "human"),          # "doctor" present -> TP (llm)
    ("support-bot", NOVA_OK, "self_report", "no", "human"),      # "followed all" absent -> TN (llm)
    ("support-bot", NOVA_BAD, "greeting", "no", "human"),        # 'Nova here:' absent -> TN (check)
    ("support-bot", NOVA_BAD, "doctor", "no", "human"),          # "doctor" absent -> TN (llm)
    ("support-bot", NOVA_BAD, "self_report", "yes", "teacher"),  # "followed all" present -> TP (llm)
    ("sections-report", SKY_BAD, "rayleigh", "no", "human"),     # "scattering" present -> FP (llm)
    ("trip-followup", TRIP, "sign_off", "yes", "human"),         # 'Boa viagem!' present -> TP (check)
    ("trip-followup", TRIP, "pastel", "yes", "human"),           # "pastel de nata" absent -> FN (llm)
]


@pytest.mark.parametrize("records_suffix", [".jsonl", ".parquet"])
def test_calibrate_against_human_and_teacher_labels_matches_hand_counts(tmp_path, capsys, records_suffix):
    labels = tmp_path / "labels.jsonl"
    labels.write_text("".join(json.dumps({"record_id": r, "response": resp, "criterion_id": c, "label": lab,
                                          "source": src, **({"reason": "by hand"} if src == "human" else {})}) + "\n"
                              for r, resp, c, lab, src in HAND_LABELS))
    records = EXAMPLES
    if records_suffix == ".parquet":  # the verl parquet `convert` writes is a rubric file too
        records = str(tmp_path / "examples.parquet")
        assert main(["convert", EXAMPLES, "--out", records]) == 0
    out = tmp_path / "cal"
    assert main(["calibrate", "--labels", str(labels), "--records", records, "--out", str(out),
                 "+verifier@reward.rubric.verifier=rules"]) == 0
    report = json.loads((out / "calibration.json").read_text())
    assert report["labels"] == 19 and report["sources"] == ["human", "teacher"]

    o = report["overall"]  # tp 9, fn 1, fp 4, tn 5 (the comments above, counted)
    assert o["confusion"] == {"tp": 9, "fn": 1, "fp": 4, "tn": 5} and o["failed"] == 0
    assert o["accuracy"] == pytest.approx(14 / 19)
    assert o["f1_yes"] == pytest.approx(18 / 23)                  # 2*9 / (2*9 + 4 + 1)
    assert o["f1_no"] == pytest.approx(2 / 3)                     # 2*5 / (2*5 + 1 + 4)
    assert o["macro_f1"] == pytest.approx((18 / 23 + 2 / 3) / 2)
    # p_o = 14/19; gold yes 10/19, verifier yes 13/19: p_e = (10*13 + 9*6) / 19^2 = 184/361
    assert o["kappa"] == pytest.approx((266 / 361 - 184 / 361) / (1 - 184 / 361))
    assert o["yes_rate_bias"] == pytest.approx(3 / 19)            # 13/19 - 10/19

    llm, check = report["by_kind"]["llm"], report["by_kind"]["check"]
    assert llm["confusion"] == {"tp": 4, "fn": 1, "fp": 1, "tn": 4}
    assert (llm["accuracy"], llm["f1_no"], llm["kappa"], llm["yes_rate_bias"]) == pytest.approx((0.8, 0.8, 0.6, 0.0))
    assert check["confusion"] == {"tp": 5, "fn": 0, "fp": 3, "tn": 1}
    # p_o = 6/9; gold yes 5/9, verifier yes 8/9: p_e = (5*8 + 4*1) / 81 = 44/81
    assert (check["accuracy"], check["f1_no"], check["kappa"], check["yes_rate_bias"]) == pytest.approx(
        (6 / 9, 2 / 5, (54 / 81 - 44 / 81) / (1 - 44 / 81), 3 / 9))
    assert report["by_check_type"]["llm"]["n"] == 10
    assert {k: b["n"] for k, b in report["by_category"].items()} == {
        "carried_context": 2, "complex": 10, "system_steerability": 7}

    md = (out / "calibration.md").read_text()
    assert "| label yes | 9 | 1 |" in md and "| label no | 4 | 5 |" in md and "0.728" in md
    assert "rules-test-verifier" in md and "![confusion matrix](calibration_confusion.png)" in md
    from PIL import Image

    with Image.open(out / "calibration_confusion.png") as im:
        im.load()
        assert im.format == "PNG" and im.size[0] > 200 and im.size[1] > 150
        low, high = im.convert("L").getextrema()
        assert high - low > 100  # drawn, not blank
    assert "rules-test-verifier" in capsys.readouterr().out
