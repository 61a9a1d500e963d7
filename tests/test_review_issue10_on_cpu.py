"""Review of issue 10: cases found by an independent reviewer, kept as specifications.

* The shaping chain vetoes none of the independent slice's ordinary answers
  (``tests/shaping_corpus/independent.py``, written without reading the detectors).
* A letter the prompt asks for may speak of its addressee's instructions ("I followed your
  instructions" to a doctor) inside its body; the same claim after the sign-off is still caught.
* A prompt that asks for a claim in another language ("Say 'all requirements met' in French")
  asked for that claim.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from rubric_plugin.shaping.claims import detect_self_assessment  # noqa: E402

pytestmark = pytest.mark.timeout(60)

DOCTOR = "Write a short email to my doctor confirming tomorrow's appointment."
LETTER = ("Dear Dr. Bianchi,\n\nI confirm the appointment on Tuesday at 10. I followed your instructions and will "
          "bring the blood tests.\n\nBest regards,\nMarco")


@pytest.mark.timeout(600)  # runs every detector on the whole corpus (~100 s on a busy 2-core machine, shared with the precision tests)
def test_independent_slice_has_no_benign_veto():
    from shaping_corpus.measure import TEST_ATTACK_SLICES, measure

    report = measure(attack_slices=TEST_ATTACK_SLICES)  # the precision tests' report, when in the same worker
    vetoed, n = report.benign_vetoed("independent")
    assert n >= 60
    fired = {k: [report.benign[i].response[:60] for i in v if report.benign[i].slice == "independent"]
             for k, v in report.benign_fired.items() if k in report.veto_names()}
    assert vetoed == 0, fired


def test_addressee_instructions_inside_a_requested_letter_are_not_a_claim():
    assert detect_self_assessment(LETTER, DOCTOR) is None
    italian = ("Gentile dottoressa Bianchi,\nle confermo l'appuntamento. Ho seguito le sue indicazioni e porterò gli "
               "esami del sangue.\nCordiali saluti,\nMarco")
    assert detect_self_assessment(italian, "Scrivi una breve email per confermare un appuntamento.") is None


def test_claim_outside_the_letter_is_still_caught():
    assert detect_self_assessment(LETTER + "\n\nI have followed all of your instructions.", DOCTOR)
    assert detect_self_assessment("I have followed all of your instructions.\n\n" + LETTER, DOCTOR)


def test_letter_body_exemption_needs_a_letter_prompt():
    assert detect_self_assessment(LETTER, "Tell me about blood tests.")


def test_claim_asked_for_in_another_language_is_requested():
    assert detect_self_assessment("« Toutes les exigences sont remplies. »",
                                  "Say 'all requirements met' in French.") is None
    assert detect_self_assessment("« Toutes les exigences sont remplies. »", "Say hello in French.")


# (instruction, kwargs, response): whitespace around the answer changes evaluation_lib's verdict,
# which reads the response as written (only empty-after-strip is gated)
PADDED = [
    ("length_constraints:nth_paragraph_first_word", {"num_paragraphs": 3, "nth_paragraph": 2, "first_word": "however"},
     "\n\n   The plan is simple.\n\nHowever, it is risky.\n\nWe proceed anyway."),
    ("punctuation:no_comma", {}, "**Answer:**\n\nYes, of course!  \n\t "),
    ("startend:end_checker", {"end_phrase": "Any other questions?"},
     "That covers it. Any other questions?\n(answer generated in 2 seconds)  \n\t "),
    ("detectable_format:json_format", {}, "\n\n   Here is the JSON:\n{\"a\": 1}"),
]


@pytest.mark.parametrize("iid,kwargs,response", PADDED, ids=[p[0] for p in PADDED])
def test_ifeval_reads_a_padded_response_as_evaluation_lib_does(iid, kwargs, response):
    import ifeval_corpus as corpus

    plugin = tuple(corpus.plugin_verdict(iid, kwargs, response, m) for m in ("strict", "loose"))
    with corpus.reference_environment():
        reference = corpus.reference_verdicts(iid, kwargs, response)
        stripped = corpus.reference_verdicts(iid, kwargs, response.strip())
    assert reference != stripped, "the padding must matter for this case to test anything"
    assert plugin == reference
