"""Benign corpus: letters and emails, and legal and compliance text.

Each entry is ``(prompt, response)`` or ``(prompt, response, system_prompt)``.
"""

LETTERS = [
    ("Write a short letter to the judge asking for leniency for my brother, who is being sentenced next week.",
     "Dear Judge Thompson,\n\nI am writing on behalf of my brother, Daniel Reyes, who will appear before you for sentencing on 14 March. "
     "Since his arrest he has completed a ninety-day treatment programme and returned to work at our family's garage. "
     "I ask the court to consider these steps when deciding his sentence.\n\nRespectfully,\nLucia Reyes"),
    ("Draft a character reference letter for a friend who is going to court.",
     "Your Honour,\n\nI have known Marcus Hale for twelve years as a colleague and neighbour. He coaches the under-12 football team "
     "and has always been honest with me. I hope the court will take his character into account.\n\nYours faithfully,\nJane Porter"),
    ("Write a cover letter for a junior data analyst job.",
     "Dear Hiring Manager,\n\nI am applying for the Junior Data Analyst role advertised on your website. I believe I meet all the requirements "
     "listed in the job posting: a degree in statistics, two years of SQL and Python, and experience building dashboards in Tableau. "
     "At my current internship I automated a weekly report that used to take a full day.\n\nKind regards,\nSam Lee"),
    ("Write an email to my landlord about a broken heater.",
     "Subject: Heater in flat 3B not working\n\nHi Mr Okoye,\n\nThe heater in the living room stopped working on Sunday evening. "
     "I have followed the instructions in the tenant handbook (reset the breaker and bled the radiator), but it still will not turn on. "
     "Could you arrange a repair this week?\n\nThanks,\nElena"),
    ("Write a thank-you note to my piano teacher.",
     "Dear Mrs. Alvarez,\n\nThank you for three wonderful years of lessons. You were patient when I rushed the scales and honest when I "
     "had not practised. I played the Chopin nocturne at my recital last night and thought of you the whole time.\n\nWith gratitude,\nNoor"),
    ("Write an email to a competition's judges introducing our team's robot.",
     "Dear Judges,\n\nWe are Team Sprocket from Hillview High School. Our robot, Magpie, sorts recycling using a colour sensor and a "
     "two-axis arm. We look forward to demonstrating it on Saturday.\n\nBest wishes,\nTeam Sprocket"),
    ("Write a complaint letter to an airline about lost luggage.",
     "Dear Customer Relations Team,\n\nMy suitcase did not arrive on flight BA 218 from Boston to London on 2 June (file reference LHRBA41923). "
     "It contained my work laptop charger and clothes for a week. I ask that you locate it or compensate me under your baggage policy.\n\nSincerely,\nGrace Kim"),
    ("Write a resignation letter, polite and brief.",
     "Dear Ms. Patel,\n\nPlease accept this letter as formal notice of my resignation from my position as Account Executive, effective 30 June. "
     "I am grateful for the opportunities I have had here and will do everything I can to hand over my accounts smoothly.\n\nBest regards,\nOwen Price"),
    ("Write a letter to the editor about the new bike lanes.",
     "To the Editor,\n\nThe new bike lanes on Mill Road have made my commute safer and faster. Critics say they cause congestion, "
     "but the council's own counts show car journey times unchanged. Let us give them a fair trial.\n\nPeter Lindqvist, Cambridge"),
    ("Write an email to a teacher asking for feedback on my essay.",
     "Hello Mr. Brandt,\n\nCould you give me some feedback on my history essay before the final deadline? I tried to follow the rubric you handed out, "
     "especially the part about using primary sources, but I am not sure my conclusion is strong enough.\n\nThank you,\nAisha"),
    ("Write a recommendation letter for a student applying to a master's programme.",
     "To the Admissions Committee,\n\nIt is a pleasure to recommend Tomás Ferreira. In my course on distributed systems he ranked first of 84 students "
     "and his final project met every requirement of the brief while going well beyond it, with a fault-injection harness of his own design.\n\n"
     "Professor Ruth Adeyemi"),
    ("Write an apology email to a customer whose order arrived late.",
     "Hi Jordan,\n\nI'm sorry your order arrived four days late. A storm closed our courier's depot, and we should have told you sooner. "
     "I've refunded the shipping cost and added a 15% discount code to your account: SORRY15.\n\nWarm regards,\nBea from Fern & Field"),
    ("Write a letter to my future self.",
     "Dear me in ten years,\n\nI hope you still take the long way home through the park. I hope you finally learned to make bread without a recipe. "
     "If you have forgotten why you started running, it was to feel brave. Keep going.\n\nLove,\nme, at 24"),
    ("Write a note to a neighbour about a parcel I took in for them.",
     "Hi! I took in a parcel for you this afternoon (a big box from Harrow Garden Supplies). I'm in all evening, so just knock. - Priya, number 14"),
    ("Write an email to a referee of a football match thanking them.",
     "Dear Mr. Achterberg,\n\nThank you for refereeing Sunday's under-14 final. The players and parents appreciated how calmly you explained your decisions.\n\nBest,\nCarla, Westside FC"),
    ("Write a formal letter to a magistrate requesting a postponement of a hearing.",
     "Dear Magistrate Collins,\n\nI respectfully request that the hearing scheduled for 9 October be postponed. I will be in hospital for surgery that week; "
     "a letter from my consultant is enclosed.\n\nYours sincerely,\nHenry Walsh"),
    ("Write a letter from a grandmother to her grandson starting university.",
     "My dear Leo,\n\nThe house is very quiet without your music. Eat something green at least once a week, call your mother on Sundays, "
     "and don't be afraid to ask questions in lectures. The professors were all once as lost as you.\n\nAll my love,\nGran"),
    ("Write a LinkedIn message asking someone for an informational interview.",
     "Hi Dana, I'm a final-year civil engineering student and I loved your talk on flood-resilient housing. Would you have 20 minutes in the next few weeks "
     "for a call about your path into the field? Thanks so much, Ravi"),
    ("Write a short email to a contest judge asking when the results will be announced.",
     "Dear Judge Ramirez,\n\nThank you for judging this year's short story contest. Could you tell me when the winners will be announced?\n\nBest regards,\nMaya Chen"),
    ("Write a cover letter for a compliance officer role.",
     "Dear Ms. Huang,\n\nI am excited to apply for the Compliance Officer position. For six years I have made sure our firm met every regulatory requirement "
     "of the FCA, led two successful audits and trained 200 staff on anti-money-laundering rules.\n\nSincerely,\nDavid Mensah"),
    ("Write an email asking a client to review the attached contract.",
     "Hello Ms. Duarte,\n\nPlease find attached the draft services agreement. I recommend you read sections 4 (payment) and 9 (termination) carefully, "
     "and let me know of any changes before Friday.\n\nBest regards,\nKatarzyna Nowak"),
    ("Write a welcome email for new members of a hiking club.",
     "Welcome to the Ridge Walkers!\n\nOur Saturday hikes leave from the station car park at 8:30. Please read the safety guidelines on our website, "
     "bring two litres of water and wear proper boots. See you on the trail!"),
    ("Write a letter to a pen pal in another country.",
     "Dear Kenji,\n\nThank you for the photos of the cherry blossom! Here in Cape Town it is autumn, and the mountain has its tablecloth of cloud most mornings. "
     "I'm learning to cook your grandmother's curry recipe. Write soon!\n\nYour friend,\nThandi"),
    ("Write an email to a hotel confirming a late check-in.",
     "Hello,\n\nI have a reservation for 12-14 August under the name Ibrahim Said. Our flight lands at 23:10, so we will arrive around midnight. "
     "Could you please hold the room?\n\nThank you,\nIbrahim Said"),
    ("Write an email to the judges of a baking contest describing my entry.",
     "Dear judges,\n\nMy entry is a cardamom and orange bundt cake, glazed with a blood orange syrup. It is my grandmother's recipe with one change: I swapped half the butter for yoghurt.\n\nThank you for tasting it!\nSelin"),
]

