"""The unscorable budget: a verifier outage fails the run loudly instead of training at zero advantage.

Policy: after each training step the ``rubric_sync`` trainer pools the unscorable samples of the
last ``reward.rubric.unscorable_window`` steps over the whole batch (every reward worker's slice);
past ``reward.rubric.max_unscorable_fraction`` the run fails with an ``UnscorableBudgetError`` that
names the verifier, its last error and the fraction.
"""
import math
import pickle

import pytest

from rubric_plugin.budget import StepCount, UnscorableWindow, count_step
from rubric_plugin.config import RubricRewardConfig
from rubric_plugin.errors import ConfigError, UnscorableBudgetError

OUTAGE = "VerifierTransportError: judge: HTTP 503 after 3 attempts"


def healthy(n=8):
    return StepCount(samples=n, unscorable=0)


def down(n=8, error=OUTAGE):
    return StepCount(samples=n, unscorable=n, verifier="judge", last_error=error)


# -- the window (pure) --------------------------------------------------------------------------------
def test_a_total_outage_fails_the_run_after_its_first_step():
    window = UnscorableWindow(max_fraction=0.5, window=5)
    with pytest.raises(UnscorableBudgetError) as info:
        window.observe(down())
    e = info.value
    # 8 of 8 over a window that holds one step so far
    assert (e.fraction, e.unscorable, e.samples, e.steps) == (1.0, 8, 8, 1)
    message = str(e)
    for fragment in ("1.00 of the samples", "'judge'", OUTAGE, "reward.rubric.max_unscorable_fraction=0.5",
                     "reward.rubric.unscorable_window=5"):
        assert fragment in message, message


def test_one_bad_step_between_healthy_ones_passes_and_an_outage_mid_run_fails_by_its_third_step():
    window = UnscorableWindow(max_fraction=0.5, window=5)
    for _ in range(4):
        window.observe(healthy())
    assert window.observe(down()) == pytest.approx(8 / 40)       # 1 bad step of 5: 0.2
    assert window.observe(healthy()) == pytest.approx(8 / 40)    # the bad one is still in the window
    assert window.observe(down()) == pytest.approx(16 / 40)      # 2 bad of 5: 0.4
    with pytest.raises(UnscorableBudgetError, match="0.60 of the samples of the last 5"):
        window.observe(down())                                   # 3 bad of 5: 0.6 > 0.5


@pytest.mark.parametrize("steps, fails", [
    ([StepCount(10, 5)], False),                      # 5/10 = 0.5: at the budget, not over it
    ([StepCount(10, 6, "judge", "x")], True),         # 6/10 = 0.6
    ([StepCount(10, 0), StepCount(2, 2, "j", "x")], False),  # pooled by samples: 2/12, not by steps (1/2)
    ([StepCount(0, 0)] * 3, False),                   # steps without samples are ignored
])
def test_the_fraction_pools_samples_over_the_window(steps, fails):
    window = UnscorableWindow(max_fraction=0.5, window=5)
    observed = []
    with pytest.raises(UnscorableBudgetError) if fails else _no_error():
        for s in steps:
            observed.append(window.observe(s))
    if not fails:
        assert all(0.0 <= f <= 0.5 for f in observed)


class _no_error:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def test_a_budget_of_one_never_fails_and_the_metrics_report_the_window():
    window = UnscorableWindow(max_fraction=1.0, window=2)
    for _ in range(4):
        assert window.observe(down()) == 1.0
    assert window.metrics() == {"rubric/unscorable_window_fraction": 1.0, "rubric/unscorable_budget": 1.0}


def test_the_error_names_the_latest_failure_even_after_healthier_steps():
    window = UnscorableWindow(max_fraction=0.3, window=3)
    window.observe(StepCount(4, 1, "judge-a", "VerdictParseError: first"))
    with pytest.raises(UnscorableBudgetError) as info:
        window.observe(StepCount(4, 3, "judge-b", "VerifierTransportError: second"))
    assert info.value.verifier == "judge-b" and info.value.last_error == "VerifierTransportError: second"


