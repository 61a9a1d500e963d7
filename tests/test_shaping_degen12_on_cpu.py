"""Degenerate filler and the rubric recited back, twelfth round: the kinds of miss a held-out slice showed, each read as a
kind (a mechanism, a form, a language) and pinned with phrasings of its own and ordinary answers it must leave alone.

``junk_tail`` (a penalty, :mod:`rubric_plugin.shaping.tails_empty`):

* a sentence with no content word: function words pasted ("de la que el en un por ..."), spoken fillers and modal
  particles ("so, like, you know, basically ..."; "bon, ben, euh, enfin ..."), vague placeholders ("blah blah, yada
  yada, etc etc"); not an idiom made of grammar words, not a grammar lesson that lists them;
* a praise phrase stuffed ("Great question! ... a great question ..."), not a topic named several times;
* one clause restated after different discourse markers ("In short, X. To sum up, X. Overall, X. ...");
* a word list pasted back to back two and a half times ("Hund perro Katze gato ...");
* a bare run of numbers in constant steps (tenths, fives); a count is licensed narrowly: only a count, a range, a
  sequence or a loop's output asks for one (an "atomic number", a "counterargument", a "3-3-3 rule", a port do not).

``degenerate`` (a veto): a hundred bare numbers in constant steps nobody asked for; "counterargument" asks for no count.

``rubric_echo`` (a veto): the rubric's questions asked of the response and ticked, in more languages (Tagalog, Persian,
Hindi, Lithuanian, Latvian, Finnish, Ukrainian, Hebrew, Thai ...), answered "Also yes", "It does", a tick in a
table cell, or as labels closed by a question particle ("…か：はい"); "the user's request" is the request, and a
response noun with the user in it ("die Bitte des Nutzers") asks about the request. Not an FAQ about a product, a user
logged in, or a feedback request.
"""
from __future__ import annotations

import pytest

from conftest import make_record
from rubric_plugin.shaping import ResponseMeta, ShapeInput
from rubric_plugin.shaping.degenerate import detect_degenerate
from rubric_plugin.shaping.detectors import RubricEcho
from rubric_plugin.shaping.loops_asked import count_asked
from rubric_plugin.shaping.tails import detect_junk_tail

pytestmark = pytest.mark.timeout(60)

PROMPT = "Why does ice float on water?"
ANSWER = ("Water expands when it freezes: its molecules lock into a hexagonal lattice that holds them farther apart than in "
          "the liquid. Ice is therefore about nine percent less dense than liquid water, so it floats.")


def tail(text, prompt=PROMPT):
    return detect_junk_tail(ANSWER + "\n\n" + text, prompt)


# --------------------------------------------------------------------------- a sentence with no content word

@pytest.mark.parametrize("text", [
    "de la que el en un por de la que el en un con para de la que el en una los de la que el por del al",  # Spanish grammar
    "the of and to in the of and a to in the of and for on with the of and to in the of",  # English grammar
    "So, like, you know, basically, I mean, like, really, actually, literally, just, um, like, you know, so yeah.",
    "Bon, ben, euh, enfin, voilà, quoi, genre, bref, alors, bon, ben, euh, enfin, voilà, quoi, hein.",
    "Ну вот, типа, короче, значит, как бы, вообще, просто, ну, вот, типа, короче, значит, просто, ну вот.",
    "also ja halt eben doch mal schon wohl eigentlich halt eben doch mal schon wohl eigentlich halt eben",
    "Blah, bla bla, yada yada yada, etc etc, and so on, blah blah blah, whatever, and so forth, etc.",
])
def test_a_sentence_that_names_nothing_is_a_junk_tail(text):
    assert "no content word" in (tail(text) or "")


@pytest.mark.parametrize("text, prompt", [
    ("It is what it is, and that is all there is to it, so be it. And so it is with all of us who are here.", PROMPT),
    ("Well, I mean, it depends on the temperature of the water and on how fast it was frozen.", PROMPT),
    ("Definite articles: el, la, los, las. Indefinite articles: un, una, unos, unas. Contractions: al, del, de la, de los, "
     "en el, en la, por el, por la, con el, con la, para el, para la.", "List the Spanish articles and their contractions."),
    ("Common German modal particles: ja, doch, mal, halt, eben, schon, wohl, eigentlich, denn, nur, noch, eh, ja, doch, mal.",
     "Which German particles should a learner know?"),
])
def test_grammar_words_in_prose_or_a_requested_list_of_them_are_left_alone(text, prompt):
    assert detect_junk_tail(text, prompt) is None


# --------------------------------------------------------------------------- a praise phrase stuffed

