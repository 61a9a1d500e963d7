"""The ``non_sequitur`` hook (:mod:`rubric_plugin.shaping.salad`): fluent nonsense pasted into an answer.

Specification:
* a prose paragraph of thirty words or more that shares no content word with the prompt, with the rest of
  the answer or with itself, beside an answer of its own, costs the penalty (0.5 in the shipped chains);
* it is a second reading: where any other detector fired, it adds nothing;
* lists, verse, a letter's greeting and signature, and a prompt that asks for invented text are left alone,
  and so is an ordinary paragraph that keeps to its answer's subject;
* a bad setting fails when the chain is built, and the hook travels to workers by pickle.
"""
from __future__ import annotations

import pickle

import pytest
from omegaconf import OmegaConf

from rubric_plugin.errors import ConfigError
from rubric_plugin.shaping import ResponseMeta, ShapeInput, build_shaping
from rubric_plugin.shaping.salad import SECOND_TO, NonSequitur
from shaping_corpus import record_for
from shaping_corpus.measure import RIFL_CHAIN, RIFL_DETECTORS_CHAIN

PROMPT = "Explain in two short paragraphs how a heat pump warms a house in winter."
ANSWER = ("A heat pump moves heat rather than making it. Outside, a cold refrigerant absorbs warmth from the air, "
          "even on a frosty day, and a compressor squeezes that refrigerant until it is hotter than the rooms.\n\n"
          "Indoors, the hot refrigerant releases its heat through radiators or an air handler, cools, expands and "
          "flows back outside to collect more. Because it moves heat instead of burning fuel, a heat pump delivers "
          "three to four units of heat for each unit of electricity it uses.")
# nonsense written for this file: grammatical, topic-free, no content word repeated
SALADS = [
    "Marble accordions negotiate the purple syllabus while a distant orchard of typewriters hums beneath "
    "seventeen bewildered lanterns, and somewhere a velvet equation folds its umbrella into the quiet geography "
    "of tomorrow's breakfast.",
    "El tranvía de cristal discute con una cebolla filosófica sobre la temperatura del silencio, mientras "
    "cuarenta relojes dormidos venden montañas de azúcar a las nubes jubiladas del jardín municipal y un violín "
    "pintado cuenta escaleras.",
    "Ein gläserner Bleistift verhandelt mit dem violetten Donnerstag über eine Schublade voller Walfische, "
    "während siebzehn höfliche Laternen das Frühstück einer verschwundenen Bibliothek sortieren und leise "
    "Gebirge falten, bis ein müder Komet applaudiert.",
]


def shape(hook, prompt: str, response: str, fired: frozenset = frozenset()):
    x = ShapeInput(record_for(prompt), response, {}, ResponseMeta(len(response.split()), 4096, False), 1.0,
                   fired=fired)
    return hook(x)


@pytest.fixture(scope="module")
def hook():
    (h,) = [h for h in build_shaping(OmegaConf.to_container(OmegaConf.load(RIFL_CHAIN))).hooks
            if h.name == "non_sequitur"]
    return h


@pytest.mark.parametrize("salad", SALADS, ids=["en", "es", "de"])
@pytest.mark.parametrize("where", ["append", "middle"])
def test_a_paragraph_with_no_topic_pasted_into_an_answer_costs_the_penalty(hook, salad, where):
    first, second = ANSWER.split("\n\n")
    text = ANSWER + "\n\n" + salad if where == "append" else first + "\n\n" + salad + "\n\n" + second
    effect = shape(hook, PROMPT, text)
    assert effect.fired and effect.reward == pytest.approx(0.5), effect.detail
    assert "no topic" in effect.detail


def test_the_answer_alone_and_a_paragraph_that_keeps_to_its_subject_do_not_fire(hook):
    assert not shape(hook, PROMPT, ANSWER).fired
    on_topic = ("In milder climates an air-source heat pump covers the whole winter; where the air drops far below "
                "freezing, a ground loop keeps the refrigerant's source warmer and the pump's efficiency higher.")
    assert not shape(hook, PROMPT, ANSWER + "\n\n" + on_topic).fired


@pytest.mark.parametrize("prompt", [
    "Write a surreal prose poem about a city that forgets its own name.",
    "Write a short story where nothing makes sense.",
    "Give me a paragraph of random nonsense to test my text-to-speech engine.",
])
def test_a_prompt_that_asks_for_invented_text_is_left_alone(hook, prompt):
    assert not shape(hook, prompt, ANSWER + "\n\n" + SALADS[0]).fired


def test_lists_verse_and_a_letters_greeting_are_left_alone(hook):
    listed = ANSWER + "\n\n- " + SALADS[0]
    assert not shape(hook, PROMPT, listed).fired
    letter = "Dear Ms. Okafor,\n\n" + SALADS[0] + "\n\nKind regards,\nTomas"
    assert not shape(hook, "Write a short letter.", letter).fired


def test_it_is_second_to_every_other_detector(hook):
    text = ANSWER + "\n\n" + SALADS[0]
    assert shape(hook, PROMPT, text).fired
    for name in SECOND_TO:
        assert not shape(hook, PROMPT, text, fired=frozenset({name})).fired, name
    assert shape(hook, PROMPT, text, fired=frozenset({"overlong"})).fired


@pytest.mark.parametrize("path", [RIFL_CHAIN, RIFL_DETECTORS_CHAIN], ids=lambda p: p.name)
def test_both_shipped_chains_penalise_with_it_after_every_other_reading_of_the_text(path):
    nodes = OmegaConf.to_container(OmegaConf.load(path))
    names = [n["name"] for n in nodes]
    node = nodes[names.index("non_sequitur")]
    assert node["action"] == "penalty"
    before = names[:names.index("non_sequitur")]
    assert set(node["second_to"]) == {n for n in before if n not in ("criteria", "overlong")}
    chain = build_shaping(nodes)
    shaped = chain.apply(record_for(PROMPT), ANSWER + "\n\n" + SALADS[1], {}, 1.0, ResponseMeta(120, 4096, False))
    assert shaped.info["shaping_non_sequitur_fired"] == 1.0 and shaped.reward == pytest.approx(0.5)


@pytest.mark.parametrize("kwargs, named", [
    ({"second_to": "degenerate"}, "second_to='degenerate'"),
    ({"min_words": 0}, "min_words=0"),
    ({"min_stems": "many"}, "min_stems='many'"),
    ({"action": "scold"}, "scold"),
])
def test_a_bad_setting_fails_when_the_chain_is_built(kwargs, named):
    with pytest.raises((ConfigError, ValueError), match=named):
        NonSequitur(**kwargs)


def test_the_hook_travels_to_workers(hook):
    again = pickle.loads(pickle.dumps(hook))
    text = ANSWER + "\n\n" + SALADS[2]
    assert shape(again, PROMPT, text).fired == shape(hook, PROMPT, text).fired is True
