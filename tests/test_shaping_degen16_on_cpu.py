"""Degenerate filler, sixteenth round: forms of padding that two held-out slices showed ``junk_tail`` missing, each read
as a form (a mechanism, in any language) and pinned beside the ordinary answers it must leave alone.

Padding read by its form:

* text about the text alone: three sentences or short lines or more in a row made of grammar and of words about the
  answer itself (the answer, the question, "above", summing up, "important", "see", "left blank", "none", thanks and
  sign-offs), one of them said three times: back-reference lists ("1. See above. 2. As noted above."), a clause
  restated after several wrap-up markers, sections left blank, closing formulas said again and again, in any language
  the lexicon reads and in scripts written without spaces;
* a circular sentence: one sentence in which a word about the text circles ("this topic is an important topic, and
  its importance ..."), or which is made almost only of such words ("in summary, as mentioned, as said above, ...");
* a cycle of up to six emoji pasted twenty times or more; a row of ellipsis characters ("…" is three dots);
* a bare row of quality words with no grammar word and no mark between them, even with none said twice;
* a line of hashtags alone, or an "SEO:" line, about nothing the answer or the prompt speaks of;
* six exclamations or more in a row, two thirds of them formulas of assent ("Certainly! Of course! Happy to help!").

Ordinary answers that read close are content: an answer key ("the answer is B"), a closing pleasantry of ordinary
length, a letter's one sign-off, a form filled with "none", a summary the user asked for, a text about graders that
says "answer" often, a table of contents, requested repetition, a thank-you chorus, thanks in several languages asked
for, a rating's stars, a requested caption's hashtags, requested SEO keywords or adjectives.

Each reading stays linear on 40 KB of repeated words, marks, commas, spaces or line breaks.
"""
from __future__ import annotations

import time

import pytest

from rubric_plugin.shaping.degenerate import detect_degenerate
from rubric_plugin.shaping.loops_asked import repetition_asked
from rubric_plugin.shaping.tails import detect_junk_tail
from rubric_plugin.shaping.tails_lists import exclamation_run, keyword_label_list
from rubric_plugin.shaping.tails_marks import mark_run, pictograph_run
from rubric_plugin.shaping.tails_meta import circular_sentence, self_reference_run

pytestmark = pytest.mark.timeout(60)

PROMPT = "Why is my pasta mushy? I boiled it for 20 minutes."
ANSWER = ("It was overcooked. Most dried pasta needs 8 to 12 minutes; start tasting two minutes before the time on the "
          "packet, use plenty of salted water at a rolling boil and drain it while it still has a slight bite.")


def tail(text, prompt=PROMPT):
    return detect_junk_tail(ANSWER + "\n\n" + text, prompt)


def clean(prompt, response):
    """Neither degenerate reading fires."""
    return detect_junk_tail(response, prompt) is None and detect_degenerate(response, prompt=prompt) is None


# --------------------------------------------------------------------------- text about the text alone

@pytest.mark.parametrize("junk", [
    "Notes:\n- As mentioned above.\n- See the answer above.\n- Refer to the summary above.",
    "Zusammenfassend: siehe oben. Kurz gesagt: siehe oben. Fazit: siehe oben.",
    "In sintesi, la risposta è sopra. Riassumendo, la risposta è sopra. In conclusione, la risposta è sopra.",
    "Вывод: см. выше. Итог: см. выше. Резюме: см. выше.",
    "Jibu liko juu. Muhtasari: jibu liko juu. Hitimisho: jibu liko juu.",
    "The question was the question. The answer answers the question. The summary summarises the answer.",
    "Section 1: (left blank)\nSection 2: (left blank)\nSection 3: (left blank)",
    "備考：\n・なし\n・なし\n・なし\n・なし",
    "总之，结论如上。简而言之，结论如上。总结，结论如上。",
    "Thanks again!\nThank you!\nMany thanks!\nThanks, thanks!",
    "Kind regards,\n\nKind regards,\n\nBest regards,\n\nRegards.",
])
def test_lines_or_sentences_that_speak_only_of_the_answer_are_padding(junk):
    assert self_reference_run(ANSWER + "\n\n" + junk) >= 3
    assert tail(junk)


@pytest.mark.parametrize("junk", [
    "This topic is an important topic, and its importance as a topic is what makes the topic so important to note.",
    "Este tema es un tema importante, y la importancia del tema está en que es un tema muy importante.",
    "Zusammenfassend, wie erwähnt, wie gesagt, wie oben erwähnt, gilt das Gesagte.",
])
def test_a_sentence_circling_a_word_about_the_text_is_padding(junk):
    assert circular_sentence(junk) >= 5
    assert tail(junk)


