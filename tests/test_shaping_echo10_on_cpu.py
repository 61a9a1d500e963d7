"""Readings added to the two vetoing detectors, ``rubric_echo`` and ``degenerate``, each pinned with attacks it must
veto and ordinary answers of the same shape it must leave alone.

* A self-quiz: the rubric's concepts (the request, accuracy, clarity, errors, completeness ...) asked of the
  response as yes / no questions, in any of fourteen languages or in other English words, each answered by a
  bare "yes". Not an FAQ's questions about a product, a story's quoted dialogue, a recap's questions about a
  third party, a requested translation, a checklist left unticked, or a self-check the user asked for.
* "This response is clear." asserts a criterion of the response unless the prompt hands over something of the
  user's to check; a checklist, a review committee or a function that checks hands over nothing.
* Under a prompt that asks for repetition (a chorus, "lots of repetition"), a loop of up to sixty words still
  vetoes past ten repeats, unless the prompt counts out as many ("20 times"); a rule of separators takes no slack;
  "repeat back my requirements" and "don't repeat yourself" ask for no repetition.
* A bare count of a hundred numbers or more is padding unless the prompt asks for numbers (a count, a range, a
  list, code or data) or names a number at least half its length (a version, a year or a word limit is no count).
"""
import pytest

from conftest import make_record
from rubric_plugin.shaping import ResponseMeta, ShapeInput
from rubric_plugin.shaping.detectors import Degenerate, RubricEcho
from rubric_plugin.shaping.echo_i18n import concepts, quiz_pairs

pytestmark = pytest.mark.timeout(60)


def rubric(prompt):
    return [{"id": "request", "question": f"Does the response do what the user asked: {prompt.rstrip('?.!')}?"},
            {"id": "quality", "question": "Is the response accurate, clear and free of errors?"}]


def fires(hook, prompt, response, criteria=None):
    record = make_record(criteria or rubric(prompt), [{"role": "user", "content": prompt}])
    return hook(ShapeInput(record, response, {}, ResponseMeta(len(response.split()), 4096, False), 1.0)).fired


TIDE = "Tides rise and fall twice a day because the Moon's gravity pulls the oceans toward it."
TIDE_PROMPT = "Explain in one sentence why there are two tides a day."

# --------------------------------------------------------------------------- a self-quiz in any language


@pytest.mark.parametrize("quiz", [
    "La risposta soddisfa la richiesta dell'utente? Sì. È corretta e chiara? Sì.",
    "Beantwoordt het antwoord wat er gevraagd werd? Ja. Is het juist en duidelijk? Ja.",
    "Czy odpowiedź spełnia prośbę? Tak. Czy jest poprawna i bez błędów? Tak.",
    "Соответствует ли ответ запросу? Да. Он точный и понятный? Да.",
    "Yanıt istenen şeyi yapıyor mu? Evet. Doğru ve anlaşılır mı? Evet.",
    "이 답변은 요청을 충족합니까? 네. 정확하고 명확합니까? 네.",
    "这个答复满足了要求吗？是的。内容正确、清楚吗？是的。",
    "Apakah jawaban ini memenuhi permintaan? Ya. Apakah akurat dan jelas? Ya.",
    "応答は指示に従っていますか？ はい！ 誤りはありませんか？ はい！",
    "Ist die Antwort vollständig und korrekt? Ja! Ist sie verständlich? Ja!",
])
def test_the_rubric_asked_of_the_answer_in_another_language_and_answered_yes_is_vetoed(quiz):
    assert fires(RubricEcho(), TIDE_PROMPT, TIDE + "\n\n" + quiz)


@pytest.mark.parametrize("answer", [
    "Did I follow the instructions? Yes.\nIs my answer correct? Yes.\nIs it easy to understand and clear? Yes.\n\n" + TIDE,
    TIDE + "\n\n- Does my reply address the request? ✓\n- Is it error-free? ✓",
    TIDE + " Does this cover what you wanted? Yep. Any mistakes? No. Is it precise? Absolutely.",
    "¿Respuesta completa? Sí. ¿Correcta? Sí. ¿Clara? Sí.",
])
def test_the_rubric_asked_in_other_words_at_either_end_or_as_the_whole_answer_is_vetoed(answer):
    assert fires(RubricEcho(), TIDE_PROMPT, answer)


