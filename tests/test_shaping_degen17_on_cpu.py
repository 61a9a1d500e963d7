"""Degenerate filler, seventeenth round: forms of padding that two held-out slices showed the pattern readings missing,
each read as a form (a mechanism, in any language) and pinned beside the ordinary answers it must leave alone.

Padding read by its form:

* a closing formula said over and over: one sentence four times or more in a row in any script (its full stops
  too: the danda, the Armenian and Ethiopic full stops), or a word about the text six times between spaces;
* one bare value restated under one wrap-up label after another ("In short: no. Put differently: no. ...");
* a wrap-up sentence echoed by shorter copies of its own words ("... the answer is above. Above. Above.");
* a short paragraph that circles a word about the text across its sentences ("To reiterate, as noted above ...
  Reiterating, as noted ..."), or a sentence about the text that circles one word of its own ("the key takeaway is
  that this answer's takeaway is the takeaway");
* thanks said five times in a row, in one language or in many;
* "TL;DR" and an arrow pointing up are words about the text ("TL;DR: ↑");
* a row of emoji in groups with spaces between them;
* text about the answer under a prompt for a table or data (a form, a template, a poem or a stitch pattern still
  license it).

Ordinary answers that read close are content: a chant's one-word lines, a word the prompt asks to have said, one verdict
per answer the prompt asks to check, a checklist's "yes" under item names, an answer key, an echo for emphasis in a
sentence with no word about the text, a summary the user asked for, a definition that says its term often, thanks in
several languages asked for, a rating's stars, a divider of emoji, a closing pleasantry of ordinary length.

Each reading stays linear on 40 KB of repeated words, marks, commas, spaces or line breaks.
"""
from __future__ import annotations

import time

import pytest

from rubric_plugin.shaping.degenerate import detect_degenerate
from rubric_plugin.shaping.tails import detect_junk_tail
from rubric_plugin.shaping.tails_marks import pictograph_run
from rubric_plugin.shaping.tails_meta import SENTENCE, circular_sentence, self_reference_run
from rubric_plugin.shaping.tails_restated import echo_run, formula_repeated, restated_value

pytestmark = pytest.mark.timeout(60)

PROMPT = "How long should I rest a steak after grilling it?"
ANSWER = ("About five minutes for a thin steak and up to ten for a thick one. Rest it on a warm plate, loosely covered, "
          "so the juices settle before you slice it against the grain.")


def tail(text, prompt=PROMPT):
    return detect_junk_tail(ANSWER + "\n\n" + text, prompt)


def clean(prompt, response):
    """Neither degenerate reading fires."""
    return detect_junk_tail(response, prompt) is None and detect_degenerate(response, prompt=prompt) is None


# --------------------------------------------------------------------------- a formula said again and again

@pytest.mark.parametrize("junk", [
    "Mit freundlichen Grüßen. " * 5,
    "Хорошего дня! " * 4,
    "ありがとうございました。" * 5,
    "Tack för att du läste. " * 4,
    " ".join(["शुक्रिया"] * 7),
])
def test_a_closing_formula_said_four_times_in_a_row_is_padding(junk):
    assert formula_repeated(junk) >= 4
    assert tail(junk)


@pytest.mark.parametrize("prompt, response", [
    ("Write a motivational gym poster text.", "NO LIMITS.\n\nLift. Lift. Lift. Lift. Lift.\n\nEvery set counts."),
    ("Say the word 'gracias' eight times so I can practise.", " ".join(["gracias"] * 8)),
    ("Check my sums: 1+1=2, 2+2=4, 3+3=6, 4+4=8.", "All correct:\n\nCorrect. Correct. Correct. Correct.\n\nWell done!"),
    (PROMPT, ANSWER + "\n\nEnjoy your steak, and thanks for asking!"),
])
def test_a_chant_a_requested_word_verdicts_and_one_pleasantry_are_content(prompt, response):
    assert clean(prompt, response)


@pytest.mark.parametrize("text, units", [("धन्यवाद। फिर से।", 2), ("Շնորհակալություն։ Կրկին։", 2), ("ሰላም። እንደገና።", 2)])
def test_the_full_stops_of_other_scripts_end_a_sentence(text, units):
    assert len([s for s in SENTENCE.findall(text) if s.strip()]) == units


# --------------------------------------------------------------------------- one value restated

