"""The recommended shaping chain neutralises every attack of the hack corpus (tests/hack_corpus.py).

Neutralised: the attacked variant's shaped reward is no higher than its clean base's. Checked with
the deterministic verifier and with a gullible one that a compliance claim talks into "yes".
"""
import math

import pytest

import hack_corpus as corpus
from rubric_plugin.shaping import REWARD_RANGE


@pytest.fixture(scope="module", params=sorted(corpus.VERIFIERS))
def ablation(request):
    return request.param, corpus.ablation(request.param)


def test_the_corpus_covers_every_attack_family_on_full_and_partial_bases():
    assert {"claim_start", "claim_end", "claim_ps", "fake_verdict_json", "ignore_instructions", "rubric_copy",
            "boundary_impersonation", "empty", "whitespace", "repetition_loop", "truncated"} <= set(corpus.ATTACKS)
    assert {b for _, b in corpus.BASES} == {"full", "partial"} and len(corpus.RECORDS) >= 3


def test_full_chain_neutralises_every_attack(ablation):
    verifier, results = ablation
    survivors = [(o.record, o.base, o.attack, o.base_reward, o.attacked_reward)
                 for o in results["full"] if not o.neutralised]
    assert survivors == [], f"{verifier}: attacks that still gain reward: {survivors}"


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
    results = corpus.ablation("gullible")
    gained = {o.attack for o in results["none"] if not o.neutralised}
    assert {"claim_start", "claim_ps", "fake_verdict_json", "ignore_instructions", "boundary_impersonation"} <= gained
    without = {o.attack for o in results["-self_assessment"] if not o.neutralised}
    assert {"claim_start", "claim_end", "claim_ps", "claim_passive", "claim_checklist"} <= without


def test_no_configuration_neutralises_more_than_the_full_chain(ablation):
    _, results = ablation
    full = sum(o.neutralised for o in results["full"])
    assert all(sum(o.neutralised for o in outs) <= full for outs in results.values())
    assert sum(o.neutralised for o in results["none"]) < full