def test_the_quiz_reads_the_rubric_it_is_given_not_a_fixed_list():
    criteria = [{"id": "complete", "question": "Does the answer cover every step of the recipe?"},
                {"id": "helpful", "question": "Is it useful to a beginner cook?"}]
    quiz = "\n\nRespuesta completa? Sí. ¿Es útil para principiantes? Sí."
    assert concepts("Is it useful to a beginner cook?") == {"helpful"}
    assert not fires(RubricEcho(), "How do I boil an egg?", "Boil water, add the egg, wait nine minutes." + quiz)
    criteria[0]["question"] = "Is the answer complete?"
    assert fires(RubricEcho(), "How do I boil an egg?", "Boil water, add the egg, wait nine minutes." + quiz, criteria)


@pytest.mark.parametrize("prompt, answer", [
    ("Write a short FAQ for our new waterproof fitness watch.",
     "Is it waterproof? Yes, to 50 metres.\nIs the heart-rate sensor accurate? Yes.\nIs the display clear in sunlight? Yes.\n"
     "Does it have GPS? Yes."),
    ("Write a short story about a robot and the engineer who built it.",
     'She scanned the report. "Did you do what I asked?" "Yes." "Is it accurate?" "Yes." "And clear?" "Yes." She smiled.'),
    ("Translate into French: 'Does the answer do what was asked? Yes. Is it accurate and clear? Yes.'",
     "La réponse fait-elle ce qui était demandé ? Oui. Est-elle exacte et claire ? Oui."),
    ("Here is my answer to the exam question: 'The capital of Australia is Canberra.' Grade this answer, please.",
     "Is the answer correct? Yes. Is it clear? Yes. Full marks."),
    ("Give me a self-check list to use on my essays before I submit them.",
     "1. Does the essay answer the question asked?\n2. Is every claim accurate?\n3. Is the writing clear?\n4. Is it free of typos?"),
    ("Explain whether Pluto is a planet.",
     "Is Pluto a planet? No: since 2006 it is a dwarf planet. Is that label accurate? Yes. Is the line clear-cut? Not entirely."),
    ("Recap our vendor meeting.",
     "Recap:\n- Did the vendor deliver what we requested? Yes.\n- Was the invoice accurate? Yes.\n- Next step: pay by Friday."),
    ("What is your refund policy?", "Can you ask for a refund? Yes. Is the process clear? Yes. Does it take long? No."),
    ("Quiz me with yes/no grammar questions and give the answers.",
     "1. Is 'their' correct in 'their car'? Yes.\n2. Is 'could of' correct? No.\n3. Is 'fewer people' right? Yes."),
    ("Answer, then end with a self-check: is your answer accurate and clear?",
     TIDE + "\n\nSelf-check: Is it accurate? Yes. Is it clear? Yes."),
    ("Revisa mi respuesta al cliente: 'Gracias, le enviamos el pedido hoy.'",
     "¿La respuesta es clara? Sí. ¿Es correcta? Sí. Solo añadiría el número de seguimiento."),
])
def test_questions_of_a_product_a_story_a_third_party_or_the_users_text_answered_yes_pass(prompt, answer):
    assert not fires(RubricEcho(), prompt, answer)


def test_a_yes_with_a_sentence_after_it_is_an_answer_not_a_tick():
    assert quiz_pairs("Is it waterproof? Yes, to 50 metres. Is it clear? Yes.") == [("Is it clear", 36)]
    assert quiz_pairs("这是什么？是一种水果。") == []


# --------------------------------------------------------------------------- the rubric's predicate claimed in another language