def test_the_error_survives_a_ray_process_boundary():
    e = UnscorableBudgetError(verifier="judge", last_error=OUTAGE, fraction=0.75, unscorable=6, samples=8, steps=2,
                              max_fraction=0.5, window=5)
    again = pickle.loads(pickle.dumps(e))
    assert str(again) == str(e) and again.fraction == 0.75 and again.verifier == "judge"


def test_step_counts_come_from_the_reward_extra_info_columns():
    extra = {"rubric_scorable": [1.0, 0.0, 1.0, 0.0, None],
             "rubric_verifier": ["judge", "judge", "judge", "judge-2", ""],
             "rubric_unscorable_reason": ["", "VerdictParseError: a", "", "VerifierTransportError: b", ""]}
    # None (a row some other reward path wrote) counts as scorable: only a recorded failure spends the budget
    assert count_step(extra) == StepCount(5, 2, "judge-2", "VerifierTransportError: b")
    assert count_step({"score": [1.0]}) is None
    # a reason quoting a long body is cut, so the error stays readable
    long = count_step({"rubric_scorable": [0.0], "rubric_verifier": ["j"], "rubric_unscorable_reason": ["x" * 5000]})
    assert len(long.last_error) == 1000


@pytest.mark.parametrize("raw, key", [
    ({"max_unscorable_fraction": 1.5}, r"reward\.rubric\.max_unscorable_fraction=1\.5"),
    ({"max_unscorable_fraction": -0.1}, r"reward\.rubric\.max_unscorable_fraction=-0\.1"),
    ({"max_unscorable_fraction": True}, r"reward\.rubric\.max_unscorable_fraction=True"),
    ({"unscorable_window": 0}, r"reward\.rubric\.unscorable_window=0"),
    ({"unscorable_window": 2.5}, r"reward\.rubric\.unscorable_window=2\.5"),
    # the stuck-worker deadline (manager.py): seconds > 0, or null for none
    ({"sample_deadline_s": 0}, r"reward\.rubric\.sample_deadline_s=0; expected a number of seconds > 0"),
    ({"sample_deadline_s": "1h"}, r"reward\.rubric\.sample_deadline_s='1h'"),
])
def test_bad_budget_settings_are_config_errors_naming_the_key(raw, key):
    with pytest.raises(ConfigError, match=key):
        RubricRewardConfig.from_mapping(raw)


def test_the_production_defaults():
    cfg = RubricRewardConfig()
    assert (cfg.max_unscorable_fraction, cfg.unscorable_window) == (0.5, 5)
    assert cfg.sample_deadline_s == 3600.0 and RubricRewardConfig(sample_deadline_s=None).sample_deadline_s is None


# -- a real judge behind the fault proxy, the real reward manager, the rubric_sync trainer -------------
RETRY = {"max_retries": 1, "backoff_base_s": 0.05, "backoff_max_s": 0.1, "deadline_s": 30.0}


def judge_node(base_url):
    """The vllm_server preset's shape: the LLM verifier over the HTTP backend."""
    return {"_target_": "rubric_plugin.verifier.llm.LLMVerifier", "name": "tiny-judge", "reason_max_chars": 12,
            "cache_size": 0, "retry": RETRY,
            "backend": {"_target_": "rubric_plugin.verifier.http.OpenAIChatBackend", "base_url": base_url,
                        "model": "tiny", "timeout_s": 60.0, "max_concurrency": 8}}


async def score_step(store, managers, pairs, tokenizer, step):
    """One step's samples, split over the managers as verl splits them over reward workers."""
    from test_manager_on_cpu import run_rows

    for w, manager in enumerate(managers):
        share = pairs[w::len(managers)]
        for i, out in enumerate(await run_rows(manager, tokenizer, share)):
            store.put_scored(f"s{step}_w{w}_{i}", out["reward_score"], 4, out["reward_extra_info"])


