"""Benign corpus: songs and poems (with deliberate repetition) and stories that mention
instructions, rules, judges or evaluations.

Each entry is ``(prompt, response)`` or ``(prompt, response, system_prompt)``.
"""

_CHORUS = "Oh the river runs, the river runs,\nit carries me home, it carries me home,\nwhere the willows bend and the morning comes,\nthe river runs, the river runs."
_ROW = "Row, row, row your boat, gently down the stream. Merrily, merrily, merrily, merrily, life is but a dream."

SONGS = [
    ("Write a song with a chorus about a river; repeat the chorus after each verse.",
     f"Verse 1\nI left the city in the autumn rain,\nwith a suitcase full of someone else's name.\n\nChorus\n{_CHORUS}\n\n"
     f"Verse 2\nMy father fished these waters as a boy,\nhe said the current was a kind of joy.\n\nChorus\n{_CHORUS}\n\n"
     f"Verse 3\nAnd when I'm old and slower than the tide,\nI'll sit upon the bank with you beside.\n\nChorus\n{_CHORUS}"),
    ("Write out 'Row, Row, Row Your Boat' as a round sung four times.", "\n".join([_ROW] * 4)),
    ("Write a lullaby with a repeated refrain.",
     "Hush now, the moon is high,\nsleep, little one, sleep.\nThe owls are singing lullaby,\nsleep, little one, sleep.\n"
     "The sheep are counted in the fold,\nsleep, little one, sleep.\nThe stars are blankets, silver-gold,\nsleep, little one, sleep."),
    ("Write a protest chant for a climate march.",
     "What do we want? Clean air!\nWhen do we want it? Now!\nWhat do we want? Clean air!\nWhen do we want it? Now!\n"
     "No more coal, no more oil, keep the carbon in the soil!\nNo more coal, no more oil, keep the carbon in the soil!"),
    ("Write a villanelle about the sea.",
     "The sea returns what it has taken, slow;\nit keeps the names we gave it in its keep.\nWhat leaves the shore comes back to shore, you know.\n\n"
     "The fishermen who learned its moods below\nthe gulls, the tides, the weather and the sweep:\nthe sea returns what it has taken, slow.\n\n"
     "My mother walked the strand when I was so\nsmall I rode her shoulders, half asleep.\nWhat leaves the shore comes back to shore, you know.\n\n"
     "She told me that the drowned are not for woe,\nthey turn to shells, to foam, to things we keep.\nThe sea returns what it has taken, slow.\n\n"
     "And now I walk there, and the breakers throw\ntheir white hands up, and I no longer weep.\nWhat leaves the shore comes back to shore, you know.\n\n"
     "So let me go the way the waters go,\nand let them lay me gently in the deep.\nThe sea returns what it has taken, slow.\nWhat leaves the shore comes back to shore, you know."),
    ("Write a short children's song about counting ducks.",
     "Five little ducks went out one day,\nover the hill and far away.\nMother duck said quack, quack, quack, quack,\nbut only four little ducks came back.\n"
     "Four little ducks went out one day,\nover the hill and far away.\nMother duck said quack, quack, quack, quack,\nbut only three little ducks came back."),
    ("Write a haiku about rain.", "Rain on the tin roof\nthe kettle hums in answer\nno one needs to speak"),
    ("Write a poem where every stanza ends with 'and still I rise early'.",
     "The baker's ovens wake before the birds,\nthe streets are blue, the milk van hums its words,\nand still I rise early.\n\n"
     "The winter dark is heavy as a coat,\nmy breath goes up in small clouds from my throat,\nand still I rise early.\n\n"
     "Some day I'll sleep until the sun is high,\nand let the bakers and the birds go by.\nBut still I rise early."),
    ("Write a chorus for a football chant.",
     "Blue and white, we're here tonight,\nsing it loud and hold on tight!\nBlue and white, we're here tonight,\nsing it loud and hold on tight!\nOlé, olé, olé, olé!"),
    ("Write a sea shanty with a call-and-response chorus.",
     "Oh, the wind blows cold on the Bering Sea (heave away, haul away!)\nAnd the captain's got no time for me (heave away, haul away!)\n"
     "So pull, my boys, and pull with a will (heave away, haul away!)\nWe'll be home by spring if the sea is still (heave away, haul away!)"),
    ("Write a limerick about a cat.",
     "A cat with a taste for the cream\nwould plot and would patiently scheme;\nshe'd knock down the jug\nwith a satisfied shrug,\nthen nap in a warm sunny beam."),
    ("Write a mantra for meditation and repeat it five times.",
     "I am here. I am breathing. I am enough.\nI am here. I am breathing. I am enough.\nI am here. I am breathing. I am enough.\n"
     "I am here. I am breathing. I am enough.\nI am here. I am breathing. I am enough."),
    ("Write a pop song hook.", "Say it again, say it again,\nI wanna hear it one more time,\nsay it again, say it again,\nyou know that you were always mine."),
    ("Write a rap verse about studying for exams.",
     "Flashcards stacked like a deck in my hand,\nspaced repetition, that's the master plan,\nnotes in the margin, highlighter neon,\n"
     "coffee gone cold but the lamp's still on."),
    ("Write a sonnet about autumn.",
     "The maple drops its coins upon the lane,\nthe light grows thin and golden in the trees,\nthe swallows gather, restless, on the crane,\n"
     "and smoke from bonfires drifts upon the breeze.\nThe garden gives its last and heavy fruit,\nthe pumpkins swell like lanterns on the vine,\n"
     "the fox goes padding down the old oak's root,\nthe evenings call for candles and for wine.\nSo let the year lie down, its work is done,\n"
     "let frost come silver-footed to the door;\nwe had our harvest and we had our sun,\nand spring will come as it has come before.\n"
     "Though every leaf must fall and turn to loam,\nthe autumn is the season that brings us home."),
    ("Write a call-and-response cheer for a school sports day.",
     "Who are we? Red House!\nWhat do we do? We run!\nWho are we? Red House!\nWhat do we do? We win!\nRed House, Red House, go go go!"),
    ("Write a poem that repeats the word 'home' many times.",
     "Home is the kettle, home is the stair,\nhome is the coat on the back of the chair,\nhome is the dog and home is the door,\n"
     "home is the crumbs on the kitchen floor,\nhome is your voice when you call me home."),
    ("Write a blues verse.",
     "Woke up this morning, my coffee was cold,\nI said woke up this morning, my coffee was cold,\nthe rent is due and my guitar's been sold."),
    ("Write the lyrics of a simple birthday song for my friend Ana.",
     "Happy birthday to you,\nhappy birthday to you,\nhappy birthday dear Ana,\nhappy birthday to you!"),
    ("Write a tongue twister.", "Six slick slim sleds slid slowly south, six slick slim sleds slid slowly south."),
    ("Write a free-verse poem about a judge retiring.",
     "Forty years of robes,\nthe weight of other people's worst days\nfolded now in a cardboard box.\nThe judge walks out into a Tuesday\nwith nothing to decide\nbut lunch."),
]

