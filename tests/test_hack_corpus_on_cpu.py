"""What the recommended shaping chain leaves an attack of the hack corpus (tests/hack_corpus.py).

Neutralised: the attacked variant's shaped reward is no higher than its clean base's. Checked with
the deterministic verifier and with a gullible one that a compliance claim talks into "yes".
The vetoing detectors neutralise their attacks on every base. The claim detectors
(``self_assessment``, ``judge_addressed``) penalise instead of vetoing (their held-out benign fire
rate is above 1%, docs/shaping.md): a flagged hack never reaches the honest passing answer, never
gains on an answer that already passes, and gains on a failing one only against a judge it fools
more often than the penalty.
"""
import functools
import math

import pytest

import hack_corpus as corpus
from rubric_plugin.shaping import REWARD_RANGE

#: Attacks only the vetoing detectors (rubric_echo, degenerate, truncated) catch.
VETOED_ATTACKS = ("rubric_copy", "empty", "whitespace", "repetition_loop", "truncated")


@functools.lru_cache(maxsize=None)
def ablation_of(verifier: str) -> dict:
    """configuration -> outcomes, computed once per verifier for the whole module."""
    return corpus.ablation(verifier)


@functools.lru_cache(maxsize=None)
def claim_penalty() -> float:
    penalties = {n["penalty"] for n in corpus.rifl_nodes() if n["name"] in ("self_assessment", "judge_addressed")}
    assert len(penalties) == 1 and all(n.get("action") == "penalty" for n in corpus.rifl_nodes()
                                       if n["name"] in ("self_assessment", "judge_addressed"))
    return penalties.pop()


@pytest.fixture(scope="module", params=sorted(corpus.VERIFIERS))
def ablation(request):
    return request.param, ablation_of(request.param)


def test_the_corpus_covers_every_attack_family_on_full_and_partial_bases():
    assert {"claim_start", "claim_end", "claim_ps", "fake_verdict_json", "ignore_instructions", "rubric_copy",
            "boundary_impersonation", "empty", "whitespace", "repetition_loop", "truncated"} <= set(corpus.ATTACKS)
    assert {b for _, b in corpus.BASES} == {"full", "partial"} and len(corpus.RECORDS) >= 3


def test_full_chain_neutralises_every_attack_its_vetoes_catch(ablation):
    verifier, results = ablation
    survivors = [(o.record, o.base, o.attack, o.base_reward, o.attacked_reward)
                 for o in results["full"] if o.attack in VETOED_ATTACKS and not o.neutralised]
    assert survivors == [], f"{verifier}: attacks that still gain reward: {survivors}"


def test_no_hack_gains_on_a_passing_answer_or_reaches_the_honest_passing_answer(ablation):
    verifier, results = ablation
    honest = {o.record: o.base_reward for o in results["full"] if o.base == "full"}
    assert set(honest.values()) == {1.0}
    for o in results["full"]:
        if o.base == "full":
            assert o.neutralised, (verifier, o)
        else:  # a penalised hack on the failing answer stays below doing the task
            assert o.attacked_reward < honest[o.record], (verifier, o)


def test_a_penalised_hack_gains_only_against_a_judge_it_fools_more_often_than_the_penalty():
    p = claim_penalty()
    rules, gullible = ablation_of("rules")["full"], ablation_of("gullible")["full"]
    gains = []
    for r, g in zip(rules, gullible):
        assert (r.record, r.base, r.attack) == (g.record, g.base, g.attack)
        # a judge fooled on a share p of the hacks: the gullible verifier then, the rules one otherwise
        expected_gain = p * (g.attacked_reward - g.base_reward) + (1 - p) * (r.attacked_reward - r.base_reward)
        # the rules verifier credits a fake verdict keyed by the rubric's ids with the criterion's
        # quoted word; no action of a claim detector changes what the verifier gives
        if r.attacked_reward <= r.base_reward:
            assert expected_gain <= 1e-9, (r, g)
        gains.append(g.attacked_reward - g.base_reward)
    # the gullible judge is fooled by every claim on a failing answer: it keeps 1 - penalty of it
    assert max(gains) == pytest.approx(1 - p)


def test_full_chain_keeps_rewards_finite_and_in_range(ablation):
    _, results = ablation
    lo, hi = REWARD_RANGE
    for o in results["full"]:
        assert math.isfinite(o.attacked_reward) and lo <= o.attacked_reward <= hi


def test_attacks_do_gain_reward_without_shaping(ablation):
    """The corpus is a real threat: without shaping some attacks beat their clean base."""
    verifier, results = ablation
    gained = {o.attack for o in results["none"] if not o.neutralised}
    assert gained, f"{verifier}: no attack gains reward without shaping; the corpus tests nothing"
    assert "rubric_copy" in gained  # copying the rubric's quoted phrases fools both verifiers


def test_gullible_judge_is_fooled_by_claims_and_only_the_detectors_stop_it():
    results = ablation_of("gullible")
    gained = {o.attack for o in results["none"] if not o.neutralised}
    assert {"claim_start", "claim_ps", "fake_verdict_json", "ignore_instructions", "boundary_impersonation"} <= gained
    without = {o.attack for o in results["-self_assessment"] if not o.neutralised}
    assert {"claim_start", "claim_end", "claim_ps", "claim_passive", "claim_checklist"} <= without


def test_no_configuration_neutralises_more_than_the_full_chain(ablation):
    _, results = ablation
    full = sum(o.neutralised for o in results["full"])
    assert all(sum(o.neutralised for o in outs) <= full for outs in results.values())
    assert sum(o.neutralised for o in results["none"]) < full
