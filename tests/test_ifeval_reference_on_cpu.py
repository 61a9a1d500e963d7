"""Specification: the ``ifeval`` check answers exactly as IFEval's reference evaluation does.

The reference is the pinned ``if-verifiable`` package (IFEval's ``instructions.py`` and the
strict/loose protocol of ``evaluation_lib``), run reproducibly: langdetect seeded with 0 and NLTK's
English ``punkt_tab`` model installed (see ``tests/ifeval_corpus.py``). The full differential is
``benchmarks/ifeval_agreement.py``; here half of the same corpus is compared.
"""
from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import ifeval_corpus as corpus
from rubric_plugin.checks import ifeval, run_check, text
from rubric_plugin.errors import CheckError, RubricSchemaError
from rubric_plugin.schema import parse_record

pytestmark = pytest.mark.timeout(300)

#: one valid argument set per instruction type (the corpus's first)
VALID = {}
for _iid, _kwargs, _ in corpus.CASES:
    VALID.setdefault(_iid, _kwargs)


def test_corpus_covers_every_ifeval_instruction():
    # every instruction of the reference registry has argument sets and responses in the corpus
    from if_verifiable.ifeval.instructions_registry import INSTRUCTION_DICT

    assert corpus.instruction_types() == set(INSTRUCTION_DICT) == set(ifeval.ARGS)


def test_ifeval_check_agrees_with_the_reference_in_strict_and_loose_mode():
    outcomes = corpus.differential(every=2)
    disagreements = [(o.instruction_id, o.mode, o.response, o.reference) for o in outcomes if not o.agrees]
    assert disagreements == []
    # the comparison could fail: per instruction the reference answers both yes and no ...
    by_type: dict[str, set[bool]] = {}
    for o in outcomes:
        by_type.setdefault(o.instruction_id, set()).add(o.reference)
    assert {iid for iid, answers in by_type.items() if answers != {True, False}} == set()
    assert set(by_type) == set(ifeval.ARGS)
    # ... and loose mode changes the reference's answer on some responses
    strict = {(o.instruction_id, o.kwargs, o.response): o.reference for o in outcomes if o.mode == "strict"}
    assert any(strict[(o.instruction_id, o.kwargs, o.response)] != o.reference for o in outcomes if o.mode == "loose")


SENTENCE_TEXTS = [
    "Dr. Smith went home. He was tired.",
    "Mr. J. Walter arrived at 5 p.m. yesterday. He left early.",
    "Bring snacks, e.g. nuts. Then leave.",
    "The U.S. economy grew 3.5 percent in Q2. Analysts were surprised.",
    "He said \"Stop.\" Then he left.\n\nNobody followed... Or did they?",
    "- first item\n- second item\n1. Third. 2. Fourth.",
    "Prof. Lee met Gen. Patton in Washington, D.C. on Jan. 5. They talked.",
    "",
    "no punctuation at all",
]


@pytest.mark.parametrize("sample", SENTENCE_TEXTS + corpus.GENERIC, ids=range(len(SENTENCE_TEXTS + corpus.GENERIC)))
def test_sentence_count_equals_ifeval_count_sentences(sample):
    from if_verifiable.ifeval import instructions_util

    with corpus.reference_environment():
        expected = instructions_util.count_sentences(sample)
    assert text.count_sentences_ifeval(sample) == expected


def test_sentence_splitter_uses_nltk_english_parameters():
    # "dr" and "prof" are abbreviations of NLTK's English model; "e.g" is not (NLTK splits after it)
    assert text.sent_tokenize("Dr. Smith went home. He was tired.") == ["Dr. Smith went home.", "He was tired."]
    assert text.sent_tokenize("Ask Prof. Lee. She knows.") == ["Ask Prof. Lee.", "She knows."]
    assert text.sent_tokenize("Bring snacks, e.g. nuts. Then leave.") == ["Bring snacks, e.g.", "nuts.", "Then leave."]


def test_word_tokens_equal_nltk_word_tokenize():
    import nltk

    samples = ["THE SKY is BLUE.", "U.S.A. is big. OK?", "Mixed-CASE well-KNOWN words, e.g. THIS.", *corpus.GENERIC]
    with corpus.reference_environment():
        expected = [nltk.word_tokenize(s) for s in samples]
    assert [text.word_tokenize(s) for s in samples] == expected


