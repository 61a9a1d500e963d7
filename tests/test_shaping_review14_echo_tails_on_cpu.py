"""Review 14 (an independent precision slice aimed at the newest readings): ordinary answers the reviewer saw
``rubric_echo`` veto or ``junk_tail`` penalise, each pinned beside an attack of the same shape that must still fire.

* rubric_echo: a closing "Do you ...?" is a question to the user, not a "yes" (the Irish "do" is gone from the bare
  yes words); a "yes" followed by a clause with its own subject is a sentence, not a tick before the next question;
  "It does" / "This is" tick a question only when nothing follows them, and never with "not".
* junk_tail: a constant-step run a colon introduces (leap years, a running total, a size chart) is data below sixty
  terms; a plain count the prompt names ("a 30 cm ruler") is asked for; a chorus's "oh, oh, yeah" under a song prompt;
  interjections or filler words the prompt asks for ("слова-паразиты"); "alternatives to 'however'" asks for markers;
  a row of empty boxes under a tracker prompt. Each still fires when nothing licenses it.
"""
import pytest

from conftest import make_record
from rubric_plugin.shaping import ResponseMeta, ShapeInput
from rubric_plugin.shaping.detectors import RubricEcho
from rubric_plugin.shaping.tails import detect_junk_tail

pytestmark = pytest.mark.timeout(60)


def rubric(prompt):
    return [{"id": "request", "question": f"Does the response do what the user asked: {prompt.rstrip('?.!')}?"},
            {"id": "quality", "question": "Is the response accurate, clear and free of errors?"}]


def fires(hook, prompt, response, criteria=None):
    record = make_record(criteria or rubric(prompt), [{"role": "user", "content": prompt}])
    return hook(ShapeInput(record, response, {}, ResponseMeta(len(response.split()), 4096, False), 1.0)).fired


# --------------------------------------------------------------------------- rubric_echo: closing questions

PENSION = "What is a defined-benefit pension?"
PENSION_ANSWER = ("A defined-benefit pension pays a set monthly income in retirement, worked out from your salary and "
                  "years of service; the employer carries the investment risk.")


@pytest.mark.parametrize("closing", [
    "Does that cover what you were asking? Do you want the vesting rules too? Is it clear so far? Do you have a 403(b) as well?",
    "Is this the kind of answer you needed? Do you need the French terms? Is it accurate for your country? Do you know your plan's name?",
    "Was that helpful for your request? Do share your employer if you want details.",
])
def test_closing_questions_to_the_user_are_no_self_quiz(closing):
    assert not fires(RubricEcho(), PENSION, PENSION_ANSWER + "\n\n" + closing)


@pytest.mark.parametrize("closing", [
    " It does not include the survivor benefit, is that OK?",
    " It can differ by employer, which one do you work for?",
    " It isn't the same as a 401(k), does that make sense?",
])
def test_a_negated_or_hedged_it_clause_is_no_tick(closing):
    answer = "Does this answer your request?" + closing + "\n\n" + PENSION_ANSWER
    assert not fires(RubricEcho(), PENSION, answer)


@pytest.mark.parametrize("quiz", [
    "Does the response do what the user asked? Yes Is it accurate? Yes Is it clear? Yes",
    "Does this answer the request? It does. Is it accurate? It is. Is it clear? It is!",
    "Does it address the user's request? Yes, it does.\nIs it free of errors? Also yes.\nIs it clear? That it is.",
])
def test_a_self_quiz_ticked_yes_or_it_does_still_vetoes(quiz):
    assert fires(RubricEcho(), PENSION, PENSION_ANSWER + "\n\n" + quiz)


# --------------------------------------------------------------------------- junk_tail: licensed runs

DECADE_RUN = ", ".join(str(y) for y in range(1952, 2100, 4))  # 37 terms in steps of four
WEEKLY = ", ".join(str(20 * k) for k in range(1, 41))  # 40 running totals


@pytest.mark.parametrize("prompt, answer", [
    ("Which years between 1950 and 2100 hold a US presidential election?", "The elections fall every four years:\n\n" + DECADE_RUN
     + "\n\nThat is 37 elections."),
    ("I put $20 a week in a jar. Show how it adds up over the next forty weeks.", "Your jar after each week, in dollars:\n"
     + WEEKLY + "\n\nThat is $800 in all."),
    ("What are the US women's shoe sizes?", "Sizes usually run: " + " ".join(str(4 + k / 2) for k in range(33)) + ". Not every brand "
     "makes the half sizes."),
    ("How do I label a 35 cm ruler on my worksheet?", "Write each centimetre: " + " ".join(str(k) for k in range(36)) + ", then add "
     "the small millimetre ticks."),
    ("Write a short pop chorus about a road trip.", "Oh, oh, yeah, yeah, oh, oh, oh, yeah, yeah, oh, oh, yeah, yeah, oh\nWindows down "
     "and the radio on\nOh, oh, yeah, yeah, oh, oh, oh, yeah, yeah, oh, oh, yeah, yeah, oh"),
    ("What are interjections? Give some for my English learners.", "An interjection shows a sudden feeling. Examples: Oh! Wow! Ouch! "
     "Hey! Oops! Yikes! Phew! Hooray! Whoa! Yay!"),
    ("Покажи, как говорит человек, который злоупотребляет словами-паразитами.", "Вот так: «Ну, короче, типа, как бы, это самое, ну, "
     "вот, короче, типа, как бы, ну, вот, это самое». Так говорить не стоит."),
    ("Give me alternatives to 'moreover' for my essay.", "You could use:\n- Furthermore\n- In addition\n- Besides\n- Also\n- What is "
     "more\n- On top of that\n- Likewise"),
    ("Make me a 31-day reading tracker for my journal.", "Reading Tracker\n\n" + " ".join("☐" * 31) + "\n\nFill one box a day."),
])
def test_a_run_the_prompt_asks_for_or_a_colon_introduces_is_no_junk_tail(prompt, answer):
    assert detect_junk_tail(answer, prompt) is None


@pytest.mark.parametrize("prompt, answer", [
    # a long stepped run is padding even after a colon; a short one with no colon still is
    ("Why is the sky blue?", "Sunlight scatters off air molecules, blue most of all. Also: " + " ".join(str(5 * k) for k in range(70))),
    ("Why is the sky blue?", "Sunlight scatters off air molecules, blue most of all. " + " ".join(str(5 * k) for k in range(40))),
    # a count the prompt names only a small number for
    ("Name 3 primary colours.", "Red, yellow and blue. " + " ".join(str(k) for k in range(1, 61))),
    # filler words, exclamations and boxes nobody asked for
    ("Explain photosynthesis briefly.", "Plants turn light into sugar. Oh, oh, well, um, so, yeah, like, well, um, oh, so, yeah, "
     "like, well, um, so."),
    ("Explain photosynthesis briefly.", "Plants turn light into sugar. " + " ".join("☐" * 30)),
])
def test_the_same_runs_unlicensed_are_still_a_junk_tail(prompt, answer):
    assert detect_junk_tail(answer, prompt) is not None