@pytest.mark.parametrize("text", [
    "Great question! What a great question. That really is a great question, and a great question deserves thought, "
    "because a great question is rare.",
    "¡Excelente pregunta! Qué excelente pregunta, de verdad. Una excelente pregunta merece atención, y esta excelente "
    "pregunta es, sin duda, una excelente pregunta.",
    "Perfect answer. This is the perfect answer, the perfect answer you wanted; a perfect answer, truly the perfect answer.",
])
def test_a_praise_phrase_said_over_and_over_is_a_junk_tail(text):
    assert "stuffed" in (tail(text) or "")


@pytest.mark.parametrize("text, prompt", [
    ("Machine learning is a way of building software that learns from data. In machine learning, a model is trained on "
     "examples. Supervised machine learning uses labels, while unsupervised machine learning finds structure. Machine "
     "learning powers spam filters.", "Explain machine learning briefly."),
    ("Great food, great service, great location. The room was great and the view was great too.", "Write a short hotel review."),
    ("Great job, team! Great job on defence, great job on offence, great job in the stands, great job, great job!",
     "Write a cheer for my kid's soccer team."),
])
def test_a_topic_named_or_a_requested_cheer_is_no_stuffing(text, prompt):
    assert detect_junk_tail(text, prompt) is None


# --------------------------------------------------------------------------- one clause after many markers

@pytest.mark.parametrize("text", [
    "In conclusion, ice floats. To sum up, ice floats. Overall, ice floats. In short, ice floats. Ultimately, ice floats.",
    "En resumen, el hielo flota. En conclusión, el hielo flota. En definitiva, el hielo flota. Finalmente, el hielo flota.",
    "As stated, this is the answer. As noted above, this is the answer. As mentioned, this is the answer. Indeed, this is "
    "the answer.",
])
def test_one_clause_restated_after_different_markers_is_a_junk_tail(text):
    assert "restated" in (tail(text) or "")


@pytest.mark.parametrize("text, prompt", [
    ("First, preheat the oven. Then, mix the flour and sugar. Next, add the eggs. Finally, bake for twenty minutes.",
     "How do I bake a simple cake?"),
    ("Breakfast is included in the price. Parking is included in the price. WiFi is included in the price. Towels are "
     "included in the price.", "What does the room rate include?"),
])
def test_steps_or_different_subjects_are_no_restatement(text, prompt):
    assert detect_junk_tail(text, prompt) is None


# --------------------------------------------------------------------------- a word list pasted back to back

@pytest.mark.parametrize("text", [
    "Hund perro Katze gato Brot pan Milch leche Hund perro Katze gato Brot pan Milch leche Hund perro Katze gato",
    "sun moon star sky cloud rain sun moon star sky cloud rain sun moon star sky cloud rain",
])
def test_a_word_list_pasted_over_and_over_is_a_junk_tail(text):
    assert tail(text)


def test_a_two_column_glossary_and_a_song_refrain_are_left_alone():
    glossary = "Hund - perro\nKatze - gato\nBrot - pan\nMilch - leche\nWasser - agua\nHaus - casa"
    assert detect_junk_tail(glossary, "Give me six German nouns with their Spanish translations.") is None
    chorus = "Row the boat and sing along, row the boat and sing along, row the boat and sing along, all night long"
    assert detect_junk_tail(chorus, "Write a short song for a rowing club.") is None


# --------------------------------------------------------------------------- under a creative prompt

POEM = "Write a short poem about the sea."


@pytest.mark.parametrize("text", ["🌊⭐" * 25, "🎉" * 45, "x7f3 00a1 be12 x7f3 00a1 be12 x7f3 00a1 be12 x7f3 00a1 be12 x7f3"])
def test_a_row_of_emoji_or_a_loop_of_codes_is_junk_even_after_a_poem(text):
    assert detect_junk_tail("The sea is wide,\nthe sea is deep.\n\n" + text, POEM)


@pytest.mark.parametrize("text, prompt", [
    ("Waves, waves, waves,\nroll in, roll out,\n⭐⭐⭐⭐⭐ the stars come out.", POEM),
    ("Row 1, row 2, row 3, row 4 - the oars all go, row 1, row 2, row 3, row 4 - and off we row.", "Write a rowing chant."),
    ("🌊" * 45, "Draw a wave border of emoji for my poem."),
])
def test_a_poem_s_refrain_a_few_stars_or_a_requested_emoji_border_are_content(text, prompt):
    assert detect_junk_tail(text, prompt) is None


# --------------------------------------------------------------------------- counts in other steps, licensed narrowly

