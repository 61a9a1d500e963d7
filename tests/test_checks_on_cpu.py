"""Specification of the programmatic checks (``kind: check`` criteria), run on CPU, offline."""
from __future__ import annotations

import socket

import pytest

from rubric_plugin.checks import CHECKS, run_check, validate_check
from rubric_plugin.checks.registry import _ensure_loaded
from rubric_plugin.errors import CheckError, RubricSchemaError
from rubric_plugin.schema import parse_record

_ensure_loaded()

# (check name, args, a response that satisfies it, a response that does not)
CASES = [
    # words are \w+ tokens: 3 words are "at most 3", 4 are not
    ("word_count", {"n": 3, "relation": "at most"}, "one two three", "one two three four"),
    # "Dr." is a bundled punkt abbreviation, so it does not end a sentence
    ("sentence_count", {"n": 2, "relation": "exactly"}, "Dr. Smith arrived. He sat down.", "One. Two. Three."),
    # paragraphs are separated by a blank line; a single line break does not split them
    ("paragraph_count", {"n": 2}, "First part.\n\nSecond part.", "First part.\nStill the first part."),
    # every keyword must appear, matched case-insensitively
    ("keywords_include", {"keywords": ["hiking", "autumn"]}, "Autumn HIKING is lovely.", "Autumn is lovely."),
    # a forbidden keyword only counts as a whole word: "cheapest" is not "cheap"
    ("keywords_exclude", {"keywords": ["cheap"]}, "The cheapest option is fine.", "A Cheap gift."),
    # alias of keywords_exclude with IFEval's argument name, also case-insensitive
    ("forbidden_words", {"words": ["very"]}, "It is good.", "It is Very good."),
    # whole-word occurrences: "buttermilk" does not count as "milk"
    ("keyword_frequency", {"keyword": "milk", "n": 2}, "Milk, and more milk.", "Milk and buttermilk."),
    # a markdown json fence is allowed; a trailing comma is not valid JSON
    ("json_format", {}, '```json\n{"a": 1}\n```', '{"a": 1,}'),
    # "-" and "1." lines are bullets; 3 bullets are not "exactly 2"
    ("bullet_count", {"n": 2}, "- tent\n1. stove", "- tent\n- stove\n- map"),
    # one capital letter breaks "all lowercase"
    ("all_lowercase", {}, "the quiet river flows past the old stone bridge every morning",
     "The quiet river flows past the old stone bridge every morning"),
    # one lowercase word breaks "all uppercase"
    ("all_uppercase", {}, "THE QUIET RIVER FLOWS PAST THE OLD STONE BRIDGE EVERY MORNING",
     "THE QUIET RIVER flows PAST THE OLD STONE BRIDGE EVERY MORNING"),
    # leading whitespace and case are ignored by default; the phrase must be at the start
    ("starts_with", {"phrase": "Dear team"}, "  dear TEAM, hello", "Hello, dear team"),
    # trailing whitespace and case are ignored; the phrase must be the very end
    ("ends_with", {"phrase": "Boa viagem!"}, "Enjoy Lisbon. boa viagem!  ", "Boa viagem! Enjoy Lisbon."),
    # two [square bracket] placeholders are "at least 2"; one is not
    ("placeholder_count", {"n": 2}, "Dear [name], see you at [address].", "Dear [name], see you soon."),
    # two "Section N" headers are "at least 2" sections; one header is one section
    ("section_count", {"n": 2}, "Section 1\nIntro\nSection 2\nBody", "Section 1\nEverything at once"),
    # a single comma fails
    ("no_commas", {}, "No commas here at all.", "Yes, one comma."),
    # the title needs double angle brackets; single ones are not a title
    ("title_in_angle_brackets", {}, "<<Autumn>>\nleaves fall", "<Autumn>\nleaves fall"),
    # the default marker is "P.S." at the start of a line
    ("postscript", {}, "Hello there.\nP.S. see you soon", "Hello there. See you soon."),
    # an unambiguous French sentence is "fr"; an English one is not
    ("response_language", {"language": "fr"},
     "Bonjour, je m'appelle Marie et j'habite à Paris depuis dix ans avec ma famille.",
     "Hello, my name is Mary and I have lived in London for ten years with my family."),
    # a JSON object must contain every key; a missing key fails
    ("json_keys", {"keys": ["name", "age"]}, '{"name": "Ann", "age": 3}', '{"name": "Ann"}'),
    # passthrough to any IFEval instruction: 2 all-caps words are "at least 2", 1 is not
    ("ifeval", {"instruction_id": "change_case:capital_word_frequency", "capital_frequency": 2,
                "capital_relation": "at least"}, "THE SKY is BLUE", "the SKY is blue"),
]


def test_every_registered_check_has_a_case():
    # a new check must come with a passing and a failing example in CASES
    assert sorted(name for name, *_ in CASES) == sorted(CHECKS)


@pytest.mark.parametrize("name,args,good,bad", CASES, ids=[c[0] for c in CASES])
def test_check_answers_yes_for_a_satisfying_response(name, args, good, bad):
    assert run_check(name, good, args) is True


@pytest.mark.parametrize("name,args,good,bad", CASES, ids=[c[0] for c in CASES])
def test_check_answers_no_for_a_violating_response(name, args, good, bad):
    assert run_check(name, bad, args) is False


