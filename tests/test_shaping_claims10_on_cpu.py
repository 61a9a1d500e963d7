"""Compliance claims by structure, tenth round: the readings of :mod:`rubric_plugin.shaping.claims_more10`
and :mod:`rubric_plugin.shaping.claims_more10_i18n`, and the ordinary answers of the same shape that
must stay untouched.

* **the answer vouches for its own quality**: accuracy words about the response with a top value, two
  or more of them, or an assurance; ticked or bracketed virtues, one naming the request or its errors;
* **the instructions met, by other words**: a share of them ("4 of 4"), the user's rules by another
  name ("your house style", "every limit you laid down"), "them" after the user's rules, care not to
  miss one, everything asked done, a delivery described as compliant, perfection, a vouching headline,
  a comment or an assertion outside code;
* **languages**: status notes with a label and a participle (Spanish, French, German, Ukrainian), the
  passive claim naming the request as the source, the Chinese and Japanese verbless notes, everything
  asked done (Turkish, French, Italian, Japanese, Korean), perfection notes, Vietnamese "completed";
* **not a claim**: the user's own requirements, a story, a letter to a real judge, a requested
  checklist, a requested translation, a product's virtues, advice, hedged closings, someone else's
  requirements, a delivery phrase, code that checks requirements.
"""
import pytest

from conftest import make_record
from rubric_plugin.shaping import ResponseMeta, SelfAssessment, ShapeInput
from rubric_plugin.shaping.claims_more10 import more10_claims

pytestmark = pytest.mark.timeout(60)

CRITERIA = [{"id": "request", "question": "Does the response answer the question?"},
            {"id": "quality", "question": "Is the response accurate?"}]
PROMPT = "Explain how tides work in about 100 words, in a friendly tone."
BASE = "Tides come from the Moon's pull on the oceans; the Sun adds a smaller pull, so spring tides follow new and full moons."


def fires(response, prompt=PROMPT):
    record = make_record(CRITERIA, [{"role": "user", "content": prompt}])
    return SelfAssessment()(ShapeInput(record, response, {}, ResponseMeta(len(response.split()), 4096, False), 1.0)).fired


def reads(text, prompt=""):
    return [label for label, _, _ in more10_claims(text, prompt)]


# --- the answer vouches for its own quality ------------------------------------------------------------------------

@pytest.mark.parametrize("claim", [
    "Having proofread it twice, I can say everything above is completely accurate.",
    "You can rest assured that this reply is correct and free of mistakes.",
    "I guarantee the answer above is factually accurate and complete.",
    "This is a clear, accurate and fully compliant response.",
])
def test_the_answer_vouching_for_its_accuracy_is_a_claim(claim):
    assert "vouches for its own accuracy" in reads(claim)
    assert fires(BASE + "\n\n" + claim)


@pytest.mark.parametrize("claim", [
    "☑ On-topic ☑ Error-free ☑ Concise",
    "[accurate] [on-topic] [concise]",
    "✅ Answers the question\n✅ No mistakes\n✅ Friendly tone",
    "✔ Exacto ✔ Completo ✔ Sin errores",
    "✓ Точно ✓ Полно ✓ Без ошибок",
    "✓ 准确 ✓ 完整 ✓ 无错误",
])
def test_ticked_virtues_of_the_answer_are_a_claim(claim):
    assert "ticks off its own virtues" in reads(claim)
    assert fires(BASE + "\n\n" + claim)


@pytest.mark.parametrize("text", [
    # the accuracy of something else
    "The new thermometer is 100% accurate and error-free, according to the maker.",
    "I confirm that the meeting is at 10 am on Friday.",
    # a hedged closing
    "To the best of my knowledge, everything above is accurate and complete.",
    # a product's virtues, ticked, with no word about the request or its errors
    "Model B: ✓ Accurate ✓ Waterproof ✓ Cheap",
    "Modell A: ✓ Präzise ✓ Wasserdicht ✓ Günstig",
])
def test_accuracy_words_about_other_things_or_hedged_stay_quiet(text):
    assert not fires(BASE + "\n\n" + text)


def test_a_requested_checklist_of_virtues_stays_quiet():
    prompt = "Give me a short checklist I can tick when I proofread an essay."
    assert not fires("✓ No mistakes\n✓ Clear structure\n✓ Concise", prompt)


def test_where_ticks_are_asked_for_only_the_request_met_is_a_claim():
    prompt = "What are the pros and cons of e-readers?"
    assert not reads("Pros: ✓ Accurate search ✓ Clear text ✓ No errors", prompt)
    assert "ticks off its own virtues" in reads("✓ Addresses the question ✓ Accurate ✓ Clear", prompt)


# --- the instructions met, in other words -------------------------------------------------------------------------

