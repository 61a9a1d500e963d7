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
    ("ifbench", {"instruction_id": "count:numbers", "N": 2}, "Buy 3 apples and 4 pears.", "Buy 3 apples."),
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


# --------------------------------------------------------------------------- literal keywords

# The plugin's own keyword checks read keywords as literal text, never as regular expressions.
# A word boundary is required only at an edge that is a word character.
# (check, args, response, expected answer)
LITERAL_KEYWORDS = [
    # "C++" is text: it is not found in a response that only says "C"
    ("keywords_include", {"keywords": ["C++"]}, "I love C", False),
    # ... and it is found, case-insensitively, when it is there, even before punctuation
    ("keywords_include", {"keywords": ["C++"]}, "I love c++.", True),
    # a keyword that is not a valid regex is still a keyword: "f(x" matches inside "f(x) = 2"
    ("keywords_include", {"keywords": ["f(x"]}, "Let f(x) = 2.", True),
    # ... and a word edge still needs a boundary: "f(x" is not found in "f(xy"
    ("keywords_include", {"keywords": ["f(x"]}, "Let f(xy) = 2.", False),
    # a dot is a dot, not "any character": "a.b" is not found in "axb"
    ("keywords_include", {"keywords": ["a.b"]}, "axb", False),
    # a plain word is delimited like a word: "cat" is not found in "category"
    ("keywords_include", {"keywords": ["cat"]}, "A category.", False),
    # a keyword of several words matches across any run of whitespace, a line break included
    ("keywords_include", {"keywords": ["ice cream"]}, "I like ice\n  cream.", True),
    # accented letters are word characters: "café" is not found in "cafés"
    ("keywords_include", {"keywords": ["café"]}, "Deux cafés.", False),
    # excluding "C++" does not forbid a response that only says "C"
    ("keywords_exclude", {"keywords": ["C++"]}, "I write C every day.", True),
    # excluding "C++" forbids it in any case
    ("keywords_exclude", {"keywords": ["C++"]}, "I write c++ every day.", False),
    # "$5" starts with a non-word character: it is found right after a letter-free edge
    ("forbidden_words", {"words": ["$5"]}, "It costs $5.", False),
    # "(x)" is found after "f": a non-word edge needs no boundary
    ("forbidden_words", {"words": ["(x)"]}, "f(x) = 2", False),
    # "C++" occurs twice as text; "C" alone does not count
    ("keyword_frequency", {"keyword": "C++", "n": 2, "relation": "exactly"}, "C++ and C and C++11 and c++", False),
    ("keyword_frequency", {"keyword": "C++", "n": 3, "relation": "exactly"}, "C++ and C and C++11 and c++", True),
]


@pytest.mark.parametrize("name,args,response,expected", LITERAL_KEYWORDS,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(LITERAL_KEYWORDS)])
def test_plugin_keyword_checks_read_keywords_as_literal_text(name, args, response, expected):
    assert validate_check(name, args) is None  # every keyword above is valid, "f(x" included
    assert run_check(name, response, args) is expected


def test_ifeval_passthrough_keeps_regex_keywords():
    # the ifeval check answers exactly as IFEval: keywords:existence reads its keyword as a regex
    args = {"instruction_id": "keywords:existence", "keywords": ["colou?r"]}
    assert run_check("ifeval", "What a colour!", args) is True
    # while the plugin's own check looks for the literal text "colou?r"
    assert run_check("keywords_include", "What a colour!", {"keywords": ["colou?r"]}) is False


# --------------------------------------------------------------------------- load-time validation

