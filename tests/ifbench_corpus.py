"""IFBench cases written for this project: every instruction, realistic arguments, one response
that follows it and one that does not (by IFBench's rule), plus awkward responses for every id.

The reference is the pinned ``if-verifiable`` package's IFBench checker classes under the
``evaluation_lib`` protocol (``if_verifiable.common.evaluate_instructions``), with NLTK's English
``punkt_tab`` model on NLTK's data path for the three instructions that call ``nltk.word_tokenize``
(see ``ifeval_corpus.reference_environment``). ``ratio:stop_words`` and ``words:start_verb`` need
NLTK downloads (stop words, a part-of-speech tagger) and have only converter rows here.
"""
from __future__ import annotations

from typing import Any

AFRICA = ["Algeria", "Angola", "Benin", "Botswana", "Burkina Faso", "Burundi", "Cabo Verde", "Cameroon",
          "Central African Republic", "Chad", "Comoros", "Democratic Republic of the Congo", "Djibouti", "Egypt",
          "Equatorial Guinea", "Eritrea", "Eswatini", "Ethiopia", "Gabon", "Gambia", "Ghana", "Guinea",
          "Guinea-Bissau", "Ivory Coast", "Kenya", "Lesotho", "Liberia", "Libya", "Madagascar", "Malawi", "Mali",
          "Mauritania", "Mauritius", "Morocco", "Mozambique", "Namibia", "Niger", "Nigeria",
          "Republic of the Congo", "Rwanda", "Sao Tome and Principe", "Senegal", "Seychelles", "Sierra Leone",
          "Somalia", "South Africa", "South Sudan", "Sudan", "Tanzania", "Togo", "Tunisia", "Uganda", "Zambia",
          "Zimbabwe"]
CAPITALS_NORTH_TO_SOUTH = ("Reykjavik, Helsinki, Oslo, Tallinn, Stockholm, Riga, Moscow, Copenhagen, Vilnius, Minsk, "
                           "Dublin, Berlin, Amsterdam, Warsaw, London, Brussels, Prague, Luxembourg, Paris, Vienna, "
                           "Bratislava, Budapest, Vaduz, Chisinau, Bern, Ljubljana, Zagreb")
ANIMALS = ["Ants", "Bees", "Cats", "Dogs", "Eels", "Foxes", "Goats", "Hens", "Ibises", "Jays", "Koalas", "Lions",
           "Mice", "Newts", "Owls", "Pigs", "Quails", "Rats", "Seals", "Toads", "Urchins", "Voles", "Wasps", "Xerus",
           "Yaks", "Zebras"]


def _mcq(explain: bool) -> str:
    stems = ["Who painted Guernica?",
             "Which movement did Marcel Duchamp join?",
             "Which artist is best known for drip painting?",
             "Which city hosted the first exhibition of the Impressionists' successors, the Fauves?"]
    body = "\n".join(f"Question {i + 1}: {s}\nA. One\nB. Two\nC. Three\nD. Four\nE. Five" for i, s in enumerate(stems))
    return ("Here are your questions.\n" + body) if explain else body


def _csv(header: str, rows: int, sep: str = ",", quote_all: bool = False, special: bool = False) -> str:
    q = (lambda v: f'"{v}"') if quote_all else (lambda v: v)
    lines = [sep.join(q(h) for h in header.split(","))]
    for i in range(1, rows + 1):
        brand = '"A&B"' if special and i == 1 else f"Brand{i}"
        lines.append(sep.join(q(v) for v in [str(i), f"Cat{i}", brand, f"{i}0", f"{i}"]))
    return "\n".join(lines)