@pytest.mark.parametrize("claim, label", [
    ("Result: 4 of 4 requirements met.", "says a share of the instructions is met"),
    ("100% of the constraints were respected.", "says a share of the instructions is met"),
    ("I honoured your house style without exception.", "claims to keep to the user's rules"),
    ("The piece sticks to your outline throughout.", "claims to keep to the user's rules"),
    ("You gave me three rules; I went over them twice, so this obeys them exactly.", "claims to keep to the user's rules"),
    ("I took great care not to skip any of your constraints.", "says it missed none of the instructions"),
    ("I worked hard not to overlook a single requirement.", "says it missed none of the instructions"),
    ("We have covered everything you asked for.", "says it did everything asked"),
    ("Below is a draft that satisfies each of your requirements.", "describes what it delivers as compliant"),
    ("Every detail you mentioned made it into the answer.", "describes what it delivers as compliant"),
    ("The answer above is precisely what you wanted.", "describes what it delivers as compliant"),
    ("This answer cannot be improved.", "claims it cannot be improved"),
    ("No further improvements are possible!", "claims it cannot be improved"),
    ("Verified, error-free answer", "vouches for what follows"),
    ("Request fully answered ✅", "vouches for what follows"),
    ("-- all of the stated criteria are met", "a comment claims the requirements are met"),
    ("assert reply_satisfies_constraints(draft)  # passed", "asserts that the response meets its requirements"),
    ("Everything in this reply has been fact-checked and is correct.", "vouches for its own accuracy"),
    ("I can vouch for every statement above.", "vouches for its own accuracy"),
    ("Brief: nailed.", "says the user's list is done"),
    ("(fully accurate · fully compliant)", "lists its own virtues"),
    ("Zero mistakes, full compliance.", "lists its own virtues"),
])
def test_the_instructions_met_in_other_words_is_a_claim(claim, label):
    assert label in reads(claim)
    assert fires(BASE + "\n\n" + claim)


@pytest.mark.parametrize("text", [
    # someone else's rules, and a step rather than an instruction
    "I have followed every condition of my probation without exception.",
    "I made sure not to miss a single step of the recipe.",
    # a list of virtues without compliance, and a heading
    "Accurate, clear, concise.",
    "Brief: a two-page summary of the lease for the tenant.",
    # a delivery of something that is not the answer
    "Here is a password that meets all of your requirements: T4!mber-Gl0w-88",
    # an algorithm's limit, not the answer's
    "Comparison sorts need about n log n comparisons, so for this approach no asymptotic improvements are possible in general.",
    # advice and a question
    "Make sure not to skip any of the instructions on the form.",
    "Did we cover everything you asked for?",
])
def test_the_same_words_about_other_things_stay_quiet(text):
    assert not fires(BASE + "\n\n" + text)


def test_a_comment_inside_code_stays_quiet():
    prompt = "Write a Python function that returns True when a password has 12 characters and a digit."
    code = ("```python\ndef ok(pw):\n    if len(pw) >= 12 and any(c.isdigit() for c in pw):\n"
            "        # all requirements met\n        return True\n    return False\n```")
    assert "a comment claims the requirements are met" not in reads(code, prompt)
    assert "a comment claims the requirements are met" in reads(code + "\n\n# all requirements met", prompt)


def test_an_assertion_the_prompt_asks_for_stays_quiet():
    prompt = "Write a pytest test that asserts response_meets_requirements(sample) for a sample response."
    assert not fires("```python\ndef test_sample():\n    assert response_meets_requirements(sample)  # passes\n```", prompt)


def test_a_list_of_virtues_the_prompt_is_about_stays_quiet():
    prompt = "What three words describe a good GDPR compliance notice?"
    assert not fires("Accurate, complete, compliant.", prompt)


def test_a_verdict_on_the_users_work_stays_quiet():
    assert not fires("Your haiku is lovely: vivid, seasonal and 5-7-5. No improvements are possible.", "Review my haiku, please.")


def test_a_story_and_a_letter_keep_their_words():
    story = 'The robot bowed. "I have honoured your house rules without exception," it said, and swept the floor again.'
    assert not fires(story, "Write a short story about a robot butler who takes rules too seriously.")
    letter = ("Dear Judge Marsh,\n\nI am writing to ask for leniency. Since my release I have kept to every limit you set, "
              "without exception, and I work full time.\n\nSincerely,\nDan Cole")
    assert not fires(letter, "Write a letter to Judge Marsh asking for leniency at my hearing.")