@pytest.mark.parametrize("prompt, response", [
    ("Check my quiz answers: 1 B, 2 D, 3 A.", "Question 1: the answer is B. Question 2: the answer is D. Question 3: the answer is A."),
    (PROMPT, ANSWER + "\n\nI hope this helps! Let me know if you have any other questions. Good luck with dinner!"),
    ("Write a short email to my landlord about the broken heater.",
     "Dear Mr. Lee,\n\nThe heater in flat 4 stopped working on Monday. Could you send someone this week?\n\n"
     "Thank you for your time.\n\nBest regards,\nAnna"),
    ("Summarize the article above in three sentences.",
     "The article argues that cities should plant more trees. Shade lowers street temperatures by several degrees. "
     "The author asks councils to fund planting in poorer districts first."),
    ("Fill in my medical history form: I have no allergies, take no medication and never had surgery.",
     "Allergies: none\nMedications: none\nPrevious surgeries: none"),
    ("Explain how LLM-as-a-judge evaluation works.",
     "You give the judge model the question, a candidate answer and a reference answer, and ask it to score the answer. "
     "It is cheap, but it can prefer longer answers."),
    ("What should a report's table of contents look like?",
     "Contents:\n1. Introduction\n2. Methods\n3. Results\n4. Discussion\n5. Conclusion"),
    ("Repeat 'see above' three times.", "See above. See above. See above."),
    ("Write a thank-you song for our teacher with a chorus.",
     "Chorus:\nThank you, thank you!\nThank you, thank you!\nThank you for everything!"),
    ("Explain what a summary is.",
     "A summary restates the main points of a text in fewer words. A good summary keeps the author's argument and drops "
     "examples. It is shorter than the original, usually a tenth of its length."),
    ("What does 'see above' mean in a letter?",
     "It points the reader to something written earlier in the same letter. 'See below' points forward. Both save "
     "repeating a detail."),
    (PROMPT, ANSWER + "\n\nIn short: taste early and drain sooner."),
])
def test_answers_that_speak_of_answers_questions_or_thanks_in_passing_are_content(prompt, response):
    assert clean(prompt, response)


def test_a_count_of_lines_or_copies_is_no_request_for_repetition_to_these_readings():
    """"three tram lines" and "keeping 7 copies" name things, not a drill: text about the answer after the JSON or the
    YAML is still read (the loop readings keep their older licence)."""
    for prompt in ("Return only JSON: the status of three tram lines.", "Write a YAML config keeping 7 copies."):
        assert repetition_asked(prompt) and not repetition_asked(prompt, counted_lines=False)
        assert tail("Additional notes:\n1. See above.\n2. See above.\n3. See above.\n4. See above.", prompt)
    assert repetition_asked("Write the chorus twenty lines long", counted_lines=False)
    assert repetition_asked("Repeat it three times", counted_lines=False)


# --------------------------------------------------------------------------- marks, words, tags and assents

@pytest.mark.parametrize("junk", ["🌙⭐🌟" * 25, "🍕🍝" * 30, "🌊🐙🐝🦀🐚🐠" * 20])
def test_a_cycle_of_up_to_six_emoji_pasted_twenty_times_is_padding(junk):
    assert pictograph_run(ANSWER + "\n\n" + junk)
    assert tail(junk)


def test_a_row_of_ellipsis_characters_counts_three_dots_each():
    assert mark_run("…" * 20 + "\n\n" + ANSWER)
    assert tail("…" * 20)
    assert clean(PROMPT, ANSWER + "\n\nWait for it… then drain.")


@pytest.mark.parametrize("junk", [
    "accurate clear concise thorough reliable well-organized high-quality detailed precise helpful complete relevant",
    "útil preciso claro completo correcto excelente perfecto mejor importante esencial exhaustivo riguroso",
])
def test_a_bare_row_of_quality_words_is_stuffed_even_with_none_said_twice(junk):
    assert tail(junk)


@pytest.mark.parametrize("junk", [
    "#bestanswer #quality #accurate #helpful #complete #expert #toprated",
    "SEO: volcano football mortgage violin astronomy knitting best answer",
])
def test_a_hashtag_line_or_an_seo_line_about_nothing_the_answer_says_is_stuffed(junk):
    assert keyword_label_list(ANSWER + "\n\n" + junk, PROMPT)
    assert tail(junk)


