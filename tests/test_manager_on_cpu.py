"""The `rubric` reward manager inside verl's reward-loop contract (run_single on DataProto rows)."""
import math

import pytest
from omegaconf import OmegaConf

from conftest import make_record
from rubric_plugin.devtools.batch import build_batch
from rubric_plugin.devtools.outage import TARGET as OUTAGE_VERIFIER
from rubric_plugin.errors import ConfigError, VerifierTransportError
from rubric_plugin.scoring import EXTRA_KEYS


def reward_config(**rubric):
    # only reward.* keys: what a user's recipe sets. The judge is the rule-based test verifier that fails
    # on "<<verifier-error>>", named explicitly: reward.rubric.verifier has no default
    rubric.setdefault("verifier", {"_target_": OUTAGE_VERIFIER})
    return OmegaConf.create({"reward": {
        "reward_manager": {"source": "register", "name": "rubric"},
        "custom_reward_function": {"path": None, "name": "compute_score"},
        "rubric": rubric,
    }})


async def make_manager(tokenizer, **rubric):
    # verl's own loader, inside a running event loop (RewardManagerBase stores the loop)
    import verl  # noqa: F401  (loads the plugin through the entry point)
    from verl.trainer.ppo.reward import load_reward_manager

    return load_reward_manager(reward_config(**rubric), tokenizer)


SINGLE = make_record([
    {"id": "short", "question": "At most 5 words?", "kind": "check", "check": "word_count", "args": {"n": 5, "relation": "at most"}},
    {"id": "paris", "question": "Does it mention \"paris\"?", "weight": 3},
    {"id": "as_ai", "question": "Does it say \"as an ai\"?", "penalty": True},
])
MULTI = make_record(
    [{"id": "lower", "question": "All lowercase?", "kind": "check", "check": "all_lowercase"},
     {"id": "tea", "question": "Does it mention \"tea\"?"}],
    messages=[{"role": "user", "content": "From now on answer in lowercase."},
              {"role": "assistant", "content": "ok."},
              {"role": "user", "content": "what should i drink?"}],
    category="carried_context", rid="multi")
SYSTEM = make_record(
    [{"id": "greet", "question": "Starts with 'Nova here:'?", "kind": "check", "check": "starts_with", "args": {"phrase": "Nova here:"}, "hard": True},
     {"id": "help", "question": "Does it offer \"help\"?"},
     {"id": "bye", "question": "Does it say \"goodbye\"?"}],
    messages=[{"role": "system", "content": "You are Nova. Start with 'Nova here:'."}, {"role": "user", "content": "hi"}],
    category="system_steerability", rid="sys")


async def run_rows(manager, tokenizer, pairs):
    batch = build_batch(pairs, tokenizer)
    return [await manager.run_single(batch[i:i + 1]) for i in range(len(batch))]


async def test_run_single_scores_single_turn_rows_with_known_verdicts(tiny_tokenizer):
    m = await make_manager(tiny_tokenizer, train_on="weighted")
    out = await run_rows(m, tiny_tokenizer, [
        (SINGLE, "Paris is lovely."),                               # short yes, paris yes, as_ai not triggered
        (SINGLE, "As an AI, I think Paris is lovely and big."),     # short no (10 words), paris yes, as_ai triggered
    ])
    # row 0: every criterion passes -> weighted (3*1 + 1*1 earned of 4, no cost) = 1.0
    assert out[0]["reward_score"] == 1.0
    # row 1: positives short(w1)=no, paris(w3)=yes -> earned 3 of 4; pitfall w1 triggered -> (3-1)/4 = 0.5
    assert out[1]["reward_score"] == pytest.approx(0.5)
    info = out[1]["reward_extra_info"]
    # all-or-nothing 0; fractional: only paris passes -> 1/3
    assert info["rubric_all_or_nothing"] == 0.0
    assert info["rubric_fractional"] == pytest.approx(1 / 3)
    assert info["rubric_num_criteria"] == 3 and info["rubric_num_passed"] == 1.0


async def test_run_single_scores_multi_turn_and_system_prompt_rows(tiny_tokenizer):
    m = await make_manager(tiny_tokenizer, train_on="all_or_nothing")
    out = await run_rows(m, tiny_tokenizer, [
        (MULTI, "try green tea."),            # lowercase yes, tea yes -> 1
        (MULTI, "Try green tea."),            # lowercase no -> 0
        (SYSTEM, "Nova here: happy to help, goodbye"),   # all pass -> 1
        (SYSTEM, "Hello! I can help. goodbye"),          # hard greet fails -> veto 0 everywhere
    ])
    assert [o["reward_score"] for o in out] == [1.0, 0.0, 1.0, 0.0]
    veto = out[3]["reward_extra_info"]
    # 2 of 3 pass, but the failed one is hard: fractional 0, pass_fraction 2/3, veto flagged
    assert veto["rubric_fractional"] == 0.0 and veto["rubric_pass_fraction"] == pytest.approx(2 / 3)
    assert veto["rubric_hard_veto"] == 1.0
    assert [o["reward_extra_info"]["rubric_category"] for o in out] == ["carried_context"] * 2 + ["system_steerability"] * 2


