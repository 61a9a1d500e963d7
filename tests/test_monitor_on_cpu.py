"""The reference-judge monitor: a second verifier re-scores a sample of rollouts, never touching training.

Two deterministic judges stand in for the training verifier and the reference: ``RuleVerifier``
answers unquoted questions "yes" (``lenient``) or "no" (``strict``), so they agree on quoted
criteria and disagree on unquoted ones.
"""
import asyncio
import math

import pytest

from conftest import make_record
from rubric_plugin.config import RubricRewardConfig
from rubric_plugin.errors import ConfigError, VerifierSetupError
from rubric_plugin.monitor import (REFERENCE_KEYS, ReferenceConfig, ReferenceMonitor, agreement, is_sampled,
                                   reference_metrics, reward_gap, sample_key)
from rubric_plugin.scoring import EXTRA_KEYS, score_response
from rubric_plugin.verifier.base import Verifier
from rubric_plugin.verifier.rules import RuleVerifier

LENIENT = RuleVerifier(unquoted="yes", name="lenient")
# the strict reference fails on "<<reference-down>>": the test verifier with a simulated outage (devtools)
STRICT = {"_target_": "rubric_plugin.devtools.outage.OutageRuleVerifier", "unquoted": "no", "name": "strict",
          "marker": "<<reference-down>>"}

# 4 criteria: a check, two quoted llm questions (both judges agree) and one unquoted (they disagree)
RECORD = make_record([
    {"id": "short", "question": "At most 8 words?", "kind": "check", "check": "word_count", "args": {"n": 8, "relation": "at most"}},
    {"id": "paris", "question": "Does it mention \"paris\"?"},
    {"id": "tea", "question": "Does it mention \"tea\"?"},
    {"id": "polite", "question": "Is it polite?"},
])


def monitor(fraction=1.0, seed=0, agreement_on="llm", reference=None, deadline_s=5.0, **reward):
    """A monitor judging with ``reference`` (a Hydra node, or a Verifier instance), STRICT by default."""
    node = {"verifier": reference if isinstance(reference, dict) else STRICT, "fraction": fraction, "seed": seed,
            "agreement_on": agreement_on, "deadline_s": deadline_s}
    reward_cfg = RubricRewardConfig(reference=node, **reward)
    if isinstance(reference, Verifier):
        return ReferenceMonitor(ReferenceConfig.from_mapping(node), reward_cfg, reference)
    return ReferenceMonitor.from_reward_config(reward_cfg)


async def monitored(m, response, record=RECORD):
    """(training result, reference fields): the lenient judge trains, with the monitor's aggregation."""
    return await m.alongside(record, response, score_response(record, response, LENIENT, m.reward_cfg))


# -- configuration -------------------------------------------------------------------------------------
def test_reference_is_off_unless_configured():
    assert ReferenceConfig.from_mapping(None) is None
    assert ReferenceMonitor.from_reward_config(RubricRewardConfig()) is None


@pytest.mark.parametrize("raw, message", [
    ({"verifier": STRICT, "fraction": 1.5}, r"reward\.rubric\.reference\.fraction=1\.5"),
    ({"verifier": STRICT, "fraction": -0.1}, r"reward\.rubric\.reference\.fraction=-0\.1"),
    ({"verifier": STRICT, "seed": "abc"}, r"reward\.rubric\.reference\.seed='abc'"),
    ({"verifier": STRICT, "agreement_on": "checks"}, r"reward\.rubric\.reference\.agreement_on='checks'"),
    ({"verifier": {"unquoted": "no"}}, r"reward\.rubric\.reference\.verifier=.*needs a _target_"),
    ({"fraction": 0.1}, r"reward\.rubric\.reference needs a verifier"),
    ({"verifier": STRICT, "fration": 0.1}, r"unknown keys \['fration'\]"),
])
def test_bad_reference_settings_are_config_errors_naming_the_key(raw, message):
    with pytest.raises(ConfigError, match=message):
        ReferenceConfig.from_mapping(raw)


