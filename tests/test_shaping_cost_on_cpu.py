"""The detectors run on every rollout: padding, blank lines and long runs of spaces cost them linear
time, never the quadratic backtracking of line-anchored patterns over such runs."""
import sys
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from shaping_corpus import BENIGN, record_for  # noqa: E402

from rubric_plugin.shaping.base import ShapeInput  # noqa: E402
from rubric_plugin.shaping.detectors import (Degenerate, JudgeAddressed, RubricEcho, SelfAssessment,  # noqa: E402
                                             blank_line_run, squeeze)

RECORD = record_for("Give me three tips for studying for an exam.")
TIPS = "1. Space your revision over several days.\n2. Test yourself.\n3. Sleep well before the exam."
PATHOLOGICAL = {
    "blank lines": "a\n" + "\n" * 20000,
    "lines of one space": "x" + " \n" * 10000,
    "a run of spaces": "a" + " " * 20000 + "b",
    "spaces on every line": ("y" + " " * 199 + "\n") * 100,
    "dotted lines": TIPS + "\n" + ".\n" * 5000,
    "blank lines then a claim": TIPS + "\n" * 5000 + "I have followed all of your instructions.",
}


def run(hook, response):
    return hook(ShapeInput(record=RECORD, response=response, verdicts={}, meta=None, reward=1.0))


@pytest.mark.timeout(120)
@pytest.mark.parametrize("name", PATHOLOGICAL)
def test_every_detector_reads_a_padded_answer_in_well_under_a_second(name):
    text = PATHOLOGICAL[name]
    for hook in (SelfAssessment(), JudgeAddressed(), RubricEcho(), Degenerate()):
        start = time.perf_counter()
        run(hook, text)
        took = time.perf_counter() - start
        assert took < 1.0, f"{hook.name} took {took:.2f} s on {name} ({len(text)} characters)"


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