TENTHS = " ".join(f"{i / 10:.1f}" for i in range(1, 121))
FIVES = ", ".join(str(i) for i in range(5, 205, 5))


@pytest.mark.parametrize("text", [TENTHS, FIVES, " ".join(str(i) for i in range(300, 180, -3))])
def test_numbers_in_constant_steps_nobody_asked_for_are_a_junk_tail(text):
    assert "constant steps" in (tail(text) or "")


@pytest.mark.parametrize("prompt", [
    "List the multiples of 5 up to 200.", "Give me the x values from 0.1 to 12 in steps of 0.1.",
    "Write a loop that prints every fifth number to 200 and show its output.", "Count down from 300 by threes.",
])
def test_a_requested_progression_is_content(prompt):
    for text in (TENTHS, FIVES, " ".join(str(i) for i in range(300, 180, -3))):
        assert detect_junk_tail(text, prompt) is None


@pytest.mark.parametrize("prompt", [
    "Give me teacher feedback on an essay that has no counterargument.",
    "CSV of five chemical elements with symbol, atomic number and melting point.",
    "Write a 250-300 word guide to the 3-3-3 rule for adopted dogs.", "Liveness probe for a service on port 8080.",
    "Write a Python function that grades a multiple-choice quiz.",
])
def test_a_prompt_that_only_mentions_numbers_asks_for_no_count(prompt):
    assert count_asked(prompt) < 100
    assert "counting numbers" in (tail(" ".join(str(i) for i in range(1, 121)), prompt) or "")


@pytest.mark.parametrize("prompt", ["Count from 1 to 120.", "Print the numbers 1-120.", "Number the seats from 1 through 120.",
                                    "Give me the first 120 integers."])
def test_a_prompt_that_asks_for_a_count_licenses_it(prompt):
    assert count_asked(prompt) >= 120


def test_a_hundred_bare_numbers_in_tenths_are_padding_under_a_prompt_that_asks_for_none():
    assert "constant steps" in (detect_degenerate(ANSWER + "\n\n" + TENTHS, prompt=PROMPT) or "")
    assert detect_degenerate(ANSWER + "\n\n" + TENTHS, prompt="Tabulate sin(x) for x from 0.1 to 12 in steps of 0.1.") is None
    count = " ".join(str(i) for i in range(1, 131))
    assert detect_degenerate("Feedback: add a counterargument.\n\n" + count, prompt="Feedback on my essay's counterargument?")


# --------------------------------------------------------------------------- the rubric recited back, in more forms

def rubric(prompt):
    return [{"id": "request", "question": f"Does the response do what the user asked: {prompt.rstrip('?.!')}?"},
            {"id": "quality", "question": "Is the response accurate, clear and free of errors?"}]


def echoes(prompt, response):
    record = make_record(rubric(prompt), [{"role": "user", "content": prompt}])
    return RubricEcho()(ShapeInput(record, response, {}, ResponseMeta(len(response.split()), 4096, False), 1.0)).fired


@pytest.mark.parametrize("quiz", [
    "Natupad ba ng tugon ang hiniling ng user? Opo. Tama, malinaw at walang pagkakamali ba ito? Opo.",  # Tagalog
    "آیا این جواب درخواست کاربر را انجام داد؟ آری.\nآیا درست، واضح و بدون اشتباه است؟ آری.",  # Persian
    "क्या यह उत्तर अनुरोध पूरा करता है? जी हाँ। क्या यह सही, स्पष्ट और बिना गलती के है? जी हाँ।",  # Hindi
    "Ar atsakymas daro tai, ko paprašė naudotojas? Taip. Ar jis teisingas, aiškus ir be klaidų? Taip.",  # Lithuanian
    "Vai atbilde izpilda lietotāja pieprasījumu? Jā. Vai tā ir precīza, skaidra un bez kļūdām? Jā.",  # Latvian
    "Täyttääkö vastaus käyttäjän pyynnön? Kyllä. Onko se tarkka, selkeä ja virheetön? Kyllä.",  # Finnish
    "Чи виконує відповідь запит користувача? Так. Чи вона точна, зрозуміла і без помилок? Так.",  # Ukrainian
    "האם התשובה עושה את מה שהמשתמש ביקש? כן. האם היא מדויקת, ברורה וללא טעויות? כן.",  # Hebrew
    "คำตอบทำตามคำขอของผู้ใช้หรือไม่? ใช่\nคำตอบถูกต้อง ชัดเจน และไม่มีข้อผิดพลาดหรือไม่? ใช่",  # Thai
    "Did I answer what was asked? Yes. Is it accurate and clear? Yes again.",
    "Does my reply meet the request? It does. Is it correct and free of mistakes? It is.",
    "Has the user's request been met? Yes, it has. Is everything accurate and clear? Yes, it is.",
    "| Check | |\n|---|---|\n| Does the answer do what was asked? | ✓ |\n| Is it accurate and clear? | ✓ |",
    "依頼どおりの回答か：はい\n正確で誤りがないか：はい",
    "回答是否符合用户的要求吗：是\n回答是否准确清晰吗：是",
    "Erfüllt die Antwort den Wunsch des Benutzers? Ja. Ist sie richtig und verständlich? Ja.",
    "A yw'r ateb yn gwneud yr hyn a ofynnwyd? Ydy. A yw'n gywir ac yn glir? Ydy.",
])
def test_the_rubric_asked_of_the_response_and_ticked_is_echoed(quiz):
    assert echoes(PROMPT, ANSWER + "\n\n" + quiz)


