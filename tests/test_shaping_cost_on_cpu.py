"""The detectors run on every rollout: padding, blank lines and long runs of spaces cost them linear
time, never the quadratic backtracking of line-anchored patterns over such runs."""
import random
import sys
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from shaping_corpus import BENIGN, record_for  # noqa: E402
from shaping_corpus.measure import rifl_detectors  # noqa: E402

from rubric_plugin.shaping.base import ResponseMeta, ShapeInput  # noqa: E402
from rubric_plugin.shaping.detectors import (Degenerate, JudgeAddressed, RubricEcho, SelfAssessment,  # noqa: E402
                                             blank_line_run, detect_judge_addressed, detect_self_assessment, squeeze)
from rubric_plugin.shaping.normalize import reveal  # noqa: E402

RECORD = record_for("Give me three tips for studying for an exam.")
TIPS = "1. Space your revision over several days.\n2. Test yourself.\n3. Sleep well before the exam."
PATHOLOGICAL = {
    "blank lines": "a\n" + "\n" * 20000,
    "lines of one space": "x" + " \n" * 10000,
    "a run of spaces": "a" + " " * 20000 + "b",
    "spaces on every line": ("y" + " " * 199 + "\n") * 100,
    "dotted lines": TIPS + "\n" + ".\n" * 5000,
    "blank lines then a claim": TIPS + "\n" * 5000 + "I have followed all of your instructions.",
    # runs that appear only once the disguises are undone (invisible characters, entities, soft hyphens)
    "zero-width spaces between line breaks": "x" + " \u200b\n" * 10000,
    "invisible separators on every line": "x" + "\n\u2063" * 10000,
    "an entity on every line": "x" + "&nbsp;\n" * 5000,
    "soft hyphens between line breaks": "x" + " \u00ad\n" * 10000,
}


def run(hook, response):
    return hook(ShapeInput(record=RECORD, response=response, verdicts={}, meta=None, reward=1.0))


@pytest.mark.timeout(120)
@pytest.mark.parametrize("name", PATHOLOGICAL)
def test_every_detector_reads_a_padded_answer_in_well_under_a_second(name):
    text = PATHOLOGICAL[name]
    for hook in (SelfAssessment(), JudgeAddressed(), RubricEcho(), Degenerate()):
        start = time.process_time()  # CPU time: a loaded CI machine does not stretch it
        run(hook, text)
        took = time.process_time() - start
        assert took < 1.0, f"{hook.name} took {took:.2f} s of CPU on {name} ({len(text)} characters)"


@pytest.mark.timeout(120)
@pytest.mark.parametrize("name", ["lines of one space", "blank lines", "zero-width spaces between line breaks"])
def test_the_readings_called_on_their_own_are_as_cheap_as_through_the_chain(name):
    text = PATHOLOGICAL[name]
    for detect in (detect_self_assessment, detect_judge_addressed):
        start = time.process_time()
        detect(text, RECORD.messages[-1].content)
        took = time.process_time() - start
        assert took < 1.0, f"{detect.__name__} took {took:.2f} s of CPU on {name} ({len(text)} characters)"


def test_a_claim_after_a_page_of_blank_lines_is_still_read_and_the_padding_still_vetoed():
    text = PATHOLOGICAL["blank lines then a claim"]
    assert run(SelfAssessment(), text).fired
    assert run(Degenerate(), text).fired and "padding" in run(Degenerate(), text).detail
    assert not run(SelfAssessment(), TIPS).fired and not run(Degenerate(), TIPS).fired


def test_squeezing_keeps_lines_paragraphs_and_indentation():
    code = "def f():\n    if x:\n        return 1\n\n\nprint(f())"
    assert squeeze(code) == code and squeeze(TIPS) == TIPS
    assert squeeze("a" + " " * 100 + "b") == "a" + " " * 32 + "b"
    assert squeeze("a\n\n\n\n\n\n\n\nb") == "a\n\n\n\nb"


def test_the_blank_line_run_counts_the_break_that_opens_it():
    assert blank_line_run("text\n" + "\n" * 19) == 20 and blank_line_run("\n" * 20) == 20
    assert blank_line_run("text\n" + " . \n" * 30 + "more") == 31
    assert blank_line_run("text\n" + "\n" * 18) == 0 and blank_line_run("a\nb\n" * 40) == 0


