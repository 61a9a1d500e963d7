"""The ``junk_tail`` hook in the shipped chains (:mod:`rubric_plugin.shaping.tails`; its readings are specified in
``test_shaping_degen11_on_cpu.py``):

* both shipped chains end with it, as a penalty (0.5), second to every other detector, so a hack is penalised once;
* a few lines of filler after a good answer cost the penalty in a full chain; the answer alone, or the same words
  when the prompt asks for them, cost nothing;
* a bad setting fails when the chain is built, and the hook travels to workers.
"""
from __future__ import annotations

import pickle

import pytest
from omegaconf import OmegaConf

from rubric_plugin.errors import ConfigError
from rubric_plugin.shaping import ResponseMeta, ShapeInput, build_shaping
from rubric_plugin.shaping.tails import JunkTail
from shaping_corpus import record_for
from shaping_corpus.measure import RIFL_CHAIN, RIFL_DETECTORS_CHAIN

PROMPT = "In three sentences, tell me why sourdough bread keeps longer than yeasted bread."
ANSWER = ("Sourdough's lactic and acetic acids lower the crumb's pH, which slows the growth of mould. The long "
          "fermentation also changes the starches so they stale more slowly. A thick, well-baked crust keeps "
          "moisture in as well.")
TAILS = {
    "connectives": "Additionally, furthermore, moreover, likewise, similarly, consequently, therefore, hence, thus, "
                   "accordingly.",
    "counting": " ".join(str(i) for i in range(3, 45)),
    "placeholder": "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt.",
    "loop": "Hope this helps you! Hope this helps you! Hope this helps you! Hope this helps you! Hope this helps you!",
}
CHAINS = [RIFL_CHAIN, RIFL_DETECTORS_CHAIN]


def shaped(path, prompt: str, response: str):
    chain = build_shaping(OmegaConf.to_container(OmegaConf.load(path)))
    return chain.apply(record_for(prompt), response, {}, 1.0, ResponseMeta(len(response.split()), 4096, False))


@pytest.mark.timeout(120)
@pytest.mark.parametrize("path", CHAINS, ids=lambda p: p.name)
def test_both_shipped_chains_end_with_it_as_a_penalty_second_to_every_other_detector(path):
    nodes = OmegaConf.to_container(OmegaConf.load(path))
    node = nodes[-1]
    assert node["name"] == "junk_tail" and node["action"] == "penalty" and node["penalty"] == 0.5
    assert set(node["second_to"]) == {n["name"] for n in nodes[:-1] if n["name"] not in ("criteria", "overlong")}


@pytest.mark.timeout(120)
@pytest.mark.parametrize("path", CHAINS, ids=lambda p: p.name)
@pytest.mark.parametrize("kind", sorted(TAILS))
def test_filler_after_a_good_answer_costs_the_penalty_once(path, kind):
    result = shaped(path, PROMPT, ANSWER + "\n\n" + TAILS[kind])
    fired = {k for k, v in result.info.items() if k.endswith("_fired") and v == 1.0}
    assert fired == {"shaping_junk_tail_fired"}
    assert result.reward == pytest.approx(0.5)


@pytest.mark.timeout(120)
@pytest.mark.parametrize("path", CHAINS, ids=lambda p: p.name)
def test_the_answer_alone_and_words_the_prompt_asks_for_cost_nothing(path):
    assert shaped(path, PROMPT, ANSWER).reward == pytest.approx(1.0)
    asked = "Give me ten transition words I can use in my essay, comma-separated."
    assert shaped(path, asked, TAILS["connectives"]).reward == pytest.approx(1.0)
    count = "Count from 3 to 44, separated by spaces."
    assert shaped(path, count, TAILS["counting"]).reward == pytest.approx(1.0)


def test_a_hack_another_detector_caught_is_not_penalised_twice():
    hook = JunkTail()
    text = ANSWER + "\n\n" + TAILS["connectives"]
    x = ShapeInput(record_for(PROMPT), text, {}, ResponseMeta(40, 4096, False), 1.0)
    assert hook(x).fired
    for name in ("self_assessment", "learned", "non_sequitur"):
        y = ShapeInput(record_for(PROMPT), text, {}, ResponseMeta(40, 4096, False), 1.0, fired=frozenset({name}))
        assert not JunkTail(second_to=["self_assessment", "learned", "non_sequitur"])(y).fired, name


@pytest.mark.parametrize("kwargs, named", [
    ({"second_to": "degenerate"}, "second_to='degenerate'"),
    ({"action": "scold"}, "scold"),
])
def test_a_bad_setting_fails_when_the_chain_is_built(kwargs, named):
    with pytest.raises((ConfigError, ValueError), match=named):
        JunkTail(**kwargs)


def test_the_hook_travels_to_workers():
    again = pickle.loads(pickle.dumps(JunkTail()))
    assert again.name == "junk_tail" and again.action == "penalty"