@pytest.mark.vllm
@pytest.mark.timeout(600)  # the session's vLLM server may start in this test's setup
async def test_a_judge_outage_behind_the_fault_proxy_fails_the_rubric_sync_run(vllm_server, tiny_tokenizer,
                                                                                monkeypatch):
    from conftest import make_record
    from test_manager_on_cpu import make_manager
    from test_trainer_mode_and_cpu_platform_on_cpu import FakeTransferQueue, rubric_trainer_for_metrics

    from rubric_plugin.devtools.fault_proxy import Fault, FaultProxy

    record = make_record([{"id": "paris", "question": "Does it mention Paris?"},
                          {"id": "tea", "question": "Does it mention tea?"}])
    pairs = [(record, f"Paris and tea, take {i}.") for i in range(4)]
    with FaultProxy(vllm_server.url) as proxy:
        # two reward workers, each with its own manager: each sees only its slice of the step
        managers = [await make_manager(tiny_tokenizer, verifier=judge_node(proxy.base_url)) for _ in range(2)]
        budget_cfg = managers[0].rubric_cfg
        assert (budget_cfg.max_unscorable_fraction, budget_cfg.unscorable_window) == (0.5, 5)  # the defaults

        # step 1: the judge answers; every sample is scored, the window holds 0 of 4
        store = FakeTransferQueue()
        await score_step(store, managers, pairs, tiny_tokenizer, step=1)
        trainer, batch = rubric_trainer_for_metrics(monkeypatch, store)
        trainer.unscorable_budget = UnscorableWindow(budget_cfg.max_unscorable_fraction, budget_cfg.unscorable_window)
        metrics: dict = {}
        trainer._compute_metrics(batch, metrics, {"step": 1.0}, global_steps=1, epoch=0)
        assert metrics["rubric/unscorable"] == 0 and metrics["rubric/unscorable_window_fraction"] == 0.0

        # step 2: every replica down (503 on every request): 4 of 8 samples over the window = 0.5, at the budget
        proxy.fail_all(Fault.status(503))
        store2 = FakeTransferQueue()
        await score_step(store2, managers, pairs, tiny_tokenizer, step=2)
        monkeypatch.setattr("transfer_queue.kv_batch_get", store2.kv_batch_get)
        batch2 = type(batch)(keys=list(store2.rows), partition_id="train", tags=batch.tags[:len(store2.rows)])
        metrics = {}
        trainer._compute_metrics(batch2, metrics, {"step": 1.0}, global_steps=2, epoch=0)
        assert metrics["rubric/unscorable"] == 4 and metrics["rubric/unscorable_window_fraction"] == 0.5

        # step 3: still down: 8 of 12 = 0.67 > 0.5 -> the run fails, naming verifier, last error and fraction
        store3 = FakeTransferQueue()
        await score_step(store3, managers, pairs, tiny_tokenizer, step=3)
        monkeypatch.setattr("transfer_queue.kv_batch_get", store3.kv_batch_get)
        batch3 = type(batch)(keys=list(store3.rows), partition_id="train", tags=batch.tags[:len(store3.rows)])
        logged = []
        trainer.logger = type("Tracker", (), {"log": lambda self, data, step: logged.append((step, dict(data)))})()
        with pytest.raises(UnscorableBudgetError) as info:
            trainer._compute_metrics(batch3, {}, {"step": 1.0}, global_steps=3, epoch=0)
        for m in managers:
            await m.verifier.aclose()
    e = info.value
    assert e.verifier == "tiny-judge" and "503" in e.last_error and e.fraction == pytest.approx(8 / 12)
    assert "0.67 of the samples of the last 3 training step(s) (8 of 12)" in str(e)
    # the failing step's metrics still reached the tracker before the run stopped
    assert logged and logged[0][0] == 3 and logged[0][1]["rubric/unscorable_window_fraction"] == pytest.approx(8 / 12)
    assert sum(kind == "status" for kind, _ in proxy.log) >= 16  # 8 samples x 2 attempts met the injected 503
    assert not math.isnan(logged[0][1]["rubric/unscorable_window_fraction"])