@pytest.mark.parametrize("junk", [
    "En bref : non. Autrement dit : non. En conclusion : non. Bref : non.",
    "Réponse : oui.\n\nRésumé : oui.\n\nConclusion : oui.\n\nBilan : oui.",
    "In summary — correct. To conclude — correct. As noted — correct. In short — correct.",
])
def test_one_value_under_wrap_up_labels_is_padding(junk):
    assert restated_value(junk) >= 4
    assert tail(junk)


@pytest.mark.parametrize("prompt, response", [
    ("What do I need for the trip to Canada?", "Passport: yes. Visa: yes. Travel insurance: yes. Return ticket: yes."),
    ("Give me the answer key for the quiz.", "Question 1: B. Question 2: B. Question 3: B. Question 4: B."),
    ("Summarise the decision in one line.", "Summary: the budget passed, the venue moves to Hall B."),
])
def test_a_checklist_an_answer_key_and_a_requested_summary_are_content(prompt, response):
    assert restated_value(response) == 0
    assert clean(prompt, response)


# --------------------------------------------------------------------------- echoes and circles

@pytest.mark.parametrize("junk", [
    "Krótko mówiąc, odpowiedź jest powyżej. Powyżej. Powyżej.",
    "Insomma, la risposta è sopra. È sopra. Sopra.",
    "To sum up, the answer is as given above. As given above. Above.",
])
def test_a_wrap_up_sentence_echoed_by_its_own_words_is_padding(junk):
    assert echo_run(junk) >= 2
    assert tail(junk)


@pytest.mark.parametrize("prompt, response", [
    ("Should I call the vet?", "Call the vet now. Now. Right now, before the clinic closes."),
    ("What is the answer to 6 × 7?", "The answer is 42. 42."),
])
def test_an_echo_for_emphasis_is_content(prompt, response):
    assert echo_run(response) < 2
    assert clean(prompt, response)


@pytest.mark.parametrize("junk", [
    "To reiterate, as noted above, the point stands. Reiterating once more, as noted above: the point, as noted, stands.",
    "The key takeaway, the real takeaway, is that this answer's takeaway is the takeaway.",
    "Before I start, I will start by saying that the answer starts here, and I start now.",
])
def test_a_paragraph_or_sentence_that_circles_is_padding(junk):
    assert circular_sentence(junk) >= 1
    assert tail(junk)


@pytest.mark.parametrize("prompt, response", [
    ("What is a prime number?",
     "A prime is a number with exactly two divisors; every prime above 2 is odd, so 2 is the only even prime, and a "
     "prime's only divisors are 1 and the prime itself."),
    ("Summarise the article for me.",
     "Summary: the council will close the bridge in May. The summary above leaves out the detour, which the article "
     "describes in its last section."),
])
def test_a_definition_and_a_requested_summary_are_content(prompt, response):
    assert clean(prompt, response)


# --------------------------------------------------------------------------- thanks, TL;DR, emoji rows

def test_thanks_said_five_times_in_many_languages_is_padding():
    junk = "Gracias. Obrigado. Grazie. Danke. Merci. Spasibo."
    assert self_reference_run(junk) >= 5
    assert tail(junk)


def test_thanks_in_several_languages_asked_for_is_content():
    assert clean("How do I say thank you in six languages?", "Gracias. Obrigado. Grazie. Danke. Merci. Spasibo.")


def test_tldr_and_an_arrow_up_are_words_about_the_text():
    junk = "tl;dr: see above.\ntl;dr of that: above.\ntl;dr again: ↑"
    assert self_reference_run(junk) >= 3
    assert tail(junk)
    assert clean(PROMPT, ANSWER + "\n\nTL;DR: five to ten minutes, covered, on a warm plate.")


def test_a_row_of_emoji_groups_is_padding_but_a_rating_and_a_divider_are_not():
    assert pictograph_run(ANSWER + "\n\n" + " ".join(["🔥🔥🔥"] * 8))
    assert tail(" ".join(["💯💯💯💯"] * 6))
    assert clean("Rate the film out of five.", "⭐⭐⭐⭐ ⭐ — four and a half: a strong cast and a slow middle.")
    assert clean("Write this week's garden club news.", "Garden Club\n\n" + "🌼" * 24 + "\n\nPlant swap on Sunday at 11.")


# --------------------------------------------------------------------------- the licences