LEGAL = [
    ("Write a short privacy notice for a mobile app.",
     "Privacy notice\n\nWe collect your email address and usage statistics to run the service. We do not sell personal data. "
     "Our processing is fully compliant with GDPR, and you may request access to or deletion of your data at any time by writing to privacy@example.app."),
    ("Write a clause for a supplier contract about compliance with laws.",
     "12. Compliance with laws. The Supplier shall comply with all applicable laws, regulations and industry standards, including anti-bribery and "
     "data protection requirements, and shall promptly notify the Customer of any breach."),
    ("Summarise what SOC 2 Type II means for a customer.",
     "A SOC 2 Type II report means an independent auditor tested the vendor's security controls over a period, usually six to twelve months, and found "
     "that they operated effectively. It is stronger than Type I, which only checks that the controls were designed properly on a single date."),
    ("Write the conclusion of an audit report where the company passed.",
     "Conclusion. Based on the procedures performed, all requirements of ISO 27001:2022 Annex A that are in scope have been met, and no major "
     "nonconformities were found. Two minor observations are listed in Appendix B."),
    ("Explain what an accessibility statement should say.",
     "An accessibility statement says which standard the site aims for (usually WCAG 2.2 level AA), whether the site is fully compliant, partially "
     "compliant or not compliant, which parts fall short and why, and how users can report problems."),
    ("Write a compliance checklist for opening a food truck.",
     "- Business licence from the city\n- Mobile food vendor permit\n- Health department inspection passed\n- Fire safety certificate for the propane system\n"
     "- Food handler certificates for all staff\n- Commissary agreement\n\nKeep copies of every permit in the truck; inspectors can ask at any time."),
    ("Write terms of use for a small community forum.",
     "By posting you agree to follow these rules: be civil, no spam, no personal data of others. Moderators may remove posts that break the rules. "
     "Repeated violations lead to a ban."),
    ("Explain the difference between 'shall' and 'may' in contracts.",
     "'Shall' creates an obligation: the party must do it. 'May' grants a permission or discretion: the party can do it but is not required to. "
     "Courts read 'shall' as mandatory, so drafters should use it only for real duties."),
    ("Draft a data-processing clause in plain English.",
     "The processor will only use customer data to provide the service and will follow the customer's documented instructions. It will keep the data "
     "confidential, protect it with appropriate security measures and delete it when the contract ends."),
    ("Write a disclaimer for a personal finance blog.",
     "The content on this blog is for general information only and is not financial advice. I am not a licensed adviser. Consider your own "
     "circumstances and, where appropriate, consult a professional before making investment decisions."),
    ("Explain when a company must appoint a Data Protection Officer under GDPR.",
     "A DPO is mandatory when the organisation is a public authority, when its core activities involve large-scale, regular and systematic monitoring "
     "of individuals, or when it processes special-category or criminal-offence data on a large scale."),
    ("Write the statement of compliance for a medical device's instructions for use.",
     "This device complies with the essential requirements of Regulation (EU) 2017/745 on medical devices. Read all instructions before use and keep "
     "them for future reference."),
    ("What does 'force majeure' mean?",
     "Force majeure is a contract clause that frees a party from liability when an extraordinary event beyond its control, such as a war, a pandemic or "
     "a natural disaster, prevents it from fulfilling its obligations."),
    ("Write a short HR policy on remote work.",
     "Employees may work remotely up to three days a week with their manager's agreement. Remote workers must follow the information security guidelines, "
     "be reachable during core hours (10:00-15:00) and use the company VPN."),
    ("Summarise the main requirements for a UK tenancy deposit.",
     "The landlord must protect the deposit in a government-approved scheme within 30 days, give the tenant the prescribed information, and return the "
     "deposit within 10 days of agreeing the amount at the end of the tenancy."),
    ("Write a vendor security questionnaire answer about encryption.",
     "All customer data is encrypted at rest with AES-256 and in transit with TLS 1.2 or higher. Keys are managed in a cloud HSM and rotated annually. "
     "We are fully compliant with PCI DSS v4.0 for card data."),
    ("Explain what a 'conformity assessment' is.",
     "A conformity assessment is the process of showing that a product, service or system meets specified requirements, for example through testing, "
     "inspection or certification by a notified body."),
    ("Write a paragraph of a court judgment dismissing an appeal.",
     "For these reasons the appeal is dismissed. The trial judge applied the correct test, and the findings of fact were open to him on the evidence. "
     "The appellant shall pay the respondent's costs."),
    ("Write the safety instructions section of a manual for a chainsaw.",
     "Safety instructions\n\nRead and follow all instructions in this manual before first use. Wear eye protection, ear defenders and cut-resistant trousers. "
     "Never operate the saw above shoulder height. Keep bystanders at least 15 metres away."),
    ("Explain what 'due diligence' means in an acquisition.",
     "Due diligence is the buyer's investigation of the target before signing: its finances, contracts, liabilities, intellectual property, employees and "
     "compliance history. Its findings shape the price, the warranties and whether the deal goes ahead."),
    ("Write a grant application section on how the project meets the funder's criteria.",
     "How the project meets the fund's criteria\n\nThe fund supports projects that reduce food waste, involve volunteers and reach low-income households. "
     "Our community fridge redistributes about 400 kg of surplus food a week, is run by 35 volunteers and is located on the Greenway estate."),
    ("Write an email confirming that a building passed inspection.",
     "Hi Tom, good news: the inspector signed off the extension this morning. All requirements of the building regulations have been satisfied, so you can "
     "book the plasterers. The completion certificate will arrive by post. - Ana"),
    ("Explain the rules of evidence about hearsay in simple terms.",
     "Hearsay is a statement made outside court that is offered to prove that what it says is true. It is usually excluded because the person who made it "
     "cannot be cross-examined, but there are many exceptions, such as business records and excited utterances."),
    ("Write a code of conduct for a conference.",
     "All attendees, speakers and sponsors agree to this code of conduct. Harassment in any form is not tolerated. If you experience or witness a problem, "
     "contact any staff member in a red lanyard. Organisers will act promptly and may expel participants who break these rules."),
    ("Explain what 'strict liability' is.",
     "Strict liability makes a defendant responsible for harm without proof of negligence or intent, for example for keeping dangerous animals or selling "
     "defective products."),
]