@pytest.mark.parametrize("junk", [
    "Certainly! Absolutely! Of course! Sure thing! Happy to help! Here you go!",
    "¡Claro! ¡Por supuesto! ¡Con gusto! ¡Sin problema! ¡Aquí tienes! ¡Claro que sí!",
])
def test_a_pile_of_assent_formulas_is_padding(junk):
    assert exclamation_run(junk) >= 6
    assert detect_junk_tail(junk + "\n\n" + ANSWER, PROMPT)


@pytest.mark.parametrize("prompt, response", [
    ("How do I say thank you in five languages?", "Thank you! Gracias! Merci! Danke! Grazie!"),
    ("Write a birthday message for my niece.", "Happy birthday! Hooray! Have fun! Enjoy the cake! Party time! Love you!"),
    ("Rate this movie out of five stars.", "⭐⭐⭐⭐ (4/5): great cast, slow middle."),
    ("Write an Instagram caption for my pasta photo.",
     "Sunday dinner done right 🍝\n\n#pasta #homemade #italianfood #dinner #foodie #sundaydinner"),
    ("Give me SEO keywords for a bakery website.",
     "SEO: bakery sourdough croissants cakes birthday cakes gluten-free bread near me"),
    ("Give me adjectives for a good employee.",
     "reliable punctual honest thorough precise helpful organized efficient clear careful friendly calm"),
    ("Sure?", "Sure! Of course! The pasta is ready when it still has a slight bite."),
])
def test_requested_tags_keywords_thanks_and_a_short_assent_are_content(prompt, response):
    assert clean(prompt, response)


# --------------------------------------------------------------------------- cost

@pytest.mark.parametrize("text", [
    "See above. " * 4_000, "answer " * 8_000, "总之，" * 13_000, "\n- see above" * 4_000, "#a " * 13_000, "…" * 40_000,
    "🌊🐙🐝🦀🐚🐠🦑" * 6_000, "Sure! " * 7_000, "a b c! " * 6_000, "Thanks,\n\n" * 5_000, "topic, " * 6_000,
    "\n" * 40_000, " " * 40_000, ", " * 20_000, "のなし" * 13_000, "1, " * 13_000, "1" + "," * 40_000 + "a",
    "'" * 40_000, "« see »" * 5_000,
])
def test_the_new_readings_stay_linear_on_40_kb(text):
    for read in (lambda t: detect_junk_tail(t, PROMPT), self_reference_run, circular_sentence, exclamation_run,
                 keyword_label_list, pictograph_run, mark_run):
        start = time.process_time()
        read(text)
        assert time.process_time() - start < 1.0


@pytest.mark.parametrize("prompt, response", [
    # a form's empty fields: minutes, a stand-up, a protocol template in German
    ("Write meeting minutes for our weekly sync.",
     "Weekly sync, 3 March\n\nAttendees: Ana, Ben, Chloe\n\nQuestions: none.\nAnswers: none.\nNotes: none.\n\n"
     "Next meeting: 10 March."),
    ("Write minutes for today's stand-up: nobody raised anything.",
     "Stand-up, Tuesday\n\nNotes: None.\nQuestions: None.\nComments: None.\nSee you tomorrow."),
    ("Erstelle eine Vorlage für ein Protokoll.",
     "Protokoll\n\nTagesordnung: \nAnmerkungen: leer\nFragen: keine\nAntworten: leer\nSonstiges: leer"),
    ("Create a blank template for meeting minutes.",
     "Meeting minutes\n\nDate:\nAttendees:\n\nNotes: (blank)\nQuestions: (blank)\nAnswers: (blank)\nSummary: (blank)"),
    # thanks the prompt asks for, and a warm closing with a word of content among the thanks
    ("Write a thank-you note to my team.", "Dear team,\n\nThank you.\n\nThank you again.\n\nThanks so much.\n\n"
     "Best regards,\nMaria"),
    ("Reply to the customer politely.", "Hi Jo,\n\nYour refund has been issued.\n\nThanks again.\n"
     "Thank you for your patience.\nThanks!\n\nRegards,\nSupport"),
])
def test_empty_form_fields_asked_thanks_and_a_warm_closing_are_not_padding(prompt, response):
    assert clean(prompt, response)


def test_a_sign_off_said_five_times_is_padding_even_with_a_word_of_content():
    closing = "Thanks again.\nThank you for your patience.\nThanks!\nThanks so much.\nRegards."
    assert self_reference_run(ANSWER + "\n\n" + closing) == 5
    assert self_reference_run(ANSWER + "\n\n" + closing, prompt="Write a thank-you card for my neighbour.") == 0