def test_an_unbuildable_reference_verifier_is_named():
    with pytest.raises(ConfigError, match="reward.rubric.reference.verifier could not be built"):
        ReferenceMonitor.from_reward_config(RubricRewardConfig(reference={"verifier": {**STRICT, "unquoted": "maybe"}}))


# -- sampling ------------------------------------------------------------------------------------------
def test_sampling_hits_the_configured_fraction_of_rollouts():
    keys = [f"prompt-{i // 8}|response-{i}" for i in range(2000)]
    hits = sum(is_sampled(k, 0.1, seed=0) for k in keys)
    # binomial(2000, 0.1): mean 200, sd ~13.4; +-4 sd
    assert 146 <= hits <= 254
    assert sum(is_sampled(k, 0.5, seed=3) for k in keys) in range(910, 1091)


def test_sampling_is_deterministic_nested_and_seeded():
    keys = [f"id-{i}" for i in range(500)]
    first = [is_sampled(k, 0.2, seed=7) for k in keys]
    assert first == [is_sampled(k, 0.2, seed=7) for k in keys]  # reproducible (no per-process hash salt)
    assert first != [is_sampled(k, 0.2, seed=8) for k in keys]  # another seed, another subset
    # a larger fraction monitors a superset: raising it never drops a monitored rollout
    assert all(is_sampled(k, 0.5, seed=7) for k, s in zip(keys, first) if s)
    assert not any(is_sampled(k, 0.0) for k in keys) and all(is_sampled(k, 1.0) for k in keys)


def test_sample_key_distinguishes_record_conversation_and_response():
    other_prompt = make_record([{"id": "paris", "question": "Does it mention \"paris\"?"}],
                               messages=[{"role": "user", "content": "Something else."}])
    assert sample_key(RECORD, "a") == sample_key(RECORD, "a")
    assert len({sample_key(RECORD, "a"), sample_key(RECORD, "b"), sample_key(other_prompt, "a")}) == 3


async def test_unsampled_rollouts_never_reach_the_reference_judge():
    calls = []

    class Counting(Verifier):
        name = "counting"

        async def judge(self, record, response, criteria):
            calls.append(response)
            return await RuleVerifier(unquoted="no").judge(record, response, criteria)

    m = monitor(fraction=0.3, reference=Counting())
    responses = [f"Paris and tea, take {i}." for i in range(60)]
    infos = [(await monitored(m, r))[1] for r in responses]
    expected = [r for r in responses if m.sampled(RECORD, r)]
    assert calls == expected and 0 < len(expected) < len(responses)
    assert [i["rubric_ref_sampled"] for i in infos] == [float(m.sampled(RECORD, r)) for r in responses]
    skipped = next(i for i in infos if i["rubric_ref_sampled"] == 0.0)
    assert skipped["rubric_ref_status"] == "not_sampled"
    assert all(math.isnan(skipped[k]) for k in ("rubric_ref_reward", "rubric_ref_gap", "rubric_ref_agreement"))


# -- agreement and gap ---------------------------------------------------------------------------------
async def test_agreement_counts_equal_verdicts_on_llm_criteria_by_default():
    cfg = RubricRewardConfig(train_on="fractional")
    # paris yes/yes, tea no/no, polite yes (lenient) / no (strict): 2 of 3 llm criteria agree
    train = await score_response(RECORD, "Paris is nice.", LENIENT, cfg)
    ref = await score_response(RECORD, "Paris is nice.", RuleVerifier(unquoted="no"), cfg)
    assert agreement(train, ref) == (pytest.approx(2 / 3), 3)
    # with the check too (both sides run it identically): 3 of 4
    assert agreement(train, ref, on="all") == (pytest.approx(3 / 4), 4)
    # fractional: lenient passes short, paris, polite = 3/4; strict passes short, paris = 2/4
    assert train.reward == 0.75 and ref.reward == 0.5


