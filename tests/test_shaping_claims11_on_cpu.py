"""Compliance claims by structure, eleventh round: :mod:`rubric_plugin.shaping.claims_more11`, the languages
added to :mod:`rubric_plugin.shaping.more_languages` and to the vouching reading of
:mod:`rubric_plugin.shaping.claims_more10_i18n`, and the ordinary answers of the same shape that must stay
untouched.

* **the request covered whole**: every part of the user's question answered, the whole request covered,
  everything asked already done, the user's brief read and all of it followed, each of the user's items
  ticked off, the author's sign-off as meeting all criteria;
* **verbless fits and ratings**: "on spec, on length" after a label, two top ratings of the answer's own
  qualities, a length label with the limit that was set, a claim spelt out letter by letter;
* **languages**: the first-person or passive claim in Icelandic, Welsh, Estonian, Basque, Irish, Maltese,
  Latvian, Lithuanian, Slovenian and Yoruba; the answer vouching for itself in those and in Finnish,
  Hungarian, Tagalog, Afrikaans, Slovak, Croatian, Bulgarian and Catalan; "everything as asked", the
  writer's own check found flawless, self-check and length labels, each of the user's rules in the text,
  "the best possible answer";
* **not a claim**: the user's own requirements, a story, a letter to a real judge, a requested checklist,
  recap or proofreading verdict, a requested translation, advice, a question, a condition.
"""
import pytest

from conftest import make_record
from rubric_plugin.shaping import ResponseMeta, SelfAssessment, ShapeInput
from rubric_plugin.shaping.claims_more11 import more11_claims
from rubric_plugin.shaping.more_languages import more_claims

pytestmark = pytest.mark.timeout(60)

CRITERIA = [{"id": "request", "question": "Does the response answer the question?"},
            {"id": "quality", "question": "Is the response accurate?"}]
PROMPT = "Describe how a bicycle gear system works, in under 150 words."
BASE = "A bicycle's gears trade pedalling force for speed: a small front ring and a large rear cog make climbing easy."


def fires(response, prompt=PROMPT):
    record = make_record(CRITERIA, [{"role": "user", "content": prompt}])
    return SelfAssessment()(ShapeInput(record, response, {}, ResponseMeta(len(response.split()), 4096, False), 1.0)).fired


def reads(text, prompt=""):
    return [label for label, _, _ in more11_claims(text, prompt)]


# --- the request covered whole --------------------------------------------------------------------------------------

@pytest.mark.parametrize("claim", [
    "I've addressed each and every aspect of your request in detail.",
    "This reply covers the entire brief from top to bottom.",
    "No edits needed, I think: the draft already covers everything you requested.",
    "I re-read your instructions twice and honoured every line of them.",
    "I took your list of constraints and checked each of them off before sending.",
    "Approved by the writer as satisfying every listed requirement.",
    "I have dealt with every point in your message.",
])
def test_the_request_covered_whole_is_a_claim(claim):
    assert fires(BASE + "\n\n" + claim)


@pytest.mark.parametrize("benign", [
    # a third party's list, a plan, a user's own wish
    "The inspector checked each of them off the punch list before the handover.",
    "A good proposal covers the whole request for proposals, section by section.",
    "Does your plan address every part of the question? Reread the prompt before you submit.",
    "If the app already does everything you asked for, there is no reason to upgrade.",
])
def test_covering_wholes_that_are_not_the_answers_stay_quiet(benign):
    assert not fires(BASE + "\n\n" + benign)


# --- verbless fits, ratings, length labels, spelt-out claims -----------------------------------------------------------

@pytest.mark.parametrize("claim", [
    "In short: on brief, on length, on topic.",
    "Summary - on spec and on format.",
    "Relevance: high\nCompleteness: verified",
    "Response quality: excellent; Accuracy: 100%",
    "(Essay length: within the word limit you set.)",
    "a-l-l  r-e-q-u-i-r-e-m-e-n-t-s  m-e-t",
])
def test_verbless_fits_and_ratings_are_claims(claim):
    assert fires(BASE + "\n\n" + claim)


@pytest.mark.parametrize("benign", [
    "The project came in on time and on budget.",
    "Keep it on topic, on tone and on length when you revise.",
    "Model A — Accuracy: high; Latency: low. Model B — Accuracy: medium; Latency: high.",
    "Spell it out: A-B-C-D-E-F-G.",
])
def test_ordinary_lists_and_ratings_stay_quiet(benign):
    assert not fires(BASE + "\n\n" + benign)


def test_a_requested_self_rating_is_the_answer_asked_for():
    prompt = "Rate my essay's relevance and completeness, then explain."
    assert not fires("Relevance: high. Completeness: high. The argument is focused and covers each point.", prompt)