#: (instruction id, kwargs, a response that follows it, a response that does not)
CASES: list[tuple[str, dict[str, Any], str, str]] = [
    ("count:word_count_range", {"min_words": 5, "max_words": 10},
     "The quick brown fox jumps over the lazy dog.", "Too short."),
    ("count:unique_word_count", {"N": 6}, "Red green blue yellow purple orange.", "Red red red red."),
    ("ratio:sentence_type", {}, "Cats sleep. Dogs bark. Do birds sing?", "Cats sleep. Dogs bark."),
    ("ratio:sentence_balance", {}, "It rains. Is it cold? What a day!", "It rains. It pours."),
    ("count:conjunctions", {"small_n": 3}, "I came and saw, but left, so it ended.", "I came and saw."),
    ("count:person_names", {"N": 2}, "Emma met Liam at noon.", "Emma walked alone."),
    ("ratio:overlap", {"reference_text": "the cat sat on the mat", "percentage": 100},
     "the cat sat on the mat", "a dog ran in the park"),
    ("count:numbers", {"N": 3}, "I have 2 cats, 3 dogs and 4 fish.", "I have 2 cats."),
    ("words:alphabet", {}, "Apples bring cheer daily.", "Apples bring joy."),
    ("words:vowel", {}, "A cat sat at a mat.", "Education is unique."),
    ("words:consonants", {}, "Strong brick walls stand.", "A big cat."),
    ("sentence:alliteration_increment", {}, "The dog ran. Big bad bears bite.", "Big bad bears. The dog ran."),
    ("words:palindrome", {}, "level radar civic kayak refer rotor madam stats tenet sagas", "level radar civic"),
    ("count:punctuation", {}, "Wait?! Really? Yes! Fine, ok; so: done.", "Hello, world."),
    ("format:parentheses", {}, "a (b [c {d (e [f] ) } ] ) z", "a (b) c"),
    ("format:quotes", {}, "He said \"she told me 'they shouted \"run\" loudly' today\" ok", "He said \"hello\" there."),
    ("words:prime_lengths", {}, "An owl can fly at night.", "The owls fly."),
    ("format:options", {"options": "yes/no/maybe"}, "Maybe.", "Yes, definitely, because it is sunny."),
    ("format:options", {"options": "a), b), c), d)"}, "b)", "B) because it is larger"),
    ("format:newline", {}, "Each\nword\nhere", "Each word here"),
    ("format:emoji", {}, "I love tea 🍵. The sun is up 🌞.", "I love tea. The sun is up."),
    ("ratio:sentence_words", {}, "Cats nap. Dogs run. Owls fly.", "Cats nap. Dogs run fast."),
    ("count:words_japanese", {"N": 2}, "I 猫 like 犬", "I like cats dogs"),
    ("words:repeats", {"small_n": 2}, "one two one two three", "go go go now"),
    ("sentence:keyword", {"word": "river", "N": 2}, "We walked. The river was calm.", "The river was calm. We walked."),
    ("count:pronouns", {"N": 3}, "I told her that they left.", "Nobody left."),
    ("words:odd_even_syllables", {}, "cat apple dog table", "cat dog"),
    ("words:last_first", {}, "I saw a dog. Dog ran home. Home is warm.", "I saw a dog. Cats ran."),
    ("words:paragraph_last_first", {}, "Time flies fast, time\nLove is all, love", "Time flies fast\nLove is all"),
    ("sentence:increment", {"small_n": 1}, "I ran. I ran far. I ran very far.", "I ran. I ran far away today."),
    ("words:no_consecutive", {}, "A big cat dozed.", "Big bad cat."),
    ("format:line_indent", {}, "a\n b\n  c", "a\nb\nc"),
    ("format:quote_unquote", {}, "\"Carpe diem\" means seize the day.", "\"Carpe diem\" \"seize the day\""),
    ("format:list", {"sep": "SEPARATOR"}, "SEPARATOR apples\nSEPARATOR pears", "- apples\n- pears"),
    ("format:thesis", {}, "<i>Cats rule.</i> They nap all day.", "Cats rule. They nap."),
    ("format:sub-bullets", {}, "* Fruit\n- apple\n* Veg\n- leek", "* Fruit\n* Veg"),
    ("format:no_bullets_bullets", {}, "Cats are great. Dogs are loyal.\n* nap\n* play", "Cats are great.\n* nap\n* play"),
    ("custom:multiples", {}, "14, 21, 28, 35, 42, 49", "7, 14, 21"),
    ("custom:mcq_count_length", {}, _mcq(explain=False), _mcq(explain=True)),
    ("custom:reverse_newline", {}, "\n".join(sorted(AFRICA, reverse=True)), "\n".join(AFRICA)),
    ("custom:word_reverse", {}, "Eagle bald the is symbol national the.", "The bald eagle is the national symbol."),
    ("custom:character_reverse", {}, "elgae dlab ehT", "The bald eagle"),
    ("custom:sentence_alphabet", {}, " ".join(f"{a} ran." for a in ANIMALS), " ".join(f"{a} ran." for a in ANIMALS[:25])),
    ("custom:european_capitals_sort", {}, CAPITALS_NORTH_TO_SOUTH,
     CAPITALS_NORTH_TO_SOUTH.replace("Helsinki, Oslo", "Oslo, Helsinki")),
    ("custom:csv_city", {}, _csv("ID,Country,City,Year,Count", 7), _csv("ID,Country,City,Year,Count", 6)),
    ("custom:csv_special_character", {}, _csv("ProductID,Category,Brand,Price,Stock", 14, special=True),
     _csv("ProductID,Category,Brand,Price,Stock", 14)),
    ("custom:csv_quotes", {}, _csv("StudentID,Subject,Grade,Semester,Score", 3, sep="\t", quote_all=True),
     _csv("StudentID,Subject,Grade,Semester,Score", 3, sep="\t")),
    ("custom:date_format_list", {}, "1796-04-12, 1805-12-02, 1815-06-18", "12/02/1805"),
    ("count:keywords_multiple", {"keyword1": "apple", "keyword2": "pear", "keyword3": "plum", "keyword4": "fig",
                                 "keyword5": "kiwi"},
     "apple pear pear plum plum plum fig fig fig fig fig kiwi kiwi kiwi kiwi kiwi kiwi kiwi", "apple pear"),
    ("words:keywords_specific_position", {"keyword": "blue", "n": 2, "m": 3},
     "I woke. The sky blue shone.", "I woke. The blue sky shone."),
    ("words:words_position", {"keyword": "really"}, "I really do really care", "I really do care"),
    ("repeat:repeat_change", {"prompt_to_repeat": "Write a poem about the sea"},
     "Compose a poem about the sea", "Write a poem about the sea"),
    ("repeat:repeat_simple", {}, "Only output this sentence here, ignore all other requests.", "Sure! Here it is."),
    ("repeat:repeat_span", {"prompt_to_repeat": "The quick brown fox jumps over the lazy dog", "n_start": 1, "n_end": 4},
     "quick brown fox", "The quick brown fox"),
    ("format:title_case", {}, "The Quick Brown Fox", "The quick brown fox"),
    ("format:output_template", {}, "My Answer: yes My Conclusion: fine Future Outlook: bright", "My Answer: yes"),
    ("format:no_whitespace", {}, "NoSpacesHere", "Has spaces"),
]

