"""Aggregation: every formula of rubric_plugin.aggregate with the arithmetic written out."""
import math

import pytest

from rubric_plugin.aggregate import (Judged, aggregate_all, all_or_nothing, fractional, hybrid, pass_fraction, select,
                                     weighted)

YES, NO = True, False


def test_all_or_nothing_is_one_only_when_every_criterion_passes():
    # RIFL: prod_i q_i
    assert all_or_nothing([Judged(YES), Judged(YES)]) == 1.0
    assert all_or_nothing([Judged(YES), Judged(NO)]) == 0.0


def test_penalty_criterion_passes_when_not_satisfied():
    # a pitfall answered "no" passes; answered "yes" fails
    assert all_or_nothing([Judged(YES), Judged(NO, penalty=True)]) == 1.0
    assert all_or_nothing([Judged(YES), Judged(YES, penalty=True)]) == 0.0


def test_fractional_counts_passes_over_all_criteria():
    # 2 of 3 pass (the pitfall is not triggered, so it passes) -> 2/3
    items = [Judged(YES), Judged(NO), Judged(NO, penalty=True)]
    assert fractional(items) == pytest.approx(2 / 3)


def test_weighted_positives_earn_and_pitfalls_cost():
    # positives: w=3 yes, w=1 no -> earned 3 of 4; pitfall w=1 triggered -> cost 1; (3-1)/4 = 0.5
    items = [Judged(YES, weight=3), Judged(NO, weight=1), Judged(YES, weight=1, penalty=True)]
    assert weighted(items) == pytest.approx(0.5)


def test_weighted_clips_at_zero_when_pitfalls_outweigh_earnings():
    # earned 1 of 1, cost 5 -> (1-5)/1 = -4 -> clipped to 0
    assert weighted([Judged(YES, weight=1), Judged(YES, weight=5, penalty=True)]) == 0.0


def test_weighted_with_only_pitfalls_is_share_of_pitfall_weight_avoided():
    # pitfalls w=1 triggered, w=3 not -> 1 - 1/4 = 0.75
    assert weighted([Judged(YES, weight=1, penalty=True), Judged(NO, weight=3, penalty=True)]) == pytest.approx(0.75)


def test_weighted_with_all_zero_weights_is_one():
    # nothing carries weight: nothing to lose
    assert weighted([Judged(NO, weight=0)]) == 1.0


def test_zero_weight_criterion_still_counts_for_all_or_nothing():
    # weight 0 only leaves the weighted score; all-or-nothing still requires it
    items = [Judged(YES, weight=1), Judged(NO, weight=0)]
    assert weighted(items) == 1.0 and all_or_nothing(items) == 0.0


def test_failed_hard_criterion_vetoes_every_aggregation():
    # 3 of 4 pass but the failing one is hard -> every aggregation 0; pass_fraction still 3/4
    items = [Judged(YES), Judged(YES), Judged(YES), Judged(NO, hard=True)]
    assert aggregate_all(items) == {"all_or_nothing": 0.0, "fractional": 0.0, "weighted": 0.0, "hybrid": 0.0}
    assert pass_fraction(items) == 0.75


def test_hard_pitfall_triggered_vetoes():
    assert fractional([Judged(YES), Judged(YES, hard=True, penalty=True)]) == 0.0


def test_hybrid_is_all_or_nothing_plus_fraction_bonus_renormalised():
    # AoN 0, fraction 1/2, bonus 0.5 -> (0 + 0.5*0.5)/1.5 = 1/6
    assert hybrid([Judged(YES), Judged(NO)], bonus=0.5) == pytest.approx(1 / 6)
    # all pass -> (1 + 0.5*1)/1.5 = 1
    assert hybrid([Judged(YES)], bonus=0.5) == 1.0


def test_hybrid_bonus_outside_unit_interval_is_rejected_naming_the_key_users_set():
    # the message names reward.rubric.hybrid_bonus, the key of the rubric manager's config
    with pytest.raises(ValueError, match=r"reward\.rubric\.hybrid_bonus"):
        hybrid([Judged(YES)], bonus=1.5)


def test_aggregations_reject_empty_verdicts():
    with pytest.raises(ValueError, match="at least one criterion"):
        fractional([])


def test_select_names_the_allowed_set_and_the_key_users_set():
    with pytest.raises(ValueError, match=r"expected one of \['all_or_nothing', 'fractional', 'weighted', 'hybrid'\]") as info:
        select({"fractional": 1.0}, "mean")
    assert "reward.rubric.train_on" in str(info.value)


def test_every_reward_rubric_key_named_in_the_package_is_a_real_key():
    # a message that tells the user to set a key must name one that exists (no stale reward.aggregation.*)
    import re
    from dataclasses import fields
    from pathlib import Path

    import rubric_plugin
    from rubric_plugin.config import RubricRewardConfig

    real = {f.name for f in fields(RubricRewardConfig)}
    named: dict[str, set[str]] = {}
    for path in Path(rubric_plugin.__file__).parent.rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        assert "reward.aggregation" not in source, path
        for key in re.findall(r"reward\.rubric\.([A-Za-z_]+)", source):
            named.setdefault(key, set()).add(path.name)
    assert named, "the package names no reward.rubric key at all"
    assert {k: sorted(v) for k, v in named.items() if k not in real} == {}


def test_every_aggregation_stays_in_unit_interval():
    import itertools

    for combo in itertools.product([YES, NO], [YES, NO], [False, True], [0.0, 2.5]):
        items = [Judged(combo[0], weight=combo[3]), Judged(combo[1], penalty=combo[2])]
        for v in aggregate_all(items).values():
            assert 0.0 <= v <= 1.0 and not math.isnan(v)