# (check, args, part of the problem) -- arguments that would raise or silently misbehave while
# scoring are rejected when the rubric is loaded
MORE_BAD_ARGS = [
    # a keyword of spaces would match everywhere (or nowhere)
    ("keywords_include", {"keywords": ["ok", "  "]}, "strings with visible text"),
    # a bare string is not a list of keywords
    ("keywords_exclude", {"keywords": "cheap"}, "non-empty list"),
    # a list of numbers is not a list of keywords
    ("forbidden_words", {"words": [1, 2]}, "non-empty list"),
    # an empty phrase would end every response
    ("ends_with", {"phrase": "   "}, "visible text"),
    # "yes" is not a boolean
    ("starts_with", {"phrase": "Dear", "case_sensitive": "yes"}, "must be true or false"),
    # a count must be an integer, not a float or a boolean
    ("bullet_count", {"n": 2.5}, "non-negative integer"),
    ("placeholder_count", {"n": True}, "non-negative integer"),
    # separators are a closed list
    ("paragraph_count", {"n": 2, "separator": "---"}, "separator='---' must be"),
    # IFEval builds a regular expression from the postscript marker; "f(x" is not one
    ("postscript", {"marker": "f(x"}, "not a valid regular expression"),
    # a relation must be text from the list, not a list
    ("section_count", {"n": 2, "relation": ["at least"]}, "must be a string"),
    # an argument named like the response would clash with it at score time
    ("ifeval", {"instruction_id": "punctuation:no_comma", "response": "x"}, "argument named 'response'"),
]


@pytest.mark.parametrize("name,args,problem_part", MORE_BAD_ARGS, ids=[f"{c[0]}-{i}" for i, c in enumerate(MORE_BAD_ARGS)])
def test_bad_arguments_are_rejected_at_load_with_row_field_value_and_fix(tmp_path, name, args, problem_part):
    import json

    from rubric_plugin.convert import load_records

    good = {"messages": [{"role": "user", "content": "Write a note."}],
            "criteria": [{"id": "c1", "question": "Is it a note?"}]}
    bad = {"messages": [{"role": "user", "content": "Write a note."}],
           "criteria": [{"id": "c1", "question": "Is it a note?"},
                        {"id": "c2", "question": "Does it follow the rule?", "kind": "check", "check": name, "args": args}]}
    path = tmp_path / "rubrics.jsonl"
    path.write_text(json.dumps(good) + "\n" + json.dumps(bad) + "\n", encoding="utf-8")
    result = load_records(path)
    # the loader reports the second row alone, on the criterion's args, with the value and a fix
    assert [(p.row, p.field) for p in result.problems] == [(2, "criteria[1].args")]
    problem = result.problems[0]
    assert problem.value == args
    assert problem_part in problem.problem
    assert problem.fix.strip() and problem.fix != "fix the argument value"


def test_a_validator_that_raises_is_reported_at_load_not_at_score_time():
    # IFEval raises ValueError for a relation it does not know; the loader reports it as a problem
    result = validate_check("ifeval", {"instruction_id": "length_constraints:number_words",
                                       "num_words": 5, "relation": "at most"})
    assert result is not None and result[0] == "args"
    assert "at most" in result[1] or "relation" in result[1]


# --------------------------------------------------------------------------- no check raises

from hypothesis import HealthCheck, assume, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from rubric_plugin.checks import RELATIONS  # noqa: E402

# pieces of realistic responses: markup the checks look for, unicode, separators, and regex metacharacters
_PIECES = ["C++", "f(x", "a.b", " ", "\n", "\n\n", "***", "- item", "* item", "1. step", "P.S. ", "P.P.S ",
           "<<Title>>", "[name]", "[]", '{"a": 1}', "[[[[", "```json", "```", ",", ".", "!", "Section 1",
           "SECTION 2", "Dear team", "É", "ß", "日本語。", "Привет", "\t", "\u200b", "Dr. ", "e.g. ", "\\", '"']
RESPONSES = st.one_of(st.text(max_size=200), st.lists(st.sampled_from(_PIECES), max_size=15).map("".join),
                      st.builds(lambda d: "[" * d + "]" * d, st.integers(900, 3000)))
# argument values the validators accept (mostly) and reject (sometimes), per parameter name
_KNOWN = {"relation": st.sampled_from(sorted(RELATIONS)),
          "separator": st.sampled_from(["blank_line", "***"]),
          "language": st.sampled_from(["en", "fr", "de", "ja", "ru"]),
          "marker": st.sampled_from(["P.S.", "P.P.S", "Note:", "ps", "f(x", "[", "\\"])}
_TEXT = st.one_of(st.text(min_size=1, max_size=12), st.sampled_from(_PIECES))


