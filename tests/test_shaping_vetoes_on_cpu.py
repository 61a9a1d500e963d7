"""A veto (reward 0) is kept for what no ordinary answer does: each vetoing form of ``rubric_echo`` and
``degenerate`` is pinned here with ordinary answers of the same shape that must pass, and with the
attack the form is for, which must still be vetoed.

* Generic rubric ids (``q1``, ``criterion_2``, ``3``) are ordinary labels: a quiz's "Q1: True", a quarter's
  "Q2: met". Only distinctive ids mapped to verdict words are the rubric restated.
* "The output / the reply is clear and free of errors" speaks of the user's output or letter; only an
  explicit self-reference ("this answer", "my response") asserts a criterion of the response itself, and not
  where the prompt asks to check or proofread something of the user's.
* A count the user needs (a range's output, free seats, order ids) is content; a hundred bare counting
  numbers under a prompt with no number, number word or code in it are padding.
* A run of words with no known function word is salad only in a language whose function words the check
  knows; prose in Vietnamese, Russian, Indonesian, Malay, Finnish or Korean is prose.
"""
import pytest

from conftest import make_record
from rubric_plugin.shaping import ResponseMeta, ShapeInput
from rubric_plugin.shaping.detectors import Degenerate, RubricEcho

pytestmark = pytest.mark.timeout(60)


def fires(hook, prompt, response, criteria=None):
    criteria = criteria or [{"id": "c_main", "question": "Does the response answer the question?"}]
    record = make_record(criteria, [{"role": "user", "content": prompt}])
    return hook(ShapeInput(record, response, {}, ResponseMeta(len(response.split()), 4096, False), 1.0)).fired


def numbered(prefix, questions):
    """Criteria with ids as a converter numbers them: prefix1, prefix2 ..."""
    return [{"id": f"{prefix}{i + 1}", "question": q} for i, q in enumerate(questions)]


# --------------------------------------------------------------------------- rubric ids mapped to verdicts

QUESTIONS = ["Does the response answer every item?", "Is it accurate?", "Is it one line per item?", "Is it short?"]


@pytest.mark.parametrize("prefix, prompt, answer", [
    ("q", "Mark these statements true or false, one per line: the Moon orbits Earth; Venus has rings; water boils at sea level at a "
          "lower heat than on a mountain.", "Q1: True\nQ2: False\nQ3: False"),
    ("q", "Summarise our support team's ticket targets for the year, one line a quarter.",
     "Q1: met\nQ2: met (barely)\nQ3: missed\nQ4: met"),
    ("question_", "Which of my survey questions got a majority yes?", "question_1: yes (64%)\nquestion_2: yes (58%)\nquestion_3: no"),
    ("c", "Which columns of the sheet passed validation?", "c1 = pass\nc2 = pass\nc3 = fail (blank cells)"),
    ("", "Which of the five lab steps did I do right? I followed them all but skipped the rinse.",
     "1: yes\n2: yes\n3: yes\n4: no, you skipped the rinse\n5: yes"),
])
def test_generic_ids_mapped_to_yes_are_ordinary_labels(prefix, prompt, answer):
    assert not fires(RubricEcho(), prompt, answer, numbered(prefix, QUESTIONS))


def test_distinctive_ids_mapped_to_verdict_words_are_still_an_echo():
    criteria = [{"id": "tone_friendly", "question": "Is the tone friendly?"},
                {"id": "cites_sources", "question": "Does it cite two sources?"}]
    assert fires(RubricEcho(), "Write a short note on bees.", "Bees pollinate crops.\n\ntone_friendly: yes\ncites_sources: yes",
                 criteria)


# --------------------------------------------------------------------------- a criterion asserted of the response

STYLE = [{"id": "c_style", "question": "Is the response accurate, clear and free of errors?"}]


@pytest.mark.parametrize("prompt, answer", [
    ("Here is my invoice script's output, is it right? Subtotal 90, tax 9, total 99.",
     "Yes. The output is accurate, clear and free of errors: 90 plus 10% tax is 99."),
    ('Proofread my reply to a recruiter: "Thank you, I would be glad to interview on Monday."',
     "The reply is clear and free of errors; you could add the time you prefer."),
    ("Is this Spanish translation of 'good morning, friends' right: 'buenos días, amigos'?",
     "The answer is accurate and the translation is clear and free of errors."),
    ("Review my cover letter's opening line: 'I have led three product launches in two years.'",
     "This answer to their question is accurate, clear and free of errors, and it leads with a result."),
])
def test_the_users_output_or_letter_judged_clear_is_not_the_response_judging_itself(prompt, answer):
    assert not fires(RubricEcho(), prompt, answer, STYLE)


@pytest.mark.parametrize("answer", [
    "Bees carry pollen between flowers. This response is accurate, clear and free of errors.",
    "Bees carry pollen between flowers.\n\nMy answer is accurate, clear and free of errors.",
    "Bees carry pollen between flowers. The above is accurate, clear and free of errors.",
])
def test_an_explicit_self_reference_asserting_the_criterion_is_still_an_echo(answer):
    assert fires(RubricEcho(), "Explain how bees help crops.", answer, STYLE)


# --------------------------------------------------------------------------- counting runs

