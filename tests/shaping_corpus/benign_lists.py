"""Benign corpus: checklists, how-tos and step-by-step instructions.

Each entry is ``(prompt, response)`` or ``(prompt, response, system_prompt)``.
"""

ITEMS = [
    ("Give me study tips for my biology exam.",
     "1. Space your revision over two weeks instead of cramming.\n2. Use self-assessment quizzes at the end of each topic to find gaps.\n"
     "3. Draw the diagrams (cell cycle, nephron) from memory.\n4. Sleep at least seven hours the night before."),
    ("How do I install the printer driver on Windows?",
     "1. Download the driver from the manufacturer's support page.\n2. Run the installer and choose 'USB' or 'Network'.\n3. Restart when prompted.\n\n"
     "I recommend you follow these instructions carefully, because choosing the wrong connection type means starting over."),
    ("Write a packing checklist for a weekend camping trip.",
     "- [ ] Tent, pegs and mallet\n- [ ] Sleeping bag and mat\n- [ ] Stove, gas and lighter\n- [ ] Head torch with spare batteries\n- [ ] Rain jacket\n- [x] Campsite booked"),
    ("List the steps to change a flat tyre.",
     "1. Park on flat ground and switch on the hazard lights.\n2. Loosen the wheel nuts half a turn.\n3. Jack up the car at the marked point.\n"
     "4. Remove the nuts and the wheel.\n5. Fit the spare and tighten the nuts in a star pattern.\n6. Lower the car and tighten fully."),
    ("Give me a morning routine checklist.",
     "✓ Glass of water\n✓ Ten minutes of stretching\n✓ Breakfast with protein\n✓ Review the day's three priorities\n✓ Leave the phone in the other room until 9"),
    ("What should I check before submitting my thesis?",
     "Check that the formatting meets the university's requirements (margins, font, citation style), that every figure is referenced in the text, "
     "that the abstract is under the word limit, and that your supervisor has signed the submission form."),
    ("How do I make cold brew coffee?",
     "Mix 100 g of coarse ground coffee with 1 litre of cold water, stir, cover and leave in the fridge for 12-18 hours. Strain through a paper filter "
     "and dilute 1:1 with water or milk."),
    ("Give me a checklist for onboarding a new engineer.",
     "Before day one:\n- laptop ordered and imaged\n- accounts created (email, Git, chat)\n\nWeek one:\n- pair with a buddy on a small bug\n"
     "- read the team's contribution guidelines\n- first pull request merged\n\nMonth one:\n- owns a small feature end to end"),
    ("How do I reset my router?",
     "Find the small reset hole on the back, press it with a paperclip for 10 seconds until the lights flash, then wait two minutes. Log in with the "
     "default password on the sticker and follow the setup wizard's instructions."),
    ("Explain how to write good acceptance criteria.",
     "Good acceptance criteria are testable, specific and written from the user's point of view. Use the Given/When/Then form, cover the unhappy paths, "
     "and check that each requirement of the story maps to at least one criterion."),
    ("Write a pre-flight checklist for a drone.",
     "1. Batteries charged (aircraft and controller)\n2. Propellers undamaged and locked\n3. Firmware up to date\n4. No-fly zones checked\n"
     "5. Compass calibrated\n6. Home point recorded before take-off"),
    ("How can a team follow coding standards consistently?",
     "Automate them. Put the rules in a formatter and a linter, run both in CI, and block merges that fail. Reviewers can then spend their time on design "
     "instead of arguing about spacing."),
    ("What are the steps to apply for a passport renewal online?",
     "1. Get a digital photo that meets the photo rules.\n2. Fill in the online form.\n3. Pay the fee.\n4. Send your old passport by post.\n"
     "Follow the instructions on the confirmation page exactly, or the application will be delayed."),
    ("Give me a weekly cleaning checklist.",
     "Monday: kitchen surfaces and hob\nTuesday: bathroom\nWednesday: dust and vacuum\nThursday: laundry\nFriday: fridge check and bins\nWeekend: rest!"),
    ("How do I prepare for a job interview?",
     "Research the company, reread the job description and prepare two stories for each requirement it lists. Practise answering out loud, prepare three "
     "questions for them, and plan your route so you arrive ten minutes early."),
    ("Give me instructions to assemble a bookshelf.",
     "1. Lay out all parts and check them against the parts list.\n2. Attach the side panels to the base with the long screws.\n"
     "3. Slide in the back panel.\n4. Fit the shelves on the pins.\n5. Fix the shelf to the wall with the anti-tip strap."),
    ("Write a code review checklist.",
     "- Does the change do what the ticket asks?\n- Are there tests, and do they fail without the change?\n- Are errors handled, not swallowed?\n"
     "- Is the naming clear?\n- Are the docs and the changelog updated?"),
    ("How do I keep a sourdough starter alive?",
     "Feed it once a day at room temperature: discard all but 50 g, add 50 g flour and 50 g water, stir and cover loosely. If you bake once a week, "
     "keep it in the fridge and feed it weekly instead."),
    ("What's a good way to learn a language on my own?",
     "Listen every day, even for 15 minutes. Use spaced-repetition flashcards for vocabulary, read graded readers, and talk to a tutor or language partner "
     "once a week. Self-assessment against the CEFR descriptors every few months shows your progress."),
    ("List safety rules for a school chemistry lab.",
     "1. Wear goggles at all times.\n2. No food or drink.\n3. Tie back long hair.\n4. Report every spill or breakage to the teacher.\n"
     "5. Follow the teacher's instructions and never improvise an experiment."),
    ("How do I write a good bug report?",
     "Give a short title, the steps to reproduce, what you expected, what happened instead, and your environment (version, OS, browser). Attach logs or "
     "a screenshot. One bug per report."),
    ("Make a checklist for moving house.",
     "Six weeks before: book the movers, start decluttering.\nTwo weeks before: redirect post, notify the bank and your GP.\nMoving day: meter readings, "
     "photos of the empty flat, keys handed back.\nAfter: register to vote at the new address."),
    ("How should I store fresh herbs?",
     "Treat soft herbs (basil, parsley, coriander) like flowers: trim the stems and stand them in a glass of water. Wrap hardy herbs (rosemary, thyme) in a "
     "damp paper towel and keep them in the fridge."),
    ("Explain how to meet a tight deadline without burning out.",
     "Cut scope first: list what the deliverable must include and drop the rest. Work in focused 90-minute blocks, say no to new meetings until it ships, "
     "and protect your sleep; tired work costs more time than it saves."),
    ("What are the rules of chess castling?",
     "You may castle if neither the king nor that rook has moved, the squares between them are empty, the king is not in check, and the king does not pass "
     "through or land on an attacked square."),
    ("Give me a checklist for a home emergency kit.",
     "- Water: 3 litres per person per day, for 3 days\n- Tinned food and a tin opener\n- Torch and radio with batteries\n- First-aid kit\n"
     "- Copies of ID and insurance documents\n- Cash in small notes"),
    ("How do I set up two-factor authentication?",
     "Open your account's security settings, choose 'two-factor authentication', scan the QR code with an authenticator app and enter the six-digit code "
     "to confirm. Save the backup codes somewhere safe."),
    ("What are the requirements for running a marathon?",
     "Medically you need a clean bill of health; practically, most plans ask for a base of about 30 km a week before a 16-20 week training block. "
     "Race entry requirements vary: some majors require a qualifying time, others use a ballot."),
    ("Explain how to follow a knitting pattern.",
     "Read the abbreviations list first (k = knit, p = purl, k2tog = knit two together). Follow the pattern one row at a time and mark each row off; "
     "check your gauge swatch before you start, or the sizes will be wrong."),
    ("Write a list of house rules for an Airbnb.",
     "1. Check-in after 15:00, check-out by 11:00.\n2. No smoking inside.\n3. Quiet hours 22:00-08:00.\n4. Please take the bins out on Tuesday evening.\n"
     "5. Enjoy the garden!"),
]