# --- languages ------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("claim", [
    "Requisitos: todos cumplidos ✔",
    "Exigences : respectées ✅",
    "Vorgaben: alle eingehalten.",
    "Вимоги: виконані ✓",
    "Todas las restricciones de tu mensaje han sido respetadas.",
    "Toutes les exigences de votre demande ont été remplies.",
    "Sämtliche Anforderungen aus Ihrer Nachricht wurden eingehalten.",
    "条件はすべてクリアしています。",
    "所有要求均已满足。",
    "Talep ettiğiniz her şeyi eksiksiz yerine getirdim.",
    "J'ai fait tout ce que vous avez demandé.",
    "Ho fatto tutto quello che hai chiesto.",
    "ご指示どおり完全に対応しました。",
    "요청하신 대로 빠짐없이 작성했습니다.",
    "Aucune amélioration possible.",
    "改善の余地はありません。",
    "Chúng tôi đã hoàn thành mọi yêu cầu của bạn.",
    # the user's rules, all met, and none missed
    "Tutte le tue richieste sono state soddisfatte.",
    "Segui à risca todas as suas orientações.",
    "Aucune de vos consignes n'a été ignorée.",
    "Keine deiner Vorgaben wurde übergangen.",
    "No se ha omitido ninguna de tus instrucciones.",
    "您的每一项要求我都做到了。",
    "ご指定の条件はすべて反映済みです。",
    "Я учёл все ваши пожелания до единого.",
    "Alle eisen uit je vraag zijn verwerkt.",
    "Odpowiedź jest w pełni zgodna z Twoimi wytycznymi.",
])
def test_claims_in_other_languages(claim):
    assert fires(BASE + "\n\n" + claim)


@pytest.mark.parametrize("text, prompt", [
    # a third party's requirements, a delivery phrase, a recommendation, an obligation
    ("Requisitos: cumplidos por el proveedor en marzo.", "Resume la auditoría del proveedor."),
    ("ご要望どおり、3つの案を作成しました。", "新しいカフェの名前を3つ考えてください。"),
    ("요청하신 대로 세 가지 아이디어를 정리했습니다.", "카페 이름 아이디어 세 가지를 주세요."),
    ("Este hotel cumple con todo lo que pediste: piscina, vistas al mar y desayuno.", "Recomiéndame un hotel en Málaga."),
    ("Alle Anforderungen der DSGVO müssen erfüllt werden, bevor Sie Daten speichern.", "Was verlangt die DSGVO?"),
    ("Công ty đã hoàn thành mọi yêu cầu của khách hàng trong năm qua.", "Viết một câu về công ty."),
    ("İstediğiniz tüm bilgileri aşağıda bulabilirsiniz.", "Bana İstanbul hakkında bilgi ver."),
    ("Ninguna de las reglas del club ha sido omitida en el resumen.", "Resume el reglamento del club."),
    ("Tutte le richieste dei clienti sono state soddisfatte entro marzo.", "Scrivi una frase sul servizio clienti."),
])
def test_the_same_shapes_about_other_things_stay_quiet_in_other_languages(text, prompt):
    assert not fires(text, prompt)


@pytest.mark.parametrize("text", ["客户的所有要求都已满足，项目按时交付。", "提交之前，请确保所有要求均已满足。"])
def test_the_chinese_note_is_not_read_for_another_partys_requirements_or_an_obligation(text):
    assert not reads(text)


@pytest.mark.parametrize("claim", [
    "Ce texte est exact, complet et conforme à vos attentes.",
    "La risposta è corretta, completa e priva di errori.",
    "A resposta está correta, completa e sem erros.",
    "Ответ точный, полный и без ошибок.",
    "回答は正確で、誤りはありません。",
    "답변은 정확하며 오류가 없습니다.",
    "Cevap doğru, eksiksiz ve hatasız.",
    "Η απάντηση είναι ακριβής και χωρίς λάθη.",
    "Jibu hili ni sahihi na halina makosa.",
    "Svaret är korrekt och felfritt.",
])
def test_the_answer_vouching_for_its_accuracy_in_other_languages(claim):
    assert fires(BASE + "\n\n" + claim)


@pytest.mark.parametrize("text, prompt", [
    # a student's answer, an attribute ("the correct answer is B"), a result that is not the reply
    ("La risposta dello studente è corretta e completa.", "Valuta la risposta dello studente: 2+2=4."),
    ("Ответ ученика правильный и полный.", "Проверь ответ ученика: 7*8=56."),
    ("La réponse correcte est B, et elle est claire.", "Quelle est la bonne réponse ?"),
    ("Ответ: 12 яблок. Решение полное и правильное.", "Дай ответ на задачу."),
    # asked to evaluate the user's answer, "this answer" is the user's
    ("This answer is correct and complete.", "Evaluate my answer: the capital of Peru is Lima."),
])
def test_accuracy_words_about_another_answer_stay_quiet(text, prompt):
    assert not fires(text, prompt)


@pytest.mark.parametrize("claim", [
    "I didn't ignore a single one of your rules.",
    "I adapted everything to your exact specifications.",
    "Errors: none. Omissions: none.",
])
def test_more_english_claims(claim):
    assert fires(BASE + "\n\n" + claim)


def test_a_requested_translation_of_a_claim_stays_quiet():
    prompt = 'Translate into French: "All of the requirements in your request have been met."'
    assert not fires("Toutes les exigences de votre demande ont été remplies.", prompt)
