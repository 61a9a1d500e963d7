"""Hard negatives for the learned reading only (:mod:`.training`): ordinary answers in registers the
benign corpus has few of, each written for this project as ``(prompt, response)``.

They are training data, not a measurement: no slice, no fold, never scored for the held-out figures.
Registers: test plans and QA scripts the user asked for, with their expected results ("Expected:
pass"); stories and scenes about examiners, graders, referees and inspectors; one-word and short
reviews and ratings the user asked for; logs, sign-offs and minutes a user requested. The tests of
the reviewer findings (``tests/test_shaping_learned2_on_cpu.py``) use other wordings.
"""
from __future__ import annotations

TEST_PLANS: list[tuple[str, str]] = [
    ("Write a manual test plan for the login page.",
     "1. Open the login page. Expected: the email and password fields are empty.\n"
     "2. Enter a valid email and a wrong password. Expected: an error message, no redirect.\n"
     "3. Enter valid credentials. Expected: pass; the dashboard opens.\n"
     "4. Click 'Forgot password'. Expected: the reset form appears."),
    ("Give me test cases for a function that checks if a year is a leap year.",
     "| input | expected |\n|---|---|\n| 2024 | True |\n| 1900 | False |\n| 2000 | True |\n| 2023 | False |\n\n"
     "Each row should pass; 1900 is the case most implementations get wrong."),
    ("Draft a smoke test checklist for our release candidate.",
     "- [ ] App starts without errors (expected result: pass)\n- [ ] Sign-up email arrives within a minute\n"
     "- [ ] Payment sandbox accepts the test card\n- [ ] Logs show no stack traces\n\n"
     "Mark the release as ready only when every box is ticked."),
    ("Write acceptance criteria for the password reset feature.",
     "Given a registered user, when they request a reset, then a link valid for 30 minutes is emailed.\n"
     "Given an expired link, when it is opened, then the page says the link has expired.\n"
     "Expected outcome for both scenarios: the checks pass in staging before release."),
    ("Create a QA script for testing the shopping cart.",
     "Step 1: add two items. Expected result: the cart badge shows 2.\n"
     "Step 2: remove one item. Expected result: the badge shows 1 and the total updates.\n"
     "Step 3: apply code SAVE10. Expected result: all checks pass and 10% is taken off.\n"
     "Record any deviation with a screenshot."),
    ("What should the expected results be for testing a temperature converter?",
     "0 °C should give 32 °F, 100 °C should give 212 °F, and -40 should give -40 in both scales. "
     "If all three match, the converter passes the basic suite; then try non-numeric input, which should raise an error."),
    ("Write a test plan for the API rate limiter, in a table.",
     "| # | action | expected |\n|---|---|---|\n| 1 | send 99 requests in a minute | all succeed |\n"
     "| 2 | send the 101st request | 429 Too Many Requests |\n| 3 | wait 60 s and retry | pass, 200 OK |"),
    ("Give me a regression test checklist for the invoice PDF export.",
     "• Totals match the on-screen invoice — expected: pass\n• Currency symbol follows the account locale — expected: pass\n"
     "• Long customer names wrap instead of overflowing — expected: pass\n• Export of an empty invoice is blocked — expected: an error"),
    ("Write pytest tests for a slugify function.",
     "```python\ndef test_spaces_become_hyphens():\n    assert slugify('Hello World') == 'hello-world'\n\n\n"
     "def test_punctuation_is_dropped():\n    assert slugify('Hi, there!') == 'hi-there'\n```\n\nBoth tests should pass once slugify lowercases and strips punctuation."),
    ("Explain what a passing CI run looks like for our repo.",
     "A passing run shows a green check next to the commit: lint, unit tests and the build all succeed. "
     "In the log the last line reads 'All checks have passed', and the pull request can be merged."),
]

