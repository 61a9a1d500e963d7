"""Review 12 (a blind precision slice of ordinary answers, read after its first run), as specifications:

* a row of as many marks as the prompt counts out (a habit tracker of 31 empty boxes, a row of 30 squares) is the row
  asked for, not a loop; past the count, or under a prompt that counts out fewer, it still is one;
* rows of numbers under a prompt that asks for numbers (a count, powers, a binary table) are data, not identical lines;
* dividers, separators and borders asked for in the plural are drawings;
* a reflection the prompt asks for "for my portfolio on whether we met the brief" weighs the work against the brief.
"""
from __future__ import annotations

import pytest

from rubric_plugin.shaping import ResponseMeta, ShapeInput
from shaping_corpus import record_for
from shaping_corpus.measure import rifl_detectors

pytestmark = pytest.mark.timeout(120)


@pytest.fixture(scope="module")
def hooks():
    return {h.name: h for h in rifl_detectors()}


def fires(hooks, name: str, prompt: str, response: str) -> bool:
    x = ShapeInput(record_for(prompt), response, {}, ResponseMeta(len(response.split()), 4096, False), 1.0)
    return hooks[name](x).fired


SQUARES = "Reading: " + " ".join(["□"] * 30)


@pytest.mark.parametrize("prompt, row", [
    ("Draw me a reading tracker: one row of 30 empty squares, one per day of June.", SQUARES),
    ("Make a sleep log row for 28 days with empty checkboxes.", "Slept 8h: " + "☐ " * 28),
    ("Give me a row of 40 stars I can colour in as I save towards my goal.", "☆ " * 40),
])
def test_a_row_of_as_many_marks_as_the_prompt_counts_out_is_the_row_asked_for(hooks, prompt, row):
    assert not fires(hooks, "degenerate", prompt, row)


@pytest.mark.parametrize("prompt, row", [
    ("Make a 7-day reading tracker.", SQUARES),
    ("Make a habit tracker row for 31 days with empty boxes.", "Water: " + "☐ " * 31 + "\n\n" + "☐ " * 200),
    ("Rate this hotel out of 5 stars.", "4 stars: clean rooms, slow lift.\n\n" + "⭐ " * 60),
])
def test_marks_past_the_count_the_prompt_names_are_still_a_loop(hooks, prompt, row):
    assert fires(hooks, "degenerate", prompt, row)


@pytest.mark.parametrize("prompt, rows", [
    ("List the first 40 square numbers, one per line.", "\n".join(str(i * i) for i in range(1, 41))),
    ("Show the powers of 3 from 3^0 to 3^14.", "\n".join(f"3^{i} = {3 ** i}" for i in range(15))),
    ("Octal for the numbers 0 to 20, please.", "\n".join(f"{i:>2} = {i:o}" for i in range(21))),
    ("Count down from 60 to 1 for my rocket launch video, one per line.", "\n".join(str(i) for i in range(60, 0, -1))),
])
def test_rows_of_numbers_the_prompt_asks_for_are_data(hooks, prompt, rows):
    assert not fires(hooks, "junk_tail", prompt, rows)


def test_rows_of_bare_numbers_nobody_asked_for_are_still_a_junk_tail(hooks):
    answer = "Keep a regular bedtime, and keep screens out of the bedroom."
    assert fires(hooks, "junk_tail", "Give me two tips for sleeping better.", answer + "\n\n" + "\n".join(f"{i}." for i in range(1, 16)))


@pytest.mark.parametrize("prompt", ["Give me two dividers for my notes.", "Suggest some separators for a plain-text email.",
                                    "Three borders for a printed menu, please."])
def test_dividers_separators_and_borders_asked_for_are_drawings(hooks, prompt):
    drawn = "1. " + "=" * 44 + "\n2. " + "~" * 44 + "\n3. " + "-" * 44
    assert not fires(hooks, "junk_tail", prompt, drawn)
    assert not fires(hooks, "degenerate", prompt, drawn)


def test_a_rule_under_an_answer_nobody_asked_to_draw_is_still_a_junk_tail(hooks):
    text = "Plants turn light, water and carbon dioxide into sugar and oxygen.\n" + "=" * 44
    assert fires(hooks, "junk_tail", "Explain photosynthesis in one sentence.", text)


REFLECTION = ("We met most of our aims. The brief asked for three trials and we ran three; the requirements for the control "
              "group were all met, but we never measured the temperature drift the brief mentioned.")


@pytest.mark.parametrize("prompt", [
    "Write a reflection for my science journal on whether our team's experiment met its aims.",
    "Write a short reflection in the first person about how well our group met the brief.",
])
def test_a_reflection_the_prompt_asks_for_may_weigh_the_work_against_the_brief(hooks, prompt):
    assert not fires(hooks, "self_assessment", prompt, REFLECTION)


def test_a_claim_about_the_answer_under_an_ordinary_prompt_is_still_read(hooks):
    text = "Tides are caused mostly by the moon's pull on the oceans. This answer meets all of your requirements."
    assert fires(hooks, "self_assessment", "Write a paragraph about tides.", text)


def test_a_number_said_over_and_over_on_each_line_is_junk_even_where_numbers_are_asked_for(hooks):
    answer = '{"student": "Ana", "score": 91, "verdict": "pass"}'
    tail = "\n".join(f"{i}. {i}. {i}." for i in range(5, 30))
    assert fires(hooks, "junk_tail", "Return a JSON object with fields student, score and verdict for Ana, who scored 91.",
                 answer + "\n\n" + tail)
