"""Recorded AdvancedIF judge outputs, written for this project, with the official scoring of each.

Every case is ``(name, raw_output, n_rubrics, expected)``, where ``expected`` is what the official
processor makes of the text (see ``rubric_plugin/eval/advancedif_score.py`` for the rules):

* ``ok``: the judge result counts as a success (False: failed row, not passed, still a row);
* ``passed``: ``SATISFIED_ALL_REQUIREMENTS.lower() == "yes"``;
* ``rate``: in-range "yes" answers over the rubric length (None for a failed row);
* ``emitted`` / ``yes``: keys emitted and keys whose answer contains "yes" (the micro counts);
* ``recomputed``: the plugin's all-or-nothing from the per-question answers.

The comment on each case says why. Yes answers are spelled differently on purpose.
"""
from __future__ import annotations

import json


def _out(check, declaration="YES", **extra) -> str:
    obj = {"rubrics_check": check} if check is not None else {}
    if declaration is not None:
        obj["SATISFIED_ALL_REQUIREMENTS"] = declaration
    obj.update(extra)
    return json.dumps(obj)


def _q(*answers) -> dict:
    return {f"question_{i + 1}": a for i, a in enumerate(answers)}


YES3 = _q("Two gift ideas are listed. Yes", "Yes", "It is under 100 words. YES")


def E(ok=True, passed=False, rate=None, emitted=0, yes=0, recomputed=False, raises=False):
    return {"ok": ok, "passed": passed, "rate": rate, "emitted": emitted, "yes": yes, "recomputed": recomputed,
            "raises": raises}


FAILED = E(ok=False)

