"""The SmolLM2 learning benchmark's data (benchmarks/learning_smollm2.py) loads, and its checks judge as worded."""
from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

from rubric_plugin.checks.registry import CHECKS, run_check
from rubric_plugin.convert.files import load_records

pytestmark = pytest.mark.timeout(120)  # loading the check registry imports the IFEval/IFBench checkers

EXAMPLES = resources.files("rubric_plugin") / "examples"

#: Per instruction type: an answer that follows it and one that does not.
ANSWERS = {
    "lowercase": ("the sea is wide and calm. waves roll in slowly.", "The sea is wide and calm. Waves roll in slowly."),
    "no_commas": ("The sea is wide and calm. Waves roll in slowly.", "The sea is wide, calm and deep."),
    "short": ("The sea is wide and calm.", " ".join(["word"] * 25)),
    "keyword": ("The blue sea is calm.", "The green sea is calm."),
    "starts_with": ("Imagine a calm sea.", "A calm sea, imagine it."),
}


def _records(name: str):
    result = load_records(Path(str(EXAMPLES / name)))
    result.raise_if_bad()
    return list(result.records)


def test_both_splits_load_cover_the_same_instruction_types_and_share_no_prompt():
    train, held = _records("smollm2_ifeval_train.jsonl"), _records("smollm2_ifeval_heldout.jsonl")
    types = {r.data_source for r in train}
    assert types == {r.data_source for r in held}
    assert not {r.last_user_turn for r in train} & {r.last_user_turn for r in held}
    assert all(c.kind == "check" and c.check in CHECKS for r in train + held for c in r.criteria)


def test_every_criterion_passes_a_following_answer_and_fails_a_violating_one():
    for record in _records("smollm2_ifeval_train.jsonl") + _records("smollm2_ifeval_heldout.jsonl"):
        follows, violates = ANSWERS[record.data_source.split("/")[-1]]
        for c in record.criteria:
            assert run_check(c.check, follows, dict(c.args)), (record.id, c.id, follows)
            assert not run_check(c.check, violates, dict(c.args)), (record.id, c.id, violates)
