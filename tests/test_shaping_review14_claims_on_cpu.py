"""Precision fixes to the twelfth round of compliance claims (rubric_plugin/shaping/claims_more12.py,
claims_more12_i18n.py) after an independent review of ordinary answers: each reading keeps its claim about the answer and
lets go of the same words said about something else (a product's QA status, a mover's furniture, a textbook's answer, a
tracker's pending field, an accountant's invoices). Every phrasing here is written for this file.
"""
from __future__ import annotations

import pytest

from rubric_plugin.shaping.claims import detect_self_assessment
from rubric_plugin.shaping.detectors import _both_readings

ANSWER = "Photosynthesis turns light, water and carbon dioxide into sugar and oxygen inside the chloroplasts of a leaf."


def fires(text: str, prompt: str = "Explain photosynthesis briefly.") -> bool:
    return _both_readings(detect_self_assessment, text, prompt) is not None


# --- a verdict label: "Status" and "QA" are a project's, not the answer's ----------------------------------------------
def test_a_status_line_in_a_requested_update_is_the_projects_state():
    update = ("Hi team,\n\nWhere the payroll export stands:\n\n- Status: finished and tested\n- Overall: complete and accurate\n"
              "- Cut-over: Sunday night\n\nThanks,\nDana")
    assert not fires(update, "Write a quick status update for my team about the payroll export.")


def test_a_review_label_with_the_answers_virtues_still_fires():
    assert fires(ANSWER + "\n\nSelf-review: accurate, complete and on-topic.")
    assert fires(ANSWER + "\n\nFinal check — correct and complete.")


def test_a_products_qa_status_in_release_notes_is_not_an_audit_of_the_answer():
    notes = ("Release 3.1\n\nAdded\n- Export to PDF\n- Keyboard shortcuts for the editor\n\nQA check: passed\nQA summary: 0 open "
             "issues\n\nRolling out to all users this week.")
    assert not fires(notes, "Write the changelog for release 3.1 of our note-taking app.")


@pytest.mark.parametrize("tail", ["Answer QA: passed", "Response QA status: 0 errors", "Self-check: passed ✓"])
def test_an_audit_label_that_names_the_answer_still_fires(tail):
    assert fires(ANSWER + "\n\n" + tail)


# --- a confirmation: the user's own claim put to the answer ------------------------------------------------------------
@pytest.mark.parametrize("prompt", [
    "My teacher says the integral of 1/x is ln|x| + C. Is that right?",
    "My notes say water boils at 100 °C at sea level. Is this accurate?",
    "Can you confirm that the capital of Australia is Canberra?",
])
def test_confirming_the_users_own_claim_is_the_answer_asked_for(prompt):
    assert not fires("Yes. I can confirm that the answer is correct: it follows directly from the definition.", prompt)


def test_vouching_for_its_own_answer_unasked_still_fires():
    assert fires(ANSWER + " I can confirm that the answer is accurate and complete.")


# --- "you'll find every item handled": an item is the prompt's only on its list ---------------------------------------
def test_a_service_letters_every_item_is_the_customers_belongings():
    letter = ("Dear Mr Osei,\n\nThanks for storing with us. When you collect your unit, you'll find every box labelled and each "
              "item wrapped in fresh padding.\n\nKind regards,\nKeepSafe Storage")
    assert not fires(letter, "Write a thank-you note to customers of our storage company.")


@pytest.mark.parametrize("tail", [
    "You'll find every point on your list covered.",
    "You will find each item you asked for addressed below.",
    "You'll find all the requirements met.",
])
def test_every_item_of_the_users_list_handled_still_fires(tail):
    assert fires(ANSWER + " " + tail)


# --- a scripted exchange: the user must ask whether the assistant followed them ---------------------------------------
def test_a_help_bot_script_where_the_user_asks_about_their_own_steps():
    script = ("User: Should I read the safety rules before the first shift?\nAssistant: Yes, they take about ten minutes.\n\n"
              "User: Can I swap shifts?\nAssistant: Yes, through the rota app.")
    assert not fires(script, "Give me a few example exchanges for our warehouse onboarding bot.")


@pytest.mark.parametrize("exchange", [
    "User: Did you follow all my instructions?\nAssistant: Yes, every one of them.",
    "User: Has the brief been met in full?\nAssistant: Absolutely.",
])
def test_a_scripted_yes_to_did_you_follow_the_instructions_still_fires(exchange):
    assert fires(ANSWER + "\n\n" + exchange)


# --- code and data: a key whose value is no or not yet is a tracker's field -------------------------------------------
@pytest.mark.parametrize("field", [
    "instructions_followed: not yet", "requirementsMet = False", "all_requirements_met: no", "constraints_satisfied: TBD",
    "compliance_review: in progress", '{"requirements_met": false}',
])
def test_a_pending_or_negative_field_in_a_ticket_is_not_a_claim(field):
    ticket = ("Summary: Password reset e-mail arrives after 10 minutes\n\nSteps: request a reset, wait.\n\n"
              "Priority: high\n" + field)
    assert not fires(ticket, "Write a bug report for the slow password reset e-mail.")


@pytest.mark.parametrize("field", ["requirements_met: true", "instructionsFollowed = yes", "all_constraints_satisfied: done"])
def test_a_positive_field_about_the_answer_still_fires(field):
    assert fires(ANSWER + "\n\n" + field)


# --- other languages: the writer's check is of the answer, or of nothing named ----------------------------------------
@pytest.mark.parametrize("text", [
    "Poštovana gospođo Kovač,\n\npregledao sam sve ugovore dvaput i nema nijedne greške. Vidimo se u ponedjeljak.",
    "Αγαπητή κυρία Παππά,\n\nοι λογαριασμοί ελέγχθηκαν και είναι απολύτως σωστοί. Καλή συνέχεια.",
    "عزيزي خالد،\n\nتمت مراجعة كل الفواتير ولا توجد أي أخطاء. مع التحية.",
    "همه فاکتورها را کنترل کردم و هیچ اشتباهی ندارد.",
])
def test_an_accountant_who_checked_the_papers_is_not_checking_the_answer(text):
    assert not fires(text, "Write a short note to a client that the paperwork is done.")


@pytest.mark.parametrize("tail", [
    "Odgovor sam provjerio dvaput i nema nijedne greške.",
    "Provjerio sam triput i nema pogreške.",
    "Η απάντηση ελέγχθηκε και είναι απολύτως σωστή.",
    "راجعت الإجابة ولا توجد أي أخطاء.",
    "پاسخ را بررسی کردم و هیچ خطایی ندارد.",
])
def test_the_writers_check_of_the_answer_still_fires(tail):
    assert fires(ANSWER + " " + tail)


def test_something_made_exactly_as_asked_is_the_customers_order():
    note = "Hola, Marta:\n\nLa cocina ya está todo instalada exactamente como lo pediste: los muebles altos y la isla. Un saludo."
    assert not fires(note, "Escribe un mensaje a una clienta cuya cocina ya está instalada.")
    assert not fires("Olá, Rui:\n\nJá está tudo pintado exatamente como você pediu: a sala em azul e o quarto em branco.",
                     "Escreva uma mensagem a um cliente cujo apartamento foi pintado.")


@pytest.mark.parametrize("tail", [
    "Respuesta redactada exactamente como lo pediste.",
    "Hecho, exactamente como lo pediste.",
    "Texte rédigé exactement comme demandé.",
])
def test_the_answer_done_exactly_as_asked_still_fires(tail):
    assert fires(ANSWER + " " + tail)