def _value_for(pname: str, hint):
    import typing

    if pname in _KNOWN:
        return st.one_of(_KNOWN[pname], _KNOWN[pname], _TEXT)
    if hint is int:
        return st.one_of(st.integers(0, 20), st.integers(-2, 10**12))
    if hint is bool:
        return st.one_of(st.booleans(), st.sampled_from(["yes", 1]))
    if typing.get_origin(hint) is list:
        return st.lists(_TEXT, min_size=0, max_size=4)
    return _TEXT


def _args_strategy(name: str):
    import inspect
    import typing

    fn = CHECKS[name].fn
    hints = typing.get_type_hints(fn)
    params = [p for p in list(inspect.signature(fn).parameters.values())[1:] if p.kind is not p.VAR_KEYWORD]
    required = {p.name: _value_for(p.name, hints.get(p.name)) for p in params if p.default is p.empty}
    optional = {p.name: _value_for(p.name, hints.get(p.name)) for p in params if p.default is not p.empty}
    return st.fixed_dictionaries(required, optional=optional)


# the passthroughs (any instruction by id) have their own property tests
NATIVE_AND_EQUIVALENT = sorted(n for n in CHECKS if n not in ("ifeval", "ifbench"))


@pytest.mark.parametrize("name", NATIVE_AND_EQUIVALENT)
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(data=st.data())
def test_a_check_whose_arguments_validate_never_raises_on_any_response(name, data):
    # validation is the only gate: whatever it accepts must answer yes or no on any text, the same twice
    args = data.draw(_args_strategy(name), label="args")
    assume(validate_check(name, args) is None)
    response = data.draw(RESPONSES, label="response")
    answer = run_check(name, response, args)
    assert answer in (True, False)
    assert run_check(name, response, args) == answer


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(response=RESPONSES, case=st.sampled_from([c for c in CASES if c[0] == "ifeval"]))
def test_the_ifeval_passthrough_with_valid_arguments_never_raises_on_any_response(response, case):
    _, args, _, _ = case
    assert run_check("ifeval", response, args) in (True, False)


_JSONISH = st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=8),
                        lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
                        max_leaves=6)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=st.one_of(st.sampled_from(sorted(CHECKS)), st.text(max_size=8), st.none(), st.integers()),
       args=st.dictionaries(st.sampled_from(["n", "relation", "keywords", "keyword", "words", "phrase", "marker",
                                              "separator", "language", "keys", "instruction_id", "response",
                                              "case_sensitive", "splitter", "num_words", "x"]), _JSONISH, max_size=4))
def test_validation_answers_every_name_and_arguments_without_raising(name, args):
    # whatever a rubric file holds, validation returns None or a (field, problem, fix) triple
    result = validate_check(name, args)
    assert result is None or (len(result) == 3 and all(isinstance(part, str) and part for part in result))


# --------------------------------------------------------------------------- IFEval kinship

def test_every_check_says_whether_it_is_an_ifeval_equivalent():
    from rubric_plugin.checks import ifeval

    known = ifeval.registry()
    for name, spec in CHECKS.items():
        if spec.ifeval is None:
            # a plugin-native check says in its docstring how it differs from IFEval
            assert spec.ifeval_note.startswith("Not an IFEval equivalent: "), name
        elif name != "ifeval":
            # an equivalent names a real IFEval instruction
            assert spec.ifeval in known, name


@pytest.mark.parametrize("name", ["bullet_count", "paragraph_count", "all_lowercase", "keywords_include", "keywords_exclude"])
def test_plugin_native_checks_are_listed_as_not_ifeval(name, capsys):
    from rubric_plugin.cli.main import main

    assert main(["checks"]) == 0
    listing = capsys.readouterr().out
    # the listing shows the check's signature, its description, then its IFEval kinship
    lines = listing.splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith(f"{name}("))
    assert lines[at + 2].strip().startswith("[Not an IFEval equivalent: ")


def test_ifeval_equivalents_are_listed_with_their_instruction(capsys):
    from rubric_plugin.cli.main import main

    assert main(["checks"]) == 0
    assert "[IFEval equivalent: punctuation:no_comma]" in capsys.readouterr().out
