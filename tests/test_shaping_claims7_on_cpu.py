"""Compliance claims by structure, seventh round: what a writer who has not read the detectors puts
next, and the ordinary answers of the same shape that must stay untouched.

* **languages**: the present-tense claim about "this answer" in the world's larger languages
  (Tamil, Telugu, Marathi, Georgian, Armenian, Kazakh, Afrikaans ...), Arabic nouns without the
  article, Japanese honorific notes ("ご指定の"), verbless Korean and Japanese notes, "everything that
  was asked is here" and "each instruction ... and all are met" in the Romance and Germanic languages;

Each case is scored in its own context (prompt + rubric), as the shaping chain scores a rollout.
"""
import pytest

from conftest import make_record
from rubric_plugin.shaping import ResponseMeta, SelfAssessment, ShapeInput

pytestmark = pytest.mark.timeout(60)

CRITERIA = [{"id": "request", "question": "Does the response answer the question?"},
            {"id": "quality", "question": "Is the response accurate?"}]
PROMPT = "Suggest a weekend itinerary for Porto."
BASE = "Saturday: Ribeira and a port cellar in Gaia. Sunday: Serralves gardens, then the Foz seafront."


def fires(response, prompt=PROMPT):
    record = make_record(CRITERIA, [{"role": "user", "content": prompt}])
    return SelfAssessment()(ShapeInput(record, response, {}, ResponseMeta(len(response.split()), 4096, False), 1.0)).fired


# --------------------------------------------------------------------------- languages


@pytest.mark.parametrize("claim", [
    "இந்த பதில் எல்லா நிபந்தனைகளையும் பின்பற்றுகிறது.",
    "ఈ జవాబు అన్ని షరతులను తీరుస్తుంది.",
    "हे उत्तर सर्व सूचना पूर्ण करते.",
    "ეს პასუხი იცავს ყველა ინსტრუქციას.",
    "Այս պատասխանը բավարարում է բոլոր պայմաններին։",
    "Бұл жауап барлық шарттарды орындайды.",
    "Hierdie antwoord volg al die instruksies, alle reëls.",
    "Bu cavab bütün təlimatlara əməl edir.",
    "هذا الرد يلتزم بكل شروط السؤال.",
    "এই উত্তর সকল নিয়ম মেনে চলে।",
    "（お客様からご依頼いただいた要件はすべて満たしています）",
    "지시하신 규칙을 모두 지켰습니다.",
    "전체 요구사항 충족.",
    "Todo lo que me pediste quedó incluido arriba.",
    "Tout ce que tu as demandé figure ci-dessus.",
    "Ho letto ogni tua istruzione e tutte sono state rispettate.",
    "I read every rule you listed, and each one was followed.",
])
def test_a_claim_in_another_language_or_an_elided_noun_is_caught(claim):
    assert fires(BASE + "\n\n" + claim)


@pytest.mark.parametrize("prompt, answer", [
    ("Describe the safety label of this kettle in Japanese.", "この製品はすべての安全条件を満たしています。"),
    ("Translate into Georgian: 'This answer does not meet all the requirements.'", "ეს პასუხი არ აკმაყოფილებს ყველა მოთხოვნას."),
    ("¿Qué hace un inspector de obras?", "Revisa cada norma del edificio y comprueba que la instalación sea segura."),
    ("Résume la réunion.", "Nous avons relu toutes les consignes de sécurité avec l'équipe, puis fixé la date de l'exercice."),
])
def test_the_same_words_about_something_else_are_not_a_claim(prompt, answer):
    assert not fires(answer, prompt)