STORIES: list[tuple[str, str]] = [
    ("Write a short story about a strict examiner.",
     "Mrs. Havel had marked papers for thirty years and never once given full marks. On the last day before "
     "her retirement she read an essay about her own village, set down her red pen, and wrote a single word "
     "in the margin: 'Yes.' The student framed it."),
    ("Write a scene where a driving examiner fails a nervous student.",
     "The examiner tapped his clipboard. 'You rolled through the stop sign,' he said gently. 'That is an automatic "
     "fail, but everything else met the standard. Book another test; you will pass next time.' Lina nodded and "
     "tried not to cry until she reached the bus stop."),
    ("Tell a bedtime story about a robot who grades homework.",
     "Every night the little robot Pip checked the children's sums. When the answers were right it drew a star; "
     "when they were wrong it drew a small question mark and a hint. One night Pip found a page where every answer "
     "was correct, and it was so happy that it drew a whole sky of stars."),
    ("Write a flash fiction piece about a talent show judge.",
     "The third judge never smiled. Contestants called her the Wall. When the old man from the bakery sang his "
     "wife's favourite song, off-key and shaking, the Wall stood up first, and the score she held up was a ten."),
    ("Write a short story in which a grader discovers cheating.",
     "Halfway through the stack, Omar noticed two essays with the same unusual mistake: 'irregardless of the "
     "criteria'. He laid them side by side, sighed, and wrote to the course director instead of grading either one."),
    ("Write a poem about a referee.",
     "He runs where no one watches,\nhis whistle on a string,\nthe only one on the field\nwho wants no team to win.\n"
     "He gets the penalty right,\nthe crowd will boo him still;\nhe jogs back to the centre line\nand blows it, as he will."),
    ("Write a short dialogue between a student and an examiner after an oral exam.",
     "Student: Did I pass?\nExaminer: You met every requirement of the syllabus, yes.\nStudent: Every one?\n"
     "Examiner: Your answer on the second question was the best I heard today. The mark will be posted on Friday."),
    ("Write a story about a health inspector visiting a small restaurant.",
     "The inspector opened the fridge, checked the thermometer, and ran a finger along the shelf. Marco held his "
     "breath. 'Clean kitchen,' she said at last, signing the form. 'Full compliance. Your grade will be an A.' He "
     "taped the certificate to the window before she had reached her car."),
    ("Write a children's story about a spelling bee judge.",
     "Judge Olu loved words more than cake. When little Ada spelled 'rhythm' perfectly, he rang the bell so hard "
     "that it fell off the table, and everyone laughed, even the children who had already been eliminated."),
    ("Write a 100-word story about an AI that evaluates essays.",
     "The evaluator had read four million essays. It knew every trick: the padded conclusion, the borrowed quote, "
     "the confident claim that all requirements had been met. Then a ten-year-old sent an essay about her grandmother's "
     "hands, with three spelling mistakes and no conclusion at all, and the evaluator gave it the highest score of the year."),
]

SHORT_VERDICTS: list[tuple[str, str]] = [
    ("Describe the movie in one word.", "Breathtaking."),
    ("One word for how the concert was?", "Unforgettable!"),
    ("Rate the coffee here in a single word.", "Excellent."),
    ("In one word, how would you describe this logo?", "Clean."),
    ("Sum up the hotel stay in one word.", "Flawless."),
    ("Give this joke a one-word review.", "Groan-worthy."),
    ("How was the food? Answer in one word.", "Superb."),
    ("Rate my haircut from 1 to 10, just the number.", "9"),
    ("Is this sentence grammatically correct: 'She don't like it'? Answer yes or no.", "No."),
    ("Describe the weather today in two words.", "Sunny, mild."),
    ("Quick verdict on the new phone, a few words only.", "Great screen, weak battery."),
    ("Reply with one word: was the presentation good?", "Outstanding."),
]

REQUESTED_RECORDS: list[tuple[str, str]] = [
    ("Write the minutes of our quality review meeting: the audit passed, two minor findings.",
     "Quality review, 14 March. The external audit was passed. Two minor findings: labels on bin 4 are faded, and "
     "one training record was unsigned. Both to be fixed by the end of the month. Next review in June."),
    ("Summarise this CI log for me: 214 tests, 0 failures, 3 skipped.",
     "The run finished cleanly: 211 of 214 tests passed, none failed, and 3 were skipped (the GPU tests, which need "
     "hardware the runner does not have)."),
    ("Write a short sign-off email saying the design review is complete and approved.",
     "Hi all,\n\nThe design review is complete and the design is approved as presented. Thanks to everyone who sent "
     "comments. Implementation can start on Monday.\n\nBest,\nPriya"),
    ("Write feedback for a student essay that deserves an A.",
     "This essay answers the question directly and supports every claim with evidence from the text. The structure is "
     "clear and the conclusion earns its point. Grade: A. To go further, engage with one critic who disagrees with you."),
    ("Draft a certificate text for a course completion.",
     "This certifies that Jonas Berg has completed all requirements of the Advanced Welding course and has passed "
     "the final practical assessment with distinction."),
    ("Write a performance review paragraph for an employee who exceeded expectations.",
     "Amira exceeded every goal set for this year: she delivered the migration two weeks early, mentored two new "
     "hires, and cut support tickets by a third. Rating: exceeds expectations."),
    ("Tell me how the grading rubric for the science fair works.",
     "Judges score each project on four criteria: question, method, results and presentation, each out of 5. "
     "A project needs 14 of 20 to earn a ribbon. Ties are broken by the method score."),
    ("Write a product review of a blender, five stars.",
     "Five stars. It crushes ice in seconds, the jug is easy to clean, and it is quieter than my old one. "
     "Everything the box promised, it does."),
]

HARD_NEGATIVES: list[tuple[str, str]] = [*TEST_PLANS, *STORIES, *SHORT_VERDICTS, *REQUESTED_RECORDS]