async def test_monitored_sample_records_reference_reward_gap_and_agreement():
    m = monitor(train_on="fractional")
    result, info = await monitored(m, "Paris is nice.")
    assert tuple(info) == REFERENCE_KEYS
    assert result.reward == 0.75  # the training reward, from the training judge
    assert info["rubric_ref_sampled"] == 1.0 and info["rubric_ref_status"] == "ok"
    assert info["rubric_ref_verifier"] == "strict" and info["rubric_ref_reason"] == ""
    assert info["rubric_ref_reward"] == 0.5 and info["rubric_ref_gap"] == pytest.approx(0.25)
    assert info["rubric_ref_agreement"] == pytest.approx(2 / 3) and info["rubric_ref_compared"] == 3.0


async def test_reference_reward_uses_the_training_aggregation():
    # all_or_nothing: lenient passes everything on "Paris and tea, politely." -> 1; strict fails polite -> 0
    result, info = await monitored(monitor(train_on="all_or_nothing"), "Paris and tea, politely.")
    assert (result.reward, info["rubric_ref_reward"], info["rubric_ref_gap"]) == (1.0, 0.0, 1.0)
    # hybrid with bonus 1: (aon + fractional) / 2 -> lenient (1 + 1)/2 = 1, strict (0 + 3/4)/2 = 0.375
    result, info = await monitored(monitor(train_on="hybrid", hybrid_bonus=1.0), "Paris and tea, politely.")
    assert (result.reward, info["rubric_ref_reward"]) == (1.0, pytest.approx(0.375))


def test_reward_gap_is_nan_unless_both_rewards_are_finite():
    assert reward_gap(1.0, 0.25) == 0.75 and reward_gap(0.0, 1.0) == -1.0
    assert math.isnan(reward_gap(float("nan"), 1.0)) and math.isnan(reward_gap(1.0, float("nan")))


async def test_record_without_llm_criteria_has_no_agreement_to_report():
    checks_only = make_record([{"id": "short", "question": "At most 8 words?", "kind": "check", "check": "word_count",
                                "args": {"n": 8, "relation": "at most"}}])
    _, info = await monitored(monitor(), "Short answer.", record=checks_only)
    assert info["rubric_ref_status"] == "ok" and info["rubric_ref_gap"] == 0.0
    assert math.isnan(info["rubric_ref_agreement"]) and info["rubric_ref_compared"] == 0.0


# -- failures never touch training ---------------------------------------------------------------------
async def test_failing_reference_judge_leaves_training_reward_untouched_and_records_why():
    m = monitor(train_on="fractional")
    response = "Paris is nice. <<reference-down>>"
    plain = await score_response(RECORD, response, LENIENT, m.reward_cfg)
    result, info = await monitored(m, response)
    assert result == plain and result.reward == plain.reward and result.scorable
    assert info["rubric_ref_sampled"] == 1.0 and info["rubric_ref_status"] == "unscorable"
    assert "VerifierTransportError" in info["rubric_ref_reason"] and "outage" in info["rubric_ref_reason"]
    assert math.isnan(info["rubric_ref_reward"]) and math.isnan(info["rubric_ref_gap"])  # NaN, never 0
    assert math.isnan(info["rubric_ref_agreement"])


@pytest.mark.parametrize("error", [VerifierSetupError("HTTP 401: bad key", status=401), RuntimeError("judge crashed")])
async def test_even_fatal_reference_errors_do_not_fail_the_step(error):
    class Broken(Verifier):
        name = "broken-reference"

        async def judge(self, record, response, criteria):
            raise error

    m = monitor(reference=Broken(), on_failure="raise")  # raise applies to training only
    result, info = await monitored(m, "Paris is nice.")
    assert result.scorable and result.reward == 0.0  # all_or_nothing: polite passes, tea fails -> 0 (lenient)
    assert info["rubric_ref_status"] == "unscorable" and info["rubric_ref_verifier"] == "broken-reference"
    assert type(error).__name__ in info["rubric_ref_reason"]


async def test_a_training_failure_propagates_and_cancels_the_reference_call():
    started, cancelled = asyncio.Event(), asyncio.Event()

    class Slow(Verifier):
        name = "slow"

        async def judge(self, record, response, criteria):
            started.set()
            try:
                await asyncio.sleep(30)
            except asyncio.CancelledError:
                cancelled.set()
                raise

    async def training_fails():
        await started.wait()
        raise VerifierSetupError("training endpoint refuses every request")

    with pytest.raises(VerifierSetupError, match="training endpoint"):
        await monitor(reference=Slow()).alongside(RECORD, "Paris.", training_fails())
    await asyncio.wait_for(cancelled.wait(), 5)