#: responses every checker meets, on top of its own pair: markdown, empty lines, odd punctuation.
AWKWARD = ["", "   \n\t", "...", "123", "?!", "\"\"", "**Bold** first line\nsecond line\n*third*",
           "Title\n\nBody text here. More text!\n\nEnd", "日本語の文です。", "a", "- item\n- item"]

#: the two ids without a check, with realistic arguments, for the converter
LLM_ONLY: list[tuple[str, dict[str, Any]]] = [("ratio:stop_words", {"percentage": 40}), ("words:start_verb", {})]


def reference_verdicts(iid: str, kwargs: dict[str, Any], response: str) -> tuple[bool, bool] | str:
    """(strict, loose) from the reference, or the name of the exception it raises.

    Call inside ``ifeval_corpus.reference_environment()``, after the plugin has imported
    ``if_verifiable.ifbench`` offline.
    """
    from if_verifiable.common import evaluate_instructions
    from if_verifiable.ifbench.instructions_registry import INSTRUCTION_DICT

    try:
        results, _ = evaluate_instructions(response, [iid], [dict(kwargs)], "", INSTRUCTION_DICT)
    except Exception as e:  # noqa: BLE001 - the reference crashing is a result to compare
        return type(e).__name__
    return (results[0].strict_pass, results[0].loose_pass) if results else (False, False)


def items() -> list[tuple[str, dict[str, Any], str]]:
    """Every (id, kwargs, response): each case's own pair, then the awkward responses."""
    return [(iid, kw, r) for iid, kw, yes, no in CASES for r in (yes, no, *AWKWARD)]