def test_text_about_the_answer_under_a_prompt_for_a_table_is_padding():
    table = "| Planet | Diameter (km) |\n|---|---|\n| Mars | 6,779 |\n| Venus | 12,104 |"
    junk = "In summary, the summary above summarises the table, as summarised, in summary."
    assert detect_junk_tail(table + "\n\n" + junk, "Make a table of the diameters of Mars and Venus.")
    assert detect_junk_tail(table, "Make a table of the diameters of Mars and Venus.") is None


def test_a_rubric_table_whose_row_repeats_its_word_is_content():
    # each level's cell names the row's criterion again ("clear thesis", "some thesis", "no thesis")
    rubric = ("| Criterion | Strong | Adequate | Weak | Absent |\n|---|---|---|---|---|\n"
              "| Argument | Clear thesis, strong reasons | Thesis present, some reasons | Thesis vague | No thesis |\n"
              "| Sources | Varied, cited sources | Some sources cited | Few sources | None |")
    assert clean("Draft a marking rubric for a history essay, 4 levels.", rubric)


def test_a_form_or_template_the_prompt_asks_for_still_licenses_its_labels():
    form = "Report: (left blank)\nSummary: (left blank)\nConclusion: (left blank)\nSign-off: (left blank)"
    assert clean("Give me a blank report template I can fill in.", form)


# --------------------------------------------------------------------------- cost

@pytest.mark.parametrize("text", [
    "See above. " * 4_000, "Summary: yes. " * 3_000, "a: b, " * 7_000, "tl;dr " * 6_000, "🔥 " * 20_000,
    "Above. " * 6_000, "answer, " * 5_000, "\n" * 40_000, " " * 40_000, ", " * 20_000, "। " * 20_000,
    "takeaway " * 4_500, ("x" * 200 + ": ") * 200, "Merci. Danke. " * 3_000,
])
def test_the_new_readings_stay_linear_on_40_kb(text):
    for read in (lambda t: detect_junk_tail(t, PROMPT), formula_repeated, restated_value, echo_run, circular_sentence,
                 self_reference_run, pictograph_run):
        start = time.process_time()
        read(text)
        assert time.process_time() - start < 1.0


# --------------------------------------------------------------------------- ordinary answers a review found penalised

@pytest.mark.parametrize("prompt, response", [
    # a "." between digits is a number, an address or a section, not the end of a sentence echoed
    ("How do I expose my Flask dev server on my LAN?",
     "Run the server on all interfaces.\n\nNote: bind to 0.0.0.0 rather than localhost."),
    ("Which public DNS resolver should I try?", "As mentioned above, use Google DNS at 8.8.8.8."),
    ("Where does the standard define it?", "See the answer in section 2.2.2."),
    # thanks in many languages, or said again to practise it, when the prompt asks for that
    ("How do you express gratitude in Spanish, Portuguese, Italian, German, French and Russian?",
     "Gracias. Obrigado. Grazie. Danke. Merci. Spasibo."),
    ("Help me practise saying thank you in Japanese", "Say it slowly: Arigatou. Arigatou. Arigatou. Arigatou."),
    # labels the prompt names, and an answer key's lettered items, are asked for
    ("Should I refinance? Give summary, recommendation, conclusion and final answer.",
     "Summary: yes. Recommendation: yes. Conclusion: yes. Final answer: yes."),
    ("Answer these true/false questions A to D.", "Question A: True. Question B: True. Question C: True. Question D: True."),
    # a saying and a word game repeat their word back to back
    ("What matters most when buying a house?", "In my reply, the bottom line: location, location, location, location."),
    ("What is the famous sentence made only of one word?",
     "Buffalo buffalo Buffalo buffalo buffalo buffalo Buffalo buffalo is the answer."),
    # a row of star ratings
    ("How is the café rated on the four sites?", "It is well liked everywhere.\n\n" + " ".join(["⭐⭐⭐⭐⭐"] * 4)),
])
def test_ordinary_answers_the_new_readings_leave_alone(prompt, response):
    assert clean(prompt, response)


def test_a_divider_of_single_emoji_is_no_junk_tail():
    # (the degenerate reading's loop of a two-emoji unit is older, and reads it as a loop)
    assert detect_junk_tail("Plant swap on Sunday at 11.\n\n" + " ".join(["🌸", "🌼"] * 12),
                            "Write this week's garden club news.") is None


def test_a_row_of_emoji_groups_is_still_padding():
    assert tail("Paris is the capital.\n\n" + " ".join(["🙏🙏🙏"] * 8))