# -- per-step metrics ----------------------------------------------------------------------------------
NAN = float("nan")


def columns(rows):
    return {k: [r[k] for r in rows] for k in REFERENCE_KEYS}


def row(sampled, status, reward=NAN, gap=NAN, agreement=NAN, compared=0.0):
    return {"rubric_ref_sampled": float(sampled), "rubric_ref_status": status, "rubric_ref_reason": "",
            "rubric_ref_verifier": "strict", "rubric_ref_reward": reward, "rubric_ref_gap": gap,
            "rubric_ref_agreement": agreement, "rubric_ref_compared": compared}


def test_reference_metrics_pool_agreement_over_criteria_and_average_the_gap():
    extra = columns([
        row(1, "ok", reward=0.0, gap=1.0, agreement=1 / 3, compared=3.0),
        row(1, "ok", reward=1.0, gap=-0.5, agreement=1.0, compared=1.0),
        row(1, "unscorable"),
        row(0, "not_sampled"),
        row(0, "not_sampled"),
    ])
    m = reference_metrics(extra)
    assert m["rubric/reference/sampled"] == 3.0 and m["rubric/reference/failures"] == 1.0
    assert m["rubric/reference/agreement"] == pytest.approx((1 + 1) / (3 + 1))  # 2 equal verdicts of 4 compared
    assert m["rubric/reference/reward_gap"] == pytest.approx(0.25)
    assert m["rubric/reference/abs_reward_gap"] == pytest.approx(0.75)


@pytest.mark.parametrize("rows", [
    [row(0, "not_sampled")] * 4,
    [row(1, "unscorable"), row(0, "not_sampled")],
    [row(1, "ok", reward=1.0, agreement=NAN, compared=0.0)],  # training unscorable: no gap, no agreement
])
def test_reference_metrics_are_never_nan(rows):
    m = reference_metrics(columns(rows))
    assert {"rubric/reference/sampled", "rubric/reference/failures"} <= set(m)
    assert all(math.isfinite(v) for v in m.values()), m


def test_reference_metrics_are_empty_when_the_monitor_is_off():
    assert reference_metrics({"score": [1.0], "rubric_scorable": [1.0]}) == {}


# -- the reward manager --------------------------------------------------------------------------------
async def test_manager_adds_identical_reference_keys_to_every_sample(tiny_tokenizer):
    from test_manager_on_cpu import make_manager, run_rows

    m = await make_manager(tiny_tokenizer, train_on="fractional",
                           reference={"verifier": STRICT, "fraction": 0.5, "seed": 1})
    pairs = [(RECORD, f"Paris, item {i}.") for i in range(12)] + [(RECORD, "Paris <<reference-down>>")]
    out = await run_rows(m, tiny_tokenizer, pairs)
    keys = EXTRA_KEYS + REFERENCE_KEYS
    assert all(tuple(o["reward_extra_info"]) == keys for o in out)
    sampled = [o["reward_extra_info"]["rubric_ref_sampled"] for o in out]
    assert 0 < sum(sampled[:12]) < 12  # half-ish are monitored, deterministically
    for o, (record, response) in zip(out, pairs):
        info = o["reward_extra_info"]
        assert info["rubric_ref_sampled"] == float(m.reference.sampled(record, response))
        assert o["reward_score"] == 0.75  # lenient training judge, whatever the reference says
        if info["rubric_ref_status"] == "ok":
            assert info["rubric_ref_reward"] == 0.5 and info["rubric_ref_gap"] == 0.25
    metrics = reference_metrics({k: [o["reward_extra_info"][k] for o in out] for k in keys})
    assert metrics["rubric/reference/sampled"] == sum(sampled)
    assert all(math.isfinite(v) for v in metrics.values())


