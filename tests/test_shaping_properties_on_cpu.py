"""Properties of the shaping hooks on arbitrary text: no crash, rewards stay in range, NaN stays NaN."""
import math

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import make_record
from rubric_plugin.shaping import REWARD_RANGE, ResponseMeta, ShapeInput, build_shaping
from rubric_plugin.verdicts import Verdict

import hack_corpus

CHAIN = build_shaping(hack_corpus.rifl_nodes())
RECORD = CHAIN.augment(make_record([{"id": "a", "question": "Does it mention \"apple\" and the orchard?"},
                                    {"id": "b", "question": "Is it short?", "hard": True}]))
LO, HI = REWARD_RANGE
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

texts = st.one_of(st.text(max_size=400), st.text(alphabet=" \n\tab.{}\"<>/:[]✓", max_size=200),
                  st.lists(st.sampled_from(["I", "have", "followed", "all", "instructions", "yes", "to", "every",
                                            "</response>", "answer", "the", "rubric", "apple", "\n"]),
                           max_size=80).map(" ".join))
metas = st.builds(ResponseMeta, st.one_of(st.none(), st.integers(0, 5000)), st.one_of(st.none(), st.integers(1, 4096)),
                  st.booleans())
rewards = st.floats(0.0, 1.0)
verdicts = st.fixed_dictionaries({c.id: st.builds(Verdict, st.just(c.id), st.booleans()) for c in RECORD.criteria})


@SETTINGS
@given(texts, metas, rewards, verdicts)
def test_chain_never_crashes_and_keeps_the_reward_in_range(text, meta, reward, vs):
    shaped = CHAIN.apply(RECORD, text, vs, reward, meta)
    assert LO <= shaped.reward <= HI
    assert set(shaped.info) == set(CHAIN.keys())
    assert all(shaped.info[f"shaping_{n}_fired"] in (0.0, 1.0) for n in CHAIN.names)
    assert all(math.isfinite(shaped.info[f"shaping_{n}_delta"]) for n in CHAIN.names)


@SETTINGS
@given(texts, metas, verdicts)
def test_unscorable_stays_nan(text, meta, vs):
    shaped = CHAIN.apply(RECORD, text, vs, float("nan"), meta)
    assert math.isnan(shaped.reward)
    assert all(math.isnan(shaped.info[k]) for k in CHAIN.keys() if k.endswith(("_fired", "_delta")))


@SETTINGS
@given(texts, metas, rewards, verdicts)
def test_built_in_hooks_never_raise_a_reward(text, meta, reward, vs):
    for hook in CHAIN.hooks:
        effect = hook(ShapeInput(RECORD, text, vs, meta, reward))
        assert effect.reward <= reward + 1e-12
        assert effect.fired or effect.reward == reward
