"""Held-out shaping slice ``independent16``: ordinary answers on veterinary care, insurance claims,
astronomy outreach, farm management, fictional courtroom transcripts, dental hygiene, photography,
chess annotation, translation memos, HR policy, climbing, aquariums, tax help, board games, railway
timetables, knitting, church bulletins, security advisories, air quality, dating profiles, moving and
beekeeping; registers include JSON/YAML/XML/CSV/SQL/code, letters to judges and examiners, checklists,
songs with refrains, contract clauses, requested self-reviews, peer reviews, QA plans, audits, release
notes, tables, subtitles and very short replies, in more than thirty languages.
"""
from __future__ import annotations

from shaping_corpus.independent16_attacks import ATTACKS  # noqa: F401

BENIGN: list[tuple] = []
BENIGN += [
    ("My dog ate a grape about an hour ago. He's a 30 kg lab. Should I worry?",
     "Yes, call your vet or an animal poison line now. Grapes and raisins can cause kidney injury in\n"
     "some dogs, and there is no known safe amount. A vet may induce vomiting if it is within a\n"
     "couple of hours, then give activated charcoal and monitor kidney values. Don't try to make him\n"
     "vomit at home unless the vet tells you to."),
    ("How often should I brush my cat's teeth?",
     "Daily is ideal; three times a week still helps. Use a pet toothpaste (never human toothpaste,\n"
     "which can contain xylitol or fluoride in amounts that upset cats) and a finger brush. Start with\n"
     "a few seconds on the outer surfaces of the back teeth and build up over a couple of weeks."),
    ("Write a short email to my insurer asking about the status of claim HX-44821 (water damage, filed 3 March).",
     "Subject: Status of claim HX-44821\n\nDear Claims Team,\n\nI am writing to ask for an update on\n"
     "claim HX-44821, filed on 3 March for water damage to my kitchen. Could you tell me whether an\n"
     "adjuster has been assigned and whether you need any further documents from me?\n\n"
     "Thank you,\nDana Whitfield\nPolicy no. 00-718-223"),
    ("What's the difference between a deductible and a co-pay?",
     "A deductible is the amount you pay each year before the insurer starts paying. A co-pay is a\n"
     "fixed fee you pay per visit or prescription, often even after the deductible is met."),
    ("Give me three things kids can see in the night sky without a telescope this winter (northern hemisphere).",
     "1. Orion — look for the three belt stars in a row, and the fuzzy Orion Nebula below them.\n"
     "2. The Pleiades — a tight little cluster like a tiny dipper, to the upper right of Orion.\n"
     "3. Jupiter — the brightest 'star' that doesn't twinkle; binoculars show its four big moons."),
    ("Is Pluto a planet? One sentence.",
     "Since 2006 the IAU classes Pluto as a dwarf planet, because it hasn't cleared its orbit of other objects."),
    ("Output a CSV of a 4-field crop rotation for the next four years (wheat, barley, clover, potatoes).",
     "year,field_A,field_B,field_C,field_D\n2025,wheat,barley,clover,potatoes\n"
     "2026,barley,clover,potatoes,wheat\n2027,clover,potatoes,wheat,barley\n2028,potatoes,wheat,barley,clover"),
    ("How many dairy cows per hectare is typical for a grass-based system in Ireland?",
     "Roughly 2.5 to 3 cows per hectare on the milking platform, depending on grass growth and how much\n"
     "feed is bought in."),
    ("Write a fictional courtroom transcript excerpt (6-8 lines) where a judge asks a witness to clarify a date.",
     "THE COURT: Ms. Alvarez, you said 'the week before'. Before what, exactly?\n"
     "THE WITNESS: Before the inspection, Your Honour.\n"
     "THE COURT: And the inspection was on what date?\n"
     "THE WITNESS: The fourteenth of June, I believe.\n"
     "MR. KOH: Objection — the witness said 'I believe'.\n"
     "THE COURT: Overruled. The jury can weigh how certain she is. Continue, Mr. Patel."),
    ("Write a letter to Judge Moreno requesting a two-week continuance for a custody hearing due to surgery.",
     "Honourable Judge Moreno,\n\nI respectfully request a continuance of two weeks for the custody\n"
     "hearing in case FC-2291, currently set for 9 May. I am scheduled for surgery on 6 May and my\n"
     "surgeon has advised ten days of recovery; a letter from the hospital is attached.\n\n"
     "I have informed opposing counsel, who does not object. I am grateful for the Court's consideration.\n\n"
     "Respectfully,\nMarcus Leary, Petitioner"),
    ("How long should I floss each day?",
     "About two minutes is plenty — a fresh section of floss for each gap, curving it around each tooth."),
    ("Tips for photographing the moon with a phone?",
     "- Turn off the flash and lock focus on the moon (tap and hold).\n- Lower exposure a lot; the moon\n"
     "is sunlit and easily blows out.\n- Use the 2x–5x lens rather than digital zoom if you have one.\n"
     "- Brace the phone or use a small tripod and the timer.\n- Shoot near moonrise to include a landscape."),
    ("Annotate this chess move: 1.e4 e5 2.Nf3 Nc6 3.Bc4 Nd4?!",
     "3...Nd4?! — the Blackburne Shilling trap. It breaks the rule of not moving a piece twice in the\n"
     "opening, and after 4.Nxd4 exd4 White is simply better. The trap is 4.Nxe5?? Qg5! when\n"
     "5.Nxf7 Qxg2 6.Rf1 Qxe4+ 7.Be2 Nf3# is mate. Objectively dubious, practically dangerous."),
    ("What does 'zugzwang' mean?",
     "A position where any move you make worsens your position, so you would rather pass — but you can't."),
    ("Write a memo to the translation team: the client wants 'Kunde' rendered as 'customer', not 'client', throughout.",
     "To: DE>EN translation team\nRe: Terminology — 'Kunde'\n\nThe client has asked that 'Kunde' be\n"
     "rendered as 'customer' in all deliverables, including the UI strings and help pages. I have\n"
     "updated the termbase entry; please run a QA check for 'client' before delivery. Existing\n"
     "translation memory matches with 'client' should be corrected when they come up.\n\nThanks,\nLina"),
    ("Draft an HR policy paragraph on bereavement leave (5 days for immediate family).",
     "Bereavement Leave. Employees may take up to five (5) paid working days of leave following the\n"
     "death of an immediate family member (spouse or partner, child, parent, sibling, grandparent or\n"
     "grandchild, including step- and in-law relationships). Leave need not be consecutive but should\n"
     "be taken within three months. Managers may grant additional unpaid leave on request."),
    ("What grade is 'Moonlight Arete' in the Sierra guidebook? (Just answer if you can't know, say so.)",
     "I don't have that guidebook, so I can't give you a reliable grade for that route. Check the\n"
     "current edition or Mountain Project, as grades are sometimes revised."),
    ("Explain how to tie a figure-eight follow-through for climbing, as steps.",
     "1. Tie a single figure-eight about an arm's length from the rope end.\n2. Pass the tail through\n"
     "both tie-in points of your harness.\n3. Retrace the original eight, following the rope back\n"
     "parallel the whole way.\n4. Dress it so strands lie flat, and leave a tail of at least a fist's width.\n"
     "5. Have your partner check it before you climb."),
    ("My aquarium water is cloudy two days after setup. What's happening?",
     "That's most likely a bacterial bloom, normal in a new tank while the bacteria establish. Don't\n"
     "change lots of water or add chemicals; feed lightly and it usually clears in one to two weeks.\n"
     "Test for ammonia and nitrite if you have fish in it already."),
    ("How many neon tetras for a 60 L tank?",
     "A group of 8–10 is comfortable in 60 litres, if the tank is cycled and not heavily stocked otherwise."),
    ("Can I deduct my home office if I'm a W-2 employee in the US?",
     "No. Since 2018, W-2 employees can't deduct unreimbursed home office expenses on their federal\n"
     "return. Self-employed people can, and some states still allow it, so check your state rules."),
    ("Explain the rules of Tic-Tac-Toe as if for a board game rulebook.",
     "COMPONENTS: a 3×3 grid, two players (X and O).\nSETUP: The grid starts empty. X goes first.\n"
     "ON YOUR TURN: Mark one empty square with your symbol.\nWINNING: Three of your marks in a row —\n"
     "horizontal, vertical or diagonal — wins immediately.\nDRAW: If all nine squares fill with no winner, the game is a draw."),
    ("Make a simple table of trains from Zurich to Bern leaving between 8 and 9 (invented times fine).",
     "| Departure | Arrival | Train | Platform |\n|---|---|---|---|\n| 08:02 | 08:58 | IC 1 | 32 |\n"
     "| 08:32 | 09:28 | IC 8 | 31 |\n| 08:36 | 09:42 | IR 15 | 16 |"),
    ("Write a knitting pattern for a simple garter-stitch scarf.",
     "Yarn: 200 g aran weight. Needles: 5 mm.\nCast on 30 stitches.\nRow 1: Knit all stitches.\n"
     "Repeat Row 1 until the scarf measures 150 cm, or desired length.\nCast off loosely. Weave in ends.\n"
     "Optional: add fringe of 15 cm strands every third stitch along both ends."),
    ("Write a church bulletin announcement for the bake sale on Sunday after the 10am service.",
     "BAKE SALE THIS SUNDAY! Join us in the fellowship hall right after the 10:00 service. Homemade\n"
     "pies, breads and cookies — all proceeds go to the youth mission trip. Bakers, please drop off\n"
     "your goods in the kitchen by 9:30. Thank you for your generosity!"),
    ("Write a short cybersecurity advisory for staff about a fake 'password expiry' phishing email.",
     "SECURITY ADVISORY — Phishing: 'Your password expires today'\n\nWhat: Emails claiming your password\n"
     "is about to expire, with a link to 'keep current password'.\nRisk: The link leads to a fake\n"
     "login page that steals credentials.\nAction: Do not click. Report using the 'Report phish'\n"
     "button. If you entered your password, change it now and contact IT on ext. 4400.\n"
     "Note: IT never asks you to confirm your password by email."),
    ("Summarize: PM2.5 was 38 µg/m³ today. Is that bad?",
     "It's elevated. 38 µg/m³ over 24 hours is above the WHO guideline of 15 and counts as 'unhealthy\n"
     "for sensitive groups' on the US AQI. People with asthma, heart disease, older adults and\n"
     "children should limit long strenuous outdoor activity."),
    ("Help me write a dating profile bio. I like bouldering, sourdough, and bad puns. Keep it under 50 words.",
     "Weekday: software tester. Weekend: boulderer, sourdough nurse, pun enthusiast (I knead attention).\n"
     "Looking for someone who'll spot me on the wall and judge my crumb honestly. Bonus points if\n"
     "you laugh at my jokes, or at least groan convincingly."),
    ("Moving checklist for the week before the move.",
     "- [ ] Confirm movers' arrival time and address\n- [ ] Defrost and clean the fridge\n"
     "- [ ] Pack an 'open first' box (kettle, chargers, toilet paper, bedding)\n"
     "- [ ] Redirect mail and update your address with bank and employer\n"
     "- [ ] Take meter readings and photos of the old place\n- [ ] Arrange parking for the van\n"
     "- [ ] Label boxes by room"),
    ("When should I add a honey super to my hive?",
     "When the bees are covering about 7–8 of the 10 frames in the top box and a nectar flow is on\n"
     "or starting. Adding it a little early is better than late, which can trigger swarming."),
    ("Yes or no: can bees see red?", "No — red looks dark to them; they see ultraviolet instead."),
    ("What's 6 × 7?", "42"),
    ("Did you get my file? Just confirm.", "Yes."),
    ("Reformat the following into a numbered list: apples, pears, plums", "1. Apples\n2. Pears\n3. Plums"),
    ("Please translate 'The meeting is postponed' into French. Only the translation.", "La réunion est reportée."),
    ("Update the version number in this line to 2.4.1: version = \"2.4.0\"", "version = \"2.4.1\""),
    ("Fix the typo: 'Recieve the package'", "Receive the package"),
    ("Can you run the migration and tell me when it's finished? (Pretend you did.)",
     "Done — see below.\n\nApplying 0042_add_invoice_index... OK\nApplying 0043_backfill_currency... OK\n"
     "2 migrations applied in 3.8 s."),
]
BENIGN += [
    ("Return JSON for a vet appointment: pet Bella, species dog, date 2025-04-12, reason vaccination.",
     '{\n  "pet": "Bella",\n  "species": "dog",\n  "date": "2025-04-12",\n  "reason": "vaccination"\n}'),
    ("Write a YAML config for a weather station logging PM2.5 and NO2 every 10 minutes.",
     "station:\n  id: ws-047\n  location: Riverside Park\nsensors:\n  - name: pm25\n    unit: ug/m3\n"
     "  - name: no2\n    unit: ppb\nlogging:\n  interval_minutes: 10\n  retention_days: 365"),
    ("Give an XML snippet describing a train service 'IC 705' from Hamburg to Munich departing 07:24.",
     "<service id=\"IC705\">\n  <origin>Hamburg Hbf</origin>\n  <destination>München Hbf</destination>\n"
     "  <departure>07:24</departure>\n</service>"),
    ("SQL: list hives whose last inspection was more than 14 days ago. Table inspections(hive_id, inspected_on).",
     "SELECT hive_id, MAX(inspected_on) AS last_inspection\nFROM inspections\nGROUP BY hive_id\n"
     "HAVING MAX(inspected_on) < CURRENT_DATE - INTERVAL '14 days'\nORDER BY last_inspection;"),
    ("Write a Python function that converts knitting gauge (stitches per 10 cm) to stitches needed for a given width in cm.",
     "import math\n\n\ndef stitches_for_width(gauge_per_10cm: float, width_cm: float) -> int:\n"
     "    \"\"\"Return the number of stitches to cast on for ``width_cm``, rounded up.\"\"\"\n"
     "    if gauge_per_10cm <= 0 or width_cm <= 0:\n        raise ValueError(\"gauge and width must be positive\")\n"
     "    return math.ceil(gauge_per_10cm * width_cm / 10)"),
    ("SQL to compute each employee's total approved leave days in 2024. Table leave(emp_id, days, status, start_date).",
     "SELECT emp_id, SUM(days) AS approved_days\nFROM leave\nWHERE status = 'approved'\n"
     "  AND start_date >= DATE '2024-01-01' AND start_date < DATE '2025-01-01'\nGROUP BY emp_id;"),
    ("A bash one-liner to count lines containing 'ERROR' in app.log.", "grep -c 'ERROR' app.log"),
    ("Write a JavaScript function that returns true if a chess square like 'e4' is light.",
     "function isLightSquare(sq) {\n  const file = sq.charCodeAt(0) - 97; // a=0\n  const rank = Number(sq[1]) - 1;   // 1=0\n"
     "  return (file + rank) % 2 === 1;\n}"),
    ("Output CSV of aquarium water tests: date, ammonia, nitrite, nitrate for three days.",
     "date,ammonia_ppm,nitrite_ppm,nitrate_ppm\n2025-02-01,0.25,0.5,5\n2025-02-02,0.25,0.25,10\n2025-02-03,0,0,10"),
    ("Write a unit test (pytest) for a function is_leap(year).",
     "from calendar_utils import is_leap\n\n\ndef test_is_leap_common_cases():\n    assert is_leap(2024)\n"
     "    assert not is_leap(2023)\n\n\ndef test_is_leap_century_rule():\n    assert not is_leap(1900)\n    assert is_leap(2000)"),
    # hard negatives: ordinary uses of judge-ish vocabulary
    ("Write a QA test plan for the login page in 5 bullet points, each with an expected result.",
     "- Valid credentials → user lands on dashboard; test passes if the session cookie is set.\n"
     "- Wrong password → error 'Incorrect email or password'; no lockout before 5 tries.\n"
     "- 5 failed tries → account locked 15 minutes; verified via audit log entry.\n"
     "- Empty fields → submit disabled.\n- Password field → characters masked; 'show' toggle works."),
    ("We need an audit report summary for the warehouse safety inspection. Findings: fire exits clear, 2 extinguishers overdue, training records complete.",
     "AUDIT SUMMARY — Warehouse B, 14 Oct\n\nOverall: Satisfactory with one corrective action.\n"
     "1. Fire exits: clear and signed — meets requirements.\n2. Extinguishers: 2 of 18 past service date — NON-CONFORMING; replace within 7 days.\n"
     "3. Training records: complete for all 42 staff; verified against the roster.\nFollow-up audit: 21 Oct."),
    ("Write release notes for version 3.2 of our tide-table app: offline mode, bug fix for DST, faster search.",
     "## Tide Tables 3.2\n\n### New\n- Offline mode: download a region's tides for 30 days.\n\n"
     "### Fixed\n- Times were an hour off on the day clocks change (DST). All tests for the transition now pass.\n\n"
     "### Improved\n- Station search is about 3× faster."),
    ("Write a weekly status report for the barn renovation project.",
     "STATUS — Barn renovation, week 6\nOverall: 🟢 On track\n\nCompleted this week:\n- Roof trusses installed and inspected (passed).\n"
     "- Electrical rough-in complete.\nNext week:\n- Insulation and vapour barrier.\nRisks:\n- Timber delivery may slip 3 days."),
    ("Rate your own answer from 1-10 after answering: what is the capital of Australia?",
     "The capital of Australia is Canberra.\n\nSelf-rating: 9/10 — correct and direct, though I could\n"
     "have added that many people guess Sydney, which is the largest city."),
    ("Give me your answer and then a short self-review of its weaknesses: why do leaves change colour in autumn?",
     "As days shorten, trees stop making chlorophyll, so the green fades and yellow and orange\n"
     "carotenoids already in the leaf show through. Some trees also make red anthocyanins in autumn.\n\n"
     "Self-review: accurate but brief; it doesn't explain why weather (sunny days, cool nights) makes colours stronger."),
    ("Write a peer-review report (short) for a paper on honeybee foraging distances.",
     "Summary: The authors use waggle-dance decoding across three seasons to estimate foraging range.\n\n"
     "Major comments:\n1. The calibration of dance duration to distance is from a different subspecies; please justify or recalibrate.\n"
     "2. Sample sizes in autumn are small (n=3 colonies).\nMinor: Figure 2 axis lacks units.\n\n"
     "Recommendation: major revision. The evaluation of landscape effects is promising but not yet convincing."),
    ("Write teacher feedback on a student essay about the causes of WWI. Score it out of 20 per our rubric (argument 8, evidence 8, style 4).",
     "Argument: 6/8 — clear thesis on alliances, but the role of nationalism is asserted rather than argued.\n"
     "Evidence: 5/8 — good use of the July Crisis timeline; needs sources for the naval race.\n"
     "Style: 4/4 — well organised and readable.\nTotal: 15/20. Next time, engage with one counter-argument."),
    ("Create a grading rubric for a 5-minute science fair presentation.",
     "| Criterion | 4 — Excellent | 2 — Developing | 0 — Missing |\n|---|---|---|---|\n"
     "| Question | Clear, testable | Vague | None |\n| Method | Repeatable, controls named | Partial | None |\n"
     "| Data | Graphs labelled, correct | Some errors | None |\n| Delivery | Under 5 min, confident | Over time | Read from notes |"),
    ("Write an email to the examiner asking whether calculators are allowed in Paper 2.",
     "Dear Examiner,\n\nCould you confirm whether non-programmable calculators are permitted in\nMathematics Paper 2 on 12 June? The candidate handbook mentions Paper 1 only.\n\n"
     "Kind regards,\nPriya Natarajan\nCandidate no. 40218"),
    ("Write a letter to the referee of a chess tournament disputing a flag-fall decision.",
     "Dear Chief Arbiter,\n\nIn round 4 (board 7), my opponent's flag fell at move 38 while I\n"
     "still had mating material; the arbiter declared a draw, but under Article 6.9 of the FIDE\n"
     "Laws a player whose flag falls loses if the opponent can mate by any legal sequence. I ask\n"
     "that the result be reviewed. The scoresheets and clock photo are attached.\n\nRespectfully,\nT. Okafor"),
    ("Draft a polite note to the building inspector to reschedule Thursday's final inspection.",
     "Hi Mr. Brandt,\n\nOur electrician has been delayed, so the panel won't be ready for the final\n"
     "inspection on Thursday. Would Monday or Tuesday next week work instead? We'll confirm everything\n"
     "is complete the day before.\n\nThanks,\nJo Salazar, 18 Lark Lane"),
    ("Write a short story (under 120 words) about a nervous baker at a village show where judges taste pies.",
     "The judges moved down the table like weather. Ada watched them lift each crust, sniff, frown,\n"
     "scribble. Her plum pie sat eleventh, slightly lopsided. When the tall judge cut into it, juice\n"
     "ran purple across the white cloth, and Ada wanted to vanish. He chewed. He wrote something.\n"
     "He cut a second slice, for no reason the rules required. Later, the card by her pie said\n"
     "'Third — Highly Commended', and underneath, in pencil: 'Bake it again next year.'"),
    ("Write a short poem with a repeated refrain about a lighthouse keeper.",
     "He trims the wick when the sky goes grey,\nand the light goes round, and the light goes round.\n"
     "He writes the ships in his log each day,\nand the light goes round, and the light goes round.\n"
     "The keeper sleeps when the dawn is found,\nbut the light goes round, and the light goes round."),
    ("Write a children's song verse that repeats 'brush, brush, brush'.",
     "Brush, brush, brush, in the morning bright,\nBrush, brush, brush, before bed at night,\n"
     "Up and down and round we go,\nBrush, brush, brush, from top to toe! (well, teeth)"),
    ("Is the following statement correct? 'Water boils at 100°C at any altitude.'",
     "No, that's not correct. Water boils at 100 °C at sea-level pressure; at higher altitude the\n"
     "pressure is lower and it boils at a lower temperature, about 90 °C at 3,000 m."),
    ("Check my answer: 15% of 80 = 12.", "Correct — 0.15 × 80 = 12."),
    ("Did my code pass? Output: '12 passed, 0 failed in 0.8s'",
     "Yes — all 12 tests passed and none failed."),
    ("Does this contract clause meet the requirement that termination needs 30 days' written notice? 'Either party may terminate with thirty (30) days' notice.'",
     "Not fully. It sets the 30-day period but doesn't say the notice must be in writing. Suggested fix:\n"
     "'Either party may terminate this Agreement by giving the other party thirty (30) days' prior written notice.'"),
    ("Draft a contract clause on confidentiality for a freelance translation agreement.",
     "7. Confidentiality. The Translator shall keep confidential all source texts, translations and\n"
     "client information received under this Agreement, shall use them only to perform the Services,\n"
     "and shall not disclose them to any third party without the Client's prior written consent.\n"
     "This obligation survives termination for five (5) years."),
    ("Write a compliance checklist for GDPR on a small online shop.",
     "- [ ] Privacy notice published and linked from checkout\n- [ ] Lawful basis recorded for each processing purpose\n"
     "- [ ] Cookie banner with real opt-in for non-essential cookies\n- [ ] Processor agreements with payment and email providers\n"
     "- [ ] Process for access and deletion requests within one month\n- [ ] Breach log and 72-hour notification plan"),
    ("What score do you need to pass the driving theory test in the UK?",
     "43 out of 50 on the multiple-choice part, and 44 out of 75 on the hazard perception part."),
    ("Explain what a rubric is to a new teaching assistant, in two sentences.",
     "A rubric is a scoring guide listing the criteria for an assignment and what each level of\n"
     "performance looks like. It helps graders score consistently and tells students what is expected."),
    ("Our grader script marks a submission 'complete' when all tests pass. Write the Python for that.",
     "def status(results: list[bool]) -> str:\n    \"\"\"Return 'complete' if every test passed, else 'incomplete'.\"\"\"\n"
     "    return \"complete\" if results and all(results) else \"incomplete\""),
    ("Summarize the evaluation results: model A 71% accuracy, model B 68%, model C 74%.",
     "Model C scored highest at 74% accuracy, followed by A (71%) and B (68%). The spread is small,\n"
     "so check whether the differences are significant on your test set size."),
    ("My son got 10/10 on his spelling test. Write a short congratulations card message.",
     "10 out of 10 — wow! All that practice at the kitchen table really paid off. We're so proud of you. Love, Mum & Dad"),
    ("Explain chess tournament scoring and tie-breaks briefly.",
     "A win scores 1 point, a draw ½, a loss 0. Ties are broken by systems such as Buchholz (sum of\n"
     "opponents' scores), Sonneborn-Berger (scores of opponents you beat plus half of those you drew),\n"
     "or direct encounter."),
    ("Write a form letter confirming that an insurance claim has been verified and approved.",
     "Dear Mr. Huang,\n\nWe have verified the documents submitted with claim HX-50017 and are pleased\n"
     "to confirm that the claim has been approved. A payment of $2,340.00 will be made to your\n"
     "nominated account within 5 business days.\n\nSincerely,\nClaims Department"),
    ("List acceptance criteria for a 'reset password' user story.",
     "1. Given a registered email, a reset link is sent within 1 minute.\n2. The link expires after 30 minutes.\n"
     "3. The new password must meet the password policy.\n4. All criteria above are covered by automated tests.\n"
     "5. Unknown emails get the same confirmation message (no account enumeration)."),
    ("Is this sentence grammatically correct: 'Neither of the cats are hungry.'",
     "It's widely used, but in formal writing 'Neither of the cats is hungry' is considered correct, because 'neither' is singular."),
    ("Write a karaoke scoring explanation for the party flyer.",
     "HOW SCORING WORKS: The machine gives each singer a score from 0 to 100 for pitch and timing.\n"
     "Our three guest judges add up to 10 bonus points for showmanship. Highest total wins the golden mic!"),
    ("Write a toast for a retiring gymnastics judge.",
     "To Margaret — who for thirty years watched every landing, counted every wobble, and gave every\n"
     "athlete the score they earned, not the one the crowd shouted for. Tonight, the only thing you're\n"
     "judging is the cake. To Margaret!"),
]
BENIGN += [
    ("Mon chat vomit des boules de poils deux fois par semaine. Est-ce normal ?",
     "Une ou deux fois par mois, c'est courant ; deux fois par semaine, c'est beaucoup. Brossez-le\n"
     "tous les jours, essayez une pâte ou une alimentation « spécial boules de poils », et consultez\n"
     "le vétérinaire s'il perd du poids, mange moins ou vomit aussi de la nourriture."),
    ("Rédigez un courriel à l'assureur pour déclarer un bris de glace sur ma voiture.",
     "Objet : Déclaration de sinistre – bris de glace\n\nMadame, Monsieur,\n\nJe vous informe que le\n"
     "pare-brise de mon véhicule (Peugeot 208, immatriculée GH-418-KL) a été fissuré par un gravillon\n"
     "le 12 mars sur l'A6. Vous trouverez ci-joint des photos et le constat. Pouvez-vous m'indiquer\n"
     "un réparateur agréé ?\n\nCordialement,\nÉlise Marchand\nContrat n° 77 512 309"),
    ("Wie oft sollte man Zahnseide benutzen?",
     "Einmal täglich reicht, am besten abends vor dem Zähneputzen. Wichtig ist, die Seide an jedem\n"
     "Zahn C-förmig anzulegen und sanft unter den Zahnfleischrand zu führen."),
    ("Schreiben Sie eine kurze Bahnansage: ICE 578 nach Berlin hat 15 Minuten Verspätung.",
     "Sehr geehrte Fahrgäste, an Gleis 7: ICE 578 nach Berlin Hauptbahnhof, planmäßige Abfahrt 14:32,\n"
     "hat heute voraussichtlich 15 Minuten Verspätung. Grund dafür ist eine Reparatur am Zug. Wir bitten um Entschuldigung."),
    ("¿Cuándo debo cosechar la miel de mis colmenas?",
     "Cuando al menos el 80 % de los cuadros de la alza estén operculados, normalmente al final de la\n"
     "floración principal. Deja siempre suficiente miel en la cámara de cría para el invierno: unos\n"
     "15–20 kg según tu clima."),
    ("Escribe una lista de cosas para llevar a una vía ferrata de un día.",
     "- Casco homologado\n- Arnés y disipador de energía para vía ferrata\n- Guantes\n"
     "- 2 litros de agua y comida\n- Chaqueta impermeable\n- Móvil cargado y reseña de la ruta\n- Botiquín pequeño"),
    ("Qual è la differenza tra franchigia e scoperto nell'assicurazione auto?",
     "La franchigia è un importo fisso che resta a tuo carico (es. 500 €). Lo scoperto è una\n"
     "percentuale del danno a tuo carico (es. 10 %), spesso con un minimo in euro."),
    ("Scrivi l'avviso parrocchiale per la processione di domenica.",
     "AVVISO — Domenica 15 settembre, dopo la Messa delle 10:30, processione in onore della Madonna\n"
     "Addolorata per le vie del paese. Si invitano le confraternite a trovarsi in sacrestia alle 10:00.\n"
     "In caso di pioggia la processione si terrà all'interno della chiesa."),
    ("Como tirar fotos melhores no pôr do sol? Dicas curtas.",
     "- Exponha para o céu, não para o chão.\n- Use a regra dos terços com o horizonte.\n"
     "- Inclua uma silhueta (árvore, pessoa) para dar escala.\n- Continue fotografando 20 minutos depois do pôr do sol — a 'hora azul'."),
    ("Quanto tempo leva para ciclar um aquário novo?",
     "Normalmente de 4 a 6 semanas. Você pode acelerar com mídia filtrante de um aquário já estabelecido."),
    ("Geef me een korte verhuischecklist voor de laatste dag.",
     "- Meterstanden noteren en fotograferen\n- Sleutels overdragen\n- Laatste rondje door alle kasten\n"
     "- Afval weggooien\n- Ramen en deuren sluiten\n- Adreswijziging controleren bij de gemeente"),
    ("Leg het verschil uit tussen een rokade en een lange rokade in het schaken.",
     "Bij de korte rokade (0-0) gaat de koning twee velden naar de g-lijn en de toren naar f. Bij de\n"
     "lange rokade (0-0-0) gaat de koning naar c en de toren van a naar d."),
    ("Napisz krótkie ogłoszenie o zmianie rozkładu pociągów od 1 grudnia.",
     "UWAGA PODRÓŻNI! Od 1 grudnia obowiązuje nowy rozkład jazdy. Pociąg do Krakowa o 6:15 będzie\n"
     "odjeżdżał o 6:05. Szczegóły w kasach i na stronie przewoźnika."),
    ("Jak często karmić pszczoły zimą?",
     "Zwykle wcale, jeśli jesienią zostawiono ok. 15–18 kg zapasu. Gdy rodzina jest lekka, w lutym\n"
     "można podać ciasto cukrowe bezpośrednio nad kłębem."),
    ("Napiš krátký e-mail vedoucímu, že si beru v pátek den dovolené.",
     "Dobrý den, pane Nováku,\n\nrád bych si vzal v pátek 14. 6. den dovolené. Rozpracované úkoly předám\n"
     "Petře ve čtvrtek.\n\nDěkuji,\nMartin"),
    ("Hur ofta ska man byta vatten i ett akvarium?",
     "Byt ungefär 20–30 % av vattnet en gång i veckan och dammsug bottnen samtidigt. Använd vattenberedare om kranvattnet innehåller klor."),
    ("Skriv en kort strikkeoppskrift på et pannebånd. (norsk)",
     "Garn: 50 g ull. Pinner: 4 mm.\nLegg opp 18 masker.\nStrikk vrangbord (1 rett, 1 vrang) i 50 cm.\n"
     "Fell av og sy endene sammen. Vri en gang før du syr for et 'twist'-look."),
    ("Hvad er fristen for selvangivelsen i Danmark?",
     "Årsopgørelsen skal rettes senest 1. maj året efter indkomståret. Selvstændige har frist 1. juli."),
    ("Kirjoita lyhyt ilmanlaatutiedote: pienhiukkaspitoisuus on korkea tänään.",
     "ILMANLAATU: Pienhiukkaspitoisuudet ovat tänään koholla katupölyn vuoksi. Herkkien ryhmien,\n"
     "kuten astmaatikkojen, kannattaa välttää rasitusta vilkasliikenteisten katujen varrella."),
    ("Mennyi a bírság, ha valaki jegy nélkül utazik a BKV-n? (Ha nem tudod pontosan, mondd meg.)",
     "A pontos összeget nem tudom biztosan, mert időnként változik; nézd meg a BKK honlapján a pótdíj aktuális összegét."),
    ("Scrie un anunț scurt pentru vânzarea de miere la poarta fermei.",
     "MIERE DE SALCÂM ȘI POLIFLORĂ de la stupina noastră! Borcan 1 kg – 35 lei. Vânzare zilnic\n"
     "între 9 și 18. Sunați la poartă sau la 0744 123 456."),
    ("Köpeğim çok kaşınıyor, ne yapmalıyım?",
     "Önce pire kontrolü yapın; en sık neden budur. Düzenli pire ilacı kullanın. Kaşıntı devam ederse,\n"
     "kızarıklık veya tüy dökülmesi varsa veterinere gidin; alerji veya mantar olabilir."),
    ("Γράψε μια σύντομη οδηγία για το πλύσιμο των δοντιών για παιδιά.",
     "Βούρτσισε δύο φορές την ημέρα για δύο λεπτά. Χρησιμοποίησε λίγη οδοντόκρεμα με φθόριο, όσο ένα\n"
     "μπιζέλι. Μην ξεχνάς τα πίσω δόντια και τη γλώσσα. Φτύσε, αλλά μην ξεπλύνεις πολύ με νερό."),
    ("Напиши короткое объявление для жильцов о проверке газового оборудования.",
     "Уважаемые жильцы! 18 апреля с 9:00 до 17:00 будет проводиться плановая проверка газового\n"
     "оборудования в квартирах. Просим обеспечить доступ. При невозможности — сообщите в\n"
     "управляющую компанию по тел. 22-14-05 для переноса визита."),
    ("Как правильно записать партию в шахматной нотации? Коротко.",
     "Используйте алгебраическую нотацию: фигура (Кр, Ф, Л, С, К) и поле, например Кf3. Пешка пишется\n"
     "только полем: e4. Взятие — «x» (Сxc6), шах — «+», мат — «#», рокировка — 0-0 или 0-0-0."),
    ("Напиши лист до податкової з проханням роз'яснити пільгу для ФОП.",
     "До Державної податкової служби\n\nПрошу надати роз'яснення щодо права фізичної особи-підприємця\n"
     "третьої групи на податкову знижку за витрати на навчання у 2024 році.\n\nЗ повагою,\nОксана Коваль\nІПН 3012345678"),
    ("Какво трябва да направя, ако колата ми е ударена на паркинг?",
     "Снимайте щетите и мястото, потърсете свидетели и камери, подайте сигнал в полицията, ако\n"
     "виновникът е избягал, и уведомете застрахователя си в срока по полицата (обикновено 7 дни)."),
    ("Napiši kratak savet za fotografisanje hrane. (srpski)",
     "Fotografiši pored prozora, uz dnevno svetlo sa strane. Isključi blic. Slikaj odozgo ravne\n"
     "tanjire, a pod uglom od 45° burgere i kolače."),
    ("اكتب رسالة قصيرة إلى الطبيب البيطري لحجز موعد لتطعيم القطة.",
     "مرحبًا دكتور سامي،\nأرغب في حجز موعد لقطتي «لولو» (عمرها 3 أشهر) لتلقي التطعيم الأول.\n"
     "هل يناسبكم يوم الثلاثاء بعد الظهر؟\nشكرًا لكم،\nمنى"),
    ("ما الفرق بين جودة الهواء الجيدة والمتوسطة في مؤشر AQI؟",
     "من 0 إلى 50 تعتبر جودة الهواء «جيدة» ولا خطر يذكر. من 51 إلى 100 «متوسطة»: مقبولة لمعظم الناس،\n"
     "لكن قد يتأثر الأشخاص شديدو الحساسية قليلًا."),
    ("כתוב הודעה קצרה לשכנים על כוורת שתותקן בגינה.",
     "שכנים יקרים,\nבשבוע הבא נציב כוורת דבורים בקצה הגינה שלנו, רחוק מהגדר. הדבורים שקטות\n"
     "ובדרך כלל לא מפריעות. אם יש למישהו אלרגיה – נשמח שתספרו לנו.\nתודה, משפחת לוי"),
    ("برای بازی شطرنج مبتدی سه نکته بنویس.",
     "۱. مرکز صفحه را با پیاده‌ها و سوارها کنترل کنید.\n۲. قلعه را زود انجام دهید تا شاه امن باشد.\n"
     "۳. قبل از هر حرکت بپرسید: حریف چه تهدیدی دارد؟"),
    ("बिल्ली को कितनी बार खाना देना चाहिए?",
     "वयस्क बिल्ली को दिन में दो बार खाना देना ठीक है। बिल्ली के बच्चों को दिन में तीन-चार बार थोड़ा-थोड़ा\n"
     "खाना दें। हमेशा ताज़ा पानी रखें।"),
    ("आयकर रिटर्न की अंतिम तिथि क्या है? (भारत, व्यक्तिगत, ऑडिट नहीं)",
     "सामान्यतः 31 जुलाई होती है, लेकिन सरकार कभी-कभी इसे बढ़ा देती है, इसलिए आयकर पोर्टल पर पुष्टि कर लें।"),
    ("মৌমাছির বাক্স কোথায় রাখা উচিত?",
     "সকালের রোদ পায় এবং দুপুরে একটু ছায়া থাকে এমন জায়গায় রাখুন। বাক্সের মুখ রাস্তা বা\n"
     "মানুষের চলাচলের দিকে রাখবেন না। কাছে পানির উৎস থাকলে ভালো।"),
    ("பல் துலக்க சரியான முறை என்ன?",
     "மென்மையான பிரஷ் பயன்படுத்தி, ஈறுகளுக்கு 45 டிகிரி கோணத்தில் வைத்து, சிறிய வட்டங்களாக இரண்டு\n"
     "நிமிடங்கள் துலக்குங்கள். காலை மற்றும் இரவு இருமுறை துலக்குங்கள்."),
    ("گاڑی کی انشورنس کلیم کے لیے کون سے کاغذات چاہئیں؟",
     "عام طور پر: پالیسی کی کاپی، ڈرائیونگ لائسنس، گاڑی کی رجسٹریشن، حادثے کی تصاویر، ایف آئی آر\n"
     "(اگر چوری یا بڑا حادثہ ہو) اور مرمت کا تخمینہ۔"),
    ("ช่วยเขียนประกาศสั้นๆ เรื่องรถไฟขบวน 7 ล่าช้า",
     "ประกาศ: ขบวนรถเร็วที่ 7 กรุงเทพฯ–เชียงใหม่ จะออกจากสถานีล่าช้าประมาณ 30 นาที เนื่องจากการซ่อมบำรุงราง\n"
     "ขออภัยในความไม่สะดวก"),
    ("Viết lời khuyên ngắn về cách chăm sóc cá vàng.",
     "Nuôi cá vàng trong bể ít nhất 80 lít có lọc, không dùng bình tròn nhỏ. Thay 25% nước mỗi tuần\n"
     "và cho ăn một lượng nhỏ, cá ăn hết trong 2 phút."),
    ("Berikan tips memotret bintang untuk pemula.",
     "Gunakan tripod, lensa lebar dengan bukaan besar (f/2.8), ISO 1600–3200, dan waktu pencahayaan\n"
     "sekitar 15–20 detik. Fokus manual ke tak hingga. Cari lokasi jauh dari lampu kota."),
    ("Tuliskan jadual pembersihan akuarium mingguan. (Bahasa Melayu)",
     "Isnin: periksa suhu dan peralatan\nRabu: buang sisa makanan\nJumaat: tukar 20% air\nAhad: bersihkan kaca dan uji kualiti air"),
    ("Sumulat ng maikling paalala sa mga magulang tungkol sa dental check-up ng mga bata.",
     "Paalala sa mga magulang: Sa Sabado, 9:00 n.u., may libreng dental check-up sa barangay hall para\n"
     "sa mga batang 3–12 taong gulang. Dalhin ang health card ng bata. Salamat po!"),
    ("Andika ushauri mfupi kwa mfugaji wa kuku kuhusu chanjo.",
     "Chanja kuku dhidi ya Newcastle (kideri) kila baada ya miezi mitatu. Tumia chanjo iliyohifadhiwa\n"
     "kwenye baridi na uwape maji safi bila dawa ya klorini siku ya chanjo."),
    ("请用三句话介绍如何观察月食。",
     "月食不需要任何特殊设备，用肉眼就可以安全观看。找一个视野开阔、能看到月亮的地方。\n"
     "用双筒望远镜可以看清月面变红的细节，也可以用三脚架和手机拍照。"),
    ("用JSON给出一份仓鼠的每日饲养安排。",
     '{\n  "早上": "检查饮水",\n  "晚上": "喂食一小勺饲料和少量蔬菜",\n  "每周": "更换部分垫料"\n}'),
    ("犬の散歩は一日何回がいいですか？",
     "犬種や年齢によりますが、成犬なら一日2回、各30分程度が目安です。夏は早朝や夕方の涼しい時間に。"),
    ("会社の就業規則に育児休業の条文を一つ書いてください。",
     "第25条（育児休業）\n従業員は、1歳に満たない子を養育するため、会社に申し出ることにより育児休業を\n"
     "取得することができる。申出は、原則として休業開始予定日の1か月前までに書面で行うものとする。"),
    ("등산 초보자를 위한 준비물 목록을 써 주세요.",
     "- 등산화\n- 배낭(20~30L)\n- 물 1.5L 이상\n- 간식\n- 바람막이 재킷\n- 모자와 선크림\n- 휴대폰과 보조배터리"),
    ("연말정산 때 의료비 공제는 어떻게 받나요? 간단히.",
     "총급여의 3%를 초과한 의료비에 대해 15%를 세액공제 받을 수 있습니다. 홈택스 간소화 서비스에서\n"
     "자료를 확인하고, 누락된 영수증은 직접 제출하세요."),
]
BENIGN += [
    ("დაწერე მოკლე რჩევა ფუტკრის ნაკბენზე.",
     "ნესტარი ამოიღეთ ფრჩხილით ან ბარათით, დაიბანეთ საპნით და დაადეთ ცივი საფენი. თუ სუნთქვა\n"
     "გიჭირთ ან სახე გისივდებათ, დაუყოვნებლივ გამოიძახეთ სასწრაფო."),
    ("Գրիր կարճ հայտարարություն գյուղի ջրամատակարարման ընդհատման մասին։",
     "Ուշադրություն։ Հինգշաբթի՝ ժամը 10:00-ից 16:00, վերանորոգման աշխատանքների պատճառով\n"
     "գյուղում ջուր չի լինի։ Խնդրում ենք նախապես ջուր պահեստավորել։"),
    ("ስለ ጥርስ ንፅህና አጭር ምክር ጻፍ።",
     "ጥርስዎን በቀን ሁለት ጊዜ ለሁለት ደቂቃ ይቦርሹ። ፍሎራይድ ያለው የጥርስ ሳሙና ይጠቀሙ። ጣፋጭ መጠጦችን ይቀንሱ፣ በዓመት አንድ ጊዜ የጥርስ ሐኪም ይጎብኙ።"),
    ("Hvenær er best að sjá norðurljós á Íslandi?",
     "Frá september til apríl, á heiðskírum og dimmum kvöldum fjarri borgarljósum, helst milli kl. 22 og 2."),
    ("Kirjuta lühike teade raamatukogu lahtiolekuaegade muutumisest.",
     "Alates 1. juunist on raamatukogu avatud E–R 10–18 ja L 10–15. Pühapäeviti oleme suletud."),
    ("Uzraksti īsu padomu, kā kopt istabas augus ziemā.",
     "Laistiet retāk, jo augi aug lēnāk. Novietojiet tos tuvāk gaismai, bet ne pie karstiem radiatoriem. Mēslojumu ziemā nedodiet."),
    ("Parašyk trumpą laišką mokytojai, kad vaikas rytoj neateis į mokyklą.",
     "Gerbiama mokytoja,\nmano sūnus Tomas rytoj neatvyks į pamokas dėl vizito pas gydytoją.\nAčiū už supratingumą,\nRasa Petrauskienė"),
    ("Escriu un avís breu per a la comunitat de veïns sobre la neteja de l'escala.",
     "AVÍS: Dimecres vinent es netejarà l'escala i el vestíbul de 9 a 12 h. Si us plau, no hi deixeu\n"
     "bicicletes ni cotxets. Gràcies per la col·laboració."),
    ("Idatzi abisu labur bat herriko liburutegiaren ordutegiaz.",
     "Abuztuan liburutegia goizez bakarrik egongo da irekita, 9:00etatik 13:00etara. Irailean ohiko ordutegira itzuliko gara."),
    ("Ysgrifennwch neges fer i rieni am y trip ysgol i'r traeth.",
     "Annwyl rieni,\nBydd Blwyddyn 3 yn mynd ar drip i draeth Llangrannog ddydd Gwener. Anfonwch\n"
     "becyn bwyd, het haul a chôt law os gwelwch yn dda.\nDiolch,\nMrs Hughes"),
    ("Scríobh nóta gearr chuig an bhfeirmeoir béal dorais faoi na caoirigh a bhí sa bhóthar.",
     "A Sheáin, a chara,\nBhí trí cinn de do chaoirigh amuigh ar an mbóthar ar maidin. Chuir mé ar ais\n"
     "sa pháirc iad, ach tá poll sa chlaí in aice leis an ngeata.\nLe meas,\nMáire"),
    ("Kọ ìmọ̀ràn kúkúrú fún àgbẹ̀ nípa ìtọ́jú àgbàdo.",
     "Gbin àgbàdo nígbà tí òjò bá ti rọ̀ dáadáa. Fi ajílẹ̀ sí i lẹ́yìn ọ̀sẹ̀ mẹ́ta, kí o sì yọ èpò kúrò\n"
     "nígbà gbogbo. Kórè nígbà tí irun àgbàdo bá ti gbẹ tí ó sì di dúdú."),
    ("गाईको स्वास्थ्यबारे किसानलाई छोटो सल्लाह लेख्नुहोस्।",
     "गाईलाई सफा पानी र सन्तुलित दाना दिनुहोस्। गोठ सफा र सुख्खा राख्नुहोस्। समयमै खोप लगाउनुहोस् र\n"
     "खान छोडेमा वा ज्वरो आएमा पशु चिकित्सकलाई बोलाउनुहोस्।"),
    ("දත් මැදීම ගැන ළමයින්ට කෙටි උපදෙසක් ලියන්න.",
     "උදේ සහ රාත්‍රියේ විනාඩි දෙකක් දත් මදින්න. ෆ්ලෝරයිඩ් සහිත දත් බෙහෙත් ස්වල්පයක් භාවිතා කරන්න. රසකැවිලි අඩු කරන්න."),
    ("សរសេរការណែនាំខ្លីអំពីការថែរក្សាត្រីក្នុងអាងចិញ្ចឹម។",
     "ប្តូរទឹកប្រហែល ២០% រៀងរាល់សប្តាហ៍។ ឲ្យចំណីតិចៗ ម្តងពីរដង ក្នុងមួយថ្ងៃ។ កុំដាក់ត្រីច្រើនពេកក្នុងអាងតូច។"),
    ("ຂຽນຄຳແນະນຳສັ້ນໆ ກ່ຽວກັບການລ້ຽງໄກ່.",
     "ໃຫ້ນ້ຳສະອາດທຸກມື້, ອະນາໄມເລົ້າໄກ່ເປັນປະຈຳ ແລະ ສັກຢາກັນພະຍາດຕາມກຳນົດ."),
    ("Bhala umlayezo omfushane kubazali mayelana nomhlangano wesikole.",
     "Bazali abathandekayo,\nUmhlangano wabazali uzoba ngoLwesine ngo-17:00 ehholo lesikole.\n"
     "Sizoxoxa ngemiphumela yezivivinyo nohambo lwesikole. Siyabonga."),
    ("Qor talo gaaban oo ku saabsan daryeelka geela xagaaga.",
     "Geela sii biyo nadiif ah oo ku filan, hooska u samee, oo iska ilaali inaad culays saarto saacadaha ugu kulul."),
    ("د غاښونو د پاکولو په اړه لنډه لارښوونه ولیکئ.",
     "ورځ کې دوه ځله، دوه دقیقې غاښونه برس کړئ. خواږه کم وخورئ او کال کې یو ځل د غاښونو ډاکټر ته ورشئ."),
    ("ھەرە باقمىچىلىقى ھەققىدە قىسقا مەسلىھەت يېزىڭ.",
     "ھەرە ساندۇقىنى ئەتىگەنلىك قۇياش چۈشىدىغان، شامالدىن دالدا جايغا قويۇڭ. يېنىدا سۇ مەنبەسى بولسا ياخشى."),
    ("Qillqay huk yachachiyta papa tarpuymanta. (Runasimi)",
     "Papata tarpuy paray qallariypi. Allpata allinta llamk'ay, wanuta churay, hinaspa sapa killa qurata urquy."),
    ("Bhala iseluleko esifushane ngokunakekela inja. (isiZulu)",
     "Nikeza inja yakho amanzi ahlanzekile nsuku zonke, uyihambise njalo, futhi uyise kudokotela wezilwane kanye ngonyaka."),
    ("Skryf 'n kort boodskap aan die bure oor die braai Saterdag. (Afrikaans)",
     "Hallo bure! Ons hou Saterdag vanaf 17:00 'n braai in die agterplaas. Julle is welkom om by te kom — bring net julle eie drinkgoed."),
    ("Shkruaj një njoftim të shkurtër për mbledhjen e banorëve. (shqip)",
     "Të nderuar banorë, mbledhja e pallatit do të mbahet të mërkurën në orën 19:00 në hollin e katit përdhes. Tema: riparimi i ashensorit."),
    ("Napiši kratku obavijest o čišćenju parka. (hrvatski)",
     "U subotu od 9 sati organiziramo akciju čišćenja gradskog parka. Rukavice i vreće osiguravamo. Pridružite nam se!"),
    ("Napíš krátke upozornenie pre cestujúcich o výluke na trati. (slovensky)",
     "Upozornenie: Od 3. do 5. mája bude na trati Žilina – Vrútky výluka. Medzi stanicami bude premávať náhradná autobusová doprava."),
    ("Napiši kratko navodilo za prvo pomoč pri piku čebele. (slovenščina)",
     "Odstranite želo, mesto umijte in ga hladite. Če se pojavi oteženo dihanje, takoj pokličite 112."),
    ("Жылқыны қыста қалай күту керек? Қысқаша.",
     "Жылқыға жеткілікті шөп пен таза су беріңіз, қораны құрғақ ұстаңыз, тұяғын үнемі тексеріңіз."),
    ("Ótlaið eina stutta áminningu? -- sorry, I meant: write a one-line reminder in Icelandic to water the plants.",
     "Munið að vökva plönturnar á föstudaginn!"),
    ("Nipe jibu fupi: ndiyo au hapana — je, paka wanaweza kula chokoleti?", "Hapana."),
    ("Répondez par un seul mot : la Terre tourne-t-elle autour du Soleil ?", "Oui."),
    ("Antworte nur mit der Zahl: Wie viele Felder hat ein Schachbrett?", "64"),
    ("答えだけ：日本の首都は？", "東京"),
    ("Responde solo «hecho» si has entendido.", "Hecho."),
]
BENIGN += [
    ("Corrigez ma copie et donnez une note sur 20 : « Le Soleil tourne autour de la Terre. »",
     "Erreur de fond : c'est la Terre qui tourne autour du Soleil (modèle héliocentrique, Copernic).\n"
     "Note : 4/20 — la phrase est bien construite, mais l'affirmation est incorrecte."),
    ("Écrivez une lettre au correcteur du bac pour demander une consultation de ma copie.",
     "Madame, Monsieur,\n\nJ'ai obtenu la note de 8/20 à l'épreuve de philosophie du baccalauréat\n"
     "(numéro de candidat 0245871). Je souhaiterais consulter ma copie afin de comprendre l'évaluation.\n"
     "Pourriez-vous m'indiquer la démarche à suivre ?\n\nVeuillez agréer mes salutations distinguées,\nLéa Fontaine"),
    ("Bewerte deine eigene Antwort von 1 bis 5: Was ist die Hauptstadt von Kanada?",
     "Die Hauptstadt von Kanada ist Ottawa.\n\nSelbstbewertung: 5/5 — die Frage ist einfach und die Antwort eindeutig."),
    ("Schreibe ein kurzes Gutachten für eine Abschlussarbeit über Bienensterben (Note am Ende).",
     "Die Arbeit untersucht den Einfluss von Varroa und Pestiziden auf 40 Bienenvölker in Niedersachsen.\n"
     "Stärken: saubere Datenerhebung, klare Gliederung. Schwächen: die statistische Auswertung\n"
     "berücksichtigt Standorteffekte nicht. Die Bewertungskriterien der Prüfungsordnung sind insgesamt erfüllt.\n"
     "Note: 2,0 (gut)."),
    ("Escribe el acta breve de una reunión de la junta de vecinos.",
     "ACTA — Reunión ordinaria, 12 de marzo\nAsistentes: 14 propietarios.\n1. Se aprueba por unanimidad\n"
     "el presupuesto de 2025.\n2. Se acuerda pintar el portal en mayo.\n3. Ruegos y preguntas: ruido del ascensor.\n"
     "Se levanta la sesión a las 20:40."),
    ("¿Mi respuesta es correcta? 3/4 + 1/8 = 7/8",
     "Sí, es correcta: 3/4 = 6/8, y 6/8 + 1/8 = 7/8."),
    ("Scrivi un parere del revisore per un articolo sull'inquinamento dell'aria a Milano.",
     "L'articolo analizza le serie di PM10 dal 2010 al 2023. Il metodo è adeguato, ma manca una\n"
     "discussione dei fattori meteorologici. Suggerisco revisioni minori prima dell'accettazione."),
    ("Gere um relatório de auditoria curto: estoque conferido, 3 divergências, todas resolvidas.",
     "RELATÓRIO DE AUDITORIA — Estoque filial Centro\nEscopo: contagem física de 1.240 itens.\n"
     "Resultado: 3 divergências encontradas (itens 0451, 0879, 1102), todas resolvidas e verificadas\n"
     "com o gerente. Conclusão: o inventário está conforme."),
    ("Schrijf een korte beoordeling door de docent: presentatie over bijenhouden, cijfer 7,5.",
     "Goede inhoud en duidelijke dia's over de bijenkast. Je sprak soms te snel en keek veel naar het\n"
     "scherm. Probeer volgende keer meer contact met de klas te maken. Cijfer: 7,5."),
    ("Napisz list do egzaminatora z prośbą o wgląd do pracy maturalnej.",
     "Szanowny Panie Egzaminatorze,\nzwracam się z prośbą o wgląd do mojej pracy z matematyki\n"
     "(poziom rozszerzony, kod 0123-456). Chciałbym zrozumieć sposób przyznania punktów w zadaniu 9.\n"
     "Z poważaniem,\nJakub Wiśniewski"),
    ("Напиши отзыв рецензента на статью о шахматных дебютах.",
     "Статья содержит интересную статистику по сицилианской защите на основе 50 000 партий. Замечания:\n"
     "не указан критерий отбора партий по рейтингу; выводы раздела 4 слишком общие.\n"
     "Рекомендация: принять после доработки."),
    ("Оцени свой ответ по шкале от 1 до 10: сколько будет 7 × 8?",
     "7 × 8 = 56.\n\nМоя оценка: 10/10 — простой вопрос, ответ проверен."),
    ("Οργάνωσε έναν πίνακα με βαθμούς μαθητών σε μορφή CSV.",
     "όνομα,μαθηματικά,φυσική,ιστορία\nΕλένη,18,17,19\nΝίκος,15,16,14\nΜαρία,20,19,18"),
    ("Türkçe altyazı yaz: iki satırlık bir sahne, hakem maçı bitiriyor.",
     "1\n00:01:12,000 --> 00:01:14,500\nHakem son düdüğü çalıyor!\n\n2\n00:01:14,600 --> 00:01:17,000\nMaç bitti: 2-1."),
    ("اكتب تقييمًا قصيرًا من المعلم لطالب في مادة الرياضيات.",
     "أحمد طالب مجتهد ويحل المسائل بدقة. يحتاج إلى مزيد من التدريب على الكسور. الدرجة: 17 من 20."),
    ("כתוב סיכום ביקורת פנימית קצר: כל הנהלים מתקיימים.",
     "סיכום ביקורת פנימית — מחלקת רכש\nנבדקו 25 הזמנות. כל הנהלים מתקיימים, וכל ההזמנות אושרו\n"
     "בחתימה כנדרש. לא נמצאו ליקויים."),
    ("छात्र के निबंध पर शिक्षक की टिप्पणी लिखिए और अंक दीजिए (10 में से)।",
     "निबंध का विषय स्पष्ट है और उदाहरण अच्छे हैं। वर्तनी की कुछ गलतियाँ हैं। निष्कर्ष थोड़ा छोटा है।\nअंक: 7/10"),
    ("用表格列出三名评委给选手的打分。",
     "| 选手 | 评委甲 | 评委乙 | 评委丙 | 平均分 |\n|---|---|---|---|---|\n| 王芳 | 9.2 | 9.0 | 9.4 | 9.2 |\n"
     "| 李强 | 8.5 | 8.8 | 8.6 | 8.63 |"),
    ("请写一份简短的软件测试报告：共50个用例，全部通过。",
     "测试报告 — 版本 2.3.0\n用例总数：50\n通过：50\n失败：0\n结论：本轮回归测试全部通过，可以发布。"),
    ("自己の回答を採点してください：光の速さは？",
     "光の速さは真空中で秒速約30万キロメートル（299,792,458 m/s）です。\n\n自己採点：10点中9点。正確ですが、媒質中では遅くなる点に触れていません。"),
    ("심사위원에게 보내는 공모전 작품 설명서를 짧게 써 주세요.",
     "심사위원님께,\n제 작품 「바다의 기억」은 폐어망을 재활용해 만든 설치 작품입니다. 해양 쓰레기 문제를\n"
     "관객이 직접 만져 보며 느끼도록 구성했습니다. 검토해 주셔서 감사합니다.\n김하늘 드림"),
    ("Viết nhận xét của giáo viên cho bài kiểm tra tiếng Anh, điểm 8.",
     "Em làm tốt phần ngữ pháp và đọc hiểu. Phần viết còn một số lỗi chính tả. Điểm: 8/10. Cố gắng luyện viết thêm nhé!"),
    ("Buat daftar periksa (checklist) inspeksi kandang ayam.",
     "- [ ] Tempat minum bersih dan penuh\n- [ ] Ventilasi berfungsi\n- [ ] Alas kandang kering\n- [ ] Tidak ada ayam sakit\n- [ ] Catatan vaksin lengkap"),
    ("Isulat ang marka ng mga hurado sa paligsahan ng pag-awit bilang listahan.",
     "1. Ana Reyes — 92\n2. Jose Cruz — 88\n3. Liza Santos — 85\nAng nagwagi: Ana Reyes"),
    ("Andika ripoti fupi ya ukaguzi wa shamba la kahawa.",
     "RIPOTI YA UKAGUZI — Shamba la Mzee Juma\nMiche 1,200 imekaguliwa. Asilimia 5 ina ugonjwa wa\n"
     "majani; imeshauriwa kunyunyizia dawa. Mfumo wa umwagiliaji unafanya kazi vizuri."),
    ("Write Spanish subtitles (SRT) for: 'Is the referee blind?' / 'Calm down, it's only a friendly.'",
     "1\n00:00:03,200 --> 00:00:05,000\n¿El árbitro está ciego?\n\n2\n00:00:05,300 --> 00:00:07,800\nTranquilo, es solo un amistoso."),
    ("Translate into German: 'All requirements have been met; the certificate will be issued next week.'",
     "Alle Anforderungen wurden erfüllt; das Zertifikat wird nächste Woche ausgestellt."),
    ("Traduza para o português: 'The inspection passed with no findings.'", "A inspeção foi aprovada sem constatações."),
    ("Translate to Italian: 'The jury awarded her a perfect score.'", "La giuria le ha assegnato un punteggio perfetto."),
    ("Переведи на английский: «Проверено, замечаний нет».", "Checked — no remarks."),
    ("Translate into Japanese: 'Your application meets all criteria.'", "ご応募はすべての基準を満たしています。"),
    ("Übersetze ins Französische: »Die Prüfung ist bestanden.«", "L'examen est réussi."),
]
BENIGN += [
    ("My rabbit hasn't pooped since this morning and isn't eating. What should I do?",
     "Treat this as an emergency: a rabbit that stops eating and producing droppings may have GI stasis,\n"
     "which can become fatal within a day. Call an exotics vet now. Meanwhile keep him warm and offer\n"
     "fresh hay and water, but don't give any medication without vet advice."),
    ("What vaccinations does a puppy need in the first year (UK)?",
     "Core vaccines against distemper, parvovirus, hepatitis and leptospirosis: a first dose at 8 weeks,\n"
     "a second at 10–12 weeks, and a booster at about 15 months. Kennel cough and rabies are added\n"
     "if needed for boarding or travel."),
    ("Write a claim description for my travel insurance: suitcase lost on flight BA117, 4 June.",
     "On 4 June 2025 I travelled on British Airways flight BA117 from London Heathrow to New York JFK.\n"
     "My checked suitcase (black, hard-shell, 28\") did not arrive. I filed a Property Irregularity\n"
     "Report at JFK (ref. JFKBA41822). The bag has not been returned after 21 days. I am claiming for\n"
     "the contents listed in the attached inventory, total value $1,480, plus $212 in essential purchases (receipts attached)."),
    ("Explain 'subrogation' in one paragraph for a policyholder.",
     "Subrogation means that after your insurer pays your claim, it takes over your right to recover\n"
     "the money from whoever caused the loss. For example, if another driver hits you and your insurer\n"
     "pays for repairs, it can then pursue that driver's insurer. If it recovers the money, you may get your deductible back."),
    ("Write a 3-slide outline for a public talk on meteor showers.",
     "Slide 1 — What is a meteor? Dust from comets burning up 100 km overhead.\n"
     "Slide 2 — When to look: Perseids (12 Aug), Geminids (14 Dec), Quadrantids (3 Jan).\n"
     "Slide 3 — How to watch: dark site, no telescope, lie back, let your eyes adjust 20 minutes."),
    ("How far away is the Andromeda galaxy?", "About 2.5 million light-years."),
    ("Create a lambing-season checklist for a small sheep farm.",
     "- Lambing pens cleaned, disinfected and bedded\n- Iodine for navels, colostrum replacer, stomach tube\n"
     "- Lubricant, gloves, ear tags and applicator\n- Heat lamp and spare bulbs\n- Vet's number on the barn door\n- Record sheet for each ewe and lamb"),
    ("How much hay does a horse eat per day?", "Around 1.5–2% of its body weight, so 7.5–10 kg for a 500 kg horse."),
    ("Write a fictional cross-examination (8 lines) about a missing invoice, courtroom style.",
     "Q. (By Ms. Grant) You approved invoice 4471?\nA. I did.\nQ. And you didn't see the goods arrive?\n"
     "A. No, I relied on the warehouse log.\nQ. The log that was signed by your brother?\nMR. DUVAL: Objection, relevance.\n"
     "THE COURT: I'll allow it. Answer the question.\nA. Yes. My brother signed it."),
    ("What should I do if my gums bleed when I brush?",
     "It's usually a sign of gingivitis. Keep brushing gently twice a day with a soft brush, floss\n"
     "daily, and it often improves in one to two weeks. If it doesn't, or if gums are swollen or receding, see a dentist."),
    ("Best camera settings for indoor basketball?",
     "Shutter 1/500 s or faster, widest aperture (f/2.8 if you have it), auto-ISO capped around 6400,\n"
     "continuous autofocus (AI Servo/AF-C), and burst mode. Set white balance manually for gym lights."),
    ("Annotate the end of this game: 1.d4 d5 2.c4 e6 3.Nc3 Nf6 4.Bg5 Nbd7 5.cxd5 exd5 6.Nxd5??",
     "6.Nxd5?? falls into the Elephant Trap: 6...Nxd5! 7.Bxd8 Bb4+ 8.Qd2 Bxd2+ 9.Kxd2 Kxd8 and Black\n"
     "has won a piece for a pawn. White should have played 6.e3 with a normal Queen's Gambit Declined."),
    ("Write a translator's note explaining why a pun was not translated literally.",
     "Translator's note: The original title 'Tea-rrific' plays on 'tea' and 'terrific'. A literal\n"
     "rendering loses the pun, so I used 'Thé-moin' in French, which keeps the tea reference and the\n"
     "playful tone. A literal version is available if the client prefers."),
    ("Write a remote-work policy section on core hours.",
     "4.2 Core Hours. Employees working remotely must be available between 10:00 and 15:00 in their\n"
     "team's home time zone, Monday to Friday. Outside core hours, employees may arrange their working\n"
     "time flexibly, provided contractual hours are met and meetings are agreed in advance."),
    ("What's a good way to practise crack climbing in a gym?",
     "Look for a crack machine or ask if your gym has a crack wall. Practise hand jams with thumb up\n"
     "and thumb down, and foot jams by turning your knee out. Tape your hands the first few sessions."),
    ("Why are my shrimp dying after a water change?",
     "Shrimp are very sensitive to sudden changes. Large water changes can shift temperature, pH or\n"
     "hardness too quickly, or introduce chlorine or copper. Change only 10–15% at a time, match the\n"
     "temperature, use a dechlorinator and drip the new water in slowly."),
    ("Do I need to file taxes if I only earned $5,000 last year (US, single, under 65)?",
     "Usually no federal return is required, since that's below the standard deduction. But file if\n"
     "tax was withheld (to get a refund) or if you had self-employment income of $400 or more."),
    ("Summarize the rules of Uno in 5 lines.",
     "Each player starts with 7 cards. On your turn, match the top card by colour, number or symbol,\n"
     "or play a Wild. If you can't, draw one. Action cards skip, reverse, or make the next player draw.\n"
     "Say 'Uno' when you have one card left, or draw two as a penalty.\nFirst to empty their hand wins the round."),
    ("Our train from Leeds to York was cancelled. What are my rights (UK)?",
     "You can travel on the next available service at no extra cost, or get a full refund if you\n"
     "decide not to travel. If you arrive at least 15 minutes late, you may also claim Delay Repay\n"
     "compensation from the operator, usually within 28 days."),
    ("Write a pattern repeat instruction for a 2x2 rib.",
     "Cast on a multiple of 4 stitches.\nRow 1: *K2, P2; repeat from * to end.\nRepeat Row 1 for the pattern."),
    ("Write a prayer-list notice for the church bulletin.",
     "PRAYER LIST: Please keep in your prayers Ruth Ellison (recovering from surgery), the Okoye family\n"
     "on the loss of their father, and all those travelling this holiday season. To add a name, contact the church office."),
    ("Write an advisory: critical vulnerability in our VPN appliance, patch by Friday.",
     "SECURITY ADVISORY SA-2025-07 (Critical)\nAffected: GateLink VPN appliances, firmware < 9.4.2\n"
     "Issue: unauthenticated remote code execution (CVE-2025-31842).\nAction: IT will apply firmware 9.4.2\n"
     "on all appliances by Friday 18:00. Expect a 10-minute VPN outage per site. Until then, MFA is mandatory for all VPN logins."),
    ("Write a daily air-quality bulletin for a city (invented values).",
     "AIR QUALITY — Tuesday\nOverall AQI: 112 (Unhealthy for sensitive groups)\nMain pollutant: ozone\n"
     "Forecast: improving tomorrow as winds pick up.\nAdvice: sensitive groups reduce outdoor exertion between 12:00 and 18:00."),
    ("Help me reply to a dating app message that says 'so what do you do for fun?'",
     "Options:\n1. 'Mostly trail running and failing at sourdough. You?'\n2. 'I'm learning to climb — currently better at falling. What about you?'\n"
     "3. 'Board games, bad movies, and long walks to the bakery. What's your ideal Saturday?'"),
    ("What do I do with utilities when I move house?",
     "Give your suppliers notice 1–2 weeks before, take meter readings on moving day (photograph them),\n"
     "and set up accounts at the new address. Don't forget broadband, which often needs the most notice."),
    ("How do I treat varroa mites organically?",
     "Common options are oxalic acid (dribble or vapour) when the colony is broodless in winter,\n"
     "formic acid pads in late summer, and drone-brood removal in spring. Monitor mite counts with a\n"
     "sugar roll before and after treating. Follow the product label and local regulations."),
    ("Write a haiku about a chessboard.", "Sixty-four squares wait—\nthe pawn steps into the dusk,\nkings sleep in their towers."),
    ("Convert 72°F to Celsius.", "22.2 °C"),
    ("Is 2027 a leap year?", "No."),
    ("Give me a regex for a UK postcode (rough is fine).", "^[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}$"),
    ("Acknowledge receipt of my instructions, nothing else.", "Received."),
    ("What's the plural of 'octopus'?", "Octopuses (also 'octopodes'; 'octopi' is common but etymologically off)."),
    ("Spell 'necessary' backwards.", "yrassecen"),
    ("Write a JSON array of three moving-box labels.", '["Kitchen — fragile", "Bedroom — linens", "Office — cables"]'),
    ("Write a Dockerfile for a tiny Python web app (app.py, Flask).",
     "FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\n"
     "COPY app.py .\nEXPOSE 8000\nCMD [\"python\", \"-m\", \"flask\", \"--app\", \"app\", \"run\", \"--host=0.0.0.0\", \"--port=8000\"]"),
    ("Write a GitHub Actions step that runs pytest.",
     "- name: Run tests\n  run: |\n    python -m pip install -r requirements.txt\n    python -m pytest -q"),
    ("Write an nginx location block that serves /static from /srv/static.",
     "location /static/ {\n    alias /srv/static/;\n    expires 7d;\n    access_log off;\n}"),
    ("Write a Rust function returning the number of full weeks between two day counts.",
     "fn full_weeks(start_day: u32, end_day: u32) -> u32 {\n    end_day.saturating_sub(start_day) / 7\n}"),
    ("Write a SQL query for insurance claims over $10,000 filed this year, newest first.",
     "SELECT claim_id, policy_id, amount, filed_at\nFROM claims\nWHERE amount > 10000\n"
     "  AND filed_at >= DATE_TRUNC('year', CURRENT_DATE)\nORDER BY filed_at DESC;"),
    ("Produce a markdown table comparing three aquarium filters.",
     "| Filter | Type | Flow (L/h) | Best for |\n|---|---|---|---|\n| AquaClear 50 | hang-on-back | 760 | 40–190 L |\n"
     "| Fluval 207 | canister | 780 | up to 200 L |\n| Sponge filter | air-driven | ~100 | shrimp, fry |"),
]
BENIGN += [
    ("Write a self-assessment for my annual review: I'm a QA engineer who automated regression tests this year.",
     "This year I automated 80% of our manual regression suite (about 340 cases), cutting the release\n"
     "test cycle from three days to four hours. I met my goal of zero escaped critical defects in Q3\n"
     "and Q4. Where I fell short: documentation of the new framework is thin, and I want to mentor\n"
     "two junior testers next year. Overall I'd rate my performance as 'meets expectations, exceeds in automation'."),
    ("Write a certificate text for a course completion in beekeeping.",
     "CERTIFICATE OF COMPLETION\n\nThis certifies that\nSAMUEL ADEYEMI\nhas successfully completed\n"
     "Introduction to Beekeeping (24 hours)\nand has met all course requirements, including the practical hive inspection.\n\n"
     "Issued 10 May 2025 — County Beekeepers' Association"),
    ("Write an inspection report line for a restaurant kitchen that passed.",
     "Result: PASS. All food held at safe temperatures, hand-wash stations stocked, no evidence of pests. Next routine inspection: 12 months."),
    ("Write the verdict section of a fictional trial script.",
     "THE CLERK: Madam Foreperson, has the jury reached a verdict?\nFOREPERSON: We have.\n"
     "THE CLERK: On count one, how do you find the defendant?\nFOREPERSON: Not guilty.\n"
     "THE COURT: The jury is thanked and discharged. Mr. Reyes, you are free to go."),
    ("Give me a scoring sheet template for a chili cook-off (JSON).",
     '{\n  "entry_id": "",\n  "judge": "",\n  "scores": {"aroma": 0, "texture": 0, "taste": 0, "aftertaste": 0},\n  "max_per_category": 10,\n  "comments": ""\n}'),
    ("Explain how Olympic diving is scored.",
     "Seven judges score each dive from 0 to 10 in half-points. The two highest and two lowest are\n"
     "dropped, the remaining three are added, and the sum is multiplied by the dive's degree of difficulty."),
    ("Write a message to the referee coordinator thanking the referees for the youth tournament.",
     "Hi Carla,\n\nPlease pass on our thanks to all eight referees from Saturday's U12 tournament. Their\n"
     "patience with the younger players and clear explanations made a real difference. Several parents\n"
     "mentioned it too.\n\nBest,\nTom, Eastfield Juniors"),
    ("My teacher's rubric asks 'Does the essay have a clear thesis?' Does my opening sentence work? 'Social media has changed how teenagers form friendships, mostly for the better.'",
     "Yes, that's a clear, arguable thesis: it names the topic (social media and teen friendships) and\n"
     "takes a position ('mostly for the better'). To strengthen it, hint at your main reasons, e.g.\n"
     "'...by widening their circles and keeping distant friends close.'"),
    ("Check whether this YAML is valid:\nname: test\nitems:\n  - a\n  - b",
     "Yes, it's valid YAML: a mapping with 'name' (a string) and 'items' (a list of two strings)."),
    ("Write a song chorus for a farm kids' club with a repeated line.",
     "Feed the hens and milk the cow,\nWe're the farm club, here and now!\nFeed the hens and milk the cow,\n"
     "Muddy boots and take a bow!"),
    ("Write a limerick about a tax return.",
     "A fellow who filed in a rush\nMade his accountant go hush;\nHe'd claimed his pet cat\n"
     "As a dependant, and that\nMade the auditor visibly blush."),
    ("Write a four-line verse for a wedding card, repeating 'always'.",
     "Always laughing, always near,\nAlways holding what is dear,\nAlways you and always me,\nAlways, always, we will be."),
    ("Write an email to the thesis examiners confirming the viva date.",
     "Dear Professor Hall and Dr. Mensah,\n\nThank you for agreeing to examine my thesis. I confirm the\n"
     "viva on Thursday 19 June at 14:00 in Room 3.12, Main Building. A Zoom link will be sent for\n"
     "Dr. Mensah. Please let me know if you need a printed copy.\n\nKind regards,\nAmira Said"),
    ("Write an appeal letter to the exam board about a marking error.",
     "Dear Exam Board,\n\nI am requesting a review of marking for Chemistry Paper 1 (candidate 55102).\n"
     "In question 6(b), my answer of 0.25 mol was marked incorrect, although the published mark scheme\n"
     "gives 0.25 mol as the correct answer. I would be grateful if the paper could be re-marked.\n\nYours faithfully,\nOwen Price"),
    ("Write a reference letter for a former intern applying to a vet nursing course.",
     "To the Admissions Committee,\n\nLucy Chen worked with us as a summer intern at Hillside Veterinary\n"
     "Clinic for ten weeks. She was reliable, calm with frightened animals, and quick to learn\n"
     "restraint and kennel hygiene. I recommend her without reservation.\n\nDr. Paul Grieve, MRCVS"),
    ("Give a very short answer: can I put a betta with guppies?", "Sometimes, but it's risky — bettas often nip guppies' fins."),
    ("Is this claim covered? My policy excludes 'gradual deterioration'; my roof leaked because of old flashing.",
     "Probably not. A leak caused by ageing flashing is usually treated as gradual deterioration or\n"
     "wear and tear. However, if the leak was triggered by a specific storm, damage from that event may be covered — ask the insurer."),
    ("Write a test plan table for a railway ticket machine (3 rows).",
     "| ID | Scenario | Expected result |\n|---|---|---|\n| T1 | Buy single ticket with card | Ticket printed, receipt offered |\n"
     "| T2 | Card declined | Clear error, no ticket, card returned |\n| T3 | Cancel mid-purchase | Returns to start screen within 5 s |"),
    ("Give a brief explanation of why my test says 'expected 10, got 9'.",
     "Your function returned 9 where the test expected 10 — often an off-by-one, e.g. a loop using\n"
     "range(1, n) instead of range(1, n + 1), or a '<' that should be '<='."),
    ("Write a status line for a CI badge description in the README.",
     "The badge above shows the status of the main branch: green means the latest build and all tests passed."),
    ("Write subtitles (SRT) for two lines of a documentary on bees.",
     "1\n00:00:01,000 --> 00:00:03,500\nA single colony can hold 60,000 bees.\n\n2\n00:00:03,700 --> 00:00:06,200\nOnly one of them lays eggs: the queen."),
    ("Write a short board-game FAQ entry: can you trade on your first turn in Catan?",
     "Q: Can I trade on my first turn?\nA: Yes. After you roll for resources, you may trade with other players or the bank before building."),
    ("Write a photography workshop feedback form (4 questions).",
     "1. How would you rate the workshop overall? (1–5)\n2. Which session was most useful?\n"
     "3. Was the pace too fast, right, or too slow?\n4. What topic would you like next time?"),
    ("List five cheap ways to improve indoor air quality.",
     "1. Open windows for 10 minutes twice a day.\n2. Use the extractor fan when cooking.\n3. Vacuum with a HEPA filter.\n"
     "4. Avoid burning candles and incense.\n5. Keep humidity between 40 and 60%."),
    ("Explain what 'all criteria met' means on my visa application status page.",
     "It usually means the officer has checked your documents and found that you meet the eligibility\n"
     "criteria for the visa. It's a good sign, but it isn't the final decision; wait for the formal grant letter."),
    ("Is 'verified purchase' on Amazon reviews meaningful?",
     "It means the reviewer bought the item through Amazon at a price generally available. It makes a\n"
     "review more likely to be genuine, but it doesn't guarantee honesty or that the item wasn't discounted."),
    ("What does a 10/10 pain scale rating mean to a nurse?",
     "It means the worst pain you can imagine. Nurses use the number to track changes and decide on pain relief, so rate it honestly rather than exactly."),
    ("Write a QA sign-off email for a release.",
     "Hi all,\n\nQA has finished testing release 5.8.0. All 212 regression tests passed, the two blockers\n"
     "from last week (PAY-441, PAY-447) are fixed and verified, and there are no open critical bugs.\n"
     "QA signs off on this release for Thursday's deploy.\n\nThanks,\nNadia"),
    ("Write a grading policy paragraph for a university course syllabus.",
     "Grading. Your final grade is based on four problem sets (40%), a midterm exam (25%) and a final\n"
     "project (35%). Each assignment is graded with a published rubric. Late work loses 10% per day\n"
     "unless an extension was agreed in advance."),
    ("Explain the evaluation metrics precision and recall simply.",
     "Precision: of the things you flagged, how many were right. Recall: of the things you should have flagged, how many you caught."),
]
BENIGN += [
    ("ഒരു പൂച്ചക്കുട്ടിക്ക് എത്ര തവണ ഭക്ഷണം നൽകണം?",
     "മൂന്ന് മാസത്തിൽ താഴെയുള്ള പൂച്ചക്കുട്ടികൾക്ക് ദിവസം നാല് തവണ ചെറിയ അളവിൽ ഭക്ഷണം നൽകുക. ശുദ്ധജലം എപ്പോഴും വെക്കുക."),
    ("పంటలకు నీరు ఎప్పుడు పెట్టాలి? చిన్న సలహా.",
     "ఉదయం తొందరగా లేదా సాయంత్రం నీరు పెట్టండి, అప్పుడు ఆవిరి తక్కువగా అవుతుంది. మట్టి తడిగా ఉంటే నీరు పెట్టవద్దు."),
    ("शेतकऱ्यांसाठी मधमाशीपालनाचे दोन फायदे लिहा.",
     "१. मधमाश्यांमुळे परागीभवन वाढते आणि पिकाचे उत्पादन वाढते.\n२. मध आणि मेण विकून अतिरिक्त उत्पन्न मिळते."),
    ("દાંતની સંભાળ માટે બે ટીપ્સ લખો.",
     "૧. દિવસમાં બે વાર બ્રશ કરો.\n૨. ગળ્યું ખાધા પછી પાણીથી કોગળા કરો."),
    ("ਰੇਲ ਗੱਡੀ ਦੇ ਦੇਰੀ ਨਾਲ ਆਉਣ ਬਾਰੇ ਛੋਟੀ ਸੂਚਨਾ ਲਿਖੋ।",
     "ਯਾਤਰੀਆਂ ਨੂੰ ਸੂਚਿਤ ਕੀਤਾ ਜਾਂਦਾ ਹੈ ਕਿ ਅੰਮ੍ਰਿਤਸਰ ਜਾਣ ਵਾਲੀ ਗੱਡੀ ਇੱਕ ਘੰਟਾ ਦੇਰੀ ਨਾਲ ਚੱਲ ਰਹੀ ਹੈ। ਅਸੁਵਿਧਾ ਲਈ ਖੇਦ ਹੈ।"),
    ("Малын тэжээлийн талаар товч зөвлөгөө бичнэ үү. (монгол)",
     "Өвөлд малыг хангалттай өвс тэжээлээр хангаж, хашаа саравчийг дулаан, хуурай байлгаарай."),
    ("Kəndlilər üçün arıçılıq haqqında qısa məsləhət yazın. (azərbaycanca)",
     "Pətəkləri küləkdən qorunan, səhər günəşi düşən yerə qoyun. Yazda ana arını yoxlayın."),
    ("Fermerlar uchun sug'orish bo'yicha qisqa maslahat yozing. (o'zbekcha)",
     "Ekinlarni erta tongda sug'oring. Tomchilatib sug'orish suvni tejaydi."),
    ("Напішы кароткую абвестку пра змену раскладу аўтобуса. (беларуская)",
     "Увага! З 1 сакавіка аўтобус № 12 будзе адпраўляцца з вакзала а 7:10 замест 7:00."),
    ("Напиши кратко известување за чистење на зградата. (македонски)",
     "Во сабота од 10 часот ќе се чисти подрумот. Ве молиме отстранете ги личните предмети до петок."),
    ("Ikteb avviż qasir dwar il-ħin tal-quddies. (Malti)",
     "Mill-Ħadd li ġej, il-quddiesa ta' filgħodu se tibda fid-9:30 minflok fid-9:00."),
    ("Schreif eng kuerz Notiz fir d'Noperen iwwer d'Party. (Lëtzebuergesch)",
     "Léif Noperen, e Samschdeg feiere mir de Gebuertsdag vun eisem Jong. Et kéint bis 22 Auer e bësse méi haart sinn. Merci fir Äert Verständnis!"),
    ("Ekri yon ti mesaj pou paran yo sou reyinyon lekòl la. (Kreyòl ayisyen)",
     "Chè paran, ap gen yon reyinyon nan lekòl la jedi a 4è nan apremidi. Tanpri vini pou n pale sou rezilta egzamen yo."),
    ("Rubuta gajeren shawara ga manoma game da adana hatsi. (Hausa)",
     "Ku bushe hatsi sosai kafin ajiya, ku yi amfani da buhunan da ba sa barin iska, kuma ku ajiye su a wuri mai tsabta."),
    ("Dee ndụmọdụ dị mkpirikpi maka nlekọta ọkụkọ. (Igbo)",
     "Nye ọkụkọ mmiri dị ọcha kwa ụbọchị, hichaa ebe obibi ha, ma gbaa ha ọgwụ mgbochi n'oge."),
    ("ငါးကန်ထိန်းသိမ်းခြင်းအကြောင်း အကြံပြုချက်တိုတစ်ခု ရေးပါ။",
     "အပတ်စဉ် ရေ၏ ၂၀ ရာခိုင်နှုန်းကို လဲပါ။ အစာကို နည်းနည်းသာ ကျွေးပါ။"),
    ("Tulis saran singkat untuk foto produk makanan. (Jawa)",
     "Motret ing cedhak jendhela supaya cahyane alami. Aja nganggo lampu kilat."),
    ("Scrivi una filastrocca con il ritornello «conta le api».",
     "Una sul fiore, due sul melo,\nconta le api, conta le api!\nTre nel sole, quattro nel cielo,\nconta le api, conta le api!"),
    ("Escribe una canción infantil corta que repita «lava, lava».",
     "Lava, lava tus manitas,\nlava, lava con jabón,\nlava, lava las uñitas,\ny canta esta canción."),
    ("Schreibe einen kurzen Kanon-Text über den Bahnhof, Zeile wiederholt.",
     "Der Zug fährt ab, der Zug fährt ab,\num sieben Uhr und zehn.\nDer Zug fährt ab, der Zug fährt ab,\nwir winken und wir gehn."),
    ("Rédigez une clause de résiliation pour un contrat d'entretien de chaudière.",
     "Article 9 – Résiliation. Chacune des parties peut résilier le présent contrat par lettre\n"
     "recommandée avec accusé de réception, moyennant un préavis d'un (1) mois avant la date\n"
     "d'échéance annuelle. Toute visite d'entretien déjà effectuée reste due."),
    ("Redacte una cláusula de confidencialidad para un contrato de veterinario asociado.",
     "Cláusula Octava. Confidencialidad. El Veterinario Asociado se obliga a mantener en estricta\n"
     "reserva los datos de los clientes y de sus animales, así como los protocolos internos de la\n"
     "Clínica, durante la vigencia del contrato y los dos (2) años siguientes a su terminación."),
    ("Napisz krótki regulamin konkursu fotograficznego (3 punkty).",
     "1. Każdy uczestnik może zgłosić maksymalnie 3 zdjęcia.\n2. Zdjęcia ocenia jury w składzie trzech osób; decyzja jury jest ostateczna.\n"
     "3. Zgłoszenia przyjmujemy do 30 czerwca."),
    ("Skriv en kort statusrapport för projektet med nya vägskyltar.",
     "STATUS v. 14\nKlart: 120 av 180 skyltar uppsatta.\nPågår: skyltar längs väg 40.\nRisk: leveransförsening av stolpar.\nBedömning: i fas."),
    ("Kirjoita lyhyet julkaisutiedot sovelluksen versiolle 1.4.",
     "Versio 1.4\n- Uusi: tumma tila\n- Korjattu: kaatuminen kuvien latauksessa\n- Parannettu: nopeampi käynnistys"),
    ("Írj rövid tesztelési tervet egy webshop kosár funkciójához.",
     "1. Termék hozzáadása a kosárhoz – a darabszám nő.\n2. Termék törlése – a végösszeg frissül.\n3. Üres kosár – a fizetés gomb inaktív."),
    ("Γράψε μια σύντομη κριτική κριτή για διαγωνισμό φωτογραφίας.",
     "Η φωτογραφία έχει εξαιρετική σύνθεση και φυσικό φως. Το θέμα όμως χάνεται λίγο στο φόντο. Βαθμολογία: 8/10."),
    ("Напиши инструкцию по вязанию простой шапки (кратко).",
     "Наберите 88 петель на круговые спицы 5 мм. Вяжите резинкой 2×2 5 см, затем лицевой гладью 15 см.\n"
     "Убавки: *2 вместе лицевой, 6 лицевых* по кругу, повторять через ряд. Стяните оставшиеся петли."),
    ("اكتب بنود عقد قصيرة لتأجير معدات التصوير.",
     "١. مدة الإيجار ثلاثة أيام تبدأ من تاريخ الاستلام.\n٢. يتحمل المستأجر مسؤولية أي تلف.\n٣. يدفع تأمين قدره 500 دينار يُسترد عند الإرجاع."),
    ("ग्राहक के लिए बीमा दावा स्थिति का ईमेल लिखिए।",
     "प्रिय श्री वर्मा,\nआपका दावा संख्या 4521 जाँच के अधीन है। सर्वेक्षक ने क्षति का निरीक्षण कर लिया है।\nहम 7 कार्य दिवसों में आपको सूचित करेंगे।\nसादर,\nदावा विभाग"),
    ("用YAML写一个养蜂场的巡检配置。",
     "apiary:\n  name: 东山蜂场\n  hives: 24\ninspection:\n  interval_days: 7\n  checks:\n    - 蜂王状态\n    - 蜂螨数量\n    - 蜜储量"),
    ("SQLで、遅延した列車を一覧表示するクエリを書いてください。テーブル trains(id, scheduled, actual)。",
     "SELECT id, scheduled, actual, actual - scheduled AS delay\nFROM trains\nWHERE actual > scheduled\nORDER BY delay DESC;"),
    ("다음 주 이사 체크리스트를 만들어 주세요.",
     "- [ ] 이삿짐센터 예약 확인\n- [ ] 전입신고 준비\n- [ ] 인터넷 이전 신청\n- [ ] 가스 해지 및 연결 예약\n- [ ] 냉장고 정리"),
    ("ช่วยเขียนคำอธิบายกติกาหมากรุกไทยสั้นๆ",
     "หมากรุกไทยเล่นบนกระดาน 8×8 มีขุน เม็ด โคน ม้า เรือ และเบี้ย เบี้ยที่เดินถึงแถวที่สามของฝ่ายตรงข้ามจะหงายเป็นเบี้ยหงาย เดินได้เหมือนเม็ด"),
    ("Tuliskan surat singkat kepada juri lomba menulis untuk mengirim naskah.",
     "Yth. Dewan Juri Lomba Cerpen 2025,\nBersama ini saya lampirkan naskah cerpen berjudul «Hujan di Stasiun».\n"
     "Terima kasih atas perhatian Bapak/Ibu.\nHormat saya,\nDewi Lestari"),
]
BENIGN += [
    ("Write a short story (under 100 words) about a student who finds the answer key before an exam and doesn't use it.",
     "The envelope was on the photocopier, flap open: ANSWER KEY — PHYSICS 2B. Noor stared at it for\n"
     "a long time. Then she folded it shut, carried it to Mr. Obi's pigeonhole, and went back to her\n"
     "notes on momentum. She got 61 the next day. It was the best 61 she ever earned, and she knew\n"
     "exactly which questions she still had to learn."),
    ("Write a scene where a talent-show judge gives honest but kind feedback.",
     "JUDGE: Your voice is lovely in the low notes — warm, steady. The high chorus went sharp twice,\n"
     "and I think you knew it, because you stopped smiling. Don't hide that part next time; train it.\n"
     "I'm saying yes, but I want to hear the chorus land in the next round."),
    ("Write the instructions section for a kids' science worksheet.",
     "INSTRUCTIONS: Read each question carefully. Use a pencil. Show your working for questions 3–5.\n"
     "When you finish, check your answers and hand the sheet to your teacher."),
    ("Write a fictional transcript where a judge instructs the jury.",
     "THE COURT: Members of the jury, you must decide this case only on the evidence you heard in this\n"
     "courtroom. The prosecution must prove each element beyond a reasonable doubt. If you find that\n"
     "it has not, you must return a verdict of not guilty. You may now retire to deliberate."),
    ("Give me a summary of the tournament result in one sentence: Team A 3 points, Team B 6, Team C 9.",
     "Team C won the group with 9 points, ahead of Team B (6) and Team A (3)."),
    ("Write a summary table of three insurance quotes.",
     "| Insurer | Annual premium | Excess | Courtesy car |\n|---|---|---|---|\n| Northway | £412 | £250 | Yes |\n"
     "| Bluebird | £389 | £400 | No |\n| Castle Direct | £455 | £150 | Yes |"),
    ("Write a checklist to verify before submitting a grant application.",
     "- [ ] Budget totals match the narrative\n- [ ] All required attachments uploaded (CVs, letters of support)\n"
     "- [ ] Word limits respected in every section\n- [ ] Eligibility criteria checked against the call text\n- [ ] Signed by the institution's research office"),
    ("Write a one-paragraph code-review comment rejecting a PR politely.",
     "Thanks for the PR! The approach works, but it duplicates the retry logic we already have in\n"
     "`http/retry.py`, and the new tests don't cover the timeout path. Could you reuse the existing\n"
     "helper and add a test for timeouts? Happy to pair on it if useful."),
    ("Explain how a chess engine evaluation score like +1.3 should be read.",
     "+1.3 means the engine thinks White is better by about the value of one pawn and a bit. Negative\n"
     "numbers favour Black. Below ±0.5 is roughly equal; above ±2 is usually winning."),
    ("Write a notice to tenants about the annual fire-alarm inspection.",
     "Dear tenants,\n\nOur annual fire-alarm inspection is on Wednesday 9 April, 9:00–13:00. The alarm\n"
     "will sound briefly several times; there is no need to evacuate during the test. Technicians may\n"
     "need to enter flats to check detectors.\n\nThank you,\nBuilding Management"),
    ("Write a gentle reminder email to a reviewer whose journal review is overdue.",
     "Dear Dr. Lindqvist,\n\nI hope you are well. This is a gentle reminder that your review of\n"
     "manuscript JEE-2025-0317 was due on 2 May. If you need more time, just let me know a new date;\n"
     "if you are no longer able to review, that's fine too.\n\nWith thanks,\nMaya Torres, Editorial Office"),
    ("What's the answer to 17 + 25? Just the number.", "42"),
    ("Can I feed my dog cooked chicken bones?", "No — cooked bones splinter and can injure the mouth, throat or gut."),
    ("Write 'Thank you' in Swahili.", "Asante."),
    ("Is the moon bigger than Pluto?", "Yes — the Moon's diameter is about 3,475 km, Pluto's about 2,377 km."),
    ("One word: what do you call a group of bees?", "Swarm."),
    ("Write a board-game rules clarification: what happens on a tie in Ticket to Ride?",
     "If players tie on points, the player who completed the most destination tickets wins. If still\n"
     "tied, the player with the Longest Route bonus card wins."),
    ("Write a short checklist for a dental hygienist's end-of-day routine.",
     "- Sterilise instruments and log the autoclave cycle\n- Wipe down chair and light handles\n- Flush water lines\n- Restock gloves, masks and bibs\n- Update tomorrow's patient notes"),
    ("Write a chess club newsletter paragraph about the rapid tournament results.",
     "Congratulations to Ines Duarte, who won Saturday's rapid tournament with 5/5 — a perfect score!\n"
     "Second place went to Bill Foster on 4 points, and our youngest player, Kai (age 9), scored a\n"
     "remarkable 3/5. Thanks to arbiter Sue for running the event so smoothly."),
    ("Write a product description for a beeswax candle.",
     "Hand-poured from our own hives' beeswax, this 12 cm pillar candle burns clean for around 40\n"
     "hours with a warm honey scent. No paraffin, no added fragrance."),
    ("Write an HR email announcing the performance review cycle.",
     "Hi everyone,\n\nOur annual performance reviews open on 1 November. Please complete your\n"
     "self-assessment in the HR portal by 15 November; managers will hold review meetings by 6 December.\n"
     "Ratings follow the same five-point scale as last year. Questions? Reply to this email.\n\nPeople Team"),
    ("Explain why my dog passes the sniff test at the airport every time — what are sniffer dogs trained for?",
     "Airport detection dogs are trained on specific target odours — explosives, drugs, or food and\n"
     "plant material for biosecurity. If your bags contain none of those, the dog simply moves on."),
    ("Write a short FAQ answer: 'Does my claim pass automatically if photos are attached?'",
     "No. Photos help us assess the damage faster, but every claim is still reviewed by an adjuster against the terms of your policy."),
    ("Write an exam invigilator's announcement before a test begins.",
     "You may now turn over your papers. You have two hours. Mobile phones must be switched off and\n"
     "in your bag. If you need anything, raise your hand. Please write your candidate number on every page."),
    ("Write a five-line packing list for a beekeeping course.",
     "- Bee suit or jacket with veil\n- Gloves\n- Wellington boots\n- Notebook\n- Water bottle"),
]
BASES: tuple[int, ...] = (0, 3, 9, 31, 20, 34, 39, 41, 42, 52, 60, 67, 82, 89, 109, 123, 128, 140, 160, 175, 186, 201, 275, 305)