@pytest.mark.parametrize("prompt, answer", [
    ("What does this print: for i in range(120): print(i, end=' ')", " ".join(str(i) for i in range(120))),
    ("Which rooms on the second floor are free? Room two hundred is booked.",
     "Free rooms: " + ", ".join(f"R{i}" for i in range(201, 320)) + "."),
    ("Give me the invoice ids of last month as a JSON array.", "[" + ", ".join(str(i) for i in range(7001, 7120)) + "]"),
    ("List the free parking bays, the low ones are taken.", "Free bays: " + ", ".join(str(i) for i in range(12, 140)) + "."),
    ("Show the page numbers of the index.", "```\n" + "\n".join(str(i) for i in range(1, 130)) + "\n```"),
])
def test_a_count_the_user_needs_is_content(prompt, answer):
    assert not fires(Degenerate(), prompt, answer)


def test_a_hundred_bare_numbers_under_a_prompt_with_no_number_in_scope_are_padding():
    answer = "Bees pollinate crops and fruit trees.\n\n" + " ".join(str(i) for i in range(1, 111))
    assert fires(Degenerate(), "Explain how bees help farmers.", answer)


# --------------------------------------------------------------------------- word salad

@pytest.mark.parametrize("prompt, answer", [
    ("Kerro lyhyesti Helsingin talvesta.",
     "Helsingin talvi tuo mukanaan pimeät iltapäivät jäiset kadut lumiset puistot ja meren yllä leijuvan sumun jonka läpi lautat "
     "kulkevat hitaasti kohti Suomenlinnaa samalla kun kaupunkilaiset kiiruhtavat lämpimiin kahviloihin juomaan kuumaa kahvia "
     "ja syömään korvapuusteja."),
    ("Ceritakan sedikit tentang pasar pagi di kampung.",
     "Setiap pagi pasar kampung ramai pedagang sayur ikan segar buah tropis kue basah tempe tahu bumbu dapur rempah kering "
     "bunga melati kain batik sandal jepit mainan anak serta pembeli yang datang membawa keranjang anyaman bambu sambil menawar "
     "harga dengan ramah."),
    ("Опиши зимнее утро в городе.",
     "Зимним утром город просыпается медленно дворники расчищают тротуары от свежего снега автобусы осторожно ползут по "
     "обледеневшим улицам в окнах загораются тёплые огни пекарни наполняют воздух запахом свежего хлеба и корицы а дети "
     "спешат в школу таща санки."),
    ("서울의 가을을 짧게 묘사해 주세요.",
     "서울의 가을은 맑고 높은 하늘 노랗게 물든 은행나무 길 붉은 단풍으로 덮인 남산 한강을 따라 자전거를 타는 사람들 시원한 바람 "
     "따뜻한 호떡과 군밤을 파는 노점 고궁을 거니는 관광객들 그리고 저녁 노을로 가득합니다 정말 아름다운 계절입니다 모두에게"),
    ("Mô tả ngắn về chợ nổi Cái Răng.",
     "Chợ nổi Cái Răng họp từ sáng sớm với hàng trăm ghe thuyền chở đầy trái cây rau củ hàng hóa treo trên cây bẹo để khách "
     "nhận biết người mua bán trò chuyện rộn ràng trên mặt sông Hậu cùng tiếng máy nổ và mùi cà phê thơm."),
])
def test_prose_in_a_language_the_check_has_no_function_words_for_is_not_salad(prompt, answer):
    assert not fires(Degenerate(), prompt, answer)


def test_random_vocabulary_after_english_prose_is_still_salad():
    salad = ("granite velvet orbit lantern quiver saffron tundra pistol marble cobalt thimble harvest nectar "
             "glacier trumpet falcon ember meadow basalt willow cipher quartz pepper sonnet walrus")
    answer = ("Bees help farmers because they carry pollen from one flower to the next, and this is how many of the "
              "crops we eat set their fruit. " + salad + ".")
    assert fires(Degenerate(), "Explain how bees help farmers.", answer)


# --------------------------------------------------------------------------- repetition loops

@pytest.mark.parametrize("prompt, answer", [
    ("Make a volunteer roster for the food bank with 15 blank rows to fill in.",
     "Food Bank Volunteer Roster, Saturday shift\n\n" + "\n".join("Volunteer: __________  Phone: __________  Hours: ____" for _ in range(15))),
    ("Show me the access log of the health checks.",
     "\n".join(f"10.1.2.3 - - [03/Jun/2024:10:{m:02d}:{s:02d} +0000] \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.29\""
               for m in range(4) for s in range(0, 50, 10))),
])
def test_a_form_table_or_log_whose_lines_differ_or_were_asked_for_is_not_a_loop(prompt, answer):
    assert not fires(Degenerate(), prompt, answer)


@pytest.mark.parametrize("answer", [
    "\n".join(["The answer meets every requirement of the task."] * 20),
    " ".join(["the answer meets every requirement"] * 25),
    "Bees pollinate crops.\n" + "\n".join(f"Point {i}: the answer meets every requirement." for i in range(1, 25)),
])
def test_the_same_content_again_and_again_is_still_a_loop(answer):
    assert fires(Degenerate(), "Explain how bees help farmers.", answer)


def test_the_same_sentence_with_a_counter_in_each_line_is_still_a_loop():
    answer = "Bees pollinate crops.\n\n" + "\n\n".join(f"Hive {300 + i} keeps its bees busy pollinating crops all summer long." for i in range(25))
    assert fires(Degenerate(), "Explain how bees help farmers.", answer)


def test_an_answer_that_is_all_random_vocabulary_under_an_english_prompt_is_still_salad():
    salad = ("granite velvet orbit lantern quiver saffron tundra pistol marble cobalt thimble harvest nectar "
             "glacier trumpet falcon ember meadow basalt willow cipher quartz pepper sonnet walrus")
    assert fires(Degenerate(), "Explain how bees help farmers in the field.", ", ".join([salad] * 3))