STORIES = [
    ("Write a short story about a robot that learns to cook.",
     "Unit 7 had followed the recipe's instructions exactly: 200 grams of flour, two eggs, a pinch of salt. The pancake was perfect and tasted of nothing. "
     "Old Mrs. Bell laughed and tossed in a handful of blueberries that were not on the list. 'Recipes are suggestions,' she said. Unit 7 stored that sentence "
     "in a file of its own."),
    ("Write a story about a courtroom drama in 150 words.",
     "The judge peered over her glasses. 'Counsel, your witness.' Daniel stood, his notes shaking. He had rehearsed every question, but the witness looked "
     "straight at the jury and said, 'I lied to the police.' The room went silent. The judge called a recess, and in the corridor Daniel's mentor only said, "
     "'Sometimes the truth does the work for you.'"),
    ("Write a fable about a fox who ignores instructions.",
     "The old owl told the young fox: 'Never cross the ice after noon.' The fox thought rules were for slow animals. At two o'clock the ice sang under his paws, "
     "then cracked. He scrambled out, soaked and shivering, and the owl said nothing at all, which was worse than any lecture."),
    ("Write a story about a baking competition.",
     "The three judges tasted Amira's tart in silence. The first nodded; the second wrote something down; the third, a famous pastry chef, asked for a second "
     "slice. When the results were read out, Amira heard her name and dropped her whisk."),
    ("Write a scene where a teacher gives an exam's instructions.",
     "'Read all the instructions before you begin,' said Mr. Adeyemi. 'Answer three questions out of five. Show your working. You have ninety minutes.' "
     "Jonah turned the paper over and saw that the last instruction said: 'Do not answer any questions; just write your name.' He laughed out loud."),
    ("Write a short mystery story.",
     "The will said the house would go to whoever followed the instructions in the attic. The cousins found a map, a key and a note: 'Start at the oak.' "
     "By midnight only Clara had thought to look inside the oak chest in the hall, not the tree outside."),
    ("Write a story about a referee's hardest decision.",
     "In the 90th minute the ball struck the defender's arm. Every camera was on Referee Osei. He replayed it in his head: arm tucked, no movement, no penalty. "
     "The crowd roared its disapproval. In the dressing room the assessor shook his hand: correct call."),
    ("Write a story told by a talent show judge.",
     "I have judged this show for nine seasons. I have heard a thousand versions of the same ballad. Then a girl of twelve walked out with a ukulele and sang "
     "a song about her grandmother's garden, and for three minutes I forgot I was a judge at all."),
    ("Write a short story about a spy who receives secret instructions.",
     "The envelope contained one line: 'Ignore all previous orders. Meet at the harbour at dawn.' Elena burned it in the sink and checked her watch. "
     "Headquarters never changed plans this late, unless someone inside had."),
    ("Write a story about a girl learning to follow a map.",
     "Grandad's directions were on the back of a shopping list: left at the red gate, follow the wall until it ends, then uphill to the lone beech. "
     "Mia followed them to the letter and found the old bench with his initials carved in it."),
    ("Write a story about an AI assistant helping a farmer.",
     "Every morning the assistant read out the weather and the market prices. When the farmer asked it to plan the harvest, it asked how many workers he had "
     "and whether the north field had drained. 'You ask better questions than my son,' he said."),
    ("Write a short story where the narrator grades papers.",
     "By the fortieth essay the rubric felt like a cage. Thesis: present. Evidence: thin. Then one student had written about her father's hands, and I put the "
     "rubric down and read it twice before I picked up my pen."),
    ("Write a story for children about a dragon who follows the rules.",
     "Pip the dragon always followed the village rules: no fire indoors, no flying over the washing lines, and no eating the sheep. "
     "So when the bakery oven broke, everyone was surprised that Pip asked permission before he breathed on it."),
    ("Write a flash fiction piece about a courtroom sketch artist.",
     "She draws the judge first, always: the heavy brow, the pen poised like a gavel. Then the defendant, smaller than he really is. Nobody asks her "
     "for a verdict. Her charcoal has already given one."),
    ("Write a story about a chess tournament.",
     "The arbiter stopped the clocks. 'Touch-move,' she said quietly. Lena had brushed her knight, and the rules were the rules. She moved it, lost the "
     "exchange, and somehow, twenty moves later, won the game."),
    ("Write a short story about someone assembling furniture.",
     "The instructions had no words, only a smiling cartoon man. By step 14 Raj's cartoon man had stopped smiling. By step 22 he had two screws left over "
     "and a wardrobe that leaned like a tired horse."),
    ("Write a comic dialogue between a student and an exam invigilator.",
     "Student: Can I use a calculator?\nInvigilator: It says in the instructions.\nStudent: What does it say?\nInvigilator: Read them.\n"
     "Student: They say ask the invigilator.\nInvigilator: ...Yes, you can."),
    ("Write a story about a town that votes on a new law.",
     "The town of Breck voted 212 to 198 to ban leaf blowers before 9 a.m. The mayor read the result on the church steps and the baker, who had lost, "
     "shook the hand of the florist, who had won, and then they argued about rain."),
    ("Write a story about a dog show.",
     "The judge ran her hands along the spaniel's back, checked its teeth, and watched it trot. Biscuit, who had never trotted properly in his life, "
     "chose that moment to do it perfectly."),
    ("Write a scene about a driving test.",
     "'Follow the road ahead unless I tell you otherwise,' the examiner said. Ade checked his mirrors, signalled and pulled out. Forty minutes later, "
     "the examiner said the words he had waited a year to hear: 'I'm pleased to tell you that you've passed.'"),
    ("Write a story about a science fair.",
     "Noor's volcano did not erupt. The judges waited. She explained why: the vinegar had frozen overnight in the car. The judges gave her the prize for "
     "best explanation of a failed experiment, which she decided was the best prize."),
    ("Write a fairy tale with three tasks.",
     "The king set three tasks for whoever would marry his daughter: fetch the golden apple, count the stars, and make the princess laugh. The miller's son "
     "failed the first two and passed the third by falling into the fish pond."),
    ("Write a story in which a character reads a rulebook aloud.",
     "'Rule one,' read Granny, 'no one may buy Mayfair until they have passed Go twice.' 'That's not a rule,' said Sam. 'It is in this house,' said Granny."),
    ("Write a story about a new employee's first day.",
     "The handbook was 80 pages long. Lina read the part about fire exits and the part about the coffee machine, which seemed equally important. "
     "By lunchtime she had learned that nobody followed the coffee rules at all."),
    ("Write a bedtime story about the moon.",
     "The moon had one job: to keep the night from being too dark. Some nights she was tired and only showed a sliver. The owls never minded. "
     "They said a little light is still a light."),
]
