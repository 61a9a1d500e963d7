"""The SmolLM2 learning benchmark's data (benchmarks/learning_smollm2.py) loads, its checks judge as
worded, and no record can be passed without answering: every one fails an empty or two-word answer,
even one made of the very words its checks look for."""
from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

from rubric_plugin.checks.registry import CHECKS, run_check
from rubric_plugin.convert.files import load_records

pytestmark = pytest.mark.timeout(120)  # loading the check registry imports the IFEval/IFBench checkers

EXAMPLES = resources.files("rubric_plugin") / "examples"

#: Per instruction type: an answer that follows every instruction of the prompt (``{w}`` is the
#: record's topic word) and one that breaks only the type's own instruction.
ANSWERS = {
    "lowercase": ("on a calm day the {w} looks quiet and soft and very peaceful to me.",
                  "On a calm day the {w} looks quiet and soft and very peaceful to me."),
    "no_commas": ("On a calm day the {w} looks quiet and soft and very peaceful to me.",
                  "On a calm day, the {w} looks quiet, soft and very peaceful to me."),
    "short": ("The {w} looks quiet and soft today.",
              "On a calm day the {w} looks quiet and soft and very peaceful to me and to everyone."),
    "keyword": ("On a calm day the {w} looks quiet and soft under a blue light.",
                "On a calm day the {w} looks quiet and soft under a grey light."),
    "starts_with": ("Imagine the {w} on a calm day looking quiet and soft and peaceful.",
                    "Picture the {w} on a calm day looking quiet and soft and peaceful."),
}
#: Criteria every record carries besides its type's own: the stated word floor and the topic word.
SHARED = ("on_topic",)
FLOOR_PREFIX = "at_least_"


def _records(name: str):
    result = load_records(Path(str(EXAMPLES / name)))
    result.raise_if_bad()
    return list(result.records)


def _all():
    return _records("smollm2_ifeval_train.jsonl") + _records("smollm2_ifeval_heldout.jsonl")


def _topic_word(record) -> str:
    (on_topic,) = [c for c in record.criteria if c.id == "on_topic"]
    (word,) = on_topic.args["keywords"]
    return word


def _passes(criterion, answer: str) -> bool:
    return run_check(criterion.check, answer, dict(criterion.args))


def _type_criterion(record):
    (own,) = [c for c in record.criteria if c.id not in SHARED and not c.id.startswith(FLOOR_PREFIX)]
    return own


def test_both_splits_load_cover_the_same_instruction_types_and_share_no_prompt_or_topic():
    train, held = _records("smollm2_ifeval_train.jsonl"), _records("smollm2_ifeval_heldout.jsonl")
    assert {r.data_source for r in train} == {r.data_source for r in held}
    assert not {r.last_user_turn for r in train} & {r.last_user_turn for r in held}
    assert not {_topic_word(r) for r in train} & {_topic_word(r) for r in held}
    assert all(c.kind == "check" and c.check in CHECKS for r in train + held for c in r.criteria)


def test_every_record_states_its_word_floor_in_the_prompt_and_checks_it():
    for record in _all():
        (floor,) = [c for c in record.criteria if c.id.startswith(FLOOR_PREFIX)]
        assert floor.args["instruction_id"] == "length_constraints:number_words", record.id
        assert floor.args["relation"] == "at least" and floor.args["num_words"] >= 6, record.id
        assert f"{floor.args['num_words']} " in record.last_user_turn, (record.id, record.last_user_turn)


def test_a_following_answer_passes_every_criterion_and_a_violating_one_fails_only_its_instruction():
    for record in _all():
        follows, violates = (a.format(w=_topic_word(record)) for a in ANSWERS[record.data_source.split("/")[-1]])
        for c in record.criteria:
            assert _passes(c, follows), (record.id, c.id, follows)
        own = _type_criterion(record)
        assert not _passes(own, violates), (record.id, own.id, violates)
        assert all(_passes(c, violates) for c in record.criteria if c is not own), (record.id, violates)


def test_an_answer_of_the_right_form_on_another_topic_fails_the_topic_criterion():
    for record in _all():
        follows = ANSWERS[record.data_source.split("/")[-1]][0].format(w="kettle")
        verdicts = {c.id: _passes(c, follows) for c in record.criteria}
        assert not verdicts.pop("on_topic"), record.id
        assert all(verdicts.values()), (record.id, verdicts)


@pytest.mark.parametrize("template", ["", " ", "ok", "{w}", "Imagine {w}", "blue {w}", "imagine blue"])
def test_no_record_passes_an_empty_or_two_word_answer_even_one_made_of_the_words_it_checks_for(template):
    for record in _all():
        answer = template.format(w=_topic_word(record))
        failed = [c.id for c in record.criteria if not _passes(c, answer)]
        assert failed, (record.id, answer)
        assert any(f.startswith(FLOOR_PREFIX) for f in failed), (record.id, answer, failed)