async def test_manager_without_reference_keeps_the_plain_keys(tiny_tokenizer):
    from test_manager_on_cpu import make_manager, run_rows

    m = await make_manager(tiny_tokenizer)
    [out] = await run_rows(m, tiny_tokenizer, [(RECORD, "Paris.")])
    assert m.reference is None and tuple(out["reward_extra_info"]) == EXTRA_KEYS


# -- presets -------------------------------------------------------------------------------------------
def test_worker_group_reference_preset_composes_into_ppo_trainer():
    from rubric_plugin.config import from_verl_config
    from rubric_plugin.verl_config import compose_ppo_config
    from rubric_plugin.worker_group import WorkerGroupConfig

    cfg = compose_ppo_config(["hydra.searchpath=[pkg://rubric_plugin.conf]", "algorithm.adv_estimator=rubric_grpo",
                              "+worker_group@reward.rubric.worker_group=gpu",
                              "reward.rubric.worker_group.models.verifier.model_path=/models/judge",
                              "+reward.rubric.worker_group.models.reference={model_path: /models/big-judge}",
                              "+verifier@reward.rubric.verifier=worker_group",
                              "+reference@reward.rubric.reference=worker_group",
                              "reward.rubric.reference.seed=5"])
    reward_cfg = from_verl_config(cfg)
    m = ReferenceMonitor.from_reward_config(reward_cfg)
    assert (m.cfg.fraction, m.cfg.seed, m.cfg.agreement_on, m.cfg.deadline_s) == (0.1, 5, "llm", 5.0)
    assert type(m.verifier).__name__ == "LLMVerifier" and m.verifier.name == "reference-judge"
    assert m.verifier.backend.urls == ["worker_group:reference"] and not m.verifier.backend.resolved
    assert m.reward_cfg.train_on == reward_cfg.train_on and m.reward_cfg.on_failure == "unscorable"
    assert set(WorkerGroupConfig.from_mapping(cfg.reward.rubric.worker_group).models) == {"verifier", "reference"}


@pytest.mark.timeout(240)
def test_a_bad_reference_setting_fails_in_the_trainer_before_any_actor_starts(tmp_path):
    from test_trainer_mode_and_cpu_platform_on_cpu import _probe

    found = _probe(f"""
        import json
        from hydra import compose, initialize_config_module
        from verl.trainer.ppo.v1 import get_trainer_cls
        from rubric_plugin.errors import ConfigError
        with initialize_config_module(config_module="rubric_plugin.conf", version_base=None):
            cfg = compose(config_name="tiny_cpu", overrides=[
                "actor_rollout_ref.model.path={tmp_path}", "data.train_files=x", "data.val_files=x",
                "+reference@reward.rubric.reference=worker_group", "reward.rubric.reference.fraction=2"])
        try:
            get_trainer_cls("rubric_sync")(cfg)
            print("@@" + json.dumps({{"error": None}}))
        except ConfigError as e:
            print("@@" + json.dumps({{"error": str(e)}}))
    """)
    assert found["error"] is not None and "reward.rubric.reference.fraction=2" in found["error"]


# -- the deadline: a slow or down reference never stalls training ---------------------------------------
class SlowReference(Verifier):
    """A reference judge that takes ``seconds`` per response (records starts and cancellations)."""

    name = "slow-reference"

    def __init__(self, seconds):
        self.seconds, self.started, self.cancelled = seconds, 0, 0

    async def judge(self, record, response, criteria):
        self.started += 1
        try:
            await asyncio.sleep(self.seconds)
        except asyncio.CancelledError:
            self.cancelled += 1
            raise
        return await RuleVerifier(unquoted="no").judge(record, response, criteria)