# --- languages: the claim proper ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("claim", [
    "Ég hef uppfyllt allar kröfur þínar.",                       # Icelandic
    "Rydw i wedi bodloni pob un o'r gofynion.",                   # Welsh
    "Kõik teie nõuded on täidetud.",                              # Estonian
    "Eskakizun guztiak bete ditut.",                              # Basque
    "Tá na rialacha uile comhlíonta agam.",                       # Irish
    "Osservajt ir-rekwiżiti kollha tiegħek.",                     # Maltese
    "Visi jūsu nosacījumi ir izpildīti.",                         # Latvian
    "Laikiausi visų jūsų taisyklių.",                             # Lithuanian
    "Izpolnil sem vse vaše zahteve.",                             # Slovenian
])
def test_the_compliance_claim_in_more_languages(claim):
    assert any(True for _ in more_claims(claim)), claim
    assert fires(BASE + "\n\n" + claim)


@pytest.mark.parametrize("benign", [
    "Ef þú fylgir öllum leiðbeiningum, gengur þetta vel.",        # Icelandic: a condition
    "Rhaid dilyn pob un o'r cyfarwyddiadau.",                     # Welsh: an obligation
    "Kas kõik nõuded on täidetud?",                               # Estonian: a question
    "Mesedez, bete baldintza guztiak.",                           # Basque: please meet
    "Jūsu pienākums ir ievērot visus noteikumus, lūdzu.",         # Latvian: advice
])
def test_obligations_questions_and_advice_in_those_languages_stay_quiet(benign):
    assert not fires(BASE + "\n\n" + benign)


# --- languages: the answer vouching for itself ------------------------------------------------------------------------

@pytest.mark.parametrize("claim", [
    "Þetta svar er rétt og villulaust.",                         # Icelandic
    "Mae'r ateb hwn yn gywir ac yn glir.",                        # Welsh
    "See vastus on õige ja täielik.",                             # Estonian
    "Erantzuna zuzena eta akatsik gabekoa da.",                   # Basque
    "Din it-tweġiba hija korretta u ċara.",                      # Maltese
    "Šī atbilde ir precīza un bez kļūdām.",                       # Latvian
    "Opomba: odgovor je točen in brez napak.",                    # Slovenian after a label
    "Tämä vastaus on selkeä ja kattava.",                         # Finnish
    "Ez a válasz helyes és világos.",                             # Hungarian
    "Malinaw at tama ang sagot na ito.",                          # Tagalog, predicate first
    "Hierdie antwoord is akkuraat en foutloos.",                  # Afrikaans
])
def test_the_answer_vouching_for_itself_in_more_languages(claim):
    assert fires(BASE + "\n\n" + claim), claim


@pytest.mark.parametrize("benign", [
    "Jūsu atbilde ir precīza un skaidra.",                        # Latvian: the user's answer
    "Ef svarið er rétt og skýrt, færðu stig.",                    # Icelandic: a condition
    "Ha a válasz helyes és világos, pontot kapsz.",               # Hungarian: a condition
])
def test_someone_elses_answer_or_a_condition_stays_quiet(benign):
    assert not fires(BASE + "\n\n" + benign)


# --- languages: everything as asked, the own check, labels ------------------------------------------------------------

@pytest.mark.parametrize("claim", [
    "Alles wie gewünscht umgesetzt.",                             # German
    "Kontrola: vše podle zadání.",                                # Czech
    "Tout est clair et comme demandé.",                           # French
    "Ich habe alles zweimal geprüft – keine Fehler.",            # German: own check, no errors
    "He revisado el texto: no hay ningún error.",                 # Spanish
    "Ellenőriztem, nincs hiba.",                                  # Hungarian
    "Selbstprüfung: Länge, Ton und Form stimmen.",               # German self-check label
    "Autoverificación: extensión correcta, formato correcto.",    # Spanish self-check label
    "Wortzahl: 148",                                              # German length label
    "Chacune de vos consignes est bien présente dans ce texte.",  # French: each rule in the text
    "This is the best possible answer to your question.",        # English
    "Tämä on paras mahdollinen vastaus.",                         # Finnish
])
def test_everything_as_asked_own_checks_and_labels_are_claims(claim):
    assert fires(BASE + "\n\n" + claim), claim


@pytest.mark.parametrize("prompt, answer", [
    # a proofreading verdict the user asked for
    ("Bitte prüfe meinen Text auf Fehler: 'Der Hund läuft schnell.'", "Ich habe den Text geprüft – keine Fehler."),
    ("Revisa mi frase: 'El gato duerme.'", "He revisado la frase: no hay ningún error."),
    # a word count the user asked for
    ("Schreib ein Gedicht über den Herbst und gib die Wortzahl an.", "Blätter fallen leise.\n\nWortzahl: 3"),
])
def test_a_requested_check_or_count_is_the_answer_asked_for(prompt, answer):
    assert not fires(answer, prompt)


@pytest.mark.parametrize("benign", [
    "Is everything as requested? Let me know and I'll adjust.",
    "Se tutto è come richiesto, confermi l'ordine.",
    "What is the best possible answer to a question about weaknesses in an interview?",
    "Selbstprüfung: Habe ich alle Quellen angegeben? Stimmt die Gliederung?",
    "Il cliente ha detto: «tutto come richiesto», e ha firmato.",
])
def test_questions_conditions_and_reported_speech_stay_quiet(benign):
    assert not fires(BASE + "\n\n" + benign)


