"""Review 13 (cost and odd input of the session's new readings), as specifications:

* the junk-tail reading stays linear when called on its own (a comma list before 40 KB of spaces; 40 KB of stutters),
  and the new claim labels stay linear on raw text with thousands of line breaks;
* every run of marks is read (a short divider before a long run hides nothing), full-width semicolons separate a
  list's items, and a lone ``` before filler hides nothing after it;
* ``second_to: null`` is a configuration error naming the key.
"""
from __future__ import annotations

import time

import pytest

from rubric_plugin.errors import ConfigError
from rubric_plugin.shaping.claims_more11 import more11_claims
from rubric_plugin.shaping.tails import JunkTail, detect_junk_tail, mark_run, stock_phrase_run

pytestmark = pytest.mark.timeout(120)


def cpu_seconds(fn, *args) -> float:
    t0 = time.process_time()
    fn(*args)
    return time.process_time() - t0


@pytest.mark.parametrize("text", [
    "a, b, c, d, e, f " + " " * 40_000 + "x.",
    " ".join(f"w{i % 50:02d} w{i % 50:02d}" for i in range(4_000)),
], ids=["comma_list_then_spaces", "stutters"])
def test_the_junk_tail_reading_stays_linear_on_its_own(text):
    assert cpu_seconds(detect_junk_tail, text) < 1.0  # 7.4 s and 0.6 s before


def test_the_new_claim_labels_stay_linear_on_raw_text_with_many_line_breaks():
    assert cpu_seconds(lambda t: list(more11_claims(t)), "\n" * 5_000 + ":") < 1.0  # 49.6 s before


def test_a_short_divider_before_a_long_run_of_marks_hides_nothing():
    assert mark_run("Title\n" + "~" * 25 + "\nBody text here.\n" + "*" * 100)
    assert not mark_run("Title\n" + "~" * 25 + "\nBody text here.")


def test_full_width_semicolons_separate_a_lists_items():
    assert stock_phrase_run("此外；而且；另外；同时；然而；因此；总之") == 7


def test_a_lone_code_fence_before_filler_hides_nothing_after_it():
    answer = "Use a dict for lookups by key.\n\n```\n"
    filler = "Additionally, furthermore, moreover, likewise, similarly, consequently, therefore, hence, thus."
    assert detect_junk_tail(answer + filler, "How do I look things up by key in Python?")
    assert not detect_junk_tail("```\n" + filler + "\n```", "How do I look things up by key in Python?")


def test_second_to_null_is_a_configuration_error_naming_the_key():
    with pytest.raises(ConfigError, match="second_to"):
        JunkTail(second_to=None)