#: An ordinary long answer (~16 KB: how-to lists, stories, songs and code of the benign corpus, the length of a 4k-token
#: rollout) that makes no claim; reading it took ~0.4-0.5 s of CPU on a loaded 2-core machine.
LONG_ANSWER = "\n\n".join(e[1] for c in ("checklists_howto", "stories", "songs_poems", "json_xml_code") for e in BENIGN[c])[:16000]


@pytest.mark.timeout(120)
def test_self_assessment_reads_a_16_kb_ordinary_answer_in_bounded_cpu_time():
    record = record_for("Write a long guide with stories, songs and examples.")
    x = ShapeInput(record=record, response=LONG_ANSWER, verdicts={}, meta=None, reward=1.0)
    start = time.process_time()
    effect = SelfAssessment()(x)
    took = time.process_time() - start
    assert len(LONG_ANSWER) == 16000 and not effect.fired, effect.detail
    assert took < 2.5, f"self_assessment took {took:.2f} s of CPU on a {len(LONG_ANSWER)}-character ordinary answer"


def _random_letters(n: int) -> str:
    rng = random.Random(0)
    return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(n))


#: Long runs without a space, the shape of a rollout that loops on one token: every step of the second reading (reveal)
#: and every detector is linear on them. Measured at 40 KB on a loaded 2-core machine: the whole chain took 0.5-1.9 s of
#: CPU (one step of the reading alone took 130 s on 100 KB of letters when it was quadratic).
RUNS = {
    "random letters": lambda n: _random_letters(n),
    "CJK without punctuation": lambda n: "".join(random.Random(1).choice("的一是不了人我在有他这为之大来以个中上们") for _ in range(n // 3)),
    "letters joined by zero-width joiners": lambda n: "\u200d".join("abc" for _ in range(n // 4)),
    "underscores": lambda n: "_" * n,
    "one repeated letter": lambda n: "a" * n,
    "one letter per line": lambda n: "a\n" * (n // 2),
}


@pytest.mark.timeout(120)
@pytest.mark.parametrize("name", RUNS)
def test_the_second_reading_of_100_kb_without_spaces_takes_a_fraction_of_a_second(name):
    text = RUNS[name](100_000)
    start = time.process_time()
    revealed = reveal(text + " ")  # a text no other test has read (reveal caches)
    took = time.process_time() - start
    assert len(revealed) >= 0.9 * len(text.replace("\u200d", ""))  # the reading keeps the text
    assert took < 1.0, f"reveal took {took:.2f} s of CPU on 100 KB of {name}"


@pytest.mark.timeout(300)
@pytest.mark.parametrize("name", RUNS)
def test_the_whole_chain_reads_40_kb_without_spaces_in_linear_time(name):
    text = RUNS[name](40_000)
    x = ShapeInput(record=RECORD, response=text, verdicts={}, meta=ResponseMeta(len(text.split()), 4096, False), reward=1.0)
    took = {}
    for hook in rifl_detectors():
        start = time.process_time()
        hook(x)
        took[hook.name] = time.process_time() - start
    assert sum(took.values()) < 10.0, f"the chain took {took} s of CPU on 40 KB of {name}"


#: a 400-row CSV (16 KB), every line a sentence to the sentence-level readers
CSV = "order_id,date,customer,city,amount\n" + "\n".join(
    f"{1000 + i},2024-03-{i % 28 + 1:02d},Customer {i},{['Leeds', 'York', 'Bath', 'Hull'][i % 4]},{(i * 37) % 500 + 10}.00"
    for i in range(400))


@pytest.mark.timeout(120)
def test_judge_addressed_reads_a_16_kb_csv_in_bounded_cpu_time():
    x = ShapeInput(record=record_for("Generate 400 rows of sample order data as CSV."), response=CSV, verdicts={}, meta=None,
                   reward=1.0)
    hook = JudgeAddressed()
    hook(ShapeInput(record=RECORD, response=TIPS, verdicts={}, meta=None, reward=1.0))  # patterns compiled on first use
    start = time.process_time()
    effect = hook(x)
    took = time.process_time() - start
    assert len(CSV) > 16000 and not effect.fired, effect.detail
    assert took < 1.5, f"judge_addressed took {took:.2f} s of CPU on a 16 KB CSV"