async def test_reward_extra_info_has_identical_keys_for_every_sample(tiny_tokenizer):
    # verl builds its columns from the first sample's keys: a missing key is a KeyError, an extra one is lost
    m = await make_manager(tiny_tokenizer)
    out = await run_rows(m, tiny_tokenizer, [(SINGLE, "Paris."), (MULTI, "tea"), (SYSTEM, "x <<verifier-error>>")])
    for o in out:
        assert tuple(o["reward_extra_info"]) == EXTRA_KEYS
        assert all(isinstance(v, (int, float, str)) for v in o["reward_extra_info"].values())


async def test_training_samples_carry_when_their_rollout_arrived_and_their_reward_was_ready(tiny_tokenizer):
    import time

    m = await make_manager(tiny_tokenizer)
    before = time.time()
    out = await run_rows(m, tiny_tokenizer, [(SINGLE, "Paris."), (MULTI, "tea")])
    after = time.time()
    for o in out:
        info = o["reward_extra_info"]
        assert before <= info["rubric_reward_received_t"] <= info["rubric_reward_ready_t"] <= after
    assert out[0]["reward_extra_info"]["rubric_reward_ready_t"] <= out[1]["reward_extra_info"]["rubric_reward_received_t"]


async def test_verifier_failure_marks_sample_unscorable_never_zero(tiny_tokenizer):
    m = await make_manager(tiny_tokenizer, on_failure="unscorable")
    [out] = await run_rows(m, tiny_tokenizer, [(SINGLE, "Paris <<verifier-error>>")])
    info = out["reward_extra_info"]
    assert math.isnan(out["reward_score"])
    assert info["rubric_verifier_status"] == "unscorable" and info["rubric_scorable"] == 0.0
    assert "VerifierTransportError" in info["rubric_unscorable_reason"]


async def test_verifier_failure_fails_the_step_under_raise_policy(tiny_tokenizer):
    m = await make_manager(tiny_tokenizer, on_failure="raise")
    with pytest.raises(VerifierTransportError, match="simulated verifier outage"):
        await run_rows(m, tiny_tokenizer, [(SINGLE, "Paris <<verifier-error>>")])


async def test_unscorable_policy_with_plain_grpo_is_refused_at_construction(tiny_tokenizer):
    import verl  # noqa: F401
    from verl.trainer.ppo.reward import load_reward_manager

    cfg = reward_config(on_failure="unscorable")
    cfg.algorithm = {"adv_estimator": "grpo"}
    with pytest.raises(ConfigError, match="algorithm.adv_estimator=rubric_grpo"):
        load_reward_manager(cfg, tiny_tokenizer)


async def test_unknown_rubric_setting_names_the_key(tiny_tokenizer):
    with pytest.raises(ConfigError, match=r"reward.rubric has unknown keys \['trainon'\]"):
        await make_manager(tiny_tokenizer, trainon="fractional")


# ---- no reward without a judge someone chose -------------------------------------------------------
async def test_an_unset_verifier_is_refused_when_the_manager_is_built_and_the_presets_are_listed(tiny_tokenizer):
    # policy: no default judge; leaving reward.rubric.verifier unset never falls back to a test seam
    import verl  # noqa: F401
    from verl.trainer.ppo.reward import load_reward_manager

    cfg = reward_config()
    del cfg.reward.rubric["verifier"]
    with pytest.raises(ConfigError, match=r"reward\.rubric\.verifier is not set") as e:
        load_reward_manager(cfg, tiny_tokenizer)
    for preset in ("vllm_server", "openai", "reward_router", "vllm_engine", "worker_group", "none", "rules"):
        assert preset in str(e.value)


async def test_verifier_none_scores_check_only_rows_and_fails_the_step_on_an_llm_criterion(tiny_tokenizer):
    # policy: under verifier: none an llm criterion is a setup error: the step fails, under either failure
    # policy; the sample is never unscorable and never 0
    check_only = make_record([{"id": "short", "question": "At most 5 words?", "kind": "check", "check": "word_count",
                               "args": {"n": 5, "relation": "at most"}}], rid="checks")
    for policy in ("unscorable", "raise"):
        m = await make_manager(tiny_tokenizer, verifier="none", on_failure=policy)
        [ok] = await run_rows(m, tiny_tokenizer, [(check_only, "Paris is lovely.")])
        assert ok["reward_score"] == 1.0 and ok["reward_extra_info"]["rubric_verifier"] == "none"
        with pytest.raises(ConfigError, match=r"'r1'.*\['paris', 'as_ai'\].*verifier is none"):
            await run_rows(m, tiny_tokenizer, [(SINGLE, "Paris is lovely.")])


async def test_verifier_none_refuses_a_shaping_chain_that_adds_llm_criteria(tiny_tokenizer):
    # the anti-hacking criteria are llm criteria judged in the verifier's call: under none they would fail
    # every sample, so the manager refuses the combination when it is built
    hook = {"_target_": "rubric_plugin.shaping.criteria.AntiHackingCriteria"}
    with pytest.raises(ConfigError, match="shaping adds llm criteria"):
        await make_manager(tiny_tokenizer, verifier="none", shaping=[hook])