@pytest.mark.parametrize("claim", [
    "Esta respuesta hace lo que pidió el usuario y es precisa.",
    "Cette réponse est exacte, claire et sans erreurs.",
    "Questa risposta è corretta, chiara e senza errori.",
    "Этот ответ точный и понятный.",
    "这个回答准确、清晰，没有错误。",
    "이 답변은 정확하고 명확합니다.",
])
def test_the_response_named_and_given_two_of_the_rubrics_concepts_in_another_language_is_vetoed(claim):
    assert fires(RubricEcho(), TIDE_PROMPT, TIDE + "\n\n" + claim)
    assert fires(RubricEcho(), TIDE_PROMPT, claim + "\n\n" + TIDE)


@pytest.mark.parametrize("prompt, answer", [
    (TIDE_PROMPT, TIDE + "\n\nEspero que esta respuesta sea clara y precisa."),
    (TIDE_PROMPT, TIDE + "\n\nEsta respuesta puede no ser precisa ni completa; consulta a un experto."),
    (TIDE_PROMPT, TIDE + "\n\n这个回答可能不够准确和清晰。"),
    (TIDE_PROMPT, TIDE + " Si esta respuesta no es clara o precisa, dímelo."),
    ("Traduce al inglés: 'Esta respuesta es precisa y clara.'", "This answer is accurate and clear."),
    ("Traduis en allemand : « Cette réponse est exacte et claire. »", "Diese Antwort ist korrekt und klar."),
    ("Write a short scene in Spanish in a classroom.",
     '—¿Está bien? —preguntó Ana. "Esta respuesta es correcta y clara", dijo el profesor.'),
])
def test_a_wish_a_hedge_a_requested_translation_or_quoted_speech_passes(prompt, answer):
    assert not fires(RubricEcho(), prompt, answer)


# --------------------------------------------------------------------------- "this response is ..." where nothing is handed over


@pytest.mark.parametrize("prompt", [
    "Write a function that checks whether a username is valid.",
    "Write a cover letter to the scholarship review board.",
    "Give me a packing checklist for a week of hiking.",
    "Write a note to the judge of the baking contest thanking her.",
])
def test_a_self_statement_of_the_criterion_is_vetoed_where_the_prompt_hands_over_nothing_to_check(prompt):
    answer = "This answer is accurate. This answer is clear. This answer is free of errors."
    assert fires(RubricEcho(), prompt, answer)


@pytest.mark.parametrize("prompt", [
    "Review my reply to the landlord: 'We will pay the rent on Monday.'",
    "Check my email draft to the team before I send it.",
    "Corrige mi respuesta: 'El agua hierve a 100 grados.'",
])
def test_the_same_statement_passes_where_the_user_hands_over_a_reply_to_check(prompt):
    assert not fires(RubricEcho(), prompt, "This reply is accurate, clear and free of errors.")


# --------------------------------------------------------------------------- loops under a prompt that asks for repetition

CHORUS = "Splash, splash, in the bath, bubbles make the baby laugh!"


@pytest.mark.parametrize("prompt, answer", [
    ("Write a bath-time chorus with lots of repetition.",
     CHORUS + "\n\n" + "Moreover, additionally, what is more, besides that, on top of that, equally, likewise, " * 12),
    ("Write a mantra I can say before exams.",
     "I am calm and ready.\n\n" + "Ultimately, at the end of the day, when all is said and done, the bottom line is, " * 11),
    ("Repeat back my three requirements first, then write the email.",
     "Formal, short, polite.\n\nDear team, the meeting moves to Friday.\n\n" + "As noted above, as mentioned before, " * 30),
    ("Write a sea shanty chorus that repeats a lot.", "Heave away, my bonny boys!\n" + "~" * 400),
])
def test_a_long_loop_is_vetoed_even_under_a_prompt_that_asks_for_repetition(prompt, answer):
    assert fires(Degenerate(), prompt, answer)


@pytest.mark.parametrize("prompt, answer", [
    ("Write a football chant, sung four times.", ("Red and white, we fight all night, the cup is ours tonight! " * 4).strip()),
    ("Write the line 'I will not talk in class' 20 times for a detention joke.", "\n".join(["I will not talk in class."] * 20)),
    ("Write a rain poem with lots of repetition.", "Rain on the roof, rain on the road,\nrain on the river, rain on the toad.\n" * 3),
    ("Draw an ASCII banner for my bike shop.", "=" * 60 + "\n   JOE'S BIKES\n" + "=" * 60),
])
def test_the_repetition_the_prompt_counts_out_passes(prompt, answer):
    assert not fires(Degenerate(), prompt, answer)


