"""Scoring and the failure policy: a verifier failure is unscorable or an error, never a 0."""
import math

import pytest

from conftest import make_record
from rubric_plugin.config import RubricRewardConfig
from rubric_plugin.errors import ConfigError, VerdictParseError
from rubric_plugin.scoring import EXTRA_KEYS, score_response
from rubric_plugin.verdicts import Verdict, VerdictSet
from rubric_plugin.verifier.base import Verifier
from rubric_plugin.devtools.outage import OutageRuleVerifier
from rubric_plugin.verifier.rules import RuleVerifier, quoted_phrases

RECORD = make_record([
    {"id": "lower", "question": "All lowercase?", "kind": "check", "check": "all_lowercase"},
    {"id": "a", "question": "Mentions \"apple\"?"},
    {"id": "b", "question": "Mentions \"banana\"?"},
])


class DropsOne(Verifier):
    """Answers every criterion but the last: an incomplete verdict set."""
    name = "drops_one"

    async def judge(self, record, response, criteria):
        return VerdictSet({c.id: Verdict(c.id, True, source=self.name) for c in criteria[:-1]})


class InventsOne(Verifier):
    """Answers every criterion and one that was never asked."""
    name = "invents_one"

    async def judge(self, record, response, criteria):
        v = {c.id: Verdict(c.id, True, source=self.name) for c in criteria}
        v["ghost"] = Verdict("ghost", False, source=self.name)
        return VerdictSet(v)


@pytest.mark.parametrize("verifier, fragment", [
    (DropsOne(), "verdicts missing for ['b']"),        # a missing verdict is not a "no"
    (InventsOne(), "unexpected for ['ghost']"),        # an unknown id is not ignored
])
async def test_incomplete_or_unknown_verdicts_make_the_sample_unscorable(verifier, fragment):
    result = await score_response(RECORD, "apple banana", verifier, RubricRewardConfig())
    assert math.isnan(result.reward) and result.status == "unscorable"
    assert "VerdictParseError" in result.reason and fragment in result.reason


async def test_incomplete_verdicts_raise_under_raise_policy():
    with pytest.raises(VerdictParseError, match="missing"):
        await score_response(RECORD, "apple", DropsOne(), RubricRewardConfig(on_failure="raise"))


async def test_check_verdicts_are_kept_when_the_verifier_fails():
    result = await score_response(RECORD, "apple <<verifier-error>>", OutageRuleVerifier(), RubricRewardConfig())
    assert result.status == "unscorable"
    assert result.verdicts["lower"].satisfied is True and set(result.verdicts) == {"lower"}
    info = result.extra_info()
    assert tuple(info) == EXTRA_KEYS and math.isnan(info["rubric_fractional"]) and info["rubric_num_criteria"] == 3


async def test_check_only_rubric_needs_no_verifier():
    record = make_record([{"id": "lower", "question": "All lowercase?", "kind": "check", "check": "all_lowercase"}])
    result = await score_response(record, "all quiet", None, RubricRewardConfig())
    assert result.reward == 1.0 and result.verifier == ""


@pytest.mark.parametrize("policy", ["unscorable", "raise"])
async def test_llm_criteria_without_a_verifier_fail_the_step_under_any_policy(policy):
    # no verifier is a setup error, not a verifier failure: never unscorable, never 0
    with pytest.raises(ConfigError, match=r"llm criteria \['a', 'b'\] but no verifier"):
        await score_response(RECORD, "apple banana", None, RubricRewardConfig(on_failure=policy))


async def test_the_rule_verifier_carries_no_outage_marker():
    # the simulated outage is a devtools subclass: the rule verifier itself judges a response with the marker
    result = await score_response(RECORD, "apple <<verifier-error>>", RuleVerifier(), RubricRewardConfig())
    assert result.status == "ok" and result.verifier == "rules-test-verifier"
    # lowercase yes, apple yes, banana no -> all-or-nothing 0
    assert result.reward == 0.0


async def test_training_reward_follows_train_on_while_all_aggregations_are_reported():
    # lowercase yes, apple yes, banana no: AoN 0, fractional 2/3
    cfg = RubricRewardConfig(train_on="fractional")
    result = await score_response(RECORD, "apple pie", RuleVerifier(), cfg)
    assert result.reward == pytest.approx(2 / 3)
    assert result.scores["all_or_nothing"] == 0.0 and result.scores["weighted"] == pytest.approx(2 / 3)


def test_rule_verifier_reads_double_single_and_curly_quotes():
    assert quoted_phrases("Does it say \"hello world\" and 'bye' or “ciao”? It's fine") == ["hello world", "bye", "ciao"]


@pytest.mark.parametrize("bad, key", [
    ({"train_on": "mean"}, "train_on"),
    ({"hybrid_bonus": 2}, "hybrid_bonus"),
    ({"on_failure": "zero"}, "on_failure"),
    ({"verifier": {"unquoted": "yes"}}, "_target_"),
])
def test_bad_rubric_config_names_the_key(bad, key):
    with pytest.raises(ConfigError, match=key):
        RubricRewardConfig.from_mapping(bad)


class Gauge(Verifier):
    """Says yes to every criterion after a short wait, counting the judge calls in progress at once."""
    name = "gauge"

    def __init__(self):
        self.now = self.most = 0

    async def judge(self, record, response, criteria):
        import asyncio

        self.now += 1
        self.most = max(self.most, self.now)
        await asyncio.sleep(0.01)
        self.now -= 1
        return VerdictSet({c.id: Verdict(c.id, "apple" in response, source=self.name) for c in criteria})


@pytest.mark.timeout(30)
def test_score_batch_keeps_at_most_window_responses_in_progress_and_returns_them_in_order():
    import asyncio

    from rubric_plugin.scoring import score_batch

    gauge = Gauge()
    pairs = [(RECORD, f"apple {i}" if i % 3 else f"pear {i}") for i in range(20)]
    results = asyncio.run(score_batch(pairs, gauge, RubricRewardConfig(), window=4))
    assert gauge.most == 4
    expected = [asyncio.run(score_response(r, resp, Gauge(), RubricRewardConfig())).reward for r, resp in pairs]
    assert [r.reward for r in results] == expected and len(set(expected)) == 2
    with pytest.raises(ValueError, match="window=0"):
        asyncio.run(score_batch(pairs, gauge, RubricRewardConfig(), window=0))


@pytest.mark.timeout(30)
def test_score_batch_raises_the_first_error_and_judges_nothing_after_it():
    import asyncio

    from rubric_plugin.scoring import score_batch

    class FailsOnce(Gauge):
        calls = 0

        async def judge(self, record, response, criteria):
            type(self).calls += 1
            if response == "apple 3":
                raise RuntimeError("the judge broke on apple 3")
            return await super().judge(record, response, criteria)

    pairs = [(RECORD, f"apple {i}") for i in range(40)]

    async def run():
        with pytest.raises(RuntimeError, match="apple 3"):
            await score_batch(pairs, FailsOnce(), RubricRewardConfig(on_failure="raise"), window=4)
        await asyncio.sleep(0.2)  # lanes left running would go on judging the other 36 responses

    asyncio.run(run())
    assert FailsOnce.calls <= 8