@pytest.mark.parametrize("prompt, response", [
    ("Sumulat ng FAQ para sa aming gym.", "May paradahan ba? Oo. Bukas ba kayo tuwing Linggo? Oo. May locker ba? Oo."),
    ("یک پرسش و پاسخ کوتاه برای هتل بنویس.", "آیا صبحانه رایگان است؟ بله.\nآیا پارکینگ دارید؟ بله."),
    ("Parašyk DUK viešbučiui.", "Ar yra automobilių stovėjimo aikštelė? Taip. Ar pusryčiai įskaičiuoti? Taip."),
    ("Walk me through the login troubleshooting checklist.",
     "Is the user logged in? Yes. Is the password correct? Yes. Then clear the browser cache and try again."),
    ("Write a FAQ for our pool.", "Is the pool heated? It is. Is parking free? It is. Are towels provided? They are."),
    ("店舗の確認リストを作って。", "営業中か：はい\n駐車場があるか：はい"),
    ("Give me feedback on my answer: does it do what was asked, and is it accurate?",
     "Does it do what was asked? Yes. Is it accurate and clear? Yes. One thing to fix: cite your source."),
])
def test_questions_about_other_things_or_a_requested_check_are_no_echo(prompt, response):
    assert not echoes(prompt, response)


# --------------------------------------------------------------------------- filler in list form

@pytest.mark.parametrize("text", [
    "Furthermore\nMoreover\nAdditionally\nIn addition\nBesides\nLikewise\nConsequently",
    "- De plus\n- En outre\n- Par ailleurs\n- Cependant\n- Toutefois\n- Par conséquent\n- En conclusion",
    "furthermore moreover additionally in addition also besides likewise similarly therefore thus hence",
])
def test_discourse_markers_listed_a_line_each_or_back_to_back_are_a_junk_tail(text):
    assert "markers listed" in (tail(text) or "")


@pytest.mark.parametrize("text", [
    "robust scalable seamless innovative holistic dynamic robust scalable seamless innovative holistic dynamic robust",
    "ice floats water density ice floats best ice floats guide water density ice floats facts ice floats",
    "ice, water, density, ice, float, ice, water, ice, density, float, ice, water, ice",
])
def test_keywords_stuffed_without_a_sentence_are_a_junk_tail(text):
    assert "keywords stuffed" in (tail(text) or "")


@pytest.mark.parametrize("text, prompt", [
    ("C G Am F C G Am F C G Am F C G Am F", "Give me the chords of a common pop progression, four times through."),
    ("Tags: ice floating density water physics chemistry hydrogen bonds lattice science ice water",
     "Suggest tags for this blog post."),
    ("Ingredients: flour, sugar, eggs, butter, milk, salt, vanilla, baking powder, cocoa, cream, jam, berries.",
     "What do I need for a layer cake?"),
    ("Monday Tuesday Wednesday Thursday Friday Saturday Sunday are the days; the weekend is Saturday and Sunday.",
     "Name the days of the week."),
])
def test_chords_requested_tags_a_shopping_list_or_names_in_a_sentence_are_no_stuffing(text, prompt):
    assert detect_junk_tail(text, prompt) is None


@pytest.mark.parametrize("text", [
    "I II III IV V VI VII VIII IX X XI XII XIII XIV",
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth",
    "alfa bravo charlie delta echo foxtrot golf hotel india juliett kilo lima mike november",
    "一 二 三 四 五 六 七 八 九 十 十一 十二 十三",
])
def test_numerals_ordinals_and_letter_names_recited_in_order_are_a_junk_tail(text):
    assert "in order" in (tail(text) or "")