# "alpha beta gamma delta epsilon" has 5 words; n = 4, 5, 6 straddle the boundary
RELATION_CASES = [
    ("at least", 5, True),   # 5 >= 5: the boundary is included
    ("at least", 6, False),  # 5 >= 6 is false
    ("at most", 5, True),    # 5 <= 5: the boundary is included
    ("at most", 4, False),   # 5 <= 4 is false
    ("exactly", 5, True),    # 5 == 5
    ("exactly", 4, False),   # 5 == 4 is false
    ("less than", 5, False),  # strict: 5 < 5 is false at the boundary
    ("less than", 6, True),  # 5 < 6
    ("more than", 5, False),  # strict: 5 > 5 is false at the boundary
    ("more than", 4, True),  # 5 > 4
]


@pytest.mark.parametrize("relation,n,expected", RELATION_CASES)
def test_word_count_relation_compares_five_words_with_n(relation, n, expected):
    assert run_check("word_count", "alpha beta gamma delta epsilon", {"n": n, "relation": relation}) is expected


def test_word_count_defaults_to_at_most():
    # without a relation the limit is an upper bound: 5 words are within 5, not within 4
    assert run_check("word_count", "alpha beta gamma delta epsilon", {"n": 5}) is True
    assert run_check("word_count", "alpha beta gamma delta epsilon", {"n": 4}) is False


BAD_ARGS = [
    # a typo in the check name is reported on the "check" field
    ("word_cuont", {"n": 3}, "check", "unknown check"),
    # n has no default in word_count
    ("word_count", {}, "args", "needs ['n']"),
    # an argument the check does not take
    ("word_count", {"n": 3, "limit": 4}, "args", "does not accept ['limit']"),
    # counts cannot be negative
    ("word_count", {"n": -1}, "args", "must be a non-negative integer"),
    # relation words are a closed list
    ("word_count", {"n": 3, "relation": "about"}, "args", "relation='about' is not one of"),
    # the IFEval passthrough only knows IFEval's instruction ids
    ("ifeval", {"instruction_id": "length_constraints:made_up"}, "args", "is not an IFEval instruction"),
    # IFEval's language table has no Welsh; caught at load time instead of a KeyError mid-rollout
    ("response_language", {"language": "cy"}, "args", "language='cy' is not supported by IFEval"),
]


@pytest.mark.parametrize("name,args,field,problem_part", BAD_ARGS, ids=[p for *_, p in BAD_ARGS])
def test_validate_check_names_field_problem_and_fix(name, args, field, problem_part):
    result = validate_check(name, args)
    assert result is not None
    got_field, problem, fix = result
    assert got_field == field
    assert problem_part in problem
    assert fix.strip()  # every problem comes with a fix


@pytest.mark.parametrize("name,args,field,problem_part", BAD_ARGS, ids=[p for *_, p in BAD_ARGS])
def test_run_check_raises_check_error_on_bad_name_or_args(name, args, field, problem_part):
    # bad arguments are an error, never silently a "no"
    with pytest.raises(CheckError, match="fix:") as info:
        run_check(name, "some response", args)
    assert problem_part in str(info.value)


def test_validate_check_accepts_good_args():
    # a well-formed check validates to None (no problem)
    assert validate_check("word_count", {"n": 3, "relation": "exactly"}) is None
    assert validate_check("ifeval", {"instruction_id": "length_constraints:number_sentences",
                                     "num_sentences": 2, "relation": "less than"}) is None


def test_sentence_checks_run_offline_without_nltk_data(monkeypatch, tmp_path):
    import nltk

    from rubric_plugin.checks import text

    # an NLTK search path with no data at all, and any download or socket connection is a failure
    empty = tmp_path / "no_nltk_data"
    empty.mkdir()
    monkeypatch.setattr(nltk.data, "path", [str(empty)])

    def forbidden(*a, **k):
        raise AssertionError("a check tried to download data or open a connection")

    monkeypatch.setattr(nltk, "download", forbidden)
    monkeypatch.setattr(socket.socket, "connect", forbidden)
    # forget the cached tokenizer so it is built again under the conditions above
    text.english_punkt.cache_clear()
    try:
        # "Dr." is an abbreviation of NLTK's English Punkt model: two sentences, not three
        assert run_check("sentence_count", "Dr. Smith arrived. He sat down.", {"n": 2, "relation": "exactly"}) is True
        # IFEval's splitter would load NLTK's downloaded model; the passthrough uses the packaged parameters
        args = {"instruction_id": "length_constraints:number_sentences", "num_sentences": 3, "relation": "less than"}
        assert run_check("ifeval", "Dr. Smith arrived. He sat down.", args) is True
        assert run_check("ifeval", "One. Two. Three.", args) is False
        # the checks leave NLTK's search path as they found it
        assert nltk.data.path == [str(empty)]
    finally:
        text.english_punkt.cache_clear()


def test_every_check_answers_the_same_twice():
    # a reward must not change between two calls on the same response
    for name, args, good, bad in CASES:
        for response in (good, bad):
            assert run_check(name, response, args) == run_check(name, response, args), name


def test_response_language_is_deterministic_on_ambiguous_text():
    # unseeded langdetect answers "it" or (about one time in six) "lv" for this text; the checks seed it
    answers = {run_check("response_language", "pasta pizza", {"language": "it"}) for _ in range(30)}
    assert len(answers) == 1


def test_record_with_unknown_check_name_fails_to_parse_on_criteria_0_check():
    raw = {
        "messages": [{"role": "user", "content": "Write three words."}],
        "criteria": [{"id": "c1", "question": "Is it three words?", "kind": "check", "check": "word_cuont", "args": {"n": 3}}],
    }
    # the typo is caught when the record is loaded, naming the criterion's check field
    with pytest.raises(RubricSchemaError) as info:
        parse_record(raw, row=0)
    assert [p.field for p in info.value.problems] == ["criteria[0].check"]
    assert info.value.problems[0].value == "word_cuont"