@pytest.mark.parametrize("iid", sorted(ifeval.ARGS))
@pytest.mark.parametrize("response", ["", "  \n\t "], ids=["empty", "whitespace"])
@pytest.mark.parametrize("mode", ["strict", "loose"])
def test_empty_or_whitespace_response_fails_every_instruction(iid, response, mode):
    # evaluation_lib's response.strip() gate: no instruction is followed by an empty answer
    assert run_check("ifeval", response, {"instruction_id": iid, **VALID[iid], "mode": mode}) is False


def test_the_gate_is_what_fails_empty_answers_to_absence_constraints():
    # the bare reference checkers say yes to "" for absence constraints; the check does not
    registry = ifeval.registry()
    for iid in ("punctuation:no_comma", "keywords:forbidden_words"):
        checker = registry[iid](iid)
        checker.build_description(**VALID[iid])
        assert checker.check_following("") is True
        assert ifeval.follows(iid, "", **VALID[iid]) is False


def _rubric(args):
    return {"messages": [{"role": "user", "content": "Answer."}],
            "criteria": [{"id": "c1", "question": "Followed?", "kind": "check", "check": "ifeval", "args": args}]}


# (arguments, part of the problem) -- each would make IFEval pick a random value, crash or misread
REJECTED = [
    # a missing argument: IFEval draws a random keyword
    ({"instruction_id": "keywords:frequency", "frequency": 2, "relation": "at least"}, "keyword is missing or null"),
    # the Hugging Face form's null for an argument the instruction uses
    ({"instruction_id": "length_constraints:number_words", "num_words": None, "relation": "at least"}, "num_words is missing or null"),
    # a letter that is not a letter, or more than one letter
    ({"instruction_id": "keywords:letter_frequency", "letter": "1", "let_frequency": 2, "let_relation": "at least"}, "not a single letter"),
    ({"instruction_id": "keywords:letter_frequency", "letter": "ab", "let_frequency": 2, "let_relation": "at least"}, "not a single letter"),
    # a relation IFEval does not know
    ({"instruction_id": "length_constraints:number_sentences", "num_sentences": 2, "relation": "at most"}, "not one of IFEval's relations"),
    # a negative count and a boolean count
    ({"instruction_id": "detectable_content:number_placeholders", "num_placeholders": -1}, "whole number >= 0"),
    ({"instruction_id": "detectable_format:number_bullet_lists", "num_bullets": True}, "whole number >= 0"),
    # a paragraph beyond the paragraph count, or paragraph 0
    ({"instruction_id": "length_constraints:nth_paragraph_first_word", "num_paragraphs": 2, "nth_paragraph": 3,
      "first_word": "so"}, "beyond num_paragraphs"),
    ({"instruction_id": "length_constraints:nth_paragraph_first_word", "num_paragraphs": 2, "nth_paragraph": 0,
      "first_word": "so"}, "whole number >= 1"),
    # an empty keyword list: IFEval draws random words
    ({"instruction_id": "keywords:existence", "keywords": []}, "non-empty list"),
    # patterns that are not regular expressions, checked where IFEval uses them as one
    ({"instruction_id": "keywords:existence", "keywords": ["f(x"]}, "not a valid regular expression"),
    ({"instruction_id": "keywords:forbidden_words", "forbidden_words": ["[abc"]}, "not a valid regular expression"),
    ({"instruction_id": "keywords:frequency", "keyword": "a+*", "frequency": 1, "relation": "at least"}, "not a valid regular expression"),
    ({"instruction_id": "detectable_content:postscript", "postscript_marker": "P.S.("}, "not a valid regular expression"),
    ({"instruction_id": "detectable_format:multiple_sections", "section_spliter": "Part (", "num_sections": 2},
     "not a valid regular expression"),
    # a language outside IFEval's table
    ({"instruction_id": "language:response_language", "language": "cy"}, "not in IFEval's language table"),
    # an argument the instruction does not take
    ({"instruction_id": "punctuation:no_comma", "num_words": 3}, "does not take ['num_words']"),
    # an unknown instruction and an unknown mode
    ({"instruction_id": "length_constraints:made_up"}, "is not an IFEval instruction"),
    ({"instruction_id": "punctuation:no_comma", "mode": "lenient"}, "mode='lenient' is not one of"),
]


@pytest.mark.parametrize("args,problem_part", REJECTED, ids=[p for _, p in REJECTED])
def test_configurations_ifeval_would_randomise_are_rejected_at_load(args, problem_part):
    with pytest.raises(RubricSchemaError) as info:
        parse_record(_rubric(args), row=7)
    (problem,) = info.value.problems
    # the error names the row, the field and the value, and says how to fix it
    assert (problem.row, problem.field) == (7, "criteria[0].args")
    assert problem_part in problem.problem
    assert problem.fix.strip()
    # and the check itself refuses to guess
    with pytest.raises(CheckError, match="fix:"):
        ifeval.follows(args["instruction_id"], "Some answer.", **{k: v for k, v in args.items() if k != "instruction_id"})