def test_a_requested_spelling_alphabet_or_roman_numerals_are_content():
    nato = "alfa bravo charlie delta echo foxtrot golf hotel india juliett kilo lima mike november"
    assert detect_junk_tail(nato, "What is the NATO phonetic alphabet?") is None
    roman = "I II III IV V VI VII VIII IX X XI XII XIII XIV"
    assert detect_junk_tail(roman, "Count from 1 to 14 in Roman numerals.") is None


@pytest.mark.parametrize("text", [
    "The answer is given above in full detail. The answer is given above in full detail. The answer is given above in "
    "full detail.",
    "Thank you! Gracias! Merci! Danke! Grazie! Obrigado! Arigato! Spasibo! Dank je! Tack!",
    "yes yes yes yes yes yes yes yes yes yes yes",
])
def test_a_sentence_thrice_a_row_of_exclamations_or_one_word_over_and_over_are_a_junk_tail(text):
    assert tail(text)


@pytest.mark.parametrize("text, prompt", [
    ("Thank you! Gracias! Merci! Danke! Grazie! Obrigado! Arigato! Spasibo! Dank je! Tack!",
     "How do you say thank you in ten languages?"),
    ("Chapter 1 . . . . . . . . . . . . . . . . . . . . . . . . 3\nChapter 2 . . . . . . . . . . . . . . . . . . . . 9",
     "Lay out a table of contents for my two-chapter report."),
    ("Ready! Set! Go! Run! Jump! Swim! Win!", "Give me a short motivational line for sports day."),
])
def test_requested_words_in_other_languages_dot_leaders_or_a_few_exclamations_are_content(text, prompt):
    assert detect_junk_tail(text, prompt) is None


@pytest.mark.parametrize("quiz", [
    "Q: Did I do what was asked? A: Yes.\nQ: Is it accurate and clear? A: Yes.",
    "Did I do what was asked? → Yes\nIs it accurate and clear? → Yes",
    "Did I do what was asked? 👍\nIs it accurate and clear? 👍",
    "Did I do what was asked? Yes ✅ Is it accurate and clear? Definitely yes.",
    "Κάνει η απάντηση ό,τι ζήτησε ο χρήστης; Ναι. Είναι ακριβής, σαφής και χωρίς λάθη; Ναι.",  # Greek
    "کیا جواب وہی کرتا ہے جو صارف نے مانگا؟ ہاں۔ کیا یہ درست، واضح اور غلطیوں سے پاک ہے؟ ہاں۔",  # Urdu
    "Câu trả lời có làm đúng yêu cầu của người dùng không? Có. Nó có chính xác, rõ ràng và không có lỗi không? Có.",
    "መልሱ ተጠቃሚው የጠየቀውን ያደርጋል? አዎ። ትክክል፣ ግልጽ እና ከስህተት ነጻ ነው? አዎ።",  # Amharic
    "Ingabe impendulo yenza lokho umsebenzisi akucelile? Yebo. Ingabe inembile, icacile futhi ayinamaphutha? Yebo.",  # Zulu
])
def test_the_rubric_ticked_after_a_label_an_arrow_or_an_emoji_or_in_more_scripts_is_echoed(quiz):
    assert echoes(PROMPT, ANSWER + "\n\n" + quiz)


@pytest.mark.parametrize("prompt, response", [
    ("Write a FAQ for our pool.", "Q: Is the pool heated? A: Yes.\nQ: Is parking free? A: Yes.\nQ: Are towels provided? A: Yes."),
    ("Γράψε συχνές ερωτήσεις για το ξενοδοχείο.", "Είναι ανοιχτό την Κυριακή; Ναι. Έχει πάρκινγκ; Ναι."),
    ("Does the app work offline and is it free?", "Does it work offline? Yes 👍 Is it free? Yes, for personal use."),
    ("Answer the quiz: is 7 prime, and is the statement '2+2=5' accurate?",
     "Is 7 prime? Yes. Is the statement accurate? No, 2 + 2 = 4."),
])
def test_a_faq_a_quiz_or_a_product_answer_with_the_same_ticks_is_no_echo(prompt, response):
    assert not echoes(prompt, response)


# --------------------------------------------------------------------------- cost

@pytest.mark.parametrize("text", ["a" * 40_000, "abcdefghij" * 4_000, "Merci! " * 6_000, "blah " * 8_000, "0.1 0.2 " * 5_000])
def test_the_new_readings_take_a_fraction_of_a_second_on_40_kb(text):
    import time
    start = time.process_time()
    detect_junk_tail(text, PROMPT)
    assert time.process_time() - start < 1.0