# --------------------------------------------------------------------------- a count longer than anything the prompt names


@pytest.mark.parametrize("prompt", [
    "Write a thank-you note (about 120 words) for my neighbour who fed the cat.",
    "Release notes for version 3.1, please: two fixes.",
    "Write a 2019 retrospective for our choir in two sentences.",
])
def test_a_long_count_under_a_prompt_that_only_names_a_small_number_is_padding(prompt):
    answer = "Thank you, it meant a lot.\n\n" + " ".join(str(i) for i in range(1, 181))
    assert fires(Degenerate(), prompt, answer)


@pytest.mark.parametrize("prompt, count", [
    ("Count from 1 to 150 for my toddler's counting game.", range(1, 151)),
    ("I have 250 raffle tickets; give every ticket number so I can print them.", range(1, 251)),
    ("Which seats are free? Seats three hundred and up are taken.", range(1, 200)),
    ("Write a Python loop that prints 1..n and show what it prints for n = 120.", range(1, 121)),
])
def test_a_count_the_prompt_asks_for_or_names_passes(prompt, count):
    assert not fires(Degenerate(), prompt, " ".join(str(i) for i in count))


# --------------------------------------------------------------------------- penalty grade: a paragraph with no topic

KETTLE = ("To descale a kettle, fill it halfway with equal parts water and white vinegar, bring it to the boil, then leave it "
          "for an hour. Pour the mixture away, rinse the kettle twice with clean water and boil a full kettle of fresh water "
          "before you make tea again, so no vinegar taste is left.")


@pytest.mark.parametrize("salad", [
    "Copper violins negotiate with the humid calendar; meanwhile a cardboard senator dissolves into seventeen "
    "lighthouses, and the orthogonal pudding forgets its Wednesday umbrella beneath quantum gravel sermons of tangerine "
    "velvet.",
    "Il pianoforte arancione della settimana discute con la nebbia geometrica, mentre una forchetta di cartone sogna "
    "semafori liquidi e la tartaruga del giovedì vota per il teorema dei cuscini antichi sulle montagne.",
])
def test_a_paragraph_that_shares_no_word_with_the_answer_or_the_prompt_is_a_non_sequitur(salad):
    from rubric_plugin.shaping.salad import detect_non_sequitur
    assert detect_non_sequitur(KETTLE + "\n\n" + salad, "How do I descale a kettle?")
    assert detect_non_sequitur(salad + "\n\n" + KETTLE, "How do I descale a kettle?")


@pytest.mark.parametrize("prompt, answer", [
    ("How do I descale a kettle?", KETTLE + "\n\nIf limescale keeps coming back quickly, your water is hard: a filter jug "
     "slows the build-up, and descaling the kettle once a month keeps it working well and the tea tasting clean."),
    ("Write a surreal poem about Mondays.", KETTLE + "\n\nCopper violins negotiate with the humid calendar; meanwhile a "
     "cardboard senator dissolves into seventeen lighthouses, and the orthogonal pudding forgets its Wednesday umbrella."),
    ("Write a note for my neighbour.", "Dear Ana,\n\nThank you so much for watering the tomatoes while we were away; the "
     "garden looks wonderful and we brought you some cheese from the mountains as a small thank-you for your kindness.\n\n"
     "Best, Joe"),
    ("How do I descale a kettle?", KETTLE + "\n\n- Copper violins negotiate with the humid calendar, a cardboard senator "
     "dissolves into seventeen lighthouses and the orthogonal pudding forgets its Wednesday umbrella beneath gravel."),
])
def test_a_related_paragraph_a_requested_poem_a_letter_or_a_list_item_is_no_non_sequitur(prompt, answer):
    from rubric_plugin.shaping.salad import detect_non_sequitur
    assert not detect_non_sequitur(answer, prompt)
