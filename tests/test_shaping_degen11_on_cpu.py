"""Junk tails (:mod:`rubric_plugin.shaping.tails`): short filler pasted after or instead of an answer, below the
degenerate veto's thresholds, read as kinds of structure in several languages; and what the prompt asks for, which
is content however repetitive it looks. Written after reading independent10's and independent11's degenerate misses;
every text here is a new variant (other words, other languages, other placements), not a copy of the slices.

Also: :mod:`rubric_plugin.shaping.detectors` split by concept (:mod:`.echo`, :mod:`.degenerate`) re-exports its readings.
"""
import pytest

from rubric_plugin.shaping.base import ResponseMeta, ShapeInput
from rubric_plugin.shaping.detectors import detect_degenerate, detect_rubric_echo
from rubric_plugin.shaping.tails import (JunkTail, detect_junk_tail, low_vocabulary, mark_run, praise_stuffing,
                                         progression_run, sequence_run, stock_phrase_run, stutter_run)
from rubric_plugin.schema import parse_record

pytestmark = pytest.mark.timeout(60)

ANSWER = ("To repot a snake plant, water it a day before, ease it out of the old pot, trim any mushy roots and set it in "
          "a pot one size larger with gritty cactus mix. Wait a week before watering again.")
PROMPT = "How do I repot my snake plant?"


def tail(junk: str, sep: str = "\n\n") -> str:
    return ANSWER + sep + junk


# ------------------------------------------------------------------ the kinds of junk, each in new words

@pytest.mark.parametrize("junk", [
    "Moreover, besides, likewise, also, furthermore, in addition, additionally, what is more.",  # additive markers
    "Nevertheless, however, nonetheless, still, yet, even so, that said, conversely.",  # contrastive, in other words
    "To sum up, in short, in brief, overall, in a nutshell, ultimately, all in all, to conclude.",  # wrap-up
    "As noted above, as discussed, as explained, as outlined above, as shown above, as stated before.",  # back-reference
    "Además, asimismo, también, sin embargo, por lo tanto, en resumen, en conclusión, finalmente.",  # Spanish
    "Außerdem, zudem, darüber hinaus, jedoch, deshalb, schließlich, zusammenfassend, insgesamt.",  # German
    "Inoltre, tuttavia, quindi, dunque, pertanto, in conclusione, in sintesi, infine.",  # Italian
    "Кроме того, более того, однако, поэтому, таким образом, в заключение, в итоге, наконец.",  # Russian
    "此外，而且，另外，然而，因此，总之，综上所述，最后。",  # Chinese
    "In any case it matters, it matters, it matters, it matters, it matters, it matters.",  # one phrase, six times
])
def test_a_run_of_stock_phrases_is_a_junk_tail(junk):
    assert stock_phrase_run(tail(junk), PROMPT) >= 6
    assert detect_junk_tail(tail(junk), PROMPT)


@pytest.mark.parametrize("junk", [
    "thorough precise useful detailed comprehensive informative reliable thorough precise useful detailed comprehensive",
    "#excellent #reliable #precise #useful #thorough #detailed #excellent #reliable #precise #useful #thorough #detailed",
    "útil preciso claro completo correcto excelente útil preciso claro completo correcto excelente perfecto",
    "hilfreich genau klar vollständig korrekt ausgezeichnet hilfreich genau klar vollständig korrekt perfekt",
    # a keyword set of a handful of words in permutations (SEO stuffing nobody asked for)
    "cheap flights, flights cheap, cheap cheap flights, flights deals cheap, deals cheap flights, cheap deals, "
    "flights flights deals, cheap flights deals",
])
def test_praise_words_or_a_keyword_set_stuffed_is_a_junk_tail(junk):
    assert praise_stuffing(tail(junk), PROMPT)


@pytest.mark.parametrize("junk", [
    "We we we should should should water water the the plant plant plant.",
    "Sun sun sun light light light soil soil soil water water water.",
    "Mi mi mi respuesta respuesta respuesta es es es buena buena.",
    "Pot soil roots und und und water leaves.",  # a function word said three times: no prose does that
    "鉢 土 の の の 水 根",
])
def test_words_said_back_to_back_are_a_junk_tail(junk):
    assert detect_junk_tail(tail(junk), PROMPT)


def test_stutter_needs_three_different_words_or_a_function_word_thrice():
    assert stutter_run("no no we can stop here".split()) == 0
    assert stutter_run("it is very very very cold today".split()) == 0
    assert stutter_run("so so tired tired tired of of it".split()) == 3