async def test_a_reference_past_its_deadline_is_dropped_counted_and_cancelled():
    import time

    slow = SlowReference(30.0)
    m = monitor(reference=slow, deadline_s=0.2, train_on="fractional")
    plain = await score_response(RECORD, "Paris is nice.", LENIENT, m.reward_cfg)
    t0 = time.monotonic()
    result, info = await monitored(m, "Paris is nice.")
    elapsed = time.monotonic() - t0
    # the training result is exactly the unmonitored one, and came 0.2 s (not 30 s) after it was ready
    assert result == plain and elapsed < 5.0
    assert info["rubric_ref_status"] == "late" and info["rubric_ref_sampled"] == 1.0
    assert "reward.rubric.reference.deadline_s=0.2" in info["rubric_ref_reason"]
    assert math.isnan(info["rubric_ref_reward"]) and math.isnan(info["rubric_ref_agreement"])
    await asyncio.sleep(0)  # the cancellation is delivered on the next loop turn
    assert (slow.started, slow.cancelled) == (1, 1)  # the late request is cancelled, not left running
    metrics = reference_metrics(columns([info]))
    assert metrics["rubric/reference/late"] == 1.0 and metrics["rubric/reference/failures"] == 0.0


async def test_a_reference_within_its_deadline_is_kept():
    m = monitor(reference=SlowReference(0.05), deadline_s=10.0, train_on="fractional")
    _, info = await monitored(m, "Paris is nice.")
    assert info["rubric_ref_status"] == "ok" and info["rubric_ref_reward"] == 0.5


@pytest.mark.parametrize("deadline", [-1, "5", float("inf"), True])
def test_a_bad_deadline_is_a_config_error_naming_the_key(deadline):
    with pytest.raises(ConfigError, match=r"reward\.rubric\.reference\.deadline_s="):
        ReferenceConfig.from_mapping({"verifier": STRICT, "deadline_s": deadline})


def test_the_reference_deadline_default_is_five_seconds():
    assert ReferenceConfig.from_mapping({"verifier": STRICT}).deadline_s == 5.0


@pytest.mark.vllm
@pytest.mark.timeout(600)  # the session's vLLM server may start in this test's setup
async def test_a_stalled_reference_judge_behind_the_fault_proxy_leaves_training_values_and_wall_time_alone(
        vllm_server, tiny_tokenizer):
    # the reference is a real LLM judge whose every request the proxy holds for 60 s (an outage that
    # the judge's retry deadline would wait out); the training judge is the deterministic rule verifier
    import time

    from test_budget_on_cpu import judge_node
    from test_manager_on_cpu import make_manager, run_rows

    from rubric_plugin.devtools.fault_proxy import Fault, FaultProxy

    pairs = [(RECORD, f"Paris and tea, item {i}.") for i in range(4)]
    plain = await make_manager(tiny_tokenizer, train_on="fractional", verifier={"_target_": STRICT["_target_"]})
    t0 = time.monotonic()
    baseline = await asyncio.gather(*(run_rows(plain, tiny_tokenizer, [p]) for p in pairs))
    baseline_s = time.monotonic() - t0
    with FaultProxy(vllm_server.url) as proxy:
        proxy.fail_all(Fault.delay(60.0))
        monitored_manager = await make_manager(
            tiny_tokenizer, train_on="fractional", verifier={"_target_": STRICT["_target_"]},
            reference={"verifier": judge_node(proxy.base_url), "fraction": 1.0, "deadline_s": 1.0})
        t0 = time.monotonic()
        outs = await asyncio.gather(*(run_rows(monitored_manager, tiny_tokenizer, [p]) for p in pairs))
        elapsed = time.monotonic() - t0
        await monitored_manager.reference.aclose()
        requests = proxy.requests
    # training values: identical to the unmonitored run, key for key
    for [with_ref], [without] in zip(outs, baseline):
        assert with_ref["reward_score"] == without["reward_score"]
        stamps = ("rubric_reward_received_t", "rubric_reward_ready_t")  # wall-clock stamps differ run to run
        assert {k: v for k, v in with_ref["reward_extra_info"].items() if not k.startswith("rubric_ref_")
                and k not in stamps} == {k: v for k, v in without["reward_extra_info"].items() if k not in stamps}
        assert with_ref["reward_extra_info"]["rubric_ref_status"] == "late"
    # wall time: the reference's 1 s deadline, not its 60 s stall (or its retry deadline)
    assert requests == len(pairs) and elapsed < baseline_s + 1.0 + 10.0, (elapsed, baseline_s)