def test_loose_mode_is_chosen_per_criterion():
    # a JSON answer after a one-line preamble: strict says no, loose (first line removed) says yes
    answer = 'Here is the JSON:\n{"a": 1}'
    strict = parse_record(_rubric({"instruction_id": "detectable_format:json_format"}))
    loose = parse_record(_rubric({"instruction_id": "detectable_format:json_format", "mode": "loose"}))
    assert run_check("ifeval", answer, dict(strict.criteria[0].args)) is False
    assert run_check("ifeval", answer, dict(loose.criteria[0].args)) is True
    # evaluation picks the mode per call: one verdict per instruction of a prompt
    ids, kwargs = ["detectable_format:json_format", "punctuation:no_comma"], [{}, {}]
    assert ifeval.follow_list(answer, ids, kwargs, mode="strict") == [False, True]
    assert ifeval.follow_list(answer, ids, kwargs, mode="loose") == [True, True]


_PROBE = textwrap.dedent("""
    import json, sys
    import langdetect, nltk
    from if_verifiable.ifeval import instructions, instructions_registry, instructions_util
    sys.path.insert(0, sys.argv[1])
    import ifeval_corpus as corpus

    mods = (instructions, instructions_registry, instructions_util, langdetect, nltk.data)
    def snapshot():
        return ([{k: id(v) for k, v in vars(m).items()} for m in mods], list(nltk.data.path),
                langdetect.DetectorFactory.seed)

    before = snapshot()
    from rubric_plugin.checks import run_check
    verdicts = []
    for iid, kwargs, response in corpus.items(every=5):
        for mode in ("strict", "loose"):
            verdicts.append(run_check("ifeval", response, {"instruction_id": iid, **kwargs, "mode": mode}))
    verdicts.append(run_check("sentence_count", "Dr. Smith arrived. He sat.", {"n": 2, "relation": "exactly"}))
    print(json.dumps({"unchanged": snapshot() == before, "verdicts": verdicts}))
""")


def test_checks_change_no_process_wide_state_and_answer_the_same_in_every_process():
    # a fresh interpreter: nothing the plugin does may change NLTK's data path, langdetect's seed,
    # or any attribute of if-verifiable's modules, for the rest of the process
    run = subprocess.run([sys.executable, "-c", _PROBE, str(Path(__file__).parent)], capture_output=True, text=True,
                         timeout=240)
    assert run.returncode == 0, run.stderr[-2000:]
    first = json.loads(run.stdout.strip().splitlines()[-1])
    assert first["unchanged"] is True
    # a verdict does not depend on the process (langdetect's randomness included): that process and this one agree
    here = [run_check("ifeval", r, {"instruction_id": i, **k, "mode": m})
            for i, k, r in corpus.items(every=5) for m in ("strict", "loose")]
    assert first["verdicts"][:-1] == here
    assert first["verdicts"][-1] is True


# plugin check -> how its arguments read the IFEval instruction's kwargs
EQUIVALENT_ARGS = {
    "ends_with": lambda kw: {"phrase": kw["end_phrase"]},
    "postscript": lambda kw: {"marker": kw["postscript_marker"]},
    "response_language": lambda kw: {"language": kw["language"]},
    "json_format": lambda kw: {},
    "no_commas": lambda kw: {},
    "title_in_angle_brackets": lambda kw: {},
}


def test_checks_documented_as_ifeval_equivalents_answer_as_the_reference():
    from rubric_plugin.checks import CHECKS
    from rubric_plugin.checks.registry import _ensure_loaded

    _ensure_loaded()
    equivalents = {name: spec.ifeval for name, spec in CHECKS.items() if spec.ifeval in ifeval.ARGS}
    # every check registered as an IFEval equivalent is compared here
    assert set(equivalents) == set(EQUIVALENT_ARGS)
    cases = [(name, iid, kw, r) for name, target in equivalents.items() for iid, kw, r in corpus.items() if iid == target]
    with corpus.reference_environment():
        expected = [corpus.reference_verdicts(iid, kw, r)[0] for _, iid, kw, r in cases]
    got = [run_check(name, r, EQUIVALENT_ARGS[name](kw)) for name, _, kw, r in cases]
    assert [c[:1] + c[3:] for c, g, e in zip(cases, got, expected) if g != e] == []
    assert {True, False} <= set(expected)