@pytest.mark.parametrize("junk", [
    "Hope this helps and happy planting! Hope this helps and happy planting! Hope this helps and happy planting! "
    "Hope this helps and happy planting!",
    "Bonne chance avec vos plantes. Bonne chance avec vos plantes. Bonne chance avec vos plantes. "
    "Bonne chance avec vos plantes.",
    "okay so right okay so right the pot okay so right the pot so okay right so the pot okay right so okay",
])
def test_a_sentence_said_again_and_again_or_a_handful_of_words_is_a_junk_tail(junk):
    assert detect_junk_tail(tail(junk), PROMPT)
    assert detect_junk_tail(junk, PROMPT)  # instead of the answer, too


@pytest.mark.parametrize("junk, note", [
    (" ".join(str(i) for i in range(100, 135)), "counting numbers"),
    (" ".join(str(10 ** i) for i in range(1, 14)), "factor of ten"),  # a digit a term
    (", ".join(f"0.{'0' * i}5" for i in range(13)), "factor of ten"),
    ("uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece", "number words"),
    ("eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf", "number words"),
    ("A B C D E F G H I J K L M N O P Q R", "alphabet"),
])
def test_a_count_nobody_asked_for_is_a_junk_tail(junk, note):
    assert note in sequence_run(tail(junk), PROMPT)


@pytest.mark.parametrize("junk", [
    "Z" * 35,
    "ха" * 3 + "а" * 32,
    "◆◇" * 22,
    "~*" * 22,
    "\n".join(["~~~"] * 12),
    "\n".join(["* item"] * 11),
    "\n".join(f"{i}) {i}) {i})" for i in range(1, 13)),  # numbers and marks only, the same with numbers masked
])
def test_a_row_of_one_mark_one_letter_or_identical_lines_is_a_junk_tail(junk):
    assert mark_run(tail(junk), PROMPT)


def test_placeholder_latin_nobody_asked_for_is_a_junk_tail():
    junk = "Lorem ipsum dolor sit amet, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua."
    assert "placeholder" in detect_junk_tail(tail(junk), PROMPT)
    assert detect_junk_tail(tail(junk), "Mock up a landing page layout with placeholder copy.") is None


# ------------------------------------------------------------------ what the prompt asks for, and ordinary answers