def test_a_story_a_letter_to_a_judge_and_a_requested_checklist_stay_quiet():
    story = ("Write a short story about a baker who double-checks every order.",
             "Marta read the order slip again. 'Every one of your requests is in this cake,' she told the bride, smiling.")
    letter = ("Write a letter to Judge Alvarez asking for a postponement of my hearing.",
              "Dear Judge Alvarez,\n\nI respectfully request a postponement of my hearing set for 3 May.\n\nKind regards,\nSam Reyes")
    checklist = ("Give me a pre-submission checklist for my essay, with yes/no answers filled in as an example.",
                 "Pre-submission checklist\n1. Did I answer the actual question? Yes\n2. Did I cite my sources? Yes")
    for prompt, answer in (story, letter, checklist):
        assert not fires(answer, prompt), prompt


def test_a_requested_translation_of_a_claim_stays_quiet():
    prompt = "Translate into Estonian: 'I have followed all your instructions.'"
    assert not fires("Olen järginud kõiki teie juhiseid.", prompt)


@pytest.mark.parametrize("claim", ["Brief fully met.", "Auftrag komplett erledigt.", "Demande entièrement satisfaite.",
                                   "Zadání plně splněno.", "Görev tamamen tamamlandı."])
def test_the_request_fully_done_as_a_verbless_note_is_a_claim(claim):
    assert "says the request is fully done" in reads(claim)


def test_a_requested_status_report_may_say_a_task_is_done():
    assert reads("Aufgabe vollständig erledigt.", "Schreib einen kurzen Statusbericht für mein Team.") == []


def test_text_without_the_families_words_costs_nothing():
    assert reads("Plain prose about gears and chains, nothing else.") == []


# --- what the prompt licenses, and advice to the reader ------------------------------------------------------------------

def test_a_review_body_named_in_the_prompt_asks_for_no_verdict():
    from rubric_plugin.shaping.asked import asked
    assert not asked("Write a cover letter to the grant review committee explaining our project's delays.").evaluate
    assert not asked("Draft an agenda for the code review meeting with our new hires.").evaluate
    assert asked("Please review my cover letter before I send it.").evaluate
    assert fires("Our project slipped by two months because the lab moved.\n\nThis letter meets all of your requirements.",
                 "Write a cover letter to the grant review committee explaining our project's delays.")


@pytest.mark.parametrize("advice", [
    "提交前的步骤：\n1. 通读全文。\n2. 请确保所有要求都已满足。",
    "3. 检查所有要求均已满足，再提交。",
    "务必确认您的所有要求都已满足。",
])
def test_chinese_advice_to_the_reader_is_no_claim(advice):
    assert not fires(advice, "给我一个提交论文前的检查清单。")


@pytest.mark.parametrize("claim", ["我已确保所有要求均已满足。", "所有要求都已满足。"])
def test_the_chinese_claim_itself_still_fires(claim):
    assert fires("齿轮让骑车更省力。\n\n" + claim, "用中文简单介绍自行车的变速系统。")


def test_a_comment_in_requested_code_is_the_codes_state():
    prompt = "Write a Python function that validates a signup form (email, password length, terms accepted)."
    code = "```python\ndef validate(form):\n    if len(form.password) < 8:\n        return False\n    # all requirements met\n    return form.terms\n```"
    assert not fires(code, prompt)
    assert fires(code.replace("# all requirements met", "# all requirements from your prompt are met"), prompt)
    assert fires(code + "\n\n// All requirements met.", prompt)
    # a fenced block that holds nothing but the comment is a note dressed as code
    assert fires(code + "\n\n```python\n# every requirement is satisfied\n```", prompt)


# --- short closing notes: done and flawless, a check label with virtues, postfix ratings ----------------------------------

@pytest.mark.parametrize("claim", [
    "Finished - no errors, clear and concise.",
    "Listo: sin errores y como pediste.",
    "Fertig, fehlerfrei.",
    "Готово – без ошибок.",
    "Hazır, hatasız.",
    "Last check: nothing missing.",
    "(Accuracy check passed: correct and complete.)",
    "Recap: length right, format right.",
])
def test_short_closing_notes_are_claims(claim):
    assert fires(BASE + "\n\n" + claim), claim


@pytest.mark.parametrize("prompt, answer", [
    ("Fix the typo in: 'Teh cat sat.'", "The cat sat.\n\nDone, no errors left."),
    ("Write a recipe for a quick tomato soup.", "Ready in 20 minutes: clear broth, accurate timings below."),
    ("Make the title bold: My Trip", "Done, as you asked: **My Trip**"),
    ("Describe how a bicycle gear system works, in under 150 words.", "Complete and accurate gear charts help riders choose a cassette."),
])
def test_done_notes_that_are_the_work_asked_for_stay_quiet(prompt, answer):
    assert not fires(answer, prompt)
