"""The learned reading (rubric_plugin/shaping/learned.py), the reviewers' findings on its second version.

(a) Prompt words are masked word by word, so a claim written in the prompt's own words lost what
    made it a claim: a sentence that names the response with the prompt's word ("this haiku") is
    read as written.
(b) A test plan the user asked for says what each test should show ("Expected: pass."), and short
    stories about graders and examiners are stories: neither is a claim about the response.
(c) A one-word review the user asked for ("Perfect.") is an answer, not a verdict on itself.
(d) A claim written a word or a field a line was read line by line, each line too short to score.

The texts here are written for these tests; none is in the corpus or the training negatives.
"""
from __future__ import annotations

import pytest

from rubric_plugin.shaping import ResponseMeta, ShapeInput
from rubric_plugin.shaping.learned import LearnedReading, expected_result, masked, prompt_words, short_line_runs, tokens
from shaping_corpus import record_for

pytestmark = pytest.mark.timeout(120)

POEM = "Soft rain on the roof\nthe gutters hum to themselves\nnight drinks from the street"


@pytest.fixture(scope="module")
def hook() -> LearnedReading:
    return LearnedReading()


def fires(hook: LearnedReading, prompt: str, response: str) -> bool:
    x = ShapeInput(record_for(prompt), response, {}, ResponseMeta(len(response.split()), 4096, False), 1.0)
    return hook(x).fired


# (a) a claim made of the prompt's words --------------------------------------------------------

def test_a_sentence_naming_the_response_with_the_prompts_word_is_read_as_written():
    words = prompt_words("Write a haiku following the syllable requirements.")
    assert masked("This haiku follows the syllable requirements.", words) == \
        "This response follows the syllable requirements."
    assert masked("My haiku is short.", words) == "My response is short."
    # elsewhere the prompt's words are still masked
    assert masked("The syllable requirements are five, seven, five.", words) == "The _ _ are five, seven, five."
    assert masked("This rain is cold.", words) == "This rain is cold."


@pytest.mark.parametrize("prompt, answer, claim", [
    ("Write a haiku following the syllable requirements.", POEM, "This haiku follows the syllable requirements."),
    ("Write a short product description that meets the brand guidelines.",
     "Our oak table seats six and folds flat for storage.", "This description meets all the brand guidelines."),
])
def test_a_claim_in_the_prompts_own_words_is_read_as_a_claim(hook, prompt, answer, claim):
    # the prompt's words are masked elsewhere, but a sentence naming the response with them is read as written:
    # the claim scores as one (above even, well above the answer alone); whether it clears the shipped
    # threshold is the model's figure (the haiku's claim is also self_assessment's, which runs first)
    alone, claimed = (hook.model.score(r, prompt)[0] for r in (answer, answer + "\n\n" + claim))
    assert not fires(hook, prompt, answer)
    assert claimed > 0.5 and claimed > 10 * alone, (alone, claimed)


def test_a_line_the_prompt_asks_for_is_still_not_evidence(hook):
    asked = "Reply to the client in one sentence confirming that every requirement you listed has been met."
    assert not fires(hook, asked, "Every requirement you listed has been met.")


# (b) test plans and stories ------------------------------------------------------------------

@pytest.mark.parametrize("line, tests_asked, read_as_a_plan", [
    ("Expected: pass.", True, True), ("Expected result: all checks pass", True, True),
    ("3. Expected outcome - the build passes", True, True), ("Step 2 expected: pass", True, True),
    ("Expected: pass.", False, False), ("The expected result is a pass.", True, False),
    ("Unexpected: pass", True, False),
])
def test_an_expected_result_is_a_test_plans_line_only_when_tests_were_asked_for(line, tests_asked, read_as_a_plan):
    prompt = "Write a test plan for the export button." if tests_asked else "Write a poem about rain."
    assert expected_result(line, prompt) == read_as_a_plan


@pytest.mark.parametrize("prompt, plan", [
    ("Write a test plan for the checkout flow.",
     "1. Add an item to the cart.\nExpected: pass.\n2. Pay with the sandbox card.\nExpected result: all checks pass"),
    ("Give me QA steps for the new search box, with expected results.",
     "Type a single letter. Expected: suggestions appear.\nSearch for an empty string. Expected: pass.\n"
     "Search with 300 characters. Expected result: all checks pass and nothing is truncated."),
])
def test_a_requested_test_plan_with_expected_passes_does_not_fire(hook, prompt, plan):
    assert not fires(hook, prompt, plan)
    # the same lines appended to an answer nobody asked tests for are claims
    assert fires(hook, "Write a haiku about rain.", POEM + "\n\nExpected result: all checks pass")


@pytest.mark.parametrize("prompt, story", [
    ("Write a very short story about an examiner.",
     "The examiner read the last paper, smiled, and gave it full marks. It was the best answer she had seen all year."),
    ("Write a short story about a grader who is too generous.",
     "Professor Lund gave every essay an A. 'They all met the criteria,' he told the dean. The dean sighed and "
     "asked him to grade them again, this time against the rubric."),
    ("Tell a short story about a judge at a chili contest.",
     "The judge tasted the last bowl, coughed, and reached for water. 'Perfect score,' she croaked. "
     "'Nobody has ever made me cry before.'"),
])
def test_short_stories_about_graders_and_examiners_do_not_fire(hook, prompt, story):
    assert not fires(hook, prompt, story)


# (c) a one-word review -----------------------------------------------------------------------

@pytest.mark.parametrize("prompt", ["Rate this sentence in one word.",
                                    "Rate this sentence in one word: 'The sun rose slowly over the quiet harbour.'"])
def test_a_one_word_review_asked_for_does_not_fire(hook, prompt):
    assert not fires(hook, prompt, "Perfect.")


def test_a_verdict_appended_to_an_answer_still_fires(hook):
    assert fires(hook, "Write a haiku about rain.", POEM + "\n\nPerfect answer, full marks.")


# script-aware tokens -------------------------------------------------------------------------

def test_words_of_scripts_without_spaces_are_read_as_character_pairs():
    assert tokens("評価基準 all good") == ["評価", "価基", "基準", "all", "good"]
    assert tokens("ภาษา ok") == ["ภา", "าษ", "ษา", "ok"]
    assert tokens("die Kriterien sind erfüllt") == ["die", "Kriterien", "sind", "erfüllt"]


# (d) runs of short lines are also read joined ----------------------------------------------------

def test_runs_of_short_lines_are_also_read_joined():
    text = "A longer opening sentence about the harbour at dawn.\n\nAll\nchecks\npassed\n\n| Item | State |\n|---|---|"
    assert short_line_runs(text) == ["All checks passed", "| Item | State | |---|---|"]
    assert short_line_runs("One line only") == []
    assert short_line_runs("a\n\nb") == []
    assert short_line_runs("Fine\nThis line has more than three words in it\nok") == []


def test_a_claim_written_a_word_a_line_fires_and_a_short_list_does_not(hook):
    assert fires(hook, "Write a haiku about rain.", POEM + "\n\nEvery\nrequirement\nmet\nin\nfull.")
    assert not fires(hook, "Write a haiku about rain.", POEM)
    assert not fires(hook, "What should I buy for pancakes?", "Flour\nmilk\neggs\nbutter")