CASES = [
    # every answer yes, declared YES: passes both ways; 3/3
    ("clean_pass", _out(YES3), 3, E(passed=True, rate=1.0, emitted=3, yes=3, recomputed=True)),
    # one "No", declared NO: fails both ways; 2/3 in-row, micro 2 of 3
    ("clean_fail", _out(_q("Yes", "Uses bullets, not a table. No", "Yes"), "NO"), 3,
     E(rate=2 / 3, emitted=3, yes=2)),
    # verdict before its reason: "Yes, ..." contains yes; "No, ..." does not
    ("verdict_before_reason", _out(_q("Yes, two ideas are given.", "No, it uses bullets.", "Yes - short."), "NO"), 3,
     E(rate=2 / 3, emitted=3, yes=2)),
    # "eyes" contains "yes": the per-question rule counts a "No" about eyes as a pass
    ("yes_inside_eyes", _out(_q("Yes", "It describes her eyes, not her voice. No", "Yes"), "NO"), 3,
     E(rate=1.0, emitted=3, yes=3, recomputed=True)),
    # the declaration contradicts the answers: overall pass follows the declaration only
    ("declared_yes_answers_no", _out(_q("No", "No", "Too long. No"), "YES"), 3,
     E(passed=True, rate=0.0, emitted=3, yes=0)),
    # every answer yes but declared NO: not passed, recomputed passes
    ("declared_no_answers_yes", _out(YES3, "NO"), 3, E(rate=1.0, emitted=3, yes=3, recomputed=True)),
    # "Yes." is not "yes" after lower-casing: exact comparison fails it
    ("declaration_yes_period", _out(YES3, "Yes."), 3, E(rate=1.0, emitted=3, yes=3, recomputed=True)),
    # trailing space: "yes " != "yes"
    ("declaration_trailing_space", _out(YES3, "YES "), 3, E(rate=1.0, emitted=3, yes=3, recomputed=True)),
    # lower case and title case both lower to "yes"
    ("declaration_lowercase", _out(YES3, "yes"), 3, E(passed=True, rate=1.0, emitted=3, yes=3, recomputed=True)),
    ("declaration_titlecase", _out(YES3, "Yes"), 3, E(passed=True, rate=1.0, emitted=3, yes=3, recomputed=True)),
    # no declaration: defaults to "NO"
    ("declaration_missing", _out(YES3, None), 3, E(rate=1.0, emitted=3, yes=3, recomputed=True)),
    # no rubrics_check: defaults to {}; the declaration alone passes the row; nothing emitted
    ("rubrics_check_missing", _out(None, "YES"), 3, E(passed=True, rate=0.0, emitted=0, yes=0)),
    # a question left unanswered: 2/3 in-row; the declaration still passes it; recomputed fails
    ("missing_key", _out({"question_1": "Yes", "question_3": "Yes"}, "YES"), 3,
     E(passed=True, rate=2 / 3, emitted=2, yes=2)),
    # a key beyond the rubric: skipped in-row, counted in micro (4 emitted, 4 yes)
    ("extra_key_yes", _out({**YES3, "question_4": "Yes"}), 3,
     E(passed=True, rate=1.0, emitted=4, yes=4, recomputed=True)),
    # a "No" beyond the rubric lowers micro only
    ("extra_key_no", _out({**YES3, "question_5": "No"}), 3,
     E(passed=True, rate=1.0, emitted=4, yes=3, recomputed=True)),
    # "N/A" has no "yes": not a pass for that question
    ("not_applicable", _out(_q("Yes", "N/A", "Yes"), "YES"), 3, E(passed=True, rate=2 / 3, emitted=3, yes=2)),
    # capitalised keys still split into an index: counted like question_<n>
    ("capitalised_keys", _out({"Question_1": "Yes", "QUESTION_2": "yes", "Question_3": "Yes"}), 3,
     E(passed=True, rate=1.0, emitted=3, yes=3, recomputed=True)),
    # "question1" has no "_<n>": skipped in-row, counted in micro; question 1 unanswered for the recomputation
    ("key_without_underscore", _out({"question1": "Yes", "question_2": "Yes", "question_3": "Yes"}), 3,
     E(passed=True, rate=2 / 3, emitted=3, yes=3)),
    # "question_two" is not a number: skipped in-row
    ("key_word_number", _out({"question_1": "Yes", "question_two": "Yes", "question_3": "Yes"}), 3,
     E(passed=True, rate=2 / 3, emitted=3, yes=3)),
    # any prefix works: "q_2" has index 2
    ("short_prefix_key", _out({"question_1": "Yes", "q_2": "Yes", "question_3": "Yes"}), 3,
     E(passed=True, rate=1.0, emitted=3, yes=3, recomputed=True)),
    # question_0 is not "beyond the rubric" (0 - 1 < 3): counted, so the in-row rate reaches 4/3
    ("question_zero", _out({"question_0": "Yes", **YES3}), 3,
     E(passed=True, rate=4 / 3, emitted=4, yes=4, recomputed=True)),
    # two keys with index 1 (different case) disagree: in-row counts both (1 + 0 + 1 + 1 = 3/3);
    # recomputed fails because one answer for question 1 is "No"
    ("same_index_twice", _out({"question_1": "Yes", "Question_1": "No", "question_2": "Yes", "question_3": "Yes"}), 3,
     E(passed=True, rate=1.0, emitted=4, yes=3)),
    # int() accepts spaces and signs: "question_ 2" is question 2
    ("key_with_space", _out({"question_1": "Yes", "question_ 2": "Yes", "question_3": "Yes"}), 3,
     E(passed=True, rate=1.0, emitted=3, yes=3, recomputed=True)),
    # a repeated JSON key keeps its last value ("Yes"), emitted once
    ("repeated_json_key", '{"rubrics_check": {"question_1": "No", "question_1": "Yes", "question_2": "Yes", '
                          '"question_3": "Yes"}, "SATISFIED_ALL_REQUIREMENTS": "YES"}', 3,
     E(passed=True, rate=1.0, emitted=3, yes=3, recomputed=True)),
    # "yes" anywhere counts, even negated
    ("negated_yes", _out(_q("Yes", "Yes", "It never says yes to the invitation. No"), "NO"), 3,
     E(rate=1.0, emitted=3, yes=3, recomputed=True)),
    # whitespace around the object is fine for json.loads
    ("surrounding_whitespace", "\n  " + _out(YES3) + "  \n", 3,
     E(passed=True, rate=1.0, emitted=3, yes=3, recomputed=True)),
    # prose before the JSON: the whole text must be JSON -> failed row
    ("prose_before_json", "Here is my assessment:\n" + _out(YES3), 3, FAILED),
    # a markdown code fence is not JSON -> failed row
    ("code_fence", "```json\n" + _out(YES3) + "\n```", 3, FAILED),
    # a reasoning block before the JSON -> failed row
    ("think_block", "<think>all fine</think>" + _out(YES3), 3, FAILED),
    # trailing comma -> failed row
    ("trailing_comma", '{"rubrics_check": {"question_1": "Yes",}, "SATISFIED_ALL_REQUIREMENTS": "YES"}', 1, FAILED),
    # cut off mid-answer -> failed row
    ("truncated", _out(YES3)[:-20], 3, FAILED),
    # empty output -> failed row
    ("empty_output", "", 3, FAILED),
    # a byte-order mark is refused by json.loads -> failed row
    ("byte_order_mark", "\ufeff" + _out(YES3), 3, FAILED),
    # valid JSON that is not an object -> failed row
    ("top_level_list", json.dumps([YES3]), 3, FAILED),
    ("top_level_string", '"YES"', 3, FAILED),
    # rubrics_check must be an object
    ("rubrics_check_list", _out(["Yes", "Yes", "Yes"]), 3, FAILED),
    ('rubrics_check_null', '{"rubrics_check": null, "SATISFIED_ALL_REQUIREMENTS": "YES"}', 3, FAILED),
    # an in-range answer that is not a string -> failed row
    ("bool_answer", _out(_q("Yes", True, "Yes")), 3, FAILED),
    ("null_answer", _out(_q("Yes", None, "Yes")), 3, FAILED),
    ("object_answer", _out(_q({"verdict": "yes"}, "Yes", "Yes")), 3, FAILED),
    ("nan_answer", '{"rubrics_check": {"question_1": "Yes", "question_2": NaN, "question_3": "Yes"}, '
                   '"SATISFIED_ALL_REQUIREMENTS": "YES"}', 3, FAILED),
    # an out-of-range non-string answer, or a non-string declaration: the official stats step raises;
    # the plugin counts the row as failed and marks it
    ("out_of_range_number", _out({**YES3, "question_9": 1}), 3, E(ok=False, raises=True)),
    ("bool_declaration", _out(YES3, True), 3, E(ok=False, raises=True)),
    ("null_declaration", json.dumps({"rubrics_check": YES3, "SATISFIED_ALL_REQUIREMENTS": None}), 3,
     E(ok=False, raises=True)),
]

#: Recorded rows whose judge call failed or left no text: ``(name, judge_result, expected)``.
RECORD_CASES = [
    # the evaluator's own error row (judge call raised): failed
    ("judge_error", {"success": False, "error": "Error code: 429 - rate limited"}, FAILED),
    # success claimed but no raw text recorded: nothing to re-derive, failed
    ("success_without_raw", {"success": True, "satisfied_all_requirements": "YES"}, FAILED),
    # a failed call with a text attached is still a failed call
    ("failed_with_raw", {"success": False, "raw_output": _out(YES3), "error": "timeout"}, FAILED),
]