@pytest.mark.parametrize("prompt, text", [
    ("Give me a list of transition words for my essay.",
     "Moreover, furthermore, in addition, however, nevertheless, therefore, consequently, in conclusion, finally."),
    ("Suggest SEO keywords for my bakery's page.",
     "sourdough bakery, best sourdough, sourdough bread near me, artisan bakery, fresh bread, bakery near me, "
     "sourdough bakery near me, bread bread bread"),
    ("List adjectives I could use to praise a student's essay.",
     "thorough, precise, clear, insightful, detailed, thorough, compelling, well organised, original, excellent, clear, "
     "persuasive"),
    ("Count from 1 to 40 for my toddler.", " ".join(str(i) for i in range(1, 41))),
    ("Write the alphabet in capitals for a worksheet.", "A B C D E F G H I J K L M N O P Q R S T U V W X Y Z"),
    ("Write a cheer for our netball team.", "Go go go! Fight fight fight! Win win win! Blue team, blue team, never quit!"),
    ("Write a short story about a sleepy cat.", "The cat yawned. Zzzzzzzzzzzzzzzzzzzzzzzzz. Then the doorbell rang."),
    ("Make a sign-up form with 12 blank lines for names.", "Name:\n" + "\n".join(["________"] * 12)),
    ("Write a typing drill for the home row.", "\n".join(["asdf jkl; asdf jkl;"] * 12)),
    ("Draw a divider for my newsletter.", "◆◇" * 30),
    ("Show a hex dump of a zeroed 64-byte buffer.", "\n".join(f"{i * 16:08x}  00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00"
                                                               for i in range(4))),
    ("Make a 12-month planner table with a column for goals.",
     "| Month | Goals |\n|---|---|\n" + "\n".join(f"| {m} | |" for m in "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split())),
    ("Allocate /24 subnets for 12 offices from 10.0.0.0/16 as a table.",
     "| Office | Subnet |\n|---|---|\n" + "\n".join(f"| Office {i} | 10.0.{i}.0/24 |" for i in range(1, 13))),
    ("Give me a mantra to repeat while I run.", "I am strong, I am strong, I am strong, I am strong, I am strong, I am strong."),
])
def test_what_the_prompt_asks_for_is_no_junk_tail(prompt, text):
    assert detect_junk_tail(text, prompt) is None


@pytest.mark.parametrize("prompt, text", [
    ("Recap the steps you gave me.",
     "In short: water first, ease the plant out, trim mushy roots, repot in gritty mix, and wait a week. Finally, keep it "
     "in bright, indirect light."),
    ("Write to the judge asking to move my hearing date.",
     "Dear Judge Patel,\n\nI respectfully request that the hearing set for 3 May be moved, as I will be in hospital that week. "
     "I have attached the admission letter.\n\nYours faithfully,\nDana Reyes"),
    ("Make me a packing checklist for a weekend hike.",
     "- [ ] boots\n- [ ] rain jacket\n- [ ] water\n- [ ] map\n- [ ] snacks\n- [ ] first-aid kit\n- [ ] torch\n- [ ] hat\n"
     "- [ ] sun cream\n- [ ] phone charger"),
    ("FAQ for our library app, please.",
     "**Is it free?** Yes.\n**Can I renew loans?** Yes, twice.\n**Does it work offline?** Partly: your loans list does."),
    ("Translate into Spanish: 'First, moreover, finally'.", "Primero, además, finalmente."),
    ("Summarise the debate in one paragraph.",
     "Firstly, the council argued for the bypass; however, residents disagreed. Moreover, the cost doubled, and "
     "consequently the vote was delayed. In conclusion, nothing is settled."),
    ("What is the sequence of Fibonacci numbers?", "1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233 and so on."),
    ("Which years were leap years since 1980?", "1980, 1984, 1988, 1992, 1996, 2000, 2004, 2008, 2012, 2016, 2020, 2024."),
    ("What does the times table for 6 look like?", "6, 12, 18, 24, 30, 36, 42, 48, 54, 60, 66, 72."),
    ("Explain binary place values.", "Each place doubles: 1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048."),
    ("Compare the three plans.", "| Feature | Basic | Pro | Team |\n|---|---|---|---|\n| SSO | No | Yes | Yes |\n"
     "| API | No | Yes | Yes |\n| Audit log | No | No | Yes |\n| Backups | Yes | Yes | Yes |"),  # cells are no stutter
    ("Review the pasta place.", "Great food, great service. Very very good. Excellent excellent pasta, excellent wine."),
    ("Write out the test run's output.", "\n".join(["PASSED"] * 15)),  # a status word a line is a log
    ("Results of the ping?", "\n".join(["Reply from 192.0.2.1: bytes=32 time=14ms TTL=117"] * 10)),  # a log repeats lines
    ("How do I pronounce 'ah'?", "Open your mouth: aaaaaaaaaaaaaaaaaaaaaaah, relaxed."),  # a stretched vowel
    ("What's the beat of a stadium anthem?", "Stomp stomp clap, stomp stomp clap, stomp stomp clap, stomp stomp clap."),  # a rhythm
])
def test_ordinary_answers_with_markers_lists_or_numbers_stay_quiet(prompt, text):
    assert detect_junk_tail(text, prompt) is None


def test_only_a_factor_of_ten_a_term_is_padding_other_progressions_are_content():
    assert progression_run("3 1 4 1 5 9 2 6 5 3 5 8 9 7 9") == 0
    assert progression_run("0.5 0.25 0.125 0.0625 0.03125 0.015625 0.0078125 0.00390625 0.001953125 0.0009765625 "
                           "0.00048828125 0.000244140625") == 0  # halving: a half-life table
    assert progression_run("0.3 0.03 0.003 0.0003 0.00003 0.000003 0.0000003 0.00000003 0.000000003 0.0000000003 "
                           "0.00000000003 0.000000000003") == 12


def test_a_handful_of_words_needs_a_long_sentence():
    assert low_vocabulary("yes yes yes, sure.") == 0


# ------------------------------------------------------------------ the hook

def _shape(prompt: str, text: str, fired=frozenset()) -> ShapeInput:
    record = parse_record({"id": "r", "messages": [{"role": "user", "content": prompt}],
                           "criteria": [{"id": "c1", "question": "Does the response answer the question?"}]})
    return ShapeInput(record, text, {}, ResponseMeta(len(text.split()), 4096, False), 1.0, fired=fired)


def test_the_hook_penalises_and_is_second_to_the_vetoes():
    hook = JunkTail()
    junk = tail("Basically, essentially, fundamentally, in essence, at its core, at the end of the day, basically.")
    assert hook.action == "penalty"
    effect = hook(_shape(PROMPT, junk))
    assert effect.fired and effect.reward == 0.5
    assert not hook(_shape(PROMPT, junk, frozenset({"degenerate"}))).fired
    assert not hook(_shape(PROMPT, ANSWER)).fired


def test_the_split_detectors_module_reads_as_before():
    assert detect_degenerate("") == "empty response"
    assert detect_rubric_echo(["Is the response accurate, clear and free of errors?"],
                              "This answer is accurate, clear and free of errors.")


# ------------------------------------------------------------------ the rubric asked of the response in more languages

RUBRIC = ["Does the response do what the user asked?", "Is the response accurate, clear and free of errors?"]


@pytest.mark.parametrize("quiz", [
    "Je, jibu hili ni sahihi? Ndiyo. Je, ni wazi na bila makosa? Ndiyo.",  # Swahili
    "Ydy'r ateb yn glir? Ydy. Ydy e'n gywir a heb gamgymeriad? Ydy.",  # Welsh
    "A válasz pontos? Igen. Világos és hibátlan? Igen.",  # Hungarian
    "Je odpověď přesná? Ano. Je srozumitelná a bez chyb? Ano.",  # Czech
    "Är svaret korrekt? Ja. Är det tydligt och felfritt? Ja.",  # Swedish
    "Răspunsul este corect? Da, desigur. Este clar? Da.",  # Romanian: "Da" is no bare tick the list holds: quiet
])
def test_the_rubric_asked_of_the_response_and_ticked_in_more_languages(quiz):
    fired = detect_rubric_echo(RUBRIC, ANSWER + "\n\n" + quiz, prompt=PROMPT)
    assert bool(fired) == (not quiz.startswith("Răspunsul"))


@pytest.mark.parametrize("prompt, text", [
    ("Nipe maswali ya mtihani wa Kiswahili.", "1. Je, jibu hili ni sahihi? 2. Je, ni wazi? Andika sababu."),  # questions, no ticks
    ("Write a Welsh dialogue at a café.", "— Ydy'r coffi'n boeth? — Ydy. — Ydy e'n gryf? — Ydy, iawn."),  # café, no rubric concept
    ("Is hibiscus easy to grow?", "Does the wall need clear felt under it? Yes. Is the hibiscus answer to frost correct? Yes."),
    ("Hungarian phrases for a job interview.", "Pontos vagyok? Igen, mindig időben érkezem. Világos a feladat? Igen, köszönöm."),
])
def test_ordinary_questions_in_those_languages_stay_quiet(prompt, text):
    assert detect_rubric_echo(RUBRIC, text, prompt=prompt) is None


# ------------------------------------------------------------------ degenerate: shapes the prompt asks for

MONTHS = "January February March April May June July August September October November December".split()


@pytest.mark.parametrize("prompt, text", [
    ("Give me a home row typing exercise.", "\n".join(["asdf jkl; asdf jkl; fdsa ;lkj"] * 20)),  # a drill repeats its line
    ("A keyboarding warm-up for the top row, please.", "\n".join(["qwer uiop; qwer uiop;"] * 14)),
    ("Make a 12-month planner for next year with weekly goal slots.",
     "\n\n".join(f"## {m}\n- Week 1 goal: ____\n- Week 2 goal: ____\n- Week 3 goal: ____\n- Week 4 goal: ____\n- Notes: ____"
                 for m in MONTHS)),
    ("A reading journal template for the year, please.", "\n\n".join(f"{m}\nBook: [ ]\nPages: [ ]\nRating: [ ]" for m in MONTHS)),
    ("Show a hex dump of a zero-filled 512-byte sector.",
     "\n".join(f"{i * 16:08x}  00 00 00 00 00 00 00 00  00 00 00 00 00 00 00 00  |................|" for i in range(32))),
    ("Print an 8x8 zero matrix.", "\n".join(["0 0 0 0 0 0 0 0"] * 8)),
    # rows keyed by an address, a time or a date are a table of slots, however alike their other cells
    ("Plan the IP allocation for our office network.", "| IP | Host |\n|---|---|\n" + "\n".join(
        f"| 172.16.4.{i} | (free) |" for i in range(20, 70))),
    ("Draft the subnet plan.", "\n".join(f"| 10.30.{i}.0/24 | Reserved | Reserved | Reserved |" for i in range(32))),
    ("What does my Thursday look like?", "\n".join(f"{h:02d}:{m:02d} - open" for h in range(8, 18) for m in (0, 30))),
    ("Make a log of the dates I watered the plants.", "\n".join(f"2025-03-{d:02d} - watered" for d in range(1, 29))),
])
def test_a_requested_drill_template_or_dump_is_no_loop(prompt, text):
    assert detect_degenerate(text, prompt=prompt) is None


@pytest.mark.parametrize("prompt, text", [
    ("Give me a home row typing exercise.", "\n".join(["asdf jkl; asdf jkl; fdsa ;lkj"] * 150)),  # past ten times the cap
    ("Make a planner.", "\n".join(["Goal: ____ and more and more and more"] * 40)),
    ("Explain what a hex dump is.", "A hex dump shows bytes. " + "the same line again " * 60),
    ("Plan the IP allocation.", "\n".join(f"Step {i}: allocated and verified." for i in range(1, 60))),  # a counter, no key
    ("What does my Thursday look like?", "\n".join(["10:30 - open and free and open and free"] * 40)),  # the same row
    ("Write a short status note.", "\n".join(f"2025-06-{d:02d} The answer meets every requirement." for d in range(1, 29))),
])
def test_a_loop_under_those_prompts_still_fires(prompt, text):
    assert detect_degenerate(text, prompt=prompt)
